// Script toggles: the extension (through the test hook, as a click) against the naive route —
// build an opencc-js converter in the page and convert every text node one by one on the main thread.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Harness } from '../e2e/harness';
import { inFreshTab, median, readLongestTask, seedMedian, timed, watchLongTasks } from './measure';
import type { Bench, Metric } from './types';

const OPENCC_UMD = join(ROOT, 'node_modules', 'opencc-js', 'dist', 'umd', 'full.js');
const LONG_PAGE = '/long.html';
// Simplified-only characters the long page uses everywhere: while one is left, conversion is not done.
const UNCONVERTED = /[协级组织务员资质设专术馆]/;

/** The naive route's toggle time in ms, measured in the page (loading opencc-js itself excluded). */
export async function naiveToggleMs(page: Page): Promise<number> {
  await page.addScriptTag({ path: OPENCC_UMD });
  // Run as a task of the page's own event loop (not a DevTools evaluation) so the Long Tasks API sees it.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        setTimeout(() => {
          const start = performance.now();
          const opencc = (window as unknown as { OpenCC: { Converter(o: object): (s: string) => string } }).OpenCC;
          const convert = opencc.Converter({ from: 'cn', to: 'tw' });
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            (node as Text).data = convert((node as Text).data);
          }
          resolve(performance.now() - start);
        }, 0),
      ),
  );
}

const toggle = (h: Harness, tabId: number) => h.hook('act', tabId, { action: 'toggle' });
const restore = (h: Harness, tabId: number) => h.hook('act', tabId, { action: 'restore' });

/** A fresh tab whose content script is up, so timings start at the user's action. */
function onReadyTab<T>(h: Harness, path: string, fn: (page: Page, tabId: number) => Promise<T>): Promise<T> {
  return inFreshTab(h, path, async ({ page, tabId }) => {
    await h.status(tabId);
    return fn(page, tabId);
  });
}

/** The same naive seed toggle is the baseline of several metrics: measure it once per run of the bench. */
let naiveSeedMs: Promise<number> | undefined;
function naiveSeed(bench: Bench): Promise<number> {
  naiveSeedMs ??= seedMedian(bench, (path) => inFreshTab(bench.h, path, ({ page }) => naiveToggleMs(page)));
  return naiveSeedMs;
}

interface LongRun {
  totalMs: number;
  longestTaskMs: number;
}

async function waitUntilConverted(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    (pattern) => !new RegExp(pattern).test(document.querySelector('.article')?.textContent ?? ''),
    UNCONVERTED.source,
    { polling: 50, timeout: timeoutMs },
  );
}

async function extensionLongRun(h: Harness): Promise<LongRun> {
  return onReadyTab(h, LONG_PAGE, async (page, tabId) => {
    await watchLongTasks(page);
    const totalMs = await timed(async () => {
      await toggle(h, tabId);
      await waitUntilConverted(page);
    });
    return { totalMs, longestTaskMs: await readLongestTask(page) };
  });
}

async function naiveLongRun(h: Harness): Promise<LongRun> {
  return inFreshTab(h, LONG_PAGE, async ({ page }) => {
    await watchLongTasks(page);
    const totalMs = await naiveToggleMs(page);
    return { totalMs, longestTaskMs: await readLongestTask(page) };
  });
}

/** Both 1M metrics come from the same runs: loading and toggling the long page is the slow part. */
let longRuns: Promise<{ extension: LongRun[]; naive: LongRun[] }> | undefined;
function longPageRuns({ h, runs }: Bench) {
  longRuns ??= (async () => {
    const extension: LongRun[] = [];
    const naive: LongRun[] = [];
    for (let i = 0; i < runs; i++) {
      naive.push(await naiveLongRun(h));
      extension.push(await extensionLongRun(h));
    }
    return { extension, naive };
  })();
  return longRuns;
}

export const toggleMetrics: Metric[] = [
  {
    name: 'toggle.first.seed.ms',
    target: { maxRatio: 1 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) => onReadyTab(bench.h, path, (_page, tabId) => timed(() => toggle(bench.h, tabId)))),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'toggle.warm.seed.ms',
    target: { maxRatio: 0.5 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (_page, tabId) => {
          await toggle(bench.h, tabId);
          await restore(bench.h, tabId);
          return timed(() => toggle(bench.h, tabId));
        }),
      ),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'restore.seed.ms',
    target: { max: 50 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (_page, tabId) => {
          await toggle(bench.h, tabId);
          return timed(() => restore(bench.h, tabId));
        }),
      ),
      unit: 'ms',
    }),
  },
  {
    name: 'converter.cold.ms',
    target: { maxRatio: 1.5 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (_page, tabId) => {
          await bench.h.closeOffscreen();
          await bench.h.stopServiceWorker();
          // Start the worker before the clock: its start-up is Chrome's, the converter's is ours.
          await bench.h.sw();
          return timed(() => toggle(bench.h, tabId));
        }),
      ),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'toggle.1m.total.ms',
    target: { maxRatio: 1.5 },
    measure: async (bench) => {
      const { extension, naive } = await longPageRuns(bench);
      return { value: median(extension.map((r) => r.totalMs)), unit: 'ms', baseline: median(naive.map((r) => r.totalMs)) };
    },
  },
  {
    name: 'toggle.1m.longestTask.ms',
    target: { max: 100 },
    measure: async (bench) => {
      const { extension, naive } = await longPageRuns(bench);
      return {
        value: median(extension.map((r) => r.longestTaskMs)),
        unit: 'ms',
        baseline: median(naive.map((r) => r.longestTaskMs)),
      };
    },
  },
];
