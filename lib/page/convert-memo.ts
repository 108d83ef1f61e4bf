// Converted texts remembered per target, so toggling a page back and forth converts each text
// once: a warm toggle writes from memory and sends no message at all. Bounded by characters
// held; the oldest entries go first.
import type { Target } from '../types';
import type { ConvertFn } from './conversion';

/** About 8 MB of UTF-16 for sources and results together: a 1,000,000-character page fits. */
export const MEMO_MAX_CHARS = 4_000_000;

/**
 * Characters that no OpenCC dictionary entry contains, as key or as value: conversion never
 * matches across them and never changes them (pinned against the real converter by
 * tests/unit/convert-memo.test.ts). So a text converts as its pieces between them do, and pieces
 * seen before compose a text never seen: a counter the page rewrites every 10 ms
 * ("已有1234人观看") is converted without waiting for the background, which would lose the race.
 */
export const PIECE_SEPARATORS = /([0-9\s,.:;!?()"'[\]{}<>/\\|@#$%^&*+=_~`，。：；！？、（）]+)/;
/**
 * Piecing (learning pieces, composing from them) is for the few short texts a live page rewrites
 * again and again; a whole-page conversion, hundreds of texts per call, gains nothing from it and
 * would pay a split of every text (a long task on a 1,000,000-character page).
 */
const MAX_PIECED_CHARS = 500;
const MAX_PIECED_TEXTS = 64;

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

  /** A text from the conversions of its pieces, when every piece is known. */
  function compose(known: Map<string, string>, text: string): string | undefined {
    if (text.length > MAX_PIECED_CHARS) return undefined;
    const parts = text.split(PIECE_SEPARATORS);
    if (parts.length < 2) return undefined;
    for (let i = 0; i < parts.length; i += 2) {
      if (parts[i] === '') continue;
      const converted = known.get(parts[i]);
      if (converted === undefined) return undefined;
      parts[i] = converted;
    }
    return parts.join('');
  }

  /** Remembers the pieces of a converted text, where source and result split alike. */
  function learnPieces(target: Target, source: string, result: string): void {
    if (source.length > MAX_PIECED_CHARS) return;
    const from = source.split(PIECE_SEPARATORS);
    const to = result.split(PIECE_SEPARATORS);
    if (from.length < 2 || from.length !== to.length) return;
    for (let i = 1; i < from.length; i += 2) if (from[i] !== to[i]) return;
    for (let i = 0; i < from.length; i += 2) if (from[i] !== '') remember(target, from[i], to[i]);
  }

  return async (target, texts) => {
    const known = memo.get(target);
    const pieced = texts.length <= MAX_PIECED_TEXTS;
    const out: Array<string | undefined> = texts.map((t) => known && (known.get(t) ?? (pieced ? compose(known, t) : undefined)));
    const missing = texts.filter((_, i) => out[i] === undefined);
    if (missing.length === 0) return out as string[];
    // Each distinct text is converted once, however often the page repeats it.
    const unique = [...new Set(missing)];
    const converted = await convert(target, unique);
    if (!Array.isArray(converted) || converted.length !== unique.length) return converted;
    const bySource = new Map(unique.map((s, i) => [s, converted[i]]));
    for (const [s, r] of bySource) {
      remember(target, s, r);
      if (pieced) learnPieces(target, s, r);
    }
    evict();
    return texts.map((t, i) => out[i] ?? bySource.get(t)!);
  };
}
