// Costs the reader reports about itself (PageStatus.injectMs and PageStatus.timings).
import type { Harness } from '../e2e/harness';
import type { PageStatus } from '../../lib/types';
import { inFreshTab, LONG_PAGE, LONG_PAGE_TIMEOUT_MS, medianOfRuns, seedMedian } from './measure';
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
