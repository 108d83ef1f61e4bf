// The background's message entry as a hostile sender meets it: a content script (or a page that
// got hold of one) asking for what only the extension's own pages may do, malformed messages,
// and messages from another extension. None of them may reach an action or the library.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READER_PORT, type Reply } from '../../lib/messages';
import { portSender, type FakePort } from './fake-ports';

const calls = vi.hoisted(() => ({ act: [] as unknown[], openLibrary: 0, openClip: [] as unknown[], saveClips: [] as unknown[] }));

vi.mock('../../lib/background/tabs', () => ({
  act: async (...args: unknown[]) => {
    calls.act.push(args);
    return { ok: 'acted' };
  },
  ensureReader: async () => {},
}));
vi.mock('../../lib/background/library', () => ({
  openLibrary: async () => {
    calls.openLibrary++;
    return 1;
  },
  openClip: async (id: string) => {
    calls.openClip.push(id);
    return 1;
  },
}));
vi.mock('../../lib/store/clips', () => ({
  saveClips: async (clips: unknown[]) => {
    calls.saveClips.push(clips);
    return [];
  },
  clipsForUrl: async () => [],
}));

const { listen } = await import('../../lib/background/router');

const EXTENSION_PAGE = () => fakeBrowser.runtime.getURL('/popup.html');
const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.cast.org.cn/a.html', tab: { id: 7 }, frameId: 0 };
const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: EXTENSION_PAGE() });

/** The browser calls listeners with a third argument, sendResponse, that the fake's types leave out. */
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, respond: (r: never) => void) => Promise<unknown[]>;

/** Deliver a message the way the browser does and wait for the reply the router sends. */
async function deliver(message: unknown, sender: object): Promise<Reply<unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reply')), 2_000);
    void trigger(message, sender, (reply: Reply<unknown>) => {
      clearTimeout(timer);
      resolve(reply);
    });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  calls.act.length = 0;
  calls.openLibrary = 0;
  calls.openClip.length = 0;
  calls.saveClips.length = 0;
  listen();
});
afterEach(() => fakeBrowser.reset());

const nothingHappened = () => {
  expect(calls.act).toEqual([]);
  expect(calls.openLibrary).toBe(0);
  expect(calls.openClip).toEqual([]);
  expect(calls.saveClips).toEqual([]);
};

