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
