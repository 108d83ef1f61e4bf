// Numbered tasks: items of an enumerated sequence in the article text (paragraphs split by \n).
// A marker counts only inside a sequence (1, 2, … of one style, so 统一是 / 第一批 / a lone 一、
// are not items), and its level is its depth in the page's own hierarchy of styles, found with a
// stack: a style seen before closes everything nested under it, a new style opens one level deeper.
import type { Task } from '../types';
import { hasHan } from '../text/han';
import { TOC_ENTRY } from './lines';
import { parseArabic, parseChineseNumeral } from './numbers';

type Style = 'formal' | 'cn' | 'cn-paren' | 'ar' | 'ar-paren' | 'ar-half' | 'ar-stop' | 'ar-decimal' | 'ar-decimal3' | 'circled' | 'inline' | 'inline-nested' | 'ordinal' | 'ordinal-qi' | 'latin-paren' | 'roman-paren' | 'stem' | 'latin-upper' | 'latin-half';

interface Candidate {
  style: Style;
  n: number;
  start: number;
  markerEnd: number;
  /** Not at a sentence boundary: kept only if its sequence goes on at boundaries. */
  loose?: boolean;
  /** 2. opening a line: a numbered paragraph (Hong Kong numbers a paper's paragraphs from 2.). */
  paragraph?: boolean;
  /** The last number of a joined marker: （一）及（二） answers two parts at once. */
  through?: number;
  /** 九、科学技术和教育 on a line of its own: a section's heading. */
  heading?: boolean;
}

/** The number a candidate's sequence goes on from. */
const lastNumber = (c: Candidate) => c.through ?? c.n;
/** A second bracketed numeral joined to the first (（一）及（二）), or the last of a span (（a）至（c）). */
const JOINED_ITEM = /^(?:(及|和|与|與|、)|至|到)[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,2}|[a-z])[)）]/;
/** How many parts a span of joined items (（a）至（c）) may answer at once. */
const JOINED_SPAN = 6;

export interface TaskOptions {
  /**
   * The page's lines were run together (a document-sharing site's text layer): a bracketed item
   * may follow its section's heading directly (三、竞赛内容（一）青少年…).
   */
  runTogether?: boolean;
  /** Ranges of the text that are data-table cells (a row's label, 一、本年新收…, is no item), in order. */
  cells?: Array<[number, number]>;
  /** The page's title, which may say the text is an excerpt (…施政方針（節錄）) where the text does not. */
  title?: string | null;
  /**
   * The page is a later page of an article split over several (第2页 共3页, …的讲话(3), （续）): its first items go on
   * from the page before, numbered on, as an excerpt's do.
   */
  laterPage?: boolean;
  /**
   * The page has a pager (下一页, 本文分页, 共3页) that does not say which page it shows: a later one where its text
   * opens on an item numbered past one.
   */
  paged?: boolean;
}

const BRACKETED = new Set<Style>(['cn-paren', 'ar-paren']);
/** Styles whose items may stand apart on one line by a wide gap, and the gap after a word. */
const SPACED_STYLES = new Set<Style>(['ar', 'ar-paren', 'cn-paren']);
const WIDE_GAP = /[\u4e00-\u9fff](?: {2}|\u3000|\u00a0{2}| \u00a0|\u00a0 )$/;
/** Words before a bracketed numeral that cite it (第（一）项, 前款（二）) rather than start an item. */
const CITES = new Set(['第', '款', '条', '條', '项', '項', '按', '照', '见', '見', '和', '与', '與', '及', '或']);

/** Characters that make 一 the end of a word (统一要求, 唯一是, 之一是), not an inline item 1. */
const WORD_BEFORE_ONE = new Set([...'统統唯之万萬同单單逐划劃不专專合归歸均整第其另纯純一']);

/** ...except 系统 (科协系统一要…: the 统 of 系统, not of 统一). */
const SYSTEM = new Set(['系统', '系統']);

/** Words that introduce a list inside a sentence. */
const INTRODUCERS = new Set(['包括', '包含', '涵盖', '涵蓋', '如下', '分别', '分別', '主要', '分为', '分為', '訂明', '订明', '列明', '載明', '载明', '抓好', '做好']);
// (A copula before a bracketed item 1 introduces its list: 三大亮點為（1）…；（2）…; so does a verb's 了: 重点讲授了(1)…；(2)…, or a plan's 將: 縣府將(1)成立…，(2)….)
const COPULAS = new Set(['为', '為', '是', '即', '了', '将', '將']);
const ROMAN_JOINS = new Set(['和', '及', '與', '与', '或']);
const COLONS = new Set(['：', ':']);

const CN1 = '[一二三四五六七八九十]';
const CN_DIGIT = new RegExp(`^${CN1}$`);
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const MARKER = new RegExp(
  [
    // (﹑, the small form of 、, as old Big5 pages and careless converters write it.)
    '([壹貳贰參参叁肆伍陸陆柒捌玖拾]{1,3})[、﹑．.]', // 1 formal (参: 參 converted to Simplified)
    `(${CN1}{1,3})(?:[、﹑．]|\\.(?![0-9]))`, // 2
    `[（(](${CN1}{1,3})[)）]`, // 3
    // 4 (1.35周岁以下 is item 1 of a list of conditions: no age is written with decimals)
    // (…and 1.3月31日前 is item 1 of a schedule: no month has a decimal; nor has a ROC year, 2.114年,
    // nor a year, 3.2025年度获资助…, nor a school year, 3.2026/27學年的計劃….)
    // (Full-width digits too: １．, as Big5 pages write them.)
    // (…nor a group's size, 3.10人以上团体需…: a size bound is never written with decimals.)
    '([0-9０-９]{1,3})(?:[、﹑．]|\\.(?![0-9])|\\.(?=[0-9]{2}(?:周岁|週歲|岁|歲))|\\.(?=[0-9]{1,3}[人名](?:以上|以下))|\\.(?=[0-9]{1,2}月)|\\.(?=1[0-2][0-9]年)|\\.(?=(?:19|20)[0-9]{2}(?:年|\\/[0-9]{2}(?:學年|学年|年度))))',
    '[（(]((?![0０])[0-9０-９]{1,2})[)）]', // 5 (not a phone's area code: (03)578-4208)
    '([①-⑳⑴-⒇⒈-⒛❶-❿])', // 6 (and ⑴ ⑵, a bracketed digit in one character; ⒈ ⒉, a digit and its full stop; ❶ ❷, circled in black)
    `(${CN1}{1,2})(?:是|要|来|來|则|則)`, // 7 inline 一是 / 三要 (and 一来…二来…, 一则…二则…)
    `[第其](${CN1}{1,2})(?:点|點)?[，,、：:]`, // 8 第一， and 其一， (and 第一点，, a speech's points)
    // 9 (i) (ii): under (a) (b) in the same papers; (i) after (h) is the ninth letter (see candidates).
    '[（(](i{1,3}|iv|vi{0,3}|ix|x)[)）]',
    '[（(]([a-z])[)）]', // 10 (a) (b): Hong Kong's papers and circulars
    '([0-9０-９]{1,2})[)）](?![0-9０-９])', // 11 1） with its closing bracket only (Macau's bureaus)
    '([㈠-㈩])', // 12 ㈠ ㈡: a bracketed numeral in one character, as Word's numbering leaves it
    // 13 2.1 2.2: a paper's paragraphs numbered within its sections, the number, then a space or a tab
    '(?<![0-9０-９.．])[0-9]{1,2}\\.([0-9]{1,2})(?=[ \\t\u3000])',
    // 14 3.1.1: a paragraph numbered within a numbered paragraph
    '(?<![0-9０-９.．])[0-9]{1,2}\\.[0-9]{1,2}\\.([0-9]{1,2})(?=[ \\t\u3000])',
    // 15 甲、乙、丙、: the heavenly stems, as Macau's and Taiwan's documents number some lists (at a line's start only)
    `([${STEMS}])、`,
    // 16 A. B. C.: capital letters and a full stop (or 、) before a Chinese item, a space (&nbsp; too) between them or none (at a line's start only)
    '(?<![A-Za-z0-9])([A-Z])[.．、](?=[ \u3000\u00a0]?[\u4e00-\u9fff])',
    // 17 a) b) c): a small letter with its closing bracket only, before a Chinese item (as 1） is numbered)
    '(?<![A-Za-z0-9(（])([a-z])[)）](?=[ \u3000\u00a0]?[\u4e00-\u9fff])',
  ].join('|'),
  'g',
);

