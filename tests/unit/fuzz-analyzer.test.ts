// Fuzzing the analyzer with random and mutated real pages (the five seeds as text, their saved HTML
// on linkedom). Whatever comes in, it finishes without throwing, and what it reports is
// consistent with the text it reports on:
// - every offset lies inside `text`;
// - a statistic's `text` is exactly text.slice(start, end);
// - a task's span starts with its marker as written, and its `text` is the rest of the span
//   without leading whitespace (the span ends before trailing whitespace);
// - a page's spans map each run of `text` 1:1 onto its page-model block (a PDF conversion's Kangxi
//   radicals read as the ideographs they stand for);
// - a page that is not official reports no tasks and no statistics.
// (analyzer-robustness.test.ts covers random text from marker pieces and huge inputs; this file
// starts from real pages and breaks them.)
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../lib/analyzer/index';
import { readPage } from '../../lib/page/model';
import { radicalsAsIdeographs } from '../../lib/text/han';
import type { Analysis } from '../../lib/types';

const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);
const FIXTURES_DIR = new URL('../fixtures/', import.meta.url);
const seeds = readdirSync(SEEDS_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(new URL(n, SEEDS_DIR), 'utf8'));
const pages = readdirSync(FIXTURES_DIR)
  .filter((n) => /^\d{3}-.*\.html$/.test(n))
  .sort()
  .map((n) => readFileSync(new URL(n, FIXTURES_DIR), 'utf8'));

/** Fragments that mean something to the analyzer or to an HTML parser. */
const TEXT_PIECES = [
  '一、', '十一、', '（二）', '(3)', '4.', '5．', '⑥', '一是', '三要', '第一，', '壹、', '附件:', '\n', '\r\n', '\r',
  '近', '余', '多', '以上', '%', '％', '万', '亿', '元', '人次', '三分之一', '百分之', '成', '—', '~', '-', '〔2019〕22号',
  '(xié)', '(qū)', '來源：', '发布时间:', '2019-03-18', '114年4月22日', '“', '”', '1,286', '12 000', '4.5%—5%', 'x份',
  '\u0000', '\uFEFF', '\u200B', '\uD83D', '\uDE00', '😀', '𫫇', ' ', '\t', '科协', '科協',
];
const HTML_PIECES = [
  '<p>', '</p>', '<div>', '</div>', '<br>', '<span>', '</span>', '<b>', '<table><tr><td>', '</td></tr></table>',
  '<script>', '</script>', '<style>', '<!--', '-->', '<pre>', '<textarea>', '<iframe src="x">', '<title>', '</title>',
  '<meta name="ArticleTitle" content="关于', '<h1>', '</h1>', '<li>', '<ol>', '&amp;', '&lt;', '&#x4E00;', '&#0;', '<',
  '>', '"', '<![CDATA[', '<gongwen-lens-ui>', '<div contenteditable>', '<template>', '<svg><text>一、</text></svg>',
];

type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'copy'; at: number; len: number; to: number }
  | { op: 'truncate'; at: number };

const anyString = fc.string({ unit: 'binary', maxLength: 8 });
const mutation = (pieces: string[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...pieces), anyString) }),
    fc.record({ op: fc.constant('copy' as const), at: fc.nat(), len: fc.nat({ max: 400 }), to: fc.nat() }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  );

function mutate(text: string, mutations: Mutation[]): string {
  let s = text;
  for (const m of mutations) {
    const at = s.length ? m.at % (s.length + 1) : 0;
    if (m.op === 'cut') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.op === 'insert') s = s.slice(0, at) + m.piece + s.slice(at);
    else if (m.op === 'copy') {
      const to = s.length ? m.to % (s.length + 1) : 0;
      s = s.slice(0, to) + s.slice(at, at + m.len) + s.slice(to);
    } else if (s.length > 1) s = s.slice(0, Math.max(1, at));
  }
  return s;
}

