// Which blocks of a page lie near what the reader sees. A page with tens of thousands of items
// (the 1,000,000-character notice has 46,000) highlights only those near the viewport: the
// browser revisits every registered range in every frame after a text change (0.3 s of PrePaint
// per frame for all 46,000), and taking them down for a toggle costs another 0.15–0.2 s.

/** The vertical extent of an element on screen, as getBoundingClientRect gives it. */
export interface VerticalRect {
  top: number;
  bottom: number;
}

/**
 * The first and last index of the blocks that reach into [top - margin, bottom + margin] of the
 * viewport, found by binary search: blocks come in document order, which is reading order down
 * the page. Null when there are no blocks or none comes near.
 */
export function nearBlocks(
  count: number,
  rectOf: (index: number) => VerticalRect,
  viewportHeight: number,
  margin: number,
): { first: number; last: number } | null {
  if (count === 0) return null;
  const from = -margin;
  const to = viewportHeight + margin;
  // First block whose bottom reaches the window.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).bottom < from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last block whose top is inside the window.
  lo = first;
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).top <= to) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return first <= last ? { first, last } : null;
}
