// Carrying a user action to a tab: every entry point (popup, context menu, shortcut, test hook)
// ends here, so all of them take the same path into the content script.
import { browser } from 'wxt/browser';
import { errorMessage } from '../errors';
import { replyValue, type ActReply, type TabAction, type ToContent } from '../messages';
import { showStatus } from './badge';

const READER_FILE = '/content-scripts/reader.js' as const;

/** Tabs whose current document already runs the reader (re-injection is harmless, only slower). */
const readerTabs = new Set<number>();

export function forgetTab(tabId: number): void {
  readerTabs.delete(tabId);
}

export class RestrictedPageError extends Error {
  constructor() {
    super("Gongwen Lens can't run on this page (browser or store pages, or a file it may not read).");
    this.name = 'RestrictedPageError';
  }
}

/** Load the reader (analysis, conversion, panel) into a tab's page once. */
export async function ensureReader(tabId: number): Promise<void> {
  if (readerTabs.has(tabId)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READER_FILE] });
  } catch {
    throw new RestrictedPageError();
  }
  readerTabs.add(tabId);
}

function isNoReceiver(e: unknown): boolean {
  return /Receiving end does not exist|Could not establish connection/i.test(errorMessage(e));
}

async function send<T>(tabId: number, act: TabAction): Promise<T> {
  const message: ToContent = { type: 'act', act };
  const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ActReply<T> | undefined;
  // The badge follows the page's answer; the caller does not wait for it.
  if (reply?.status) showStatus(tabId, reply.status).catch(() => {});
  return replyValue(reply, () => new Error('The page did not answer'));
}

/** Perform a user action on a tab and return the content script's answer. */
export async function act<T = unknown>(tabId: number, action: TabAction): Promise<T> {
  await ensureReader(tabId);
  try {
    return await send<T>(tabId, action);
  } catch (e) {
    if (!isNoReceiver(e)) throw e;
    // The reader this worker remembers is gone (the page navigated, or was open before the
    // extension was installed or updated): bring it again.
    readerTabs.delete(tabId);
    await ensureReader(tabId);
    return send<T>(tabId, action);
  }
}
