// What the whole-page analyzer tests expect of the items found on a page, shared by the seed
// pages and the pages of other regions.
import { expect } from 'vitest';
import type { Analysis } from '../../lib/types';

export type ExpectedTask = [marker: string, level: number, textStart: string];
export type ExpectedStat = [text: string, value: number, unit: string, qualifier: string | null];

/** F1 of found items against expected ones, matching in order. */
function f1<E, A>(expected: E[], actual: A[], same: (e: E, a: A) => boolean): number {
  if (!expected.length && !actual.length) return 1;
  const used = new Set<number>();
  let hits = 0;
  for (const e of expected) {
    const k = actual.findIndex((a, i) => !used.has(i) && same(e, a));
    if (k >= 0) {
      used.add(k);
      hits++;
    }
  }
  const precision = actual.length ? hits / actual.length : 0;
  const recall = expected.length ? hits / expected.length : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export const taskMatches = (e: ExpectedTask, a: Analysis['tasks'][number]) =>
  a.marker === e[0] && a.level === e[1] && a.text.startsWith(e[2]);
export const statMatches = (e: ExpectedStat, a: Analysis['stats'][number]) =>
  a.text === e[0] && Math.abs(a.value - e[1]) < 1e-9 && a.unit === e[2] && a.qualifier === e[3];

/** Tasks and statistics F1 ≥ 0.97, offsets that agree with the text, no pinyin residue. */
export function checkItems(a: Analysis, page: { tasks: ExpectedTask[]; stats: ExpectedStat[] }) {
  expect(f1(page.tasks, a.tasks, taskMatches)).toBeGreaterThanOrEqual(0.97);
  expect(f1(page.stats, a.stats, statMatches)).toBeGreaterThanOrEqual(0.97);
  for (const t of a.tasks) {
    expect(a.text.slice(t.start, t.start + t.marker.length)).toBe(t.marker);
    expect(a.text.slice(t.start, t.end)).toContain(t.text);
  }
  for (const s of a.stats) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  // Pinyin residue never reaches items or metadata.
  const residue = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;
  for (const t of a.tasks) expect(t.text).not.toMatch(residue);
  expect(JSON.stringify(a.meta)).not.toMatch(residue);
}
