import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countScriptChars, detectScript } from '../../lib/script/detect';
import { findPinyinResidue, stripPinyinResidue } from '../../lib/text/pinyin';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

describe('detectScript', () => {
  it.each([
    ['科学技术协会召开工作会议', 'simplified'],
    ['科學技術協會召開工作會議', 'traditional'],
    ['Hello, world 123', 'none'],
    ['', 'none'],
    // Characters shared by both scripts are no evidence: 干部 on a Traditional page stays Traditional.
    ['雲南省科協幹部與干部職工', 'traditional'],
    // Half and half: neither reaches 80 %.
    ['科学技术协会 科學技術協會', 'mixed'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('a Traditional body with a few Simplified menu items stays Traditional (≥ 80 %)', () => {
    const body = '會議傳達了學會工作會議精神，總結了學會企事業科協和外事工作。'.repeat(10);
    expect(detectScript(`${body}首页 通知公告`)).toBe('traditional');
  });

  it('reads the seeds as their scripts (004 keeps mainland 干部 and 公裡)', () => {
    expect(detectScript(seed('000_d756c22ec2889e7b.txt'))).toBe('simplified');
    expect(detectScript(seed('001_c220b7b4dc018893.txt'))).toBe('traditional');
    expect(detectScript(seed('002_ed69cb8f54072c8b.txt'))).toBe('simplified');
    expect(detectScript(seed('003_17a4f32973dd4260.txt'))).toBe('simplified');
    expect(detectScript(seed('004_9f6a37fa5ed33f85.txt'))).toBe('traditional');
    expect(countScriptChars('干部').simplified).toBe(0);
  });

  it('handles 10 MB of text', () => {
    expect(detectScript('科學'.repeat(5_000_000))).toBe('traditional');
  });
});

describe('pinyin residue', () => {
  it.each([
    ['科協(xié)學會', ['(xié)']],
    ['發(fā)布', ['(fā)']],
    ['全角括號科協（xié）', ['（xié）']],
    ['創(chuàng)新', ['(chuàng)']],
    // Only the bracket holding Latin letters is residue: 縣(市、區(qū)) keeps "(市、區".
    ['縣(市、區(qū))', ['(qū)']],
    ['科技(AI)發展', []],
    ['2019(12)', []],
    ['見附件(一)', []],
  ])('%s', (text, found) => {
    expect(findPinyinResidue(text).map((r) => text.slice(r.start, r.end))).toEqual(found);
  });

  it('strips it', () => {
    expect(stripPinyinResidue('縣(市、區(qū))科協(xié)')).toBe('縣(市、區)科協');
    expect(stripPinyinResidue(seed('001_c220b7b4dc018893.txt'))).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
  });
});
