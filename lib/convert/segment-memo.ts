// opencc-js runs a configuration in three steps: normalise the text, cut it into segments (the
// longest dictionary words, and the runs between them), then pass each segment through the
// conversion chain. Same output as opencc-js's own converter (checked in
// tests/unit/segment-memo.test.ts), faster where official pages spend the time:
// - a word's conversion depends on the word alone, and official prose repeats its words all
//   the time: it is kept on the word's node of our own segmentation trie;
// - a run between words, which only single characters can match in the first step, is mapped
//   character by character rather than walked through that step's trie;
// - a trie step is skipped for a text that holds none of the characters its keys start with
//   (normalisation almost always, the Taiwan and Hong Kong variants often).
// S→T of the 1M-character notice in Node: opencc-js ~400 ms; a first pass 300–310 -> ~205 ms and
// a repeated one 195–215 -> 175–195 ms since words are kept on trie nodes (before: a Map of
// segments, runs included).
import { ConverterFactory, Locale, Trie, type DictGroup, type DictLike } from 'opencc-js/cn2t';

type Convert = (text: string) => string;

interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/**
 * The converter of an OpenCC configuration of opencc-js's S→T preset (s2tw, s2hk, s2twp...),
 * remembering each word's conversion; null for a configuration without segmentation (s2t),
 * which has no words to remember.
 */
export function segmentMemoConverter(name: string): Convert | null {
  const config = (Locale.configs as Record<string, Config | undefined>)[name];
  if (!config?.segmentation || !Array.isArray(config.segmentation)) return null;
  const words = wordTrie(config.segmentation as DictGroup);
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
  const byCharacter = runConverter(config.segmentation as DictGroup, config.conversionChain[0]);
  // No word starts anywhere in a run, so the first step can only map characters there (but
  // the tries step over an ideographic description sequence whole, characters and all: text
  // with one goes the tries' way).
  const convertRun = byCharacter
    ? (run: string, plain: boolean) => (plain ? throughSteps(byCharacter(run), 1) : throughChain(run))
    : throughChain;

  return (input) => {
    const text = normalize(input);
    const plain = !IDEOGRAPHIC_DESCRIPTION.test(text);
    let out = '';
    let runStart = -1;
    for (let i = 0; i < text.length; ) {
      const word = words.longestAt(text, i);
      if (!word) {
        if (runStart < 0) runStart = i;
        i += plain ? codePointWidth(text, i) : unmatchedStep(text, i);
        continue;
      }
      if (runStart >= 0) {
        out += convertRun(text.slice(runStart, i), plain);
        runStart = -1;
      }
      // A word's conversion depends on the word alone: it is kept on the word's trie node.
      word.node.converted ??= throughChain(text.slice(i, word.end));
      out += word.node.converted;
      i = word.end;
    }
    return runStart >= 0 ? out + convertRun(text.slice(runStart), plain) : out;
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

interface WordNode {
  next: Map<number, WordNode>;
  isWord: boolean;
  /** The word through the whole conversion chain, once converted. */
  converted?: string;
}

/**
 * The segmentation dictionaries' words as a trie, for the longest word at a position: what
 * opencc-js's segmenter finds, without a match object per position or a slice per word, and
 * with a node per word to keep its conversion on.
 */
function wordTrie(group: DictGroup) {
  const root: WordNode = { next: new Map(), isWord: false };
  for (const dict of group) {
    for (const [key] of keysOf(dict)) {
      if (!key) continue;
      let node = root;
      for (let i = 0; i < key.length; ) {
        const code = key.codePointAt(i)!;
        i += code > 0xffff ? 2 : 1;
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), isWord: false }));
        node = child;
      }
      node.isWord = true;
    }
  }
  // Every position is looked up at the root, most of them in vain: an array indexed by code unit
  // answers that faster than a Map (astral characters, rare, stay in the Map).
  const rootBmp: Array<WordNode | undefined> = new Array(0x10000).fill(undefined);
  for (const [code, child] of root.next) if (code <= 0xffff) rootBmp[code] = child;
  const found = { node: root, end: 0 };
  return {
    /** The longest word starting at `at` (one shared result object), or null. */
    longestAt(text: string, at: number): { node: WordNode; end: number } | null {
      const first = text.charCodeAt(at);
      let node: WordNode | undefined = root;
      let i = at;
      if (first < 0xd800 || first > 0xdfff) {
        node = rootBmp[first];
        if (node === undefined) return null;
        i++;
      }
      let end = node.isWord ? i : -1;
      if (end > 0) found.node = node;
      while (i < text.length) {
        // Code points, as opencc-js reads them (a lone surrogate stands for itself).
        let code = text.charCodeAt(i);
        let width = 1;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
            width = 2;
          }
        }
        node = node.next.get(code);
        if (!node) break;
        i += width;
        if (node.isWord) {
          end = i;
          found.node = node;
        }
      }
      if (end < 0) return null;
      found.end = end;
      return found;
    },
  };
}

/** Operands of an ideographic description character (U+2FF0…U+2FFF); 0 for any other. */
function idsArity(code: number): number {
  if (code < 0x2ff0 || code > 0x2fff) return 0;
  return code === 0x2ff2 || code === 0x2ff3 ? 3 : 2;
}

/** Where the ideographic description sequence at `at` ends, or 0 if none is complete there. */
function idsEnd(text: string, at: number): number {
  const arity = idsArity(text.codePointAt(at)!);
  if (arity === 0) return 0;
  let i = at + codePointWidth(text, at);
  for (let k = 0; k < arity; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + codePointWidth(text, i);
  }
  return i;
}

function codePointWidth(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}

/**
 * How far opencc-js's segmenter moves on where no word starts: one code point, or a whole
 * ideographic description sequence (so no word is looked for inside one).
 */
function unmatchedStep(text: string, at: number): number {
  const end = idsEnd(text, at);
  return end > at ? end - at : codePointWidth(text, at);
}

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
  // Most of a page's characters are looked up here: an array answers faster than the Map.
  const bmp: Array<string | undefined> = new Array(0x10000).fill(undefined);
  for (const [code, value] of characters) if (code <= 0xffff) bmp[code] = value;
  return (run) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < run.length; ) {
      const unit = run.charCodeAt(i);
      const code = unit >= 0xd800 && unit <= 0xdbff ? run.codePointAt(i)! : unit;
      const width = code > 0xffff ? 2 : 1;
      const to = code <= 0xffff ? bmp[code] : characters.get(code);
      if (to !== undefined) {
        out += run.slice(from, i) + to;
        from = i + width;
      }
      i += width;
    }
    return from === 0 ? run : out + run.slice(from);
  };
}
