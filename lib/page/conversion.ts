// Converting a page's script and restoring it exactly.
//
// Conversion works on the page model's blocks: each block's whole text is converted as one
// string (so 头|发 across two <span>s becomes 頭髮) and the result is written back through the
// block's text nodes. Every value we replace is stored, and restore writes the stored originals
// back — never a reverse conversion, which is lossy (乾隆 would come back as 干隆).
//
// The content script never builds a converter: text goes to `convert` in batches (the lead wires
// it to the converter host). Nothing is written until every batch is answered; then all of it is
// written in time slices (no task is long) close together, so that few rendering frames fall
// between writes: each such frame lays out the text written so far, and the new lang, set with
// the last write, then makes the browser lay out all of it again. Written as the batches were
// answered, a 1,000,000-character page was laid out three or four times over (0.15–0.33 s each).
import { splitByDiff, splitKeepingLength } from '../convert/align';
import type { Target } from '../types';
import {
  chineseLangElements,
  elementsWithTextAttributes,
  LANG_OF_TARGET,
  TEXT_ATTRIBUTES,
} from './attributes';
import { isInline, isInSkippedRegion, isSkipped, OWN_UI_TAG, readPage, type Block } from './model';
import { showsPinyinRepeatedly, withoutPinyin } from './pinyin-hide';
import { TimeSlicer } from './time-slice';

export type ConvertFn = (target: Target, texts: string[]) => Promise<string[]>;

export interface ApplyOptions {
  /**
   * The page's blocks as the caller read them (with this conversion's skipCode), when nothing
   * changed since: reading a long page again is the larger part of a toggle's own work. Used only
   * on a page without frames or shadow roots, whose contents load on their own.
   */
  blocks?: ReadonlyArray<Pick<Block, 'nodes'>>;
  /**
   * Runs before the first write, as soon as the page is read and its text is at the converter:
   * what it costs the page (taking highlights down makes the browser repaint) then overlaps the
   * converter's work instead of adding to it.
   */
  beforeWrite?: () => void;
}

export interface ConversionOptions {
  /** Leave code and pre alone (default true). */
  skipCode?: boolean;
  /**
   * Runs a synchronous run of our writes unwatched by the page's MutationObserver (PageWatch's
   * unobserved): every DOM write of ours goes through it, so the watch never sees one of them and
   * our writes cannot feed back into conversion. Without a watch, writes just run.
   */
  unobserved?: (write: () => void) => void;
  /** Hide pinyin residue on pages that show it repeatedly (default true). */
  hidePinyin?: boolean;
}

/** Characters sent to the converter per message: big enough to amortise, small enough to pipeline. */
const BATCH_CHARS = 64_000;

/**
 * `convert`, in messages of about BATCH_CHARS characters sent one after another: a message of
 * millions of characters is serialised, and its answer parsed, in one long task of the page.
 */
export async function convertInBatches(convert: ConvertFn, target: Target, texts: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let from = 0; from < texts.length; ) {
    let to = from;
    for (let chars = 0; to < texts.length && (to === from || chars + texts[to].length <= BATCH_CHARS); to++) {
      chars += texts[to].length;
    }
    out.push(...(await convert(target, texts.slice(from, to))));
    from = to;
  }
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87e][\udc00-\udfff]/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A value we replaced: what the page had, and what we put there. */
interface Replaced {
  original: string;
  written: string;
}

/** Text nodes converted together: one block, or a document's title. */
interface TextJob {
  nodes: Text[];
  /** node.data when read; a node that changed since is left to the next update. */
  seen: string[];
  originals: string[];
  /** What is converted: the originals without hidden pinyin residue. */
  sources: string[];
  /** The sources joined: the text sent to the converter. */
  text: string;
}

interface AttributeJob {
  el: Element;
  name: string;
  seen: string;
  original: string;
}

class Batch {
  texts: TextJob[] = [];
  attributes: AttributeJob[] = [];
  chars = 0;

  strings(): string[] {
    return [...this.texts.map((j) => j.text), ...this.attributes.map((a) => a.original)];
  }
}

export class PageConversion {
  private current: Target | null = null;
  private lengthsKept = true;
  /** Bumped by every apply and restore: work started under an older epoch is dropped. */
  private epoch = 0;
  private hidingPinyin = false;
  private readonly skipCode: boolean;
  private readonly texts = new Map<Text, Replaced>();
  private readonly attributes = new Map<Element, Map<string, Replaced>>();
  private readonly langs = new Map<Element, { original: string | null; written: string }>();
  private prunedAt = 0;
  private found: Array<Document | ShadowRoot> = [];

