import type { Harness } from '../e2e/harness';

/** What one metric reports: the extension's median and, when there is one, the naive route's. */
export interface Measurement {
  value: number;
  unit: string;
  baseline?: number;
}

/** A goal the report checks; missing it is reported, not an error. */
export interface Target {
  /** The value must be at most this. */
  max?: number;
  /** The value must be at least this. */
  min?: number;
  /** value / baseline must be at most this. */
  maxRatio?: number;
}

export interface Metric {
  name: string;
  target?: Target;
  measure(bench: Bench): Promise<Measurement>;
}

export interface Bench {
  h: Harness;
  /** Runs per measurement (the median is kept); at least 5. */
  runs: number;
}
