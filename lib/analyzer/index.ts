// The page analyzer: official page, kind, metadata, numbered tasks and statistics, from plain text
// (one paragraph per line) or from a DOM document. Both routes share one pipeline over blocks:
// pinyin residue is cut out of each block, the layout picks title, header and body blocks, and
// the article text is the body blocks joined by \n (page chunks of document-sharing sites joined
// without a break), with spans mapping every run of it back to its block.
import type { Analysis, Stat, TextSpan } from '../types';
import { readPage, type PageModel } from '../page/model';
import { detectScript } from '../script/detect';
import { findPinyinResidue, stripPinyinResidue } from '../text/pinyin';
import { hasHan, radicalsAsIdeographs } from '../text/han';
import { inlineChunkNumbers, layoutArticle, wrappedLineBreaks, type PageBlock } from './body';
import { readPageInput, type PageInput } from './dom';
import { otherVersionFirst } from './bilingual';
import { blockHints, TERM_HEADING } from './hints';
import { isOfficialPage, pageKind, privatelyOwned, sellsService } from './kind';
import { companysPage, readMeta } from './meta';
import { findStats } from './stats';
import { findTasks } from './tasks';

/** Characters no reader sees: a soft hyphen, a zero-width space, a word joiner, a byte-order mark. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]+/g;

/** A block's text without pinyin residue or invisible characters, as runs of the original text. */
interface CleanBlock {
  text: string;
  /** [offset in clean text, offset in original text, length] */
  runs: Array<[number, number, number]>;
  /** A sharing site's pages run together in it, their numbers read past. */
  chunked?: true;
}

/**
 * What to leave out of a block holding invisible characters: them (the breaks a Word paste or a CMS
 * puts inside words and numbers: 二\u00ad是, 1\u00ad2家), and pinyin residue as it reads without them.
 */
