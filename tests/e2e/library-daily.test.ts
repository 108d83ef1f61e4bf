// What daily use of the library needs beyond the first cut, in the built extension: correcting a
// detected value (and finding the correction in the CSV), backup and restore of clips together
// with the settings, and tag colours.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

type LibraryHook = { ready: Promise<void>; search(q: string): Promise<number> };

/** Open pages re-read their clips a quiet second after library writes (lib/content/reader.ts). */
const RELOADED = 5_000;

describe('library: daily use', () => {
  let h: Harness;
  let library: Page;

  async function openLibrary(): Promise<Page> {
    const pageOpened = h.context.waitForEvent('page', (p) => p.url().includes('/library.html'));
    await h.hook('openLibrary');
    const page = await pageOpened;
    await page.waitForFunction(() => '__gongwenLibrary' in window);
    await page.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.ready);
    return page;
  }

  async function download(page: Page, button: RegExp): Promise<string> {
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).first().click();
    return readFileSync((await (await event).path())!, 'utf8');
  }

  beforeAll(async () => {
    h = await launch();
    for (const path of ['/002-hubei-notice.html', '/004-people-yunnan-tw.html']) {
      const { page, tabId } = await h.open(path);
      await h.status(tabId);
      await h.hook('act', tabId, { action: 'clipItems', kind: 'task' });
      await h.hook('act', tabId, { action: 'clipItems', kind: 'statistic' });
      await page.close();
    }
    library = await openLibrary();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a value corrected in the library is the value in the CSV, the detected one beside it', async () => {
    const stat = (await h.hook('listClips')).find((c) => c.kind === 'statistic' && c.value !== null)!;
    expect(stat).toBeDefined();
    const row = library.locator('.clip-row:not(.head)').filter({ hasText: stat.text }).first();
    await row.getByRole('button', { name: 'Correct detected values (E)' }).click();
    const dialog = library.getByRole('dialog');
    await expect.poll(() => dialog.locator('#detected-value').innerText()).toBe(`Detected: ${stat.value}`);
    await dialog.getByLabel('Value', { exact: true }).fill('12345');
    await dialog.getByLabel('Organisation').fill('更正后的机构');
    await dialog.getByRole('button', { name: 'Save corrections' }).click();
    await expect.poll(() => row.locator('.c-org').innerText()).toContain('更正后的机构');

    await library.getByRole('tab', { name: 'Export & import' }).click();
    const csv = await download(library, /^Export CSV$/);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const exported = rows.find((r) => r.id === stat.id)!;
    expect(exported.value).toBe('12345');
    expect(exported.detected_value).toBe(String(stat.value));
    expect(exported.org).toBe('更正后的机构');
    expect(exported.detected_org).toBe(stat.page.org ?? '');
    // Clips nobody corrected carry no detected_* values.
    expect(rows.filter((r) => r.id !== stat.id).every((r) => r.detected_value === '' && r.detected_org === '')).toBe(true);
    await library.getByRole('tab', { name: 'Clips' }).click();
  });

  it('a tag colour chosen in the library marks the clipped item in open and reopened pages, and in the panel', async () => {
    const open = await h.open('/002-hubei-notice.html');
    await h.status(open.tabId);
    const clip = (await h.hook('listClips')).find((c) => c.kind === 'task' && c.page.url.endsWith('/002-hubei-notice.html'))!;
    // The list is virtual: search brings the row into it, as a user would.
    await library.evaluate((q) => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(q), clip.text);
    const row = library.locator('.clip-row:not(.head)').filter({ hasText: clip.text.slice(0, 30) }).first();
    await row.getByRole('button', { name: /^Edit tags/ }).click();
    await row.getByRole('textbox', { name: 'Edit tags' }).fill('重点');
    await row.getByRole('textbox', { name: 'Edit tags' }).press('Enter');
    await library.getByRole('tab', { name: 'Overview' }).click();
    await library.getByLabel('Colour of tag 重点').fill('#d32f2f');

    const tagged = (page: Page) =>
      page.evaluate(() => [...(CSS.highlights.get('gongwen-tag-d32f2f') ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }));
    // The page that was open all along follows the library.
    await expect.poll(() => tagged(open.page)).toEqual([`${clip.marker ?? ''}${clip.text}`]);
    await open.page.close();

    const again = await h.open('/002-hubei-notice.html');
    await h.status(again.tabId);
    await expect.poll(() => tagged(again.page)).toEqual([`${clip.marker ?? ''}${clip.text}`]);
    await h.hook('act', again.tabId, { action: 'panel', open: true });
    const coloured = again.page.locator('gongwen-lens-ui [role="listitem"][style*="border-inline-start"]');
    await expect.poll(() => coloured.count()).toBe(1);
    expect(await coloured.getAttribute('style')).toMatch(/rgb\(211, 47, 47\)|#d32f2f/);
    await again.page.close();
    await library.getByRole('tab', { name: 'Clips' }).click();
    await library.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(''));
  });

  it('a clip retagged or deleted in the library changes the marks of a page that stays open', async () => {
    const rowOf = async (text: string) => {
      await library.evaluate((q) => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(q), text);
      return library.locator('.clip-row:not(.head)').filter({ hasText: text.slice(0, 30) }).first();
    };
    const tag = async (text: string, name: string) => {
      const row = await rowOf(text);
      await row.getByRole('button', { name: /^Edit tags/ }).click();
      await row.getByRole('textbox', { name: 'Edit tags' }).fill(name);
      await row.getByRole('textbox', { name: 'Edit tags' }).press('Enter');
    };
    const tasks = (await h.hook('listClips'))
      .filter((c) => c.kind === 'task' && c.page.url.endsWith('/002-hubei-notice.html') && c.tags.length === 0)
      .slice(0, 2);
    expect(tasks).toHaveLength(2);
    const [x, y] = tasks;
    await tag(x.text, '跟进');
    await library.getByRole('tab', { name: 'Overview' }).click();
    await library.getByLabel('Colour of tag 跟进').fill('#2e7d32');
    await library.getByRole('tab', { name: 'Clips' }).click();

    const open = await h.open('/002-hubei-notice.html');
    const clippedAtStart = (await h.status(open.tabId)).counts.clipped;
    const green = () =>
      open.page.evaluate(() =>
        [...(CSS.highlights.get('gongwen-tag-2e7d32') ?? [])]
          .map((r) => {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            return live.toString();
          })
          .sort(),
      );
    const shown = (c: typeof x) => `${c.marker ?? ''}${c.text}`;
    await expect.poll(green).toEqual([shown(x)]);

    // Retagged in the library: the open page colours it without a reload.
    await tag(y.text, '跟进');
    await expect.poll(green, { timeout: RELOADED }).toEqual([shown(x), shown(y)].sort());

    // Deleted in the library: its mark and its count go.
    const row = await rowOf(x.text);
    await row.getByRole('checkbox', { name: /^Select clip/ }).click();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(green, { timeout: RELOADED }).toEqual([shown(y)]);
    await expect.poll(async () => (await h.status(open.tabId)).counts.clipped, { timeout: RELOADED }).toBe(clippedAtStart - 1);
    await open.page.close();
    await library.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(''));
  });

  it('clips saved from a page show in the open library, and in another tab of the page, without a reload', async () => {
    const count = () => library.evaluate(() => (window as unknown as { __gongwenLibrary: LibraryHook }).__gongwenLibrary.search(''));
    const before = await count();
    const { page, tabId } = await h.open('/003-jinchutou-speech.html');
    const other = await h.open('/003-jinchutou-speech.html');
    const { counts } = await h.status(tabId);
    expect((await h.status(other.tabId)).counts.clipped).toBe(counts.clipped);
    const kind = counts.stats > 0 ? 'statistic' : 'task';
    const saved = (await h.hook('act', tabId, { action: 'clipItems', kind, indices: [0] })) as Array<{ text: string }>;
    expect(saved).toHaveLength(1);
    await expect.poll(async () => (await h.status(other.tabId)).counts.clipped, { timeout: RELOADED }).toBe(counts.clipped + 1);
    await page.close();
    await other.page.close();
    await expect.poll(count).toBe(before + 1);
    await expect.poll(() => library.locator('.clip-row:not(.head)').filter({ hasText: saved[0].text.slice(0, 30) }).count()).toBe(1);
  });

  it('a backup brings back clips, settings and site rules after the library and settings were cleared', async () => {
    type Local = { set(v: object): Promise<void>; get(k: string): Promise<object>; clear(): Promise<void> };
    /** storage.local of the extension, from its service worker. */
    const storage = async (op: 'set' | 'get' | 'clear', arg?: unknown) =>
      (await h.sw()).evaluate(
        ([o, json]) => {
          const a: unknown = JSON.parse(json);
          const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
          return (o === 'set' ? local.set(a as object) : o === 'get' ? local.get(a as string) : local.clear()) as Promise<unknown>;
        },
        [op, JSON.stringify(arg ?? null)] as const,
      );
    const settings = { defaultTarget: 'hk', backupEvery: 5, siteRules: { 'www.gov.cn': { mode: 'never' } } };
    await storage('set', { settings });
    const before = (await h.hook('listClips')).map((c) => c.id).sort();
    expect(before.length).toBeGreaterThan(5);
    // More than backupEvery clips and no backup yet: the reminder shows.
    await library.reload();
    await expect.poll(() => library.locator('.backup-reminder').innerText()).toContain(`${before.length} clips since your last backup`);

    await library.getByRole('tab', { name: 'Export & import' }).click();
    const event = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Download JSON backup' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-backup-'));
    const file = join(dir, 'backup.json');
    writeFileSync(file, readFileSync((await (await event).path())!, 'utf8'));
    await expect.poll(() => library.locator('.backup-reminder').count()).toBe(0);

    await h.hook('clearLibrary');
    await storage('clear');
    expect(await h.hook('listClips')).toEqual([]);

    await library.reload();
    await library.getByRole('tab', { name: 'Export & import' }).click();
    await library.locator('input[type="file"]').first().setInputFiles(file);
    await expect.poll(() => library.getByRole('status').allInnerTexts().then((t) => t.join(' '))).toContain('Settings and site rules restored');
    expect((await h.hook('listClips')).map((c) => c.id).sort()).toEqual(before);
    const restored = await storage('get', 'settings');
    expect(restored).toEqual({ settings });
  });
});
