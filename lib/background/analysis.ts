// Pages' analyses, made here for their readers (see lib/content/reader.ts): the analyzer's code
// stays compiled from page to page. The time spent is kept, since it is the extension's time on a
// page as much as the reader's own (the hostile-page tests add it to the page's share).
import { analyzeInput } from '../analyzer';
import type { PageInput } from '../analyzer/dom';
import type { Analysis } from '../types';

let busyMs = 0;

export function analyzeForPage(page: PageInput): Analysis {
  const t0 = performance.now();
  try {
    return analyzeInput(page);
  } finally {
    busyMs += performance.now() - t0;
  }
}

/** Milliseconds spent analysing pages since the background started. */
export function analysisBusyMs(): number {
  return busyMs;
}