/** Punctuation after which a new item may start (besides the start of a paragraph). */
// (With the small forms ﹔﹕﹐ of careless converters and old Big5 pages.)
const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '：', ':', '﹔', '﹕', '﹒']);
const CLAUSE_END = new Set(['，', ',', '﹐']);
const CLOSE_QUOTES = new Set(['”', '」', '』', '"']);
const OPEN_QUOTES = new Set(['“', '「', '『']);
const OPEN_ROUND = new Set(['（', '(']);
/** A verb of saying or requiring before a quote, whom it tells maybe: 提出, 要求我们, 強調, 要做到“一要…, 方案提出的“第一，…. */
const SAYING_BEFORE = /(?:提出|要求|强调|強調|指出|表示|提到|明确|明確|指示|做到)(?:的|我们|我們|大家)?$/;
const SAYING_SPAN = 6;
/** Indentation as pages write it: spaces, ideographic and no-break spaces, &ensp; &emsp; &thinsp;, zero-width ones. */
const SPACES = ' \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff';
/** One character of SPACES, in a pattern. */
const INDENT = `[${SPACES}]`;
const ATTACHMENTS = new RegExp(`^${INDENT}*(?:附件|附表|相關附件|相关附件|相關檔案|相关档案|附加檔案|附加档案|相關下載|相关下载|Annex|Attachment|參考資料|参考资料|參考文獻|参考文献|References|法規沿革|法规沿革|沿革|名词解释|名詞解釋|(?:註釋|注释|註|注|備註|备注)${INDENT}*[:：]?${INDENT}*$|(?:附注|附註)${INDENT}*[:：]${INDENT}*$|(?:註|注|備註|备注)${INDENT}*[:：]${INDENT}*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）]|[\u2460-\u2469]))`, 'i');

function classify(m: RegExpExecArray): { style: Style; n: number | null } {
  if (m[1]) return { style: 'formal', n: parseChineseNumeral(m[1]) };
  if (m[2]) return { style: 'cn', n: parseChineseNumeral(m[2]) };
  if (m[3]) return { style: 'cn-paren', n: parseChineseNumeral(m[3]) };
  if (m[4]) return { style: 'ar', n: parseArabic(m[4]) };
  if (m[5]) return { style: 'ar-paren', n: parseArabic(m[5]) };
  if (m[6]) {
    const code = m[6].charCodeAt(0);
    if (code >= BLACK_CIRCLED_ONE) return { style: 'circled', n: code - BLACK_CIRCLED_ONE + 1 };
    if (code >= DIGIT_STOP_ONE) return { style: 'ar-stop', n: code - DIGIT_STOP_ONE + 1 };
    return code >= PAREN_DIGIT_ONE ? { style: 'ar-paren', n: code - PAREN_DIGIT_ONE + 1 } : { style: 'circled', n: code - 0x2460 + 1 };
  }
  if (m[7]) return { style: 'inline', n: parseChineseNumeral(m[7]) };
  // (其一 is a family of its own: 第三，…。其一，…；其二，… counts within 第三.)
  if (m[8]) return { style: m[0].startsWith('其') ? 'ordinal-qi' : 'ordinal', n: parseChineseNumeral(m[8]) };
  if (m[9]) return { style: 'roman-paren', n: ROMAN.indexOf(m[9]) + 1 };
  if (m[11]) return { style: 'ar-half', n: parseArabic(m[11]) };
  if (m[12]) return { style: 'cn-paren', n: m[12].charCodeAt(0) - PAREN_IDEOGRAPH_ONE + 1 };
  if (m[13]) return { style: 'ar-decimal', n: parseArabic(m[13]) };
  if (m[14]) return { style: 'ar-decimal3', n: parseArabic(m[14]) };
  if (m[15]) return { style: 'stem', n: STEMS.indexOf(m[15]) + 1 };
  if (m[16]) return { style: 'latin-upper', n: m[16].charCodeAt(0) - 0x40 };
  if (m[17]) return { style: 'latin-half', n: m[17].charCodeAt(0) - 0x60 };
  return { style: 'latin-paren', n: m[10].charCodeAt(0) - 0x60 };
}
const PAREN_DIGIT_ONE = 0x2474;
const PAREN_IDEOGRAPH_ONE = 0x3220;
const BLACK_CIRCLED_ONE = 0x2776;
const DIGIT_STOP_ONE = 0x2488;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

const INLINE_STYLES = new Set<Style>(['inline', 'inline-nested', 'ordinal', 'ordinal-qi']);
/** Styles that number only lines: 甲、乙双方 and A、B两类 in a sentence name parties and classes. */
const LINE_STYLES = new Set<Style>(['stem', 'latin-upper']);

/** Spaces a marker's line may open with: an old template's markup indents its text by a dozen and more. */
const MAX_INDENT = 40;

/** The character before `at`, skipping a few spaces and decorations; '\n' at the start of the text. */
function boundaryBefore(text: string, at: number): string {
  let i = at - 1;
  for (let k = 0; i >= 0 && k < MAX_INDENT && (SPACES.includes(text[i]) || isDecoration(text.charCodeAt(i))); k++) i--;
  if (i < 0) return '\n';
  // (A label that opens the line stands for it: 【原文】一、总体目标 as 【解读】 does for its prose.)
  if (text[i] === '】') {
    const from = Math.max(0, i - LINE_LABEL_SPAN);
    const label = LINE_LABEL.exec(text.slice(from, i + 1));
    if (label && (label[0][0] === '\n' || from === 0)) return '\n';
  }
  return text[i];
}
/** A bracketed label alone before a marker at the start of its line: 【原文】. */
const LINE_LABEL = /(?:^|\n)[ \t\u3000\u00a0]*【[\u4e00-\u9fff]{1,6}】$/;
const LINE_LABEL_SPAN = 24;

/**
 * An emoji or a symbol that WeChat articles put before a heading (🌱 一、, ▶ 二、, ▍一、): surrogate
 * halves (emoji), variation selectors, arrows, block elements, geometric shapes, dingbats and misc symbols.
 */
function isDecoration(code: number): boolean {
  return (
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2580 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff) ||
    code === 0x200d
  );
}

/**
 * Attachment lists and annexes, from one pass over the lines: the ranges of attachment lists
 * (附件：1. … 2. …: the 附件 paragraph and the numbered lines after it), and where each annex
 * heading, a regulation's article or a reply starts (附件1, 附件 2, 附件 on a line of its own; 第二條;
 * 回复机构：…).
 */
