// Corrections of what the analyzer detected: stored beside the detected values, exported in the
// contract's columns with the detected values appended, and read back from CSV with or without
// the extra columns.
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../lib/export/backup';
import { CONTRACT_COLUMNS, CSV_COLUMNS, clipToRow, toCsv } from '../../lib/export/csv';
import { readCsvClips } from '../../lib/export/csv-import';
import { correctedValues, correctionsFromDraft, detectedValues, fieldValue, valueMaxOf } from '../../lib/library/corrections';
import { applyFilters, collectFacets, NO_FILTERS, type LibraryFilters } from '../../lib/library/filters';
import { statRows } from '../../lib/library/overview';
import { sortIndices } from '../../lib/library/sort';
import { clearClips, getClip, importClips, saveClips, updateClip } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import type { Clip } from '../../lib/types';
import { makeClip } from './library-fixtures';
import { statInput } from './store-fixtures';

const T0 = new Date('2024-09-01T08:00:00Z');

beforeEach(async () => {
  await getDb().delete();
});

async function statClip(): Promise<Clip> {
  const [clip] = await saveClips([statInput()], { now: T0 });
  return clip;
}

/** The data rows of a CSV as records by header name. */
function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

describe('updateClip with corrections', () => {
  it('stores corrections beside the detected values and replaces them as a whole', async () => {
    const clip = await statClip();
    const updated = await updateClip(clip.id, { corrected: { value: 250, org: ' 湖北省科协 ' } });
    expect(updated.corrected).toEqual({ value: 250, org: '湖北省科协' });
    expect(detectedValues(updated)).toEqual(detectedValues(clip));
    expect(correctedValues(updated)).toMatchObject({ value: 250, org: '湖北省科协', unit: '人', date: '2024-08-01' });

    await updateClip(clip.id, { note: '核对过' });
    expect((await getClip(clip.id))?.corrected).toEqual({ value: 250, org: '湖北省科协' });
    await updateClip(clip.id, { corrected: { date: '2024-08-02' } });
    expect((await getClip(clip.id))?.corrected).toEqual({ date: '2024-08-02' });
    await updateClip(clip.id, { corrected: {} });
    expect(await getClip(clip.id)).not.toHaveProperty('corrected');
  });

  it.each([
    [{ date: '2024-13-01' }],
    [{ value: Number.NaN }],
    [{ unit: 'x'.repeat(101) }],
    [{ org: '   ' }],
  ])('refuses the invalid correction %j and leaves the clip unchanged', async (corrected) => {
    const clip = await statClip();
    await expect(updateClip(clip.id, { corrected })).rejects.toThrow(/Invalid clip change/);
    expect(await getClip(clip.id)).toEqual(clip);
  });

  it('keeps corrections through a backup and a merge', async () => {
    const clip = await updateClip((await statClip()).id, { corrected: { unit: '人次' } });
    const backup = exportBackup([clip]);
    await clearClips();
    await importBackup(backup);
    expect((await getClip(clip.id))?.corrected).toEqual({ unit: '人次' });
    // The same item from another file without corrections keeps the library's correction.
    const { corrected: _none, ...plain } = clip;
    await importClips([{ ...plain, id: 'other' }]);
    expect((await getClip(clip.id))?.corrected).toEqual({ unit: '人次' });
  });
});

describe('correctionsFromDraft', () => {
  it('takes filled fields that differ from the detected value, and numbers with separators', async () => {
    const clip = await statClip();
    const draft = { date: '2024-08-01', org: '', docNumber: '鄂科协发〔2024〕3号', value: '1,250', unit: '人', qualifier: ' 约 ' };
    expect(correctionsFromDraft(clip, draft)).toEqual({ docNumber: '鄂科协发〔2024〕3号', value: 1250, qualifier: '约' });
    expect(() => correctionsFromDraft(clip, { ...draft, value: '二百' })).toThrow(/Not a number/);
  });
});

