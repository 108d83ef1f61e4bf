// Finding a clip again in its page: a W3C TextQuoteSelector (exact + prefix + suffix) for our own
// search, and a Text Fragment link (#:~:text=) that browsers can scroll to on their own.
import type { ClipAnchor } from '../types';

/** Context kept on each side of the exact text. */
const CONTEXT_CHARS = 32;
/** Longer quotes go into a link as a `start,end` pair instead of in full. */
const MAX_FRAGMENT_EXACT = 300;
/** Length of each end of a `start,end` pair. */
const FRAGMENT_END_CHARS = 24;
/**
 * Text fragments only match at word boundaries, and browsers find Chinese word boundaries with a
 * dictionary; cutting right after punctuation or a space is a boundary in every segmentation.
 */
const BOUNDARY = /[\s，。、；：！？,.;:!?（）()《》「」『』“”"'【】—…·]/;

function encodeTerm(term: string): string {
  // `-`, `,` and `&` are the directive's own syntax; encodeURIComponent leaves `-` alone.
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The start of `s` up to a boundary, at most `max` characters (the whole first line if shorter). */
function headAtBoundary(s: string, max: number): string {
  if (s.length <= max) return s;
  for (let i = max - 1; i > 0; i--) if (BOUNDARY.test(s[i])) return s.slice(0, i + 1);
  return s.slice(0, max);
}

/** The end of `s` from a boundary, at most `max` characters. */
function tailAtBoundary(s: string, max: number): string {
  if (s.length <= max) return s;
  for (let i = s.length - max; i < s.length - 1; i++) if (BOUNDARY.test(s[i])) return s.slice(i + 1);
  return s.slice(-max);
}

/**
 * A fragment's prefix must lie in the same block as the match and begin at a word boundary:
 * keep the current line, and when it was cut mid-line start it after its first boundary.
 */
function fragmentPrefix(prefix: string, cutMidLine: boolean): string {
  const nl = prefix.lastIndexOf('\n');
  let s = nl >= 0 ? prefix.slice(nl + 1) : prefix;
  if (nl < 0 && cutMidLine) {
    let i = 0;
    while (i < s.length && !BOUNDARY.test(s[i])) i++;
    s = s.slice(i + 1);
  }
  return s.trim();
}

function fragmentSuffix(suffix: string, cutMidLine: boolean): string {
  const nl = suffix.indexOf('\n');
  let s = nl >= 0 ? suffix.slice(0, nl) : suffix;
  if (nl < 0 && cutMidLine) {
    let i = s.length - 1;
    while (i >= 0 && !BOUNDARY.test(s[i])) i--;
    s = s.slice(0, i + 1);
  }
  return s.trim();
}

/** `pageUrl` with a text directive for `exact`, given its full-line context. */
function fragmentUrl(pageUrl: string, exact: string, prefix: string, suffix: string): string {
  const quote = exact.trim();
  const terms: string[] = [];
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  // A single term can neither cross a block boundary nor be arbitrarily long.
  if (quote.length > MAX_FRAGMENT_EXACT || quote.includes('\n')) {
    const lines = quote.split('\n');
    terms.push(encodeTerm(headAtBoundary(lines[0].trim(), FRAGMENT_END_CHARS)));
    terms.push(encodeTerm(tailAtBoundary(lines[lines.length - 1].trim(), FRAGMENT_END_CHARS)));
  } else {
    terms.push(encodeTerm(quote));
  }
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  const base = pageUrl.split('#')[0];
  return `${base}#:~:text=${terms.join(',')}`;
}

/** The anchor of text[start, end) in a page whose URL is `pageUrl`. */
export function makeAnchor(text: string, start: number, end: number, pageUrl: string): ClipAnchor {
  const exact = text.slice(start, end);
  const prefixFrom = Math.max(0, start - CONTEXT_CHARS);
  const suffixTo = Math.min(text.length, end + CONTEXT_CHARS);
  const prefix = text.slice(prefixFrom, start);
  const suffix = text.slice(end, suffixTo);
  return {
    exact,
    prefix,
    suffix,
    fragmentUrl: fragmentUrl(
      pageUrl,
      exact,
      fragmentPrefix(prefix, prefixFrom > 0),
      fragmentSuffix(suffix, suffixTo < text.length),
    ),
  };
}

/**
 * Applies `normalize` one code point at a time, so the result has the same length as the input
 * and offsets found in it are offsets in the input. Each distinct character is converted once.
 */
function charwise(normalize: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  const one = (c: string): string => {
    let mapped = cache.get(c);
    if (mapped === undefined) {
      const converted = normalize(c);
      // A character that would change length (or vanish) is compared as it is.
      mapped = converted.length === c.length ? converted : c;
      cache.set(c, mapped);
    }
    return mapped;
  };
  return (s) => {
    let out = '';
    for (const c of s) out += one(c);
    return out;
  };
}

/** How many characters `a` and `b` share at their ends (`fromEnd`) or their starts. */
function sharedLength(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  if (fromEnd) while (k < n && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  else while (k < n && a[k] === b[k]) k++;
  return k;
}

/**
 * Where `anchor.exact` occurs in `text`, choosing among repeated occurrences the one whose
 * surroundings agree most with the anchor's prefix and suffix (the first one on a tie).
 * `normalize` (e.g. Traditional → Simplified) is applied character by character to both sides,
 * so a clip taken in one script is found in a page shown in the other.
 */
export function findAnchor(
  text: string,
  anchor: ClipAnchor,
  normalize?: (s: string) => string,
): { start: number; end: number } | null {
  const norm = normalize ? charwise(normalize) : (s: string) => s;
  const exact = norm(anchor.exact);
  if (!exact) return null;
  const page = norm(text);
  const prefix = norm(anchor.prefix);
  const suffix = norm(anchor.suffix);
  let best: { start: number; score: number } | null = null;
  for (let at = page.indexOf(exact); at >= 0; at = page.indexOf(exact, at + 1)) {
    const before = page.slice(Math.max(0, at - prefix.length), at);
    const after = page.slice(at + exact.length, at + exact.length + suffix.length);
    const score = sharedLength(before, prefix, true) + sharedLength(after, suffix, false);
    if (!best || score > best.score) best = { start: at, score };
    if (score === prefix.length + suffix.length) break; // cannot be beaten
  }
  return best && { start: best.start, end: best.start + anchor.exact.length };
}
