import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, importBackup } from '../../lib/export/backup';
import { clearClips, countClips, getClip, listClips, saveClips, updateClip } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import type { Clip } from '../../lib/types';
import { clipInput, statInput } from './store-fixtures';

const T0 = new Date('2024-09-01T08:00:00Z');
const T1 = new Date('2024-09-02T08:00:00Z');

beforeEach(async () => {
  await getDb().delete();
});

async function library(): Promise<Clip[]> {
  await saveClips([clipInput({ tags: ['科普'], note: '重点' })], { now: T0 });
  await saveClips(
    [
      statInput({ text: '約300萬元', textOriginal: '約300萬元', value: 3_000_000, unit: '元', qualifier: '約' }),
      clipInput({ kind: 'selection', marker: null, level: null, text: '“科普中国”，😀\n第二行', url: 'https://www.gov.cn/x.html' }),
    ],
    { now: T1 },
  );
  return listClips();
}

describe('exportBackup', () => {
  it('writes the format header, the clips and the settings when given', () => {
    const data = JSON.parse(exportBackup([], { settings: { defaultTarget: 'hk' }, now: T0 }));
    expect(data).toEqual({ format: BACKUP_FORMAT, version: 1, exportedAt: T0.toISOString(), clips: [], settings: { defaultTarget: 'hk' } });
    expect(JSON.parse(exportBackup([])).settings).toBeUndefined();
  });
});

describe('importBackup', () => {
  it('round trips: export → clear → import gives the same library', async () => {
    const before = await library();
    expect(before).toHaveLength(3);
    const file = exportBackup(before, { settings: { highlightsByDefault: false } });
    await clearClips();
    const result = await importBackup(file);
    expect(result).toEqual({ added: 3, merged: 0, total: 3, settings: { highlightsByDefault: false } });
    expect(await listClips()).toEqual(before);
  });

  it('merges into an existing library without duplicates', async () => {
    const before = await library();
    const [task] = before.filter((c) => c.kind === 'task');
    // The file's copy of the task is newer, has another tag and a note; ours has a note already.
    const theirs = { ...task, id: 'other-id', clippedAt: '2024-10-01T00:00:00.000Z', tags: ['科普', '工作'], note: 'theirs' };
    const fresh = { ...before[0], id: 'new-1', text: '新的一条', textOriginal: '新的一条', textSimplified: '新的一条' };
    const result = await importBackup(exportBackup([...before, theirs, fresh]));
    expect(result).toEqual({ added: 1, merged: 4, total: 4 });
    const merged = await getClip(task.id);
    expect(merged).toEqual({ ...task, clippedAt: '2024-10-01T00:00:00.000Z', tags: ['科普', '工作'] });
    expect(await getClip('other-id')).toBeUndefined();
    expect(await getClip('new-1')).toMatchObject({ text: '新的一条' });
  });

  it('takes a note from the file when the library has none, and keeps the later clippedAt', async () => {
    const [task] = await saveClips([clipInput()], { now: T1 });
    await importBackup(exportBackup([{ ...task, id: 'x', note: '来自文件', clippedAt: T0.toISOString() }]));
    expect(await getClip(task.id)).toEqual({ ...task, note: '来自文件' });
  });

  it('recomputes identity instead of trusting the file', async () => {
    const [task] = await saveClips([clipInput()], { now: T0 });
    const tampered = { ...task, id: 'y', key: 'forged', page: { ...task.page, url: `${task.page.url}?utm_source=x#frag` } };
    expect(await importBackup(exportBackup([tampered]))).toMatchObject({ added: 0, merged: 1, total: 1 });
  });

  it('reports the write as it goes, step by step, up to every record', async () => {
    const [task] = await saveClips([clipInput()], { now: T0 });
    // 12,000 clips on 3,000 pages: steps of whole pages, 5,000 clips each.
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      ...task,
      id: `id-${i}`,
      text: `第${i}项`,
      textOriginal: `第${i}项`,
      textSimplified: `第${i}项`,
      page: { ...task.page, url: `https://www.gov.cn/p${i % 3_000}.html` },
    }));
    const seen: Array<[number, number]> = [];
    const result = await importBackup(exportBackup(many), { onProgress: (written, total) => seen.push([written, total]) });
    expect(result).toMatchObject({ added: 12_000, total: 12_001 });
    expect(seen).toEqual([
      [5_000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
  });

  it('gives a new id to a new clip whose id is already taken', async () => {
    const [task] = await saveClips([clipInput()], { now: T0 });
    const other = { ...task, text: '别的', textOriginal: '别的', textSimplified: '别的' };
    expect(await importBackup(exportBackup([other]))).toMatchObject({ added: 1, total: 2 });
    expect(await getClip(task.id)).toEqual(task);
    expect((await listClips()).map((c) => c.text).sort()).toEqual(['别的', task.text].sort());
  });

  describe('refuses bad files and leaves the library unchanged', () => {
    let before: Clip[];
    let file: string;
    beforeEach(async () => {
      before = await library();
      file = exportBackup(before);
    });
    const unchanged = async () => expect(await listClips()).toEqual(before);

    it('malformed JSON', async () => {
      await expect(importBackup('{"format": gongwen}')).rejects.toThrow(/not valid JSON/);
      await unchanged();
    });

    it('truncated JSON', async () => {
      await expect(importBackup(file.slice(0, file.length - 40))).rejects.toThrow(/not valid JSON, or it is truncated/);
      await unchanged();
    });

    it('another format', async () => {
      await expect(importBackup(JSON.stringify({ clips: [] }))).rejects.toThrow(/"format" is not "gongwen-lens-backup"/);
      await expect(importBackup('[]')).rejects.toThrow(/format/);
      await unchanged();
    });

    it('a newer version', async () => {
      await expect(importBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 2, clips: [] }))).rejects.toThrow(/newer .*version 2/);
    });

    it('clips that are not a list', async () => {
      await expect(importBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, clips: {} }))).rejects.toThrow(/"clips" is not a list/);
    });

    it('one invalid record among valid ones, named by position and id', async () => {
      const fresh = (i: number) => ({ ...before[0], id: `n${i}`, text: `新${i}`, textOriginal: `新${i}`, textSimplified: `新${i}` });
      const bad = { ...fresh(1), page: { ...fresh(1).page, url: 'javascript:alert(1)' } };
      const data = JSON.parse(exportBackup([fresh(0), bad, fresh(2)]));
      await expect(importBackup(JSON.stringify(data))).rejects.toThrow(/Backup record 2 of 3 \(id n1\): .*page\.url/);
      await unchanged();
      expect(await countClips()).toBe(3);
    });

    it('a record with a 100,001-character text', async () => {
      const long = 'x'.repeat(100_001);
      const data = exportBackup([{ ...before[0], id: 'long', text: long }]);
      await expect(importBackup(data)).rejects.toThrow(/record 1 of 1 \(id long\): .*100,000/);
      await unchanged();
    });
  });

  it('keeps tags within the limit when a merge unites them', async () => {
    const tags = (from: number) => Array.from({ length: 30 }, (_, i) => `t${from + i}`);
    const [task] = await saveClips([clipInput()], { now: T0 });
    await updateClip(task.id, { tags: tags(0) });
    await importBackup(exportBackup([{ ...task, id: 'z', tags: tags(30) }]));
    expect((await getClip(task.id))?.tags).toEqual([...tags(0), ...tags(30)].slice(0, 50));
  });
});
