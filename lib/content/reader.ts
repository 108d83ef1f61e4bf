// The reader: everything Gongwen Lens does inside a page, loaded only on pages with Chinese text.
// Data flows one way: page model → analysis → highlights / panel → clip message → library.
import { browser } from 'wxt/browser';
import { analyzeInput } from '../analyzer';
import { readPageInput } from '../analyzer/dom';
import { makeT, resolveLang } from '../i18n';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { errorText } from '../errors';
import { failed, type ActReply, type Reply, type TabAction, type ToBackground, type ToContent } from '../messages';
import { readPage, blockStaticRange, OWN_UI_TAG, type Block, type PageModel } from '../page/model';
import { convertInBatches, PageConversion } from '../page/conversion';
import { memoizeConvert } from '../page/convert-memo';
import { watchPage, type PageWatch } from '../page/live';
import { afterBurst } from '../page/burst';
import { yieldToEventLoop } from '../page/time-slice';
import { Highlighter, type ClippedRange } from '../page/highlights';
import { findAnchor } from '../page/anchor';
import { nearBlocks } from '../page/near-viewport';
import { getSettings, onSettingsChanged, ruleForUrl, type Settings } from '../settings';
import { needsReread, onLibraryChange, type LibraryChange } from '../store/changes';
import type { Analysis, Clip, PageStatus, Target } from '../types';
import { contentGlobal } from './boot-state';
import { buildItemClip, buildSelectionClip, type ItemKind } from './clip-builder';
import { BackgroundChannel, NoAnswerError, backgroundValue } from './background-channel';
import { mountPanel } from './panel-host';
import { watchSelection } from './selection-button';
import { offerFor } from './offer';

/** The reader's requests to the background. */
const background = new BackgroundChannel();
const request = <T>(message: ToBackground): Promise<T> => background.request<T>(message);

/**
 * A message for whichever extension context answers it: conversion batches, which Chrome's
 * offscreen document answers directly once it is up (the background otherwise).
 */
async function broadcast<T>(message: ToBackground): Promise<T> {
  return backgroundValue((await browser.runtime.sendMessage(message).catch(() => undefined)) as Reply<T> | undefined);
}

/**
 * The browser's converter, through a memo: toggling back and forth converts each text once. A
 * batch goes out once for whoever answers it (Chrome's offscreen document directly, or the
 * background); should nobody answer (the document went away while the background thought it
 * up), it goes again for the background to carry.
 */
const convertViaBackground = memoizeConvert((target: Target, texts: string[]) =>
  broadcast<string[]>({ type: 'convert', target, texts }).catch((e: unknown) => {
    if (!(e instanceof NoAnswerError)) throw e;
    return request<string[]>({ type: 'convert', target, texts, relay: true });
  }),
);

/**
 * Pages up to this many characters are analysed in the background; longer ones in the page.
 * In a fresh tab, compiling the analyzer was most of a first analysis (15-20 ms on a seed page),
 * while the background's copy stays compiled from page to page: a seed page there takes 1-3 ms,
 * plus a round trip of 2-5 ms. Carrying a page across costs about 0.5 ms per 1,000 characters
 * and its items as much again (Chromium, the 1,000,000-character page: 0.45 s of messaging
 * against 0.3 s analysed in the page), so past this size the page's own copy is faster.
 */
const ANALYZE_IN_BACKGROUND_MAX_CHARS = 50_000;

/** The analysis of `model`: in the background or in the page, by size (see above). */
async function analyzeModel(doc: Document, model: PageModel): Promise<Analysis> {
  const page = readPageInput(doc, model);
  let chars = 0;
  for (const text of page.texts) chars += text.length;
  if (chars > ANALYZE_IN_BACKGROUND_MAX_CHARS) return analyzeInput(page);
  // Should the background not answer (the extension was reloaded), the page's copy still can.
  return request<Analysis>({ type: 'analyze', page }).catch(() => analyzeInput(page));
}

