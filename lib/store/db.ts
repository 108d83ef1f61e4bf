// The one IndexedDB database of the extension, in the extension origin. Only the background and
// extension pages open it; web pages cannot reach it (CONTRACTS.md "Test hook and isolation").
import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from '../types';

export const DB_NAME = 'gongwen-lens';

/**
 * Schema history. Never edit a published version: add a new `this.version(n)` with an `upgrade`
 * that rewrites records in place, so every clip survives the upgrade.
 * `page.url` holds the normalised URL (see identity.ts), so clipsForUrl is an index lookup.
 */
export class GongwenDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;

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
    // Another context (a newer extension version, a deletion) wants the database: let it go, and
    // reopen on the next query (Dexie's auto-open) instead of blocking it. Returning false stops
    // Dexie's own handler, which would do the same and log a warning.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
      return false;
    });
  }
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
