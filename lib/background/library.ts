// Background services around the clip library: opening the library page, the source of a clip,
// and exports for the test hook. The store itself lives in lib/store.
import { browser } from 'wxt/browser';
import { getClip } from '../store/clips';
import { act } from './tabs';

const LIBRARY_PATH = '/library.html';

export async function openLibrary(): Promise<number> {
  const url = browser.runtime.getURL(LIBRARY_PATH);
  const [open] = await browser.tabs.query({ url });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    return open.id;
  }
  const tab = await browser.tabs.create({ url });
  return tab.id!;
}

function waitForComplete(tabId: number, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error('The page took too long to load'));
    }, timeoutMs);
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') {
        clearTimeout(timer);
        browser.tabs.onUpdated.removeListener(listener);
        resolve();
      }
    };
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** Open a clip's page and scroll to the clipped text (found by quote, in either script). */
export async function openClip(clipId: string): Promise<number> {
  const clip = await getClip(clipId);
  if (!clip) throw new Error('This clip no longer exists');
  const tab = await browser.tabs.create({ url: clip.page.url });
  await waitForComplete(tab.id!);
  const { exact, prefix, suffix } = clip.anchor;
  await act(tab.id!, { action: 'reveal', anchor: { exact, prefix, suffix } });
  return tab.id!;
}
