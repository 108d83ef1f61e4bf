// "Always convert this site": how much of the text the reader first sees is already in the
// target script. The page is loaded with a site rule for the fixture server; an init script keeps
// the text of the first frame that shows any, and every character of it that the converter would
// still change counts as unconverted.
import { getConverter } from '../../lib/convert/engine';
import { SEED_PATHS } from '../fixtures/seeds';
import type { Harness } from '../e2e/harness';
import { median } from './measure';
import type { Metric } from './types';

type Local = { set(v: object): Promise<void> };
type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };

async function setSiteRules(h: Harness, siteRules: object): Promise<void> {
  const sw = await h.sw();
  await sw.evaluate(
    (rules) => (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.set({ settings: { siteRules: rules } }),
    siteRules,
  );
  // The rule takes effect once the background has registered (or unregistered) the early reader.
  const want = Object.keys(siteRules).length > 0 ? 1 : 0;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const n = await sw.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (n === want) return;
    if (Date.now() > deadline) throw new Error('the always-convert rule was not registered in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const HAN = /\p{Script=Han}/u;

/** Runs before the page's own scripts: keeps the text of the first frame that shows any. */
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

/** Share (0–1) of the first painted text of `path` that is already Traditional (Taiwan). */
async function firstPaintConverted(h: Harness, path: string, toTw: (s: string) => string): Promise<number> {
  const page = await h.context.newPage();
  try {
    // A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a __name
    // helper the page does not have.
    await page.addInitScript(FIRST_PAINT_SCRIPT);
    await page.goto(`${h.serverUrl}${path}`);
    const handle = await page.waitForFunction(() => (window as unknown as { __firstPaintText: string | null }).__firstPaintText);
    const text = (await handle.jsonValue()) as string;
    // Converted in context, as the page should be (游 in 上游 stays 游): the S→T presets keep length,
    // so a character is unconverted where converting the whole text again would change it.
    const again = toTw(text);
    if (again.length !== text.length) throw new Error(`the tw preset changed the length of ${path}'s text`);
    let han = 0;
    let same = 0;
    for (let i = 0; i < text.length; i++) {
      if (!HAN.test(text[i])) continue;
      han++;
      if (again[i] === text[i]) same++;
    }
    if (han === 0) throw new Error(`${path} showed no Chinese at first paint`);
    return same / han;
  } finally {
    await page.close();
  }
}

export const autoMetrics: Metric[] = [
  {
    // Median over runs of the lowest share among the seed pages: every page must be converted.
    name: 'toggle.auto.firstPaintConverted',
    target: { min: 1 },
    measure: async ({ h, runs }) => {
      const toTw = getConverter('tw');
      await setSiteRules(h, { '127.0.0.1': { mode: 'always', target: 'tw' } });
      try {
        const worst: number[] = [];
        for (let i = 0; i < runs; i++) {
          const shares: number[] = [];
          for (const path of SEED_PATHS) shares.push(await firstPaintConverted(h, path, toTw));
          worst.push(Math.min(...shares));
        }
        return { value: median(worst), unit: 'share' };
      } finally {
        await setSiteRules(h, {});
      }
    },
  },
];