describe('router: who may ask for what', () => {
  const pageOnly = [
    { type: 'tab', tabId: 7, act: { action: 'clipItems', kind: 'task' } },
    { type: 'tab', tabId: 3, act: { action: 'toggle' } },
    { type: 'openLibrary' },
    { type: 'openClip', clipId: 'abc' },
  ];

  for (const message of pageOnly) {
    it(`refuses ${JSON.stringify(message)} from a content script`, async () => {
      const reply = await deliver(message, contentScript);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(/extension's own pages/);
      nothingHappened();
    });
  }

  it('accepts the same messages from an extension page (the check is not a blanket refusal)', async () => {
    expect(await deliver(pageOnly[0], extensionPage())).toEqual({ ok: true, value: { ok: 'acted' } });
    expect(await deliver({ type: 'openLibrary' }, extensionPage())).toEqual({ ok: true, value: 1 });
    expect(calls.act).toEqual([[7, { action: 'clipItems', kind: 'task' }]]);
    expect(calls.openLibrary).toBe(1);
  });

  it('does not take a look-alike URL for an extension page', async () => {
    const id = fakeBrowser.runtime.id;
    for (const url of [`https://evil.example/chrome-extension://${id}/popup.html`, `chrome-extension://${id}x/popup.html`, undefined]) {
      const reply = await deliver({ type: 'openLibrary' }, { id, url, tab: { id: 7 } });
      expect(reply.ok).toBe(false);
    }
    nothingHappened();
  });

  it('refuses every message from another extension', async () => {
    for (const message of [...pageOnly, { type: 'saveClips', clips: [] }, { type: 'clipsForPage', url: 'https://a.cn/' }]) {
      const reply = await deliver(message, { id: 'another-extension-id', url: EXTENSION_PAGE() });
      expect(reply).toEqual({ ok: false, error: 'Unknown sender' });
    }
    nothingHappened();
  });
});

describe('router: malformed messages', () => {
  const malformed: unknown[] = [
    null,
    undefined,
    42,
    'openLibrary',
    [],
    {},
    { type: 'nope' },
    { type: 'tab', tabId: -1, act: { action: 'status' } },
    { type: 'tab', tabId: 1.5, act: { action: 'status' } },
    { type: 'tab', tabId: '7', act: { action: 'status' } },
    { type: 'tab', tabId: 7, act: { action: 'format-disk' } },
    { type: 'tab', tabId: 7, act: { action: 'toggle', target: 'klingon' } },
    { type: 'tab', tabId: 7, act: { action: 'status', extra: true } },
    { type: 'openLibrary', url: 'https://evil.example/' },
    { type: 'saveClips', clips: 'all' },
    { type: 'saveClips', clips: new Array(5_001).fill({}) },
    { type: 'convert', target: 'tw', texts: [1, 2] },
    { type: 'convert', target: 'tw', texts: ['x'.repeat(4_000_001)] },
    { type: 'clipsForPage', url: 'x'.repeat(8_193) },
    { type: 'pageStatus', status: null },
    { type: '__proto__' },
    JSON.parse('{"type":"tab","tabId":7,"act":{"action":"status","__proto__":{"x":1}}}'),
  ];

  it.each(malformed.map((m, i) => [i, m]))('#%i is refused with a clear error from a content script and from an extension page', async (_, message) => {
    for (const sender of [contentScript, extensionPage()]) {
      const reply = await deliver(message, sender);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(/^(Malformed message|"[a-zA-Z]+" may only be sent)/);
    }
    nothingHappened();
  });

  it('leaves messages addressed to the offscreen document to it', async () => {
    const replies: unknown[] = [];
    const results = await trigger({ to: 'offscreen', type: 'convert' }, contentScript, (r: unknown) =>
      replies.push(r),
    );
    expect(results).toEqual([false]);
    expect(replies).toEqual([]);
  });
});

describe("router: the readers' port", () => {
  /** Sends `message` on a new reader port opened by `sender`, and waits for the reply with its id. */
  async function overPort(message: unknown, sender: object, name = READER_PORT): Promise<Reply<unknown> | 'no reply'> {
    portSender.value = sender;
    const port = fakeBrowser.runtime.connect({ name }) as unknown as FakePort;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('no reply'), 200);
      port.onMessage.addListener((raw) => {
        const { id, reply } = raw as { id: number; reply: Reply<unknown> };
        if (id !== 41) return;
        clearTimeout(timer);
        resolve(reply);
      });
      port.postMessage({ id: 41, message });
    });
  }

  it('refuses what only extension pages may ask, from a content script, as on one-off messages', async () => {
    for (const message of [
      { type: 'tab', tabId: 7, act: { action: 'clipItems', kind: 'task' } },
      { type: 'openLibrary' },
      { type: 'openClip', clipId: 'abc' },
    ]) {
      const reply = await overPort(message, contentScript);
      expect(reply !== 'no reply' && !reply.ok && reply.error).toMatch(/extension's own pages/);
    }
    nothingHappened();
  });

  it('refuses another extension, and malformed messages, with a clear error', async () => {
    expect(await overPort({ type: 'saveClips', clips: [] }, { id: 'another-extension-id', tab: { id: 7 } })).toEqual({
      ok: false,
      error: 'Unknown sender',
    });
    const reply = await overPort({ type: 'saveClips', clips: 'all' }, contentScript);
    expect(reply !== 'no reply' && !reply.ok && reply.error).toMatch(/^Malformed message/);
    nothingHappened();
  });

  it("answers a reader's request, and ignores ports and messages that are not a reader's", async () => {
    expect(await overPort({ type: 'clipsForPage', url: 'https://a.cn/' }, contentScript)).toEqual({ ok: true, value: [] });
    expect(await overPort({ type: 'clipsForPage', url: 'https://a.cn/' }, contentScript, 'something-else')).toBe('no reply');
    portSender.value = contentScript;
    const port = fakeBrowser.runtime.connect({ name: READER_PORT }) as unknown as FakePort;
    const heard: unknown[] = [];
    port.onMessage.addListener((m) => heard.push(m));
    port.postMessage({ message: { type: 'clipsForPage', url: 'https://a.cn/' } }); // no id: nobody to answer
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual([]);
  });
});