function withoutInvisible(original: string): Array<{ start: number; end: number }> {
  const kept: number[] = [];
  for (let i = 0; i < original.length; i++) if (!INVISIBLE.test(original[i])) kept.push(i);
  const visible = kept.map((i) => original[i]).join('');
  const out = findPinyinResidue(visible).map((r) => ({ start: kept[r.start], end: kept[r.end - 1] + 1 }));
  for (const m of original.matchAll(INVISIBLE_ALL)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

function cleanBlock(shown: string): CleanBlock {
  // (A PDF conversion's Kangxi radicals, ⼀、 and ⼈次, as the ideographs they stand for.)
  const original = radicalsAsIdeographs(shown);
  const found = INVISIBLE.test(original) ? withoutInvisible(original) : findPinyinResidue(original);
  // (And the breaks of lines wrapped by hand inside a sentence.)
  const breaks = original.includes('\n') ? wrappedLineBreaks(original) : [];
  // (And a sharing site's page numbers, where its pages run together: 1、…受益  2、群众….)
  const chunks = original.includes('  ') ? inlineChunkNumbers(original) : [];
  const residue = breaks.length || chunks.length ? [...found, ...breaks.map((at) => ({ start: at, end: at + 1 })), ...chunks].sort((a, b) => a.start - b.start) : found;
  if (!residue.length) return { text: original, runs: [[0, 0, original.length]] };
  const parts: string[] = [];
  const runs: Array<[number, number, number]> = [];
  let at = 0;
  let clean = 0;
  for (const r of [...residue, { start: original.length, end: original.length }]) {
    if (r.start > at) {
      parts.push(original.slice(at, r.start));
      runs.push([clean, at, r.start - at]);
      clean += r.start - at;
    }
    at = Math.max(at, r.end);
  }
  return chunks.length ? { text: parts.join(''), runs, chunked: true } : { text: parts.join(''), runs };
}

interface Article {
  text: string;
  spans: TextSpan[];
  /** Where the article's data-table cells lie: [start, end) in `text`, in order. */
  cells: Array<[number, number]>;
  /** The cells among them that label their row (a class, a service), with more cells after them. */
  rowLabels: Array<[number, number]>;
  /** Cells under a column of terms (執行期程), a <table>'s or a copied table's (tab-separated). */
  termCells: Array<[number, number]>;
  /** Cells of rows in another language (foreignRow). */
  foreignCells: Array<[number, number]>;
}

function buildArticle(clean: CleanBlock[], blocks: PageBlock[], layout: ReturnType<typeof layoutArticle>): Article {
  const parts: string[] = [];
  const spans: TextSpan[] = [];
  const cells: Array<[number, number]> = [];
  const rowLabels: Array<[number, number]> = [];
  const termCells: Array<[number, number]> = [];
  const foreignCells: Array<[number, number]> = [];
  let termColumn = -1; // of the copied table being read
  let length = 0;
  layout.body.forEach((i, k) => {
    const chunk = layout.chunks.get(i);
    if (k > 0 && !chunk?.continues) {
      parts.push('\n');
      length += 1;
    }
    const drop = chunk?.drop ?? 0;
    const end = length + clean[i].text.length - drop;
    if (blocks[i].cell) cells.push([length, end]);
    if (blocks[i].rowLabel) rowLabels.push([length, end]);
    if (blocks[i].termCell) termCells.push([length, end]);
    if (blocks[i].foreignRow) foreignCells.push([length, end]);
    const fields = clean[i].text.includes('\t') ? clean[i].text.slice(drop).split('\t') : null;
    if (!fields) termColumn = -1;
    else if (termColumn < 0) termColumn = fields.findIndex((f) => TERM_HEADING.test(f));
    else if (fields.length > termColumn) {
      const from = length + fields.slice(0, termColumn).reduce((n, f) => n + f.length + 1, 0);
      termCells.push([from, from + fields[termColumn].length]);
    }
    parts.push(clean[i].text.slice(drop));
    for (const [cleanStart, origStart, len] of clean[i].runs) {
      const from = Math.max(cleanStart, drop);
      const to = cleanStart + len;
      if (to <= from) continue;
      spans.push({
        start: length + from - drop,
        end: length + to - drop,
        block: i,
        blockOffset: origStart + (from - cleanStart),
      });
    }
    length = end;
  });
  return { text: parts.join(''), spans, cells, rowLabels, termCells, foreignCells };
}

/** What a bare $ counts in on a page: Hong Kong dollars on a Hong Kong page, patacas on a Macau one. */
function pageDollar(pageText: string): string | null {
  const macau = occurrences(pageText, MACAU_WORDS);
  const hongKong = occurrences(pageText, HONG_KONG_WORDS);
  if (!macau && !hongKong) return null;
  return macau > hongKong ? '澳门元' : '港元';
}
/** Words that place a page in Hong Kong or in Macau (a district office's page may not name the city). */
const HONG_KONG_WORDS = /香港|本港|\.gov\.hk|憲報|宪报|港元|港幣|港币|民政事務|民政事务|區議會|区议会/g;
// (Or a Macau secretary's act, which may not name the city: 第128/2026號社會文化司司長批示.)
const MACAU_WORDS = /澳門|澳门|\.gov\.mo|葡幣|葡币|社會文化司|社会文化司|經濟財政司|经济财政司|行政法務司|行政法务司|運輸工務司|运输工务司/g;

function occurrences(text: string, words: RegExp): number {
  words.lastIndex = 0;
  let n = 0;
  while (words.exec(text)) n++;
  return n;
}

/**
 * A table cell holding the title of a paper or a project (1286例海岛地区老年人慢性病共病特征分析,
 * 3种本地苔藓保水能力的比较): a phrase of ten characters or more without punctuation, where a figure's cell is the figure (126场, 约3.2万人次) and
 * a description's a sentence.
 */
const WORK_TITLE = /^[^，,。；;：:、！？]{10,}$/;
const TITLES_HEADING = /^(?:论文|論文|项目|項目|作品|成果|课题|課題|专著|專著)(?:题目|題目|名称|名稱)$|^(?:题目|題目)$/;

/** The statistics outside table cells that are titles of works: their numbers name the work (3种锚泊方式比较). */
function outsideWorkTitles(stats: Stat[], article: { text: string; cells: Array<[number, number]> }): Stat[] {
  // (Only in a table with a column of them: 论文题目, 项目名称; 資助3名研究人員赴內地… describes a grant.)
  if (!article.cells.some(([s, e]) => TITLES_HEADING.test(article.text.slice(s, e).trim()))) return stats;
  const titles = article.cells.filter(([s, e]) => WORK_TITLE.test(article.text.slice(s, e).trim()));
  if (!titles.length) return stats;
  // (A cell that ends on its figure states it: 全年举办科普活动126场.)
  return stats.filter((stat) => !titles.some(([s, e]) => stat.start >= s && stat.start < e && article.text.slice(stat.end, e).trim() !== ''));
}

/**
 * A row's label that bounds a class (不超過10千瓦, 超過10千瓦但不超過200千瓦, 研討室租用（容納20人或以下）,
 * 营业收入5亿元及以上, 1亿元至5亿元): its figures say which rows the fee, rate or count applies to,
 * and count nothing.
 */
const BAND_LABEL = /不超過|不超过|或以下|未滿|未满|低於|低于|高於|高于|及以上|及以下/;

function outsideBandLabels(stats: Stat[], article: Article): Stat[] {
  const bands = article.rowLabels.filter(([s, e]) => BAND_LABEL.test(article.text.slice(s, e)));
  return bands.length ? stats.filter((stat) => !bands.some(([s, e]) => stat.start >= s && stat.start < e)) : stats;
}

/** A project's term in a column of terms (執行期程 | 12個月) is its length, no result. */
function outsideTermCells(stats: Stat[], article: Article): Stat[] {
  const { termCells } = article;
  return termCells.length ? stats.filter((stat) => !(TERM_UNITS.has(stat.unit) && termCells.some(([s, e]) => stat.start >= s && stat.start < e))) : stats;
}
const TERM_UNITS = new Set(['个月', '年', '天', '日', '周', '星期', '个季度']);

/**
 * A figure in a row another language fills (Response rate | 94.1% | 95.0%): a bilingual page's table in English restates
 * the Chinese text's figures, as its prose does.
 */
function outsideOtherLanguageRows(stats: Stat[], article: Article): Stat[] {
  const { foreignCells } = article;
  return foreignCells.length ? stats.filter((stat) => !foreignCells.some(([s, e]) => stat.start >= s && stat.start < e)) : stats;
}

/** The statistics that a table's structure does not rule out: work titles, class bounds, terms, other languages' rows. */
function tableStats(stats: Stat[], article: Article): Stat[] {
  return outsideOtherLanguageRows(outsideTermCells(outsideBandLabels(outsideWorkTitles(stats, article), article), article), article);
}

/**
 * The statistics outside lines written in another language: a bilingual page's English or Portuguese version
 * after the Chinese one (MPU secured about MOP 168 million…) restates its figures, which analysts read in Chinese.
 */
function outsideOtherLanguage(stats: Stat[], text: string): Stat[] {
  // (Statistics come in order, many to a line: each line is judged once.)
  let lineEnd = -1;
  let keep = true;
  return stats.filter((s) => {
    if (s.start > lineEnd) {
      const from = text.lastIndexOf('\n', s.start - 1) + 1;
      const to = text.indexOf('\n', s.end);
      lineEnd = to < 0 ? text.length : to;
      const line = text.slice(from, lineEnd);
      keep = hasHan(line) || (line.match(LATIN_WORD) ?? []).length < OTHER_LANGUAGE_WORDS;
    }
    return keep;
  });
}
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]{2,}/g;
// (Five make a line of prose: (a) Category A subjects: HK$672 per subject;.)
const OTHER_LANGUAGE_WORDS = 5;

/** A figure in a bracketed gloss in another language inside a Chinese sentence (升至74%（from 58% to 74%）): a translation. */
function outsideGlosses(stats: Stat[], text: string): Stat[] {
  if (!text.includes('（')) return stats;
  return stats.filter((s) => {
    // (Looked for near the figure only: a long page's every figure would scan it whole.)
    const from = Math.max(0, s.start - GLOSS_MAX);
    const opened = text.slice(from, s.start).lastIndexOf('（');
    if (opened < 0) return true;
    const open = from + opened;
    const closed = text.slice(s.end, open + GLOSS_MAX + 1).indexOf('）');
    if (closed < 0) return true;
    const close = s.end + closed;
    const gloss = text.slice(open + 1, close);
    return hasHan(gloss) || !LATIN_GLOSS.test(gloss) || !hasHan(text.slice(Math.max(0, open - GLOSSED_SPAN), open));
  });
}
/** How long a gloss runs at most, and how far before it the Chinese it glosses may end. */
const GLOSS_MAX = 60;
const GLOSSED_SPAN = 10;
const LATIN_GLOSS = /(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])/;

