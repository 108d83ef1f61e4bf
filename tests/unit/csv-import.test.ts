import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, clipToRow, toCsv, type CsvRow } from '../../lib/export/csv';
import { importCsv, readCsvClips } from '../../lib/export/csv-import';
import { clearClips, getClip, listClips, saveClips } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import type { Clip } from '../../lib/types';
import { clipInput, statInput } from './store-fixtures';

const T0 = new Date('2024-09-01T08:00:00Z');

beforeEach(async () => {
  await getDb().delete();
});

/** Four clips saved a minute apart, so that listClips (newest first) gives them in a known order. */
async function library(): Promise<Clip[]> {
  const inputs = [
    clipInput({
      kind: 'selection',
      marker: null,
      level: null,
      text: '全國科普日 😀，“重點”',
      textOriginal: '全國科普日 😀，“重點”',
      url: 'https://www.gov.cn/x.html?id=7',
      page: { ...clipInput().page, url: 'https://www.gov.cn/x.html?id=7', title: null, org: null, date: null, docNumber: null, source: null, script: 'traditional', kind: 'news' },
    }),
    statInput({ text: '200至300人', textOriginal: '200至300人', value: 200, valueMax: 300, qualifier: null }),
    statInput({ value: 0.3, unit: '%', qualifier: null, text: '三成', textOriginal: '三成' }),
    clipInput({ tags: ['科普', '重点'], note: '备注, 含"引号"\n第二行' }),
  ];
  for (const [i, input] of inputs.entries()) {
    await saveClips([input], { now: new Date(T0.getTime() + i * 60_000) });
  }
  return listClips();
}

/** What survives a CSV: no anchor context, the text stands for the original. */
const viaCsv = (c: Clip): Clip => ({
  ...c,
  textOriginal: c.text,
  anchor: { exact: c.text, prefix: '', suffix: '', fragmentUrl: '' },
});

const exportCsv = (clips: Clip[]) => toCsv(clips.map((c) => clipToRow(c)));

describe('importCsv', () => {
  it('round trips the library through its own CSV', async () => {
    const before = await library();
    const csv = exportCsv(before);
    await clearClips();
    expect(await importCsv(csv)).toEqual({ added: 4, merged: 0, total: 4 });
    expect(await listClips()).toEqual(before.map(viaCsv));
  });

  it('merges a re-import into the existing clips', async () => {
    const before = await library();
    expect(await importCsv(exportCsv(before))).toEqual({ added: 0, merged: 4, total: 4 });
    expect(await listClips()).toEqual(before);
  });

  it('merges a Traditional export with the clips it came from', async () => {
    const before = await library();
    const rows = before.map((c) => clipToRow(c, 'traditional', (s) => s.replace(/科普/g, '科學普及')));
    expect(await importCsv(toCsv(rows))).toMatchObject({ added: 0, merged: 4 });
  });

  it('takes text as the file has it, guard apostrophe included', async () => {
    const [clip] = await saveClips([clipInput({ kind: 'selection', marker: null, text: '=1+1', textOriginal: '=1+1' })]);
    const csv = exportCsv([clip]);
    await clearClips();
    await importCsv(csv);
    expect((await getClip(clip.id))?.text).toBe("'=1+1");
  });

  it('fills what analyze --csv leaves empty: id, clipped_at, text_simplified', () => {
    const row: CsvRow = { ...clipToRow(fakeClip()), id: '', clipped_at: '', text_simplified: '', tags: '', note: '' };
    const [clip] = readCsvClips(toCsv([row]), { now: T0, toSimplified: (s) => `S:${s}` });
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(clip.clippedAt).toBe(T0.toISOString());
    expect(clip.textSimplified).toBe(`S:${row.text}`);
    expect(clip.tags).toEqual([]);
  });

  describe('refuses bad files and leaves the library unchanged', () => {
    let before: Clip[];
    let csv: string;
    beforeEach(async () => {
      before = await library();
      csv = exportCsv([...before.slice(0, 2), { ...before[2], id: 'n', text: '新的', textSimplified: '新的' }, before[3]]);
    });
    const unchanged = async () => expect(await listClips()).toEqual(before);
    const lines = () => csv.split('\r\n');

    it('a foreign header', async () => {
      await expect(importCsv('\uFEFFa,b,c\r\n1,2,3\r\n')).rejects.toThrow(/first row must be the header id,kind,text/);
      await expect(importCsv(csv.replace('page_url', 'url'))).rejects.toThrow(/header/);
      await unchanged();
    });

    it('a truncated file (cut inside a quoted cell)', async () => {
      const cut = csv.slice(0, csv.indexOf('备注') + 2);
      await expect(importCsv(cut)).rejects.toThrow(/damaged at row 2/);
      await unchanged();
    });

    it('a truncated file (cut between fields)', async () => {
      const cut = csv.slice(0, csv.lastIndexOf('https://'));
      await expect(importCsv(cut)).rejects.toThrow(/CSV row 5 has 13 fields, 29 expected/);
      await unchanged();
    });

    it('one invalid row among valid ones, named by spreadsheet row', async () => {
      const broken = lines()
        .map((l) => (l.includes('新的') ? l.replace(',statistic,', ',number,') : l))
        .join('\r\n');
      await expect(importCsv(broken)).rejects.toThrow(/CSV row 4: Invalid clip record: kind/);
      await unchanged();
    });

    it('a non-numeric value', async () => {
      const broken = lines()
        .map((l) => (l.includes('新的') ? l.replace(',200,300,', ',200,lots,') : l))
        .join('\r\n');
      await expect(importCsv(broken)).rejects.toThrow(/CSV row 4: .*valueMax: .*"lots"/);
      await unchanged();
    });
  });
});

function fakeClip(): Clip {
  const input = statInput();
  return { ...input, id: 'f', key: '', textSimplified: input.text, clippedAt: T0.toISOString(), createdAt: T0.toISOString() };
}

it('the header checked on import is the exported one', () => {
  expect(toCsv([]).slice(1, -2).split(',')).toEqual([...CSV_COLUMNS]);
});
