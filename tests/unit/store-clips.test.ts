import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  StorageFullError,
  clearClips,
  clipsForUrl,
  countClips,
  deleteClips,
  getClip,
  isQuotaError,
  listClips,
  recentClips,
  restoreClips,
  saveClips,
  updateClip,
} from '../../lib/store/clips';
import { DB_NAME, getDb } from '../../lib/store/db';
import type { Clip } from '../../lib/types';
import { clipInput, statInput } from './store-fixtures';

const T0 = new Date('2024-09-01T08:00:00Z');
const T1 = new Date('2024-09-02T09:30:00Z');

beforeEach(async () => {
  await getDb().delete();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('saveClips', () => {
  it('stores a clip with identity, Simplified text and times', async () => {
    const [clip] = await saveClips([clipInput({ url: 'https://WWW.cast.org.cn/a.html?utm_source=wx#x' })], { now: T0 });
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(clip.page.url).toBe('https://www.cast.org.cn/a.html');
    expect(clip.textSimplified).toBe('（一）加强科普基础设施建设。');
    expect(clip.clippedAt).toBe(T0.toISOString());
    expect(clip.createdAt).toBe(T0.toISOString());
    expect(await getClip(clip.id)).toEqual(clip);
  });

  it('computes the Simplified text from the page original, whatever script was shown', async () => {
    const [clip] = await saveClips([
      clipInput({ text: '加強科普基礎設施建設', textOriginal: '加強科普基礎設施建設' }),
    ]);
    expect(clip.textSimplified).toBe('加强科普基础设施建设');
  });

  it('keeps one clip for the same item clipped twice; only clippedAt changes', async () => {
    const [first] = await saveClips([clipInput({ tags: ['科普'], note: '重点' })], { now: T0 });
    // The second time: shown in Traditional, reached by a share link, different tags and note.
    const again = clipInput({
      url: 'https://www.cast.org.cn/xw/tzgg/art/2024/art_1.html?from=singlemessage#p3',
      text: '（一）加強科普基礎設施建設。',
      textOriginal: '（一）加強科普基礎設施建設。',
      tags: ['other'],
      note: 'changed',
    });
    const [second] = await saveClips([again], { now: T1 });
    expect(await countClips()).toBe(1);
    expect(second).toEqual({ ...first, clippedAt: T1.toISOString() });
    expect(await getClip(first.id)).toEqual(second);
  });

  it('treats duplicates within one batch as one clip and answers in input order', async () => {
    const saved = await saveClips([clipInput(), statInput(), clipInput()], { now: T0 });
    expect(saved).toHaveLength(3);
    expect(saved[0]).toEqual(saved[2]);
    expect(saved[1].kind).toBe('statistic');
    expect(await countClips()).toBe(2);
  });

  it('keeps tasks with the same words under different markers apart', async () => {
    await saveClips([clipInput({ marker: '（一）' }), clipInput({ marker: '（二）' })]);
    expect(await countClips()).toBe(2);
  });

  it('validates every input and writes nothing when one is malformed', async () => {
    const bad = { ...clipInput(), kind: 'paragraph' } as never;
    await expect(saveClips([clipInput(), bad])).rejects.toThrow(/Clip 2 of 2: Invalid clip: kind/);
    expect(await countClips()).toBe(0);
  });

  it('refuses a 100,001-character clip with the limit in the message', async () => {
    const text = '科'.repeat(100_001);
    await expect(saveClips([clipInput({ text, textOriginal: text })])).rejects.toThrow(/100,000 characters.*100001/);
    expect(await countClips()).toBe(0);
  });

  it('accepts a clip of exactly 100,000 characters', async () => {
    const text = '科'.repeat(100_000);
    const [clip] = await saveClips([clipInput({ text, textOriginal: text, context: text })], {
      toSimplified: (s) => s,
    });
    expect((await getClip(clip.id))?.text).toHaveLength(100_000);
  });

  it('maps a quota error to a clear "storage is full" error and stores nothing', async () => {
    const db = getDb();
    vi.spyOn(db.pages, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const error = await saveClips([clipInput()]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/Storage is full.*export and delete clips/);
    vi.restoreAllMocks();
    expect(await countClips()).toBe(0);
  });

  it('leaves other errors as they are', async () => {
    vi.spyOn(getDb().pages, 'bulkPut').mockRejectedValue(new TypeError('boom'));
    await expect(saveClips([clipInput()])).rejects.toThrow(TypeError);
  });
});

describe('isQuotaError', () => {
  it('recognises raw and Dexie-wrapped quota errors', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('reading', () => {
  it('lists newest first and finds clips by page URL', async () => {
    await saveClips([clipInput()], { now: T0 });
    await saveClips([statInput({ url: 'https://www.gov.cn/b.html' })], { now: T1 });
    const list = await listClips();
    expect(list.map((c) => c.kind)).toEqual(['statistic', 'task']);
    const found = await clipsForUrl('https://WWW.GOV.CN/b.html?spm=1.2#top');
    expect(found.map((c) => c.text)).toEqual(['近200人']);
    expect(await clipsForUrl('https://www.gov.cn/c.html')).toEqual([]);
  });

  /** 23 clips on 7 pages over 4 instants (ties included); their ids, newest first (ties: id descending). */
  async function spreadClips(): Promise<string[]> {
    const saved: Clip[] = [];
    for (let i = 0; i < 23; i++) {
      const input = clipInput({ text: `（${i}）第${i}项工作。`, url: `https://www.gov.cn/p${i % 7}.html` });
      saved.push(...(await saveClips([input], { now: new Date(T0.getTime() + ((i * 3) % 4) * 60_000) })));
    }
    const newest = [...saved].sort((a, b) => b.clippedAt.localeCompare(a.clippedAt) || b.id.localeCompare(a.id));
    return newest.map((c) => c.id);
  }

  it('lists every clip, read a few pages at a time, newest first (ties by id)', async () => {
    const expected = await spreadClips();
    expect(expected).toHaveLength(23);
    expect((await listClips(2)).map((c) => c.id)).toEqual(expected);
    // Chunks of about 4 clips: edges between pages all along.
    expect((await listClips(1, 4)).map((c) => c.id)).toEqual(expected);
    expect((await listClips(7)).map((c) => c.id)).toEqual(expected);
    expect((await listClips()).map((c) => c.id)).toEqual(expected);
    expect(await countClips()).toBe(23);
  });

  it('gives the newest clips first without the rest, however they lie across pages', async () => {
    const expected = await spreadClips();
    for (const limit of [1, 3, 4, 6, 7, 12, 23, 40]) {
      expect((await recentClips(limit)).map((c) => c.id)).toEqual(expected.slice(0, limit));
    }
  });
});

describe('updateClip', () => {
  it('changes tags and note only, trimmed and without duplicate tags', async () => {
    const [clip] = await saveClips([clipInput()], { now: T0 });
    const updated = await updateClip(clip.id, { tags: [' 科普 ', '科普', '重点'], note: '跟进' });
    expect(updated).toEqual({ ...clip, tags: ['科普', '重点'], note: '跟进' });
    expect(await getClip(clip.id)).toEqual(updated);
    expect(await updateClip(clip.id, { note: '' })).toEqual({ ...updated, note: '' });
  });

  it('rejects invalid patches and unknown ids', async () => {
    const [clip] = await saveClips([clipInput()]);
    await expect(updateClip(clip.id, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).rejects.toThrow(/50 tags/);
    await expect(updateClip(clip.id, { tags: ['x'.repeat(101)] })).rejects.toThrow(/tags\.0/);
    await expect(updateClip(clip.id, { tags: [' '] })).rejects.toThrow(/tag must not be empty/);
    await expect(updateClip('nope', { note: 'x' })).rejects.toThrow(/No clip with id nope/);
    expect(await getClip(clip.id)).toEqual(clip);
  });
});

describe('delete, undo, clear', () => {
  it('returns the deleted clips and puts them back exactly', async () => {
    const saved = await saveClips([clipInput({ tags: ['a'] }), statInput()], { now: T0 });
    const deleted = await deleteClips([saved[0].id, 'missing']);
    expect(deleted).toEqual([saved[0]]);
    expect(await countClips()).toBe(1);
    await restoreClips(deleted);
    expect(await getClip(saved[0].id)).toEqual(saved[0]);
    expect(await countClips()).toBe(2);
  });

  it('restores the original even when the same item was clipped again meanwhile', async () => {
    const [original] = await saveClips([clipInput({ note: 'mine' })], { now: T0 });
    const deleted = await deleteClips([original.id]);
    const [again] = await saveClips([clipInput()], { now: T1 });
    expect(again.id).not.toBe(original.id);
    await restoreClips(deleted);
    expect(await listClips()).toEqual([original]);
  });

  it('deletes across pages: a page left without clips is gone, the others keep the rest', async () => {
    const a = await saveClips([clipInput({ url: 'https://www.gov.cn/a.html' }), statInput({ url: 'https://www.gov.cn/a.html' })], { now: T0 });
    const b = await saveClips([clipInput({ url: 'https://www.gov.cn/b.html' }), statInput({ url: 'https://www.gov.cn/b.html' })], { now: T1 });
    const deleted = await deleteClips([a[0].id, a[1].id, b[1].id]);
    expect(deleted.map((c) => c.id).sort()).toEqual([a[0].id, a[1].id, b[1].id].sort());
    expect(await getDb().pages.count()).toBe(1);
    expect(await clipsForUrl('https://www.gov.cn/a.html')).toEqual([]);
    expect(await clipsForUrl('https://www.gov.cn/b.html')).toEqual([b[0]]);
    expect(await countClips()).toBe(1);
    expect(await getClip(a[0].id)).toBeUndefined();
    await restoreClips(deleted);
    expect((await listClips()).map((c) => c.id).sort()).toEqual([...a, ...b].map((c) => c.id).sort());
  });

  it('clears the library', async () => {
    await saveClips([clipInput(), statInput()]);
    await clearClips();
    expect(await countClips()).toBe(0);
  });
});

describe('database handle', () => {
  it('reopens after the database was closed', async () => {
    await saveClips([clipInput()]);
    getDb().close();
    expect(await countClips()).toBe(1);
    getDb().close({ disableAutoOpen: false });
    expect(await countClips()).toBe(1);
  });

  it('lets another connection upgrade the database, then keeps working', async () => {
    await saveClips([clipInput()]);
    const db = getDb();
    expect(db.isOpen()).toBe(true);
    // A newer version of the extension opens the same database with a higher version.
    const newer = new Dexie(DB_NAME);
    newer.version(3).stores({ clips: 'id, &key, clippedAt, page.url' });
    await newer.open();
    expect(db.isOpen()).toBe(false);
    newer.close();
    expect(await countClips()).toBe(1);
  });

  it('asks once, best effort, for persistent storage', async () => {
    vi.resetModules();
    const persist = vi.fn().mockRejectedValue(new Error('not allowed here'));
    vi.stubGlobal('navigator', { storage: { persist } });
    try {
      const fresh = await import('../../lib/store/db');
      fresh.getDb();
      fresh.getDb();
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