/** A title's mark of a later page or part: …的讲话(3), …（续）, …(第2頁), … 第2页 - 宁德市科学技术协会, …－第2頁－…. */
const LATER_PAGE_TITLE = /[（(](?:续|續|第?\s*[2-9]\s*[页頁]?|[二三四五六七八九])[)）]$|[（(]第\s*[2-9]\s*[页頁][)）]|[\s－—-]第\s*[2-9]\s*[页頁](?:[\s－—-]|$)/;
/** A pager that shows a later page: 本文共3页 当前第3页, 当前为第3页, 第2页 共2页, 第 2 頁 / 共 3 頁, 共3页: 上一页123, 上一页2/2下一页. */
const LATER_PAGE_PAGER = /当前(?:为|為|是)?第\s*[2-9]\s*[页頁]|第\s*[2-9]\s*[页頁]\s*[/／]?\s*共\s*\d+\s*[页頁]|共\s*\d+\s*[页頁][:：]\s*上一[页頁]|上一[页頁]\s*[2-9]\s*\/\s*\d+\s*下一[页頁]/;
/** How far into a page's two ends its pager is looked for (a 1M page is not scanned whole). */
const PAGER_SPAN = 3000;

/** Whether the page is a later page of an article split over several. */
function isLaterPage(pageText: string, tagTitle: string, title: string): boolean {
  return LATER_PAGE_TITLE.test(title) || LATER_PAGE_TITLE.test(tagTitle.split(/[-_|｜]/)[0].trim()) || LATER_PAGE_TITLE.test(tagTitle) || atPageEnds(LATER_PAGE_PAGER, pageText);
}

