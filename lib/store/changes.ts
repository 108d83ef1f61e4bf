// Word of library writes for the other contexts. Pages already open mark the items the library
// holds; when the library page retags or deletes a clip, or the background saves one from another
// tab, they hear it here. One storage key is the channel: every extension context (service
// worker, extension pages, content scripts) can write it and listen to it, and none has to know
// which tabs are open.
import { browser } from 'wxt/browser';
import type { Clip } from '../types';
import { normalizePageUrl } from './identity';

export const LIBRARY_CHANGE_KEY = 'libraryChange';

/** More pages than this in one write (an import, a clear) are announced as "any page". */
const MAX_ANNOUNCED_PAGES = 50;
/** More clips than this are announced without their ids. */
const MAX_ANNOUNCED_CLIPS = 1_000;

/** This context (a page, the service worker): a context has already applied its own writes. */
const THIS_CONTEXT = crypto.randomUUID();

export type WriteKind = 'save' | 'update' | 'delete' | 'restore' | 'import' | 'clear';
const WRITE_KINDS: readonly string[] = ['save', 'update', 'delete', 'restore', 'import', 'clear'] satisfies WriteKind[];

export interface LibraryChange {
  /** Makes every announcement a new value: storage.onChanged skips a write of an equal one. */
  id: string;
  /** The context that wrote. */
  from: string;
  kind: WriteKind;
  /** Normalised URLs of the pages whose clips changed; null when any page's may have. */
  pages: string[] | null;
  /** Ids of the clips written (saved, updated, deleted...); null when unknown or too many. */
  clips: string[] | null;
}

/**
 * Tell the other contexts that a write of `kind` committed, touching `clips` (all clips when
 * null). A failure here loses only the notice, never the write.
 */
export async function announceLibraryChange(kind: WriteKind, clips: ReadonlyArray<Pick<Clip, 'id' | 'page'>> | null): Promise<void> {
  const pages = clips === null ? null : [...new Set(clips.map((c) => c.page.url))];
  const change: LibraryChange = {
    id: crypto.randomUUID(),
    from: THIS_CONTEXT,
    kind,
    pages: pages === null || pages.length > MAX_ANNOUNCED_PAGES ? null : pages,
    clips: clips === null || clips.length > MAX_ANNOUNCED_CLIPS ? null : clips.map((c) => c.id),
  };
  await browser.storage.local.set({ [LIBRARY_CHANGE_KEY]: change }).catch(() => {});
}

/**
 * Whether a page at `url` that holds the clips `held` must read its clips again after `change`.
 * Not when the write was elsewhere, saved only clips it holds (its own, saved through it), or
 * deleted or cleared none of them.
 */
export function needsReread(change: LibraryChange, url: string, held: ReadonlySet<string>): boolean {
  if (change.pages !== null && !change.pages.includes(normalizePageUrl(url))) return false;
  switch (change.kind) {
    case 'save':
      return change.clips === null || change.clips.some((id) => !held.has(id));
    case 'delete':
      return change.clips === null || change.clips.some((id) => held.has(id));
    case 'clear':
      return held.size > 0;
    default:
      return true;
  }
}

function changeFrom(value: unknown): LibraryChange | null {
  const change = value as Partial<Record<keyof LibraryChange, unknown>> | undefined;
  if (typeof change?.id !== 'string' || typeof change.from !== 'string') return null;
  if (typeof change.kind !== 'string' || !WRITE_KINDS.includes(change.kind)) return null;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : null);
  return { id: change.id, from: change.from, kind: change.kind as WriteKind, pages: strings(change.pages), clips: strings(change.clips) };
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
