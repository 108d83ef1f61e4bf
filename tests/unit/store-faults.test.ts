// Faults the library must survive without losing a clip: a database left by the first released
// schema (opened by whatever schema the code has now), and an import cut off mid-transaction the
// way a closed browser or a crash cuts it (the IndexedDB transaction aborts before it commits).
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup } from '../../lib/export/backup';
import { importCsv } from '../../lib/export/csv-import';
import { clipToRow, toCsv } from '../../lib/export/csv';
import { clearClips, clipsForUrl, countClips, getClip, listClips, recentClips, saveClips } from '../../lib/store/clips';
import { DB_NAME, getDb, type PageClips } from '../../lib/store/db';
import { clipKey } from '../../lib/store/identity';
import { parseClip } from '../../lib/store/schema';
import type { Clip } from '../../lib/types';
import { clipInput, statInput } from './store-fixtures';

interface DbDump {
  database: string;
  version: number;
  stores: Record<string, string>;
  clips: Clip[];
}

const V1: DbDump = JSON.parse(readFileSync(new URL('../fixtures/db/gongwen-lens-v1.json', import.meta.url), 'utf8'));

/** Dexie stores version n as native IndexedDB version n × 10. */
const nativeVersion = (dexieVersion: number) => dexieVersion * 10;

/** One index of a Dexie schema string: `&key` unique, `*tags` multi-entry, `page.url` a key path. */
function parseIndex(spec: string): { name: string; unique: boolean; multiEntry: boolean } {
  const name = spec.replace(/^[&*]/, '');
  return { name, unique: spec.startsWith('&'), multiEntry: spec.startsWith('*') };
}

/** Build the database exactly as the released version left it, with raw IndexedDB calls. */
function createRawDb(dump: DbDump): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dump.database, nativeVersion(dump.version));
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [storeName, schema] of Object.entries(dump.stores)) {
        const [primary, ...indexes] = schema.split(',').map((s) => s.trim());
        const store = db.createObjectStore(storeName, { keyPath: primary });
        for (const index of indexes.map(parseIndex)) {
          store.createIndex(index.name, index.name, { unique: index.unique, multiEntry: index.multiEntry });
        }
      }
      const clips = request.transaction!.objectStore('clips');
      for (const clip of dump.clips) clips.put(clip);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** What a user sees of a clip; an upgrade may add or rewrite internals, never these. */
const visible = (c: Clip) => ({
  id: c.id,
  kind: c.kind,
  text: c.text,
  textOriginal: c.textOriginal,
  textSimplified: c.textSimplified,
  marker: c.marker,
  level: c.level,
  value: c.value,
  unit: c.unit,
  qualifier: c.qualifier,
  page: c.page,
  tags: c.tags,
  note: c.note,
  clippedAt: c.clippedAt,
  createdAt: c.createdAt,
});

