// Costs the reader reports about itself (PageStatus.injectMs and PageStatus.timings).
import type { Harness } from '../e2e/harness';
import type { PageStatus } from '../../lib/types';
import { inFreshTab, LONG_PAGE, LONG_PAGE_TIMEOUT_MS, medianOfRuns, seedMedian } from './measure';

/** How long the ticker runs, and how often it changes its text. */
const TICKER_MS = 8_000;
const TICK_MS = 100;

/**
 * Share of the long page's main thread taken by long tasks while a clock in its header ticks
 * every 100 ms: the reader re-reads and re-analyses a page that changed, which on this page is
 * one long task each time.
 */
function tickerBusyShare(h: Harness): Promise<number> {
  return inFreshTab(h, LONG_PAGE, async ({ page, tabId }) => {
    await h.status(tabId, LONG_PAGE_TIMEOUT_MS);
    return page.evaluate(
      ([runMs, tickMs]) =>
        new Promise<number>((resolve) => {
          let busy = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) busy += entry.duration;
          });
          observer.observe({ type: 'longtask' });
          const clock = document.createElement('div');
          document.body.prepend(clock);
          let tick = 0;
          const timer = setInterval(() => (clock.textContent = `更新时间 ${++tick}`), tickMs);
          setTimeout(() => {
            clearInterval(timer);
            // Entries still queued are delivered by takeRecords.
            for (const entry of observer.takeRecords()) busy += entry.duration;
            observer.disconnect();
            resolve(busy / runMs);
          }, runMs);
        }),
      [TICKER_MS, TICK_MS],
    );
  });
}
import type { Metric } from './types';

function readerTimingOf(status: PageStatus, key: string): number {
  const value = status.timings?.[key];
  if (typeof value !== 'number') throw new Error(`status.timings.${key} is missing`);
  return value;
}

/** A reader timing after `prepare` ran on a fresh tab of `path`. */
function readerTiming(h: Harness, path: string, key: string, prepare?: (tabId: number) => Promise<unknown>) {
  return inFreshTab(h, path, async ({ tabId }) => {
    await h.status(tabId, LONG_PAGE_TIMEOUT_MS);
    await prepare?.(tabId);
    return readerTimingOf(await h.status(tabId), key);
  });
}

export const pageMetrics: Metric[] = [
  {
    name: 'content.inject.ms',
    target: { max: 3 },
    measure: async ({ h, runs }) => ({
      value: await medianOfRuns(runs, () =>
        inFreshTab(h, '/plain-english.html', async ({ tabId }) => (await h.status(tabId)).injectMs),
      ),
      unit: 'ms',
    }),
  },
  {
    name: 'analyze.seed.ms',
    target: { max: 10 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) => readerTiming(bench.h, path, 'analyzeMs')),
      unit: 'ms',
    }),
  },
  {
    // The reader analyses the page when it loads.
    name: 'analyze.1m.ms',
    target: { max: 300 },
    measure: async ({ h, runs }) => ({
      value: await medianOfRuns(runs, () => readerTiming(h, LONG_PAGE, 'analyzeMs')),
      unit: 'ms',
    }),
  },
  {
    name: 'live.1m.longTaskShare',
    target: { max: 0.15 },
    measure: async ({ h, runs }) => ({
      value: await medianOfRuns(Math.min(runs, 3), () => tickerBusyShare(h)),
      unit: 'share',
    }),
  },
  {
    name: 'highlight.seed.ms',
    target: { max: 10 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        readerTiming(bench.h, path, 'highlightMs', (tabId) => bench.h.hook('act', tabId, { action: 'highlights', on: true })),
      ),
      unit: 'ms',
    }),
  },
];
