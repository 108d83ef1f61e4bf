// Script toggles in the Firefox build (.output/firefox-mv2, headless Firefox ESR): the same
// measurements as toggle.warm.seed.ms and toggle.1m.total.ms, timed in the background page, where
// Firefox also keeps the converter (no offscreen document).
import type { TabAction } from '../../lib/messages';
import { launchFirefox, type FirefoxHarness } from '../e2e/firefox-harness';
import type { DriverTab } from '../e2e/scenarios/driver';
import { LONG_PAGE, LONG_PAGE_TIMEOUT_MS, medianOfRuns, seedMedian, settled } from './measure';
import type { Metric } from './types';

/** Each metric starts its own Firefox: a few seconds, and no browser outlives its metric. */
async function withFirefox<T>(fn: (ff: FirefoxHarness) => Promise<T>): Promise<T> {
  const ff = await launchFirefox();
  try {
    return await fn(ff);
  } finally {
    await ff.close();
  }
}

/** A fresh tab whose content script is up, so timings start at the user's action. */
async function onReadyTab<T>(ff: FirefoxHarness, path: string, fn: (tab: DriverTab) => Promise<T>): Promise<T> {
  const tab = await ff.open(path);
  try {
    await ff.status(tab.tabId, LONG_PAGE_TIMEOUT_MS);
    return await fn(tab);
  } finally {
    await tab.close();
  }
}

const actMs = async (ff: FirefoxHarness, tabId: number, action: TabAction) => (await ff.hook('timedAct', tabId, action)).ms;

/** Milliseconds until the long page shows no Simplified-only character it uses everywhere, 0 when none is left. */
function untilConverted(tab: DriverTab): Promise<number> {
  return tab.evaluate(
    (timeoutMs) =>
      new Promise<number>((resolve, reject) => {
        const unconverted = /[协级组织务员资质设专术馆]/;
        const start = performance.now();
        const check = () => {
          if (!unconverted.test(document.querySelector('.article')?.textContent ?? '')) return resolve(performance.now() - start);
          if (performance.now() - start > timeoutMs) return reject(new Error('the long page was not converted in time'));
          setTimeout(check, 50);
        };
        check();
      }),
    LONG_PAGE_TIMEOUT_MS,
  );
}

export const firefoxMetrics: Metric[] = [
  {
    name: 'firefox.toggle.warm.seed.ms',
    target: { max: 15 },
    measure: (bench) =>
      withFirefox(async (ff) => ({
        value: await seedMedian(bench, (path) =>
          onReadyTab(ff, path, async (tab) => {
            // From a settled page, as toggle.warm.seed.ms (tests/bench/measure.ts settled).
            await actMs(ff, tab.tabId, { action: 'toggle' });
            await settled(tab);
            await actMs(ff, tab.tabId, { action: 'restore' });
            await settled(tab);
            return actMs(ff, tab.tabId, { action: 'toggle' });
          }),
        ),
        unit: 'ms',
      })),
  },
  {
    name: 'firefox.toggle.1m.total.ms',
    target: { max: 600 },
    measure: (bench) =>
      withFirefox(async (ff) => ({
        value: await medianOfRuns(bench.runs, () =>
          onReadyTab(ff, LONG_PAGE, async (tab) => {
            // The toggle resolves once the conversion is applied; text still converting after that counts too.
            return (await actMs(ff, tab.tabId, { action: 'toggle' })) + (await untilConverted(tab));
          }),
        ),
        unit: 'ms',
      })),
  },
];