  constructor(
    private readonly doc: Document,
    private readonly convert: ConvertFn,
    private readonly options: ConversionOptions = {},
  ) {
    this.skipCode = options.skipCode ?? true;
  }

  /** Whether code and pre are left alone (the page model's default reading does the same). */
  get skipsCode(): boolean {
    return this.skipCode;
  }

  /** The target the page shows, null when it shows its original script. */
  get target(): Target | null {
    return this.current;
  }

  /**
   * Whether every text node the page shows has the length it had originally (true for the S→T
   * presets, usually for T→S). Then offsets into the page's text, and ranges built on them,
   * stay valid across apply and restore.
   */
  get keptLengths(): boolean {
    return this.lengthsKept;
  }

  /**
   * Documents (top, same-origin frames) and open shadow roots the last apply converted: a
   * document-wide MutationObserver does not see into the others, so watch them too.
   */
  get roots(): ReadonlyArray<Document | ShadowRoot> {
    return this.found;
  }

  /** Convert the whole page to `target` (from the stored originals when already converted). */
  async apply(target: Target, { blocks, beforeWrite }: ApplyOptions = {}): Promise<void> {
    const epoch = ++this.epoch;
    this.current = target;
    this.hidingPinyin = (this.options.hidePinyin ?? true) && showsPinyinRepeatedly(this.doc);
    this.lengthsKept = !this.hidingPinyin;
    const slicer = new TimeSlicer();
    const roots = await this.collectRoots(slicer);
    if (epoch !== this.epoch) return;
    this.found = roots;

    const pipe = this.pipeline(target, epoch);
    const title = this.titleJob(this.doc);
    if (title) pipe.addText(title);
    for (const root of roots) {
      for (const el of elementsWithTextAttributes(root, this.skipCode)) {
        for (const job of this.attributeJobs(el)) pipe.addAttribute(job);
      }
    }
    const root = this.doc.documentElement;
    if (root) {
      const groups = blocks && roots.length === 1 ? inGroups(blocks, READ_GROUP) : this.readSlices(root);
      for (const group of groups) {
        for (const block of group) {
          const job = this.textJob(block.nodes);
          if (job) pipe.addText(job);
        }
        if (slicer.due) {
          pipe.flush();
          await slicer.next();
          if (epoch !== this.epoch) return;
        }
      }
    }
    const answered = pipe.answers();
    beforeWrite?.();
    let answers: Answer[];
    try {
      answers = await answered;
    } catch (error) {
      if (epoch === this.epoch) this.restore();
      throw error;
    }
    if (epoch !== this.epoch) return;
    // A fresh slice: the reading's last one ended before the wait for the converter.
    if (!(await this.write(answers, epoch, new TimeSlicer()))) return;
    // lang last, in the task of the last write: a new lang changes the fonts of the whole page,
    // and set first it made the browser lay out all of a long page twice (once for the lang,
    // once for the converted text; 0.65 + 0.84 s on the 1M-character page).
    this.unobserved(() => this.setLang(roots, target));
  }

  /** Put back every stored original. Synchronous; a value the page changed since stays. */
  restore(): void {
    this.epoch++;
    this.current = null;
    this.lengthsKept = true;
    this.unobserved(() => this.putBackOriginals());
  }

  private putBackOriginals(): void {
    for (const [node, r] of this.texts) {
      if (node.data === r.written) node.data = r.original;
    }
    for (const [el, byName] of this.attributes) {
      for (const [name, r] of byName) {
        if (el.getAttribute(name) === r.written) this.writeAttribute(el, name, r.original);
      }
    }
    for (const [el, r] of this.langs) {
      if (el.getAttribute('lang') === r.written) this.writeAttribute(el, 'lang', r.original);
    }
    this.texts.clear();
    this.attributes.clear();
    this.langs.clear();
    this.prunedAt = 0;
  }

  /** The page changed: convert new or changed text under `dirty` if a target is active. */
  async update(dirty: Node[]): Promise<void> {
    const target = this.current;
    if (!target || !dirty.length) return;
    const epoch = this.epoch;
    const pipe = this.pipeline(target, epoch);
    const { textRoots, wholeRoots, titles, elements } = this.dirtyRegions(dirty);
    for (const title of titles) {
      const job = this.titleJob(this.doc, title);
      if (job) pipe.addText(job);
    }
    for (const el of elements) {
      for (const found of elementsWithTextAttributes(el, this.skipCode)) {
        for (const job of this.attributeJobs(found)) pipe.addAttribute(job);
      }
    }
    for (const [root, dirtyTexts] of textRoots) {
      const whole = wholeRoots.has(root);
      for (const block of readPage(root, { skipCode: this.skipCode }).blocks) {
        if (!whole && !block.nodes.some((n) => dirtyTexts.has(n))) continue;
        const job = this.textJob(block.nodes);
        if (job) pipe.addText(job);
      }
    }
    const answers = await pipe.answers();
    if (epoch !== this.epoch) return;
    await this.write(answers, epoch, new TimeSlicer());
    this.pruneDetached();
  }

