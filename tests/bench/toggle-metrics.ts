// Script toggles: the extension (through the test hook, as a click, timed in the service worker)
// against the naive route — build an opencc-js converter in the page and convert every text node
// one by one on the main thread.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Harness } from '../e2e/harness';
import {
  actMs,
  inFreshTab,
  LONG_PAGE,
  LONG_PAGE_TIMEOUT_MS,
  median,
  readLongestTask,
  seedMedian,
  settled,
  watchLongTasks,
} from './measure';
import type { Bench, Metric } from './types';

const OPENCC_UMD = join(ROOT, 'node_modules', 'opencc-js', 'dist', 'umd', 'full.js');
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

const toggle = (h: Harness, tabId: number) => actMs(h, tabId, { action: 'toggle' });
const restore = (h: Harness, tabId: number) => actMs(h, tabId, { action: 'restore' });

/** A fresh tab whose content script is up, so timings start at the user's action. */
function onReadyTab<T>(h: Harness, path: string, fn: (page: Page, tabId: number) => Promise<T>): Promise<T> {
  return inFreshTab(h, path, async ({ page, tabId }) => {
    await h.status(tabId, LONG_PAGE_TIMEOUT_MS);
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

function isConverted(pattern: string): boolean {
  return !new RegExp(pattern).test(document.querySelector('.article')?.textContent ?? '');
}

/** Milliseconds until no unconverted character is left, 0 when there is none already. */
async function untilConverted(page: Page): Promise<number> {
  if (await page.evaluate(isConverted, UNCONVERTED.source)) return 0;
  const start = performance.now();
  await page.waitForFunction(isConverted, UNCONVERTED.source, { polling: 50, timeout: LONG_PAGE_TIMEOUT_MS });
  return performance.now() - start;
}

async function extensionLongRun(h: Harness): Promise<LongRun> {
  return onReadyTab(h, LONG_PAGE, async (page, tabId) => {
    await watchLongTasks(page);
    // The toggle resolves once the conversion is applied; should any text still be converting
    // after that, the wait for it counts too.
    const totalMs = (await toggle(h, tabId)) + (await untilConverted(page));
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
    target: { max: 100 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) => onReadyTab(bench.h, path, (_page, tabId) => toggle(bench.h, tabId))),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'toggle.warm.seed.ms',
    target: { max: 15 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (page, tabId) => {
          await toggle(bench.h, tabId);
          await settled(page);
          await restore(bench.h, tabId);
          await settled(page);
          return toggle(bench.h, tabId);
        }),
      ),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'restore.seed.ms',
    target: { max: 15 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (page, tabId) => {
          await toggle(bench.h, tabId);
          await settled(page);
          return restore(bench.h, tabId);
        }),
      ),
      unit: 'ms',
    }),
  },
  {
    name: 'converter.cold.ms',
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        onReadyTab(bench.h, path, async (_page, tabId) => {
          await bench.h.closeOffscreen();
          await bench.h.stopServiceWorker();
          // Start the worker before the clock: its start-up is Chrome's, the converter's is ours.
          await bench.h.sw();
          return toggle(bench.h, tabId);
        }),
      ),
      unit: 'ms',
      baseline: await naiveSeed(bench),
    }),
  },
  {
    name: 'toggle.1m.total.ms',
    target: { max: 600 },
    measure: async (bench) => {
      const { extension, naive } = await longPageRuns(bench);
      return { value: median(extension.map((r) => r.totalMs)), unit: 'ms', baseline: median(naive.map((r) => r.totalMs)) };
    },
  },
  {
    name: 'toggle.1m.longestTask.ms',
    target: { max: 50 },
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
