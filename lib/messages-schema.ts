// Validation of every message the background receives. Shapes mirror lib/messages.ts; clip records
// themselves are validated by the store (lib/store/schema.ts), which owns what a valid clip is.
import * as v from 'valibot';
import type { TabAction, ToBackground } from './messages';
import { MAX_TAG_CHARS } from './store/schema';
import type { BlockInput, ElementInput } from './analyzer/dom';

const target = v.picklist(['tw', 'hk', 't', 'twp', 'cn']);
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Per-message limits: bounded so a broken or hostile sender cannot make the background hoard memory. */
export const MAX_TEXTS_PER_BATCH = 20_000;
export const MAX_CHARS_PER_BATCH = 4_000_000;
export const MAX_CLIPS_PER_MESSAGE = 5_000;
/** Text typed or pasted into the popup's converter: the size of one clip (CONTRACTS.md "Limits"). */
export const MAX_CONVERT_TEXT_CHARS = 100_000;

const tabAction = v.variant('action', [
  v.strictObject({ action: v.literal('toggle'), target: v.optional(target) }),
  v.strictObject({ action: v.literal('restore') }),
  v.strictObject({ action: v.literal('highlights'), on: v.optional(v.boolean()) }),
  v.strictObject({ action: v.literal('panel'), open: v.optional(v.boolean()) }),
  v.strictObject({
    action: v.literal('clipSelection'),
    tag: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TAG_CHARS))),
  }),
  v.strictObject({
    action: v.literal('clipItems'),
    kind: v.picklist(['task', 'statistic']),
    indices: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(10_000))),
  }),
  v.strictObject({
    action: v.literal('reveal'),
    anchor: v.strictObject({
      exact: v.pipe(v.string(), v.maxLength(100_000)),
      prefix: v.pipe(v.string(), v.maxLength(1_000)),
      suffix: v.pipe(v.string(), v.maxLength(1_000)),
    }),
  }),
  v.strictObject({ action: v.literal('status') }),
]);

const texts = v.pipe(
  v.array(v.string()),
  v.maxLength(MAX_TEXTS_PER_BATCH),
  v.check(
    (list) => list.reduce((n, s) => n + s.length, 0) <= MAX_CHARS_PER_BATCH,
    `a conversion batch holds at most ${MAX_CHARS_PER_BATCH} characters`,
  ),
);

/** A page sent for analysis (readers send pages of up to 50,000 characters; longer ones they analyse themselves). */
export const MAX_ANALYZE_CHARS = 1_000_000;
export const MAX_ANALYZE_BLOCKS = 100_000;

/** Elements read from a page sent for analysis (its blocks' and their ancestors). */
export const MAX_ANALYZE_ELEMENTS = 200_000;

// A page's elements and blocks are checked in one plain loop each: a schema object per element
// cost the background more than analysing a short page.
const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= -1;
const ELEMENT_KEYS = new Set(['tag', 'parent', 'class', 'id', 'role', 'hidden']);
const isOptionalString = (s: unknown) => s === undefined || typeof s === 'string';
function isElement(e: unknown): e is ElementInput {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const { tag, parent, class: cls, id, role, hidden } = e as Record<string, unknown>;
  return (
    typeof tag === 'string' && isIndex(parent) && isOptionalString(cls) && isOptionalString(id) && isOptionalString(role) &&
    (hidden === undefined || hidden === true) &&
    Object.keys(e).every((k) => ELEMENT_KEYS.has(k))
  );
}
function isBlock(b: unknown): b is BlockInput {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const { el, runs } = b as Record<string, unknown>;
  return (
    isIndex(el) &&
    (runs === undefined || (Array.isArray(runs) && runs.every((r) => Number.isInteger(r)))) &&
    Object.keys(b).every((k) => k === 'el' || k === 'runs')
  );
}

/** Characters a page input holds: its texts, tags and element names. */
function inputChars(page: v.InferOutput<typeof pageShape>): number {
  let n = 0;
  for (const s of page.texts) n += s.length;
  for (const s of Object.values(page.tags)) n += s.length;
  for (const e of page.dom?.elements ?? []) n += e.tag.length + (e.class?.length ?? 0) + (e.id?.length ?? 0) + (e.role?.length ?? 0);
  return n;
}

/** Every index points into the element list, and a parent comes before its children. */
function wellLinked(page: v.InferOutput<typeof pageShape>): boolean {
  if (!page.dom) return true;
  const { elements, blocks } = page.dom;
  if (blocks.length !== page.texts.length) return false;
  const known = (i: number) => i >= -1 && i < elements.length;
  return (
    elements.every((e, i) => e.parent < i) &&
    blocks.every((b) => known(b.el) && (b.runs ?? []).every((r, k) => k % 2 === 1 || known(r)) && (b.runs?.length ?? 0) % 2 === 0)
  );
}

const pageShape = v.strictObject({
  texts: v.pipe(v.array(v.string()), v.maxLength(MAX_ANALYZE_BLOCKS)),
  tags: v.record(v.string(), v.string()),
  dom: v.optional(
    v.strictObject({
      elements: v.pipe(
        v.custom<ElementInput[]>((list) => Array.isArray(list) && list.every(isElement), 'an element is malformed'),
        v.maxLength(MAX_ANALYZE_ELEMENTS),
      ),
      blocks: v.custom<BlockInput[]>((list) => Array.isArray(list) && list.every(isBlock), 'a block is malformed'),
    }),
  ),
});

const pageInput = v.pipe(
  pageShape,
  v.check(wellLinked, 'one block per text, each naming an element read before it'),
  v.check((page) => inputChars(page) <= MAX_ANALYZE_CHARS, `a page sent for analysis holds at most ${MAX_ANALYZE_CHARS} characters`),
);

const toBackground = v.variant('type', [
  v.strictObject({ type: v.literal('tab'), tabId, act: tabAction }),
  v.strictObject({ type: v.literal('openLibrary') }),
  v.strictObject({ type: v.literal('openClip'), clipId: v.pipe(v.string(), v.maxLength(100)) }),
  v.strictObject({ type: v.literal('hello'), hasChinese: v.boolean() }),
  v.strictObject({ type: v.literal('convert'), target, texts, relay: v.optional(v.literal(true)) }),
  v.strictObject({
    type: v.literal('convertText'),
    target,
    text: v.pipe(v.string(), v.maxLength(MAX_CONVERT_TEXT_CHARS, `at most ${MAX_CONVERT_TEXT_CHARS} characters`)),
  }),
  v.strictObject({ type: v.literal('prepareConverter'), target }),
  v.strictObject({ type: v.literal('analyze'), page: pageInput }),
  v.strictObject({
    type: v.literal('saveClips'),
    clips: v.pipe(v.array(v.unknown()), v.maxLength(MAX_CLIPS_PER_MESSAGE)),
  }),
  v.strictObject({ type: v.literal('clipsForPage'), url: v.pipe(v.string(), v.maxLength(8_192)) }),
  v.strictObject({ type: v.literal('pageStatus'), status: v.looseObject({ url: v.string() }) }),
]);

/** Parse a message to the background; throws an Error naming the first problem. */
export function parseToBackground(message: unknown): ToBackground {
  const result = v.safeParse(toBackground, message);
  if (!result.success) throw new Error(`Malformed message: ${v.summarize(result.issues)}`);
  return result.output as ToBackground;
}

export function parseTabAction(act: unknown): TabAction {
  const result = v.safeParse(tabAction, act);
  if (!result.success) throw new Error(`Malformed action: ${v.summarize(result.issues)}`);
  return result.output as TabAction;
}
