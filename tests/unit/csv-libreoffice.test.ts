// The exported CSV opened by a real spreadsheet: LibreOffice Calc imports it as UTF-8 and writes it
// back; every Chinese character (both scripts, emoji, quotes, line breaks in cells) must survive,
// and formula-like text must stay text. Requires soffice (apt: libreoffice-calc-nogui); set
// GONGWEN_SKIP_LIBREOFFICE=1 to skip on a machine without it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, clipToRow, toCsv, type CsvColumn } from '../../lib/export/csv';
import type { Clip } from '../../lib/types';
import { clipInput, statInput } from './store-fixtures';

const skip = process.env.GONGWEN_SKIP_LIBREOFFICE === '1';

function findSoffice(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(
    'LibreOffice (soffice) is not installed: install libreoffice-calc-nogui, or set GONGWEN_SKIP_LIBREOFFICE=1 to skip this test',
  );
}

function clip(input: ReturnType<typeof clipInput>, id: string): Clip {
  return { ...input, id, key: '', textSimplified: input.text, clippedAt: '2024-09-01T08:00:00.000Z', createdAt: '2024-09-01T08:00:00.000Z' };
}

const TEXT_COLUMNS: CsvColumn[] = [
  'text', 'text_simplified', 'marker', 'unit', 'qualifier', 'context', 'page_title', 'org', 'doc_number', 'source', 'tags', 'note',
];

const clips: Clip[] = [
  clip(clipInput({ tags: ['科普', '重點'], note: '他说："要抓紧"，\r\n第二行；第三行\n完' }), 'a'),
  clip(clipInput({ text: '（二）推進「科技志願服務」體系建設，擴大覆蓋面。', marker: '（二）', context: '繁體：體系、擴大、覆蓋' }), 'b'),
  clip(statInput({ text: '約300萬元', value: 3_000_000, unit: '元', qualifier: '約' }), 'c'),
  clip(statInput({ text: '三成', value: 0.3, unit: '%', qualifier: null, note: '😀🇨🇳 emoji, 𠀀 (Ext. B)' }), 'd'),
  clip(statInput({ text: '200至300人', value: 200, valueMax: 0.0000005 }), 'e'),
  clip(clipInput({ kind: 'selection', marker: null, level: null, text: '=1+1', note: '-2+3', tags: ['@SUM(1)'] }), 'f'),
  clip(clipInput({ kind: 'selection', marker: null, level: null, text: '"引号开头", 逗号' }), 'g'),
];

describe('LibreOffice Calc opens the CSV', () => {
  it.skipIf(skip)('keeps every Chinese character and leaves formula-like text as text', async () => {
    const soffice = findSoffice();
    const dir = await mkdtemp(join(tmpdir(), 'gongwen-csv-'));
    try {
      const written = toCsv(clips.map((c) => clipToRow(c)));
      await writeFile(join(dir, 'library.csv'), written, 'utf8');
      await promisify(execFile)(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--infilter=CSV:44,34,76,1',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          join(dir, 'out'),
          join(dir, 'library.csv'),
        ],
        { timeout: 90_000 },
      );
      const back = await readFile(join(dir, 'out', 'library.csv'), 'utf8');
      const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const [header, ...rows] = parse(back);
      const [, ...sent] = parse(written);
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(clips.length);
      const col = (name: CsvColumn) => CSV_COLUMNS.indexOf(name);
      for (const [i, row] of rows.entries()) {
        // Calc stores a line break in a cell as LF, whatever the file used.
        for (const name of TEXT_COLUMNS) {
          expect(row[col(name)], `${clips[i].id}.${name}`).toBe(sent[i][col(name)].replace(/\r\n?/g, '\n'));
        }
        for (const name of ['level', 'value', 'value_max'] as const) {
          expect(row[col(name)] === '' ? null : Number(row[col(name)]), `${clips[i].id}.${name}`).toBe(
            clipToRow(clips[i])[name],
          );
        }
      }
      const formula = rows[clips.findIndex((c) => c.id === 'f')];
      expect([formula[col('text')], formula[col('note')], formula[col('tags')]]).toEqual(["'=1+1", "'-2+3", "'@SUM(1)"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
