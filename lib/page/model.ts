// The page model: the page read once into blocks of text, each with a map from every character
// back to its text node. Conversion, analysis and highlighting all work on these blocks, so a
// phrase split across <span>s is one string for all three, and an offset found by the analyzer
// is a Range in the live page.
//
// Uses only Node/Element basics (childNodes, nodeType, tagName, getAttribute) so the same code
// runs in the content script, in happy-dom tests and on linkedom in the Node CLI.

/** Tag of the extension's own UI host element; never read, converted or highlighted. */
export const OWN_UI_TAG = 'gongwen-lens-ui';

export interface Block {
  /** The nearest paragraph-level ancestor of the block's text. */
  el: Element;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i] is the offset in `text` at which nodes[i] begins. */
  starts: number[];
  /** Concatenated data of `nodes`. */
  text: string;
}

export interface PageModel {
  blocks: Block[];
  /** Frames whose document could not be read (cross-origin); reported, never touched. */
  skippedFrames: number;
}

export interface ReadOptions {
  /** Leave `code` and `pre` out (default true: conversion must not touch code); a `pre` of Chinese prose is read. */
  skipCode?: boolean;
  /** Descend into same-origin iframes (default true). */
  frames?: boolean;
  /** Descend into open shadow roots (default true). */
  shadow?: boolean;
}

const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT',
  'I', 'IMG', 'INS', 'DEL', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RB', 'RP', 'RT', 'RUBY', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
  'O:P', 'ST1:CHSDATE', 'OUTPUT', 'METER', 'PROGRESS',
]);

/** Elements whose content is never page text for us. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'SVG', 'MATH', 'CANVAS', 'OBJECT', 'EMBED', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE',
]);

const CODE = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

function upperTag(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isInline(el: Element): boolean {
  const tag = upperTag(el);
  // Custom elements and namespaced Word tags render inline unless styled otherwise.
  return INLINE.has(tag) || tag.includes('-') || tag.includes(':');
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** Whether an element's subtree is out of bounds for reading and writing. */
export function isSkipped(el: Element, skipCode = true): boolean {
  const tag = upperTag(el);
  if (SKIP.has(tag) || tag === OWN_UI_TAG.toUpperCase()) return true;
  if (skipCode && CODE.has(tag) && !(tag === 'PRE' && isProse(el))) return true;
  // (Nor is text set in a size of nothing: the noise a document-sharing site strews inside words and
  // numbers against copying, <span style="font-size:0px">7q</span>, which no reader sees.)
  if (INLINE.has(tag) && ZERO_SIZE.test(el.getAttribute('style') ?? '')) return true;
  return isEditable(el);
}
const ZERO_SIZE = /(?:^|;)\s*font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether a <pre> holds prose, not code: an old government site may print a whole notice in one,
 * its lines wrapped by hand (公告… / 一、… in sentences). Code has few Han characters and no
 * full stops of Chinese prose.
 */
function isProse(pre: Element): boolean {
  // (From its first characters only: conversion asks again each time text changes under it, and a
  // long <pre>'s whole text would be read per change.)
  const text = leadingText(pre, PROSE_PRE_SAMPLE);
  if (text.length < PROSE_PRE_CHARS || !/[。；]/.test(text)) return false;
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han >= text.replace(/\s/g, '').length * PROSE_PRE_HAN_SHARE;
}
/** How long a <pre> of prose is at least, and how much of it is Han. */
const PROSE_PRE_CHARS = 80;
const PROSE_PRE_HAN_SHARE = 0.5;
/** How much of a <pre> is read to tell prose from code. */
const PROSE_PRE_SAMPLE = 4000;

/** The text of `el` up to about `max` characters, in document order (its text nodes, no deeper than needed). */
function leadingText(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  // (An explicit stack: markup may nest thousands deep.)
  const stack: Node[] = [el];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      length += (node as Text).data.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
  }
  return parts.join('').slice(0, max);
}

/** Whether `node` lies in a region the extension never touches (checked upwards). */
export function isInSkippedRegion(node: Node, skipCode = true): boolean {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element, skipCode)) return true;
    n = n.nodeType === DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : n.parentNode;
  }
  return false;
}

