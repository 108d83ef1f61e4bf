import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTexts, getConverter, isBuilt, OPENCC_CONFIG, toSimplified, warm } from '../../lib/convert/engine';
import type { Target } from '../../lib/types';
import { OPENCC_EXCEPTIONS } from './opencc-exceptions';

interface Case {
  config: string;
  input: string;
  expected: string;
  caseId: string;
}

const cases: Case[] = readFileSync('/work/shared/opencc-testcases.tsv', 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [config, input, expected, source] = line.split('\t');
    return { config, input, expected, caseId: source.split('#')[1] };
  });

const TARGETS = Object.keys(OPENCC_CONFIG) as Target[];
const exceptionFor = (c: Case) =>
  OPENCC_EXCEPTIONS.find((e) => e.config === c.config && e.caseId === c.caseId);

describe('engine against OpenCC test cases', () => {
  for (const target of TARGETS) {
    const config = OPENCC_CONFIG[target];
    const mine = cases.filter((c) => c.config === config);
    it(`${target} (${config}): ${mine.length} cases`, () => {
      expect(mine.length).toBeGreaterThan(0);
      const convert = getConverter(target);
      for (const c of mine) {
        const exception = exceptionFor(c);
        const got = convert(c.input);
        if (exception) {
          // The listed difference, exactly; anything else (or agreement) means the list is stale.
          expect(got, c.caseId).not.toBe(c.expected);
          expect(got, c.caseId).toBe(exception.actual);
        } else {
          expect(got, c.caseId).toBe(c.expected);
        }
      }
    });
  }

  it('every listed exception belongs to a config we offer and names a real case', () => {
    const offered = new Set(Object.values(OPENCC_CONFIG));
    for (const e of OPENCC_EXCEPTIONS) {
      expect(offered.has(e.config)).toBe(true);
      expect(cases.some((c) => c.config === e.config && c.caseId === e.caseId)).toBe(true);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('engine behaviour the page layer relies on', () => {
  it('S→T presets except twp keep the number of code points', () => {
    for (const target of ['tw', 'hk', 't'] as Target[]) {
      for (const c of cases.filter((x) => x.config.startsWith('s2'))) {
        expect([...getConverter(target)(c.input)].length).toBe([...c.input].length);
      }
    }
  });

  it('twp changes vocabulary and length; tw does not', () => {
    expect(getConverter('twp')('发布')).toBe('釋出');
    expect(getConverter('tw')('发布')).toBe('發佈');
    expect(getConverter('twp')('U盘')).toBe('隨身碟');
  });

  it('never touches English apostrophes or ASCII quotes', () => {
    const text = `It's the "reader's" 'choice' — 这是'引号'和"双引号"，don't.`;
    for (const target of TARGETS) {
      const out = getConverter(target)(text);
      expect(out.replace(/[^'"A-Za-z ]/g, '')).toBe(text.replace(/[^'"A-Za-z ]/g, ''));
    }
  });

  it('phrases decide characters: 头发, 里程, 干部, 乾隆', () => {
    expect(getConverter('tw')('头发 里程 干部 乾隆')).toBe('頭髮 里程 幹部 乾隆');
    expect(toSimplified('乾隆 頭髮 幹部')).toBe('乾隆 头发 干部');
  });

  it('convertTexts keeps order and count; warm builds once', () => {
    warm('hk');
    expect(isBuilt('hk')).toBe(true);
    expect(convertTexts('hk', ['发', '', '里'])).toEqual(['發', '', '裏']);
  });
});
