// Import of the library CSV. The file's text is taken as it is (CONTRACTS.md: an apostrophe the
// export put before a formula-like cell stays), every row is validated before anything is written,
// and clips merge by identity like a backup import.
import Papa from 'papaparse';
import { toSimplified } from '../convert/simplified';
import { importClips, type ImportProgress, type ImportResult } from '../store/clips';
import { parseClip } from '../store/schema';
import type { Clip } from '../types';
import {
  CONTRACT_COLUMNS,
  CORRECTED_COLUMN,
  CSV_COLUMNS,
  CSV_COLUMNS_WITHOUT_CORRECTED,
  DETECTED_COLUMNS,
  DETECTED_FIELD,
  FIELD_COLUMN,
  TAG_SEPARATOR,
  type CsvColumn,
} from './csv';

export interface CsvImportOptions {
  /** clipped_at for rows that leave it empty (e.g. `analyze --csv` output). */
  now?: Date;
  /** Fills text_simplified when a row leaves it empty. */
  toSimplified?: (text: string) => string;
}

/** A row by column name; files without the detected_* columns (older exports) read them as empty. */
type CsvRecord = Record<CsvColumn, string>;

const sameHeader = (header: string[], columns: readonly string[]) =>
  header.length === columns.length && header.every((h, i) => h.trim() === columns[i]);

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function number(cell: string): number | string | null {
  const s = cell.trim();
  if (s === '') return null;
  // Anything else is passed on as the string, so the validation message shows what the file holds.
  return PLAIN_NUMBER.test(s) ? Number(s) : cell;
}

const orNull = (cell: string) => (cell === '' ? null : cell);

/** Rows of a library CSV as records by column name; throws on a foreign header or a broken row. */
export function readCsv(text: string): CsvRecord[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: true,
  });
  const [header, ...rows] = parsed.data;
  const problem = parsed.errors[0];
  if (problem) {
    // Papa numbers rows from 0, the header being row 0; spreadsheets call it row 1.
    const where = problem.row === undefined ? '' : ` at row ${problem.row + 1}`;
    throw new Error(`The CSV file is damaged${where}: ${problem.message}`);
  }
  const columns = [CSV_COLUMNS, CSV_COLUMNS_WITHOUT_CORRECTED, CONTRACT_COLUMNS].find(
    (known) => header && sameHeader(header, known),
  );
  if (!columns) {
    throw new Error(`Not a Gongwen Lens library CSV: the first row must be the header ${CONTRACT_COLUMNS.join(',')}`);
  }
  const absent = Object.fromEntries(CSV_COLUMNS.slice(CONTRACT_COLUMNS.length).map((col) => [col, '']));
  return rows.map((cells, i) => {
    if (cells.length !== columns.length) {
      throw new Error(
        `CSV row ${i + 2} has ${cells.length} fields, ${columns.length} expected (is the file truncated?)`,
      );
    }
    return { ...absent, ...Object.fromEntries(columns.map((col, c) => [col, cells[c]])) } as CsvRecord;
  });
}

/**
 * A row's contract columns hold the corrected values; where a detected_* cell is filled, that is
 * what the analyzer found and the contract cell becomes the correction.
 */
function splitCorrections(row: CsvRecord): { detected: CsvRecord; corrected: Record<string, unknown> | undefined } {
  const detected = { ...row };
  const corrected: Record<string, unknown> = {};
  // corrected_fields names them all; older files only show those whose detected value was not empty.
  const named = new Set(row[CORRECTED_COLUMN].split(TAG_SEPARATOR).map((c) => c.trim()));
  for (const col of DETECTED_COLUMNS) {
    const field = DETECTED_FIELD[col];
    const contractCol = FIELD_COLUMN[field];
    if (row[col] === '' && !named.has(contractCol)) continue;
    corrected[field] = field === 'value' ? number(row[contractCol]) : row[contractCol];
    detected[contractCol] = row[col];
  }
  return { detected, corrected: Object.keys(corrected).length > 0 ? corrected : undefined };
}

/** Rebuild a clip from a row. The CSV carries no anchor context or original-script text. */
function rowToClip(fileRow: CsvRecord, now: string, simplify: (text: string) => string): unknown {
  const { detected: row, corrected } = splitCorrections(fileRow);
  const clippedAt = row.clipped_at || now;
  return {
    id: row.id || crypto.randomUUID(),
    key: '',
    kind: row.kind,
    text: row.text,
    textOriginal: row.text,
    textSimplified: row.text_simplified || simplify(row.text),
    marker: orNull(row.marker),
    level: number(row.level),
    value: number(row.value),
    valueMax: number(row.value_max),
    unit: orNull(row.unit),
    qualifier: orNull(row.qualifier),
    context: row.context,
    page: {
      url: row.page_url,
      title: orNull(row.page_title),
      org: orNull(row.org),
      date: orNull(row.date),
      docNumber: orNull(row.doc_number),
      source: orNull(row.source),
      kind: row.page_kind,
      script: row.script,
    },
    anchor: { exact: row.text, prefix: '', suffix: '', fragmentUrl: '' },
    tags: row.tags.split(TAG_SEPARATOR).filter((t) => t.trim() !== ''),
    note: row.note,
    clippedAt,
    createdAt: clippedAt,
    ...(corrected && { corrected }),
  };
}

/** Parse and validate a whole library CSV; throws naming the first bad row (spreadsheet numbering). */
export function readCsvClips(text: string, opts: CsvImportOptions = {}): Clip[] {
  const now = (opts.now ?? new Date()).toISOString();
  const simplify = opts.toSimplified ?? toSimplified;
  return readCsv(text).map((row, i) => {
    try {
      return parseClip(rowToClip(row, now, simplify));
    } catch (e) {
      throw new Error(`CSV row ${i + 2}: ${(e as Error).message}`);
    }
  });
}

/** Import a library CSV: all rows valid, then one merge transaction; otherwise nothing changes. */
export async function importCsv(text: string, opts: CsvImportOptions & ImportProgress = {}): Promise<ImportResult> {
  return importClips(readCsvClips(text, opts), opts);
}
