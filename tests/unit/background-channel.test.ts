// The reader's requests over its port (lib/content/background-channel.ts): answered by the
// router as one-off messages are, errors kept with their names, and a request that meets a port
// the background closed (Chrome stopping an idle service worker) sent again on a new one.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen } from '../../lib/background/router';
import { BackgroundChannel, NoAnswerError } from '../../lib/content/background-channel';
import { READER_PORT, type PortRequest } from '../../lib/messages';
import { openedPorts, type FakePort } from './fake-ports';

beforeEach(() => fakeBrowser.reset());

/** A background that answers each request with its id, and closes the ports listed in `closing` instead of answering. */
function echoBackground(closing: Set<number>): Array<{ port: number; request: PortRequest }> {
  const seen: Array<{ port: number; request: PortRequest }> = [];
  (fakeBrowser.runtime.onConnect as unknown as { addListener(l: (p: FakePort) => void): void }).addListener((port) => {
    const n = openedPorts.indexOf(port);
    port.onMessage.addListener((raw) => {
      const request = raw as PortRequest;
      seen.push({ port: n, request });
      if (closing.has(n)) port.disconnect();
      else port.postMessage({ id: request.id, reply: { ok: true, value: `answer ${request.id} on port ${n}` } });
    });
  });
  return seen;
}

describe('BackgroundChannel', () => {
  it('gets the router’s answer, and its errors as errors', async () => {
    listen();
    const channel = new BackgroundChannel();
    const analysis = await channel.request<{ meta: { title: string } }>({
      type: 'analyze',
      page: { texts: ['关于开展科技活动的通知', '一、总体要求'], tags: {} },
    });
    expect(analysis.meta.title).toBe('关于开展科技活动的通知');
    await expect(channel.request({ type: 'openLibrary' })).rejects.toThrow(/extension's own pages/);
    // One port for both requests.
    expect(openedPorts).toHaveLength(1);
  });

  it('matches answers to requests when several are on their way', async () => {
    echoBackground(new Set());
    const channel = new BackgroundChannel();
    const answers = await Promise.all([1, 2, 3].map(() => channel.request<string>({ type: 'clipsForPage', url: 'https://a.cn/' })));
    expect(answers).toEqual(['answer 1 on port 0', 'answer 2 on port 0', 'answer 3 on port 0']);
  });

  it('sends a request again on a new port when the background closed the one it met', async () => {
    const seen = echoBackground(new Set([0]));
    const channel = new BackgroundChannel();
    channel.connect();
    expect(await channel.request<string>({ type: 'clipsForPage', url: 'https://a.cn/' })).toBe('answer 2 on port 1');
    expect(seen.map((s) => s.port)).toEqual([0, 1]);
    // The new port serves what follows.
    expect(await channel.request<string>({ type: 'clipsForPage', url: 'https://a.cn/' })).toBe('answer 3 on port 1');
    expect(openedPorts).toHaveLength(2);
  });

  it('fails with NoAnswerError when no background answers on the new port either', async () => {
    echoBackground(new Set([0, 1]));
    await expect(new BackgroundChannel().request({ type: 'clipsForPage', url: 'https://a.cn/' })).rejects.toBeInstanceOf(NoAnswerError);
  });

  it('fails with NoAnswerError when the extension is gone (no port can be opened)', async () => {
    const runtime = fakeBrowser.runtime as unknown as { connect: unknown };
    const connect = runtime.connect;
    runtime.connect = () => {
      throw new Error('Extension context invalidated.');
    };
    try {
      await expect(new BackgroundChannel().request({ type: 'clipsForPage', url: 'https://a.cn/' })).rejects.toBeInstanceOf(NoAnswerError);
    } finally {
      runtime.connect = connect;
    }
  });

  it('opens the reader port by name', () => {
    echoBackground(new Set());
    new BackgroundChannel().connect();
    expect(openedPorts.map((p) => p.name)).toEqual([READER_PORT]);
  });
});
