import { describe, expect, it } from 'vitest';
import { nearBlocks } from '../../lib/page/near-viewport';

/** Blocks of 100 px one under the other, the page scrolled by `scroll` px. */
const stacked = (scroll: number) => (i: number) => ({ top: i * 100 - scroll, bottom: i * 100 + 100 - scroll });

describe('nearBlocks', () => {
  it('finds the blocks that reach into the viewport and the margin around it', () => {
    // Viewport 0..700, margin 200: blocks reaching into -200..900.
    expect(nearBlocks(1_000, stacked(0), 700, 200)).toEqual({ first: 0, last: 9 });
    expect(nearBlocks(1_000, stacked(50_000), 700, 200)).toEqual({ first: 497, last: 509 });
    expect(nearBlocks(1_000, stacked(99_500), 700, 200)).toEqual({ first: 992, last: 999 });
  });

  it('asks for a few rectangles, not one per block', () => {
    let asked = 0;
    const rect = stacked(50_000);
    nearBlocks(100_000, (i) => (asked++, rect(i)), 700, 200);
    expect(asked).toBeLessThan(40);
  });

  it('is null with no blocks, or none near (a page scrolled past its text)', () => {
    expect(nearBlocks(0, stacked(0), 700, 200)).toBeNull();
    expect(nearBlocks(10, stacked(5_000), 700, 200)).toBeNull();
  });
});