beforeEach(async () => {
  await getDb().delete();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a database from the first released schema', () => {
  beforeEach(async () => {
    expect(V1.database).toBe(DB_NAME);
    expect(V1.version).toBe(1);
    await createRawDb(V1);
  });

  it('opens with the current schema and keeps every clip readable', async () => {
    const db = getDb();
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(V1.version);
    const clips = await listClips();
    expect(clips.map(visible).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      V1.clips.map(visible).sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const old of V1.clips) {
      const clip = await getClip(old.id);
      expect(clip, old.id).toBeDefined();
      // Every upgraded record is still a valid clip with the identity the current code computes.
      expect(() => parseClip(clip)).not.toThrow();
      expect(clip!.key).toBe(clipKey(clip!));
      expect((await clipsForUrl(old.page.url)).map((c) => c.id)).toContain(old.id);
    }
  });

  it('keeps its indexes working: the same item clipped again stays one clip', async () => {
    const old = V1.clips.find((c) => c.kind === 'task' && c.tags.length > 0)!;
    const { kind, text, textOriginal, marker, level, value, valueMax, unit, qualifier, context, page, anchor } = old;
    const now = new Date('2025-01-01T00:00:00Z');
    const [again] = await saveClips(
      [{ kind, text, textOriginal, marker, level, value, valueMax, unit, qualifier, context, page, anchor, tags: [], note: '' }],
      { now },
    );
    expect(again.id).toBe(old.id);
    expect(again.tags).toEqual(old.tags);
    expect(again.clippedAt).toBe(now.toISOString());
    expect(await listClips()).toHaveLength(V1.clips.length);
    // The clips now live in page records (v3), with the indexes the queries use; the table of
    // single clips is gone (v4).
    const idb = getDb().backendDB();
    expect([...idb.objectStoreNames]).toEqual(['pages']);
    expect([...idb.transaction('pages').objectStore('pages').indexNames].sort()).toEqual(['ids', 'latest']);
    expect((await recentClips(1))[0]?.id).toBe(old.id);
    expect(await countClips()).toBe(V1.clips.length);
  });

  it('round trips through a backup made after the upgrade', async () => {
    const backup = exportBackup(await listClips());
    await clearClips();
    expect((await importBackup(backup)).added).toBe(V1.clips.length);
    expect((await listClips()).map(visible).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      V1.clips.map(visible).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe('an import cut off before it commits', () => {
  async function library(): Promise<Clip[]> {
    await saveClips([clipInput({ tags: ['科普'], note: '已有' })], { now: new Date('2024-09-01T08:00:00Z') });
    await saveClips([statInput()], { now: new Date('2024-09-01T09:00:00Z') });
    return listClips();
  }

  /** A file with one clip already in the library (merged) and many new ones. */
  function incoming(existing: Clip[]): Clip[] {
    const task = existing.find((c) => c.kind === 'task')!;
    const fresh = Array.from({ length: 40 }, (_, i) => ({
      ...task,
      id: `new-${i}`,
      text: `（${i + 1}）新的任务第${i}条`,
      textOriginal: `（${i + 1}）新的任务第${i}条`,
      textSimplified: `（${i + 1}）新的任务第${i}条`,
      tags: ['导入'],
    }));
    return [{ ...task, tags: ['导入'], note: '', clippedAt: '2025-01-01T00:00:00.000Z' }, ...fresh];
  }

  /** Let bulkPut write part of the records, then abort the native transaction, as a closing browser does. */
  function abortMidway(): void {
    const table = getDb().pages;
    const realBulkPut = table.bulkPut.bind(table);
    vi.spyOn(table, 'bulkPut').mockImplementation((async (items: PageClips[]) => {
      await realBulkPut(items.slice(0, Math.ceil(items.length / 2)));
      Dexie.currentTransaction!.idbtrans.abort();
      return realBulkPut(items.slice(Math.ceil(items.length / 2)));
    }) as typeof table.bulkPut);
  }

  const snapshot = async () => JSON.stringify((await listClips()).sort((a, b) => a.id.localeCompare(b.id)));

  it('a backup import: rejects with an Error and leaves the library as it was; a retry then succeeds', async () => {
    const existing = await library();
    const before = await snapshot();
    const file = exportBackup(incoming(existing));
    abortMidway();
    const error = await importBackup(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await snapshot()).toBe(before);

    vi.restoreAllMocks();
    const result = await importBackup(file);
    expect(result).toMatchObject({ added: 40, merged: 1, total: existing.length + 40 });
    const merged = await getClip(existing.find((c) => c.kind === 'task')!.id);
    expect(merged!.tags).toEqual(['科普', '导入']);
    expect(merged!.note).toBe('已有');
  });

  it('a CSV import: rejects with an Error and leaves the library as it was', async () => {
    const existing = await library();
    const before = await snapshot();
    const csv = toCsv(incoming(existing).map((c) => clipToRow(c)));
    abortMidway();
    await expect(importCsv(csv)).rejects.toBeInstanceOf(Error);
    expect(await snapshot()).toBe(before);
  });
});
