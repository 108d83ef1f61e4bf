// npm run --silent analyze -- --json FILE... [--csv OUT]
// Prints one JSON object per file (CONTRACTS.md "Analyzer output", without spans); --csv writes
// the found tasks and statistics as library CSV rows. Exit 0 when at least one file was analysed.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText } from '../analyzer/index';
import { toCsv, type CsvRow } from '../export/csv';
import type { Analysis } from '../types';
import { decode, declaredCharset } from './charset';

type Result = { file: string; error?: string } & Partial<Omit<Analysis, 'spans'>>;

const USAGE = 'usage: analyze --json FILE... [--csv OUT.csv]';

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros > 0 && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);
}

function analyseFile(file: string): Result {
  const ext = extname(file).toLowerCase();
  if (['.pdf', '.doc', '.docx', '.wps', '.odt', '.rtf'].includes(ext)) {
    return { file, error: 'PDF and Word attachments are not read' };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, error: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (!bytes.length) return { file, error: 'empty file' };
  if (looksBinary(bytes)) return { file, error: 'binary file, not text or HTML' };
  let analysis: Analysis;
  try {
    if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') {
      const { document } = parseHTML(decode(bytes, declaredCharset(bytes)));
      analysis = analyzePage(document as unknown as Document);
    } else {
      analysis = analyzeText(decode(bytes, declaredCharset(bytes)).replace(/^\uFEFF/, ''));
    }
  } catch (e) {
    return { file, error: `cannot analyse: ${(e as Error).message}` };
  }
  const { spans: _spans, ...fields } = analysis;
  return { file, ...fields };
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[。！？!?\n]/.test(text[a - 1]) && start - a < 200) a--;
  let b = end;
  while (b < text.length && !/[。！？!?\n]/.test(text[b]) && b - end < 200) b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}

function csvRows(results: Result[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const r of results) {
    if (r.error || !r.meta || r.text === undefined) continue;
    const page = {
      page_title: r.meta.title,
      page_url: r.file,
      org: r.meta.org,
      date: r.meta.date,
      doc_number: r.meta.docNumber,
      source: r.meta.source,
      page_kind: r.kind ?? null,
      script: r.script ?? null,
      tags: null,
      note: null,
      clipped_at: null,
      id: null,
    };
    for (const t of r.tasks ?? []) {
      rows.push({
        ...page,
        kind: 'task',
        text: t.text,
        text_simplified: null,
        marker: t.marker,
        level: t.level,
        value: null,
        value_max: null,
        unit: null,
        qualifier: null,
        context: sentenceAround(r.text, t.start, t.end),
      });
    }
    for (const s of r.stats ?? []) {
      rows.push({
        ...page,
        kind: 'statistic',
        text: s.text,
        text_simplified: null,
        marker: null,
        level: null,
        value: s.value,
        value_max: s.valueMax,
        unit: s.unit,
        qualifier: s.qualifier,
        context: sentenceAround(r.text, s.start, s.end),
      });
    }
  }
  return rows;
}

function main(argv: string[]): number {
  const files: string[] = [];
  let csvOut: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') continue;
    if (arg === '--csv') {
      csvOut = argv[++i] ?? null;
      if (!csvOut) {
        console.error(USAGE);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      files.push(arg);
    }
  }
  if (!files.length) {
    console.error(USAGE);
    return 2;
  }
  const results = files.map(analyseFile);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (csvOut) writeFileSync(csvOut, toCsv(csvRows(results)));
  return results.some((r) => !r.error) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