function attachments(text: string, title = ''): { zones: Array<[number, number]>; annexes: number[] } {
  const zones: Array<[number, number]> = [];
  const annexes: number[] = [];
  let lineStart = 0;
  let zoneStart = -1;
  let inlineNote = false;
  let previousRow = false;
  const bulletin = BULLETIN_TITLE.test(title);
  while (lineStart <= text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 12));
    // (The whole line is read only where its head could open one: spaces, then 附 or nothing yet.)
    const annex =
      (ANNEX_HEAD.test(line) && ANNEX_LINE.test(text.slice(lineStart, lineEnd))) ||
      (ARTICLE_HEAD.test(line) && (ARTICLE_LINE.test(text.slice(lineStart, lineEnd)) || ARTICLE_OPENING.test(line))) ||
      REPLY_LINE.test(line) ||
      (lineEnd - lineStart <= REPLY_HEADING_MAX && REPLY_HEADING.test(text.slice(lineStart, lineEnd)));
    // (So does one run into the annex's title and text, as a PDF's lines are joined: 附件1南平市科协…工作要点2026年，…。, its
    // number left out maybe, 附件临海市科协2026年工作要点2026年是…。; or
    // one with its title after a space: 附件1　　河北省科普示范基地认定条件 / 1．….)
    const runOn = !annex && ANNEX_HEAD.test(line) && ANNEX_RUN_ON.test(text.slice(lineStart, lineEnd));
    if (annex || runOn) annexes.push(lineStart);
    // (A copied table's row, its cells parted by tabs, is no item: 四、结转下年度继续办理	0	0….)
    // (Nor a group's label between its rows: …	0 / （六）其他处理 / 1.申请人无正当理由…	0.)
    const row = isTableRow(text, lineStart, lineEnd);
    // (Not a section's heading between two tables, the next one's header row under it: 四、政府信息公开行政复议、行政诉讼情况 /
    // 行政复议	行政诉讼.)
    if (row || (previousRow && lineEnd < text.length && isTableRow(text, lineEnd + 1, lineEndAt(text, lineEnd + 1)) && LIST_LINE.test(text.slice(lineEnd + 1, lineEnd + 13)))) zones.push([lineStart, lineEnd]);
    previousRow = row;
    // (Nor a row of the national template's table of requests, however its cells are laid out: 一、本年新收政府信息公开申请数量3.)
    if (!row && DISCLOSURE_ROW.test(text.slice(lineStart, Math.min(lineEnd, lineStart + DISCLOSURE_ROW_SPAN)))) zones.push([lineStart, lineEnd]);
    // (A heading a slide or a page repeats, 一、2029年工作回顾（续）, opens no new item.)
    if (isClosingBracket(text.charCodeAt(lineEnd - 1)) && CONTINUED_HEADING.test(text.slice(Math.max(lineStart, lineEnd - 4), lineEnd))) zones.push([lineStart, lineEnd]);
    // (A circular's distribution note, [註：本通告應交 — / (a) 各官立… / (b) 各組主管 — 備考], lists
    // readers, no items: to its closing bracket, within a few lines.)
    if (DISTRIBUTION_NOTE.test(line)) {
      const close = text.slice(lineStart, lineStart + DISTRIBUTION_NOTE_SPAN).search(NOTE_CLOSE);
      if (close > 0) zones.push([lineStart, lineStart + close]);
    }
    // (附件 on a line of its own heads the annex itself, unless a list of attachments follows it.)
    // (Nor are a form's remarks, 備註： / 一、本屆科展預計…, a meeting notice's own items.)
    const remarks = REMARKS_LINE.test(text.slice(lineStart, lineEnd)) && REMARK_ITEM.test(text.slice(lineEnd + 1, lineEnd + 8));
    // (A statistical bulletin's notes under 说明：, 说明：1.本公报数据为…, are no items; a letter's or minutes' 說明 holds them.)
    const notes = bulletin && NOTES_LINE.test(text.slice(lineStart, lineEnd));
    if ((ATTACHMENTS.test(line) || notes) && !remarks && !runOn && (!annex || LIST_LINE.test(text.slice(lineEnd + 1, lineEnd + 13)))) {
      if (zoneStart < 0) zoneStart = lineStart;
      inlineNote = INLINE_NOTE.test(text.slice(lineStart, lineEnd));
    } else if (zoneStart >= 0 && line.trim() !== '' && (!LIST_LINE.test(line) || (inlineNote && SECTION_LINE.test(line)))) {
      // (A note whose items run on its own line, 注：1.…2.…, ends there: the body's next section, 四、下一步工作, goes on.)
      zones.push([zoneStart, lineStart]);
      zoneStart = -1;
    }
    // (Or run on to a contact line, as a PDF's lines are joined: 联系人：吴佳琪　电话：0571-85178026附件：1.… / 2.….)
    if (zoneStart < 0 && CONTACT_HEAD.test(line)) {
      const annexAt = CONTACT_THEN_ANNEX.exec(text.slice(lineStart, lineEnd));
      if (annexAt) zoneStart = lineStart + annexAt.index + annexAt[0].length - annexAt[1].length;
    }
    // (A table of contents names each part by its paragraphs: 一、引言（第1至8段）.)
    if (zoneStart < 0 && text.charCodeAt(lineEnd - 2) === SECTION_MARK && TOC_ENTRY.test(text.slice(lineStart, lineEnd))) zones.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  if (zoneStart >= 0) zones.push([zoneStart, text.length]);
  return { zones: zones.sort((a, b) => a[0] - b[0]), annexes };
}
const SECTION_MARK = '段'.charCodeAt(0);
const CONTACT_HEAD = new RegExp(`^${INDENT}*(?:联系人|聯繫人|聯絡人|联络人)`);
const CONTACT_THEN_ANNEX = /(?:电话|電話)[:：]?[\d\s\u3000()（）-]{6,24}((?:附件|附表)[:：])/;
const INLINE_NOTE = new RegExp(`^${INDENT}*(?:註|注|備註|备注)${INDENT}*[:：]${INDENT}*[0-9０-９]{1,2}[.．、][^\n]{4,}[0-9０-９]{1,2}[.．、]`);
/** A report's notes' heading, alone or run into its first note: 说明：, 說明：1.本通報所稱…. */
const NOTES_LINE = new RegExp(`^${INDENT}*(?:说明|說明)${INDENT}*[:：]${INDENT}*(?:$|[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）])`);
/** A statistical bulletin's title, whose notes under 说明： are no items: …统计公报, …年报情况的通报, 統計通報, or a notice forwarding one: 关于转发《…的通报》的通知. */
const BULLETIN_TITLE = /(?:公报|公報|通报|通報)(?:》的?通知)?$/;
const SECTION_LINE = new RegExp(`^${INDENT}*[一二三四五六七八九十]{1,3}、`);
const REMARKS_LINE = new RegExp(`^${INDENT}*(?:備註|备注)${INDENT}*[:：]?${INDENT}*$`);
const REMARK_ITEM = new RegExp(`^${INDENT}*一[、．.]`);
const ANNEX_LINE = new RegExp(`^${INDENT}*(?:附件|附表)${INDENT}*[0-9０-９一二三四五六七八九十]{0,2}${INDENT}*$`);
const ANNEX_RUN_ON = new RegExp(`^${INDENT}*(?:附件|附表)(?:[0-9０-９]{1,2}(?:[\\u4e00-\\u9fff][^\\n]*。|[ \\u3000]+[\\u4e00-\\u9fff][^\\n。]{2,40}$)|(?=[\\u4e00-\\u9fff])[^\\n：:]*。)`);
const ANNEX_HEAD = new RegExp(`^${INDENT}*(?:附|$)`);
/**
 * A regulation's article heading on a line of its own (第二條, 第二條　資助範圍): its paragraphs and
 * items number afresh, as an annex's do.
 */
const ARTICLE_LINE = new RegExp(`^${INDENT}*第[一二三四五六七八九十百零〇0-9]{1,5}[條条]${INDENT}*(?:[\\u4e00-\\u9fff]{1,12}${INDENT}*)?$`);
const ARTICLE_HEAD = new RegExp(`^${INDENT}*第`);
/** (Or opening its paragraph, a space after it: 第七条　县科协对…实行动态管理：一是…；二是….) */
const ARTICLE_OPENING = new RegExp(`^${INDENT}*第[一二三四五六七八九十百零〇0-9]{1,5}[條条][ \u3000]+[\u4e00-\u9fff]`);
/** A reply under the question it answers (回复机构：…, 答覆：): its items number afresh. */
// (Or a council's record: 答復內容：.)
const REPLY_LINE = new RegExp(`^${INDENT}*(?:回复机构|回覆機構|答复单位|答覆單位|(?:答复|答覆|答復|回复|回覆)(?:內容|内容)?)${INDENT}*[:：]`);
/** Where the line holding `at` ends: its newline, or the text's end. */
const lineEndAt = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};
const CONTINUED_HEADING = /[（(](?:续|續)[)）]$/;
const isClosingBracket = (code: number) => code === 0xff09 || code === 0x29;

