// The clip library: every read and write of clips goes through these functions. Writes run in one
// read-write transaction each and resolve only after it committed.
import { toSimplified as defaultToSimplified } from '../convert/simplified';
import type { Clip, ClipInput } from '../types';
import { announceLibraryChange, type WriteKind } from './changes';
import { getDb } from './db';
import { clipKey, normalizePageUrl } from './identity';
import { MAX_TAGS, parseClipInput, parseClipPatch, type ClipPatch } from './schema';

/** The browser refused to store more. The UI shows its own localised text for this name. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
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
    result = await db.transaction('rw', db.clips, work);
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
    const stored = await db.clips.where('key').anyOf(fresh.map((c) => c.key)).toArray();
    const byKey = new Map(stored.map((c) => [c.key, c]));
    const toPut = new Map<string, Clip>();
    const saved = fresh.map((clip) => {
      const prior = byKey.get(clip.key);
      const result = toPut.get(clip.key) ?? (prior ? { ...prior, clippedAt: now } : clip);
      toPut.set(clip.key, result);
      return result;
    });
    await db.clips.bulkPut([...toPut.values()]);
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

/** Records per progress step of an import (all of them go into the one transaction at once). */
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
    // Key and id scans read indexes only; fetching whole records for 100,000 keys one by one
    // (anyOf) would dominate a large import. Only clips that really collide are read.
    const existingKeys = new Set((await db.clips.orderBy('key').keys()) as string[]);
    const colliding = incoming.filter((c) => existingKeys.has(c.key)).map((c) => c.key);
    const stored = colliding.length ? await db.clips.where('key').anyOf(colliding).toArray() : [];
    const byKey = new Map(stored.map((c) => [c.key, c]));
    const toPut = new Map<string, Clip>();
    let merged = 0;
    for (const clip of incoming) {
      const prior = toPut.get(clip.key) ?? byKey.get(clip.key);
      if (prior) merged++;
      toPut.set(clip.key, prior ? mergeInto(prior, clip) : clip);
    }
    const added = [...toPut.values()].filter((c) => !byKey.has(c.key));
    const taken = new Set((await db.clips.toCollection().primaryKeys()) as string[]);
    for (const clip of added) {
      // An id already used by another clip (or earlier in this file) gets a fresh one.
      if (taken.has(clip.id)) toPut.set(clip.key, { ...clip, id: crypto.randomUUID() });
      taken.add(clip.id);
    }
    const rows = [...toPut.values()];
    let written = 0;
    // Every step is queued at once, as one bulkPut would be; each reports when it is written.
    const steps: Promise<unknown>[] = [];
    for (let i = 0; i < rows.length; i += IMPORT_STEP) {
      const step = rows.slice(i, i + IMPORT_STEP);
      steps.push(
        db.clips.bulkPut(step).then(() => {
          written += step.length;
          onProgress?.(written, rows.length);
        }),
      );
    }
    await Promise.all(steps);
    return { added: added.length, merged, total: await db.clips.count() };
  }, () => incoming);
}

/** Clips read per transaction by listClips. */
const LIST_CHUNK = 5_000;

/**
 * Every clip, newest first. Read a chunk per transaction: one read of 100,000 clips (~100 MB)
 * holds the database and the page's thread for seconds, and a library page opened meanwhile (a
 * reload) would wait behind it for its first screen.
 */
export async function listClips(chunkSize = LIST_CHUNK): Promise<Clip[]> {
  const table = getDb().clips;
  const all: Clip[] = [];
  for (let after: string | null = null; ; ) {
    const chunk: Clip[] = await (after === null ? table.toCollection() : table.where(':id').above(after))
      .limit(chunkSize)
      .toArray();
    for (const clip of chunk) all.push(clip);
    if (chunk.length < chunkSize) break;
    after = chunk[chunk.length - 1].id;
  }
  return sortNewestFirst(all);
}

/** clippedAt descending, then id descending: the order of the clippedAt index read in reverse. */
function sortNewestFirst(clips: Clip[]): Clip[] {
  const time = new Map(clips.map((c) => [c, Date.parse(c.clippedAt)]));
  return clips.sort((a, b) => time.get(b)! - time.get(a)! || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export function countClips(): Promise<number> {
  return getDb().clips.count();
}

export function getClip(id: string): Promise<Clip | undefined> {
  return getDb().clips.get(id);
}

/** The clips of one page, whatever tracking parameters or fragment the URL carries. */
export function clipsForUrl(url: string): Promise<Clip[]> {
  return getDb().clips.where('page.url').equals(normalizePageUrl(url)).toArray();
}

/** What the library may change on a clip; `corrected` replaces all corrections, `{}` removes them. */
export type ClipChanges = ClipPatch;

/** Change a clip's tags, note or corrections (validated); returns the updated clip. */
export async function updateClip(id: string, patch: ClipChanges): Promise<Clip> {
  const change = parseClipPatch(patch);
  return write('update', async () => {
    const db = getDb();
    const clip = await db.clips.get(id);
    if (!clip) throw new Error(`No clip with id ${id}`);
    const { corrected: _replaced, ...rest } = clip;
    const corrected = change.corrected ?? clip.corrected;
    const updated: Clip = {
      ...rest,
      ...(change.tags !== undefined && { tags: change.tags }),
      ...(change.note !== undefined && { note: change.note }),
      ...(corrected && Object.keys(corrected).length > 0 && { corrected }),
    };
    await db.clips.put(updated);
    return updated;
  }, (clip) => [clip]);
}

/** Delete clips; returns the deleted records so that the caller can offer undo (restoreClips). */
export function deleteClips(ids: readonly string[]): Promise<Clip[]> {
  return write('delete', async () => {
    const db = getDb();
    const found = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
    await db.clips.bulkDelete(found.map((c) => c.id));
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
    const ids = new Set(clips.map((c) => c.id));
    const again = await db.clips.where('key').anyOf(clips.map((c) => c.key)).toArray();
    await db.clips.bulkDelete(again.filter((c) => !ids.has(c.id)).map((c) => c.id));
    await db.clips.bulkPut([...clips]);
  }, () => clips);
}

export function clearClips(): Promise<void> {
  return write('clear', () => getDb().clips.clear(), () => null);
}
