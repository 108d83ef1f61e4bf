// Serves tests/fixtures over HTTP on 127.0.0.1 for e2e tests, the bench and the demo
// (content scripts only run on http(s) pages, not file://).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { generateLongPage } from '../fixtures/generate-long';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(port = 0): Promise<FixtureServer> {
  let longPage: string | undefined;

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, CONTENT_TYPES['.txt'], 'method not allowed');
    if (path === '/long.html') {
      longPage ??= generateLongPage();
      return send(200, CONTENT_TYPES['.html'], longPage);
    }
    const file = normalize(join(FIXTURES_DIR, path));
    const type = CONTENT_TYPES[extname(file)];
    if (!file.startsWith(FIXTURES_DIR) || file.endsWith(sep) || !type) return send(404, CONTENT_TYPES['.txt'], 'not found');
    try {
      send(200, type, await readFile(file));
    } catch {
      send(404, CONTENT_TYPES['.txt'], 'not found');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 8765);
  const { url } = await startServer(port);
  console.log(`Serving tests/fixtures at ${url}/ (Ctrl+C to stop)`);
}