/** What the reader shows until start() has the page analysed (actions wait for that). */
function notYetAnalysed(): Analysis {
  return {
    script: 'none',
    isOfficial: false,
    kind: 'other',
    meta: { title: null, date: null, source: null, org: null, docNumber: null },
    text: '',
    tasks: [],
    stats: [],
    spans: [],
  };
}

/** Above this many items, highlights are registered in slices rather than in one task. */
const SLICED_HIGHLIGHTS = 5_000;
/**
 * Above this many items, only those within NEAR_SCREENS screen heights of the viewport are
 * highlighted, and the highlighted stretch follows the scroll (see lib/page/near-viewport.ts).
 */
const NEAR_VIEWPORT_ITEMS = 5_000;
const NEAR_SCREENS = 2;

/** Longest a page on an "always convert" site stays hidden while it loads. */
const VEIL_MAX_MS = 3_000;

/** Re-analysis after page changes waits at least this long: highlights may lag, the page may not. */
const REANALYZE_MS = 1_000;
/** ...and waits at least this many times what the last re-read cost. */
const REFRESH_SHARE_INVERSE = 10;

/**
 * Library writes come in bursts (a list clipped item by item, tabs clipping at once, edits in the
 * library): the page re-reads its clips once they have been this quiet, not during the burst,
 * whose writes its reads would slow...
 */
const CLIPPED_RELOAD_QUIET_MS = 1_000;
/** ...or this long after the first, whichever is sooner. */
const CLIPPED_RELOAD_MAX_MS = 5_000;

