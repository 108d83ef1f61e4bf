// The tag most recently added in the library, for the "clip the selection with the last-used tag"
// shortcut (the background reads it, the library writes it).
import { browser } from 'wxt/browser';

export const LAST_TAG_KEY = 'lastTag';

export async function getLastTag(): Promise<string | null> {
  const value = (await browser.storage.local.get(LAST_TAG_KEY))[LAST_TAG_KEY];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export async function setLastTag(tag: string): Promise<void> {
  await browser.storage.local.set({ [LAST_TAG_KEY]: tag });
}

/** The last of the tags in `after` that were not in `before`, or null when none was added. */
export function addedTag(before: readonly string[], after: readonly string[]): string | null {
  const had = new Set(before);
  return after.filter((tag) => !had.has(tag)).at(-1) ?? null;
}