/** Whether `pattern` is found in the page's first or last PAGER_SPAN characters, where pagers stand. */
function atPageEnds(pattern: RegExp, pageText: string): boolean {
  return pattern.test(pageText.slice(0, PAGER_SPAN)) || pattern.test(pageText.slice(-PAGER_SPAN));
}

/** A pager that does not say which page it shows: 上一页 下一页, 本文分页：, 首页 上一页 1 2 3 下一页 尾页 共3页. */
const PAGER = /下一[页頁]|本文分[页頁]|共\s*\d+\s*[页頁]/;

/** Whether the page has a pager, whichever page it shows. */
function hasPager(pageText: string): boolean {
  return atPageEnds(PAGER, pageText);
}

/** Analyse what was read from a page (see readPageInput). `spans` refer to its blocks. */
export function analyzeInput(input: PageInput): Analysis {
  const { texts: originals, tags } = input;
  const hints = blockHints(input);
  const clean = originals.map(cleanBlock);
  const blocks: PageBlock[] = clean.map((c, i) => ({ ...hints[i], text: c.text }));
  const other = otherVersionFirst(blocks);
  if (other) for (let i = other[0]; i < other[1]; i++) blocks[i].outside = true;
  const layout = layoutArticle(blocks, stripPinyinResidue(tags.articletitle || tags['og:title'] || tags['dc.title'] || tags.title || ''));
  const article = buildArticle(clean, blocks, layout);
  const pageText = originals.join('\n');
  const read = readMeta(blocks, layout, tags);
  const isOfficial = isOfficialPage(read, pageText, article.text);
  const meta = isOfficial ? read : companysPage(read, blocks, sellsService(pageText), privatelyOwned(pageText));
  return {
    script: detectScript(pageText),
    isOfficial,
    kind: pageKind(isOfficial, meta, article.text, [tags.title, tags['og:title']].filter(Boolean).join(' '), pageText),
    meta,
    text: article.text,
    tasks: isOfficial ? findTasks(article.text, { runTogether: layout.chunks.size > 0 || layout.body.some((i) => clean[i].chunked), cells: article.cells, title: meta.title, laterPage: isLaterPage(pageText, tags.title ?? '', meta.title ?? ''), paged: hasPager(pageText) }) : [],
    stats: isOfficial ? outsideGlosses(outsideOtherLanguage(tableStats(findStats(article.text, article.text.includes('$') ? pageDollar(pageText) : null), article), article.text), article.text) : [],
    spans: article.spans,
  };
}

/** Analyse plain text, one paragraph per line. */
export function analyzeText(text: string): Analysis {
  const texts = text.split(/\r\n|\r|\n/);
  const analysis = analyzeInput({ texts, tags: {} });
  delete analysis.spans;
  return analysis;
}

/** Analyse a document (headless-safe: DOM basics only). `spans` refer to `model.blocks`. */
export function analyzePage(doc: Document, model: PageModel = readPage(doc, { frames: false })): Analysis {
  return analyzeInput(readPageInput(doc, model));
}
