// What the corpus tools share (score-corpus.ts, import-pages.ts): an analyst's expected output, the
// page analysed as the whole-page tests analyse it, and when a found item is the one expected.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText } from '../../lib/analyzer/index';
import { decode, declaredCharset } from '../../lib/cli/charset';
import type { Analysis, PageMeta } from '../../lib/types';

export interface ExpectedTask {
  marker: string;
  level: number;
  textStart: string;
}
export interface ExpectedStat {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: string | null;
}
export interface ExpectedPage {
  isOfficial: boolean;
  kind: Analysis['kind'];
  meta: PageMeta;
  tasks: ExpectedTask[];
  stats: ExpectedStat[];
  note?: string;
  missedTasks?: ExpectedTask[];
  missedStats?: Array<{ text: string; value: number }>;
  knownMisses?: string[];
}

/** The page in `file` (HTML in the charset it declares, or text a paragraph to a line), analysed. */
export function analyseFile(file: string): Analysis {
  const bytes = readFileSync(file);
  const source = decode(bytes, declaredCharset(bytes));
  return /\.html?$/.test(file) ? analyzePage(parseHTML(source).document as unknown as Document) : analyzeText(source);
}

export const sameNumber = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

export const taskMatches = (e: ExpectedTask, t: Analysis['tasks'][number]) => t.marker === e.marker && t.level === e.level && t.text.startsWith(e.textStart);

export const statMatches = (e: ExpectedStat, s: Pick<ExpectedStat, 'text' | 'value' | 'valueMax' | 'unit' | 'qualifier'>) =>
  e.text === s.text && sameNumber(e.value, s.value) && sameNumber(e.valueMax, s.valueMax) && e.unit === s.unit && e.qualifier === s.qualifier;