/** A row label of the 政府信息公开工作年度报告 template's table of requests, its number before it. */
const DISCLOSURE_ROW = /^[\s\u3000]*[一二三四五六七八九十]、[\s\u3000]*(?:本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|本年度办理结果|结转下年度继续办理|本年新收政府資訊公開申請數量|上年結轉政府資訊公開申請數量|本年度辦理結果|結轉下年度繼續辦理)/;
/** How far into a line the template's row label is read (its number, its label). */
const DISCLOSURE_ROW_SPAN = 24;
/** Whether the line [start, end) holds three cells or more, parted by tabs. */
function isTableRow(text: string, start: number, end: number): boolean {
  // (Tabs that indent the line are no cells: \t(a)\t巡查… is a lettered item, as a paper's text copy prints it.)
  let i = start;
  while (i < end && SPACES.includes(text[i])) i++;
  let tabs = 0;
  for (; i < end && tabs < 2; i++) if (text.charCodeAt(i) === TAB) tabs++;
  return tabs >= 2;
}
const TAB = 9;
const DISTRIBUTION_NOTE = new RegExp(`^${INDENT}*[\\[［〔](?:註|注)[:：]`);
const NOTE_CLOSE = /[\]］〕][\s\u3000]*(?:\n|$)/;
const DISTRIBUTION_NOTE_SPAN = 400;
/** Or a reply's heading of its own under the question (社會福利署的書面回覆). */
// (Or the reply to a legislator's written inquiry, under the inquiry on the same page: 對白德禮議員書面質詢的答覆.)
const REPLY_HEADING = new RegExp(`^${INDENT}*[\\u4e00-\\u9fff]{2,20}(?:的)?(?:書面|书面)(?:質詢|质询)?(?:的)?(?:回覆|回复|答覆|答复)${INDENT}*$`);
const REPLY_HEADING_MAX = 30;
/** A line of an attachment list: 1. …, （二）… */
const LIST_LINE = new RegExp(`^${INDENT}*(?:[\\u2460-\\u2469]|[0-9]{1,2}(?:[、．.)）]|${INDENT}|$)|[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、．.])`);

function candidates(text: string, zones: Array<[number, number]>, { runTogether = false }: TaskOptions, excerpt: boolean): Candidate[] {
  let zone = 0;
  let lastLetter = 0;
  let romanRun = false;
  const out: Candidate[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const start = m.index;
    let { style, n } = classify(m);
    // (i), (v), (x) go on a run of letters that has reached (h), (u), (w).
    if (style === 'roman-paren' && m[9].length === 1 && lastLetter === m[9].charCodeAt(0) - 0x61) {
      style = 'latin-paren';
      n = lastLetter + 1;
    }
    if (style === 'latin-paren' && n !== null) lastLetter = n;
    // (A bilingual page's English or Portuguese lines number their items too: (i) Holding a valid…,
    // 1. O montante máximo…, 1) $ 56 000 000,00: no Chinese text, no task of the page's.)
    // (Not a Chinese numeral's item: （四）Rui Manuel da Silva； in a list of members is one of them.)
    if (!hasHan(m[0]) && !hasHan(text.slice(m.index + m[0].length, m.index + m[0].length + (style === 'roman-paren' ? 6 : LATIN_ITEM_SPAN)))) continue;
    // (A quoted speaker's run opens inside the quote: …有三方面的優勢：「第一，…；第二，….)
    const outside = OPEN_QUOTES.has(text[start - 1]) && !LINE_STYLES.has(style) ? boundaryBefore(text, start - 1) : '';
    // (Or one a verb of saying quotes: 明确提出“一是要…，二是要…”, 要求我们“一要…，二要….)
    const quoted = outside !== '' && SAYING_BEFORE.test(text.slice(Math.max(0, start - SAYING_SPAN), start - 1));
    const before = SENTENCE_END.has(outside) ? outside : quoted ? '：' : boundaryBefore(text, start);
    // Inline and bracketed items may follow a comma (一是…，二是…; 分为(一)…、(二)…).
    // (…；及（三）推出…, …；以及（三）與…: the last of a list joined by 及.)
    // (Hong Kong's releases space their lettered items: …；及 (c) 研究….)
    const gap = SPACES.includes(text[start - 1]) ? 1 : 0;
    const and = before === '及' && text[start - 2 - gap] === '以' ? 2 : 1;
    const afterAnd = (before === '及' || before === '和') && (SENTENCE_END.has(text[start - 1 - gap - and]) || CLAUSE_END.has(text[start - 1 - gap - and]));
    // (Circled numerals mark nothing else, so a space may part their items: ①機器視覺質檢 ②預測性維護.)
    // (So may two spaces part a line of short Arabic items, as a text version of a graphic prints
    // them: 1.加强党建引领  2.强化考核督导  3.优化经费保障.)
    const spaced = (style === 'circled' && SPACES.includes(text[start - 1])) || (SPACED_STYLES.has(style) && n !== null && n > 1 && WIDE_GAP.test(text.slice(Math.max(0, start - 3), start)));
    const wordBefore = text.slice(start - 2, start);
    // (A reply's roman items run on in its sentence too: 當中訂明（i）…；（ii）…；及（iii）….)
    // (包括：(i)…: the introducing word may take a colon.)
    // (Or 以及: …的情況，以及(i)整體回應率和(ii)以電子方式回應的住戶比例.)
    // (Or a comma: 鑑於…數據中心，(i)該數據中心的預計落成時間…，(ii)….)
    // (Or 按: 并按(i)充电器类别及(ii)营运者列出.)
    if (style === 'roman-paren' && n === 1) romanRun = INTRODUCERS.has(wordBefore) || wordBefore === '以及' || text[start - 1] === '按' || CLAUSE_END.has(text[start - 1]) || (COLONS.has(text[start - 1]) && INTRODUCERS.has(text.slice(start - 3, start - 1)));
    const inRomanRun = style === 'roman-paren' && romanRun;
    const bracketed = BRACKETED.has(style) || inRomanRun;
    // (A question's lettered parts run on in its sentence too: …；及(c)當局有否….)
    // (So do a roman run's, joined by 和 alone: (i)整體回應率和(ii)….)
    // (Short inline items may be parted by 、 alone: 一要尊重青年、二要信任青年、三要成就青年; not the
    // saying 一是一、二是二.)
    // (Nor anything else, so a comma or 、 may part them in a sentence: 分为①自主命题讲解、②随机命题讲解.)
    const circledRun = style === 'circled' && (CLAUSE_END.has(before) || (before === '、' && n !== null && n > 1));
    const listed = spaced || circledRun || (INLINE_STYLES.has(style) && (CLAUSE_END.has(before) || (style === 'inline' && before === '、' && n !== null && n > 1 && !CN_DIGIT.test(text[start - 2] ?? '')))) || (bracketed && (CLAUSE_END.has(before) || before === '、' || afterAnd)) || (style === 'latin-paren' && afterAnd) || (inRomanRun && n !== null && n > 1 && ROMAN_JOINS.has(before));
    // (甲、乙双方 in a sentence is the parties: a stem numbers only a line.)
    // (An excerpt's omission mark parts items too: ……三是科技成果转化提速.)
    // (A presentation's slides, run together by a sharing site, part their lines by one space: 科普工作亮点纷呈 1.科普活动：…
    // 2.科普阵地：…, 存在的问题 一是…; a space in Chinese prose stands for a line break there.)
    const slideBreak = runTogether && text[start - 1] === ' ' && text[start - 2] !== ' ' && (style === 'cn' || style === 'inline' || (style === 'ar' && hasHan(text[start + m[0].length] ?? '')));
    const atBoundary = before === '\n' || slideBreak || (!LINE_STYLES.has(style) && (SENTENCE_END.has(before) || listed || (excerpt && before === '…')));
    while (zone < zones.length && zones[zone][1] <= start) zone++;
    const inAttachments = zone < zones.length && zones[zone][0] <= start;
    // A bracketed item after its heading on text run together, or after a word that introduces a
    // list (主要成果包括(一)…；(二)…): kept only as the start of a sequence that goes on at boundaries.
    // (Or a copula: 三大亮點為（1）…；（2）….)
    const introduced = n === 1 && (INTRODUCERS.has(wordBefore) || (BRACKETED.has(style) && COPULAS.has(before)) || inRomanRun);
    // An inline item 1 that a sentence runs into (科协系统一要…，二要…; 我们一是…；二是…): kept
    // only as the start of a sequence that goes on at boundaries.
    const runInto =
      style === 'inline' && n === 1 && (!WORD_BEFORE_ONE.has(before) || SYSTEM.has(wordBefore));
    // (Or one a round bracket opens, its run a sentence's aside: 着力在两个方面取得突破（一是…；二是…）, 分三梯次辦理（(1)國小組：…；(2)…）.)
    const bracketOpens = (INLINE_STYLES.has(style) || BRACKETED.has(style)) && n === 1 && OPEN_ROUND.has(text[start - 1]);
    // On text run together, 1、 may follow its heading directly too (（一）实施提升行动1、推进…);
    // its later items stand at boundaries (共有3、4家 is a count).
    const comma = text[start + m[0].length - 1] === '、';
    // (Or 1. before a Chinese word, which no decimal is: 二、工作目标1.到2030年底….)
    const dotBeforeHan = text[start + m[0].length - 1] === '.' && hasHan(text[start + m[0].length] ?? '');
    const runOn = runTogether && style === 'ar' && n === 1 && (comma || dotBeforeHan);
    // (…and 二、 may follow the closing quote of 一、's text: 一、活动主题“…”二、活动时间.)
    const afterQuote = runTogether && style === 'cn' && CLOSE_QUOTES.has(before);
    // (…and its first item after a word and a space, or a comma: 土拓署下一步會 (a) 於今年第三季…；(b)…,
    // 擴大計劃涵蓋範圍，(a) 將血脂異常納入篩查項目；(b)….)
    // (…or after a word that introduces them: 以三個方向推動服務轉型，即(a)…；(b)….)
    const letterRunsIn = style === 'latin-paren' && n === 1 && ((gap === 1 && hasHan(text[start - 2])) || CLAUSE_END.has(before) || INTRODUCERS.has(wordBefore) || COPULAS.has(before));
    // (…and its first item run into the sentence, kept only if its second follows at a boundary: 比赛分为①….)
    const circledInto = style === 'circled' && n === 1 && hasHan(before);
    const loose =
      !atBoundary && (afterQuote || letterRunsIn || bracketOpens || (hasHan(before) && (((bracketed || runOn) && (!CITES.has(before) || inRomanRun) && (runTogether || introduced)) || runInto || circledInto)));
    // (A paragraph number within a section, 2.1, opens its line.)
    if ((atBoundary || loose) && n !== null && n > 0 && !inAttachments && (!DECIMAL_STYLES.has(style) || before === '\n')) {
      const paragraph = style === 'ar' && before === '\n' && !comma;
      const heading = style === 'cn' && before === '\n' && isHeadingLine(text, start + m[0].length);
      let markerEnd = start + m[0].length;
      let through: number | undefined;
      // (A reply answers two lettered parts at once too: (a)及(b), or a span of them: (a)至(c).)
      const joined = BRACKETED.has(style) || style === 'latin-paren' ? JOINED_ITEM.exec(text.slice(markerEnd, markerEnd + 8)) : null;
      if (joined) {
        const t = style === 'cn-paren' ? parseChineseNumeral(joined[2]) : style === 'latin-paren' ? joined[2].charCodeAt(0) - 0x60 : Number(joined[2]);
        if (t !== null && (joined[1] ? t === n + 1 : t > n + 1 && t <= n + JOINED_SPAN)) {
          through = t;
          markerEnd += joined[0].length;
        }
      }
      out.push({ style, n, start, markerEnd, ...(loose ? { loose } : {}), ...(paragraph ? { paragraph } : {}), ...(through ? { through } : {}), ...(heading ? { heading } : {}) });
    } else {
      // Re-scan from the next character: 十一是 must still find 一是 if 十 was not an item.
      MARKER.lastIndex = start + 1;
    }
  }
  return out;
}

