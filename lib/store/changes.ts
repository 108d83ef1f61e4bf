// Word of library writes for the other contexts. Pages already open mark the items the library
// holds; when the library page retags or deletes a clip, or the background saves one from another
// tab, they hear it here. One storage key is the channel: every extension context (service
// worker, extension pages, content scripts) can write it and listen to it, and none has to know
// which tabs are open.
import { browser } from 'wxt/browser';
import { normalizePageUrl } from './identity';

export const LIBRARY_CHANGE_KEY = 'libraryChange';

/** More pages than this in one write (an import, a clear) are announced as "everything". */
const MAX_ANNOUNCED_PAGES = 50;
/** Ids of saved clips are named up to this many (a page that saved them knows them already). */
const MAX_ANNOUNCED_SAVES = 1_000;

/** This context (a page, the service worker): a context has already applied its own writes. */
const THIS_CONTEXT = crypto.randomUUID();

export interface LibraryChange {
  /** Makes every announcement a new value: storage.onChanged skips a write of an equal one. */
  id: string;
  /** The context that wrote. */
  from: string;
  /** Normalised URLs of the pages whose clips changed; null when any page's may have. */
  pages: string[] | null;
  /** For a save, the ids of the clips it stored; null for any other write. */
  saved: string[] | null;
}

/**
 * Tell the other contexts that clips of `pageUrls` changed (all pages when null). Called after
 * the write committed; a failure here loses only the notice, never the write.
 */
export async function announceLibraryChange(pageUrls: Iterable<string> | null, savedIds?: string[]): Promise<void> {
  const unique = pageUrls === null ? null : [...new Set(pageUrls)];
  const change: LibraryChange = {
    id: crypto.randomUUID(),
    from: THIS_CONTEXT,
    pages: unique === null || unique.length > MAX_ANNOUNCED_PAGES ? null : unique,
    saved: savedIds && savedIds.length <= MAX_ANNOUNCED_SAVES ? savedIds : null,
  };
  await browser.storage.local.set({ [LIBRARY_CHANGE_KEY]: change }).catch(() => {});
}

function changeFrom(value: unknown): LibraryChange | null {
  const change = value as Partial<LibraryChange> | undefined;
  if (typeof change?.id !== 'string' || typeof change.from !== 'string') return null;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : null);
  return { id: change.id, from: change.from, pages: strings(change.pages), saved: strings(change.saved) };
}

/** Whether `change` may have changed clips of the page at `url`. */
export function touchesPage(change: LibraryChange, url: string): boolean {
  return change.pages === null || change.pages.includes(normalizePageUrl(url));
}

/** Calls `callback` after each write to the library in any context; `othersOnly` skips this one's. */
export function onLibraryChange(callback: (change: LibraryChange) => void, { othersOnly = false } = {}): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LIBRARY_CHANGE_KEY in changes)) return;
    const change = changeFrom(changes[LIBRARY_CHANGE_KEY].newValue);
    if (change && !(othersOnly && change.from === THIS_CONTEXT)) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
