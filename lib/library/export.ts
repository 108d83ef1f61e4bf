// CSV export in slices: 100,000 clips (and, for Traditional, conversions of every text cell) take
// long enough to freeze the page, so rows are built and serialised a chunk at a time with a pause
// in between, reporting progress as they go.
import { clipToRow, csvChunks, type CsvRow, type CsvScript } from '../export/csv';
import type { Clip } from '../types';
import { nextTask } from './schedule';

export interface CsvExportOptions {
  script: CsvScript;
  /** Converter for the chosen script (required for 'traditional'; 'simplified' defaults to OpenCC). */
  convert?: (text: string) => string;
  chunkSize?: number;
  /** Called after each chunk with the fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Lets the page paint between chunks. */
  pause?: () => Promise<void>;
}

export async function buildCsv(clips: readonly Clip[], options: CsvExportOptions): Promise<string> {
  const { script, convert, chunkSize = 2000, onProgress, pause = nextTask } = options;
  // Building rows (with conversion) and writing text are both linear; each is half of the bar.
  const steps = Math.max(1, clips.length * 2);
  const rows: CsvRow[] = [];
  for (let start = 0; start < clips.length; start += chunkSize) {
    const end = Math.min(clips.length, start + chunkSize);
    for (let i = start; i < end; i++) rows.push(clipToRow(clips[i], script, convert));
    onProgress?.(end / steps);
    await pause();
  }
  const parts: string[] = [];
  for (const chunk of csvChunks(rows, chunkSize)) {
    parts.push(chunk.text);
    onProgress?.((clips.length + chunk.rowsDone) / steps);
    if (chunk.rowsDone < chunk.rowsTotal) await pause();
  }
  return parts.join('');
}

/** `gongwen-lens-YYYYMMDD.<extension>` for the local date of `now`. */
export function exportFileName(now: Date, extension: 'csv' | 'json'): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `gongwen-lens-${y}${m}${d}.${extension}`;
}