/** The consistency the analyzer promises about its own output (see the file comment). */
function expectConsistent(a: Analysis): void {
  const { text } = a;
  if (!a.isOfficial) {
    expect(a.tasks).toEqual([]);
    expect(a.stats).toEqual([]);
  }
  let previous = -1;
  for (const t of a.tasks) {
    expect(0 <= t.start && t.start <= t.end && t.end <= text.length, `task ${t.start}-${t.end} in ${text.length}`).toBe(true);
    expect(t.start).toBeGreaterThan(previous);
    previous = t.start;
    expect(t.marker.length).toBeGreaterThan(0);
    expect(text.slice(t.start, t.start + t.marker.length)).toBe(t.marker);
    expect(t.text).toBe(text.slice(t.start + t.marker.length, t.end).trimStart());
    expect(Number.isInteger(t.level) && t.level >= 1).toBe(true);
  }
  for (const s of a.stats) {
    expect(0 <= s.start && s.start < s.end && s.end <= text.length, `stat ${s.start}-${s.end} in ${text.length}`).toBe(true);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(Number.isFinite(s.value)).toBe(true);
    if (s.valueMax !== null) expect(Number.isFinite(s.valueMax)).toBe(true);
    expect(s.unit.length).toBeGreaterThan(0);
  }
  expect(['simplified', 'traditional', 'mixed', 'none']).toContain(a.script);
  if (a.meta.date !== null) expect(a.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

function analyzeHtml(html: string): void {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const model = readPage(doc, { frames: false });
  const a = analyzePage(doc, model);
  expectConsistent(a);
  let end = 0;
  for (const span of a.spans ?? []) {
    expect(span.start).toBeGreaterThanOrEqual(end);
    end = span.end;
    const block = model.blocks[span.block];
    expect(block, `span block ${span.block}`).toBeDefined();
    const length = span.end - span.start;
    // (The analysis reads a PDF conversion's Kangxi radicals as the ideographs they stand for, one for one.)
    expect(text(a, span.start, span.end)).toBe(radicalsAsIdeographs(block.text.slice(span.blockOffset, span.blockOffset + length)));
  }
  expect(end).toBeLessThanOrEqual(a.text.length);
}

const text = (a: Analysis, start: number, end: number) => a.text.slice(start, end);

describe('analyzer fuzzing: text', () => {
  it('mutated seed pages: never throws, offsets and item texts agree with the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), fc.array(mutation(TEXT_PIECES), { minLength: 1, maxLength: 12 }), (i, ms) => {
        expectConsistent(analyzeText(mutate(seeds[i], ms)));
      }),
      { numRuns: 250 },
    );
  });

  it('random text, including lone surrogates, control characters and every line break', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TEXT_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 150 }),
        (parts) => {
          expectConsistent(analyzeText(`关于加强科协工作的通知\n发布时间：2020-01-01 来源：省科协\n${parts.join('')}`));
          expectConsistent(analyzeText(parts.join('')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the unmutated seeds satisfy the same properties (the properties are not vacuous)', () => {
    const found = seeds.map(analyzeText);
    found.forEach(expectConsistent);
    expect(found.reduce((n, a) => n + a.tasks.length, 0)).toBeGreaterThan(20);
    expect(found.reduce((n, a) => n + a.stats.length, 0)).toBeGreaterThan(20);
  });
});

describe('analyzer fuzzing: HTML on linkedom', () => {
  it('mutated saved pages: never throws, spans map onto blocks, items agree with the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pages.keys()),
        fc.array(mutation([...HTML_PIECES, ...TEXT_PIECES]), { minLength: 1, maxLength: 10 }),
        (i, ms) => analyzeHtml(mutate(pages[i], ms)),
      ),
      { numRuns: 150 },
    );
  });

  it('random tag soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HTML_PIECES, ...TEXT_PIECES), { maxLength: 200 }), (parts) => {
        analyzeHtml(`<html><head><title>关于加强科协工作的通知</title></head><body>${parts.join('')}</body></html>`);
      }),
      { numRuns: 200 },
    );
  });
});
