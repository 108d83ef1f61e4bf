// The background's one message entry. Checks who is asking, validates the shape, dispatches.
import { browser, type Browser } from 'wxt/browser';
import { failed, READER_PORT, type PortReply, type PortRequest, type Reply, type ToBackground } from '../messages';
import { parseToBackground } from '../messages-schema';
import { clipsForUrl, saveClips } from '../store/clips';
import { converterHost } from '../platform/converter-host';
import type { ClipInput, PageStatus } from '../types';
import { analyzeForPage } from './analysis';
import { showStatus } from './badge';
import { openClip, openLibrary } from './library';
import { act, ensureReader } from './tabs';

type Sender = Browser.runtime.MessageSender;

function isExtensionPage(sender: Sender): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** Messages that only our own pages (popup, options, library) may send. */
const PAGE_ONLY = new Set<ToBackground['type']>(['tab', 'openLibrary', 'openClip', 'convertText']);

async function dispatch(message: ToBackground, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'tab': {
      const value = await act(message.tabId, message.act);
      // The popup asking for a status means a toggle may follow: build that converter now.
      const offer = message.act.action === 'status' ? (value as PageStatus).offer : null;
      if (offer) converterHost.prepare(offer).catch(() => {});
      return value;
    }
    case 'openLibrary':
      return openLibrary();
    case 'openClip':
      return openClip(message.clipId);
    case 'hello':
      if (message.hasChinese && tabId !== undefined && sender.frameId === 0) await ensureReader(tabId);
      return null;
    case 'convert':
      return converterHost.convert(message.target, message.texts);
    case 'convertText': {
      const [converted] = await converterHost.convert(message.target, [message.text]);
      return converted ?? '';
    }
    case 'prepareConverter':
      await converterHost.prepare(message.target);
      return null;
    case 'analyze':
      return analyzeForPage(message.page);
    case 'saveClips':
      // saveClips validates every record and resolves only after the transaction committed.
      return saveClips(message.clips as ClipInput[]);
    case 'clipsForPage':
      return clipsForUrl(message.url);
    case 'pageStatus':
      // Badge updates are the browser's to paint; the page need not wait for them.
      if (tabId !== undefined) showStatus(tabId, message.status as unknown as PageStatus).catch(() => {});
      return null;
  }
}

/** A message as received: from this extension, well formed, and allowed for who sent it. Throws otherwise. */
function accept(raw: unknown, sender: Sender): ToBackground {
  if (sender.id !== browser.runtime.id) throw new Error('Unknown sender');
  const message = parseToBackground(raw);
  if (PAGE_ONLY.has(message.type) && !isExtensionPage(sender)) {
    throw new Error(`"${message.type}" may only be sent from the extension's own pages`);
  }
  return message;
}

async function answer(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
  try {
    return { ok: true, value: (await dispatch(accept(raw, sender), sender)) ?? null };
  } catch (e) {
    return failed(e);
  }
}

export function listen(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: Reply<unknown>) => void) => {
    // The offscreen document answers its own messages.
    if ((raw as { to?: string } | null)?.to === 'offscreen') return false;
    // A page's batch goes to the offscreen document directly when it is up (it answers).
    const batch = raw as { type?: unknown; relay?: unknown } | null;
    if (batch?.type === 'convert' && batch.relay === undefined && sender.tab && converterHost.answersPagesDirectly()) {
      return false;
    }
    void answer(raw, sender).then(sendResponse);
    return true;
  });
  // Readers' requests (lib/content/background-channel.ts): the same messages, answered the same way.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== READER_PORT) return;
    port.onMessage.addListener((raw: unknown) => {
      const { id, message } = (raw ?? {}) as Partial<PortRequest>;
      if (typeof id !== 'number') return;
      void answer(message, port.sender ?? {}).then((reply) => {
        try {
          port.postMessage({ id, reply } satisfies PortReply);
        } catch {
          // The page went away before its answer.
        }
      });
    });
  });
}
