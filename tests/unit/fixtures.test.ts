import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { generateLongPage } from '../fixtures/generate-long';

// The seed fixtures are the real pages rebuilt as HTML; analyzer and toggle results on them are only
// meaningful if the article text is the seed's, character for character.
const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const FIXTURES: Record<string, string> = {
  '000': '000-henan-news.html',
  '001': '001-shandong-news-tw.html',
  '002': '002-hubei-notice.html',
  '003': '003-jinchutou-speech.html',
  '004': '004-people-yunnan-tw.html',
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, template, noscript')) el.remove();
  return collapse(document.body.textContent ?? '');
}

/** Seed lines that are not found in `text`, searching each after the previous match (order matters). */
function missingLines(seed: string, text: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const line of seed.split('\n').map(collapse)) {
    if (!line) continue;
    const at = text.indexOf(line, from);
    if (at < 0) missing.push(line);
    else from = at + line.length;
  }
  return missing;
}

const seedText = (prefix: string) => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} not found in ${seedsDir}`);
  return readFileSync(seedsDir + file, 'utf8');
};
const fixture = (name: string) => readFileSync(fixturesDir + name, 'utf8');

describe('seed fixtures', () => {
  for (const [prefix, name] of Object.entries(FIXTURES)) {
    it(`${name} shows every line of seed ${prefix}, in order`, () => {
      const html = fixture(name);
      expect(html).toMatch(/<meta charset="utf-8"\s*\/?>/i);
      expect(missingLines(seedText(prefix), visibleText(html))).toEqual([]);
    });
  }

  it('plain-english.html has no Han characters (the boot script must stay idle there)', () => {
    const html = fixture('plain-english.html');
    expect(html.length).toBeGreaterThan(15_000);
    expect(html).not.toMatch(/[\u3400-\u9fff\uf900-\ufaff]/);
  });

  it('notices a changed character, a dropped line and a swapped order', () => {
    const seed = '第一行\n\n第二行 有空格\n第三行';
    expect(missingLines(seed, '导航 第一行 正文 第二行 有空格 第三行 页脚')).toEqual([]);
    expect(missingLines(seed, '第一行 第二行 有空格 第叁行')).toEqual(['第三行']);
    expect(missingLines(seed, '第一行 第三行')).toEqual(['第二行 有空格']);
    expect(missingLines(seed, '第二行 有空格 第一行 第三行')).toEqual(['第二行 有空格']);
  });

  it('fails on a real fixture with one character changed', () => {
    const changed = fixture(FIXTURES['002']).replace('〔2019〕22号', '〔2019〕23号');
    expect(missingLines(seedText('002'), visibleText(changed))).toEqual(['鄂科协办〔2019〕22号']);
  });

  it('reads text split across inline elements and leaves scripts out', () => {
    const html = '<!DOCTYPE html><html><head></head><body><p><span>头</span><font>发</font>&nbsp;<b>干</b>部</p><script>var 脚本 = 1</script></body></html>';
    expect(visibleText(html)).toBe('头发 干部');
  });
});

describe('generateLongPage', () => {
  const articleText = (html: string) => {
    const { document } = parseHTML(html);
    return (document.querySelector('.article')?.textContent ?? '').replace(/\s+/g, '');
  };

  it('is deterministic and reaches the requested article length', () => {
    const page = generateLongPage(1_000_000);
    expect(generateLongPage(1_000_000)).toBe(page);
    const length = articleText(page).length;
    expect(length).toBeGreaterThanOrEqual(1_000_000);
    expect(length).toBeLessThan(1_002_000);
  });

  it('nests 一、/（一）/1./（1） items with statistics and split words', () => {
    const page = generateLongPage(30_000);
    const text = articleText(page);
    for (const marker of ['一、', '二、', '（一）', '（二）', '1.', '2.', '（1）']) expect(text).toContain(marker);
    expect(text).toMatch(/\d+(项|个|家|场次|人次|所|支)/);
    expect(text).toMatch(/\d+%/);
    expect(text).toMatch(/\d+万元/);
    expect(page).toMatch(/<span>.<\/span><span>.<\/span>/);
    expect(page).toContain('class="nav"');
    expect(page).toContain('class="footer"');
  });
});
