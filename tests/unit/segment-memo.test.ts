// The segment-remembering converter against opencc-js's own, for every configuration it serves:
// the same output on the seed pages, the 1M-character notice, OpenCC's test inputs and random
// text, whether a segment is converted for the first time or remembered.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Converter, Locale, Trie, type DictGroup } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { runConverter, segmentMemoConverter } from '../../lib/convert/segment-memo';
import { generateLongPage } from '../fixtures/generate-long';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedLines = readdirSync(SEEDS).flatMap((name) => readFileSync(new URL(name, SEEDS), 'utf8').split('\n'));
const longLines = generateLongPage(60_000).replace(/<[^>]+>/g, '').split('\n');
const openccInputs = readFileSync('/work/shared/opencc-testcases.tsv', 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => line.split('\t')[1]);

// Words where segmentation and the chain disagree with a character-by-character reading, long
// unmatched runs (not remembered), surrogate pairs, ideographic description sequences and CJK
// compatibility ideographs (U+F900…, which the normalisation step maps first).
const PIECES = [
  '头发', '干部', '里程', '发布', '乾隆', '软件', '台湾', '著', '着', '后', '面', '一', '只', '二𫫇英',
  '⿰氵白', '⿲木木木', '⿰⿱', '𠀾', '\uD840', '\uDC00', '\uF900\uF901', '\uF914发', 'x'.repeat(30), '12.5%', '，', '。', ' ', '\n', '"', '云计算', '计算机', '信息',
];

const CONFIGS = [
  ['s2tw', 'tw'],
  ['s2hk', 'hk'],
  ['s2twp', 'twp'],
] as const;

describe('segmentMemoConverter', () => {
  it('leaves configurations without segmentation to opencc-js', () => {
    expect(segmentMemoConverter('s2t')).toBeNull();
    expect(segmentMemoConverter('no-such-config')).toBeNull();
  });

  for (const [config, to] of CONFIGS) {
    it(`${config}: the same output as opencc-js, first time and remembered`, () => {
      const reference = Converter({ from: 'cn', to });
      const mine = segmentMemoConverter(config)!;
      const texts = [...seedLines, ...longLines, ...openccInputs];
      for (let pass = 0; pass < 2; pass++) {
        const differing = texts.filter((t) => mine(t) !== reference(t));
        expect(differing).toEqual([]);
      }
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.string(), (pieces, noise) => {
          const text = pieces.join('') + noise;
          expect(mine(text)).toBe(reference(text));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('runConverter (the first step on a run between words)', () => {
  const configs = Locale.configs as unknown as Record<string, { segmentation: DictGroup; conversionChain: DictGroup[] }>;

  for (const [config] of CONFIGS) {
    it(`${config}: maps every run between words as the step's own trie does`, () => {
      const { segmentation, conversionChain } = configs[config];
      const byCharacter = runConverter(segmentation, conversionChain[0])!;
      expect(byCharacter).not.toBeNull();
      const segmenter = new Trie();
      segmenter.loadDictGroup(segmentation);
      const step = new Trie();
      step.loadDictGroup(conversionChain[0]);
      // Runs the segmenter leaves between words: segments that no word of it starts.
      const runs = [...seedLines, ...longLines, ...openccInputs]
        .flatMap((line) => segmenter.segment(line))
        .filter((segment) => segmenter.matchPrefix(segment, 0) === null && !/[\u2ff0-\u2fff]/.test(segment));
      expect(runs.length).toBeGreaterThan(1000);
      const differing = runs.filter((run) => byCharacter(run) !== step.convert(run));
      expect(differing).toEqual([]);
      // Characters are mapped in such runs (not passed through): 发 → 發 in 发展 is a word, 这 is not.
      expect(byCharacter('这里')).toBe(step.convert('这里'));
      expect(byCharacter('这')).not.toBe('这');
    });
  }

  it('declines where the step is not a map of characters once words are set aside', () => {
    const { segmentation, conversionChain } = configs.s2tw;
    // The segmentation dictionaries are not part of this step.
    expect(runConverter(segmentation, conversionChain[1])).toBeNull();
    // A step that keeps a word of two characters besides the segmentation dictionaries.
    expect(runConverter(segmentation, [...conversionChain[0], '发展 發展'])).toBeNull();
  });
});
