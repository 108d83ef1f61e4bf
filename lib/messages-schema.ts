// Validation of every message the background receives. Shapes mirror lib/messages.ts; clip records
// themselves are validated by the store (lib/store/schema.ts), which owns what a valid clip is.
import * as v from 'valibot';
import type { TabAction, ToBackground } from './messages';
import { MAX_TAG_CHARS } from './store/schema';

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

const hint = v.strictObject({
  boiler: v.optional(v.boolean()),
  heading: v.optional(v.boolean()),
  outside: v.optional(v.boolean()),
});

const pageInput = v.pipe(
  v.strictObject({
    texts: v.pipe(v.array(v.string()), v.maxLength(MAX_ANALYZE_BLOCKS)),
    hints: v.array(hint),
    tags: v.record(v.string(), v.string()),
  }),
  v.check((page) => page.hints.length === page.texts.length, 'one hint per block'),
  v.check(
    (page) =>
      page.texts.reduce((n, s) => n + s.length, 0) + Object.values(page.tags).reduce((n, s) => n + s.length, 0) <=
      MAX_ANALYZE_CHARS,
    `a page sent for analysis holds at most ${MAX_ANALYZE_CHARS} characters`,
  ),
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
