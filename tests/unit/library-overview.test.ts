import { describe, expect, it } from 'vitest';
import { countBy, countByKind, countByMonth, sortStatRows, statRows } from '../../lib/library/overview';
import { makeClip } from './library-fixtures';

const clips = [
  makeClip({ kind: 'statistic', value: 200, unit: '人', qualifier: '近', clippedAt: '2023-11-30T10:00:00+08:00', page: { org: '中国科协', date: '2023-11-01' } }),
  makeClip({ kind: 'statistic', value: 0.3, unit: '%', clippedAt: '2024-02-01T10:00:00+08:00', page: { org: '上海市科协', date: '2024-01-20' } }),
  makeClip({ kind: 'statistic', value: 50, unit: '人', clippedAt: '2024-02-03T10:00:00+08:00', page: { org: null, date: null } }),
  makeClip({ kind: 'task', clippedAt: '2024-02-05T10:00:00+08:00', page: { org: '中国科协' } }),
];
const all = clips.map((_, i) => i);

describe('library overview aggregation', () => {
  it('counts by organisation, most frequent first, folding the tail', () => {
    const byOrg = countBy(clips, all, (c) => c.page.org ?? '');
    expect(byOrg[0]).toEqual({ key: '中国科协', count: 2 });
    expect(byOrg.reduce((s, b) => s + b.count, 0)).toBe(4);
    expect(countBy(clips, all, (c) => c.page.org ?? '', 1, 'other')).toEqual([
      { key: '中国科协', count: 2 },
      { key: 'other', count: 2 },
    ]);
  });

  it('counts every kind, zero included', () => {
    expect(countByKind(clips, [0, 1])).toEqual([
      { key: 'task', count: 0 },
      { key: 'statistic', count: 2 },
      { key: 'selection', count: 0 },
    ]);
  });

  it('counts by clipped month with empty months filled in', () => {
    expect(countByMonth(clips, all)).toEqual([
      { key: '2023-11', count: 1 },
      { key: '2023-12', count: 0 },
      { key: '2024-01', count: 0 },
      { key: '2024-02', count: 3 },
    ]);
    expect(countByMonth(clips, [])).toEqual([]);
  });

  it('lists only statistics in the comparison table', () => {
    const rows = statRows(clips, all);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(rows[0]).toMatchObject({ value: 200, unit: '人', qualifier: '近', org: '中国科协', date: '2023-11-01' });
  });

  it('sorts statistic rows by value, by unit then value, with empty cells last', () => {
    const rows = statRows(clips, all);
    expect(sortStatRows(rows, 'value', 'desc').map((r) => r.index)).toEqual([0, 2, 1]);
    expect(sortStatRows(rows, 'unit', 'asc').map((r) => r.unit)).toEqual(['%', '人', '人']);
    expect(sortStatRows(rows, 'unit', 'asc').map((r) => r.value)).toEqual([0.3, 50, 200]);
    expect(sortStatRows(rows, 'org', 'asc').map((r) => r.index).at(-1)).toBe(2);
    expect(sortStatRows(rows, 'date', 'desc').map((r) => r.index)).toEqual([1, 0, 2]);
  });
});
