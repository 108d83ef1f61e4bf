// Pages' analyses, made here for their readers (see lib/content/reader.ts): the analyzer's code
// stays compiled from page to page. The time spent is kept, since it is the extension's time on a
// page as much as the reader's own (the hostile-page tests add it to the page's share).
import { analyzeInput } from '../analyzer';
import type { PageInput } from '../analyzer/dom';
import type { Analysis } from '../types';

let busyMs = 0;
let warmed = false;

/**
 * V8 optimises a function once it has run often: a worker's first pages meet the analyzer's code
 * half compiled (1.5-5 ms for a seed page, against 0.3-0.9 ms optimised). Once per worker, after
 * its first answer, the page just answered is analysed again a few times, so that the next pages
 * meet optimised code. Bounded in time; never before an answer.
 */
const WARM_UP_DELAY_MS = 100;
const WARM_UP_MAX_MS = 40;
const WARM_UP_MAX_RUNS = 40;

export function analyzeForPage(page: PageInput): Analysis {
  const t0 = performance.now();
  try {
    return analyzeInput(page);
  } finally {
    busyMs += performance.now() - t0;
    if (!warmed) {
      warmed = true;
      setTimeout(() => warmUp(page), WARM_UP_DELAY_MS);
    }
  }
}

function warmUp(page: PageInput): void {
  const t0 = performance.now();
  for (let i = 0; i < WARM_UP_MAX_RUNS && performance.now() - t0 < WARM_UP_MAX_MS; i++) analyzeInput(page);
  busyMs += performance.now() - t0;
}

/** Milliseconds spent analysing pages since the background started. */
export function analysisBusyMs(): number {
  return busyMs;
}
