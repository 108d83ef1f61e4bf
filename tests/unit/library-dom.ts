// A mount point for library components in happy-dom tests.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Adds a fresh root element before each test and unmounts it after; returns a getter for it. */
export function useMountRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    // happy-dom does no layout; the virtual list needs a viewport height to render rows.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });
  return () => root;
}
