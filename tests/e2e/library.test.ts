// The library page in the built extension: search in both scripts, filters, export, import of a
// bad file, and clip text that looks like markup.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumDriver, chromiumTab, launch, type Harness } from './harness';
import { exportsCsvForExcel, searchFindsBothScripts, seedLibrary } from './scenarios/library';

type LibraryHook = { ready: Promise<void> };

describe('library page', () => {
  let h: Harness;
  let library: Page;
  let libraryTabId: number;
  const dialogs: string[] = [];

  async function openLibrary(): Promise<Page> {
    const pageOpened = h.context.waitForEvent('page', (p) => p.url().includes('/library.html'));
    libraryTabId = await h.hook('openLibrary');
    const page = await pageOpened;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForFunction(() => 'gongwenLibrary' in window || '__gongwenLibrary' in window);
    await page.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.ready);
    return page;
  }

  beforeAll(async () => {
    h = await launch();
    await seedLibrary(chromiumDriver(h));
    library = await openLibrary();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds clips whatever the script of the query or the clip', () => searchFindsBothScripts(chromiumTab({ page: library, tabId: libraryTabId })));

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
    const rows = await exportsCsvForExcel(chromiumDriver(h));

    // The same export through the page's own button.
    await library.getByRole('tab', { name: /transfer|导入|導入|import/i }).click();
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: /CSV/ }).first().click();
    const file = await (await download).path();
    const fromPage = readFileSync(file!, 'utf8');
    expect(fromPage.charCodeAt(0)).toBe(0xfeff);
    expect(fromPage.split('\r\n').filter(Boolean).length).toBe(rows.length);
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
