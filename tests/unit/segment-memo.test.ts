// The segment-remembering converter against opencc-js's own, for every configuration it serves:
// the same output on the seed pages, the 1M-character notice, OpenCC's test inputs and random
// text, whether a segment is converted for the first time or remembered.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { segmentMemoConverter } from '../../lib/convert/segment-memo';
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
  '⿰氵白', '𠀾', '\uF900\uF901', '\uF914发', 'x'.repeat(30), '12.5%', '，', '。', ' ', '\n', '"', '云计算', '计算机', '信息',
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
