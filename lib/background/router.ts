// The background's one message entry. Checks who is asking, validates the shape, dispatches.
import { browser, type Browser } from 'wxt/browser';
import { failed, type Reply, type ToBackground } from '../messages';
import { parseToBackground } from '../messages-schema';
import { clipsForUrl, saveClips } from '../store/clips';
import { converterHost } from '../platform/converter-host';
import type { ClipInput, PageStatus } from '../types';
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

export function listen(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: Reply<unknown>) => void) => {
    // The offscreen document answers its own messages.
    if ((raw as { to?: string } | null)?.to === 'offscreen') return false;
    let message: ToBackground;
    try {
      if (sender.id !== browser.runtime.id) throw new Error('Unknown sender');
      message = parseToBackground(raw);
      if (PAGE_ONLY.has(message.type) && !isExtensionPage(sender)) {
        throw new Error(`"${message.type}" may only be sent from the extension's own pages`);
      }
    } catch (e) {
      sendResponse(failed(e));
      return false;
    }
    // A page's batch goes to the offscreen document directly when it is up (it answers).
    if (message.type === 'convert' && !message.relay && sender.tab && converterHost.answersPagesDirectly()) {
      return false;
    }
    dispatch(message, sender).then(
      (value) => sendResponse({ ok: true, value: value ?? null }),
      (e: unknown) => sendResponse(failed(e)),
    );
    return true;
  });
}
