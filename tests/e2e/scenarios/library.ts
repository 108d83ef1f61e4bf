// The library: clips from several pages found in either script, and exported as CSV for Excel.
import Papa from 'papaparse';
import { expect } from 'vitest';
import { CSV_COLUMNS } from '../../../lib/export/csv';
import type { Driver, DriverTab } from './driver';

async function clipSelectionOf(d: Driver, path: string, selector: string): Promise<void> {
  const tab = await d.open(path);
  await d.status(tab.tabId);
  await tab.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
  await d.hook('act', tab.tabId, { action: 'clipSelection' });
  await tab.close();
}

/** Clips every task and statistic of three seed pages, and two hostile selections. */
export async function seedLibrary(d: Driver): Promise<void> {
  for (const path of ['/002-hubei-notice.html', '/004-people-yunnan-tw.html', '/001-shandong-news-tw.html']) {
    const tab = await d.open(path);
    await d.status(tab.tabId);
    await d.hook('act', tab.tabId, { action: 'clipItems', kind: 'task' });
    await d.hook('act', tab.tabId, { action: 'clipItems', kind: 'statistic' });
    await tab.close();
  }
  await clipSelectionOf(d, '/hostile-text.html', '#payload');
  await clipSelectionOf(d, '/hostile-text.html', '#formula');
}

type LibraryHook = { search(q: string): Promise<number> };

/** Expects the library from `seedLibrary`, open in `library`. */
export async function searchFindsBothScripts(library: DriverTab): Promise<void> {
  const search = (q: string) =>
    library.evaluate((query) => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(query), q);
  const simplified = await search('科协');
  expect(simplified).toBeGreaterThan(0);
  expect(await search('科協')).toBe(simplified);
  // Inside Chinese text without spaces, and across both source pages' scripts.
  expect(await search('志愿者')).toBe(await search('志願者'));
  expect(await search('志愿者')).toBeGreaterThan(0);
  expect(await search('没有这样的文字')).toBe(0);
}

/** Expects the library from `seedLibrary`; returns the parsed rows (header first). */
export async function exportsCsvForExcel(d: Driver): Promise<string[][]> {
  const csv = await d.hook('exportCsv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\n');
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
  const clips = await d.hook('listClips');
  expect(parsed.data.length - 1).toBe(clips.length);
  const text = parsed.data[0].indexOf('text');
  const formula = parsed.data.find((row) => row[text].includes('HYPERLINK'))!;
  expect(formula[text].startsWith("'=")).toBe(true);
  return parsed.data;
}