/** For each marker, the index of the next marker of its style, or -1 (one pass from the end: a page may have tens of thousands). */
function nextOfStyle(found: Candidate[]): Int32Array {
  const next = new Int32Array(found.length);
  const seen = new Map<Style, number>();
  for (let k = found.length - 1; k >= 0; k--) {
    next[k] = seen.get(found[k].style) ?? -1;
    seen.set(found[k].style, k);
  }
  return next;
}

/** How far into an item a Chinese character must come (a date, 2029年, or a figure, 1200P算力, may open it). */
const LATIN_ITEM_SPAN = 16;

/** Keep only markers that belong to a sequence 1, 2, 3… of their style (at least two items). */
function sequences(found: Candidate[], text: string, excerpt: boolean, laterPage = false): Candidate[] {
  // Per style, the runs open now: an inline run started inside an item of another (三要…：一是…；
  // 二是…) is that item's detail, and the outer run goes on after it (四要…).
  const runs = new Map<Style, Candidate[][]>();
  const kept: Candidate[][] = [];
  const nested = new Set<Candidate[]>();
  let lone: Candidate | undefined;
  const nextIndex = nextOfStyle(found);
  /** How many of the first items are of the first one's style: a later page's first run. */
  let leadingRun = 0;
  while (leadingRun < found.length && found[leadingRun].style === found[0].style) leadingRun++;
  const next = (k: number): Candidate | undefined => found[nextIndex[k]];
  /** Whether the next marker of `found[k]`'s style is its item 2, at a boundary. */
  const secondFollows = (k: number) => next(k)?.n === 2 && !next(k)?.loose;
  /** Whether `found[k]` opens a paragraph numbered on (180.), the next two of its style following (181. 182.). */
  const paragraphsOnFrom = (k: number): boolean => {
    const c = found[k];
    const following = next(k);
    return c !== undefined && c.paragraph === true && c.n >= 2 && following?.n === c.n + 1 && following.paragraph === true && next(nextIndex[k])?.n === c.n + 2;
  };
  // An excerpt keeps its document's numbers, gaps and all (（二）… / 88. 89. / （四）… / 95.): there
  // an item that opens its line, or follows its omission mark (……三是), goes on its run past a gap,
  // or starts one past the first.
  found.forEach((c, k) => {
    const open = runs.get(c.style) ?? [];
    const run = open[open.length - 1];
    // (Or, on a later page, an inline run's item in its first paragraph: …合作意向23项。三是…; or the page's first run's,
    // whatever its style: …重点实验室10个；③推动…, …提档升级60个；（3）推动….)
    const gapped = excerpt && c.n !== null && c.n >= 2 && !c.loose && (boundaryBefore(text, c.start) === '\n' || text[c.start - 1] === '…' || (laterPage && (c.style === 'inline' || k < leadingRun) && goesOnFromBefore(text, c)));
    // A loose marker only starts a sequence whose second item stands at a boundary, or goes on
    // with one: it never interrupts a sequence (参照（一）执行 inside an item (二)).
    if (c.loose && (c.n === 1 ? !secondFollows(k) : (run && lastNumber(run[run.length - 1])) !== c.n - 1)) return;
    // A paper whose first paragraph has no number numbers the others from 2. on, each opening a
    // line: 2. 3. 4. are a list when no 1. came before; so does a chapter printed apart from its
    // document, its paragraphs numbered on from the chapters before (180. 181. 182.).
    const following = next(k);
    // (Or a middle page of a split article, its sections numbered on: 九、科学技术和教育 / 十、文化旅游….)
    // (Their headings may hold a comma: 三、聚焦基层末梢，打通服务群众最后一公里 / … / 四、强化组织保障，凝聚工作合力.)
    const numberedOn = !run && (paragraphsOnFrom(k) || (c.n !== null && c.n >= 2 && following?.n === c.n + 1 && sectionLine(text, c) && sectionLine(text, following)));
    // (Or a section page's own heading over them, alone: （四）推動綠色低碳發展 / 180. …, the page's first marker.)
    // (Or a chapter printed apart from its report, its sections' headings under it: 二、促進經濟適度多元發展 /
    // （一）加快培育科技創新產業; not a list's last section, 四、有关要求 / （一）严格推荐，….)
    // (Or a page that says it goes on from another, （上接第一部分）, its first section under it: 三、突出重点，… / （一）….)
    const sectionHead =
      k === 0 &&
      c.n !== null &&
      c.n >= 2 &&
      ((opensPage(text, c) && isHeadingLine(text, c.markerEnd) && (paragraphsOnFrom(1) || (ranksBelow(found[1], c) && isHeadingLine(text, found[1].markerEnd)))) ||
        (CONTINUED.test(text.slice(Math.max(0, c.start - CONTINUED_SPAN), c.start)) && ranksBelow(found[1], c)));
    if (sectionHead) lone = c;
    if (c.n === 1 || numberedOn || sectionHead || (gapped && !run)) {
      const fresh = [c];
      const within = c.style === 'inline' && run !== undefined && open.length === 1 && withinItem(text, run[run.length - 1], c);
      if (within) nested.add(fresh);
      runs.set(c.style, within ? [...open, fresh] : [fresh]);
      kept.push(fresh);
    } else if (run && !outerGoesOn(text, open, c) && (lastNumber(run[run.length - 1]) === c.n - 1 || (gapped && c.n > lastNumber(run[run.length - 1])!))) {
      run.push(c);
    } else if (open.length > 1 && lastNumber(open[0][open[0].length - 1]) === c.n - 1) {
      open[0].push(c);
      runs.set(c.style, [open[0]]);
    }
  });
  for (const run of nested) if (run.length >= 2) for (const c of run) c.style = 'inline-nested';
  // (A section may hold a single paragraph, 1.1, where the paper numbers its paragraphs so throughout.)
  const decimalPaper = found.filter((c) => DECIMAL_STYLES.has(c.style)).length >= DECIMAL_PAPER_PARAGRAPHS;
  // (A section may hold a single item of a style the document lists elsewhere: 三、改善校園環境 /
  // （一）完成老舊校舍耐震補強 under sections with （一）（二）.)
  const listed = new Set(kept.filter((run) => run.length >= 2).map((run) => run[0].style));
  // (Not a file under a numbered 附件 heading, 十、附件 / 1.招标文件.pdf.)
  const single = (c: Candidate) =>
    c.n === 1 && !c.loose && listed.has(c.style) && !INLINE_STYLES.has(c.style) && boundaryBefore(text, c.start) === '\n' && !ANNEX_ABOVE.test(text.slice(Math.max(0, c.start - ANNEX_ABOVE_SPAN), c.start));
  // (On a later page of a split article, an item going on from the page before may stand alone: 二、2026年工作安排 /
  // （一）… under （上接…）, …三是科技志愿服务扎实开展 over 二、存在的问题.)
  const orphans = laterPage ? orphanItems(found, text) : new Set<Candidate>();
  return kept
    .filter((run) => run.length >= 2 || run[0] === lone || single(run[0]) || orphans.has(run[0]) || (decimalPaper && DECIMAL_STYLES.has(run[0].style)))
    .flat()
    .sort((a, b) => a.start - b.start);
}

