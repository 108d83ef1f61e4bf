// Turning what the reader sees (an analysed item or a selection) into a ClipInput for the store.
import { makeAnchor } from '../page/anchor';
import { selectionToOffsets, surroundingSentence } from '../page/selection';
import type { PageModel } from '../page/model';
import { MAX_CLIP_CHARS } from '../store/schema';
import type { Analysis, ClipInput, ClipPage } from '../types';

export type ItemKind = 'task' | 'statistic';

export interface ClipContext {
  doc: Document;
  model: PageModel;
  analysis: Analysis;
  /** The analysis of the page in its own script (the same as `analysis` when not converted). */
  original: Analysis;
  /** The text of the current selection in the page's own script. */
  originalSelection: () => string;
  url: string;
}

export class ClipLimitError extends Error {
  constructor(length: number) {
    super(
      `The selection has ${length.toLocaleString('en')} characters; a clip holds at most ` +
        `${MAX_CLIP_CHARS.toLocaleString('en')} (100,000). Select less text.`,
    );
    this.name = 'ClipLimitError';
  }
}

function pageOf(ctx: ClipContext): ClipPage {
  const { meta, kind } = ctx.analysis;
  return {
    url: ctx.url,
    title: meta.title ?? (ctx.doc.title || null),
    org: meta.org,
    date: meta.date,
    docNumber: meta.docNumber,
    source: meta.source,
    kind,
    script: ctx.original.script,
  };
}

export function buildItemClip(kind: ItemKind, index: number, ctx: ClipContext): ClipInput {
  const { analysis } = ctx;
  const task = kind === 'task' ? analysis.tasks[index] : undefined;
  const stat = kind === 'statistic' ? analysis.stats[index] : undefined;
  const item = task ?? stat;
  if (!item) throw new Error(`No ${kind} number ${index + 1} on this page`);
  // Converting a page finds the same items in the same order, only in the other script.
  const same = kind === 'task' ? ctx.original.tasks : ctx.original.stats;
  const originalItem = same.length === (task ? analysis.tasks : analysis.stats).length ? same[index] : undefined;
  return {
    kind,
    text: item.text,
    textOriginal: originalItem?.text ?? item.text,
    marker: task?.marker ?? null,
    level: task?.level ?? null,
    value: stat?.value ?? null,
    valueMax: stat?.valueMax ?? null,
    unit: stat?.unit ?? null,
    qualifier: stat?.qualifier ?? null,
    context: surroundingSentence(analysis.text, item.start, item.end),
    page: pageOf(ctx),
    anchor: makeAnchor(analysis.text, item.start, item.end, ctx.url),
    tags: [],
    note: '',
  };
}

export function buildSelectionClip(selection: Selection | null, ctx: ClipContext): ClipInput {
  const text = selection?.toString().trim() ?? '';
  if (!selection || !text) throw new Error('Select some text on the page first');
  if (text.length > MAX_CLIP_CHARS) throw new ClipLimitError(text.length);
  const parts = selectionToOffsets(selection, ctx.model.blocks);
  const first = parts[0];
  const blockText = first ? ctx.model.blocks[first.block].text : text;
  const start = first?.start ?? 0;
  const end = parts.length === 1 && first ? first.end : blockText.length;
  return {
    kind: 'selection',
    text,
    textOriginal: ctx.originalSelection().trim() || text,
    marker: null,
    level: null,
    value: null,
    valueMax: null,
    unit: null,
    qualifier: null,
    context: surroundingSentence(blockText, start, end),
    page: pageOf(ctx),
    anchor: makeAnchor(blockText, start, end, ctx.url),
    tags: [],
    note: '',
  };
}
