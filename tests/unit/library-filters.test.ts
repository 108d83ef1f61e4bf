import { describe, expect, it } from 'vitest';
import { applyFilters, clipDate, collectFacets, NO_FILTERS, type LibraryFilters } from '../../lib/library/filters';
import { selectRange, toggleAllVisible, toggleOne } from '../../lib/library/selection';
import { sortIndices } from '../../lib/library/sort';
import { orderSubset } from '../../lib/library/view';
import { makeClip } from './library-fixtures';

const clips = [
  makeClip({
    kind: 'task',
    tags: ['科普'],
    clippedAt: '2024-06-02T09:00:00+08:00',
    page: { org: '中国科协', url: 'https://www.cast.org.cn/a.html', title: '甲通知', date: '2024-05-20' },
  }),
  makeClip({
    kind: 'statistic',
    value: 200,
    tags: ['人才', '科普'],
    clippedAt: '2024-06-01T23:30:00-05:00',
    page: { org: '上海市科协', url: 'https://sast.sh.cn/b.html#top', title: '乙新闻', date: '2023-12-31' },
  }),
  makeClip({
    kind: 'statistic',
    value: 0.3,
    clippedAt: '2024-01-15T08:00:00+08:00',
    page: { org: null, url: 'https://www.cast.org.cn/c.html', title: null, date: null },
  }),
  makeClip({
    kind: 'selection',
    clippedAt: '2023-11-05T08:00:00+08:00',
    page: { org: '北京市科协', url: 'https://www.bast.net.cn/d.html', date: '2023-11-01' },
  }),
];

const filter = (f: Partial<LibraryFilters>, candidates: number[] | null = null) =>
  applyFilters(clips, candidates, { ...NO_FILTERS, ...f });

describe('library filters', () => {
  it('passes everything without filters', () => {
    expect(filter({})).toEqual([0, 1, 2, 3]);
  });

  it('filters by kind, organisation (with "none"), host, document and tag', () => {
    expect(filter({ kinds: ['statistic'] })).toEqual([1, 2]);
    expect(filter({ orgs: ['', '北京市科协'] })).toEqual([2, 3]);
    expect(filter({ hosts: ['www.cast.org.cn'] })).toEqual([0, 2]);
    expect(filter({ docs: ['https://sast.sh.cn/b.html'] })).toEqual([1]);
    expect(filter({ tags: ['科普'] })).toEqual([0, 1]);
  });

  it('combines facets with AND and keeps candidate order', () => {
    expect(filter({ kinds: ['statistic'], tags: ['科普'] })).toEqual([1]);
    expect(filter({ kinds: ['statistic', 'task'] }, [2, 0])).toEqual([2, 0]);
  });

  it('filters by an inclusive date range on the chosen basis', () => {
    expect(filter({ dateBasis: 'page', from: '2023-12-31', to: '2024-05-20' })).toEqual([0, 1]);
    // The clipped day is read in the offset the clip was recorded in, not converted to UTC.
    expect(filter({ dateBasis: 'clipped', from: '2024-06-01', to: '2024-06-01' })).toEqual([1]);
    expect(filter({ dateBasis: 'page', from: '2000-01-01' })).not.toContain(2);
    expect(clipDate(clips[1], 'clipped')).toBe('2024-06-01');
  });

  it('collects facet values with counts, most frequent first', () => {
    const facets = collectFacets(clips);
    expect(facets.tags).toEqual([
      { value: '科普', label: '科普', count: 2 },
      { value: '人才', label: '人才', count: 1 },
    ]);
    expect(facets.hosts[0]).toEqual({ value: 'www.cast.org.cn', label: 'www.cast.org.cn', count: 2 });
    const doc = facets.docs.find((d) => d.value === 'https://sast.sh.cn/b.html');
    expect(doc?.label).toBe('乙新闻');
    const untitled = facets.docs.find((d) => d.value === 'https://www.cast.org.cn/c.html');
    expect(untitled?.label).toBe('https://www.cast.org.cn/c.html');
  });
});

describe('library sort', () => {
  const all = [0, 1, 2, 3];
  it('sorts by clipped time across time-zone offsets', () => {
    // Clip 1 (23:30-05:00 = 04:30Z on 06-02) is later than clip 0 (09:00+08:00 = 01:00Z), though
    // its text sorts first.
    expect(sortIndices(clips, all, { key: 'clipped', dir: 'desc' })).toEqual([1, 0, 2, 3]);
    expect(sortIndices(clips, all, { key: 'clipped', dir: 'asc' })).toEqual([3, 2, 0, 1]);
  });

  it('puts clips without the key last in both directions', () => {
    expect(sortIndices(clips, all, { key: 'date', dir: 'asc' })).toEqual([3, 1, 0, 2]);
    expect(sortIndices(clips, all, { key: 'date', dir: 'desc' })).toEqual([0, 1, 3, 2]);
    expect(sortIndices(clips, all, { key: 'value', dir: 'desc' })).toEqual([1, 2, 0, 3]);
  });

  it('sorts organisations in Chinese collation order', () => {
    // Pinyin: 北京 (bei) < 上海 (shang) < 中国 (zhong).
    expect(sortIndices(clips, all, { key: 'org', dir: 'asc' })).toEqual([3, 1, 0, 2]);
  });

  it('reads a subset off a full order', () => {
    const order = sortIndices(clips, all, { key: 'date', dir: 'asc' });
    expect(orderSubset(order, [0, 3])).toEqual([3, 0]);
    expect(orderSubset(order, [])).toEqual([]);
    expect(orderSubset(order, null)).toEqual(order);
  });
});

describe('library selection', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('toggles one id', () => {
    const one = toggleOne(new Set(), 'b');
    expect([...one]).toEqual(['b']);
    expect([...toggleOne(one, 'b')]).toEqual([]);
  });

  it('selects and clears a shift range in visible order', () => {
    const range = selectRange(new Set(['b']), ids, 'b', 'd');
    expect([...range].sort()).toEqual(['b', 'c', 'd']);
    const cleared = selectRange(range, ids, 'd', 'c');
    expect([...cleared]).toEqual(['b']);
    expect([...selectRange(new Set(), ids, 'zz', 'e')]).toEqual(['e']);
  });

  it('select all in filter adds the visible ids, then removes them', () => {
    const some = toggleAllVisible(new Set(['x']), ['a', 'b']);
    expect([...some].sort()).toEqual(['a', 'b', 'x']);
    expect([...toggleAllVisible(some, ['a', 'b'])]).toEqual(['x']);
  });
});
