// Costs the reader reports about itself (PageStatus.injectMs and PageStatus.timings).
import type { Harness } from '../e2e/harness';
import type { PageStatus } from '../../lib/types';
import { inFreshTab, medianOfRuns, seedMedian } from './measure';
import type { Metric } from './types';

function timing(status: PageStatus, key: string): number {
  const value = status.timings?.[key];
  if (typeof value !== 'number') throw new Error(`status.timings.${key} is missing`);
  return value;
}

/** A reader timing after `prepare` ran on a fresh tab of `path`. */
function readerTiming(h: Harness, path: string, key: string, prepare?: (tabId: number) => Promise<unknown>) {
  return inFreshTab(h, path, async ({ tabId }) => {
    await h.status(tabId);
    await prepare?.(tabId);
    return timing(await h.status(tabId), key);
  });
}

export const pageMetrics: Metric[] = [
  {
    name: 'content.inject.ms',
    target: { max: 5 },
    measure: async ({ h, runs }) => ({
      value: await medianOfRuns(runs, () =>
        inFreshTab(h, '/plain-english.html', async ({ tabId }) => (await h.status(tabId)).injectMs),
      ),
      unit: 'ms',
    }),
  },
  {
    name: 'analyze.seed.ms',
    target: { max: 100 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) => readerTiming(bench.h, path, 'analyzeMs')),
      unit: 'ms',
    }),
  },
  {
    name: 'highlight.seed.ms',
    target: { max: 50 },
    measure: async (bench) => ({
      value: await seedMedian(bench, (path) =>
        readerTiming(bench.h, path, 'highlightMs', (tabId) => bench.h.hook('act', tabId, { action: 'highlights', on: true })),
      ),
      unit: 'ms',
    }),
  },
];
