// Converted texts remembered per target, so toggling a page back and forth converts each text
// once: a warm toggle writes from memory and sends no message at all. Bounded by characters
// held; the oldest entries go first.
import type { Target } from '../types';
import type { ConvertFn } from './conversion';

/** About 8 MB of UTF-16 for sources and results together: a 1,000,000-character page fits. */
export const MEMO_MAX_CHARS = 4_000_000;

export function memoizeConvert(convert: ConvertFn, maxChars = MEMO_MAX_CHARS): ConvertFn {
  const memo = new Map<Target, Map<string, string>>();
  let held = 0;

  function remember(target: Target, source: string, result: string): void {
    const size = source.length + result.length;
    if (size > maxChars) return;
    let forTarget = memo.get(target);
    if (!forTarget) memo.set(target, (forTarget = new Map()));
    if (forTarget.has(source)) return;
    forTarget.set(source, result);
    held += size;
  }

  /**
   * Drops the oldest texts (Maps iterate in insertion order) until the memo fits. Once per call,
   * not per text: a Map keeps deleted slots until it rehashes, so restarting the walk for every
   * new text would step over them again and again.
   */
  function evict(): void {
    for (const [t, entries] of memo) {
      for (const [s, r] of entries) {
        if (held <= maxChars) return;
        entries.delete(s);
        held -= s.length + r.length;
      }
      memo.delete(t);
    }
  }

  return async (target, texts) => {
    const known = memo.get(target);
    const out: Array<string | undefined> = texts.map((t) => known?.get(t));
    const missing = texts.filter((_, i) => out[i] === undefined);
    if (missing.length === 0) return out as string[];
    // Each distinct text is converted once, however often the page repeats it.
    const unique = [...new Set(missing)];
    const converted = await convert(target, unique);
    if (!Array.isArray(converted) || converted.length !== unique.length) return converted;
    const bySource = new Map(unique.map((s, i) => [s, converted[i]]));
    for (const [s, r] of bySource) remember(target, s, r);
    evict();
    return texts.map((t, i) => out[i] ?? bySource.get(t)!);
  };
}
