import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../lib/convert/engine';
import { ClipCollection } from '../../lib/library/collection';
import { clipHaystack } from '../../lib/library/search';
import { makeClip } from './library-fixtures';

const at = (day: number) => `2024-05-${String(day).padStart(2, '0')}T10:00:00+08:00`;

describe('ClipCollection', () => {
  const clips = [3, 2, 1].map((day) => makeClip({ text: `第${day}天`, clippedAt: at(day) }));

  it('indexes in slices until every clip has a haystack', () => {
    const c = new ClipCollection(toSimplified);
    c.reset(clips);
    expect(c.indexed).toBe(false);
    expect(c.indexMore(2)).toBe(false);
    expect(c.haystacks).toHaveLength(2);
    expect(c.indexMore(2)).toBe(true);
    expect(c.haystacks).toEqual(clips.map((clip) => clipHaystack(clip, toSimplified)));
  });

  it('takes a page\'s clips as the store now holds them, each in newest-first order, haystacks aligned', () => {
    const A = 'https://www.cast.org.cn/a.html';
    const B = 'https://www.hbast.org.cn/b.html';
    const onA = [5, 3, 1].map((day) => makeClip({ text: `A第${day}天`, clippedAt: at(day), page: { url: A } }));
    const onB = [4, 2].map((day) => makeClip({ text: `B第${day}天`, clippedAt: at(day), page: { url: B } }));
    for (const indexFirst of [0, 2, 10]) {
      const c = new ClipCollection(toSimplified);
      c.reset([onA[0], onB[0], onA[1], onB[1], onA[2]]);
      c.indexMore(indexFirst);
      const before = c.version;
      // On A: day 3 deleted, day 1 re-clipped on day 6 (it moves up), a new clip on day 2.
      const fresh = makeClip({ text: 'A新', clippedAt: at(2), page: { url: A } });
      c.syncPages(new Set([A]), [{ ...onA[2], clippedAt: at(6) }, onA[0], fresh]);
      expect(c.clips.map((x) => x.text)).toEqual(['A第1天', 'A第5天', 'B第4天', 'A新', 'B第2天']);
      expect(c.version).toBeGreaterThan(before);
      c.indexMore(10);
      expect(c.haystacks).toEqual(c.clips.map((clip) => clipHaystack(clip, toSimplified)));
    }
  });

  it('keeps haystacks aligned through replace, remove and restore', () => {
    const c = new ClipCollection(toSimplified);
    c.reset(clips);
    c.indexMore(10);
    const before = c.version;
    c.replace({ ...clips[1], note: '協會備註' });
    expect(c.version).toBeGreaterThan(before);
    expect(c.haystacks[1]).toContain('协会备注');

    c.remove(new Set([clips[0].id, clips[1].id]));
    expect(c.clips.map((x) => x.id)).toEqual([clips[2].id]);
    expect(c.haystacks).toEqual([clipHaystack(clips[2], toSimplified)]);

    c.restore([clips[0], clips[1]]);
    expect(c.clips.map((x) => x.id)).toEqual(clips.map((x) => x.id));
    expect(c.indexed).toBe(true);
    expect(c.haystacks[0]).toBe(clipHaystack(clips[0], toSimplified));
  });

  it('restoring during indexing leaves the rest to indexMore', () => {
    const c = new ClipCollection(toSimplified);
    c.reset(clips.slice(1));
    c.indexMore(1);
    c.restore([clips[0]]);
    expect(c.clips).toHaveLength(3);
    expect(c.indexMore(10)).toBe(true);
    expect(c.haystacks[0]).toBe(clipHaystack(clips[0], toSimplified));
  });
});