describe('CSV with corrections', () => {
  it('writes the corrected value in the contract column and the detected one at the end', async () => {
    const plain = await statClip();
    const [other] = await saveClips([statInput({ text: '3万人次', textOriginal: '3万人次', value: 30_000, unit: '人次', qualifier: null })]);
    const clip = await updateClip(plain.id, { corrected: { value: 250, org: '湖北省科协' } });
    const csv = toCsv([clip, other].map((c) => clipToRow(c)));
    const [header] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header.slice(0, CONTRACT_COLUMNS.length)).toEqual([...CONTRACT_COLUMNS]);
    const [row, otherRow] = parse(csv);
    expect(row).toMatchObject({ value: '250', org: '湖北省科协', unit: '人', qualifier: '近', detected_value: '200', detected_org: '中国科协' });
    expect([row.detected_unit, row.detected_qualifier, row.detected_date, row.detected_doc_number]).toEqual(['', '', '', '']);
    expect(otherRow).toMatchObject({ value: '30000', detected_value: '', detected_org: '' });
  });

  it('converts corrected and detected page words alike in a Traditional export', async () => {
    const clip = await updateClip((await statClip()).id, { corrected: { org: '湖北省科协' } });
    const row = clipToRow(clip, 'traditional', (s) => `T(${s})`);
    expect([row.org, row.detected_org]).toEqual(['T(湖北省科协)', 'T(中国科协)']);
  });

  it('reads corrections back from its own export', async () => {
    const clip = await updateClip((await statClip()).id, {
      corrected: { value: 250, unit: '人次', qualifier: '约', date: '2024-08-02', org: '湖北省科协', docNumber: '鄂科协〔2024〕1号' },
    });
    const [back] = readCsvClips(toCsv([clipToRow(clip)]));
    expect(back.corrected).toEqual(clip.corrected);
    expect(detectedValues(back)).toEqual(detectedValues(clip));
  });

  it('keeps a correction of a field the analyzer left empty through CSV (corrected_fields names it)', async () => {
    const input = statInput();
    const [plain] = await saveClips([{ ...input, page: { ...input.page, docNumber: null } }], { now: T0 });
    expect(plain.page.docNumber).toBeNull();
    const clip = await updateClip(plain.id, { corrected: { docNumber: '鄂科协〔2024〕1号', value: 250 } });
    const [row] = parse(toCsv([clipToRow(clip)]));
    expect(row).toMatchObject({ doc_number: '鄂科协〔2024〕1号', detected_doc_number: '', corrected_fields: 'doc_number;value' });
    const [back] = readCsvClips(toCsv([clipToRow(clip)]));
    expect(back.corrected).toEqual(clip.corrected);
    expect(detectedValues(back)).toEqual(detectedValues(clip));
    // An export made before corrected_fields existed still reads, as it always did.
    const older = toCsv([clipToRow(clip)]).replace(',corrected_fields\r\n', '\r\n').replace(/,doc_number;value\r\n$/, '\r\n');
    const [old] = readCsvClips(older);
    expect(old.corrected).toEqual({ value: 250 });
    expect(old.page.docNumber).toBe('鄂科协〔2024〕1号');
  });

  it('reads a file without the detected columns (older exports) as uncorrected', async () => {
    const clip = await updateClip((await statClip()).id, { corrected: { value: 250 } });
    const full = toCsv([clipToRow(clip)]);
    const [header, line] = full.slice(1).split('\r\n');
    const cut = (text: string) => Papa.unparse([Papa.parse<string[]>(text).data[0].slice(0, CONTRACT_COLUMNS.length)]);
    expect(header.split(',')).toEqual([...CSV_COLUMNS]);
    const [back] = readCsvClips(`\uFEFF${cut(header)}\r\n${cut(line)}\r\n`);
    expect(back).not.toHaveProperty('corrected');
    expect(back.value).toBe(250);
  });

  it('refuses a header with only some of the detected columns', () => {
    const header = [...CONTRACT_COLUMNS, 'detected_value'].join(',');
    expect(() => readCsvClips(`${header}\r\n`)).toThrow(/Not a Gongwen Lens library CSV/);
  });
});

describe('corrected values are the values the library works with', () => {
  // Detected: 中国科协, 2024-04-30, 100–200 万元. Corrected: 湖北省科协, 2023-12-31, 150.
  const corrected = makeClip({
    kind: 'statistic',
    value: 100,
    valueMax: 200,
    unit: '万元',
    corrected: { org: '湖北省科协', date: '2023-12-31', value: 150 },
  });
  const plain = makeClip({ kind: 'statistic', value: 120, unit: '万元', page: { org: '中国科协', date: '2024-04-30' } });
  const clips = [corrected, plain];

  it('reads one field as corrected, else as detected', () => {
    expect(fieldValue(corrected, 'org')).toBe('湖北省科协');
    expect(fieldValue(corrected, 'unit')).toBe('万元');
    expect(fieldValue(plain, 'value')).toBe(120);
    expect(valueMaxOf(corrected)).toBeNull();
    expect(valueMaxOf(makeClip({ value: 1, valueMax: 2 }))).toBe(2);
  });

  it('in the statistics table', () => {
    const [row] = statRows(clips, [0]);
    expect(row).toMatchObject({ value: 150, valueMax: null, unit: '万元', org: '湖北省科协', date: '2023-12-31' });
  });

  it('in filters, facets and sorting', () => {
    const only = (patch: Partial<LibraryFilters>) => applyFilters(clips, null, { ...NO_FILTERS, ...patch });
    expect(only({ orgs: ['湖北省科协'] })).toEqual([0]);
    expect(only({ orgs: ['中国科协'] })).toEqual([1]);
    expect(only({ from: '2024-01-01' })).toEqual([1]);
    expect(collectFacets(clips).orgs.map((o) => o.value).sort()).toEqual(['中国科协', '湖北省科协']);
    expect(sortIndices(clips, [0, 1], { key: 'value', dir: 'desc' })).toEqual([0, 1]);
    expect(sortIndices(clips, [0, 1], { key: 'date', dir: 'asc' })).toEqual([0, 1]);
  });
});
