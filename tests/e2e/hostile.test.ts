// Hostile pages in the built extension: text rewritten every 10 ms, a mutation storm, 200,000 nodes,
// markup nested 5,000 deep, infinite scroll, and item text that is markup. On each the page keeps
// running (a heartbeat in the page keeps ticking), the reader answers, toggle and restore work,
// and on the 10 ms page the extension's own script time stays under 10 % of one core
// (CONTRACTS.md "Limits"). Bounds are generous: they catch a hang or a runaway loop, not a slow CI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getConverter } from '../../lib/convert/engine';
import type { PageStatus } from '../../lib/types';
import { launch, ROOT, type Harness } from './harness';

interface Heartbeat {
  beats: number;
  maxGap: number;
  longestTask: number;
}

/** The longest the page's 20 ms heartbeat may stall: a hang or a runaway loop takes longer. */
const MAX_GAP_MS = 2_000;

const toTw = getConverter('tw');
/** Characters of `text` that the Simplified → Traditional conversion would still change. */
const unconverted = (text: string) => [...text].filter((c) => toTw(c) !== c).length;

const resetHeartbeat = (page: Page) => page.evaluate(() => (window as unknown as { __heartbeat: { reset(): void } }).__heartbeat.reset());
const heartbeat = (page: Page) =>
  page.evaluate(() => {
    const hb = (window as unknown as { __heartbeat: Heartbeat }).__heartbeat;
    return { beats: hb.beats, maxGap: hb.maxGap, longestTask: hb.longestTask };
  });

/** Numbers for .tmp/issue7-table.md (the README table), written when the file finishes. */
const measured: Record<string, Record<string, number | string>> = {};

