// Pinyin residue: a conversion artefact where a character is followed by its pinyin in brackets
// (科協(xié), 發(fā), 區(qū)). Only a bracket right after a Han character holding a single
// lower-case pinyin syllable is residue, so 縣(市、區(qū)) keeps "(市、區" and 科技(AI) is untouched.
// The garbled text around residue (高??茀) is what the page says and stays.

import { isHanCode } from './han';

export interface Residue {
  start: number;
  end: number;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
// Bounded repetition keeps the scan linear on any input. What stands before the bracket is checked
// in code: a leading lookbehind is tried at every character of the text, the bracket only where one is.
// (Or a word's syllables, parted by spaces: 科協(kē xié).)
const BRACKET = new RegExp(`[(（]([a-z${TONED}]{1,6}(?: [a-z${TONED}]{1,6}){0,3})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** After a Han character, or after one stray Latin letter that follows one (seed 001's garbled 茀f(xié)). */
function afterHan(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return isHanCode(before) || (isLatinLetter(before) && isHanCode(text.charCodeAt(at - 2)));
}
/** The vowels a syllable without an initial may open on (i, u and ü are written yi, wu, yu). */
const OPENING_VOWELS = 'aeoāáǎàēéěèōóǒòê';
// One syllable: an initial and a vowel group, or a vowel group opening on a, e or o, then an
// optional nasal/rhotic coda; one without an initial is more than its vowel. (So a reply's (i),
// (iii) and 問題(a) are items, not residue.)
const SYLLABLE = new RegExp(
  `^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])[aeiouv${TONED}]{1,4}(?:ng|n|r)?|[${OPENING_VOWELS}](?:[aeiouv${TONED}]{1,3}(?:ng|n|r)?|ng|n|r))$|^(?:h?[mn]g?|[${TONED}])$`,
);

/** Offsets of every pinyin residue bracket (brackets included) in `text`, in order. */
export function findPinyinResidue(text: string): Residue[] {
  const out: Residue[] = [];
  // Most blocks hold no bracket at all.
  if (!text.includes('(') && !text.includes('（')) return out;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    // (Several syllables only with a tone mark among them: (open data) after a Han word is English.)
    const syllables = m[1].split(' ');
    const pinyin = syllables.length === 1 ? SYLLABLE.test(m[1]) : HAS_TONE.test(m[1]) && syllables.every((s) => SYLLABLE.test(s));
    if (afterHan(text, m.index) && pinyin) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `text` without its pinyin residue. */
export function stripPinyinResidue(text: string): string {
  const found = findPinyinResidue(text);
  if (!found.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of found) {
    parts.push(text.slice(at, r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