class BlockBuilder {
  blocks: Block[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private el: Element | null = null;

  add(node: Text, el: Element): void {
    if (this.el !== el && this.nodes.length) this.flush();
    this.el = el;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(node.data);
    this.length += node.data.length;
  }

  flush(): void {
    if (this.nodes.length && this.el) {
      const text = this.parts.join('');
      if (/\S/.test(text)) {
        this.blocks.push({ el: this.el, nodes: this.nodes, starts: this.starts, text });
      }
    }
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.el = null;
  }
}

/**
 * Read every block of text under `root` (a Document, an Element or a ShadowRoot).
 * A block is a run of text inside one paragraph-level element, cut at nested blocks and at <br>.
 */
export function readPage(root: Node, options: ReadOptions = {}): PageModel {
  const skipCode = options.skipCode ?? true;
  const frames = options.frames ?? true;
  const shadow = options.shadow ?? true;
  const out = new BlockBuilder();
  let skippedFrames = 0;

  // Iterative walk: pages nest markup thousands deep and recursion would overflow.
  // Each stack entry is a node to enter, or a block element to leave (exit marker).
  type Entry = { node: Node; blockEl: Element; exit: boolean };
  const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (!start) return { blocks: [], skippedFrames: 0 };
  const rootBlock =
    start.nodeType === ELEMENT_NODE ? (start as Element) : ((start as ShadowRoot).host ?? null);
  if (!rootBlock) return { blocks: [], skippedFrames: 0 };
  const stack: Entry[] = [{ node: start, blockEl: rootBlock, exit: false }];

  while (stack.length) {
    const entry = stack.pop()!;
    const { node, blockEl } = entry;
    if (entry.exit) {
      out.flush();
      continue;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      out.add(node as Text, blockEl);
      continue;
    }
    let childBlock = blockEl;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el, skipCode)) continue;
      const tag = upperTag(el);
      if (tag === 'BR' || tag === 'HR') {
        out.flush();
        continue;
      }
      if (tag === 'IFRAME' || tag === 'FRAME') {
        if (!frames) continue;
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument;
        } catch {
          doc = null;
        }
        if (doc?.documentElement) {
          out.flush();
          const inner = readPage(doc, options);
          out.blocks.push(...inner.blocks);
          skippedFrames += inner.skippedFrames;
        } else if (el.getAttribute('src')) {
          skippedFrames++;
        }
        continue;
      }
      if (!isInline(el) || el === start) {
        out.flush();
        childBlock = el;
        stack.push({ node: el, blockEl, exit: true });
      }
      const sr = shadow ? (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot : null;
      if (sr) {
        out.flush();
        const inner = readPage(sr, options);
        out.blocks.push(...inner.blocks);
        skippedFrames += inner.skippedFrames;
      }
    } else if (type !== DOCUMENT_FRAGMENT_NODE && type !== DOCUMENT_NODE) {
      continue; // comments, processing instructions
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({ node: kids[i], blockEl: childBlock, exit: false });
    }
  }
  out.flush();
  return { blocks: out.blocks, skippedFrames };
}

/** The text node and offset within it for a character offset of the block (binary search). */
export function locate(block: Block, offset: number): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: Math.min(offset - starts[lo], nodes[lo].data.length) };
}

/** Boundary points of [start, end) of a block's text. */
function blockBounds(block: Block, start: number, end: number): StaticRangeInit {
  const a = locate(block, start);
  // An end at a node boundary belongs to the node before it, so ranges never start a new node.
  const b = locate(block, Math.max(start, end - 1));
  return {
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: Math.min(b.offset + (end > start ? 1 : 0), b.node.data.length),
  };
}

/** A DOM Range over [start, end) of a block's text. */
export function blockRange(block: Block, start: number, end: number): Range {
  const bounds = blockBounds(block, start, end);
  const range = block.el.ownerDocument.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * The same extent as a StaticRange where the browser has one. A live Range is revisited by the
 * browser on every text change in its document; a static one costs nothing while the page's text
 * is rewritten, which suits highlights (rebuilt from a fresh model whenever offsets move).
 */
export function blockStaticRange(block: Block, start: number, end: number): AbstractRange {
  const view = block.el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Static = view?.StaticRange;
  return typeof Static === 'function' ? new Static(blockBounds(block, start, end)) : blockRange(block, start, end);
}
