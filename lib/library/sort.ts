// Ordering of clip indices. Clips without the sort key always come last, whatever the
// direction; ties keep the library order (newest clipped first).
import type { Clip } from '../types';
import { fieldValue } from './corrections';

export type SortKey = 'clipped' | 'date' | 'org' | 'value';
export type SortDir = 'asc' | 'desc';

export interface SortSpec {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: SortSpec = { key: 'clipped', dir: 'desc' };

/** Ranks organisation names in Chinese collation order once, so sorting compares numbers. */
function orgRanks(clips: readonly Clip[], indices: readonly number[]): Map<string, number> {
  const names = new Set<string>();
  for (const i of indices) {
    const org = fieldValue(clips[i], 'org');
    if (org) names.add(org);
  }
  const collator = new Intl.Collator(['zh-CN', 'en']);
  const ordered = [...names].sort(collator.compare);
  return new Map(ordered.map((name, rank) => [name, rank]));
}

/** A numeric sort key per clip (NaN: no key). Numbers compare far faster than strings or Maps. */
function numericKey(spec: SortSpec, clips: readonly Clip[], indices: readonly number[]): (clip: Clip) => number {
  switch (spec.key) {
    case 'clipped':
      // ISO strings with different offsets do not compare as text; epoch milliseconds do.
      return (clip) => Date.parse(clip.clippedAt);
    case 'date':
      return (clip) => {
        const date = fieldValue(clip, 'date');
        return date ? Date.parse(date.slice(0, 10)) : NaN;
      };
    case 'value':
      return (clip) => fieldValue(clip, 'value') ?? NaN;
    case 'org': {
      const ranks = orgRanks(clips, indices);
      return (clip) => {
        const org = fieldValue(clip, 'org');
        return org ? (ranks.get(org) ?? NaN) : NaN;
      };
    }
  }
}

/** A new array of `indices` ordered by `spec`. */
export function sortIndices(clips: readonly Clip[], indices: readonly number[], spec: SortSpec): number[] {
  const key = numericKey(spec, clips, indices);
  const keys = new Float64Array(indices.length);
  for (let p = 0; p < indices.length; p++) keys[p] = key(clips[indices[p]]);
  const sign = spec.dir === 'asc' ? 1 : -1;
  const positions = Array.from({ length: indices.length }, (_, p) => p);
  positions.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    const missingA = Number.isNaN(ka);
    const missingB = Number.isNaN(kb);
    if (missingA || missingB) return missingA === missingB ? a - b : missingA ? 1 : -1;
    return ka === kb ? a - b : (ka - kb) * sign;
  });
  return positions.map((p) => indices[p]);
}
