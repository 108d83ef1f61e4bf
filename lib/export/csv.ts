// The library CSV (CONTRACTS.md "Library CSV"): UTF-8 with BOM so that Excel reads Chinese right,
// CRLF, RFC 4180 quoting, a fixed header. Written by hand because Papa.unparse neither writes
// numbers plainly nor guards against formula injection the way the contract says.
import { toSimplified } from '../convert/simplified';
import { CORRECTION_FIELDS, correctedValues, detectedValues, isCorrected, type CorrectionField } from '../library/corrections';
import type { Clip } from '../types';

/** The contract's columns, in its order. value, unit, qualifier, org, date, doc_number hold corrections. */
export const CONTRACT_COLUMNS = [
  'id',
  'kind',
  'text',
  'text_simplified',
  'marker',
  'level',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'context',
  'page_title',
  'page_url',
  'org',
  'date',
  'doc_number',
  'source',
  'page_kind',
  'script',
  'tags',
  'note',
  'clipped_at',
] as const;
/** After the contract's columns: what the analyzer detected, filled only where the reader corrected it. */
export const DETECTED_COLUMNS = [
  'detected_value',
  'detected_unit',
  'detected_qualifier',
  'detected_date',
  'detected_org',
  'detected_doc_number',
] as const;
/**
 * Last: the fields the reader corrected, by contract column name ("value;org"). The detected_*
 * cells alone cannot say it: a correction of a field the analyzer left empty has an empty one.
 */
export const CORRECTED_COLUMN = 'corrected_fields';
/** The columns of exports made before corrected_fields existed; still read. */
export const CSV_COLUMNS_WITHOUT_CORRECTED = [...CONTRACT_COLUMNS, ...DETECTED_COLUMNS] as const;
export const CSV_COLUMNS = [...CSV_COLUMNS_WITHOUT_CORRECTED, CORRECTED_COLUMN] as const;
export type ContractColumn = (typeof CONTRACT_COLUMNS)[number];
export type DetectedColumn = (typeof DETECTED_COLUMNS)[number];
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Cell = string | number | null;
/**
 * Numbers are written plainly; strings are text cells (quoted and formula-guarded as needed).
 * The detected columns may be left out (`analyze --csv` has nothing corrected): they are empty then.
 */
export type CsvRow = Record<ContractColumn, Cell> & Partial<Record<DetectedColumn | typeof CORRECTED_COLUMN, Cell>>;

/** Which clip field each detected column holds. */
export const DETECTED_FIELD: Record<DetectedColumn, CorrectionField> = {
  detected_value: 'value',
  detected_unit: 'unit',
  detected_qualifier: 'qualifier',
  detected_date: 'date',
  detected_org: 'org',
  detected_doc_number: 'docNumber',
};

/** The contract column of each correctable field (as corrected_fields names it). */
export const FIELD_COLUMN = Object.fromEntries(
  Object.entries(DETECTED_FIELD).map(([col, field]) => [field, col.slice('detected_'.length)]),
) as Record<CorrectionField, ContractColumn>;

/** Which script the text columns are written in: as the reader saw them, or converted. */
export type CsvScript = 'asClipped' | 'simplified' | 'traditional';

export const TAG_SEPARATOR = ';';

/**
 * A clip as a CSV row. For 'simplified' and 'traditional' the page's words (text, context, title,
 * org, source, document number, qualifier) go through `convert` (default for 'simplified': OpenCC
 * to Simplified; required for 'traditional'). Marker and unit stay as stored: the marker is part
 * of a task's identity and units are Simplified by contract. The reader's own tags and note are
 * never converted. A field the reader corrected holds the correction; its detected_* column then
 * holds what the analyzer found.
 */
export function clipToRow(clip: Clip, script: CsvScript = 'asClipped', convert?: (text: string) => string): CsvRow {
  if (script === 'traditional' && !convert) throw new Error('clipToRow: a Traditional export needs a converter');
  const words = script === 'asClipped' ? (s: string) => s : (convert ?? toSimplified);
  const maybe = (s: string | null) => (s === null ? null : words(s));
  const { page } = clip;
  const shown = correctedValues(clip);
  const detected = detectedValues(clip);
  const ifCorrected = <T>(field: CorrectionField, value: T) => (isCorrected(clip, field) ? value : null);
  return {
    id: clip.id,
    kind: clip.kind,
    text: script === 'simplified' ? clip.textSimplified : words(clip.text),
    text_simplified: clip.textSimplified,
    marker: clip.marker,
    level: clip.level,
    value: shown.value,
    value_max: clip.valueMax,
    unit: shown.unit,
    qualifier: maybe(shown.qualifier),
    context: words(clip.context),
    page_title: maybe(page.title),
    page_url: page.url,
    org: maybe(shown.org),
    date: shown.date,
    doc_number: maybe(shown.docNumber),
    source: maybe(page.source),
    page_kind: page.kind,
    script: page.script,
    tags: clip.tags.join(TAG_SEPARATOR),
    note: clip.note,
    clipped_at: clip.clippedAt,
    detected_value: ifCorrected('value', detected.value),
    detected_unit: ifCorrected('unit', detected.unit),
    detected_qualifier: ifCorrected('qualifier', maybe(detected.qualifier)),
    detected_date: ifCorrected('date', detected.date),
    detected_org: ifCorrected('org', maybe(detected.org)),
    detected_doc_number: ifCorrected('docNumber', maybe(detected.docNumber)),
    corrected_fields: CORRECTION_FIELDS.filter((f) => isCorrected(clip, f)).map((f) => FIELD_COLUMN[f]).join(TAG_SEPARATOR) || null,
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / line break) as a formula. Such text
 * gets a leading apostrophe. Leading blanks (spaces, ideographic space, NBSP) do not make it safe —
 * some importers trim them before looking — so the rule looks past them too.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/;
const NEEDS_QUOTES = /[",\r\n]/;

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number in positional notation: spreadsheets read "1e-7" inconsistently, "0.0000001" always. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`CSV: cannot write ${n} as a number`);
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', expText] = m;
  const digits = lead + rest;
  const exp = Number(expText);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intLength = exp + 1;
  return digits.length <= intLength
    ? sign + digits.padEnd(intLength, '0')
    : `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}

function cell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? plainNumber(value) : textCell(value);
}

function line(row: CsvRow): string {
  return CSV_COLUMNS.map((col) => cell(row[col])).join(',') + '\r\n';
}

const HEADER = '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';

export interface CsvChunk {
  text: string;
  rowsDone: number;
  rowsTotal: number;
}

/**
 * The CSV in pieces of `chunkSize` rows, so that a large export can report progress and yield to
 * the UI between pieces. Concatenating every `text` gives exactly toCsv(rows); the first piece
 * carries the BOM and header.
 */
export function* csvChunks(rows: readonly CsvRow[], chunkSize = 2_000): Generator<CsvChunk> {
  let text = HEADER;
  let done = 0;
  do {
    const end = Math.min(done + Math.max(1, chunkSize), rows.length);
    for (; done < end; done++) text += line(rows[done]);
    yield { text, rowsDone: done, rowsTotal: rows.length };
    text = '';
  } while (done < rows.length);
}

export function toCsv(rows: readonly CsvRow[]): string {
  let out = '';
  for (const chunk of csvChunks(rows)) out += chunk.text;
  return out;
}
