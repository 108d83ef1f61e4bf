// Highlights and the panel: exactly the analyzer's items are painted and listed, and the panel's
// buttons scroll to an item and clip it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { analyzePage } from '../../../lib/analyzer';
import { ROOT } from '../harness';
import type { Driver, DriverTab } from './driver';

export function analyzeFixture(path: string) {
  const html = readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
  return analyzePage(parseHTML(html).document as unknown as Document);
}

export function highlightSizes(tab: DriverTab) {
  return tab.evaluate(() => ({
    tasks: CSS.highlights.get('gongwen-task')?.size ?? 0,
    stats: CSS.highlights.get('gongwen-stat')?.size ?? 0,
    clipped: CSS.highlights.get('gongwen-clipped')?.size ?? 0,
  }));
}

/** Texts of the panel's rows in one section ("gwl-tasks" or "gwl-stats"). */
export function panelRows(tab: DriverTab, section: 'gwl-tasks' | 'gwl-stats'): Promise<string[]> {
  return tab.evaluate(
    (id) =>
      [
        ...(document
          .querySelector('gongwen-lens-ui')
          ?.shadowRoot?.querySelectorAll<HTMLElement>(`[role="complementary"] section[aria-labelledby="${id}"] [role="listitem"]`) ??
          []),
      ].map((row) => row.innerText),
    section,
  );
}

export const panelText = (tab: DriverTab) =>
  tab.evaluate(
    () =>
      document.querySelector('gongwen-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="complementary"]')?.innerText ?? '',
  );

export const panelStatus = (tab: DriverTab) =>
  tab.evaluate(
    () =>
      document.querySelector('gongwen-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="complementary"] [role="status"]')
        ?.innerText ?? '',
  );

export async function paintsAnalyzerItems(d: Driver, path: string): Promise<void> {
  const expected = analyzeFixture(path);
  const tab = await d.open(path);
  const status = await d.status(tab.tabId);
  expect(status.isOfficial).toBe(true);
  expect(status.counts.tasks).toBe(expected.tasks.length);
  expect(status.counts.stats).toBe(expected.stats.length);
  // Highlights are on by default on official pages (painted once the reader has started).
  await expect.poll(async () => (await d.status(tab.tabId)).highlights).toBe(true);
  expect(await highlightSizes(tab)).toEqual({ tasks: expected.tasks.length, stats: expected.stats.length, clipped: 0 });
  await d.hook('act', tab.tabId, { action: 'highlights', on: false });
  expect(await highlightSizes(tab)).toEqual({ tasks: 0, stats: 0, clipped: 0 });
  // After a toggle the highlights cover the same items in the other script.
  await d.hook('act', tab.tabId, { action: 'highlights', on: true });
  await d.hook('act', tab.tabId, { action: 'toggle' });
  // Where the conversion changed lengths (Traditional to Simplified may), the page is read and
  // analysed again after the toggle, and painted when that analysis arrives.
  await expect.poll(() => highlightSizes(tab)).toEqual({ tasks: expected.tasks.length, stats: expected.stats.length, clipped: 0 });
  await tab.close();
}

const TASK_ROWS = 'section[aria-labelledby="gwl-tasks"] [role="listitem"]';

/** Expects an empty library. */
export async function panelListsScrollsAndClips(d: Driver): Promise<void> {
  const tab = await d.open('/002-hubei-notice.html');
  await d.status(tab.tabId);
  await d.hook('act', tab.tabId, { action: 'panel', open: true });
  await expect.poll(async () => (await panelRows(tab, 'gwl-tasks')).length).toBe(13);
  expect(await panelText(tab)).toContain('鄂科协办〔2019〕22号');

  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.clickUi(`${TASK_ROWS} [data-col="reveal"]`, 12);
  await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  expect(await tab.evaluate(() => CSS.highlights.has('gongwen-flash'))).toBe(true);

  await tab.clickUi(`${TASK_ROWS} [data-col="clip"]`, 0);
  await expect.poll(async () => (await d.hook('listClips')).length).toBe(1);
  const [clip] = await d.hook('listClips');
  expect(clip.kind).toBe('task');
  expect(clip.marker).toBe('一、');
  expect(clip.level).toBe(1);
  expect(clip.page.docNumber).toBe('鄂科协办〔2019〕22号');
  expect(clip.page.org).toBe('湖北省科学技术协会');
  expect(clip.page.date).toBe('2019-03-18');
  expect(clip.anchor.fragmentUrl).toContain('#:~:text=');
  await expect.poll(() => panelStatus(tab)).toMatch(/1/);
  await tab.close();
}

/** Expects an empty library. */
export async function pageScriptsCannotClickOurButtons(d: Driver): Promise<void> {
  const tab = await d.open('/002-hubei-notice.html');
  await d.status(tab.tabId);
  await d.hook('act', tab.tabId, { action: 'panel', open: true });
  await expect.poll(async () => (await panelRows(tab, 'gwl-tasks')).length).toBeGreaterThan(0);
  const clicked = await tab.evaluate(() => {
    const buttons = document.querySelector('gongwen-lens-ui')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button');
    buttons.forEach((b) => b.click());
    return buttons.length;
  });
  expect(clicked).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await d.hook('listClips')).toHaveLength(0);
  await tab.close();
}
