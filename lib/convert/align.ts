// Splitting a converted block back across its text nodes. A block is converted as one string so
// phrases split across elements (<span>头</span><span>发</span>) convert as phrases; the result
// must then be cut into one piece per node.
//
// Every OpenCC preset we offer except twp maps each code point to exactly one code point (the
// engine test checks this), so cutting by code-point counts is exact. Where the counts differ
// (twp vocabulary: U盘 → 隨身碟), the nodes are also converted one by one; that result differs
// from the whole-block result only around phrases that cross a node boundary, so a diff between
// the two places every other boundary exactly. The joined pieces always equal the whole-block
// result: the text is never corrupted, at worst a character of a crossing phrase sits in the
// neighbouring node.

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += isPairAt(s, i) ? 2 : 1) n++;
  return n;
}

/** Cut `whole` at the given code-point boundaries (ascending, last = total). */
function cutAt(whole: string, boundaries: number[]): string[] {
  const out: string[] = [];
  let cp = 0;
  let unit = 0;
  let from = 0;
  for (const b of boundaries) {
    while (cp < b && unit < whole.length) {
      unit += isPairAt(whole, unit) ? 2 : 1;
      cp++;
    }
    out.push(whole.slice(from, unit));
    from = unit;
  }
  // Anything past the last boundary belongs to the last piece.
  if (from < whole.length && out.length) out[out.length - 1] += whole.slice(from);
  return out;
}

function cumulative(counts: number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const c of counts) out.push((sum += c));
  return out;
}

/** Whether `whole` has as many code points as the sources together (then cutting is exact). */
export function keepsLength(sources: string[], whole: string): boolean {
  let n = 0;
  for (const s of sources) n += codePointCount(s);
  return n === codePointCount(whole);
}

/** Split a length-keeping conversion of the joined `sources` into one piece per source. */
export function splitByLength(sources: string[], whole: string): string[] {
  return cutAt(whole, cumulative(sources.map(codePointCount)));
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * One piece per source when the conversion of the joined `sources` kept every length, else null.
 * Text without surrogates (nearly all) has as many code points as code units: the pieces are
 * plain slices, without counting code points (60 ms of a 1,000,000-character page's toggle).
 */
export function splitKeepingLength(sources: string[], whole: string): string[] | null {
  let units = 0;
  for (const s of sources) units += s.length;
  if (units === whole.length && !SURROGATE.test(whole) && !sources.some((s) => SURROGATE.test(s))) {
    const pieces: string[] = [];
    let at = 0;
    for (const s of sources) pieces.push(whole.slice(at, (at += s.length)));
    return pieces;
  }
  return keepsLength(sources, whole) ? splitByLength(sources, whole) : null;
}

/** Longest edit script we search before falling back to proportional cuts. */
const MAX_EDITS = 256;

/**
 * Map every position of `a` to a position of `b` (both code-point arrays) through a minimal
 * diff (Myers): positions in equal runs map exactly, positions inside a changed run map
 * proportionally within it. Null when the strings differ in more than MAX_EDITS places.
 */
function positionMap(a: number[], b: number[]): Int32Array | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  // Walk back to list the matched pairs (snakes), then fill the map between them.
  const matches: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK =
      k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) matches.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([--x, --y]);
  matches.reverse();

  const map = new Int32Array(n + 1);
  let ai = 0;
  let bi = 0;
  const fillChange = (aEnd: number, bEnd: number) => {
    const span = aEnd - ai;
    for (let i = 0; i < span; i++) map[ai + i] = bi + Math.round((i * (bEnd - bi)) / span);
    ai = aEnd;
    bi = bEnd;
  };
  for (const [ma, mb] of matches) {
    if (ma > ai || mb > bi) fillChange(ma, mb);
    map[ai++] = bi++;
  }
  fillChange(n, m);
  map[n] = m;
  return map;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/**
 * Split `whole` (the conversion of the joined sources) into one piece per source, given
 * `separate` — each source converted on its own. Used when the conversion changed the length.
 */
export function splitByDiff(separate: string[], whole: string): string[] {
  if (separate.join('') === whole) return separate.slice();
  const ends = cumulative(separate.map(codePointCount));
  const total = ends.length ? ends[ends.length - 1] : 0;
  const wholeCount = codePointCount(whole);
  const map = positionMap(codePoints(separate.join('')), codePoints(whole));
  const boundaries = ends.map((e) =>
    map ? map[e] : total ? Math.round((e * wholeCount) / total) : wholeCount,
  );
  // The last piece always ends at the end of `whole`.
  if (boundaries.length) boundaries[boundaries.length - 1] = wholeCount;
  return cutAt(whole, boundaries);
}
