// Clipping: one click in the panel until the reader shows the confirmation, and a burst of 1,000
// clips from five tabs at once, which must all reach the library.
import type { Page } from 'playwright-core';
import type { Harness, OpenedTab } from '../e2e/harness';
import type { Clip } from '../../lib/types';
import { inFreshTab, LONG_PAGE, LONG_PAGE_TIMEOUT_MS, median, medianOfRuns, timed } from './measure';
import type { Metric } from './types';

/** The seed with the most numbered tasks (13). */
const CLIP_PAGE = '/002-hubei-notice.html';
const CLIP_BUTTONS = 'gongwen-lens-ui section[aria-labelledby="gwl-tasks"] [data-col="clip"]';
const BURST_TABS = 5;
const CLIPS_PER_TAB = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reader's clipMs once it differs from `before` (a click's clip has been confirmed). */
async function nextClipMs(h: Harness, tabId: number, before: number | undefined): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ms = (await h.status(tabId)).timings?.clipMs;
    if (ms !== undefined && ms !== before) return ms;
    if (Date.now() > deadline) throw new Error('the clip was not confirmed within 15 s (status.timings.clipMs unchanged)');
    await sleep(20);
  }
}

/** A trusted click on the `nth` task's clip button in the panel; the reader's own clipMs. */
async function clickClip(h: Harness, { page, tabId }: OpenedTab, nth: number): Promise<number> {
  await h.status(tabId);
  await h.hook('act', tabId, { action: 'panel', open: true });
  const before = (await h.status(tabId)).timings?.clipMs;
  await page.locator(CLIP_BUTTONS).nth(nth).click();
  return nextClipMs(h, tabId, before);
}

async function openLongTabs(h: Harness): Promise<{ tabs: OpenedTab[]; tasks: number[] }> {
  const tabs: OpenedTab[] = [];
  const tasks: number[] = [];
  try {
    for (let i = 0; i < BURST_TABS; i++) {
      const tab = await h.open(LONG_PAGE);
      tabs.push(tab);
      tasks.push((await h.status(tab.tabId, LONG_PAGE_TIMEOUT_MS)).counts.tasks);
    }
  } catch (error) {
    await closeAll(tabs.map((t) => t.page));
    throw error;
  }
  return { tabs, tasks };
}

const closeAll = (pages: Page[]) => Promise.all(pages.map((p) => p.close().catch(() => {})));

/**
 * The five tabs show the same page, so each clips its own share of the tasks (tab k: every fifth
 * task from k) and together they ask for 1,000 different items.
 */
function burstIndices(tab: number, tasks: number): number[] {
  if (tasks < BURST_TABS * CLIPS_PER_TAB) throw new Error(`${LONG_PAGE} has ${tasks} tasks, the burst needs ${BURST_TABS * CLIPS_PER_TAB}`);
  return Array.from({ length: CLIPS_PER_TAB }, (_, i) => tab + i * BURST_TABS);
}

/**
 * One burst into an empty library: wall time until all five tabs have their answer. Identity may
 * rightly merge two tasks with the same text and marker, so the clips to find afterwards are the
 * distinct clips the tabs were told were saved; any of them missing from the library is lost.
 */
async function burst(h: Harness, tabs: OpenedTab[], tasks: number[]): Promise<number> {
  await h.hook('clearLibrary');
  let answers: { ms: number; value: unknown }[] = [];
  const ms = await timed(async () => {
    answers = await Promise.all(
      tabs.map(({ tabId }, k) =>
        h.hook('timedAct', tabId, { action: 'clipItems', kind: 'task', indices: burstIndices(k, tasks[k]) }),
      ),
    );
  });
  const saved = answers.flatMap((a) => a.value as Clip[]);
  if (saved.length !== BURST_TABS * CLIPS_PER_TAB) throw new Error(`the tabs answered with ${saved.length} saved clips, not 1000`);
  const expected = new Set(saved.map((c) => c.key));
  const stored = new Set((await h.hook('listClips')).map((c) => c.key));
  const lost = [...expected].filter((key) => !stored.has(key)).length;
  if (lost > 0) throw new Error(`${lost} of ${expected.size} clips were lost (the library holds ${stored.size})`);
  return ms;
}

export const clipMetrics: Metric[] = [
  {
    name: 'clip.roundtrip.ms',
    target: { max: 50 },
    measure: async ({ h, runs }) => {
      let run = 0;
      const value = await medianOfRuns(runs, async () => {
        await h.hook('clearLibrary');
        const nth = run++ % 13;
        return inFreshTab(h, CLIP_PAGE, (tab) => clickClip(h, tab, nth));
      });
      await h.hook('clearLibrary');
      return { value, unit: 'ms' };
    },
  },
  {
    name: 'clip.burst.1000.ms',
    target: { max: 3000 },
    measure: async ({ h, runs }) => {
      const { tabs, tasks } = await openLongTabs(h);
      try {
        const values: number[] = [];
        for (let i = 0; i < runs; i++) values.push(await burst(h, tabs, tasks));
        return { value: median(values), unit: 'ms' };
      } finally {
        await closeAll(tabs.map((t) => t.page));
        await h.hook('clearLibrary');
      }
    },
  },
];
