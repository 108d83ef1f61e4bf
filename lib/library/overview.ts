// Aggregations behind the overview charts and the statistics table.
import type { Clip, ClipKind } from '../types';
import { fieldValue, valueMaxOf } from './corrections';

export interface Bar {
  key: string;
  count: number;
}

/** Counts per key, most frequent first; beyond `limit` keys the rest are summed under `otherKey`. */
export function countBy(
  clips: readonly Clip[],
  indices: readonly number[],
  keyOf: (clip: Clip) => string,
  limit = Infinity,
  otherKey = '…',
): Bar[] {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const key = keyOf(clips[i]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bars = [...counts].map(([key, count]) => ({ key, count }));
  bars.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  if (bars.length <= limit) return bars;
  const rest = bars.slice(limit).reduce((sum, bar) => sum + bar.count, 0);
  return [...bars.slice(0, limit), { key: otherKey, count: rest }];
}

const KINDS: ClipKind[] = ['task', 'statistic', 'selection'];

/** One bar per clip kind, in a fixed order (zero bars included, so charts keep their shape). */
export function countByKind(clips: readonly Clip[], indices: readonly number[]): Bar[] {
  const counts = new Map<string, number>(KINDS.map((kind) => [kind, 0]));
  for (const i of indices) counts.set(clips[i].kind, (counts.get(clips[i].kind) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/**
 * Clips per month (YYYY-MM) of the day they were clipped, oldest first, with empty months
 * between the first and the last filled in so the time axis is even.
 */
export function countByMonth(clips: readonly Clip[], indices: readonly number[]): Bar[] {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const month = clips[i].clippedAt.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(month)) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const out: Bar[] = [];
  let [year, month] = months[0].split('-').map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

export type StatColumn = 'value' | 'unit' | 'qualifier' | 'org' | 'date' | 'text';

/** A statistic clip as a row of the comparison table. */
export interface StatRow {
  index: number;
  text: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  qualifier: string;
  org: string;
  date: string;
  title: string;
}

export function statRows(clips: readonly Clip[], indices: readonly number[]): StatRow[] {
  const rows: StatRow[] = [];
  for (const index of indices) {
    const clip = clips[index];
    if (clip.kind !== 'statistic') continue;
    rows.push({
      index,
      text: clip.text,
      // Corrected values where the reader made corrections: they are what the figures are.
      value: fieldValue(clip, 'value'),
      valueMax: valueMaxOf(clip),
      unit: fieldValue(clip, 'unit') ?? '',
      qualifier: fieldValue(clip, 'qualifier') ?? '',
      org: fieldValue(clip, 'org') ?? '',
      date: fieldValue(clip, 'date') ?? '',
      title: clip.page.title ?? '',
    });
  }
  return rows;
}

/**
 * Rows ordered by one column; empty cells last in both directions. Sorting by unit keeps the
 * values of one unit together and ordered, which is what comparing figures needs.
 */
export function sortStatRows(rows: readonly StatRow[], column: StatColumn, dir: 'asc' | 'desc'): StatRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });
  const empty = (row: StatRow) => (column === 'value' ? row.value === null : row[column] === '');
  return [...rows].sort((a, b) => {
    const ea = empty(a);
    const eb = empty(b);
    if (ea !== eb) return ea ? 1 : -1;
    let cmp = 0;
    if (!ea) {
      cmp = column === 'value' ? (a.value ?? 0) - (b.value ?? 0) : collator.compare(a[column], b[column]);
    }
    if (cmp === 0 && column === 'unit') cmp = (a.value ?? 0) - (b.value ?? 0);
    return cmp * sign || a.index - b.index;
  });
}