/**
 * Whether the text's first item is numbered past one and opens its line, the next going on from it, opening a
 * list under it or going on with a section above it: a page that goes on from another (四、工作要求 / （一）…), not a
 * sharing site's numbered notice (2、本文档内容版权归属… / 一、…).
 */
function opensOnLaterItem(found: Candidate[], text: string): boolean {
  const [first, second] = found;
  if (first === undefined || !goesOnFromBefore(text, first) || second === undefined || second.n === null) return false;
  // (Or the section it stood in going on too, after it or after its run: （四）开展科技志愿服务 / 四、工作要求, （四）… /
  // （五）… / 二、….)
  let k = 1;
  while (k < found.length && found[k].style === first.style && found[k].n === found[k - 1].n! + 1) k++;
  const section = found[k];
  const sectionGoesOn = section !== undefined && section.n !== null && section.n >= 2 && (RANK.get(section.style) ?? 99) < (RANK.get(first.style) ?? -1);
  // (Or its own run going on, each item opening on its heading, 科普阵地提质扩面。…; not numbered sentences,
  // 九、全年科技投入持续增长，推进建设。)
  // (An inline run's items are sentences: 三是深化科普阵地建设，… / 四是做优品牌活动，….)
  const runGoesOn = second.style === first.style && second.n === first.n! + 1 && (first.style === 'inline' || (leadPhrase(text, first) && leadPhrase(text, second)));
  return runGoesOn || ranksBelow(second, first) || sectionGoesOn;
}

/** Whether an item opens on a heading of its own: a few words, no comma, before its first stop or its line's end. */
function leadPhrase(text: string, c: Candidate): boolean {
  const line = text.slice(c.markerEnd, lineEndAt(text, c.markerEnd));
  const stop = line.search(LEAD_STOPS);
  const lead = stop < 0 ? line : line.slice(0, stop);
  return lead.trim().length > 0 && lead.length <= LEAD_CHARS && !LEAD_COMMAS.test(lead);
}
const LEAD_STOPS = /[。：:；;]/;
const LEAD_COMMAS = /[，,、]/;
const LEAD_CHARS = 16;

/** The items that go on from a page before: each style's first, numbered past 1, opening its line. */
function orphanItems(found: Candidate[], text: string): Set<Candidate> {
  const orphans = new Set<Candidate>();
  const seen = new Set<Style>();
  for (const c of found) {
    if (seen.has(c.style)) continue;
    seen.add(c.style);
    if (goesOnFromBefore(text, c)) orphans.add(c);
  }
  return orphans;
}

/**
 * Whether `c` could go on from a page before: numbered past one, opening its line, or a sentence of the text's first
 * paragraph, which goes on from the page before's (…现场促成合作意向23项。三是突出青年人才培养，….).
 */
function goesOnFromBefore(text: string, c: Candidate): boolean {
  if (c.n === null || c.n < 2 || c.loose) return false;
  const before = boundaryBefore(text, c.start);
  return before === '\n' || (SENTENCE_STOPS.has(before) && !text.slice(0, c.start).includes('\n'));
}
const SENTENCE_STOPS = new Set(['。', '；', '！', '？']);

/** The end of a numbered annex heading just above an item: 十、附件 / 1.招标文件.pdf. */
const ANNEX_ABOVE = /(?:附件|附表)[\s\u3000]*[:：]?[\s\u3000]*$/;
const ANNEX_ABOVE_SPAN = 12;

/** Whether `sub` opens a list of a style ranked below `head`'s: （一） under 二、. */
function ranksBelow(sub: Candidate | undefined, head: Candidate): boolean {
  return sub !== undefined && sub.n === 1 && (RANK.get(sub.style) ?? -1) > (RANK.get(head.style) ?? 99);
}

/** Where a page says it is an excerpt: 段落摘錄, 科技创新内容摘编, 2025年工作回顾（摘录）. */
const EXCERPT = /摘錄|摘录|節錄|节录|摘編|摘编/;
const EXCERPT_SPAN = 300;

/** Paragraph numbers within sections: 2.1, and 3.1.1 within those. */
const DECIMAL_STYLES = new Set<Style>(['ar-decimal', 'ar-decimal3']);
/** How documents rank their numbering: 一、 over （一） over 1. over （1）. */
const RANK = new Map<Style, number>([['formal', 0], ['cn', 1], ['cn-paren', 2], ['ar', 3], ['ar-paren', 4]]);
/** How many paragraphs numbered within sections (2.1) make a paper numbered so throughout. */
const DECIMAL_PAPER_PARAGRAPHS = 4;

