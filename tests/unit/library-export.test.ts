import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getConverter, toSimplified } from '../../lib/convert/engine';
import { CSV_COLUMNS, toCsv, clipToRow } from '../../lib/export/csv';
import { buildCsv, exportFileName } from '../../lib/library/export';
import { formatTags, parseTags } from '../../lib/library/tags';
import { safeHref } from '../../lib/library/links';
import { makeClip } from './library-fixtures';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('library CSV export', () => {
  const clips = Array.from({ length: 5 }, (_, i) =>
    makeClip({ text: `加強學會建設${i}`, textSimplified: `加强学会建设${i}`, context: '中國科協' }),
  );

  it('builds the same CSV as one-shot serialisation, in chunks, reporting progress', async () => {
    const progress: number[] = [];
    let pauses = 0;
    const csv = await buildCsv(clips, {
      script: 'asClipped',
      chunkSize: 2,
      onProgress: (f) => progress.push(f),
      pause: async () => {
        pauses++;
      },
    });
    expect(csv).toBe(toCsv(clips.map((c) => clipToRow(c))));
    expect(pauses).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(parse(csv)[0]).toEqual([...CSV_COLUMNS]);
  });

  it('writes text columns in the chosen script', async () => {
    const col = CSV_COLUMNS.indexOf('context');
    const simplified = parse(await buildCsv(clips, { script: 'simplified', pause: async () => {} }));
    expect(simplified[1][col]).toBe(toSimplified('中國科協'));
    const traditional = parse(
      await buildCsv([makeClip({ context: '中国科协' })], { script: 'traditional', convert: getConverter('tw'), pause: async () => {} }),
    );
    expect(traditional[1][col]).toBe('中國科協');
  });

  it('names files gongwen-lens-YYYYMMDD by local date', () => {
    expect(exportFileName(new Date(2024, 0, 5, 23, 59), 'csv')).toBe('gongwen-lens-20240105.csv');
    expect(exportFileName(new Date(2025, 11, 31), 'json')).toBe('gongwen-lens-20251231.json');
  });
});

describe('library field helpers', () => {
  it('parses tags typed with ASCII or Chinese separators', () => {
    expect(parseTags(' 科普，人才; 科普、 two  words ')).toEqual(['科普', '人才', 'two', 'words']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(formatTags(['a', '乙']))).toEqual(['a', '乙']);
  });

  it('only links to http(s) sources', () => {
    const url = 'https://www.cast.org.cn/a.html#:~:text=%E7%A7%91%E5%8D%8F';
    expect(safeHref(url)).toBe(url);
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});
