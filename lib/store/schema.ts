// What a valid clip is. Every clip that enters the library passes here: ClipInput from content
// scripts (via messages) and full Clip records from backups and CSV files.
import * as v from 'valibot';
import type { Clip, ClipInput } from '../types';
import { rememberLast } from './remember-last';

/** CONTRACTS.md "Limits": a clip is at most 100,000 characters. */
export const MAX_CLIP_CHARS = 100_000;
export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 100;
export const MAX_NOTE_CHARS = 20_000;
/** The surrounding sentence of a long selection contains the selection itself. */
const MAX_CONTEXT_CHARS = 2 * MAX_CLIP_CHARS;
const MAX_URL_CHARS = 8_192;
/** A text-fragment link may spell out a whole clip, percent-encoded (up to 9 bytes per CJK character). */
const MAX_FRAGMENT_URL_CHARS = 10 * MAX_CLIP_CHARS;
const MAX_SHORT_CHARS = 1_000; // titles, org, source, document number, anchor prefix/suffix
const MAX_WORD_CHARS = 100; // marker, unit, qualifier, id

const clipText = v.pipe(
  v.string(),
  v.maxLength(
    MAX_CLIP_CHARS,
    (issue) => `a clip is at most 100,000 characters; this one has ${issue.received}`,
  ),
);
const requiredText = v.pipe(clipText, v.check((s) => s.trim() !== '', 'must not be empty'));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.nullable(shortText(max));
const finiteNumber = v.nullable(v.pipe(v.number(), v.finite()));

const httpUrl = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => /^https?:$/.test(safeProtocol(s)), 'must be an http(s) URL'),
  );

const safeProtocol = rememberLast((url) => {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
});

const pageSchema = v.object({
  url: httpUrl(MAX_URL_CHARS),
  title: optionalText(MAX_SHORT_CHARS),
  org: optionalText(MAX_SHORT_CHARS),
  date: v.nullable(v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'))),
  docNumber: optionalText(MAX_SHORT_CHARS),
  source: optionalText(MAX_SHORT_CHARS),
  kind: v.picklist(['notice', 'news', 'speech', 'report', 'other']),
  script: v.picklist(['simplified', 'traditional', 'mixed', 'none']),
});

const anchorSchema = v.object({
  exact: clipText,
  prefix: shortText(MAX_SHORT_CHARS),
  suffix: shortText(MAX_SHORT_CHARS),
  /** Empty when the clip came from a file that does not carry it (CSV). */
  fragmentUrl: v.union([v.literal(''), httpUrl(MAX_FRAGMENT_URL_CHARS)]),
});

// Tags are a set of trimmed labels: duplicates collapse, order of first use is kept.
const tagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'a tag must not be empty'), v.maxLength(MAX_TAG_CHARS))),
  v.transform((tags) => [...new Set(tags)]),
  v.maxLength(MAX_TAGS, `at most ${MAX_TAGS} tags`),
);
const noteSchema = shortText(MAX_NOTE_CHARS);

const clipInputEntries = {
  kind: v.picklist(['task', 'statistic', 'selection']),
  text: requiredText,
  textOriginal: requiredText,
  marker: optionalText(MAX_WORD_CHARS),
  level: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
  value: finiteNumber,
  valueMax: finiteNumber,
  unit: optionalText(MAX_WORD_CHARS),
  qualifier: optionalText(MAX_WORD_CHARS),
  context: shortText(MAX_CONTEXT_CHARS),
  page: pageSchema,
  anchor: anchorSchema,
  tags: tagsSchema,
  note: noteSchema,
};

// A correction field holds a value or is absent; an empty text is no correction at all.
const correctedText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const correctionSchema = v.object({
  date: v.optional(v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'))),
  org: v.optional(correctedText(MAX_SHORT_CHARS)),
  docNumber: v.optional(correctedText(MAX_SHORT_CHARS)),
  value: v.optional(v.pipe(v.number(), v.finite())),
  unit: v.optional(correctedText(MAX_WORD_CHARS)),
  qualifier: v.optional(correctedText(MAX_WORD_CHARS)),
});

// An instant with an explicit offset, stored in UTC so that clippedAt strings sort by time.
const timestamp = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 timestamp with offset'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 timestamp with offset'),
  v.transform((s) => new Date(s).toISOString()),
);

export const ClipInputSchema = v.object(clipInputEntries);
export const ClipSchema = v.object({
  ...clipInputEntries,
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_WORD_CHARS)),
  key: v.string(), // recomputed on import, so any string will do
  textSimplified: requiredText,
  clippedAt: timestamp,
  createdAt: timestamp,
  corrected: v.optional(correctionSchema),
});
/** `corrected` replaces the clip's corrections as a whole; `{}` removes them. */
export const ClipPatchSchema = v.object({
  tags: v.optional(tagsSchema),
  note: v.optional(noteSchema),
  corrected: v.optional(correctionSchema),
});
export type ClipPatch = v.InferOutput<typeof ClipPatchSchema>;

function parseWith<T>(schema: v.GenericSchema<unknown, T>, what: string, x: unknown): T {
  const result = v.safeParse(schema, x, { abortPipeEarly: true });
  if (result.success) return result.output;
  const first = result.issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new Error(`Invalid ${what}: ${first.join('; ')}`);
}

/** A clip to save; throws an Error listing the first problems (unknown fields are dropped). */
export function parseClipInput(x: unknown): ClipInput {
  return parseWith(ClipInputSchema, 'clip', x);
}

/** A stored clip, as read from a backup or rebuilt from a CSV row. */
export function parseClip(x: unknown): Clip {
  return parseWith(ClipSchema, 'clip record', x);
}

export function parseClipPatch(x: unknown): ClipPatch {
  return parseWith(ClipPatchSchema, 'clip change', x);
}