  /**
   * The text of a selection as the page wrote it, read from the stored originals (the page may be
   * showing it converted). Offsets inside a node carry over when the conversion kept its length.
   */
  originalSelectionText(selection: Selection | null): string {
    if (!selection || selection.rangeCount === 0) return '';
    const parts: string[] = [];
    for (let r = 0; r < selection.rangeCount; r++) {
      const range = selection.getRangeAt(r);
      const root = range.commonAncestorContainer;
      const doc = root.ownerDocument ?? this.doc;
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n: Node | null = root.nodeType === TEXT_NODE ? root : walker.nextNode(); n; n = walker.nextNode()) {
        if (!range.intersectsNode(n)) continue;
        const node = n as Text;
        const original = this.originalOf(node);
        const sameLength = original.length === node.data.length;
        const from = node === range.startContainer && sameLength ? range.startOffset : 0;
        const to = node === range.endContainer && sameLength ? range.endOffset : original.length;
        parts.push(original.slice(from, to));
        if (n === root) break;
      }
    }
    return parts.join('');
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  /** Documents (top, same-origin frames) and open shadow roots, walked in time slices. */
  private async collectRoots(slicer: TimeSlicer): Promise<Array<Document | ShadowRoot>> {
    const roots: Array<Document | ShadowRoot> = [this.doc];
    for (let r = 0; r < roots.length; r++) {
      const all = roots[r].querySelectorAll('*');
      for (let i = 0; i < all.length; i++) {
        const el = all[i];
        const tag = el.tagName.toUpperCase();
        if (tag === OWN_UI_TAG.toUpperCase()) continue;
        const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        if (shadow) roots.push(shadow);
        if (tag === 'IFRAME' || tag === 'FRAME') {
          const inner = frameDocument(el);
          if (inner?.documentElement) roots.push(inner);
        }
        if ((i & 1023) === 0) await slicer.maybeYield();
      }
    }
    return roots;
  }

