// Script conversion engine over opencc-js. Each converter is built once per process, lazily:
// the Simplified→Traditional dictionaries cost ~40 MB and hundreds of ms to build, so they are
// only built in the one place that survives (offscreen document / background page).
import * as OpenCC from 'opencc-js';
import type { Target } from '../types';

type Convert = (text: string) => string;

const LOCALES: Record<Target, { from: string; to: string }> = {
  tw: { from: 'cn', to: 'tw' },
  hk: { from: 'cn', to: 'hk' },
  t: { from: 'cn', to: 't' },
  twp: { from: 'cn', to: 'twp' },
  cn: { from: 't', to: 'cn' },
};

const cache = new Map<Target, Convert>();

/** The converter for a target, built on first use and kept for the life of the process. */
export function getConverter(target: Target): Convert {
  let fn = cache.get(target);
  if (!fn) {
    fn = OpenCC.Converter(LOCALES[target] as never) as Convert;
    cache.set(target, fn);
  }
  return fn;
}

export function isBuilt(target: Target): boolean {
  return cache.has(target);
}

export function convertTexts(target: Target, texts: string[]): string[] {
  const fn = getConverter(target);
  return texts.map(fn);
}

/** Simplified-normalised form, used for clip identity and script-blind search. */
export function toSimplified(text: string): string {
  return getConverter('cn')(text);
}