/** A page's note that it goes on from an earlier one, just before its first section: （上接第一部分）, （接上期）, （续）. */
const CONTINUED = /[（(](?:上接|接上|續|续)[^）)\n]{0,12}[)）][\s\u3000]*$/;
const CONTINUED_SPAN = 24;

/** Whether the text opens on `c`, or on one sentence's last words over it, the end of the page before's: 达到1.26万人，较五年前增长38%。 */
function tailOverItem(text: string, c: Candidate | undefined): boolean {
  if (c === undefined) return false;
  const before = text.slice(0, c.start).trim();
  return before.length === 0 || (!before.includes('\n') && SENTENCE_STOPS.has(before[before.length - 1]));
}

/** Whether `c` opens the text, nothing but space before it. */
function opensPage(text: string, c: Candidate): boolean {
  return text.slice(0, c.start).trim() === '';
}

/**
 * Whether `c` stands in the paragraph of `item`, after a colon that introduces it, in a run of the
 * other word (三要…：一是): 二是…改进措施：一是… starts the same kind of run afresh.
 */
function withinItem(text: string, item: Candidate, c: Candidate): boolean {
  const between = text.slice(item.markerEnd, c.start);
  return runWord(text, item) !== runWord(text, c) && !between.includes('\n') && DETAIL_OPENS.test(between.trimEnd());
}

/**
 * Whether `c` goes on the outer run rather than the detail run inside its item: its word is the
 * outer run's, not the detail's (二要…。一是…；二是…。 / 三要…: the count would allow either).
 */
function outerGoesOn(text: string, open: Candidate[][], c: Candidate): boolean {
  if (open.length < 2) return false;
  const outer = open[0][open[0].length - 1];
  const detail = open[open.length - 1];
  return lastNumber(outer) === c.n! - 1 && runWord(text, outer) === runWord(text, c) && runWord(text, detail[detail.length - 1]) !== runWord(text, c);
}

/** The word of an inline item's marker: 是 of 一是, 要 of 三要, 来 of 一来. */
const runWord = (text: string, c: Candidate) => text[c.markerEnd - 1];
/** How an item opens its detail: a colon, a round bracket (三是推进…（一要…，二要…）), or 具体来讲， (三要…。具体来讲，一是…；二是…). */
const DETAIL_OPENS = /(?:[:：。（(]|(?:具体|具體)(?:来讲|來講|来说|來說|而言)[，,])$/;

/** Whether a section's marker opens a heading of its own line, its clauses parted by a comma at most (一、锚定目标，奋力开创新局面). */
function sectionLine(text: string, c: Candidate): boolean {
  if (c.heading) return true;
  return (c.style === 'cn' || c.style === 'formal') && boundaryBefore(text, c.start) === '\n' && shortLine(text, c.markerEnd, SECTION_LINE_CHARS, CLAUSE_STOPS);
}
const SECTION_LINE_CHARS = 30;
const CLAUSE_STOPS = /[。；;：:！？]/;

/** Whether the line from `at` is a short heading: a few words, no sentence. */
function isHeadingLine(text: string, at: number): boolean {
  return shortLine(text, at, SECTION_HEADING_CHARS, HEADING_STOPS);
}
const SECTION_HEADING_CHARS = 20;
const HEADING_STOPS = /[。；;，,：:！？]/;

/** Whether the line from `at` holds some text, at most `max` characters, and none of `stops`. */
function shortLine(text: string, at: number, max: number, stops: RegExp): boolean {
  const line = text.slice(at, lineEndAt(text, at)).trim();
  return line.length > 0 && line.length <= max && !stops.test(line);
}

/** Every numbered task of `text`, in order. */
export function findTasks(text: string, options: TaskOptions = {}): Task[] {
  const { zones: lists, annexes } = attachments(text, options.title ?? '');
  // Attachment lists and table cells alike hold no items.
  const zones = options.cells?.length ? [...lists, ...options.cells].sort((a, b) => a[0] - b[0]) : lists;
  const marked = options.laterPage === true || EXCERPT.test(text.slice(0, EXCERPT_SPAN)) || EXCERPT.test(options.title ?? '');
  const found = candidates(text, zones, options, marked);
  // (Or a page whose pager a script draws, none in its text, opening on the item or on the page before's last words:
  // 达到1.26万人，较五年前增长38%。 / （四）… / （五）… / 二、….)
  const laterPage = options.laterPage === true || ((options.paged === true || tailOverItem(text, found[0])) && opensOnLaterItem(found, text));
  const excerpt = marked || laterPage;
  const items = sequences(found, text, excerpt, laterPage);
  const tasks: Task[] = [];
  // (A later page's first items stand under the sections the page goes on to, ranked above them: （三）… / 五、… /
  // （一）…, the section of （三） on the page before.)
  const styles: Style[] = laterPage ? ranksAbove(items) : [];
  const open: Array<{ task: Task; textStart: number }> = [];
  let paragraphEnd = -1;

  const close = (entry: { task: Task; textStart: number }, end: number) => {
    let e = end;
    while (e > entry.textStart && /\s/.test(text[e - 1])) e--;
    entry.task.end = e;
    entry.task.text = text.slice(entry.textStart, e).trimStart();
  };

  // An annex (a line of its own: 附件1) is a document of its own: its lists start a new hierarchy.
  /** Styles whose last item opened its line (一是 as a heading); the others' runs stand inside a paragraph. */
  const opened = new Set<Style>(styles);
  let annex = 0;
  // (So does a decorated section heading of a WeChat post, ▍小贴士 …: the lists under it are its own.)
  const sections = sectionHeadings(text);
  let section = 0;
  const lastOf = new Map<Style, Candidate>();
  for (const [k, c] of items.entries()) {
    // (So does a plain heading of its own between the sections, 报名方式 / 1.… after 四、活动内容, where the
    // sections' numbering does not go on after it; one inside a section, its numbering going on, does not.)
    if (c.n === 1 && styles.length && k > 0 && plainHeadingBetween(text, items[k - 1], c)) {
      const top = lastOf.get(styles[0]);
      const goesOn = top !== undefined && items.some((x, j) => j > k && x.style === top.style && x.n === top.n + 1);
      if (!goesOn) styles.length = 0;
    }
    lastOf.set(c.style, c);
    if (annex < annexes.length && annexes[annex] < c.start) {
      while (annex < annexes.length && annexes[annex] < c.start) annex++;
      styles.length = 0;
    }
    if (section < sections.length && sections[section] < c.start) {
      while (section < sections.length && sections[section] < c.start) section++;
      styles.length = 0;
    }
    const newParagraph = c.start > paragraphEnd;
    if (newParagraph) {
      for (const entry of open.splice(0)) close(entry, paragraphEnd);
      paragraphEnd = lineEndAt(text, c.start);
    }
    const opens = boundaryBefore(text, c.start) === '\n';
    // An enumeration run inside a paragraph (…一是…二是…, 答：…（1）…；（2）…) is no parent of what
    // follows its paragraph: （一） after it stands where it would without it, and so does another
    // run (…第一，…第二，) in a later paragraph.
    if (opens || newParagraph) {
      const top = () => styles[styles.length - 1];
      while (styles.length && top() !== c.style && !opened.has(top())) styles.pop();
    }
    // A list that starts again after its parent's item was a sentence of its own and prose
    // followed (三、人才培育：…5,430人次。 / 農業部指出，…目標如下： / （一）…) is a list of its own.
    // It stands where its parent's item stood.
    const last = tasks[tasks.length - 1];
    const seen = styles.indexOf(c.style);
    // (Not a run a later paragraph's sentence introduces, 當中訂明（i）…: it is the item's detail; nor
    // (i) under a reply's (b), however long the answer before it: Hong Kong numbers (a), then (i).)
    // (Nor a run inside a later paragraph's prose under a speech's top section, 第一，要提高政治站位…。
    // alone on its line: 全县…一要…，二要….)
    if (c.n === 1 && last && (seen < 0 || seen >= last.level) && !(c.style === 'roman-paren' && (c.loose || styles.includes('latin-paren'))) && !(c.style === 'inline' && last.level === 1 && styles[0] === 'ordinal' && sectionSentence(text, last)) && runInThenProse(text, last, c.start)) {
      styles.length = Math.min(styles.length, last.level - 1);
    }
    // (A list that opens on a style ranked above the top one so far, 一、 after （一）…（三）, starts
    // the hierarchy afresh: a reply under its question's parts, side by side in a record.)
    if (c.n === 1 && styles.length && !styles.includes(c.style) && (RANK.get(c.style) ?? 99) < (RANK.get(styles[0]) ?? -1)) styles.length = 0;
    // (So does a later page's section going on from the page before over orphans of no rank alone on the stack. A page
    // opening on such orphans has its stack seeded by ranksAbove, 三是… / 二、… reading 三是 under 二、's section; this
    // is left for a stack cleared on the way, by an annex or a heading, before the section comes.)
    if (laterPage && c.n !== null && c.n >= 2 && !styles.includes(c.style) && RANK.has(c.style) && !styles.some((s) => RANK.has(s))) styles.length = 0;
    const depth = styles.indexOf(c.style);
    if (depth >= 0) styles.length = depth + 1;
    else styles.push(c.style);
    if (opens) opened.add(c.style);
    else opened.delete(c.style);
    const level = styles.length;
    while (open.length && open[open.length - 1].task.level >= level) close(open.pop()!, c.start);
    const task: Task = { marker: text.slice(c.start, c.markerEnd), level, text: '', start: c.start, end: c.markerEnd };
    tasks.push(task);
    open.push({ task, textStart: c.markerEnd });
  }
  for (const entry of open) close(entry, paragraphEnd);
  return tasks.map((t, k) => (t.text ? t : withNextParagraph(text, t, tasks[k + 1])));
}

/**
 * The styles ranked above a page's first item that go on from the page before too, highest first: [formal, cn] over
 * （三）… / 二、… / 參、…. (A style the page starts afresh says nothing of the page before, 4． … / 三、… / （一）…
 * reads 4． under 三、 alone, unless the first item's style stands under it again later.)
 */
function ranksAbove(items: Candidate[]): Style[] {
  const first = items[0];
  if (first && first.n !== null && first.n >= 2 && !RANK.has(first.style)) {
    // (An unranked run going on, 二是… / 三是… / （三）… / 二、…, stood in the section before the first ranked one
    // that goes on: under （二） and its sections above.)
    const k = items.findIndex((c) => RANK.has(c.style) && c.n !== null && c.n >= 2);
    return k > 0 ? [...ranksAbove(items.slice(k)), items[k].style] : [];
  }
  const rank = first && first.n !== null && first.n >= 2 ? RANK.get(first.style) : undefined;
  if (rank === undefined) return [];
  const above = new Map<Style, boolean>();
  for (const [k, c] of items.entries()) {
    if ((RANK.get(c.style) ?? 99) >= rank || above.has(c.style)) continue;
    // (5． / 6． / 四、 / （一） / 1．: 5． stood under a （N） too.)
    const nestsFirst = () => items.slice(k + 1).some((x) => x.style === first.style);
    above.set(c.style, (c.n !== null && c.n >= 2) || nestsFirst());
  }
  return [...above].filter(([, goesOn]) => goesOn).map(([style]) => style).sort((a, b) => RANK.get(a)! - RANK.get(b)!);
}

/** Whether a plain heading stands on a line of its own right over `c`, after `previous`'s line: 注意事项, 【报名要求】. */
function plainHeadingBetween(text: string, previous: Candidate, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1);
  if (lineStart <= previous.start) return false;
  const before = text.lastIndexOf('\n', lineStart - 1);
  if (before < previous.start) return false;
  return PLAIN_HEADING.test(text.slice(before + 1, lineStart)) && text.slice(lineStart + 1, c.start).trim() === '';
}
const PLAIN_HEADING = /^[ \u3000]*(?:【[^】\n]{2,12}】|[\u4e00-\u9fff]{2,8})[ \u3000]*$/;

