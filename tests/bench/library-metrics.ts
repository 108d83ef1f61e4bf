// The library page with 100,000 clips: importing them from a JSON backup, the first screen of rows
// after opening the page, searching in either script and exporting everything as CSV. Everything
// is timed inside the library page (its `__gongwenLibrary` hook and performance marks).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { libraryBackup } from './library-corpus';
import { median } from './measure';
import type { Bench, Metric } from './types';

const LIBRARY_CLIPS = 100_000;
/** Each import writes 100,000 clips (~150 MB of JSON): fewer runs than the usual five. */
const IMPORT_RUNS = 3;
/** The same word in Simplified and Traditional: search is script-blind, so each pair finds the same clips. */
const SEARCH_PAIRS: [string, string][] = [
  ['协会', '協會'],
  ['科普', '科普'],
  ['志愿者', '志願者'],
  ['万元', '萬元'],
];

/** Serves the backup to the library page (CDP arguments of this size are slow and fragile). */
async function serveOnce(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/backup.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitForHook(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__gongwenLibrary !== undefined, undefined, { timeout: 30_000 });
}

/** Imports the backup at `url` into an empty library; the page's own timing of the import. */
async function importRun(h: Harness, page: Page, url: string): Promise<number> {
  await h.hook('clearLibrary');
  const { ms, added } = await page.evaluate(async (from) => {
    const text = await (await fetch(from)).text();
    return window.__gongwenLibrary!.importJson(text);
  }, url);
  if (added !== LIBRARY_CLIPS) throw new Error(`the import added ${added} clips, not ${LIBRARY_CLIPS}`);
  return ms;
}

/** Milliseconds from navigation start to the first screen of rows, after a fresh load of the page. */
async function firstRenderRun(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('library:recent').length > 0, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.getEntriesByName('library:recent')[0].startTime);
}

/** One search as typed, until its result is rendered; `count` is how many clips it shows. */
async function searchRun(page: Page, query: string): Promise<{ ms: number; count: number }> {
  return page.evaluate(async (q) => {
    const library = window.__gongwenLibrary!;
    // The same query twice would not render again: start from no query.
    await library.search('');
    const start = performance.now();
    const count = await library.search(q);
    return { ms: performance.now() - start, count };
  }, query);
}

/** Median time of each query over `runs` searches, after checking both scripts find the same clips. */
async function searchTimes(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (const pair of SEARCH_PAIRS) {
    const counts = new Set<number>();
    for (const query of pair) {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await searchRun(page, query);
        counts.add(result.count);
        ms.push(result.ms);
      }
      times.push(median(ms));
    }
    const [found] = counts;
    if (counts.size !== 1 || found === 0) throw new Error(`${pair.join(' / ')} found ${[...counts].join(' vs ')} clips`);
  }
  return times;
}

/** The library page, its hook loaded, over a library of LIBRARY_CLIPS clips. */
interface SeededLibrary {
  page: Page;
  importMs: number[];
}

/**
 * Imports the generated backup IMPORT_RUNS times into an empty library (the import metric) and
 * leaves the page open on the last import for the other metrics, which each measure on their own
 * so that one failing does not cost the others. The bench's browser goes away with the page.
 */
let seeded: Promise<SeededLibrary> | undefined;
function seededLibrary({ h }: Bench): Promise<SeededLibrary> {
  seeded ??= (async () => {
    const backup = await serveOnce(libraryBackup(LIBRARY_CLIPS));
    try {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/library.html`);
      await waitForHook(page);
      const importMs: number[] = [];
      for (let i = 0; i < IMPORT_RUNS; i++) importMs.push(await importRun(h, page, backup.url));
      return { page, importMs };
    } finally {
      await backup.close();
    }
  })();
  return seeded;
}

async function runsOn(bench: Bench, run: (page: Page) => Promise<number>): Promise<number[]> {
  const { page } = await seededLibrary(bench);
  const values: number[] = [];
  for (let i = 0; i < bench.runs; i++) values.push(await run(page));
  return values;
}

async function exportRun(page: Page): Promise<number> {
  const { ms, bytes } = await page.evaluate(() => window.__gongwenLibrary!.exportCsv());
  if (bytes === 0) throw new Error('the CSV export is empty');
  return ms;
}

async function readyPage(bench: Bench): Promise<Page> {
  const { page } = await seededLibrary(bench);
  await waitForHook(page);
  await page.evaluate(() => window.__gongwenLibrary!.ready);
  return page;
}

const inMs = (value: number) => ({ value, unit: 'ms' });

export const libraryMetrics: Metric[] = [
  {
    name: 'library.100k.importJson.ms',
    target: { max: 20_000 },
    measure: async (bench) => inMs(median((await seededLibrary(bench)).importMs)),
  },
  {
    name: 'library.100k.firstRender.ms',
    target: { max: 500 },
    measure: async (bench) => inMs(median(await runsOn(bench, firstRenderRun))),
  },
  {
    // Median over the queries (both scripts) of each query's median.
    name: 'library.100k.search.ms',
    target: { max: 100 },
    measure: async (bench) => inMs(median(await searchTimes(await readyPage(bench), bench.runs))),
  },
  {
    name: 'library.100k.exportCsv.ms',
    target: { max: 5000 },
    measure: async (bench) => {
      await readyPage(bench);
      return inMs(median(await runsOn(bench, exportRun)));
    },
  },
];
