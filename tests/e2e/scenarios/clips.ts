// Clips and the background's lifetime: what the store holds must outlive the background.
import { expect } from 'vitest';
import type { Driver } from './driver';
import { highlightSizes } from './highlights';

/** Expects an empty library. */
export async function clipSurvivesBackgroundRestart(d: Driver): Promise<void> {
  const first = await d.open('/002-hubei-notice.html');
  await d.status(first.tabId);
  await d.hook('act', first.tabId, { action: 'clipItems', kind: 'task', indices: [0, 2] });
  const before = (await d.hook('listClips')).map((c) => c.key).sort();
  expect(before).toHaveLength(2);
  await first.close();

  await d.restartBackground();
  expect((await d.hook('listClips')).map((c) => c.key).sort()).toEqual(before);

  // The restarted background marks what was clipped and takes new clips into the same store.
  const again = await d.open('/002-hubei-notice.html');
  await expect.poll(async () => (await d.status(again.tabId)).counts.clipped).toBe(2);
  await expect.poll(async () => (await highlightSizes(again)).clipped).toBe(2);
  await d.hook('act', again.tabId, { action: 'clipItems', kind: 'task', indices: [4] });
  expect(await d.hook('listClips')).toHaveLength(3);
  await again.close();
}