  /**
   * The page's blocks, read one subtree at a time so reading can pause between subtrees.
   * An element whose children are all block-level is split into its children: that cuts the
   * text exactly where the page model would cut it anyway.
   */
  private *readSlices(root: Element): Generator<Block[]> {
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (this.splittable(el)) {
        for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
      } else {
        yield readPage(el, { skipCode: this.skipCode }).blocks;
      }
    }
  }

  private splittable(el: Element): boolean {
    if (isSkipped(el, this.skipCode) || (el as Element & { shadowRoot?: unknown }).shadowRoot) return false;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME' || tag === 'FRAME' || !el.children.length) return false;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === ELEMENT_NODE) {
        if (isInline(n as Element)) return false;
      } else if (n.nodeType === TEXT_NODE) {
        if (/\S/.test((n as Text).data)) return false;
      }
    }
    return true;
  }

  /** The text of a node as the page wrote it: our stored original while our value is shown. */
  private originalOf(node: Text): string {
    const r = this.texts.get(node);
    return r && node.data === r.written ? r.original : node.data;
  }

  private textJob(nodes: Text[]): TextJob | null {
    const seen = nodes.map((n) => n.data);
    // Before anything is converted every node shows its original (the first toggle of a page).
    const originals = this.texts.size ? nodes.map((n) => this.originalOf(n)) : seen;
    const sources = this.hidingPinyin ? withoutPinyin(originals) : originals;
    const shown = seen.some((s, i) => s !== originals[i]);
    const text = sources.join('');
    if (!shown && sources === originals && !HAN.test(text)) {
      // Nothing to convert; forget values the page has replaced since we wrote them.
      for (const n of nodes) this.texts.delete(n);
      return null;
    }
    return { nodes, seen, originals, sources, text };
  }

  /** The title of a document (document.title), converted as one block. */
  private titleJob(doc: Document, titleEl?: Element): TextJob | null {
    const el = titleEl ?? doc.querySelector('title');
    if (!el) return null;
    const nodes = Array.from(el.childNodes).filter((n): n is Text => n.nodeType === TEXT_NODE);
    return nodes.length ? this.textJob(nodes) : null;
  }

  private attributeJobs(el: Element): AttributeJob[] {
    const jobs: AttributeJob[] = [];
    for (const name of TEXT_ATTRIBUTES) {
      const seen = el.getAttribute(name);
      if (seen === null) continue;
      const r = this.attributes.get(el)?.get(name);
      const original = r && seen === r.written ? r.original : seen;
      if (seen === original && !HAN.test(original)) continue;
      jobs.push({ el, name, seen, original });
    }
    return jobs;
  }

  /** Group dirty nodes by the block element (or root) whose text they belong to. */
  private dirtyRegions(dirty: Node[]) {
    const textRoots = new Map<Node, Set<Node>>();
    const wholeRoots = new Set<Node>();
    const titles = new Set<Element>();
    const elements: Element[] = [];
    for (const node of dirty) {
      if (!node.isConnected) continue;
      const title = enclosingTitle(node);
      if (title) {
        titles.add(title);
        continue;
      }
      // An added <input> keeps its placeholder converted: check from the parent up.
      if (!node.parentNode || isInSkippedRegion(node.parentNode, this.skipCode)) continue;
      if (node.nodeType === ELEMENT_NODE) elements.push(node as Element);
      const root = blockRootOf(node);
      if (!root) continue;
      if (!textRoots.has(root)) textRoots.set(root, new Set());
      if (node.nodeType === ELEMENT_NODE) wholeRoots.add(root);
      else textRoots.get(root)!.add(node);
    }
    // A root inside another root is read with it.
    for (const root of [...textRoots.keys()]) {
      for (let a = parentOf(root); a; a = parentOf(a)) {
        if (textRoots.has(a)) {
          for (const n of textRoots.get(root)!) textRoots.get(a)!.add(n);
          if (wholeRoots.has(root)) wholeRoots.add(a);
          textRoots.delete(root);
          break;
        }
      }
    }
    return { textRoots, wholeRoots, titles, elements };
  }

  private setLang(roots: Array<Document | ShadowRoot>, target: Target): void {
    const lang = LANG_OF_TARGET[target];
    for (const root of roots) {
      const els = chineseLangElements(root, this.skipCode);
      if (root.nodeType === 9 && (root as Document).documentElement) {
        els.unshift((root as Document).documentElement);
      }
      for (const el of els) {
        const stored = this.langs.get(el);
        const shown = el.getAttribute('lang');
        const original = stored && shown === stored.written ? stored.original : shown;
        this.langs.set(el, { original, written: lang });
        if (shown !== lang) this.writeAttribute(el, 'lang', lang);
      }
    }
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────────

  private pipeline(target: Target, epoch: number): Pipeline {
    return new Pipeline(
      (texts) => this.convert(target, texts),
      () => epoch === this.epoch,
    );
  }

  /** Write answers in time slices; false when an apply or restore started meanwhile. */
  private async write(answers: Answer[], epoch: number, slicer: TimeSlicer): Promise<boolean> {
    const texts = answers.flatMap((a) => a.texts);
    let i = 0;
    while (i < texts.length) {
      this.unobserved(() => {
        do this.writeText(texts[i].job, texts[i].pieces);
        while (++i < texts.length && ((i & 63) !== 0 || !slicer.due));
      });
      if (i < texts.length) {
        await slicer.next();
        if (epoch !== this.epoch) return false;
      }
    }
    this.unobserved(() => {
      for (const a of answers) for (const { job, value } of a.attributes) this.writeConvertedAttribute(job, value);
    });
    return true;
  }

  private unobserved(write: () => void): void {
    if (this.options.unobserved) this.options.unobserved(write);
    else write();
  }

  /** Write converted pieces into a job's nodes, unless the page changed one of them meanwhile. */
  private writeText(job: TextJob, pieces: string[]): void {
    const { nodes, seen, originals } = job;
    for (let i = 0; i < nodes.length; i++) if (nodes[i].data !== seen[i]) return;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const piece = pieces[i];
      if (piece.length !== originals[i].length) this.lengthsKept = false;
      if (node.data !== piece) {
        node.data = piece;
      }
      if (piece === originals[i]) this.texts.delete(node);
      else this.texts.set(node, { original: originals[i], written: piece });
    }
  }

  private writeConvertedAttribute(job: AttributeJob, value: string): void {
    const { el, name, seen, original } = job;
    if (el.getAttribute(name) !== seen) return;
    if (seen !== value) this.writeAttribute(el, name, value);
    let byName = this.attributes.get(el);
    if (value === original) {
      byName?.delete(name);
      return;
    }
    if (!byName) this.attributes.set(el, (byName = new Map()));
    byName.set(name, { original, written: value });
  }

  private writeAttribute(el: Element, name: string, value: string | null): void {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }

  /** Forget nodes the page has thrown away; done when the store has doubled since last time. */
  private pruneDetached(): void {
    if (this.texts.size < Math.max(1024, this.prunedAt * 2)) return;
    for (const node of this.texts.keys()) if (!node.isConnected) this.texts.delete(node);
    this.prunedAt = this.texts.size;
  }
}

