// What a reader sees first on an "always convert" site, shared by the e2e test and the bench
// (toggle.auto.firstPaintConverted): the site rule, set as the options page saves it, and the
// text of the first frame that shows any.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

type Local = { set(v: object): Promise<void> };
type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };

/** Stores `siteRules` as the only setting and waits until the background (un)registered the early reader. */
export async function setSiteRules(h: Harness, siteRules: object): Promise<void> {
  const sw = await h.sw();
  await sw.evaluate(
    (rules) => (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.set({ settings: { siteRules: rules } }),
    siteRules,
  );
  const want = Object.keys(siteRules).length > 0 ? 1 : 0;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const n = await sw.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (n === want) return;
    if (Date.now() > deadline) throw new Error(`the early reader is registered ${n} times, not ${want}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs before the page's own scripts: keeps the text of the first frame that shows any. A string,
 * not a function: tsx (esbuild keepNames) would wrap inner functions in a __name helper the page
 * does not have.
 */
const FIRST_PAINT_SCRIPT = `(() => {
  window.__firstPaintText = null;
  const check = () => {
    const html = document.documentElement;
    const text = document.body ? document.body.innerText.trim() : '';
    if (html && text && getComputedStyle(html).visibility !== 'hidden') window.__firstPaintText = text;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Loads `url` in `page` and returns the text of its first painted frame. */
export async function firstPaintText(page: Page, url: string): Promise<string> {
  await page.addInitScript(FIRST_PAINT_SCRIPT);
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __firstPaintText: string | null }).__firstPaintText);
  return (await handle.jsonValue()) as string;
}
