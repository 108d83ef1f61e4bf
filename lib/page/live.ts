// The one MutationObserver per page. Conversion, highlights and analysis all learn about page
// changes from it, as a list of dirty roots: nodes whose text (or text attributes) may have
// changed.
//
// Changes are delivered at most `maxDelayMs` after the first one, even when the page never stops
// changing (see burst.ts).
import { TEXT_ATTRIBUTES } from './attributes';
import { afterBurst } from './burst';
import { OWN_UI_TAG } from './model';

export interface WatchOptions {
  /** Longest time between a change and its delivery (default 200 ms). */
  maxDelayMs?: number;
  /** Drop a record, e.g. a change to our own UI or highlight styles. */
  ignore?: (record: MutationRecord) => boolean;
}

export interface PageWatch {
  stop(): void;
  /** Watch another root too: an open shadow root or a same-origin frame's document. */
  observe(root: Node): void;
  /**
   * Run `write`, synchronous writes of our own, unwatched: the browser records none of them (a
   * record per text node, tens of thousands for a long page, each then checked and dropped as our
   * own echo). No page script runs during a synchronous call, so no change of the page's is lost;
   * changes recorded before it are kept.
   */
  unobserved(write: () => void): void;
}

/** Quiet time that ends a burst before the maximum delay. */
const QUIET_MS = 50;

function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === OWN_UI_TAG;
}

export function watchPage(
  doc: Document,
  onChange: (dirtyRoots: Node[]) => void,
  options: WatchOptions = {},
): PageWatch {
  const view = doc.defaultView ?? globalThis;
  let dirty = new Set<Node>();
  let stopped = false;

  const burst = afterBurst(
    () => {
      if (!dirty.size || stopped) return;
      const roots = [...dirty];
      dirty = new Set();
      onChange(roots);
    },
    QUIET_MS,
    options.maxDelayMs ?? 200,
    view,
  );

  const take = (records: MutationRecord[]) => {
    const before = dirty.size;
    for (const r of records) {
      if (options.ignore?.(r)) continue;
      if (r.type === 'childList') {
        r.addedNodes.forEach((n) => {
          if (!isOwnUi(n)) dirty.add(n);
        });
        // A removal joins the text on either side of it: re-read from a neighbour.
        const removedPageNode = Array.from(r.removedNodes).some((n) => !isOwnUi(n));
        if (removedPageNode) dirty.add(r.previousSibling ?? r.nextSibling ?? r.target);
      } else {
        dirty.add(r.target);
      }
    }
    if (dirty.size !== before) burst.note();
  };
  const observer = new view.MutationObserver(take);

  const roots = new Set<Node>();
  const observe = (root: Node) => {
    roots.add(root);
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...TEXT_ATTRIBUTES],
    });
  };
  observe(doc);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      burst.cancel();
      dirty.clear();
    },
    observe,
    unobserved(write) {
      if (stopped) return write();
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        write();
      } finally {
        for (const root of roots) observe(root);
        if (pending.length) take(pending);
      }
    },
  };
}
