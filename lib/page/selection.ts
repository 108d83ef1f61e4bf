// From DOM ranges and selections to page-model offsets, and from offsets to the sentence around
// them (the context a clip keeps).
import type { Block } from './model';

const TEXT_NODE = 3;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: linkedom has no NodeFilter global

/** The part [start, end) of one text node that a range covers. */
export interface TextExtent {
  node: Text;
  start: number;
  end: number;
}

/** The part of `node` inside `range`, or null when the range covers none of its characters. */
export function extentIn(range: Range, node: Text): TextExtent | null {
  if (!range.intersectsNode(node)) return null;
  const start = node === range.startContainer ? range.startOffset : 0;
  const end = node === range.endContainer ? range.endOffset : node.data.length;
  return start < end ? { node, start, end } : null;
}

/** Every text node a range covers, with the covered part, in document order. */
export function textExtents(range: Range): TextExtent[] {
  if (range.collapsed) return [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === TEXT_NODE) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: TextExtent[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const extent = extentIn(range, n as Text);
    if (extent) out.push(extent);
  }
  return out;
}

/** A selected run of one block's text; `block` indexes the blocks passed in. */
export interface BlockSelection {
  block: number;
  start: number;
  end: number;
}

/**
 * The runs of page-model text a selection covers, one per block touched, in block order.
 * Text the model leaves out (scripts, our own UI, form fields) is not part of any run.
 */
export function selectionToOffsets(selection: Selection, blocks: Block[]): BlockSelection[] {
  const out: BlockSelection[] = [];
  for (let r = 0; r < selection.rangeCount; r++) {
    const range = selection.getRangeAt(r);
    if (range.collapsed) continue;
    blocks.forEach((block, index) => {
      if (!range.intersectsNode(block.el)) return;
      let start = -1;
      let end = -1;
      block.nodes.forEach((node, i) => {
        const extent = extentIn(range, node);
        if (!extent) return;
        if (start < 0) start = block.starts[i] + extent.start;
        end = block.starts[i] + extent.end;
      });
      if (start >= 0) out.push({ block: index, start, end });
    });
  }
  return out.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** Where a sentence ends; the mark itself belongs to the sentence it ends. */
const SENTENCE_END = /[。！？；!?;\n]/;
/** Closing quotes and brackets that follow a sentence end and still belong to the sentence. */
const CLOSERS = /[”’」』）)》〉】"']/;
const MAX_CONTEXT = 200;

/**
 * The sentence around text[start, end): widened to 。！？；or line boundaries, at most ~200
 * characters. A selection longer than that is its own context (the context always contains it).
 */
export function surroundingSentence(text: string, start: number, end: number): string {
  const budget = MAX_CONTEXT - (end - start);
  if (budget <= 0) return text.slice(start, end).trim();
  // Each side may use the whole budget, then the result is cut evenly around the selection.
  let from = start;
  while (from > 0 && start - from < budget && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  const endsSentence = to > start && SENTENCE_END.test(text[to - 1]);
  if (!endsSentence) {
    while (to < text.length && to - end < budget && !SENTENCE_END.test(text[to])) to++;
    if (to < text.length && text[to] !== '\n' && to - end < budget) to++;
  }
  while (to < text.length && CLOSERS.test(text[to]) && to - end < budget) to++;
  const left = start - from;
  const right = to - end;
  if (left + right > budget) {
    const half = Math.floor(budget / 2);
    const keepLeft = Math.min(left, Math.max(half, budget - right));
    const keepRight = budget - keepLeft;
    from = start - keepLeft;
    to = end + Math.min(right, keepRight);
  }
  return text.slice(from, to).trim();
}
