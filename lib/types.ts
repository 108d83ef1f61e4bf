// Shared domain types. The shapes of Analysis, Task and Stat are fixed by ../shared/CONTRACTS.md.

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

/**
 * Conversion targets offered to the reader.
 * tw: Traditional, Taiwan forms (default) · hk: Traditional, Hong Kong forms ·
 * t: OpenCC standard Traditional · twp: Taiwan forms + Taiwan vocabulary (explicit option only) ·
 * cn: Simplified (mainland).
 */
export type Target = 'tw' | 'hk' | 't' | 'twp' | 'cn';

export type PageKind = 'notice' | 'news' | 'speech' | 'report' | 'other';

export interface PageMeta {
  title: string | null;
  date: string | null; // YYYY-MM-DD
  source: string | null;
  org: string | null;
  docNumber: string | null;
}

export interface Task {
  marker: string;
  level: number;
  text: string;
  start: number;
  end: number;
}

export interface Stat {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: string | null;
  start: number;
  end: number;
}

/** A run of `Analysis.text` that maps 1:1 onto characters of one page-model block. */
export interface TextSpan {
  start: number; // offset in Analysis.text
  end: number;
  block: number; // index into PageModel.blocks
  blockOffset: number; // offset in that block's text where `start` lies
}

export interface Analysis {
  script: Script;
  isOfficial: boolean;
  kind: PageKind;
  meta: PageMeta;
  /** The article text the offsets refer to (blocks joined by \n). */
  text: string;
  tasks: Task[];
  stats: Stat[];
  /** Browser only, not part of the CLI JSON: where each run of `text` lies in the page model. */
  spans?: TextSpan[];
}

export type ClipKind = 'task' | 'statistic' | 'selection';

export interface ClipPage {
  url: string;
  title: string | null;
  org: string | null;
  date: string | null;
  docNumber: string | null;
  source: string | null;
  kind: PageKind;
  script: Script;
}

/** Re-anchor of a clip in its page (W3C TextQuoteSelector + a Text Fragment link). */
export interface ClipAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** URL with a #:~:text= directive that scrolls to the clip in browsers that support it. */
  fragmentUrl: string;
}

/** What a content script sends to be clipped; the store adds identity and times. */
export interface ClipInput {
  kind: ClipKind;
  /** As shown on screen when clipped (possibly converted). */
  text: string;
  /** The same item in the page's original script. */
  textOriginal: string;
  marker: string | null;
  level: number | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  /** The surrounding sentence. */
  context: string;
  page: ClipPage;
  anchor: ClipAnchor;
  tags: string[];
  note: string;
}

/**
 * The reader's corrections of what the analyzer detected. The detected values stay on the clip
 * (page.date, page.org, page.docNumber, value, unit, qualifier); a field here wins where it is set.
 */
export interface ClipCorrection {
  date?: string; // YYYY-MM-DD
  org?: string;
  docNumber?: string;
  value?: number;
  unit?: string;
  qualifier?: string;
}

export interface Clip extends ClipInput {
  id: string;
  /** Identity key (see lib/store/identity.ts and CONTRACTS.md "Clip identity"). */
  key: string;
  /** Simplified-normalised text, used for identity and search. */
  textSimplified: string;
  clippedAt: string; // ISO 8601 with offset
  createdAt: string;
  corrected?: ClipCorrection;
}

/** What the popup, badge and tests see of a tab (answer of the `status` action). */
export interface PageStatus {
  url: string;
  script: Script;
  /** The target the page is converted to, or null when it shows its original script. */
  converted: Target | null;
  /** The target the toggle would convert to now (null when there is no Chinese text). */
  offer: Target | null;
  isOfficial: boolean;
  kind: PageKind;
  meta: PageMeta;
  counts: { tasks: number; stats: number; clipped: number };
  highlights: boolean;
  panel: boolean;
  /** Cross-origin frames the converter could not enter. */
  skippedFrames: number;
  /** Milliseconds the boot content script spent on this page (bench: content.inject.ms). */
  injectMs: number;
  /** Milliseconds of the reader's last runs, for the benchmark (analyze, highlight, toggle, restore). */
  timings: Record<string, number>;
}
