// Numbers as printed, found by hand. This is the pattern
//   (CN{1,6})分之(CN{1,6}(?:[点點]CN{1,4})?)    a fraction: 三分之一, 百分之九十, 百分之一點五
//   | ([二-九])分([一-八])                       Hong Kong's fraction without 之: 三分一 (see bareFractionAt)
//   | D{1,3}(?:,[0-9]{3})+(?![0-9])              1,286
//   | D{1,3}(?:[ nbsp thin nnbsp][0-9]{3})+(?![0-9])   12 000 (Hong Kong)
//   | D+(?:[.．]D+)?                              4.5, １２
//   | (CN{1,12})                                  二十三, 百万
// (CN: a Chinese numeral character, D: an ASCII or full-width digit) with the regex engine's
// leftmost-first semantics, which the unit tests check against the regex itself. A page of
// 1,000,000 characters has ~60,000 numbers: as a global regex, each match cost an exec and an
// array of captures (50 ms of the page's 140 ms of statistics); here the scan is a table
// lookup per character and a match is one small object.
import { CN_NUMERAL_CHARS } from './numbers';

export interface NumberMatch {
  index: number;
  end: number;
  /** A fraction: the numerals before and after 分之. */
  denominator?: string;
  numerator?: string;
  /** An Arabic number as printed. */
  arabic?: string;
  /** A Chinese numeral (not a fraction). */
  chinese?: string;
}

const DIGIT = 1;
const NUMERAL = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) KIND[c] = DIGIT;
for (let c = 0xff10; c <= 0xff19; c++) KIND[c] = DIGIT;
for (const ch of CN_NUMERAL_CHARS) KIND[ch.charCodeAt(0)] = NUMERAL;

const FEN = '分'.charCodeAt(0);
const POINTS = new Set(['点'.charCodeAt(0), '點'.charCodeAt(0)]);
const ZHI = '之'.charCodeAt(0);
const COMMA = 0x2c;
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);
const DECIMAL_POINTS = new Set([0x2e, 0xff0e]);

const isAscii = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Length of the run of `kind` characters at `at`, counting at most `max`. */
function runOf(text: string, at: number, kind: number, max: number): number {
  let n = 0;
  while (n < max && at + n < text.length && KIND[text.charCodeAt(at + n)] === kind) n++;
  return n;
}

const isFullWidth = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xff10 && c <= 0xff19;
};
const FULL_WIDTH_COMMA = 0xff0c;
/** What may part groups of digits: a comma, a space, a full-width comma. */
const GROUP_SEPARATORS = new Set([COMMA, ...GROUP_SPACES, FULL_WIDTH_COMMA]);

/** End of `digits` digits followed by groups of three digits (ASCII by default) after a separator, or -1. */
function groupedEnd(
  text: string,
  at: number,
  digits: number,
  separator: (c: number) => boolean,
  digit: (text: string, i: number) => boolean = isAscii,
): number {
  let end = at + digits;
  let groups = 0;
  while (separator(text.charCodeAt(end)) && digit(text, end + 1) && digit(text, end + 2) && digit(text, end + 3)) {
    end += 4;
    groups++;
  }
  if (groups === 0) return -1;
  // (?![0-9]): the last group may be the start of a longer run; the one before it ends on a separator.
  if (digit(text, end)) return groups > 1 ? end - 4 : -1;
  return end;
}

const isComma = (c: number) => c === COMMA;
const isGroupSpace = (c: number) => GROUP_SPACES.has(c);
const isFullWidthComma = (c: number) => c === FULL_WIDTH_COMMA;

function arabicAt(text: string, at: number): NumberMatch {
  const run = runOf(text, at, DIGIT, Infinity);
  // (Most numbers are followed by no separator at all: a look at that first.)
  if (run <= 3 && GROUP_SEPARATORS.has(text.charCodeAt(at + run))) {
    const commas = groupedEnd(text, at, run, isComma);
    // Full-width digits take the full-width comma between their groups (１，２００).
    const grouped =
      commas >= 0
        ? commas
        : Math.max(
            groupedEnd(text, at, run, isGroupSpace),
            groupedEnd(text, at, run, isFullWidthComma, isFullWidth),
            // (So does a scan's text layer its spaces: ５ ０００人次.)
            groupedEnd(text, at, run, isGroupSpace, isFullWidth),
          );
    if (grouped >= 0) {
      const end = withDecimals(text, grouped);
      return { index: at, end, arabic: text.slice(at, end) };
    }
  }
  const end = withDecimals(text, at + run);
  return { index: at, end, arabic: text.slice(at, end) };
}

