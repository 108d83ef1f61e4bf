// The toolbar badge and tooltip: counts on official pages, script and conversion state always.
import { browser } from 'wxt/browser';
import type { PageStatus } from '../types';
import { scriptLabel, targetLabel } from './labels';

// MV2 (Firefox) calls it browserAction; MV3 calls it action.
const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showStatus(tabId: number, status: PageStatus): Promise<void> {
  const count = status.counts.tasks + status.counts.stats;
  const text = status.isOfficial && count > 0 ? String(count) : '';
  const state = status.converted
    ? `${scriptLabel(status.script)} → ${targetLabel(status.converted)}`
    : scriptLabel(status.script);
  await Promise.all([
    toolbar.setBadgeText({ tabId, text }),
    toolbar.setBadgeBackgroundColor({ tabId, color: status.converted ? '#1d5fa8' : '#b22222' }),
    toolbar.setTitle({
      tabId,
      title: `${browser.i18n.getMessage('extName') || 'Gongwen Lens'} — ${state}` +
        (status.isOfficial ? ` · ${status.counts.tasks} / ${status.counts.stats}` : ''),
    }),
  ]);
}
