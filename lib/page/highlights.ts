// Highlights of tasks, statistics and clipped items in the page.
// Where the CSS Custom Highlight API exists the page DOM is left alone (one <style> per styled root
// aside); elsewhere the text is wrapped in <mark> elements that clear() takes out again, putting
// back the very text nodes that were there, so the page serialises as before.
import { textExtents, type TextExtent } from './selection';

/** Marks our <style> and <mark> elements, so they are recognisable (and ignored by observers). */
export const OWN_ATTR = 'data-gongwen-lens';

type FixedLayer = 'task' | 'stat' | 'clipped' | 'flash' | 'fade';
/** A clipped item whose tag has a colour is painted in a layer of that colour: `tag-rrggbb`. */
type TagLayer = `tag-${string}`;
type Layer = FixedLayer | TagLayer;
type Layers = Partial<Record<Layer, AbstractRange[]>>;

/** The layers every style sheet of ours has a rule for (tag-colour layers are added as used). */
const LAYERS: readonly FixedLayer[] = ['task', 'stat', 'clipped', 'flash', 'fade'];
const HIGHLIGHT_NAME: Record<FixedLayer, string> = {
  task: 'gongwen-task',
  stat: 'gongwen-stat',
  clipped: 'gongwen-clipped',
  flash: 'gongwen-flash',
  fade: 'gongwen-flash-fade',
};
const STYLE: Record<FixedLayer, string> = {
  task: 'background-color:rgba(255,183,0,.24);text-decoration:underline solid 2px rgba(204,122,0,.8)',
  stat: 'background-color:rgba(33,150,243,.22)',
  clipped: 'text-decoration:underline dotted 2px #2e7d32',
  flash: 'background-color:rgba(255,222,0,.95)',
  fade: 'background-color:rgba(255,222,0,.4)',
};
/** The flash is strong, then softer, then gone (~1.2 s): highlight styles cannot be animated. */
const FLASH_MS = 700;
const FADE_MS = 500;

const isTagLayer = (layer: Layer): layer is TagLayer => layer.startsWith('tag-');
/**
 * Paint order, bottom to top, where ranges overlap (a statistic inside a task): tag-colour layers
 * sit over the plain clipped one, under the flash.
 */
const PAINT_ORDER = ['task', 'stat', 'clipped', 'tag', 'flash', 'fade'] as const;
const rank = (layer: Layer): number => PAINT_ORDER.indexOf(isTagLayer(layer) ? 'tag' : layer);
const highlightName = (layer: Layer): string => (isTagLayer(layer) ? `gongwen-${layer}` : HIGHLIGHT_NAME[layer]);
function styleOf(layer: Layer): string {
  if (!isTagLayer(layer)) return STYLE[layer];
  const color = `#${layer.slice(4)}`;
  return `background-color:${color}40;text-decoration:underline solid 2px ${color}`;
}

/** The layer of a clipped item: its tag colour's, or the plain clipped layer. Only #rrggbb is taken. */
export function clippedLayer(color: string | null | undefined): Layer {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? `tag-${color.slice(1).toLowerCase()}` : 'clipped';
}

// A page's own <mark> styling must not show through ours, hence the reset before our layers.
function cssText(tagLayers: Iterable<TagLayer>): string {
  return [
    `mark[${OWN_ATTR}]{all:unset;display:inline}`,
    ...[...LAYERS, ...tagLayers].map(
      (layer) =>
        `::highlight(${highlightName(layer)}){${styleOf(layer)}}\n` +
        `mark[${OWN_ATTR}~="${layer}"]{${styleOf(layer)}}`,
    ),
  ].join('\n');
}

/** A clipped item's range and the colour of its tag, if it has one. */
export interface ClippedRange {
  range: AbstractRange;
  color?: string | null;
}

export interface ShownItems {
  tasks: AbstractRange[];
  stats: AbstractRange[];
  clipped?: ClippedRange[];
}