/**
 * `end`, or the end of the decimals after it: up to `max` characters of `kind` after one of
 * `points` (1,286.45; 一點五; 百分之1.07).
 */
function withDecimals(text: string, end: number, points = DECIMAL_POINTS, kind = DIGIT, max = Infinity): number {
  if (points.has(text.charCodeAt(end))) {
    const decimals = runOf(text, end + 1, kind, max);
    if (decimals > 0) return end + 1 + decimals;
  }
  return end;
}

/** The end of a Chinese numeral's decimals after 点/點 (七點五), or `end`. */
export const chineseDecimalsEnd = (text: string, end: number): number => withDecimals(text, end, POINTS, NUMERAL, 4);

const SPACE = 0x20;

/** The point of a fraction's numerator in digits (百分之1.07): an ASCII point only. */
const ASCII_POINT = new Set([0x2e]);

function chineseAt(text: string, at: number): NumberMatch {
  const run = runOf(text, at, NUMERAL, 7);
  if (run <= 6 && text.charCodeAt(at + run) === FEN && text.charCodeAt(at + run + 1) === ZHI) {
    let after = at + run + 2;
    const numeral = withoutVerbCan(text, after, runOf(text, after, NUMERAL, 6));
    // Hong Kong's statistics write the share in digits: 百分之1.07 (spaced, too: 百分之 9.6).
    if (numeral === 0 && text.charCodeAt(after) === SPACE && runOf(text, after + 1, DIGIT, 1) > 0) after++;
    const digits = numeral > 0 ? 0 : runOf(text, after, DIGIT, 6);
    if (numeral + digits > 0) {
      const end =
        numeral > 0
          ? chineseDecimalsEnd(text, after + numeral)
          : withDecimals(text, after + digits, ASCII_POINT, DIGIT, 4);
      return { index: at, end, denominator: text.slice(at, at + run), numerator: text.slice(after, end) };
    }
  }
  if (run === 1 && text.charCodeAt(at + 1) === FEN) {
    const bare = bareFractionAt(text, at);
    if (bare) return bare;
  }
  const length = withoutVerbCan(text, at, runOf(text, at, NUMERAL, 12));
  return { index: at, end: at + length, chinese: text.slice(at, at + length) };
}

/** A numeral run without a last 參 that starts a verb (約三分之一參加者, 三參與): no formal 三 there. */
function withoutVerbCan(text: string, at: number, run: number): number {
  return run > 1 && startsVerbCan(text, at + run - 1) ? run - 1 : run;
}
/** Whether the 參 at `at` starts a verb (參加, 參與, 參觀, 參考, 參賽…), not the numeral 三 in its formal form. */
export function startsVerbCan(text: string, at: number): boolean {
  return (text[at] === '參' || text[at] === '参') && VERB_AFTER_CAN.has(text[at + 1]);
}
const VERB_AFTER_CAN = new Set([...'加與与觀观考賽赛展選选照議议閱阅謀谋訪访']);

// Hong Kong writes a fraction without 之: 三分一, 四分三. Only a denominator of two to nine
// (十分一致 is "very consistent") and a smaller numerator, not the start of a word (三分一样).
const BARE_DENOMINATORS = '二两兩三四五六七八九';
const BARE_NUMERATORS = '一二两兩三四五六七八';
const NOT_A_NUMERATOR_AFTER = new Set([...'致般样樣直定切些起同下向律时時秒毫'].map((c) => c.charCodeAt(0)));

function bareFractionAt(text: string, at: number): NumberMatch | null {
  const den = BARE_DENOMINATORS.indexOf(text[at]);
  const num = BARE_NUMERATORS.indexOf(text[at + 2]);
  if (den < 0 || num < 0 || (KIND[text.charCodeAt(at + 3)] ?? 0) !== 0 || NOT_A_NUMERATOR_AFTER.has(text.charCodeAt(at + 3))) {
    return null;
  }
  return { index: at, end: at + 3, denominator: text[at], numerator: text[at + 2] };
}

/** The number that starts exactly at `at`, or null. */
export function numberAt(text: string, at: number): NumberMatch | null {
  const kind = KIND[text.charCodeAt(at)];
  if (kind === DIGIT) return arabicAt(text, at);
  if (kind === NUMERAL) return chineseAt(text, at);
  return null;
}

/** The first number at or after `from`, or null. */
export function nextNumber(text: string, from: number): NumberMatch | null {
  for (let i = from; i < text.length; i++) {
    if (KIND[text.charCodeAt(i)] !== 0) return numberAt(text, i);
  }
  return null;
}