export class Reader {
  private model: PageModel;
  private analysis: Analysis;
  /** The analysis of the page in its own script, and the model it was read from, kept while it is shown converted. */
  private original: Analysis;
  private originalModel: PageModel;
  private readonly conversion: PageConversion;
  private readonly highlighter: Highlighter;
  private highlightsOn = false;
  private panel: ReturnType<typeof mountPanel> | null = null;
  /** Clipped items ('task:3', 'stat:5') with the tags of the clip each became: their colours mark it. */
  private clipped = new Map<string, readonly string[]>();
  /** Ids of this page's clips in the library (one id however often an item is clipped). */
  private pageClipIds = new Set<string>();
  private panelMessage: { kind: 'ok' | 'error'; text: string } | undefined;
  private readonly timings: Record<string, number> = {};
  private reanalyzeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every read of the page, so an analysis arriving after a later read is dropped. */
  private reads = 0;
  private clippedNotices: LibraryChange[] = [];
  /**
   * After a burst of library writes (an analyst clipping a list item by item, tabs clipping at
   * once), one re-read of the page's clips, if any of them concerns what the page holds.
   */
  private readonly clippedReload = afterBurst(
    () => {
      const notices = this.clippedNotices;
      this.clippedNotices = [];
      if (notices.some((n) => needsReread(n, location.href, this.pageClipIds))) void this.loadClipped();
    },
    CLIPPED_RELOAD_QUIET_MS,
    CLIPPED_RELOAD_MAX_MS,
  );
  /** Changes the page made to its own text, and how many of them the original analysis had seen. */
  private pageChanges = 0;
  private originalChanges = 0;
  /** On a page with too many items to highlight all: the stretch highlighted, and whether scrolls are followed. */
  private painted: { start: number; end: number } | null = null;
  private following = false;
  /** Bumped by every paint of such a page, so a paint waiting for its frame knows it was replaced. */
  private nearRequest = 0;
  /** pageChanges when the model was read: while the two agree, the model is the page. */
  private modelChanges = 0;
  /** What the last re-read of the page cost. */
  private refreshMs = 0;
  private readonly watch: PageWatch;
  private readonly watchedRoots = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private settings: Settings,
  ) {
    this.conversion = new PageConversion(doc, convertViaBackground, {
      skipCode: settings.skipCode,
      hidePinyin: settings.hidePinyin,
      unobserved: (write) => this.watch.unobserved(write),
    });
    this.highlighter = new Highlighter(doc);
    this.model = readPage(doc);
    this.analysis = notYetAnalysed();
    this.original = this.analysis;
    this.originalModel = this.model;
    this.watch = watchPage(doc, (dirty) => void this.onPageChanged(dirty), {
      // The conversion's own writes run unobserved (above); our UI and highlight styles are ignored here.
      ignore: (record) => this.isOwnElementMutation(record),
    });
    watchSelection(doc, () => void this.act({ action: 'clipSelection' }));
  }

  /** Our UI host, highlight styles and fallback marks change the DOM too; none of that is page text. */
  private isOwnElementMutation(record: MutationRecord): boolean {
    const ours = (n: Node) =>
      this.highlighter.owns(n) || (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === OWN_UI_TAG);
    if (ours(record.target)) return true;
    if (record.type !== 'childList') return false;
    const changed = [...record.addedNodes, ...record.removedNodes];
    return changed.length > 0 && changed.every(ours);
  }

  private async analyze(model: PageModel): Promise<Analysis> {
    const t0 = performance.now();
    const analysis = await analyzeModel(this.doc, model);
    this.timings.analyzeMs = performance.now() - t0;
    return analysis;
  }

  private async onPageChanged(dirty: Node[]): Promise<void> {
    this.pageChanges++;
    if (this.conversion.target) await this.conversion.update(dirty);
    // Analysis and highlights follow at a calmer pace than conversion, and on a page that never
    // stops changing they take at most a tenth of its thread: re-reading a long page is one task.
    this.reanalyzeTimer ??= setTimeout(() => {
      this.reanalyzeTimer = null;
      void this.refresh();
    }, Math.max(REANALYZE_MS, REFRESH_SHARE_INVERSE * this.refreshMs));
  }

  /**
   * Re-read the page (on arrival, after it changed) and repaint what depends on it; `current`: a
   * model that is the page as it is now, to analyse instead of reading it again.
   */
  private async refresh(current?: PageModel): Promise<void> {
    const t0 = performance.now();
    const read = ++this.reads;
    const changes = this.pageChanges;
    const target = this.conversion.target;
    const model = current ?? readPage(this.doc);
    const analysis = await this.analyze(model);
    // A later read replaces this one; a toggle meanwhile changed the page's script under it.
    if (read !== this.reads) return;
    if (target !== this.conversion.target) return this.scheduleRefresh();
    this.model = model;
    this.modelChanges = changes;
    this.analysis = analysis;
    if (!this.conversion.target) {
      this.original = this.analysis;
      this.originalModel = this.model;
      this.originalChanges = changes;
    }
    if (this.highlightsOn) this.paintHighlights();
    this.renderPanel();
    this.refreshMs = performance.now() - t0;
    void this.reportStatus();
  }

  private rangeOf(start: number, end: number): AbstractRange | null {
    const spans = this.analysis.spans ?? [];
    // Spans are in text order: binary search for the one holding `start`.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid].start <= start) lo = mid;
      else hi = mid - 1;
    }
    const span = spans[lo];
    const block = span && start < span.end ? this.model.blocks[span.block] : undefined;
    if (!span || !block) return null;
    // Items never cross a removed residue in practice; clamp to the span to stay inside the block.
    const from = span.blockOffset + (start - span.start);
    const to = span.blockOffset + (Math.min(end, span.end) - span.start);
    return blockStaticRange(block, from, to);
  }

  private ranges(items: Array<{ start: number; end: number }>): AbstractRange[] {
    return items.map((i) => this.rangeOf(i.start, i.end)).filter((r): r is AbstractRange => r !== null);
  }

  /** The colour of the first of a clipped item's tags that has one. */
  private clippedColor(key: string): string | null {
    const colors = this.settings.tagColors;
    const tag = this.clipped.get(key)?.find((t) => Object.hasOwn(colors, t));
    return tag === undefined ? null : colors[tag];
  }

  private clippedRanges(): ClippedRange[] {
    const { tasks, stats } = this.analysis;
    // From the clipped keys, which are few: a long page has tens of thousands of items, and a key
    // made for each was 10-20 ms of every repaint there.
    const ranges: ClippedRange[] = [];
    for (const key of this.clipped.keys()) {
      const [kind, index] = key.split(':');
      const item = (kind === 'task' ? tasks : stats)[Number(index)];
      const range = item ? this.rangeOf(item.start, item.end) : null;
      if (range) ranges.push({ range, color: this.clippedColor(key) });
    }
    return ranges;
  }

  /** Marks an item as clipped into `clip` (its tags colour the mark). */
  private markClipped(key: string, clip: Clip): void {
    this.clipped.set(key, clip.tags);
  }

  /**
   * Highlight the analysis's items. `kept`: the page's text offsets are what they were at the last
   * paint (a toggle or restore that kept every length), so the stretch painted then still holds.
   */
  private paintHighlights(stretch: 'kept' | 'measure' = 'measure'): void {
    if (!this.highlightsNearOnly()) return this.showItems(this.analysis.tasks, this.analysis.stats);
    this.followScroll();
    if (stretch === 'kept' && this.painted) return this.showNear(this.painted);
    // Where blocks are is measured in the next frame: measured now, a page that has just changed
    // would be laid out here (0.6 s after a toggle of the 1M-character page) and not in the frame.
    const request = ++this.nearRequest;
    this.nextFrame(() => {
      if (request === this.nearRequest && this.highlightsOn) this.showNear(this.nearStretch(NEAR_SCREENS));
    });
  }

  /** Whether the page has too many items to highlight them all (see NEAR_VIEWPORT_ITEMS). */
  private highlightsNearOnly(): boolean {
    return this.analysis.tasks.length + this.analysis.stats.length > NEAR_VIEWPORT_ITEMS;
  }

  private nextFrame(run: () => void): void {
    const view = this.doc.defaultView;
    if (view) view.requestAnimationFrame(run);
    else setTimeout(run, 16);
  }

  /** Highlight the items within `near`; none where no article text is near the viewport. */
  private showNear(near: { start: number; end: number } | null): void {
    this.painted = near;
    const inside = (i: { start: number; end: number }) => near !== null && i.end > near.start && i.start < near.end;
    this.showItems(this.analysis.tasks.filter(inside), this.analysis.stats.filter(inside));
  }

  private showItems(tasks: Analysis['tasks'], stats: Analysis['stats']): void {
    const t0 = performance.now();
    const clipped = this.clippedRanges();
    // Tens of thousands of ranges (a 1,000,000-character notice) are made and registered a slice
    // per task: made all at once, they alone were a 130-170 ms task after a toggle.
    if (tasks.length + stats.length > SLICED_HIGHLIGHTS) {
      const toRange = (i: { start: number; end: number }) => this.rangeOf(i.start, i.end);
      void this.highlighter.showInSlices({ tasks, stats, clipped }, toRange, yieldToEventLoop);
    } else {
      this.highlighter.show({ tasks: this.ranges(tasks), stats: this.ranges(stats), clipped });
    }
    this.timings.highlightMs = performance.now() - t0;
  }

  /** The stretch of the article text (offsets) whose blocks lie within `screens` screen heights of the viewport. */
  private nearStretch(screens: number): { start: number; end: number } | null {
    const { blocks } = this.model;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const near = nearBlocks(blocks.length, (i) => blocks[i].el.getBoundingClientRect(), height, screens * height);
    if (!near) return null;
    let start = Infinity;
    let end = -Infinity;
    for (const span of this.analysis.spans ?? []) {
      if (span.block < near.first || span.block > near.last) continue;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    return start < end ? { start, end } : null;
  }

  /**
   * On a page highlighted near the viewport only, paint again once the reader has scrolled
   * halfway out of the painted stretch (checked once a frame at most, while scrolling).
   */
  private followScroll(): void {
    if (this.following) return;
    this.following = true;
    let queued = false;
    const check = () => {
      queued = false;
      if (!this.highlightsOn || !this.highlightsNearOnly()) return;
      // What is within a screen of the viewport; painted is what was within two.
      const seen = this.nearStretch(1);
      const painted = this.painted;
      if (!seen || (painted && seen.start >= painted.start && seen.end <= painted.end)) return;
      this.nearRequest++;
      this.showNear(this.nearStretch(NEAR_SCREENS));
    };
    const onScroll = () => {
      if (queued) return;
      queued = true;
      this.nextFrame(check);
    };
    this.doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    this.doc.defaultView?.addEventListener('resize', onScroll, { passive: true });
  }

  private setHighlights(on: boolean): void {
    this.highlightsOn = on;
    if (on) this.paintHighlights();
    else this.highlighter.clear();
  }

  private renderPanel(): void {
    if (!this.panel) return;
    this.panel.update(this.panelProps());
  }

  private panelProps() {
    return {
      lang: resolveLang(this.settings.uiLang, navigator.language),
      analysis: this.analysis,
      clipped: new Map([...this.clipped.keys()].map((key) => [key, this.clippedColor(key)])),
      message: this.panelMessage,
      onReveal: (kind: ItemKind, index: number) => this.reveal(kind, index),
      onClip: async (kind: ItemKind, indices: number[]) => {
        await this.clipItems(kind, indices).catch(() => {});
      },
      onClose: () => this.setPanel(false),
    };
  }

  private setPanel(open: boolean): void {
    if (open && !this.panel) this.panel = mountPanel(this.doc, this.panelProps());
    if (!open && this.panel) {
      this.panel.unmount();
      this.panel = null;
    }
  }

  private reveal(kind: ItemKind, index: number): void {
    const item = kind === 'task' ? this.analysis.tasks[index] : this.analysis.stats[index];
    const range = item && this.rangeOf(item.start, item.end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(range);
  }

  private notify(kind: 'ok' | 'error', text: string): void {
    this.panelMessage = { kind, text };
    this.renderPanel();
  }

  private async save(inputs: ReturnType<typeof buildItemClip>[]): Promise<Clip[]> {
    const saved = await request<Clip[]>({ type: 'saveClips', clips: inputs });
    // The store answers with the clip each input became: an item saved twice is one id.
    for (const clip of saved) this.pageClipIds.add(clip.id);
    return saved;
  }

  private async clipItems(kind: ItemKind, indices?: number[]): Promise<Clip[]> {
    const t0 = performance.now();
    const items = kind === 'task' ? this.analysis.tasks : this.analysis.stats;
    const chosen = indices ?? items.map((_, i) => i);
    const valid = chosen.filter((i) => i >= 0 && i < items.length);
    const inputs = valid.map((i) => buildItemClip(kind, i, this.clipContext()));
    try {
      const saved = await this.save(inputs);
      // The store answers in input order.
      valid.forEach((i, n) => this.markClipped(`${kind === 'task' ? 'task' : 'stat'}:${i}`, saved[n]));
      this.notify('ok', saved.length === 1 ? this.t('savedOne') : this.t('savedMany', { n: saved.length }));
      // Click to confirmation: the bench's clip.roundtrip.ms.
      this.timings.clipMs = performance.now() - t0;
      // Only the clipped layer changes: on a long page, repainting every item would cost more.
      if (this.highlightsOn) this.highlighter.showClipped(this.clippedRanges());
      return saved;
    } catch (e) {
      this.notify('error', errorText(this.t, e, 'notSaved'));
      throw e;
    }
  }

  private async clipSelection(tag?: string): Promise<Clip[]> {
    const selection = this.doc.getSelection();
    try {
      const input = buildSelectionClip(selection, this.clipContext());
      // The "clip with the last-used tag" shortcut names the tag.
      return await this.save([tag ? { ...input, tags: [tag] } : input]);
    } catch (e) {
      this.notify('error', errorText(this.t, e, 'notSaved'));
      throw e;
    }
  }

  /** The panel's strings in the UI language now (it may change while the page is open). */
  private get t() {
    return makeT(PANEL_STRINGS, resolveLang(this.settings.uiLang, navigator.language));
  }

  private clipContext() {
    return {
      doc: this.doc,
      model: this.model,
      analysis: this.analysis,
      original: this.original,
      originalSelection: () => this.conversion.originalSelectionText(this.doc.getSelection()),
      url: location.href,
    };
  }

  private async revealAnchor(anchor: { exact: string; prefix: string; suffix: string }): Promise<boolean> {
    const text = this.analysis.text;
    let found = findAnchor(text, { ...anchor, fragmentUrl: '' });
    if (!found) {
      // The clip may have been taken in the other script: compare Simplified forms.
      const [page, exact, prefix, suffix] = await convertViaBackground('cn', [
        text,
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
      ]);
      if (page.length === text.length) found = findAnchor(page, { exact, prefix, suffix, fragmentUrl: '' });
    }
    if (!found) return false;
    const range = this.rangeOf(found.start, found.end);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.highlighter.flash(range);
    return true;
  }

  status(): PageStatus {
    const { analysis } = this;
    return {
      url: location.href,
      // The page's own script: what it shows when not converted.
      script: this.original.script,
      converted: this.conversion.target,
      offer:
        this.conversion.target || ruleForUrl(this.settings, location.href)?.mode === 'never'
          ? null
          : offerFor(this.original.script, this.settings),
      isOfficial: analysis.isOfficial,
      kind: analysis.kind,
      meta: analysis.meta,
      counts: { tasks: analysis.tasks.length, stats: analysis.stats.length, clipped: this.pageClipIds.size },
      highlights: this.highlightsOn,
      panel: this.panel !== null,
      skippedFrames: this.model.skippedFrames,
      injectMs: contentGlobal.__gongwenBoot?.injectMs ?? 0,
      timings: { ...this.timings },
    };
  }

  async reportStatus(): Promise<void> {
    await request({ type: 'pageStatus', status: this.status() }).catch(() => {});
  }

  private async toggle(target?: Target): Promise<void> {
    if (this.conversion.target && !target) return this.restore();
    if (ruleForUrl(this.settings, location.href)?.mode === 'never') {
      throw new Error('Conversion is turned off for this site (Options → site rules)');
    }
    const to = target ?? offerFor(this.original.script, this.settings);
    if (!to) throw new Error(this.original.script === 'none' ? 'No Chinese text on this page' : 'Nothing to convert');
    const t0 = performance.now();
    // Registered highlights make the browser revisit every range in every frame after a text
    // write (0.3 s a frame on the 1M-character page): take them down with the old text, and paint
    // them again after.
    await this.conversion.apply(to, {
      blocks: this.currentBlocks(),
      beforeWrite: () => {
        if (this.highlightsOn) this.highlighter.clear({ keepStyles: true });
      },
    });
    this.timings.toggleMs = performance.now() - t0;
    // One observer for the document; frames and shadow roots the conversion entered join it.
    for (const root of this.conversion.roots) {
      if (root !== this.doc && !this.watchedRoots.has(root)) {
        this.watchedRoots.add(root);
        this.watch.observe(root);
      }
    }
    if (this.conversion.keptLengths) {
      if (this.highlightsOn) this.paintHighlights('kept');
      void this.convertShownAnalysis(to);
    } else {
      this.scheduleRefresh();
    }
  }

  /** The model's blocks, while nothing on the page changed since they were read as conversion reads. */
  private currentBlocks(): Block[] | undefined {
    return this.modelChanges === this.pageChanges && this.conversion.skipsCode ? this.model.blocks : undefined;
  }

  private restore(): void {
    const t0 = performance.now();
    if (this.highlightsOn) this.highlighter.clear({ keepStyles: true });
    const offsetsKept = this.conversion.keptLengths;
    this.conversion.restore();
    this.timings.restoreMs = performance.now() - t0;
    // Unless the page changed since its original was read (converted re-reads do not count), it
    // is that original again node for node: so are its model and analysis (reading and analysing
    // a long page again would be one long task).
    if (this.pageChanges !== this.originalChanges) return this.scheduleRefresh();
    this.model = this.originalModel;
    this.modelChanges = this.originalChanges;
    this.analysis = this.original;
    if (this.highlightsOn) this.paintHighlights(offsetsKept ? 'kept' : 'measure');
    this.renderPanel();
  }

  /**
   * After a conversion that kept every node's length, the items are where they were: only their
   * strings change script. Converting those (off the page's thread) is much cheaper than reading
   * and analysing the page again, which on a long page would be one long task.
   */
  private async convertShownAnalysis(target: Target): Promise<void> {
    // Not in the task of the toggle's last write: tens of thousands of strings to send.
    await yieldToEventLoop();
    const a = this.original;
    const metaKeys = ['title', 'date', 'source', 'org', 'docNumber'] as const;
    // The page's text goes line by line (no conversion matches across a line break), so that no
    // message is much bigger than the conversion's own batches.
    const lines = a.text.split('\n');
    const strings = [
      ...lines,
      ...metaKeys.map((k) => a.meta[k] ?? ''),
      ...a.tasks.map((t) => t.text),
      ...a.stats.map((t) => t.text),
    ];
    const out = await convertInBatches(convertViaBackground, target, strings).catch(() => null);
    if (!out || this.conversion.target !== target || this.original !== a) return;
    let i = lines.length;
    const text = out.slice(0, i).join('\n');
    const meta = { ...a.meta };
    for (const k of metaKeys) {
      const value = out[i++];
      meta[k] = a.meta[k] === null ? null : value;
    }
    this.analysis = {
      ...a,
      text,
      meta,
      tasks: a.tasks.map((t) => ({ ...t, text: out[i++] })),
      stats: a.stats.map((t) => ({ ...t, text: out[i++] })),
    };
    this.renderPanel();
  }

  private scheduleRefresh(): void {
    if (this.reanalyzeTimer) clearTimeout(this.reanalyzeTimer);
    this.reanalyzeTimer = setTimeout(() => {
      this.reanalyzeTimer = null;
      void this.refresh();
    }, 0);
  }

  /**
   * Load-time work: site rule, default highlights, badge. `unveil` is set when the reader runs
   * at document_start on an "always convert" site and has hidden the page (see veilPage).
   */
  async start(unveil?: () => void): Promise<void> {
    try {
      const rule = ruleForUrl(this.settings, location.href);
      if (rule?.mode === 'always' && unveil) {
        await this.convertOnArrival(rule.target);
      } else {
        // The constructor has just read the page (reading a long page twice is a long task more).
        await this.refresh(this.model);
        if (rule?.mode === 'always' && this.original.script !== 'none') await this.toggle(rule.target);
      }
    } finally {
      unveil?.();
    }
    await this.loadClipped();
    // Tag colours chosen and clips retagged or deleted in the library, and clips of this page
    // saved from another tab, show on the page while it is open.
    onSettingsChanged((settings) => {
      const recolour = JSON.stringify(settings.tagColors) !== JSON.stringify(this.settings.tagColors);
      this.settings = settings;
      if (recolour) this.showClipped();
      else this.renderPanel(); // its language may have changed
    });
    onLibraryChange((change) => {
      this.clippedNotices.push(change);
      this.clippedReload.note();
    });
    if (this.settings.highlightsByDefault && this.analysis.isOfficial) this.setHighlights(true);
    await this.reportStatus();
  }

  /** Convert the page once its text is parsed (it is still veiled), then keep up as usual. */
  private async convertOnArrival(target: Target): Promise<void> {
    const t0 = performance.now();
    if (this.doc.readyState === 'loading') {
      await new Promise<void>((resolve) => {
        // A page that never finishes parsing is shown anyway, converted or not, after a while.
        const timer = setTimeout(resolve, VEIL_MAX_MS);
        this.doc.addEventListener('DOMContentLoaded', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
    // The page's own text, analysed before it changes script (clips keep the original too).
    await this.refresh();
    if (this.original.script !== 'none') await this.toggle(target);
    // Time the page stayed hidden after the reader started (bench: toggle.auto.*).
    this.timings.veilMs = performance.now() - t0;
  }

  /** What of this page is already in the library: its count, and marks on the items it holds. */
  private async loadClipped(): Promise<void> {
    let clips: Clip[];
    try {
      clips = await request<Clip[]>({ type: 'clipsForPage', url: location.href });
    } catch {
      return;
    }
    this.pageClipIds = new Set(clips.map((c) => c.id));
    // Clips keep the item's text in the page's own script, which is what the original analysis has.
    const held = new Map(clips.map((c) => [`${c.kind}\u0000${c.marker ?? ''}\u0000${c.textOriginal}`, c]));
    const { tasks, stats } = this.original;
    this.clipped = new Map();
    // (Most pages hold none: a long page's tens of thousands of items need no keys made then.)
    if (held.size) {
      tasks.forEach((t, i) => {
        const clip = held.get(`task\u0000${t.marker}\u0000${t.text}`);
        if (clip) this.markClipped(`task:${i}`, clip);
      });
      stats.forEach((t, i) => {
        const clip = held.get(`statistic\u0000\u0000${t.text}`);
        if (clip) this.markClipped(`stat:${i}`, clip);
      });
    }
    this.showClipped();
  }

  /** Paint the clipped marks in their tags' colours, in the page and in the panel. */
  private showClipped(): void {
    // Only the clipped layer changes: on a long page, repainting every item would cost more.
    if (this.highlightsOn) this.highlighter.showClipped(this.clippedRanges());
    this.renderPanel();
  }

  /**
   * Perform an action; the answer carries the page's status after it, whether it worked or not,
   * and is the value of actions that have no answer of their own (status, toggle, panel...).
   */
  async answer(action: TabAction): Promise<ActReply<unknown>> {
    try {
      const value = await this.act(action);
      const status = this.status();
      return { ok: true, value: value === undefined ? status : value, status };
    } catch (e) {
      return { ...failed(e), status: this.status() };
    }
  }

  async act(action: TabAction): Promise<unknown> {
    const t0 = performance.now();
    try {
      return await this.perform(action);
    } finally {
      this.timings[`${action.action}ActMs`] = performance.now() - t0;
    }
  }

  private async perform(action: TabAction): Promise<unknown> {
    switch (action.action) {
      case 'status':
        break;
      case 'toggle':
        await this.toggle(action.target);
        break;
      case 'restore':
        this.restore();
        break;
      case 'highlights':
        this.setHighlights(action.on ?? !this.highlightsOn);
        break;
      case 'panel':
        this.setPanel(action.open ?? !this.panel);
        break;
      case 'clipSelection':
        return this.clipSelection(action.tag);
      case 'clipItems':
        return this.clipItems(action.kind, action.indices);
      case 'reveal':
        return this.revealAnchor(action.anchor);
    }
    // No answer of its own: answer() sends the page's new status as the value.
    return undefined;
  }
}

/** Hide the page until `unveil()` (a stale registration or a failure unveils it too). */
function veilPage(doc: Document): () => void {
  const veil = doc.createElement('style');
  veil.setAttribute('data-gongwen-lens', 'veil');
  veil.textContent = 'html{visibility:hidden!important}';
  (doc.head ?? doc.documentElement).append(veil);
  return () => veil.remove();
}

export function startReader(doc: Document): void {
  if (contentGlobal.__gongwenReader) return;
  // Injected at document_start, the reader runs only on "always convert" sites (see
  // lib/background/auto-convert.ts): hide the page now, before anything can be painted.
  const unveil = doc.readyState === 'loading' ? veilPage(doc) : undefined;
  background.connect();
  // Actions wait until load-time work (site rule, highlights, clipped marks) is done, so a click
  // never races it.
  const ready = getSettings().then(async (settings) => {
    const reader = new Reader(doc, settings);
    await reader.start(unveil);
    return reader;
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as ToContent)?.type !== 'act') return false;
    void ready
      .then((reader) => reader.answer((message as ToContent).act), failed)
      .then(sendResponse);
    return true;
  });
  // From here on the boot script leaves every message to the reader.
  contentGlobal.__gongwenReader = true;
}
