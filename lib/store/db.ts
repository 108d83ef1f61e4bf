// The one IndexedDB database of the extension, in the extension origin. Only the background and
// extension pages open it; web pages cannot reach it (CONTRACTS.md "Test hook and isolation").
import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from '../types';

/**
 * The clips of one page, stored as one record. IndexedDB charges per record written (~150-250 µs
 * each in Chromium, whatever its size): 100,000 clips written one record each took 20-30 s to
 * import, grouped by page they are a few thousand records.
 */
export interface PageClips {
  /** The normalised page URL (identity.ts), the clips' `page.url`. */
  url: string;
  clips: Clip[];
  /** The clips' ids, for lookups by id (a multi-entry index). */
  ids: string[];
  /** The newest clippedAt of the clips, for the newest clips first without reading them all. */
  latest: string;
}

export const DB_NAME = 'gongwen-lens';

/**
 * Schema history. Never edit a published version: add a new `this.version(n)` with an `upgrade`
 * that rewrites records in place, so every clip survives the upgrade.
 * `page.url` holds the normalised URL (see identity.ts): it keys the page records.
 */
export class GongwenDb extends Dexie {
  pages!: EntityTable<PageClips, 'url'>;

  constructor() {
    super(DB_NAME);
    this.version(1).stores({
      clips: 'id, &key, clippedAt, kind, page.org, page.url, *tags',
    });
    // v2 drops the indexes no query uses (kind, page.org, tags: the library filters in memory).
    // Each index costs every write: importing 100,000 clips took ~6 s longer with them.
    this.version(2).stores({
      clips: 'id, &key, clippedAt, page.url',
    });
    // v3 groups the clips by page (see PageClips); v4 drops the emptied table of single clips.
    this.version(3)
      .stores({ pages: 'url, latest, *ids' })
      .upgrade(async (tx) => {
        const clips: Clip[] = await tx.table('clips').toArray();
        await tx.table('pages').bulkPut(groupByPage(clips));
        await tx.table('clips').clear();
      });
    this.version(4).stores({ clips: null });
    // Another context (a newer extension version, a deletion) wants the database: let it go, and
    // reopen on the next query (Dexie's auto-open) instead of blocking it. Returning false stops
    // Dexie's own handler, which would do the same and log a warning.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
      return false;
    });
  }
}

/** A page's record for `clips` (all of that page). */
export function pageRecord(url: string, clips: Clip[]): PageClips {
  let latest = '';
  for (const c of clips) if (c.clippedAt > latest) latest = c.clippedAt;
  return { url, clips, ids: clips.map((c) => c.id), latest };
}

/** Records for clips of any pages, one per page. */
export function groupByPage(clips: readonly Clip[]): PageClips[] {
  const byUrl = new Map<string, Clip[]>();
  for (const c of clips) {
    const list = byUrl.get(c.page.url);
    if (list) list.push(c);
    else byUrl.set(c.page.url, [c]);
  }
  return [...byUrl].map(([url, list]) => pageRecord(url, list));
}

let db: GongwenDb | null = null;
let persistAsked = false;

/**
 * The database, opened lazily on first query. A fresh instance replaces one that was closed for
 * good (close() without reopening), so callers never hold a dead handle: always go through getDb().
 */
export function getDb(): GongwenDb {
  if (!db || db.hasBeenClosed()) db = new GongwenDb();
  if (!persistAsked) {
    persistAsked = true;
    // Best effort: ask the browser not to evict the library under storage pressure. Only windows
    // (extension pages) have persist(); a service worker or Node simply skips it.
    void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
  }
  return db;
}