interface Painter {
  /** Replaces the ranges of the given layers; other layers stay as they are. */
  paint(layers: Layers): void;
  /** Adds ranges to the given layers. */
  extend(layers: Layers): void;
  /** Shows one layer's ranges as another layer. */
  moveLayer(from: Layer, to: Layer): void;
  isEmpty(): boolean;
  /** The documents and shadow roots whose text is painted: each needs our style. */
  roots(): Iterable<StyleRoot>;
  /** Whether a text node is one we put in or moved (marks only). */
  ownsText(node: Text): boolean;
}

type StyleRoot = Document | ShadowRoot;

/** The Document or ShadowRoot a node lies in, or null for a node outside any page. */
function styleRootOf(node: Node): StyleRoot | null {
  const root = node.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as StyleRoot) : null;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;
type HighlightApi = { registry: HighlightRegistry; Highlight: HighlightCtor };

/** The document's own highlight registry and constructor, if its browser has the API. */
function nativeApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  const ctor = win?.Highlight;
  return registry && typeof ctor === 'function' ? { registry, Highlight: ctor } : null;
}

/** The marks fallback reads ranges with live-Range methods; static ranges are copied into one. */
function toLive(range: AbstractRange): Range {
  if ('intersectsNode' in range) return range as Range;
  const live = (range.startContainer.ownerDocument ?? (range.startContainer as Document)).createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

class NativePainter implements Painter {
  private readonly active = new Map<Layer, Set<StyleRoot>>();

  constructor(private readonly api: HighlightApi) {}

  paint(layers: Layers): void {
    for (const [layer, ranges] of Object.entries(layers) as Array<[Layer, AbstractRange[]]>) {
      this.api.registry.delete(highlightName(layer));
      this.active.delete(layer);
      if (!ranges.length) continue;
      this.register(layer, new this.api.Highlight(...ranges));
      const roots = ranges.map((r) => styleRootOf(r.startContainer));
      this.active.set(layer, new Set(roots.filter((r) => r !== null)));
    }
  }

  extend(layers: Layers): void {
    for (const [layer, ranges] of Object.entries(layers) as Array<[Layer, AbstractRange[]]>) {
      const highlight = this.api.registry.get(highlightName(layer));
      if (!highlight) {
        this.paint({ [layer]: ranges });
        continue;
      }
      const roots = this.active.get(layer) ?? new Set<StyleRoot>();
      for (const range of ranges) {
        highlight.add(range);
        const root = styleRootOf(range.startContainer);
        if (root) roots.add(root);
      }
      this.active.set(layer, roots);
    }
  }

  moveLayer(from: Layer, to: Layer): void {
    const highlight = this.api.registry.get(highlightName(from));
    const roots = this.active.get(from);
    if (!highlight || !roots) return;
    this.paint({ [from]: [], [to]: [] });
    this.register(to, highlight);
    this.active.set(to, roots);
  }

  private register(layer: Layer, highlight: Highlight): void {
    highlight.priority = rank(layer);
    this.api.registry.set(highlightName(layer), highlight);
  }

  isEmpty(): boolean {
    return this.active.size === 0;
  }

  roots(): Iterable<StyleRoot> {
    return [...this.active.values()].flatMap((set) => [...set]);
  }

  ownsText(): boolean {
    return false;
  }
}

interface Interval {
  start: number;
  end: number;
  layer: Layer;
}

/** A text node of ours standing for the characters from `offset` on of a page text node. */
interface Part {
  original: Text;
  offset: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

class MarkPainter implements Painter {
  private readonly layers = new Map<Layer, TextExtent[]>();
  /** Page text nodes taken out of the page, with what stands in for them and their text then. */
  private readonly wrapped = new Map<Text, { parts: Node[]; data: string }>();
  private readonly parts = new WeakMap<Text, Part>();
  /**
   * Where page text nodes wait while marks stand in for them, in document order: a Range the
   * caller builds on them from its page model (read before the marks) then still spans them.
   */
  private readonly holder: Element;

  constructor(doc: Document) {
    this.holder = doc.createElement('div');
  }

  paint(layers: Layers): void {
    // Ranges may point into our own marks: read them all before the DOM changes under them.
    for (const [layer, ranges] of Object.entries(layers) as Array<[Layer, AbstractRange[]]>) {
      const extents = ranges.flatMap((r) => textExtents(toLive(r)).map((e) => this.inPageText(e)));
      if (extents.length) this.layers.set(layer, extents);
      else this.layers.delete(layer);
    }
    this.repaint();
  }

  extend(layers: Layers): void {
    for (const [layer, ranges] of Object.entries(layers) as Array<[Layer, AbstractRange[]]>) {
      const extents = ranges.flatMap((r) => textExtents(toLive(r)).map((e) => this.inPageText(e)));
      this.layers.set(layer, [...(this.layers.get(layer) ?? []), ...extents]);
    }
    this.repaint();
  }

  moveLayer(from: Layer, to: Layer): void {
    const extents = this.layers.get(from);
    if (!extents) return;
    this.layers.delete(from);
    this.layers.set(to, extents);
    this.repaint();
  }

  isEmpty(): boolean {
    return this.layers.size === 0;
  }

  roots(): Iterable<StyleRoot> {
    const roots = [...this.wrapped.values()].map(({ parts }) => parts.find((p) => p.parentNode));
    return new Set(roots.map((p) => p && styleRootOf(p)).filter((r): r is StyleRoot => !!r));
  }

  ownsText(node: Text): boolean {
    return this.parts.has(node) || this.wrapped.has(node);
  }

  /** An extent of one of our text nodes, as the extent of the page text node it stands for. */
  private inPageText(extent: TextExtent): TextExtent {
    const part = this.parts.get(extent.node);
    if (!part) return extent;
    return { node: part.original, start: extent.start + part.offset, end: extent.end + part.offset };
  }

  private repaint(): void {
    this.unwrapAll();
    const byNode = new Map<Text, Interval[]>();
    for (const [layer, extents] of this.layers) {
      for (const { node, start, end } of extents) {
        let list = byNode.get(node);
        if (!list) byNode.set(node, (list = []));
        list.push({ start, end, layer });
      }
    }
    const nodes = [...byNode.keys()].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    for (const node of nodes) this.wrap(node, byNode.get(node)!);
  }

  /** Replaces a page text node by plain text and marks, one mark per run of the same layers. */
  private wrap(node: Text, intervals: Interval[]): void {
    const parent = node.parentNode;
    if (!parent) return;
    const data = node.data;
    const cuts = [...new Set([0, data.length, ...intervals.flatMap((i) => [i.start, i.end])])]
      .filter((c) => c >= 0 && c <= data.length)
      .sort((a, b) => a - b);
    const runs: Array<{ start: number; end: number; layers: string }> = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const [start, end] = [cuts[k], cuts[k + 1]];
      const covering = [...new Set(intervals.filter((i) => i.start <= start && i.end >= end).map((i) => i.layer))].sort(
        (a, b) => rank(a) - rank(b),
      );
      // Whitespace between blocks is left alone: a <mark> between table cells would move them.
      const layers = /\S/.test(data.slice(start, end)) ? covering.join(' ') : '';
      const last = runs[runs.length - 1];
      if (last && last.layers === layers) last.end = end;
      else runs.push({ start, end, layers });
    }
    if (!runs.some((r) => r.layers)) return;
    const doc = node.ownerDocument;
    const parts = runs.map(({ start, end, layers }) => {
      const text = doc.createTextNode(data.slice(start, end));
      this.parts.set(text, { original: node, offset: start });
      if (!layers) return text;
      const mark = doc.createElement('mark');
      mark.setAttribute(OWN_ATTR, layers);
      mark.appendChild(text);
      return mark;
    });
    for (const part of parts) parent.insertBefore(part, node);
    this.holder.appendChild(node);
    this.wrapped.set(node, { parts, data });
  }

  /** Puts every page text node back where its parts are, and takes the parts out. */
  private unwrapAll(): void {
    for (const [node, { parts, data }] of this.wrapped) {
      const visible = parts.map((p) => p.textContent ?? '').join('');
      // Text written into our parts meanwhile (a live conversion) is the page's text now.
      if (visible !== data) node.data = visible;
      const anchor = parts.find((p) => p.parentNode);
      if (anchor) anchor.parentNode!.insertBefore(node, anchor);
      else node.remove(); // the page removed our parts: it would have removed the text too
      for (const part of parts) part.parentNode?.removeChild(part);
    }
    this.wrapped.clear();
  }
}

function documentOf(range: AbstractRange): Document {
  const node = range.startContainer;
  return node.ownerDocument ?? (node as Document);
}

export class Highlighter {
  /** Whether the page's browser has the CSS Custom Highlight API (no DOM changes but styles). */
  readonly native: boolean;
  private readonly painters = new Map<Document, Painter>();
  private readonly styles = new Map<StyleRoot, HTMLStyleElement>();
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every show and clear, so an unfinished sliced show knows it was replaced. */
  private generation = 0;
  /** Tag-colour layers painted so far; each has its rule in our style. */
  private readonly tagLayers = new Set<TagLayer>();
  /** The style text our <style> elements hold now (it grows with the tag colours in use). */
  private css = cssText([]);

  constructor(doc: Document) {
    this.native = nativeApi(doc) !== null;
  }

  /**
   * Whether a node added to or removed from the page is our doing: our styles and marks, the
   * text inside marks, and page text nodes we took out for marks. (The text nodes clear() puts
   * back are page nodes again, so their return reads as a page change.)
   */
  owns(node: Node): boolean {
    if (node.nodeType === 1) return (node as Element).hasAttribute(OWN_ATTR);
    if (node.nodeType !== 3) return false;
    const painter = node.ownerDocument && this.painters.get(node.ownerDocument);
    return painter ? painter.ownsText(node as Text) : false;
  }

  /**
   * Shows exactly these items (replacing what was shown). Ranges may lie in same-origin frames.
   * Pass StaticRanges where the browser has them: a live Range is revisited by the browser on
   * every text change in its document, which makes converting a long page quadratic.
   */
  show(items: ShownItems): void {
    this.generation++;
    this.paint({ task: items.tasks, stat: items.stats, ...this.clippedLayers(items.clipped ?? []) });
  }

  /**
   * `show`, a slice at a time with `pause()` in between: making and registering tens of thousands
   * of ranges at once is one long task for the page, so each slice's ranges are made from its
   * items (`toRange`) when its turn comes. A later show or clear stops an unfinished one.
   */
  async showInSlices<T>(
    items: { tasks: readonly T[]; stats: readonly T[]; clipped?: ClippedRange[] },
    toRange: (item: T) => AbstractRange | null,
    pause: () => Promise<void>,
    sliceSize = 1_000,
  ): Promise<void> {
    const slice = (list: readonly T[], from: number) =>
      list
        .slice(from, from + sliceSize)
        .map(toRange)
        .filter((r): r is AbstractRange => r !== null);
    this.show({ tasks: slice(items.tasks, 0), stats: slice(items.stats, 0), clipped: items.clipped });
    const generation = this.generation;
    const longest = Math.max(items.tasks.length, items.stats.length);
    for (let from = sliceSize; from < longest; from += sliceSize) {
      await pause();
      if (generation !== this.generation) return;
      this.extend({ task: slice(items.tasks, from), stat: slice(items.stats, from) });
    }
  }

  /** Replaces only the clipped items' marks (the task and statistic layers stay as they are). */
  showClipped(clipped: ClippedRange[]): void {
    this.paint(this.clippedLayers(clipped));
  }

  /**
   * The clipped items by layer (plain or tag colour). Every tag layer used before is given too,
   * empty if no item has its colour now, so that painting it removes its old marks.
   */
  private clippedLayers(clipped: ClippedRange[]): Layers {
    const layers: Layers = { clipped: [] };
    for (const layer of this.tagLayers) layers[layer] = [];
    for (const { range, color } of clipped) {
      const layer = clippedLayer(color);
      if (isTagLayer(layer)) this.tagLayers.add(layer);
      (layers[layer] ??= []).push(range);
    }
    return layers;
  }

  /**
   * Takes every highlight and mark of ours out of the page, and our styles unless `keepStyles`:
   * adding or removing a style element restyles the whole document (0.1 s on a 1,000,000-character
   * page), so highlights taken down only while the page's text changes leave their styles in place.
   */
  clear({ keepStyles = false }: { keepStyles?: boolean } = {}): void {
    this.generation++;
    // The flash and fade layers are among those emptied here.
    this.cancelFlashTimer();
    this.paint(Object.fromEntries([...LAYERS, ...this.tagLayers].map((l) => [l, []])), { keepStyles });
  }

  /** Draws attention to one range for a moment: strong, then softer, then gone. */
  flash(range: AbstractRange): void {
    this.stopFlash();
    this.paint({ flash: [range] });
    this.flashTimer = setTimeout(() => {
      for (const painter of this.painters.values()) painter.moveLayer('flash', 'fade');
      this.settle();
      this.flashTimer = setTimeout(() => this.stopFlash(), FADE_MS);
    }, FLASH_MS);
  }

  private stopFlash(): void {
    if (this.cancelFlashTimer()) this.paint({ flash: [], fade: [] });
  }

  /** Whether a flash was under way (its timer is cancelled). */
  private cancelFlashTimer(): boolean {
    if (this.flashTimer === null) return false;
    clearTimeout(this.flashTimer);
    this.flashTimer = null;
    return true;
  }

  private extend(layers: Layers): void {
    const byDoc = new Map<Document, Layers>();
    for (const [layer, ranges] of Object.entries(layers) as Array<[Layer, AbstractRange[]]>) {
      for (const range of ranges) {
        const doc = documentOf(range);
        let forDoc = byDoc.get(doc);
        if (!forDoc) byDoc.set(doc, (forDoc = {}));
        (forDoc[layer] ??= []).push(range);
      }
    }
    for (const [doc, forDoc] of byDoc) this.painterFor(doc).extend(forDoc);
    this.settle();
  }

  private painterFor(doc: Document): Painter {
    let painter = this.painters.get(doc);
    if (!painter) {
      const api = nativeApi(doc);
      painter = api ? new NativePainter(api) : new MarkPainter(doc);
      this.painters.set(doc, painter);
    }
    return painter;
  }

  private paint(layers: Layers, { keepStyles = false }: { keepStyles?: boolean } = {}): void {
    const given = Object.entries(layers) as Array<[Layer, AbstractRange[]]>;
    const byDoc = new Map<Document, Layers>();
    const layersOf = (doc: Document): Layers => {
      let forDoc = byDoc.get(doc);
      if (!forDoc) byDoc.set(doc, (forDoc = {}));
      return forDoc;
    };
    // Documents painted before hear of every given layer, so a layer gone from them is removed.
    for (const doc of this.painters.keys()) for (const [layer] of given) layersOf(doc)[layer] = [];
    for (const [layer, ranges] of given) {
      for (const range of ranges) (layersOf(documentOf(range))[layer] ??= []).push(range);
    }
    for (const [doc, forDoc] of byDoc) this.painterFor(doc).paint(forDoc);
    this.settle(keepStyles);
  }

  /**
   * Drops idle painters and gives each painted root our style, and no other root (unless
   * `keepStyles`: the styles in place stay).
   */
  private settle(keepStyles = false): void {
    for (const [doc, painter] of this.painters) if (painter.isEmpty()) this.painters.delete(doc);
    const needed = new Set([...this.painters.values()].flatMap((p) => [...p.roots()]));
    for (const [root, style] of this.styles) {
      if (needed.has(root) || (keepStyles && style.isConnected)) continue;
      style.remove();
      this.styles.delete(root);
    }
    const css = cssText(this.tagLayers);
    if (css !== this.css) {
      this.css = css;
      for (const style of this.styles.values()) style.textContent = css;
    }
    for (const root of needed) {
      if (this.styles.has(root)) continue;
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
      const style = doc.createElement('style');
      style.setAttribute(OWN_ATTR, '');
      style.textContent = this.css;
      (root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root).appendChild(style);
      this.styles.set(root, style);
    }
  }
}
