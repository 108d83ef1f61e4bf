// Properties that hold for any input: no throw on random text, script-blind results (converting a
// page changes only the script of what is found), and a result on huge or deeply nested pages.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../lib/convert/engine';
import { analyzePage, analyzeText } from '../../lib/analyzer/index';
import { findStats } from '../../lib/analyzer/stats';
import { findTasks } from '../../lib/analyzer/tasks';

const seedText = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

const PIECES = [
  '一、', '二、', '（一）', '(2)', '1、', '2.', '①', '一是', '二要', '第一，', '近', '约', '余', '多', '以上', '%', '％',
  '万', '亿', '三分之一', '百分之', '成', '项', '個', '人次', '—', '-', '~', '，', '。', '；', '\n', '“', '”', '(xié)',
  '科协', '科協', '2019年', '〔2019〕22号', '来源：', '發布時間:', ' ', '12 000', '1,286', '4.5', '第', '届', '次',
];
const pageText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 100000 }).map(String)), {
    maxLength: 200,
  })
  .map((parts) => parts.join(''));

describe('any text', () => {
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const a = analyzeText(`关于加强科协工作的通知\n发布时间：2020-01-01 来源：省科协\n${text}`);
        for (const item of [...a.tasks, ...a.stats]) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(a.text.length);
          expect(item.start).toBeLessThanOrEqual(item.end);
        }
        for (const s of a.stats) expect(Number.isFinite(s.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same tasks and statistics in both scripts of a page', () => {
    const toTraditional = getConverter('tw');
    const toSimplified = getConverter('cn');
    const shape = (text: string) => ({
      tasks: findTasks(text).map((t) => [t.marker.length, t.level, t.start, t.end]),
      stats: findStats(text).map((s) => [s.value, s.valueMax, s.start, s.end, s.qualifier?.length ?? 0]),
    });
    for (const [name, convert] of [
      ['002_ed69cb8f54072c8b.txt', toTraditional],
      ['003_17a4f32973dd4260.txt', toTraditional],
      ['001_c220b7b4dc018893.txt', toSimplified],
      ['004_9f6a37fa5ed33f85.txt', toSimplified],
    ] as const) {
      const a = analyzeText(seedText(name));
      const b = analyzeText(convert(seedText(name)));
      expect(b.isOfficial).toBe(a.isOfficial);
      expect(shape(b.text)).toEqual(shape(a.text));
      // Units are normalised to Simplified, so they do not change with the page's script.
      expect(b.stats.map((s) => s.unit)).toEqual(a.stats.map((s) => s.unit));
      expect(b.meta.date).toBe(a.meta.date);
      expect(b.kind).toBe(a.kind);
    }
  });
});

describe('huge and hostile input', () => {
  const head = '关于加强科协工作的通知\n发布时间：2020-01-01 来源：省科协\n';
  it('10 MB of text', () => {
    const para = '省科协贯彻落实部署，推进建设，服务会员1000余人，一是加强领导；二是完善制度。\n';
    const a = analyzeText(head + para.repeat(Math.ceil(10_000_000 / para.length)));
    expect(a.stats.length).toBeGreaterThan(100_000);
  });

  it('100,000 numbers in one paragraph', () => {
    const a = analyzeText(head + '省科协贯彻落实部署，推进建设。' + Array.from({ length: 100_000 }, (_, i) => `${i}个`).join('、'));
    expect(a.stats.length).toBeGreaterThan(99_000);
  });

  it('long runs of markers, digits, brackets and spaces', () => {
    for (const filler of ['一'.repeat(200_000), '1'.repeat(200_000), '('.repeat(100_000), ' '.repeat(200_000), '一是'.repeat(50_000)]) {
      expect(() => analyzeText(head + filler)).not.toThrow();
    }
  });

  it('a title line over a line of 400,000 spaces (no date line between)', () => {
    // (A red header's pattern once split the blank line every way between two runs of spaces: 20 s and more.)
    expect(analyzeText('关于开展科普工作的通知\n' + ' '.repeat(400_000)).meta.title).toBe('关于开展科普工作的通知');
  });

  it('markup nested 5,000 deep', () => {
    const { document } = parseHTML('<html><head><title>关于加强科协工作的通知</title></head><body></body></html>');
    let parent: Element = document.body as unknown as Element;
    for (let i = 0; i < 5000; i++) {
      const div = document.createElement('div');
      if (i % 500 === 0) div.appendChild(document.createTextNode('省科协贯彻落实部署，推进建设，服务会员1000余人。'));
      parent.appendChild(div);
      parent = div as unknown as Element;
    }
    const a = analyzePage(document as unknown as Document);
    expect(a.stats.length).toBeGreaterThan(0);
  });
});

describe('impossible dates in a page script', () => {
  it("a state's zoned time no calendar has (\"publishTime\":\"2026-13-01T10:00:00Z\") dates nothing and throws nothing", () => {
    const html =
      '<html><head><title>x</title><script>window.__STATE__={"publishTime":"2026-13-01T10:00:00Z","title":"某县科协召开科普工作会议"}</script></head>' +
      '<body><h1>某县科协召开科普工作会议</h1><p id="pubTime"></p><p>会议要求，全年开展科普活动50场。</p></body></html>';
    const a = analyzePage(parseHTML(html).document as unknown as Document);
    expect([a.meta.title, a.meta.date]).toEqual(['某县科协召开科普工作会议', null]);
  });
});
