import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, DETECTED_COLUMNS, clipToRow, csvChunks, plainNumber, toCsv, type CsvRow } from '../../lib/export/csv';
import type { Clip } from '../../lib/types';
import { clipInput } from './store-fixtures';

const HEADER = CSV_COLUMNS.join(',');

function clip(overrides: Partial<Clip> = {}): Clip {
  return {
    ...clipInput(),
    id: 'c1',
    key: 'k',
    textSimplified: '（一）加强科普基础设施建设。',
    clippedAt: '2024-09-01T08:00:00.000Z',
    createdAt: '2024-09-01T08:00:00.000Z',
    ...overrides,
  };
}

const emptyRow = (): CsvRow => Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
const row = (cells: Partial<CsvRow>): CsvRow => ({ ...emptyRow(), ...cells });
/** The data line of a one-row CSV, without its CRLF. */
const dataLine = (cells: Partial<CsvRow>) => toCsv([row(cells)]).slice(`\uFEFF${HEADER}\r\n`.length, -2);

describe('CSV_COLUMNS', () => {
  it('is the contract header, in order, then the detected values of corrected fields', () => {
    expect(HEADER).toBe(
      'id,kind,text,text_simplified,marker,level,value,value_max,unit,qualifier,context,page_title,page_url,org,date,doc_number,source,page_kind,script,tags,note,clipped_at' +
        ',detected_value,detected_unit,detected_qualifier,detected_date,detected_org,detected_doc_number,corrected_fields',
    );
  });
});

describe('toCsv', () => {
  it('starts with a BOM and the header, and ends every record with CRLF', () => {
    const csv = toCsv([row({ id: 'a' }), row({ id: 'b' })]);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it.each([
    ['plain', '加强科普', '加强科普'],
    ['comma', '一、二,三', '"一、二,三"'],
    ['double quote', '他说"好"', '"他说""好"""'],
    ['CJK quotes need no quoting', '“科普”，「中国」', '“科普”，「中国」'],
    ['line break inside', '第一行\r\n第二行\n第三行', '"第一行\r\n第二行\n第三行"'],
    ['empty string', '', ''],
  ])('quotes per RFC 4180: %s', (_name, text, cell) => {
    expect(dataLine({ text, id: 'x' })).toBe(`x,,${cell}${','.repeat(CSV_COLUMNS.length - 3)}`);
  });

  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+86 10 1234', "'+86 10 1234"],
    ['-', '-5%', "'-5%"],
    ['@', '@SUM(1)', "'@SUM(1)"],
    ['tab', '\t=1', "'\t=1"],
    ['CR', '\r=1', `"'\r=1"`],
    ['LF', '\n=1', `"'\n=1"`],
    ['space before =', ' =1+1', "' =1+1"],
    ['ideographic space before -', '\u3000-1', "'\u3000-1"],
    ['= with a comma', '=A1,B1', `"'=A1,B1"`],
    ['= in the middle is harmless', '1=1', '1=1'],
    ['full-width ＝ is not a formula', '＝1', '＝1'],
  ])('guards a text cell starting a formula: %s', (_name, text, cell) => {
    // note is followed by clipped_at, the six detected_* columns and corrected_fields, all empty here.
    expect(dataLine({ note: text }).split(',').slice(20).join(',')).toBe(`${cell},${','.repeat(DETECTED_COLUMNS.length + 1)}`);
  });

  it('guards every text column, not only text', () => {
    const line = dataLine({ tags: '-a;b', org: '@org', page_title: '+t' });
    expect(line).toContain(",'-a;b,");
    expect(line).toContain(",'@org,");
    expect(line).toContain(",'+t,");
  });

  it('writes numbers plainly, unquoted and unguarded', () => {
    expect(dataLine({ level: 2, value: -12.5, value_max: 0.0000005 })).toBe(
      `,,,,,2,-12.5,0.0000005,${','.repeat(CSV_COLUMNS.length - 9)}`,
    );
  });
});