/**
 * Where lines open on a heading's decoration (▍田间课堂, ■ 活动亮点): sections of a post; and on a
 * presentation's part, PART 02 存在的问题 or 02 存在的问题, as a sharing site prints its slides.
 */
function sectionHeadings(text: string): number[] {
  const decorated = DECORATION.test(text) ? [...text.matchAll(DECORATED_HEADING)].map((m) => m.index!) : [];
  const parts = text.includes('PART') || PART_NUMBER_LINE.test(text) ? [...text.matchAll(PART_HEADING)].map((m) => m.index!) : [];
  return parts.length ? [...decorated, ...parts].sort((a, b) => a - b) : decorated;
}
const DECORATION = /[▍▌■█◆]/;
const DECORATED_HEADING = /(?<=^|\n)[ \u3000]*[▍▌■█◆]/g;
// (Or its bare number, a slide's 02 存在的问题.)
const PART_HEADING = /(?<=^|\n)[ \u3000]*(?:PART[ \u3000]*\d{1,2}(?![\d.])|0[1-9][ \u3000]+(?=[\u4e00-\u9fff]))/g;
const PART_NUMBER_LINE = /(?:^|\n)[ \u3000]*0[1-9][ \u3000]+[\u4e00-\u9fff]/;

/** Whether `last` was a whole sentence on its line, and a paragraph without a marker came between it and `next`. */
function runInThenProse(text: string, last: Task, next: number): boolean {
  const lineEnd = text.indexOf('\n', last.start);
  if (lineEnd < 0 || lineEnd >= next) return false;
  const line = text.slice(last.start + last.marker.length, lineEnd).trimEnd();
  if (line.length < RUN_IN_SENTENCE_CHARS || !/[。；;]$/.test(line)) return false;
  // (A bare label between them, 決議：, introduces the item's own list: 一、…請核議案。 / 決議： / （一）通過。)
  const between = text.slice(lineEnd + 1, next).trim();
  return between.length > 0 && !BARE_LABEL.test(between);
}
/**
 * Whether an ordinal item (第一，要…。) heads a section of a speech: one sentence alone on its line,
 * prose after it rather than the next item (第一，… / 第二，… printed together are a list).
 */
function sectionSentence(text: string, item: Task): boolean {
  const lineEnd = text.indexOf('\n', item.start);
  if (lineEnd < 0) return false;
  const line = text.slice(item.start + item.marker.length, lineEnd).trimEnd();
  if (/[。！？；;]/.test(line.slice(0, -1))) return false;
  const lineStart = text.lastIndexOf('\n', item.start) + 1;
  const before = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  return !ORDINAL_LINE.test(text.slice(lineEnd + 1, lineEnd + 8)) && !ORDINAL_LINE.test(before);
}
const ORDINAL_LINE = new RegExp(`^${INDENT}*第[一二三四五六七八九十]{1,3}(?:点|點)?[，,、：:]`);
/** How long an item's line must be to be a sentence of its own, no heading: 企業的澳門居民僱員比例不少於七成。 */
const RUN_IN_SENTENCE_CHARS = 12;
const BARE_LABEL = /^[\u4e00-\u9fff]{1,6}[：:]$/;

/**
 * A marker alone on its line (（二） in a <p> of its own) heads the paragraph after it, unless
 * that paragraph is the next item.
 */
function withNextParagraph(text: string, task: Task, next: Task | undefined): Task {
  const from = text.indexOf('\n', task.start);
  // (Not when the next item is all that follows: 一、 / （一）…; a short line before it is the text: 142. / 我們會： / (a)….)
  if (from < 0 || (next && text.slice(from + 1, next.start).trim() === '')) return task;
  // (The paragraph may hold inline items of its own, 科普惠民扎实推进。…一是…；二是…: it is read up to the first.)
  const end = Math.min(lineEndAt(text, from + 1), next && next.start > from ? next.start : Infinity);
  const body = text.slice(from + 1, end).trim();
  return body ? { ...task, text: body, end: from + 1 + text.slice(from + 1, end).trimEnd().length } : task;
}
