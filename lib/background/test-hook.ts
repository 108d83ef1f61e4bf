// The documented way for tests, the demo and the benchmark to trigger user actions: functions on
// the service worker's global scope (reachable only from an extension context, e.g. Playwright's
// serviceWorker.evaluate). They call exactly what the popup, menus and shortcuts call.
import type { TabAction } from '../messages';
import type { Target } from '../types';
import { converterHost } from '../platform/converter-host';
import { clipToRow, toCsv } from '../export/csv';
import { clearClips, listClips } from '../store/clips';
import { analysisBusyMs } from './analysis';
import { openClip, openLibrary } from './library';
import { act } from './tabs';

export const testHook = {
  act: (tabId: number, action: TabAction) => act(tabId, action),
  /** `act`, timed where the popup would time it: from the click's message to the page's answer. */
  async timedAct(tabId: number, action: TabAction): Promise<{ ms: number; value: unknown }> {
    const start = performance.now();
    const value = await act(tabId, action);
    return { ms: performance.now() - start, value };
  },
  openLibrary,
  openClip,
  /** Time the background spent analysing pages: the extension's time on a page, outside the page. */
  analysisBusyMs,
  listClips,
  clearLibrary: clearClips,
  /** Resolves once the browser's converter for `target` is built (what a page's status prepares). */
  prepareConverter: (target: Target) => converterHost.prepare(target),
  async exportCsv(): Promise<string> {
    return toCsv((await listClips()).map((clip) => clipToRow(clip)));
  },
};

export function installTestHook(): void {
  (globalThis as unknown as { gongwen: typeof testHook }).gongwen = testHook;
}
