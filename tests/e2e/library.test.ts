// The library page in the built extension: search in both scripts, filters, export, import of a
// bad file, and clip text that looks like markup.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { launch, type Harness } from './harness';

type LibraryHook = { ready: Promise<void>; search(q: string): Promise<number> };

describe('library page', () => {
  let h: Harness;
  let library: Page;
  const dialogs: string[] = [];

  async function clipSelectionOf(path: string, selector: string): Promise<void> {
    const { page, tabId } = await h.open(path);
    await h.status(tabId);
    await page.evaluate((sel) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(sel)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, selector);
    await h.hook('act', tabId, { action: 'clipSelection' });
    await page.close();
  }

  async function openLibrary(): Promise<Page> {
    const pageOpened = h.context.waitForEvent('page', (p) => p.url().includes('/library.html'));
    await h.hook('openLibrary');
    const page = await pageOpened;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForFunction(() => 'gongwenLibrary' in window || '__gongwenLibrary' in window);
    await page.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.ready);
    return page;
  }

  const search = (q: string) =>
    library.evaluate((query) => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(query), q);

  beforeAll(async () => {
    h = await launch();
    for (const path of ['/002-hubei-notice.html', '/004-people-yunnan-tw.html', '/001-shandong-news-tw.html']) {
      const { page, tabId } = await h.open(path);
      await h.status(tabId);
      await h.hook('act', tabId, { action: 'clipItems', kind: 'task' });
      await h.hook('act', tabId, { action: 'clipItems', kind: 'statistic' });
      await page.close();
    }
    await clipSelectionOf('/hostile-text.html', '#payload');
    await clipSelectionOf('/hostile-text.html', '#formula');
    library = await openLibrary();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds clips whatever the script of the query or the clip', async () => {
    const simplified = await search('科协');
    const traditional = await search('科協');
    expect(simplified).toBeGreaterThan(0);
    expect(traditional).toBe(simplified);
    // Inside Chinese text without spaces, and across both source pages' scripts.
    expect(await search('志愿者')).toBe(await search('志願者'));
    expect(await search('志愿者')).toBeGreaterThan(0);
    expect(await search('没有这样的文字')).toBe(0);
  });

  it('filters by kind and by organisation in the page itself', async () => {
    const clips = await h.hook('listClips');
    await library.getByRole('searchbox').fill('');
    const rows = library.locator('.clip-row:not(.head)');
    await library.getByRole('button', { name: /^filters$/i }).click();
    const statistic = library.locator('.filters .kinds label').filter({ hasText: /statistic/i }).locator('input');
    await statistic.check();
    expect(clips.filter((c) => c.kind === 'statistic').length).toBeGreaterThan(0);
    await expect.poll(() => rows.locator('.kind-statistic').count()).toBeGreaterThan(0);
    expect(await rows.locator('.kind-task, .kind-selection').count()).toBe(0);
    await statistic.uncheck();

    await library.locator('label.facet').first().locator('select').selectOption('湖北省科学技术协会');
    const expected = clips.filter((c) => c.page.org === '湖北省科学技术协会').length;
    await expect.poll(() => library.locator('.toolbar, body').first().innerText()).toContain(`${expected} of ${clips.length}`);
    const orgs = await rows.locator('.c-org').allInnerTexts();
    expect(orgs.length).toBeGreaterThan(0);
    expect(new Set(orgs)).toEqual(new Set(['湖北省科学技术协会']));
    await library.getByRole('button', { name: /clear filters/i }).click();
  });

  it('shows clip text that looks like markup as text, and never runs it', async () => {
    await library.getByRole('searchbox').fill('onerror');
    await expect.poll(() => library.locator('.clip-row:not(.head)').count()).toBe(1);
    const row = library.locator('.clip-row:not(.head)').first();
    expect(await row.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await library.locator('.clip-grid img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await library.getByRole('searchbox').fill('');
  });

  it('exports CSV with a BOM, the contract columns, and neutralised formulas', async () => {
    const csv = await h.hook('exportCsv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    const clips = await h.hook('listClips');
    expect(parsed.data.length - 1).toBe(clips.length);
    const text = parsed.data[0].indexOf('text');
    const formula = parsed.data.find((row) => row[text].includes('HYPERLINK'))!;
    expect(formula[text].startsWith("'=")).toBe(true);

    // The same export through the page's own button.
    await library.getByRole('tab', { name: /transfer|导入|導入|import/i }).click();
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: /CSV/ }).first().click();
    const file = await (await download).path();
    const fromPage = readFileSync(file!, 'utf8');
    expect(fromPage.charCodeAt(0)).toBe(0xfeff);
    expect(fromPage.split('\r\n').filter(Boolean).length).toBe(parsed.data.length);
  });

  it('importing a bad file changes nothing and says why', async () => {
    const before = (await h.hook('listClips')).map((c) => c.id).sort();
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-import-'));
    const truncated = join(dir, 'backup.json');
    writeFileSync(truncated, '{"format":"gongwen-lens-backup","version":1,"clips":[{"id":"x"');
    await library.getByRole('tab', { name: /transfer|导入|導入|import/i }).click();
    await library.locator('input[type="file"]').first().setInputFiles(truncated);
    await expect.poll(() => library.locator('[role="alert"]').allInnerTexts().then((t) => t.join(' '))).toMatch(/\S/);
    const after = (await h.hook('listClips')).map((c) => c.id).sort();
    expect(after).toEqual(before);
  });
});
