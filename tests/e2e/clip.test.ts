// Highlights, the panel and clipping in the built extension, including the faults the store must
// survive: a stopped service worker, five tabs clipping at once, a selection over the limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getConverter } from '../../lib/convert/engine';
import type { Clip, PageStatus } from '../../lib/types';
import { SEED_PATHS as FIXTURES } from '../fixtures/seeds';
import { chromiumDriver, launch, type Harness } from './harness';
import { clipSurvivesBackgroundRestart } from './scenarios/clips';
import {
  pageScriptsCannotClickOurButtons,
  paintsAnalyzerItems,
  panelListsScrollsAndClips,
} from './scenarios/highlights';

function highlightSizes(page: Page) {
  return page.evaluate(() => ({
    tasks: CSS.highlights.get('gongwen-task')?.size ?? 0,
    stats: CSS.highlights.get('gongwen-stat')?.size ?? 0,
    clipped: CSS.highlights.get('gongwen-clipped')?.size ?? 0,
  }));
}

const panel = (page: Page) => page.locator('gongwen-lens-ui [role="complementary"]');

describe('highlights, panel and clips', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.hook('clearLibrary');
  });

  for (const path of FIXTURES) {
    it(`paints exactly the analyzer's items on ${path}`, () => paintsAnalyzerItems(chromiumDriver(h), path));
  }

  it('lists items in the panel, scrolls to one, and clips from its button', () => panelListsScrollsAndClips(chromiumDriver(h)));

  it('a script that the page runs cannot click our clip buttons', () => pageScriptsCannotClickOurButtons(chromiumDriver(h)));

  it('clips a selection, keeps one clip for the same item, and records both scripts', async () => {
    const { page, tabId } = await h.open('/004-people-yunnan-tw.html');
    await h.status(tabId);
    const select = () =>
      page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode() as Text | null;
        while (text && !/[省科协協]+一季度/.test(text.data)) text = walker.nextNode() as Text | null;
        if (!text) throw new Error('fixture text not found');
        const at = text.data.search(/省科[协協]一季度/);
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 20);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return sel.toString();
      });
    const selected = await select();
    await h.hook('act', tabId, { action: 'clipSelection' });
    await h.hook('act', tabId, { action: 'clipSelection' });
    let clips = await h.hook('listClips');
    expect(clips).toHaveLength(1);
    expect(clips[0].kind).toBe('selection');
    expect(clips[0].text).toBe(selected);
    expect(clips[0].textSimplified).toContain('省科协一季度');

    // Converted to Simplified, the same selection is the same clip, and its original stays Traditional.
    await h.hook('act', tabId, { action: 'toggle' });
    const shown = await select();
    expect(shown).toContain('省科协');
    await h.hook('act', tabId, { action: 'clipSelection' });
    clips = await h.hook('listClips');
    expect(clips).toHaveLength(1);
    expect(clips[0].textOriginal).toBe(selected);
    await page.close();
  });

  it('on a page of 46,000 items highlights those near the viewport, and follows the scroll and a toggle', async () => {
    const { page, tabId } = await h.open('/long.html');
    const status = await h.status(tabId, 60_000);
    const items = status.counts.tasks + status.counts.stats;
    expect(items).toBeGreaterThan(40_000);
    // Highlighted text is the text of the registered ranges, and where it sits on screen.
    const shown = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('gongwen-stat') ?? [])];
        const tops = ranges.map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.getBoundingClientRect().top;
        });
        return { count: ranges.length, top: Math.min(...tops), bottom: Math.max(...tops), height: innerHeight };
      });
    await expect.poll(async () => (await shown()).count, { timeout: 10_000 }).toBeGreaterThan(0);
    const atTop = await shown();
    expect(atTop.count).toBeLessThan(items / 10);
    expect(atTop.top).toBeLessThan(atTop.height);
    // Scrolled to the middle of the page: the highlights move there. (Right after the scroll, the
    // old ones lie above the viewport: wait for highlights on both sides of its top.)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect
      .poll(async () => {
        const { top, bottom } = await shown();
        return top < 0 && bottom > 0;
      }, { timeout: 10_000 })
      .toBe(true);
    const middle = await shown();
    expect(middle.top).toBeLessThan(0);
    expect(middle.bottom).toBeGreaterThan(0);
    expect(middle.count).toBeLessThan(items / 10);
    // A toggle keeps lengths, so the same stretch is highlighted again, in the new script.
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    await expect.poll(async () => (await shown()).count, { timeout: 10_000 }).toBe(middle.count);
    const after = await shown();
    expect(after.top).toBeLessThanOrEqual(0);
    expect(after.bottom).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('on a page of 46,000 items highlights none while no article text is near the viewport', async () => {
    const { page, tabId } = await h.open('/long.html');
    await h.status(tabId, 60_000);
    const count = () => page.evaluate(() => (CSS.highlights.get('gongwen-stat')?.size ?? 0) + (CSS.highlights.get('gongwen-task')?.size ?? 0));
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);
    // Far below the article (a tall block the page adds, then scrolled to): the page changed, so
    // the reader reads it again and repaints, measuring where its text is.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = `${20 * innerHeight}px`;
      document.body.append(spacer);
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await expect.poll(count, { timeout: 30_000 }).toBe(0);
    // Back at the top, the items there are highlighted again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('refuses a selection over 100,000 characters with the limit in the message', async () => {
    const { page, tabId } = await h.open('/long.html');
    await h.status(tabId, 60_000);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.body);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await expect(h.hook('act', tabId, { action: 'clipSelection' })).rejects.toThrow(/100,000/);
    expect(await h.hook('listClips')).toHaveLength(0);
    await page.close();
  });

  it('a clip made after the service worker was stopped still lands', async () => {
    const { page, tabId } = await h.open('/004-people-yunnan-tw.html');
    await h.status(tabId);
    await h.hook('act', tabId, { action: 'panel', open: true });
    const clipButton = panel(page).locator('section[aria-labelledby="gwl-stats"] [data-col="clip"]').first();
    await clipButton.waitFor();
    await h.stopServiceWorker();
    // A real click in the page: the content script's message wakes the worker, which reopens the store.
    await clipButton.click();
    await expect.poll(() => panel(page).locator('[role="status"]').innerText(), { timeout: 15_000 }).toMatch(/1/);
    const clips = await h.hook('listClips');
    expect(clips).toHaveLength(1);
    expect(clips[0].kind).toBe('statistic');
    await page.close();
  });

  it('a clip survives the service worker being restarted', () => clipSurvivesBackgroundRestart(chromiumDriver(h)));

  it('five tabs clipping at once lose nothing', async () => {
    const tabs = await Promise.all(FIXTURES.map((path) => h.open(path)));
    const statuses = await Promise.all(tabs.map((t) => h.status(t.tabId)));
    const expected = statuses.reduce((n, s) => n + s.counts.tasks + s.counts.stats, 0);
    await Promise.all(
      tabs.flatMap((t) => [
        h.hook('act', t.tabId, { action: 'clipItems', kind: 'task' }),
        h.hook('act', t.tabId, { action: 'clipItems', kind: 'statistic' }),
      ]),
    );
    const clips: Clip[] = await h.hook('listClips');
    // Identity merges repeated identical items of one page (same text and marker), nothing else.
    const distinct = new Set(clips.map((c) => c.key));
    expect(distinct.size).toBe(clips.length);
    expect(clips.length).toBeGreaterThan(expected * 0.9);
    expect(clips.length).toBeLessThanOrEqual(expected);
    for (const t of tabs) {
      const s = (await h.hook('act', t.tabId, { action: 'status' })) as PageStatus;
      expect(s.counts.clipped).toBe(clips.filter((c) => c.page.url === s.url).length);
    }
    await Promise.all(tabs.map((t) => t.page.close()));
  });

  it('marks what is already clipped when a page is opened again', async () => {
    const first = await h.open('/002-hubei-notice.html');
    await h.status(first.tabId);
    await h.hook('act', first.tabId, { action: 'clipItems', kind: 'task', indices: [0, 2, 4] });
    await first.page.close();

    const again = await h.open('/002-hubei-notice.html');
    await expect.poll(async () => (await h.status(again.tabId)).counts.clipped).toBe(3);
    await expect.poll(async () => (await highlightSizes(again.page)).clipped).toBe(3);
    await h.hook('act', again.tabId, { action: 'panel', open: true });
    const tasks = panel(again.page).locator('section[aria-labelledby="gwl-tasks"] [role="listitem"]');
    await expect.poll(() => tasks.nth(2).innerText()).toMatch(/Clipped|已摘录|已摘錄/);
    expect(await tasks.nth(1).innerText()).not.toMatch(/Clipped|已摘录|已摘錄/);
    await again.page.close();
  });

  it('after a toggle, clips items and their context in the script the page shows', async () => {
    const { page, tabId } = await h.open('/002-hubei-notice.html');
    const { counts } = await h.status(tabId);
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    const tw = getConverter('tw');
    // The analysis shown is converted after the toggle answers: poll until a clip shows it. The
    // last task, far down the page's text, whose context is cut from the converted whole.
    const clipLastTask = async () =>
      ((await h.hook('act', tabId, { action: 'clipItems', kind: 'task', indices: [counts.tasks - 1] })) as Clip[])[0];
    await expect.poll(async () => {
      const clip = await clipLastTask();
      return clip.text !== clip.textOriginal && clip.text === tw(clip.textOriginal);
    }).toBe(true);
    const clip = await clipLastTask();
    expect(clip.context).toContain(clip.text);
    await page.close();
  });

  it("opens a clip's source scrolled to the clipped text, even when the page now shows the other script", async () => {
    const { page, tabId } = await h.open('/004-people-yunnan-tw.html');
    await h.status(tabId);
    const [clip] = (await h.hook('act', tabId, { action: 'clipItems', kind: 'statistic', indices: [30] })) as Clip[];
    await page.close();

    const flashedText = (p: Page) =>
      p.evaluate(() => {
        const hl = CSS.highlights.get('gongwen-flash') ?? CSS.highlights.get('gongwen-flash-fade');
        const [range] = hl ? [...hl] : [];
        if (!range) return null;
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.toString();
      });
    const opened = h.context.waitForEvent('page');
    await h.hook('openClip', clip.id);
    const source = await opened;
    await expect.poll(() => flashedText(source)).toBe(clip.text);
    expect(await source.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await source.close();

    // The same clip found on the page shown in Simplified.
    const sw = await h.sw();
    const setRules = (rules: object) =>
      sw.evaluate(
        (siteRules) =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(
            { settings: { siteRules } },
          ),
        rules,
      );
    await setRules({ '127.0.0.1': { mode: 'always', target: 'cn' } });
    const openedAgain = h.context.waitForEvent('page');
    await h.hook('openClip', clip.id);
    const converted = await openedAgain;
    await expect.poll(() => flashedText(converted)).toBe(clip.textSimplified);
    await converted.close();
    await setRules({});
  });

  it("the site's own scripts cannot see the library", async () => {
    const { page, tabId } = await h.open('/002-hubei-notice.html');
    await h.status(tabId);
    await h.hook('act', tabId, { action: 'clipItems', kind: 'task' });
    expect((await h.hook('listClips')).length).toBeGreaterThan(0);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('gongwen-lens');
    await page.close();
  });
});
