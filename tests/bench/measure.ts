// Shared measuring helpers: medians over repeated runs, each run in its own fresh tab.
import type { Page } from 'playwright-core';
import type { TabAction } from '../../lib/messages';
import type { Harness, OpenedTab } from '../e2e/harness';
import type { DriverTab } from '../e2e/scenarios/driver';
import { SEED_PATHS } from '../fixtures/seeds';
import type { Bench } from './types';

/** The generated 1,000,000-character notice (tests/fixtures/generate-long.ts). */
export const LONG_PAGE = '/long.html';
/** Loading and analysing the long page takes seconds on a slow machine. */
export const LONG_PAGE_TIMEOUT_MS = 120_000;

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of `runs` sequential runs. */
export async function medianOfRuns(runs: number, run: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await run());
  return median(values);
}

/** Median over the seed pages of each page's median (CONTRACTS.md "Benchmark results"). */
export async function seedMedian(bench: Bench, run: (path: string) => Promise<number>): Promise<number> {
  const perPage: number[] = [];
  for (const path of SEED_PATHS) perPage.push(await medianOfRuns(bench.runs, () => run(path)));
  return median(perPage);
}

/** Opens `path` in a new tab, runs `fn` on it and closes the tab whatever happens. */
export async function inFreshTab<T>(h: Harness, path: string, fn: (tab: OpenedTab) => Promise<T>): Promise<T> {
  const tab = await h.open(path);
  try {
    return await fn(tab);
  } finally {
    await tab.page.close().catch(() => {});
  }
}

/**
 * Milliseconds an action takes as the service worker times it: from the popup's message to the
 * page's answer, without the bench's own round trips to the browser.
 */
export async function actMs(h: Harness, tabId: number, action: TabAction): Promise<number> {
  return (await h.hook('timedAct', tabId, action)).ms;
}

/**
 * Resolves once the page has rendered a frame since now: an action timed right after another
 * would otherwise wait behind the layout of the previous one's text, which is that action's cost.
 */
export function settled(tab: Pick<Page, 'evaluate'> | Pick<DriverTab, 'evaluate'>): Promise<void> {
  return (tab as Pick<DriverTab, 'evaluate'>).evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/** Wall-clock milliseconds `action` takes, seen from the bench process. */
export async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Records the longest Long Task the page sees from now on; read it with `readLongestTask`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchLongest: number };
    w.__benchLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongest = Math.max(w.__benchLongest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export function readLongestTask(page: Page): Promise<number> {
  // Long Task entries are delivered asynchronously; give the observer a frame to catch up.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        setTimeout(() => resolve((window as unknown as { __benchLongest: number }).__benchLongest), 100),
      ),
  );
}
