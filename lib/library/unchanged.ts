// Most clips are already Simplified, and converting 100,000 of them just to learn that nothing
// changes takes seconds. This finds, from the converter's own dictionaries (OpenCC t2s, the one
// engine.ts builds for target 'cn'), a set of characters such that text containing none of them
// comes out of the conversion unchanged — so it can skip the converter.
import * as OpenCC from 'opencc-js/t2cn';
import type { Simplify } from './search';

type Dict = string | [string, string][];

interface T2sConfig {
  normalizationChain: Dict[][];
  conversionChain: Dict[][];
}

const pairs = (dict: Dict): [string, string][] =>
  typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as [string, string]) : dict;

/**
 * Characters whose presence means the text may change. Sound by construction: a conversion only
 * changes text where an entry with a different value matches, and every such entry contains a
 * character of the set — a changing single character, a normalised compatibility ideograph, or one
 * character of a phrase that changes although none of its characters does alone (回覆→回复).
 */
export function triggerCharacters(config: T2sConfig): Set<string> {
  const triggers = new Set<string>();
  for (const dict of config.normalizationChain.flat()) for (const [key] of pairs(dict)) triggers.add(key);
  const phrases: [string, string][] = [];
  for (const dict of config.conversionChain.flat()) {
    for (const entry of pairs(dict)) {
      const [key, value] = entry;
      if ([...key].length > 1) phrases.push(entry);
      else if (key !== value) triggers.add(key);
    }
  }
  for (const [key, value] of phrases) {
    const chars = [...key];
    if (key === value || chars.some((c) => triggers.has(c))) continue;
    // The character the phrase replaces (瞭 in 瞭解→了解) is rare in Simplified text, unlike its
    // neighbours, so few strings are sent to the converter for nothing.
    const out = [...value];
    triggers.add(chars.find((c, i) => c !== out[i]) ?? chars[0]);
  }
  return triggers;
}

function t2sConfig(): T2sConfig {
  return (OpenCC as unknown as { Locale: { configs: { t2s: T2sConfig } } }).Locale.configs.t2s;
}

/** `simplify`, skipping the call for text that cannot change. */
export function skipUnchanged(simplify: Simplify, triggers: ReadonlySet<string> = triggerCharacters(t2sConfig())): Simplify {
  // A flat table over the Basic Multilingual Plane: this check runs over every character of every
  // clip, so it must cost a load and a compare, not a string hash.
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const ch of triggers) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x10000) bmp[cp] = 1;
    else astral.add(cp);
  }
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (bmp[unit] === 1) return simplify(text);
      if (unit >= 0xd800 && unit <= 0xdbff && astral.has(text.codePointAt(i)!)) return simplify(text);
    }
    return text;
  };
}
