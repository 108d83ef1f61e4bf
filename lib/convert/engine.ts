// Script conversion engine over opencc-js. Each converter is built once per process, lazily:
// the Simplified→Traditional dictionaries cost ~40 MB and hundreds of ms to build, so they are
// only built in the one place that survives (offscreen document / background page).
//
// Each target is one OpenCC configuration (opencc-js picks the config's segmentation and
// conversion chain from the from/to pair):
//   tw → s2tw, hk → s2hk, t → s2t, twp → s2twp, cn → t2s (standard Traditional → Simplified).
import { Converter as fromSimplified } from 'opencc-js/cn2t';
import type { Target } from '../types';
import { segmentMemoConverter } from './segment-memo';
import { simplifiedConverter } from './simplified';

export { toSimplified } from './simplified';

type Convert = (text: string) => string;

const TRADITIONAL: Record<Exclude<Target, 'cn'>, string> = { tw: 'tw', hk: 'hk', t: 't', twp: 'twp' };

/** The OpenCC configuration each target runs (the name in OpenCC's own test cases). */
export const OPENCC_CONFIG: Record<Target, string> = {
  tw: 's2tw',
  hk: 's2hk',
  t: 's2t',
  twp: 's2twp',
  cn: 't2s',
};

const cache = new Map<Target, Convert>();

/** The converter for a target, built on first use and kept for the life of the process. */
export function getConverter(target: Target): Convert {
  let fn = cache.get(target);
  if (!fn) {
    fn =
      target === 'cn'
        ? simplifiedConverter()
        : (segmentMemoConverter(OPENCC_CONFIG[target]) ??
          (fromSimplified({ from: 'cn', to: TRADITIONAL[target] } as never) as Convert));
    cache.set(target, fn);
  }
  return fn;
}

export function isBuilt(target: Target): boolean {
  return cache.has(target);
}

/** Build a target's converter ahead of need (a toggle is likely soon). */
export function warm(target: Target): void {
  getConverter(target);
}

export function convertTexts(target: Target, texts: string[]): string[] {
  const fn = getConverter(target);
  return texts.map(fn);
}
