// "Always convert this site": how much of the text the reader first sees is already in the
// target script. The page is loaded with a site rule for the fixture server; an init script keeps
// the text of the first frame that shows any, and every character of it that the converter would
// still change counts as unconverted.
import { getConverter } from '../../lib/convert/engine';
import { SEED_PATHS } from '../fixtures/seeds';
import { firstPaintText, setSiteRules } from '../e2e/first-paint';
import type { Harness } from '../e2e/harness';
import { median } from './measure';
import type { Metric } from './types';

const HAN = /\p{Script=Han}/u;

/** Share (0–1) of the first painted text of `path` that is already Traditional (Taiwan). */
async function firstPaintConverted(h: Harness, path: string, toTw: (s: string) => string): Promise<number> {
  const page = await h.context.newPage();
  try {
    const text = await firstPaintText(page, `${h.serverUrl}${path}`);
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