describe('plainNumber', () => {
  it.each([
    [200, '200'],
    [0.3, '0.3'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [-1.25e-7, '-0.000000125'],
    [1.5e21, '1500000000000000000000'],
    [1.2345e22, '12345000000000000000000'],
    [123456789.123, '123456789.123'],
  ])('%d → %s', (n, text) => {
    expect(plainNumber(n)).toBe(text);
    expect(Number(text)).toBe(n === 0 ? 0 : n);
  });

  it('refuses non-finite numbers', () => {
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('csvChunks', () => {
  it('splits the same text into progress steps', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row({ id: `r${i}`, text: `第${i}条` }));
    const chunks = [...csvChunks(rows, 2)];
    expect(chunks.map((c) => [c.rowsDone, c.rowsTotal])).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(chunks.map((c) => c.text).join('')).toBe(toCsv(rows));
  });

  it('yields the header once for an empty library', () => {
    expect([...csvChunks([], 10)]).toEqual([{ text: `\uFEFF${HEADER}\r\n`, rowsDone: 0, rowsTotal: 0 }]);
  });
});

describe('clipToRow', () => {
  it('maps every column', () => {
    const c = clip({ tags: ['科普', '重点'], note: '跟进', value: 3, valueMax: 5, unit: '项' });
    expect(clipToRow(c)).toEqual({
      id: 'c1',
      kind: 'task',
      text: c.text,
      text_simplified: c.textSimplified,
      marker: '（一）',
      level: 2,
      value: 3,
      value_max: 5,
      unit: '项',
      qualifier: null,
      context: c.context,
      page_title: c.page.title,
      page_url: c.page.url,
      org: '中国科协',
      date: '2024-08-01',
      doc_number: '科协发普字〔2024〕12号',
      source: '中国科协办公厅',
      page_kind: 'notice',
      script: 'simplified',
      tags: '科普;重点',
      note: '跟进',
      clipped_at: '2024-09-01T08:00:00.000Z',
      detected_value: null,
      detected_unit: null,
      detected_qualifier: null,
      detected_date: null,
      detected_org: null,
      detected_doc_number: null,
      corrected_fields: null,
    });
  });

  it('converts the page words for a Traditional export, but not marker, unit, tags or note', () => {
    const c = clip({ tags: ['科协'], note: '科协', unit: '项', qualifier: '约' });
    const r = clipToRow(c, 'traditional', (s) => `T(${s})`);
    expect(r.text).toBe(`T(${c.text})`);
    expect(r.context).toBe(`T(${c.context})`);
    expect(r.page_title).toBe(`T(${c.page.title})`);
    expect([r.org, r.source, r.doc_number, r.qualifier]).toEqual(['T(中国科协)', 'T(中国科协办公厅)', `T(${c.page.docNumber})`, 'T(约)']);
    expect([r.marker, r.unit, r.tags, r.note, r.text_simplified]).toEqual(['（一）', '项', '科协', '科协', c.textSimplified]);
  });

  it('writes the stored Simplified text for a Simplified export', () => {
    const c = clip({ text: '加強科普', textSimplified: '加强科普', context: '加強科普', page: { ...clip().page, title: '通知' } });
    const r = clipToRow(c, 'simplified');
    expect(r.text).toBe('加强科普');
    expect(r.context).toBe('加强科普');
  });

  it('needs a converter for a Traditional export', () => {
    expect(() => clipToRow(clip(), 'traditional')).toThrow(/converter/);
  });
});

describe('round trip through papaparse', () => {
  it('gives back every cell, with the guard apostrophe on formula-like text', () => {
    const tricky = ['中文，含逗号,和"引号"', '繁體與简体 😀', '多行\r\n第二行\n第三行', '=1+1', '-3', '\t缩进', ''];
    const rows = tricky.map((text, i) => row({ id: `r${i}`, text, value: i - 3.5, level: i }));
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    const texts = parsed.data.slice(1).map((r) => r[2]);
    expect(texts).toEqual(tricky.map((t, i) => (i >= 3 && i <= 5 ? `'${t}` : t)));
    expect(parsed.data.slice(1).map((r) => Number(r[6]))).toEqual(rows.map((r) => r.value));
  });
});
