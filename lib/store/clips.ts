// The clip library: every read and write of clips goes through these functions. Writes run in one
// read-write transaction each and resolve only after it committed.
import { toSimplified as defaultToSimplified } from '../convert/simplified';
import { STORAGE_FULL } from '../errors';
import type { Clip, ClipInput } from '../types';
import { announceLibraryChange, type WriteKind } from './changes';
import { getDb, pageRecord, type GongwenDb, type PageClips } from './db';
import { clipKey, normalizePageUrl } from './identity';
import { MAX_TAGS, parseClipInput, parseClipPatch, type ClipPatch } from './schema';

/** The browser refused to store more. Every UI says it in its own language (lib/errors.ts). */
export class StorageFullError extends Error {
  override name = STORAGE_FULL;
  constructor(cause: unknown) {
    super('Storage is full: the library could not be saved. Free disk space, or export and delete clips.', { cause });
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Quota errors arrive raw, or wrapped by Dexie (AbortError.inner, BulkError.failures). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof err.name === 'string' && QUOTA_NAMES.has(err.name)) return true;
  if (isQuotaError(err.inner, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuotaError(f, depth + 1));
}

/**
 * Run `work` in one read-write transaction; once it committed, tell the other contexts what it
 * wrote: a write of `kind` touching `written(result)` (null: any clip).
 */
async function write<T>(
  kind: WriteKind,
  work: () => Promise<T>,
  written: (result: T) => ReadonlyArray<Pick<Clip, 'id' | 'page'>> | null,
): Promise<T> {
  const db = getDb();
  let result: T;
  try {
    result = await db.transaction('rw', db.pages, work);
  } catch (e) {
    throw isQuotaError(e) ? new StorageFullError(e) : e;
  }
  void announceLibraryChange(kind, written(result));
  return result;
}

/** Identity fields of a record: the page URL in its normalised form, and the key derived from it. */
function withIdentity<T extends Omit<Clip, 'key'>>(clip: T): T & { key: string } {
  const page = { ...clip.page, url: normalizePageUrl(clip.page.url) };
  return { ...clip, page, key: clipKey({ ...clip, page }) };
}

/** Clips of some pages being changed in a write: page URL → identity key → clip. */
type Pages = Map<string, Map<string, Clip>>;

const byKey = (clips: readonly Clip[]) => new Map(clips.map((c) => [c.key, c]));

/** The stored clips of each page in `urls` (none for a page without clips). */
async function pagesOf(db: GongwenDb, urls: Iterable<string>): Promise<Pages> {
  const list = [...new Set(urls)];
  const records = await db.pages.bulkGet(list);
  return new Map(list.map((url, i) => [url, byKey(records[i]?.clips ?? [])]));
}

/** Write back pages whose clips changed; a page left without clips is deleted. */
async function putPages(db: GongwenDb, pages: Pages): Promise<void> {
  const emptied = [...pages].filter(([, clips]) => clips.size === 0).map(([url]) => url);
  const kept = [...pages].filter(([, clips]) => clips.size > 0).map(([url, clips]) => pageRecord(url, [...clips.values()]));
  if (emptied.length) await db.pages.bulkDelete(emptied);
  if (kept.length) await db.pages.bulkPut(kept);
}

/** The pages holding any of `ids`, whole. */
async function pagesWithIds(db: GongwenDb, ids: readonly string[]): Promise<PageClips[]> {
  return db.pages.where('ids').anyOf([...ids]).distinct().toArray();
}

export interface SaveOptions {
  now?: Date;
  /** Simplified normalisation for identity; defaults to the OpenCC converter. */
  toSimplified?: (text: string) => string;
}

/**
 * Validate and save clips. A clip already in the library (same identity key) is kept as it is,
 * only its clippedAt moves to now; the stored clip is returned in its place, in input order.
 * Nothing is written when any input is invalid.
 */
export async function saveClips(inputs: readonly ClipInput[], opts: SaveOptions = {}): Promise<Clip[]> {
  const valid = inputs.map((input, i) => {
    try {
      return parseClipInput(input);
    } catch (e) {
      if (inputs.length === 1) throw e;
      throw new Error(`Clip ${i + 1} of ${inputs.length}: ${(e as Error).message}`);
    }
  });
  const simplify = opts.toSimplified ?? defaultToSimplified;
  const now = (opts.now ?? new Date()).toISOString();
  const fresh = valid.map((input) =>
    withIdentity({
      ...input,
      id: crypto.randomUUID(),
      // The page's own text, not what a conversion showed: the same item has one Simplified form.
      textSimplified: simplify(input.textOriginal),
      clippedAt: now,
      createdAt: now,
    }),
  );
  return write('save', async () => {
    const db = getDb();
    const pages = await pagesOf(db, fresh.map((c) => c.page.url));
    const done = new Map<string, Clip>();
    const saved = fresh.map((clip) => {
      const page = pages.get(clip.page.url)!;
      const prior = page.get(clip.key);
      const result = done.get(clip.key) ?? (prior ? { ...prior, clippedAt: now } : clip);
      done.set(clip.key, result);
      page.set(clip.key, result);
      return result;
    });
    await putPages(db, pages);
    return saved;
  }, (saved) => saved);
}

export interface ImportResult {
  /** Records that became new clips. */
  added: number;
  /** Records merged into a clip already in the library or earlier in the same file. */
  merged: number;
  /** Clips in the library after the import. */
  total: number;
}

/**
 * Merge rule for import: keep `into`, take the later clippedAt, union tags, keep a non-empty note
 * and the corrections of `into` (or else those of `other`).
 */
function mergeInto(into: Clip, other: Clip): Clip {
  return {
    ...into,
    clippedAt: other.clippedAt > into.clippedAt ? other.clippedAt : into.clippedAt,
    tags: [...new Set([...into.tags, ...other.tags])].slice(0, MAX_TAGS),
    note: into.note.trim() !== '' ? into.note : other.note,
    ...((into.corrected ?? other.corrected) && { corrected: into.corrected ?? other.corrected }),
  };
}

export interface ImportProgress {
  /** Called as the write goes on with how many of `total` records are written. */
  onProgress?: (written: number, total: number) => void;
}

/** Clips per progress step of an import, in whole pages (all steps go into the one transaction at once). */
const IMPORT_STEP = 5_000;

/**
 * Merge validated records (backup or CSV) into the library in one transaction: all or nothing.
 * Identity is recomputed, never trusted from the file. A new record whose id is taken by a
 * different clip gets a fresh id.
 */
export async function importClips(records: readonly Clip[], { onProgress }: ImportProgress = {}): Promise<ImportResult> {
  const incoming = records.map(withIdentity);
  return write('import', async () => {
    const db = getDb();
    // Page and id scans read keys only; whole records are read only for pages the file shares
    // with the library.
    const stored = new Set((await db.pages.toCollection().primaryKeys()) as string[]);
    const pages = await pagesOf(db, incoming.filter((c) => stored.has(c.page.url)).map((c) => c.page.url));
    const taken = new Set((await db.pages.orderBy('ids').keys()) as string[]);
    let merged = 0;
    let added = 0;
    const changed = new Set<string>();
    for (const clip of incoming) {
      let page = pages.get(clip.page.url);
      if (!page) pages.set(clip.page.url, (page = new Map()));
      const prior = page.get(clip.key);
      if (prior) {
        merged++;
        page.set(clip.key, mergeInto(prior, clip));
      } else {
        added++;
        // An id already used by another clip (or earlier in this file) gets a fresh one.
        const id = taken.has(clip.id) ? crypto.randomUUID() : clip.id;
        taken.add(id);
        page.set(clip.key, id === clip.id ? clip : { ...clip, id });
      }
      changed.add(clip.page.url);
    }
    const rows = [...changed].map((url) => pageRecord(url, [...pages.get(url)!.values()]));
    const total = rows.reduce((n, r) => n + r.clips.length, 0);
    let written = 0;
    // Every step is queued at once, as one bulkPut would be; each reports when it is written.
    const steps: Promise<unknown>[] = [];
    for (let i = 0; i < rows.length; ) {
      const step: PageClips[] = [];
      let clips = 0;
      for (; i < rows.length && clips < IMPORT_STEP; i++) {
        step.push(rows[i]);
        clips += rows[i].clips.length;
      }
      steps.push(
        db.pages.bulkPut(step).then(() => {
          written += clips;
          onProgress?.(written, total);
        }),
      );
    }
    await Promise.all(steps);
    return { added, merged, total: await countClips() };
  }, () => incoming);
}

/** Clips read per transaction by listClips, about: pages hold one clip or hundreds. */
const LIST_CHUNK_CLIPS = 5_000;

/**
 * Every clip, newest first. Read a chunk per transaction: one read of 100,000 clips (~100 MB)
 * holds the database and the page's thread for seconds, and a library page opened meanwhile (a
 * reload) would wait behind it for its first screen. The first chunk is `firstPages` pages; later
 * ones are sized from the clips per page seen so far to hold about `chunkClips` clips.
 */
export async function listClips(firstPages = 250, chunkClips = LIST_CHUNK_CLIPS): Promise<Clip[]> {
  const table = getDb().pages;
  const all: Clip[] = [];
  let pagesRead = 0;
  for (let after: string | null = null, limit = firstPages; ; ) {
    const chunk: PageClips[] = await (after === null ? table.toCollection() : table.where(':id').above(after))
      .limit(limit)
      .toArray();
    for (const page of chunk) for (const clip of page.clips) all.push(clip);
    if (chunk.length < limit) break;
    after = chunk[chunk.length - 1].url;
    pagesRead += chunk.length;
    limit = Math.max(1, Math.round((chunkClips * pagesRead) / Math.max(1, all.length)));
  }
  return sortNewestFirst(all);
}

/** clippedAt descending, then id descending. */
function byNewest(a: Clip, b: Clip): number {
  return a.clippedAt < b.clippedAt ? 1 : a.clippedAt > b.clippedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function sortNewestFirst(clips: Clip[]): Clip[] {
  return clips.sort(byNewest);
}

/**
 * The newest `limit` clips, reading pages newest first and only as many as can hold one of them:
 * the library's first screen before the whole library is read.
 */
export async function recentClips(limit: number): Promise<Clip[]> {
  let top: Clip[] = [];
  await getDb()
    .pages.orderBy('latest')
    .reverse()
    // A page whose newest clip is older than the limit-th newest so far has nothing to add.
    .until((page) => top.length >= limit && page.latest < top[limit - 1].clippedAt)
    .each((page) => {
      top = [...top, ...page.clips].sort(byNewest).slice(0, limit);
    });
  return top;
}

export function countClips(): Promise<number> {
  // One entry per clip in the id index.
  return getDb().pages.orderBy('ids').count();
}

export async function getClip(id: string): Promise<Clip | undefined> {
  const page = await getDb().pages.where('ids').equals(id).first();
  return page?.clips.find((c) => c.id === id);
}

/** The clips of one page, whatever tracking parameters or fragment the URL carries. */
export async function clipsForUrl(url: string): Promise<Clip[]> {
  return (await getDb().pages.get(normalizePageUrl(url)))?.clips ?? [];
}

/** What the library may change on a clip; `corrected` replaces all corrections, `{}` removes them. */
export type ClipChanges = ClipPatch;

/** Change a clip's tags, note or corrections (validated); returns the updated clip. */
export async function updateClip(id: string, patch: ClipChanges): Promise<Clip> {
  const change = parseClipPatch(patch);
  return write('update', async () => {
    const db = getDb();
    const [page] = await pagesWithIds(db, [id]);
    const clip = page?.clips.find((c) => c.id === id);
    if (!clip) throw new Error(`No clip with id ${id}`);
    const { corrected: _replaced, ...rest } = clip;
    const corrected = change.corrected ?? clip.corrected;
    const updated: Clip = {
      ...rest,
      ...(change.tags !== undefined && { tags: change.tags }),
      ...(change.note !== undefined && { note: change.note }),
      ...(corrected && Object.keys(corrected).length > 0 && { corrected }),
    };
    await db.pages.put(pageRecord(page.url, page.clips.map((c) => (c.id === id ? updated : c))));
    return updated;
  }, (clip) => [clip]);
}

/** Delete clips; returns the deleted records so that the caller can offer undo (restoreClips). */
export function deleteClips(ids: readonly string[]): Promise<Clip[]> {
  return write('delete', async () => {
    const db = getDb();
    const gone = new Set(ids);
    const found: Clip[] = [];
    const pages: Pages = new Map();
    for (const page of await pagesWithIds(db, ids)) {
      found.push(...page.clips.filter((c) => gone.has(c.id)));
      pages.set(page.url, byKey(page.clips.filter((c) => !gone.has(c.id))));
    }
    await putPages(db, pages);
    return found;
  }, (found) => found);
}

/**
 * Undo a deletion: put the records back exactly. If the same item was clipped again in between,
 * that newer copy gives way to the restored original.
 */
export function restoreClips(clips: readonly Clip[]): Promise<void> {
  return write('restore', async () => {
    const db = getDb();
    const pages = await pagesOf(db, clips.map((c) => c.page.url));
    for (const clip of clips) pages.get(clip.page.url)!.set(clip.key, clip);
    await putPages(db, pages);
  }, () => clips);
}

export function clearClips(): Promise<void> {
  return write('clear', () => getDb().pages.clear(), () => null);
}