/** What one batch's answer writes: pieces for each text job's nodes, a value for each attribute. */
interface Answer {
  texts: Array<{ job: TextJob; pieces: string[] }>;
  attributes: Array<{ job: AttributeJob; value: string }>;
}

/**
 * Batches of text on their way to the converter. Each batch is sent as soon as it is full, so
 * the converter works while the page is still being read; answers are split onto their nodes as
 * they come.
 */
class Pipeline {
  private batch = new Batch();
  private readonly pending: Array<Promise<Answer>> = [];

  constructor(
    private readonly convert: (texts: string[]) => Promise<string[]>,
    /** False once an apply or restore has started since this work began. */
    private readonly isCurrent: () => boolean,
  ) {}

  addText(job: TextJob): void {
    this.batch.texts.push(job);
    this.grow(job.text.length);
  }

  addAttribute(job: AttributeJob): void {
    this.batch.attributes.push(job);
    this.grow(job.original.length);
  }

  private grow(chars: number): void {
    this.batch.chars += chars;
    if (this.batch.chars >= BATCH_CHARS) this.flush();
  }

  flush(): void {
    const batch = this.batch;
    if (!batch.texts.length && !batch.attributes.length) return;
    this.batch = new Batch();
    const answer = this.isCurrent()
      ? this.request(batch.strings()).then((out) => this.split(batch, out))
      : Promise.resolve({ texts: [], attributes: [] });
    // answers() reports a failure; a batch that fails after another already did must not also
    // surface as an unhandled rejection.
    answer.catch(() => undefined);
    this.pending.push(answer);
  }

  /** Every batch's answer, in order, once all are in; rejects with the first failure. */
  answers(): Promise<Answer[]> {
    this.flush();
    return Promise.all(this.pending);
  }

  private async request(texts: string[]): Promise<string[]> {
    const out = await this.convert(texts);
    if (!Array.isArray(out) || out.length !== texts.length) {
      throw new Error(`Converter answered ${out?.length} texts for ${texts.length}`);
    }
    return out;
  }

  private async split(batch: Batch, out: string[]): Promise<Answer> {
    const answer: Answer = { texts: [], attributes: [] };
    const uneven: Array<{ job: TextJob; whole: string }> = [];
    batch.texts.forEach((job, i) => {
      const pieces = splitKeepingLength(job.sources, out[i]);
      if (pieces) answer.texts.push({ job, pieces });
      else uneven.push({ job, whole: out[i] });
    });
    const offset = batch.texts.length;
    batch.attributes.forEach((job, i) => answer.attributes.push({ job, value: out[offset + i] }));
    if (uneven.length && this.isCurrent()) {
      // Length-changing conversions: convert each node alone too, and align the two results.
      const separate = await this.request(uneven.flatMap(({ job }) => job.sources));
      let at = 0;
      for (const { job, whole } of uneven) {
        const mine = separate.slice(at, (at += job.sources.length));
        answer.texts.push({ job, pieces: splitByDiff(mine, whole) });
      }
    }
    return answer;
  }
}

/** Known blocks are taken in groups of this many between two looks at the clock. */
const READ_GROUP = 256;

function* inGroups<T>(items: ReadonlyArray<T>, size: number): Generator<ReadonlyArray<T>> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin
  }
}

function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}

/** The <title> element of its document that `node` is or lies in, if any. */
function enclosingTitle(node: Node): Element | null {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || el.tagName.toUpperCase() !== 'TITLE') return null;
  return el.ownerDocument.querySelector('title') === el ? el : null;
}

/** The nearest block-level element (or shadow root / document) holding `node`'s text. */
function blockRootOf(node: Node): Node | null {
  let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (n && n.nodeType === ELEMENT_NODE && isInline(n as Element)) n = n.parentNode;
  if (n && n.nodeType === 9) return (n as Document).documentElement;
  return n;
}
