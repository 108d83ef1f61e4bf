// opencc-js runs a configuration in three steps: normalise the text, cut it into segments (the
// longest dictionary words, and the runs between them), then pass each segment through the
// conversion chain. The last step is a pure function of the segment, and official prose repeats
// its words all the time, so its results are remembered. Same output as opencc-js's own converter
// (checked in tests/unit/segment-memo.test.ts); S→T on the 1M-character notice in Node:
// ~400 -> ~170 ms. A trie step is skipped for a text that holds none of the characters its keys
// start with (normalisation almost always, the Taiwan and Hong Kong variants often): the same
// notice, 310–350 -> 260–275 ms on the test machine. And a run between dictionary words, which
// only single characters can match in the first step, is mapped character by character rather
// than walked through that step's trie: 235–240 -> 202–205 ms.
import { ConverterFactory, Locale, Trie, type DictGroup, type DictLike } from 'opencc-js/cn2t';
import { boundedMemo } from '../text/bounded-memo';

type Convert = (text: string) => string;

interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** Segments longer than this are converted each time: rarely repeated, and costly to keep. */
const MAX_KEY = 24;
/** Remembered segments; the memo starts afresh when it is full. */
const MAX_ENTRIES = 50_000;

/**
 * The converter of an OpenCC configuration of opencc-js's S→T preset (s2tw, s2hk, s2twp...),
 * remembering each segment's conversion; null for a configuration without segmentation (s2t),
 * which has nothing to remember per segment.
 */
export function segmentMemoConverter(name: string): Convert | null {
  const config = (Locale.configs as Record<string, Config | undefined>)[name];
  if (!config?.segmentation || !Array.isArray(config.segmentation)) return null;
  const segmenter = new Trie();
  segmenter.loadDictGroup(config.segmentation as DictGroup);
  const chain = config.conversionChain.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return { trie, starts: keyStarts([group]) };
  });
  const normalizeAll = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : null;
  const normalizing = config.normalizationChain ? keyStarts(config.normalizationChain) : null;
  // Normalisation maps rare forms (CJK compatibility ideographs) that most texts lack entirely.
  const normalize = (text: string) => (normalizeAll && normalizing!.test(text) ? normalizeAll(text) : text);

  /** The chain from step `from` on. */
  const throughSteps = (text: string, from: number): string => {
    let out = text;
    for (let i = from; i < chain.length; i++) if (chain[i].starts.test(out)) out = chain[i].trie.convert(out);
    return out;
  };
  const throughChain = (segment: string) => throughSteps(segment, 0);
  const remembered = boundedMemo(throughChain, MAX_ENTRIES);
  const byCharacter = runConverter(config.segmentation as DictGroup, config.conversionChain[0]);
  const convertSegment = (segment: string): string => {
    if (segment.length <= MAX_KEY) return remembered(segment);
    // A run between words (no word starts it, or the segmenter would have taken that word), where
    // the first step can only map characters.
    if (byCharacter && segmenter.matchPrefix(segment, 0) === null && !IDEOGRAPHIC_DESCRIPTION.test(segment)) {
      return throughSteps(byCharacter(segment), 1);
    }
    return throughChain(segment);
  };

  return (text) => {
    const segments = segmenter.segment(normalize(text));
    for (let i = 0; i < segments.length; i++) segments[i] = convertSegment(segments[i]);
    return segments.join('');
  };
}

/**
 * A pattern matching any character that a key of these dictionaries starts with. A trie of them
 * matches nothing in a text without one, and passes it through unchanged: no need to walk it.
 */
function keyStarts(groups: readonly DictGroup[]): RegExp {
  const starts = new Set<number>();
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') {
        for (const [key] of dict) if (key) starts.add(key.codePointAt(0)!);
        continue;
      }
      // Only each entry's first character is needed: read it in place rather than splitting the
      // dictionary (50,000 phrases) into entries, which made building a converter ~0.1 s slower.
      for (let at = 0; at < dict.length; at = dict.indexOf('|', at) + 1 || dict.length) {
        if (dict[at] !== ' ' && dict[at] !== '|') starts.add(dict.codePointAt(at)!);
      }
    }
  }
  const escaped = [...starts].map((c) => String.fromCodePoint(c).replace(/[\\\]^-]/g, '\\$&'));
  return new RegExp(`[${escaped.join('')}]`, 'u');
}

/** Ideographic description characters: the tries step over the sequence each one opens whole. */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/;

function keysOf(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([key, value]) => [key, value]);
  return dict.split('|').map((entry) => {
    const [key, value] = entry.split(' ');
    return [key, value];
  });
}

/**
 * The first conversion step on a run the segmenter found no word in, as a map of single
 * characters; null where that would not be the same as the step's own trie.
 *
 * No word of the segmentation dictionaries starts anywhere in such a run (the segmenter tried
 * every position), so of the step's dictionaries only the others can match there. When those
 * hold single characters only, the step maps the run character by character.
 */
export function runConverter(segmentation: DictGroup, step: DictGroup): ((run: string) => string) | null {
  if (!segmentation.every((dict) => step.includes(dict))) return null;
  const characters = new Map<number, string>();
  // Loaded as the trie loads a group: last dictionary first, each entry over any before it.
  for (const dict of [...step].reverse()) {
    if (segmentation.includes(dict)) continue;
    for (const [key, value] of keysOf(dict)) {
      const code = key.codePointAt(0);
      if (code === undefined || String.fromCodePoint(code) !== key) return null;
      characters.set(code, value);
    }
  }
  return (run) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < run.length; ) {
      const code = run.codePointAt(i)!;
      const width = code > 0xffff ? 2 : 1;
      const to = characters.get(code);
      if (to !== undefined) {
        out += run.slice(from, i) + to;
        from = i + width;
      }
      i += width;
    }
    return from === 0 ? run : out + run.slice(from);
  };
}