describe('hostile pages', () => {
  let h: Harness;
  const dialogs: string[] = [];
  /** Errors any hostile page or our content scripts in it logged (reported when a test fails). */
  const errors: string[] = [];

  async function openHostile(path: string, statusTimeoutMs = 15_000) {
    const tab = await h.open(path);
    tab.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    tab.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
    });
    const start = Date.now();
    const status = await h.status(tab.tabId, statusTimeoutMs);
    return { ...tab, status, statusMs: Date.now() - start };
  }

  /** Toggle or restore through the test hook, timed from the background's side. */
  async function timed(tabId: number, action: 'toggle' | 'restore') {
    const { ms } = await h.hook('timedAct', tabId, action === 'toggle' ? { action, target: 'tw' } : { action });
    return Math.round(ms);
  }

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    writeFileSync(join(ROOT, '.tmp', 'issue7-hostile-measured.json'), JSON.stringify({ measured, errors }, null, 2));
  });

  it('text rewritten every 10 ms: converted, responsive, and the extension uses < 10 % of a core', async () => {
    const { page, tabId, statusMs } = await openHostile('/hostile-ticker.html');
    const statics = () => page.evaluate(() => [...document.querySelectorAll('#article p:not(.counter)')].map((p) => p.outerHTML));
    const original = await statics();
    const toggleMs = await timed(tabId, 'toggle');
    expect(((await h.hook('act', tabId, { action: 'status' })) as PageStatus).converted).toBe('tw');
    await page.waitForTimeout(700);
    expect((await statics()).join('').length).toBeGreaterThan(0);
    expect(unconverted((await statics()).join(''))).toBe(0);

    await resetHeartbeat(page);
    const cpu = await profileExtension(h, page, 3_000);
    const beat = await heartbeat(page);
    // Text the page keeps rewriting is converted too, though each converted value lives only until
    // the page's next write (10 ms): count our writes of converted counter text as the page sees them.
    const convertedSamples = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let seen = 0;
          const observer = new MutationObserver((records) => {
            for (const r of records) if (/幹部|頭髮/.test(r.target.textContent ?? '')) seen++;
          });
          document.querySelectorAll('.counter').forEach((c) => observer.observe(c, { characterData: true, subtree: true }));
          setTimeout(() => {
            observer.disconnect();
            resolve(seen);
          }, 1_500);
        }),
    );
    expect(convertedSamples).toBeGreaterThan(0);

    measured.ticker = { statusMs, toggleMs, convertedSamples, ...cpu, maxGapMs: Math.round(beat.maxGap), longestTaskMs: Math.round(beat.longestTask) };
    expect(cpu.selfPercent).toBeLessThan(10);
    expect(beat.beats).toBeGreaterThan(20);
    expect(beat.maxGap).toBeLessThan(MAX_GAP_MS);

    const restoreMs = await timed(tabId, 'restore');
    measured.ticker.restoreMs = restoreMs;
    expect(await statics()).toEqual(original);
    await page.waitForTimeout(600);
    const after = await page.evaluate(() => [...document.querySelectorAll('.counter')].map((p) => p.textContent ?? ''));
    expect(after.join('')).toMatch(/头发|干部/);
    await page.close();
  });

  it('a mutation storm (2,000 nodes added and removed per frame): the page keeps its frame rate, the reader answers', async () => {
    const { page, tabId, statusMs } = await openHostile('/hostile-storm.html');
    const frames = () => page.evaluate(() => (window as unknown as { __stormFrames: number }).__stormFrames);
    const toggleMs = await timed(tabId, 'toggle');
    await resetHeartbeat(page);
    const frames0 = await frames();
    const cpu = await profileExtension(h, page, 2_000);
    const framesPerSecond = ((await frames()) - frames0) / 2;
    const beat = await heartbeat(page);
    const answered = Date.now();
    const status = (await h.hook('act', tabId, { action: 'status' })) as PageStatus;
    const statusUnderStormMs = Date.now() - answered;
    measured.storm = {
      statusMs,
      toggleMs,
      statusUnderStormMs,
      framesPerSecond,
      ...cpu,
      maxGapMs: Math.round(beat.maxGap),
      longestTaskMs: Math.round(beat.longestTask),
    };
    expect(status.converted).toBe('tw');
    expect(statusUnderStormMs).toBeLessThan(5_000);
    expect(framesPerSecond).toBeGreaterThan(5);
    expect(beat.maxGap).toBeLessThan(MAX_GAP_MS);
    expect(await page.locator('h1').innerText()).toBe('省科協召開工作會議');
    const stormText = await page.locator('#storm').innerText();
    // The storm's nodes live for one frame: most are gone before any converter could see them.
    expect(stormText.length).toBeGreaterThan(0);

    measured.storm.restoreMs = await timed(tabId, 'restore');
    expect(await page.locator('h1').innerText()).toBe('省科协召开工作会议');
    await page.close();
  });

  it('200,000 nodes: the reader answers, toggle and restore work, no task blocks the page for long', async () => {
    const { page, tabId, statusMs } = await openHostile('/hostile-huge.html', 60_000);
    expect(await page.evaluate(() => (window as unknown as { __nodes: number }).__nodes)).toBeGreaterThan(200_000);
    const sample = () => page.evaluate(() => [...document.querySelectorAll('#article p')].filter((_, i) => i % 5000 === 1).map((p) => p.innerHTML));
    const original = await sample();
    await resetHeartbeat(page);
    const toggleMs = await timed(tabId, 'toggle');
    expect(unconverted((await sample()).join(''))).toBe(0);
    const restoreMs = await timed(tabId, 'restore');
    const beat = await heartbeat(page);
    measured.huge = { nodes: 200_000, statusMs, toggleMs, restoreMs, maxGapMs: Math.round(beat.maxGap), longestTaskMs: Math.round(beat.longestTask) };
    expect(await sample()).toEqual(original);
    // Known: after restore the reader re-reads and re-analyses the whole page in one task (~2 s idle,
    // ~10 s on a loaded 2-core machine for 200,000 nodes; see .tmp/issue7-table.md). The bound only
    // catches a hang until that is sliced.
    expect(beat.maxGap).toBeLessThan(30_000);
    await page.close();
  });

  it('markup nested 5,000 deep: converts down to the deepest phrase and restores exactly', async () => {
    const { page, tabId, statusMs } = await openHostile('/hostile-deep.html', 30_000);
    const root = () => page.evaluate(() => document.getElementById('root')!.outerHTML);
    const deepest = () => page.evaluate(() => document.getElementById('deepest')!.textContent);
    const before = await root();
    expect(await deepest()).toBe('最深处的头发');
    await resetHeartbeat(page);
    const toggleMs = await timed(tabId, 'toggle');
    expect(await deepest()).toBe('最深處的頭髮');
    const restoreMs = await timed(tabId, 'restore');
    const beat = await heartbeat(page);
    measured.deep = { depth: 5_000, statusMs, toggleMs, restoreMs, maxGapMs: Math.round(beat.maxGap), longestTaskMs: Math.round(beat.longestTask) };
    expect(await root()).toBe(before);
    expect(beat.maxGap).toBeLessThan(MAX_GAP_MS);
    await page.close();
  });

  it('infinite scroll: paragraphs appended while scrolling are converted, and restore brings them back', async () => {
    const { page, tabId, statusMs } = await openHostile('/hostile-scroll.html');
    const toggleMs = await timed(tabId, 'toggle');
    await resetHeartbeat(page);
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, 3_000);
      await page.waitForTimeout(100);
    }
    const count = await page.evaluate(() => (window as unknown as { __appended: number }).__appended);
    // Paragraphs older than the contract's 500 ms must be converted (the newest may be in flight).
    await page.waitForTimeout(700);
    const older = await page.evaluate((n) => [...document.querySelectorAll('#feed p')].slice(0, n).map((p) => p.textContent ?? ''), count);
    const beat = await heartbeat(page);
    measured.scroll = { paragraphs: count, statusMs, toggleMs, maxGapMs: Math.round(beat.maxGap), longestTaskMs: Math.round(beat.longestTask) };
    expect(count).toBeGreaterThan(100);
    expect(older.filter((t) => unconverted(t) > 0)).toEqual([]);
    expect(beat.maxGap).toBeLessThan(MAX_GAP_MS);

    measured.scroll.restoreMs = await timed(tabId, 'restore');
    const restored = await page.evaluate((n) => [...document.querySelectorAll('#feed p')].slice(0, n).map((p) => p.textContent ?? ''), count);
    expect(restored.every((t) => /干部/.test(t))).toBe(true);
    expect(((await h.hook('act', tabId, { action: 'status' })) as PageStatus).converted).toBeNull();
    await page.close();
  });

  it('item text that is markup stays text in the panel and the popup: no element, no dialog', async () => {
    const { page, tabId, status } = await openHostile('/hostile-markup.html');
    expect(status.isOfficial).toBe(true);
    expect(status.counts.tasks).toBeGreaterThanOrEqual(3);
    await h.hook('act', tabId, { action: 'panel', open: true });
    const panel = page.locator('gongwen-lens-ui [role="complementary"]');
    await expect.poll(() => panel.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await panel.innerText()).toContain('<script>alert(2)</script>');
    // Locators pierce open shadow roots; none of the page's markup became an element of ours.
    expect(await page.locator('gongwen-lens-ui img, gongwen-lens-ui script, gongwen-lens-ui iframe, gongwen-lens-ui svg[onload]').count()).toBe(0);
    expect(await page.locator('gongwen-lens-ui [onerror], gongwen-lens-ui [onload], gongwen-lens-ui [onmouseover]').count()).toBe(0);
    await h.hook('act', tabId, { action: 'clipItems', kind: 'task' });
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    await page.waitForTimeout(300);

    // The popup, pointed at this tab (it asks for the active tab of its window).
    const popup = await h.context.newPage();
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.addInitScript((id) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<unknown[]>; get: (id: number) => Promise<unknown> } } }).chrome.tabs;
      const query = tabs.query.bind(tabs);
      tabs.query = async (q: object) => ('active' in q ? [await tabs.get(id)] : query(q));
    }, tabId);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain('onerror=alert(1)');
    // The popup's own icon is its only image; nothing from the page became an element.
    expect(await popup.locator('img:not([src^="/icon/"]), script:not([src]), iframe, [onerror], [onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});

interface CpuUse {
  /** Self time of frames in the extension's content scripts, and the background's analyses of the page, as % of one core over the window. */
  selfPercent: number;
  /** The background's analyses of the page alone. */
  backgroundPercent: number;
  /** Time of samples with an extension frame anywhere on the stack (DOM calls it makes included). */
  inclusivePercent: number;
  /** All script time in the page's renderer, as % of one core. */
  pagePercent: number;
}

/** Samples the page's JavaScript with the CDP Profiler and attributes time to the extension. */
async function profileExtension(h: Harness, page: Page, ms: number): Promise<CpuUse> {
  const background0 = await h.hook('analysisBusyMs');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(ms);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const prefix = `chrome-extension://${h.extensionId}/content-scripts/`;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = (id: number) => byId.get(id)!.callFrame.url.startsWith(prefix);
  const idle = new Set(['(idle)', '(program)']);
  let self = 0;
  let inclusive = 0;
  let busy = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000; // a sample lasts until the next one
    if (!idle.has(byId.get(id)!.callFrame.functionName)) busy += dt;
    if (isOurs(id)) self += dt;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      if (isOurs(n)) {
        inclusive += dt;
        break;
      }
    }
  });
  const wall = (profile.endTime - profile.startTime) / 1000;
  // The page's analyses run in the background: that time is the extension's too.
  const background = (await h.hook('analysisBusyMs')) - background0;
  const pct = (x: number) => Math.round((1000 * x) / wall) / 10;
  return {
    selfPercent: pct(self + background),
    inclusivePercent: pct(inclusive + background),
    pagePercent: pct(busy),
    backgroundPercent: pct(background),
  };
}
