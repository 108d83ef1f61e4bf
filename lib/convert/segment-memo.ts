// opencc-js runs a configuration in three steps: normalise the text, cut it into segments (the
// longest dictionary words, and the runs between them), then pass each segment through the
// conversion chain. The last step is a pure function of the segment, and official prose repeats
// its words all the time, so its results are remembered. Same output as opencc-js's own converter
// (checked in tests/unit/segment-memo.test.ts); S→T on the 1M-character notice in Node:
// ~400 -> ~170 ms. A trie step is skipped for a text that holds none of the characters its keys
// start with (normalisation almost always, the Taiwan and Hong Kong variants often): the same
// notice, 310–350 -> 260–275 ms on the test machine.
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

  const throughChain = (segment: string): string => {
    let out = segment;
    for (const { trie, starts } of chain) if (starts.test(out)) out = trie.convert(out);
    return out;
  };
  const remembered = boundedMemo(throughChain, MAX_ENTRIES);
  const convertSegment = (segment: string): string =>
    segment.length > MAX_KEY ? throughChain(segment) : remembered(segment);

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
  const add = (key: string) => {
    const first = key.codePointAt(0);
    if (first !== undefined) starts.add(first);
  };
  const addDict = (dict: DictLike) => {
    if (typeof dict === 'string') for (const entry of dict.split('|')) add(entry.split(' ')[0]);
    else for (const [key] of dict) add(key);
  };
  for (const group of groups) for (const dict of group) addDict(dict);
  const escaped = [...starts].map((c) => String.fromCodePoint(c).replace(/[\\\]^-]/g, '\\$&'));
  return new RegExp(`[${escaped.join('')}]`, 'u');
}
