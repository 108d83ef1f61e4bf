// A small Preact binding for @tanstack/virtual-core (the library ships React bindings only).
// Rows have a fixed height, so nothing is measured: 100,000 rows cost the same as 100.
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

export type VirtualList = Virtualizer<HTMLElement, HTMLElement>;

export function useVirtualList(count: number, rowHeight: number, overscan = 8) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    // Before the first layout (and in tests without layout) assume one screen of rows.
    initialRect: { width: 800, height: rowHeight * 20 },
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return { scrollRef, virtualizer };
}
