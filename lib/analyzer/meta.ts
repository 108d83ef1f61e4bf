// Page metadata: title, publication date, source, organisation and document number, read from
// the visible header lines first, then from <meta> tags, then from the body (signature block,
// 供稿 credit). All inputs are already free of pinyin residue.
import type { PageMeta } from '../types';
import { hasHan, isHanCode } from '../text/han';
import { BULLETIN_ISSUE, EDITOR_DATE, ISSUE_LINE, letterheadLabel, serialIssuer, type ArticleLayout, type PageBlock } from './body';
import { beijingDayOf, IMAGE_ALTS_TAG, PAGE_URL_TAG } from './dom';
import { statutoryBody, FILE_REFERENCE, LABEL_GLOSS_AFTER, LABEL_GLOSS_CELL, ISSUING_PREFIX, ACCESS_KEY, ACCOUNT_OWNER, APPROVAL_LINE, TITLE_LABEL, CIRCULAR_LINE, ADDRESSEE_LINE, SIGNED_FOR_LINE, ASSOCIATION, LETTERHEAD, BRACKETED_LABEL, CODED_NUMBER_LINE, KIND_WORD_LINE, COPYRIGHT, SERIAL_ALONE, SERIAL_LABEL, SPEAKER_LINE, COUNCIL_PAPER, DOC_NUMBER, ENGLISH_NAME_AFTER, LABELLED_ADDRESS_AFTER, PHONE_LABEL, DOCUMENT_NAME, GAZETTE_NOTICE, isDocNumberLine, isFieldLabel, ISSUED_LINE, LIMITED_COMPANY, OFFICIAL_ACCOUNT_WORDS, PLATFORM_ACCOUNT_SUFFIX, ORDINANCE_LINE, SERVICE_BODIES, speaksAsCompany, STATE_OWNED_ALONE, UNIVERSITY_COPYRIGHT, TITLE_TAG_SEPARATOR, VERIFIED_BADGE, GOVERNMENT_PAGE, FOLLOWERS_LINE, POST_TIME_LINE, DASH_SUBTITLE, publicSchoolName, withoutSupervisor, YEAR_OPENING, YEAR_NOT_DAY_OPENING, YEAR_WORD_END, RELATIVE_TIME, PROCUREMENT_KIND_END, SERIAL_KIND_LINE, serialAlone, PUBLISHED_ON_LABEL } from './lines';
import { parseChineseNumeral } from './numbers';
import { toSimplifiedChars } from './simplify';

/** <meta> tags by lower-cased name/property, plus `title` for the <title> element. */
export type MetaTags = Record<string, string>;

// (A CMS may run the time on without a space: 2025/10/2817:05.)
const WESTERN_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)|((?:19|20)\d{2})(?:[-/.]|\s+)(\d{2})[-/.](\d{2})(?=\s*\d{1,2}:\d{2})/;
const ROC_DATE = /(?:中華民國|中华民国|民國|民国)?\s*(?<![\d])(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** Taiwan sites print ROC years in numeric dates too: 發布日期：114-04-22. */
const ROC_NUMERIC_DATE = /(?<!\d)(\d{2,3})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
/** A Hong Kong school's or English page's date: 18 Mar 2026, 5 January 2026. */
const ENGLISH_DATE = /(?<!\d)(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})(?!\d)/i;
/** An American English date, its month first: Mar 18, 2026, March 18, 2026. */
const ENGLISH_MONTH_FIRST = /(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Hong Kong and Macau write the day first: 15/05/2025, 2.5.2025, 15-01-2026. */
const DAY_FIRST_DATE = /(?<![\d.\/-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
/** A ROC date in Chinese numerals, digit by digit or in full: 中華民國一一四年十月一日, 民國一百一十四年十月一日. */
const ROC_CN_DATE =
  /(?<![〇○零一二三四五六七八九])([〇○零一二三四五六七八九]{3}|(?<=民國|民国)[\s\u3000]*[一二三四五六七八九十百]{3,6})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
/** (January may be 元月: 二〇三〇年元月十六日.) */
const CN_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3}|元)\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
// (Not a forum poster's registration, 注册时间：2015-03-22.)
const DATE_LABEL = /(?<!注册|註冊|注冊)(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|上传时间|上傳時間|时间|時間|日期|date)\s*[:：]?\s*/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date in `text` as YYYY-MM-DD (Western, ROC 114年4月22日, or 二〇一九年三月十二日). */
export function parseDate(text: string): string | null {
  const w = WESTERN_DATE.exec(text);
  if (w) return w[1] ? isoDate(Number(w[1]), Number(w[2]), Number(w[3])) : isoDate(Number(w[4]), Number(w[5]), Number(w[6]));
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  const english = ENGLISH_DATE.exec(text);
  if (english) return isoDate(Number(english[3]), MONTHS.indexOf(english[2].slice(0, 3).toLowerCase()) + 1, Number(english[1]));
  const roc = ROC_DATE.exec(text);
  if (roc && Number(roc[1]) < 200) return rocIsoDate(roc);
  const rocNumeric = ROC_NUMERIC_DATE.exec(text);
  // (Two digits under 50 are this century's year, 25-5-20 on a 微博 post: no page bears 民國25年.)
  if (rocNumeric && rocNumeric[1].length === 2 && Number(rocNumeric[1]) < 50) return isoDate(2000 + Number(rocNumeric[1]), Number(rocNumeric[2]), Number(rocNumeric[3]));
  if (rocNumeric && Number(rocNumeric[1]) < 200) return rocIsoDate(rocNumeric);
  const cn = CN_DATE.exec(text);
  if (cn) return isoDate(digitByDigit(cn[1]), cn[2] === '元' ? 1 : (parseChineseNumeral(cn[2]) ?? 0), parseChineseNumeral(cn[3]) ?? 0);
  // (A list's day chip, its day over its year and month: 08 / 2026.04.)
  const chip = DAY_CHIP.exec(text);
  if (chip) return isoDate(Number(chip[2]), Number(chip[3]), Number(chip[1]));
  // (A calendar badge, the day, the month in words, the year: 21一月2026; a theme's 5月 18, 2026, or 5 月 12, 2026.)
  const badge = CALENDAR_BADGE.exec(text);
  if (badge) return isoDate(Number(badge[3]), parseChineseNumeral(badge[2]) ?? 0, Number(badge[1]));
  const monthFirst = MONTH_DAY_COMMA_YEAR.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), Number(monthFirst[1]), Number(monthFirst[2]));
  const rocCn = ROC_CN_DATE.exec(text);
  if (rocCn) {
    const year = rocCn[1].trim();
    const roc = year.includes('百') || year.includes('十') ? (parseChineseNumeral(year) ?? 0) : digitByDigit(year);
    return isoDate(roc + 1911, parseChineseNumeral(rocCn[2]) ?? 0, parseChineseNumeral(rocCn[3]) ?? 0);
  }
  return null;
}

const DAY_CHIP = /^[\s\u3000]*(\d{2})[\s\u3000]*((?:19|20)\d{2})[.\-/](\d{1,2})[\s\u3000]*$/;
const CALENDAR_BADGE = /^[\s\u3000]*(\d{1,2})[\s\u3000]*(十[一二]?|[一二三四五六七八九])月[\s\u3000]*((?:19|20)\d{2})[\s\u3000]*$/;
const MONTH_DAY_COMMA_YEAR = /(?<!\d)(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2}),[\s\u3000]*((?:19|20)\d{2})(?!\d)/;

/** The first date in `text`, or else its first American English one, its month first (Mar 18, 2026): what a bilingual page's other version prints. */
function parseForeignDate(text: string): string | null {
  const monthFirst = ENGLISH_MONTH_FIRST.exec(text);
  return parseDate(text) ?? (monthFirst && isoDate(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1].slice(0, 3).toLowerCase()) + 1, Number(monthFirst[2])));
}

/** 二〇二五 → 2025. */
function digitByDigit(numerals: string): number {
  return Number([...numerals].map((ch) => '〇○零一二三四五六七八九'.indexOf(ch)).map((i) => (i <= 2 ? 0 : i - 2)).join(''));
}

/** The next field after a labelled value on its line, spaced from it: 　　打印日期：…. */
const FIELD_AFTER_VALUE = /[\s\u3000]+[\u4e00-\u9fff]{2,6}[:：].*$/;
function labelledDate(text: string, label = DATE_LABEL): string | null {
  const m = label.exec(text);
  if (!m) return null;
  // (Up to the next field: 发布日期：05-06-2026　　打印日期：2026年6月9日.)
  const value = text.slice(m.index + m[0].length, m.index + m[0].length + 30).replace(FIELD_AFTER_VALUE, '');
  // (Under its label only, a Taiwan CMS's compact ROC date: 1140502.)
  const compact = COMPACT_ROC_DATE.exec(value);
  return parseDate(value) ?? (compact ? rocIsoDate(compact) : null);
}

/** A Republic of China date (year, month, day in groups 1–3) as YYYY-MM-DD. */
function rocIsoDate(m: RegExpExecArray): string | null {
  return isoDate(Number(m[1]) + 1911, Number(m[2]), Number(m[3]));
}
const COMPACT_ROC_DATE = /^[\s\u3000]*(1\d{2})(\d{2})(\d{2})(?!\d)/;

/** A bulletin's line under its masthead, who edits it and when: 衢州市衢江区科学技术协会编发　　2026年4月28日. */
const BULLETIN_EDITED = /(?:编发|編發|编印|編印)[\s\u3000]+(?:19|20)\d{2}[\s\u3000]*年/;
/** A post's word that it was edited since (编辑于 2025-03-05), a date POSTED_ON also reads. */
const EDITED_ON = /(?:编辑于|編輯於)/;
/** A post's date after its word, at its line's head or among its meta: 发布于 2025年3月16日, 恒智咨询 发布于 2026.04.16. */
const POSTED_ON = /(?:^|[\s\u3000|｜·])(?:发布于|發布於|發佈於|发表于|發表於|编辑于|編輯於)\s*/;
/** A post's author and date, parted by a bar: 由 kfa_editor | 2026年3月28日 | 社區活動. */
const POSTED_BY = /^[\s\u3000]*由[\s\u3000]*[^|｜\s\u3000]{1,30}[\s\u3000]*[|｜][\s\u3000]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})/;
/** Labels of the publication date, preferred over other dates of the header (成文日期, 修订时间). */
const MINUTES = /(?:會議|会议)(?:紀錄|纪录|記錄|记录|紀要|纪要)$/;
// (A relayed release's 轉載日期 is this page's; its 原發布日期, the original's.)
const PUBLISHED_LABEL = /(?<!原)(?:轉載日期|转载日期|发布时间|發布時間|發行日期|发行日期|發佈時間|发布日期|發布日期|發佈日期|刊登日期|上版日期|上架日期|張貼日期|张贴日期|发稿日期|發稿日期|公告日期|公告期間|公告期间|发表时间|發表時間|上传时间|上傳時間|上載日期|上载日期|上網日期|上网日期|上传于|上傳於|(?:发布|發布|發佈)(?=[:：]))\s*[:：]?\s*/;
/**
 * The body a record table names as the report's (報告單位 | 花蓮縣政府教育處, 提報單位 | 屏東縣政府): a
 * council's site carries the reports the government delivers to it.
 */
function reportingBody(blocks: PageBlock[], cells: number[]): string | null {
  for (const i of cells) {
    if (!REPORTING_LABEL.test(blocks[i].text)) continue;
    const value = blocks[i + 1]?.text.trim() ?? '';
    if (BODY_CELL.test(value)) return value;
  }
  return null;
}
const REPORTING_LABEL = /^[\s\u3000]*(?:提報|報告|提报|报告)[\s\u3000]*(?:單位|单位)[\s\u3000]*[:：]?[\s\u3000]*$/;
const BODY_CELL = /^[\u4e00-\u9fff]{4,30}$/;
/** A reply's date, where the page gives no upload date: 答覆日期 (not the question's, 質詢日期). */
const REPLIED_LABEL = /(?:答覆日期|答复日期)\s*[:：]?\s*/;
// (The lunar date may come between: 2025年12月18日　星期四　农历十月廿九　第8123期; the page's label or the
// edition's links may stand for the number: 2026年04月14日 星期二第03版：镇街新闻, 2026年04月18日　星期六　上一期.)
const PAPER_ISSUE = /(?:^|\s)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s\u3000]*星期[一二三四五六日天][\s\u3000|｜]*(?:(?:农历|農曆)[\u4e00-\u9fff]{2,6}[\s\u3000|｜]*)?(?:第\d{1,5}期|第[A-Z]?\d{1,3}版|上一期)/;
const CRUMB_ISSUE = /[>›»＞][\s\u3000]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\s\u3000]*[>›»＞][\s\u3000]*(?:第)?[A-Z]?\d{1,3}版/;
/** A newsletter's masthead: its issue, then the day it came out (第52期｜中華民國119年6月14日出刊, 第212期　發行日期：115年4月15日, 第1012期｜發刊日期：115年04月15日). */
const NEWSLETTER_ISSUE = /^[\s\u3000]*第\d{1,4}期[\s\u3000|｜]*(?:(?:發行日期|发行日期|出刊日期|發刊日期|发刊日期)[:：][\s\u3000]*((?:中華民國|中华民国)?\d{2,4}年\d{1,2}月\d{1,2}日)|((?:中華民國|中华民国)?\d{2,4}年\d{1,2}月\d{1,2}日)(?:出刊|出版|發行|发行))/;
const FIRST_PUBLISHED = /\d[\s\u00a0]*(?:首次发布|首次發布)/;
/** How many of the body's first blocks a dateline may open. */
const DATELINE_BLOCKS = 3;
/** A dateline's day, in digits or in Chinese numerals: 2026年1月22日, 二○二六年六月十二日. */
const DATELINE_DAY = String.raw`(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日`;
/** A dateline: a place and a date in brackets at the head of a release's lead. */
// (Or its date first, its place after: (2026年1月22日，香港); or in square brackets, 【2026年3月10日，香港】; or set off by dashes:
// 香港 – 2026年9月18日 –, 二○二六年六月十二日，澳門——.)
const DATELINE = new RegExp(
  String.raw`^[\s\u3000]*(?:[（(【](?:[\u4e00-\u9fff]{2,4}[，,、\s\u3000]*([^)）】]{6,24})|(${DATELINE_DAY})[，,、\s\u3000]*[\u4e00-\u9fff]{2,4})[)）】]` +
    String.raw`|[\u4e00-\u9fff]{2,4}[\s\u3000]*[–—-]{1,2}[\s\u3000]*(${DATELINE_DAY})[\s\u3000]*[–—-]|(${DATELINE_DAY})[，,][\s\u3000]*[\u4e00-\u9fff]{2,4}[\s\u3000]*[–—-]{1,2})`,
);
/** Whether a block ends on a delivery date, on its own line or under its speaker's (县科协主席　刘卫东<br>（2025年11月7日）). */
function isDeliveryLine(text: string): boolean {
  return DELIVERY_DATE.test(text.slice(text.lastIndexOf('\n') + 1));
}
/** How far into the body a delivery line may stand (under the title, a speaker's line before it). */
const DELIVERY_LINE_SPAN = 3;
/** A date alone in brackets on its line: a speech's or a meeting's day, （2030年2月19日）, and where (（2026年3月28日在第十二屆會員大會第三次會議上）); or
 * in a dash subtitle, ——2026年1月14日在龙游县第十八届人民代表大会第五次会议上. */
const DELIVERY_DATE = /^[\s\u3000]*(?:[（(][^（）()\n]{0,12}\d{4}[\s\u3000]*年[^（）()\n]{0,30}[）)]|(?:——|—)[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日在[^\n]{2,40}上(?:的[\u4e00-\u9fff]{2,6})?)[\s\u3000]*$/;
/** A sharing site's upload date before the word, in an info line (| 2030-03-04上传 |), and how far down it stands. */
const UPLOADED_AFTER = /(?:^|[\s|｜])((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000]*(?:上传|上傳)(?=[\s\u3000|｜]|$)/;
const UPLOAD_LINES = 12;
/** A Weibo post's time with a two-digit year, before its client (30-5-30 17:42 来自 微博网页版), and how far down it stands. */
const WEIBO_POSTED = /^[\s\u3000]*(\d{2})-(\d{1,2})-(\d{1,2})[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]*(?:来自|來自)/;
const WEIBO_TIME_LINES = 20;
/** A line holding only its publication date: 发布时间：2025-06-19 18:26. */
const POSTED_LINE = /^[\s\u3000]*(?:发布时间|發布時間)[:：]/;
/** A publication date's label in English or Portuguese, where a bilingual page has no Chinese one. */
const FOREIGN_PUBLISHED = /^\s*Date\s*[:：]\s*|(?:^|\s)(?:Posted on|Published on|Date of (?:issue|publication)|Release date|Data de publica[çc][ãa]o|Publicado em)\s*[:：]\s*/i;
const FOREIGN_LABEL_LINES = 60;
/** A line holding an English date alone, or opening on one after its place: 18 March 2026, HSINCHU, March 18, 2026 —. */
const ENGLISH_DATE_LINE = /^\s*(?:[A-Z][A-Za-z .]{1,20},\s*)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})\s*(?:$|[—–]\s)/;
const FOREIGN_LABEL_CHARS = 80;
/** The date of an info line (发布日期：…, 來源：… / 發佈於：…) among the body's last blocks or just under it, or null. */
function infoLineDate(blocks: PageBlock[], body: number[]): string | null {
  for (const i of [...body.slice(-INFO_LINE_SPAN), ...afterBody(blocks, body, INFO_LINE_SPAN)]) {
    if (INFO_LINE.test(blocks[i].text)) return labelledDate(blocks[i].text, PUBLISHED_LABEL) ?? labelledDate(blocks[i].text, POSTED_ON);
    // (Or its bare 發布： after the source or the editors: 來源：新聞處　發布：115-03-12 16:20.)
    if (SOURCE_THEN_POSTED.test(blocks[i].text)) return labelledDate(blocks[i].text, SOURCE_THEN_POSTED);
  }
  return null;
}
/** The `n` blocks just under the body (as many as there are). */
function afterBody(blocks: PageBlock[], body: number[], n: number): number[] {
  const last = body[body.length - 1] ?? -1;
  return Array.from({ length: n }, (_, k) => last + 1 + k).filter((i) => i < blocks.length);
}
// (Or in brackets, after others: 【發布單位：市科協】【發布日期：2030年01月16日】; or after its poster or source: 发布者：园艺园林学院发布时间：…, 信息来源：吉林省林学会　发布日期：….)
const INFO_LINE = /^[\s\u3000]*(?:【[^】\n]{1,30}】[\s\u3000]*|(?:发布者|發布者|信息来源|信息來源|资料来源|資料來源|来源|來源)[:：][^\n：:]{1,20}?[\s\u3000]*)*【?(?:发布时间|發布時間|发布日期|發布日期|發佈日期|發佈時間|发布于|發布於|發佈於)[:：]/;
/** A published date's label in brackets, on an info line at the article's foot: 【發布日期】115-04-01. */
const BRACKETED_PUBLISHED = /[【\[](?:發布日期|发布日期|發布時間|发布时间)[】\]]/;
/** How many lines about the body's end an info line may stand. */
const INFO_LINE_AFTER = 3;
// (Or after its editors: 编辑：周敏　审核：刘建华　发布：2026-01-15.)
const SOURCE_THEN_POSTED = /^[\s\u3000]*(?:(?:来源|來源|编辑|編輯|审核|審核)[:：][^\n：:]{1,20}?[\s\u3000]+)+(?:发布|發布|發佈)[:：][\s\u3000]*/;
const LISTED_DATE_AFTER = /[\s\u3000]*[\[［]((?:19|20)\d{2}-\d{1,2}-\d{1,2})[\]］][\s\u3000]*$/;
/** How many of the body's last blocks may be an info line under the signature. */
const INFO_LINE_SPAN = 3;
/** How many blocks under the body a signature's date may stand in (完 / 2025年5月20日 / 香港時間15時30分). */
const SIGNATURE_AFTER = 5;
const REPLY_LABEL = /(?:回复|回覆|答复|答覆)(?:时间|時間|日期)\s*[:：]\s*/;
const MESSAGE_LABEL = /(?:留言|来信|來信)(?:时间|時間|日期)\s*[:：]/;
/** How far down a thread's message and reply stand. */
const THREAD_BLOCKS = 80;
/** The date of a message board thread's reply, where the page shows a message and its reply; else null. */
function repliedOn(blocks: PageBlock[]): string | null {
  const thread = blocks.slice(0, THREAD_BLOCKS);
  if (!thread.some((b) => MESSAGE_LABEL.test(b.text))) return null;
  for (const b of thread) {
    const date = labelledDate(b.text, REPLY_LABEL);
    if (date) return date;
  }
  return null;
}
/** The date a document was issued (发文日期): the page's where it gives no publication date. */
// (Hong Kong's circulars head theirs 發出日期.)
const ISSUED_LABEL = /(?:发文日期|發文日期|发出日期|發出日期)\s*[:：]?\s*/;

// (图片来源：网络 credits a photo. A date after the name ends it, unless bracketed as part of it: 屋宇署新聞公報（2026年3月18日）;
// so does a link to the other view, 区科技局　查看电脑版, or a document's number, 区科协　郫科协〔2026〕7号. A comma ends it, but before who compiled the page from it:
// 江西省科协官网，会务通整理.)
const SOURCE = /(?<!图片|圖片|照片|图|圖|經費|经费|資金|资金)(?:來源單位|来源单位|來源部門|来源部门|文章来源|信息来源|稿件来源|新闻来源|稿源|來源|来源|出處|出处)(?:\s*(?:Source|source|SOURCE|Источник|Fonte|Entidade))?(?:\s*[:：丨｜]|(?<=【(?:來源|来源))】)\s*([^\s|｜]+?(?:[ \u3000][^\s|｜:：]+)*?)(?=\s{2,}|\s*[|｜【［\[]|\s+[·•]|[·•]\s|\s+(?:大字體|大字体|字號|字号|字體|字体|列印|打印)|(?:字號|字号)\s*A[+＋]|\s+A[+＋][\s\u3000]+A[-－]|[，,](?!(?!本文)[^，,。\n]{1,16}整理(?:$|[\s。；;）)]))|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|点阅|點閱)(?:量|数|數|次数|次數|人次)?(?:[\s:：]*\d|[\s\u3000]*$)|(?<![（(])\s*(?:19|20)\d{2}[-/.年]\d{1,2}|\s+\S{1,6}[:：]|(?:记者|記者|作者|责任编辑|責任編輯|编辑|編輯|责编|責編)[:：]|(?:记者|記者|通讯员|通訊員)[\s\u3000]+[\u4e00-\u9fff]{2,4}(?:[\s\u3000]|$)|[\s\u3000]+(?:\d+[天小分][时時钟鐘]?前|本文|图片|圖片|查看(?:电脑|電腦|手机|手機)版|[\u4e00-\u9fff]{1,10}[〔［\[（(]\d{4}[〕］\])）]\d{1,4}[号號])|\s*\n|\s*$)/;
// (Other credits may follow in the brackets: （科协秘书处供稿　审核：李明）; its name may hold brackets: （党群工作部（科协）供稿）.)
const CREDIT_BEFORE = /[（(]((?:[^（()）\n]|[（(][^（()）\n]{1,8}[)）]){2,30}?)[／/]?供稿(?:[\s\u3000，,；;]+[^（()）\n]{0,30})?[)）]/;
const CREDIT_LINE = /^[\s\u3000]*([\u4e00-\u9fff]{2,20}?)供稿[\s\u3000]*$/;
// (WeChat separates its credits with 丨 and runs them together: 供稿丨孟家岗镇科协编辑丨王丽; a counter may run on: …统计处阅读 2.4k.)
const CREDIT_AFTER =
  /供稿(?:人|单位|單位)?\s*[:：丨｜|]\s*([^\s|｜丨（()）]{1,30}?)(?=编辑|編輯|审核|審核|责编|責編|作者|摄影|攝影|阅读|閱讀|浏览|瀏覽|[\s|｜丨（()）]|$)/;

/**
 * A header line's next field, where the CMS put its spans side by side with no space between
 * them (供稿：州科协办公室浏览：419【字号 大 中 小】): the value ends there.
 */
const NEXT_FIELD =
  /(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問|作者|责任编辑|責任編輯|编辑|編輯|发布时间|發布時間|发布日期|發布日期|时间|時間|日期|字号|字號|字体|字體|打印字体|打印字體|供稿|来源|來源|通讯员|通訊員|记者|記者|摄影|攝影|查看|人气|人氣)(?:次数|次數|量|数|數)?\s*[:：]|[【［\[]/;

function untilNextField(value: string): string {
  const m = NEXT_FIELD.exec(value);
  const field = m && m.index > 0 ? value.slice(0, m.index) : value;
  // (Or a print link's word run on to it: 省科协调研宣传部打印.)
  const widget = PRINT_WIDGET_END.exec(field);
  return widget && widget.index > 0 ? field.slice(0, widget.index) : field;
}
const PRINT_WIDGET_END = /(?:打印|列印)(?:本页|本頁|此页|此頁)?$/;

/** Source lines are short; longer blocks are prose that may only mention a source. */
const SOURCE_LINE_MAX = 300;

function citedInBrackets(text: string, label: number): boolean {
  const open = Math.max(text.lastIndexOf('（', label), text.lastIndexOf('(', label));
  if (open < 0 || label - open > 3) return false;
  const close = text.slice(label).search(/[)）]/);
  // (Or right after a word of the sentence: …给大家参考（数据来源：…官网，非投资建议）：.)
  return close >= 0 && (text.slice(label + close + 1).replace(/^[。，,.；;\s\u3000]+/, '').length > CITATION_TAIL || /[\u4e00-\u9fff]/.test(text[open - 1] ?? ''));
}
/** How much of a sentence may follow a bracketed source line that closes a paragraph. */
const CITATION_TAIL = 10;

function sourceIn(text: string): string | null {
  if (text.length > SOURCE_LINE_MAX) return null;
  const m = SOURCE.exec(text);
  // （数据来源：中国科协官网）。据介绍，…: a citation inside a sentence, not the page's source.
  if (m && citedInBrackets(text, m.index)) return null;
  // （来源：温州市科协办公室）, 【文章来源：…】: the bracket closes around the source line, not inside the name.
  // A view counter printed after it without a label (來源：澳門科學館 2,317) is no part of it.
  const value =
    m &&
    untilNextField(m[1])
      .replace(/[，,。;；]+$/, '')
      // (A label a screen reader's hidden copy repeats: <span class="sr-only">来源：</span>来源：吴江科协.)
      .replace(REPEATED_SOURCE_LABEL, '')
      .replace(/^([^（(【\[]*)[)）】\]]$/, '$1')
      .replace(/[\s\u3000]+[\d,]+$/, '')
      // (Or its eye and views: 澳門科學館01-16👁 3,105.)
      .replace(VIEWS_EYE_AFTER, '')
      // (Or its count of readers: 皖企观察网原创 4.2k 阅读, 网络综合　浏览 4.8万, 云南省政府采购网　浏览 1,284　收藏; or a widget's word run on, 市科协学会部发布于, …湃客字号, 央广网分享到：微信微博, a day run on, 虹口区科协04-08, 黔江区融媒体中心　01-14.)
      .replace(READS_AFTER, '')
      .replace(WIDGET_WORD_AFTER, '')
      // (An aggregator's label run on: 綦江区科协、綦江日报AI辅助创作.)
      .replace(AI_LABEL, '')
      // (Or the byline after a space, 洛阳日报　记者　孙文博; a sentence after the name, …公众号。本文为原创整理.)
      .replace(BYLINE_AFTER_SOURCE, '')
      .replace(SENTENCE_AFTER_SOURCE, '');
  // (An empty label runs into the next: 文章来源：　点击数：.)
  return value && !EMPTY_LABEL_VALUE.test(value.trim()) ? value.trim() || null : null;
}
const REPEATED_SOURCE_LABEL = /^[\s\u3000]*(?:来源|來源)[:：][\s\u3000]*/;
/** A reporter's or correspondent's byline after the source, a space between: 洛阳日报　记者　孙文博. */
const BYLINE_AFTER_SOURCE = /[\s\u3000]+(?:记者|記者|通讯员|通訊員)[\s\u3000][^\n]*$/;
/** A sentence after the source's name: …公众号。本文为原创整理. */
const SENTENCE_AFTER_SOURCE = /(?<=[\u4e00-\u9fff]{2})。[^\n]*$/;
/** A release's credit in its own words, before the name: （本新聞稿由國科會科教國合處供稿）. */
const RELEASE_BY = /^(?:本新聞稿由|本新闻稿由)/;
const WIDGET_WORD_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:发布于|發布於|字号|字號|分享到[:：].*|[\s\u3000]*\d{1,2}-\d{1,2}|[\s\u3000]*\d{1,2}[\s\u3000]*(?:週|周|天|小時|小时|分鐘|分钟)前)$/;
const VIEWS_EYE_AFTER = /[\s\u3000]*👁.*$/u;
const READS_AFTER = /[\s\u3000]+(?:[\d.,]+[kKwW万萬]?[\s\u3000]*|[/|｜][\s\u3000]*)?(?:阅读|閱讀|浏览|瀏覽)(?:[\s\u3000]*[-–—]+|[\s\u3000]*[\d.,]+[kKwW万萬]?)?(?:[\s\u3000]+(?:收藏|分享|点赞|點讚))?$/;
const AI_LABEL = /(?:AI辅助创作|AI輔助創作|AI创作|AI創作|AI生成)$/;
const EMPTY_LABEL_VALUE = /^[\u4e00-\u9fff]{1,6}[:：]$|^(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)[\u4e00-\u9fff]{0,3}[:：]/;

/** How far past the article a release's source line may stand. */
const SOURCE_AFTER_BODY = 12;
function findSource(blocks: PageBlock[], header: number[], body: number[], headerText: (i: number) => string): string | null {
  for (const i of header) {
    // (Or a list's label and value parted by a space: 資料來源 衛生局.)
    const found = sourceIn(headerText(i)) ?? SPACED_SOURCE.exec(blocks[i].text)?.[1] ?? null;
    if (found) return found;
    // (Or a table's label cell and its value's, 来　　源 | 湖州市科协.)
    const value = blocks[i].cell && SOURCE_LABEL_FIELD.test(blocks[i].text) && blocks[i + 1]?.cell ? blocks[i + 1].text.trim() : '';
    if (value && value.length <= SOURCE_FIELD_CHARS && !SOURCE_LABEL_FIELD.test(value) && !isFieldLabel(value)) return value;
  }
  for (const i of body.slice(0, 3)) {
    const found = sourceIn(blocks[i].text) ?? labelledSource(blocks, i);
    if (found) return found;
  }
  for (let k = 0; k < body.length; k++) {
    const i = body[k];
    // (Or a field's label and value at the body's foot, in blocks of their own: 发布时间： / 2026-03-23 / 来源： / 市科协办公室.)
    const found = blocks[i].text.length < 80 ? (sourceIn(blocks[i].text) ?? (k >= body.length - FOOT_FIELDS && !DATA_SOURCE.test(blocks[i].text) ? labelledSource(blocks, i) : null)) : null;
    // (資料來源：投資推廣署《初創企業調查》。 under a chart cites the data's publication, not the page's
    // source; 資料來源：知識產權署 under a table names where its figures come from.)
    const underTable = k > 0 && DATA_SOURCE.test(blocks[i].text) && (blocks[body[k - 1]].cell || blocks[body[k - 1]].text.includes('\t'));
    if (found && !found.includes('《') && !underTable) return found;
  }
  // A release may close on its source just outside the article's container (資料來源：資訊及科技教育司).
  const end = body.length ? body[body.length - 1] : blocks.length;
  // (Past its attachments' list maybe: 附件 / 1.….pdf / 2.….pdf / 發布單位 / 教育處 / 資料來源 / 教育處學務管理科.)
  for (let i = end + 1; i < Math.min(blocks.length, end + SOURCE_AFTER_BODY); i++) {
    // (Right under it, the article's own foot, whatever its class says: <div class="d-foot"><p>来源：省科协调研宣传部.)
    const found = (!blocks[i].boiler || i <= end + ARTICLE_FOOT) && blocks[i].text.length < 80 ? sourceIn(blocks[i].text) : null;
    if (found) return found;
    // (Or its label and its value in fields of their own: 資料來源 / 教育處.)
    const value = labelledSource(blocks, i);
    if (value) return value;
  }
  // (Or a line of its own after the body, with no brackets: 莲花县科协办公室供稿.)
  const closing = [...body, ...Array.from({ length: 3 }, (_, k) => end + 1 + k).filter((i) => i < blocks.length)];
  for (let k = closing.length - 1; k >= 0; k--) {
    const text = blocks[closing[k]].text;
    // (Every credit says 供稿: a long body's paragraphs are passed over without the patterns.)
    if (!text.includes('供稿')) continue;
    const m = CREDIT_BEFORE.exec(text) ?? CREDIT_AFTER.exec(text) ?? CREDIT_LINE.exec(text);
    if (m) return untilNextField(m[1]).trim();
  }
  for (const b of blocks) {
    const m = b.text.includes('供稿') ? CREDIT_AFTER.exec(b.text) : null;
    if (m) return untilNextField(m[1]).trim();
  }
  return null;
}

/** How many blocks under the article its own foot holds. */
const ARTICLE_FOOT = 2;
/** How many of the body's last blocks may be its page's fields. */
const FOOT_FIELDS = 8;
/** A source's label in a field of its own and its value in the next: 資料來源 / 教育處, 來源 Fonte / 經濟及科技發展局. */
function labelledSource(blocks: PageBlock[], i: number): string | null {
  const value = blocks[i + 1]?.text.trim() ?? '';
  return !blocks[i].boiler && SOURCE_LABEL_FIELD.test(blocks[i].text) && value && value.length <= SOURCE_FIELD_CHARS && !blocks[i + 1].boiler ? value : null;
}
const SOURCE_LABEL_FIELD = /^[\s\u3000]*(?:資料來源|资料来源|來[\s\u3000]*源|来[\s\u3000]*源|新聞來源|新闻来源|信息來源|信息来源|來源部門|来源部门)(?:[\s\u3000]*(?:Source|Fonte|Entidade))?[\s\u3000]*[:：]?[\s\u3000]*$/;
const SOURCE_FIELD_CHARS = 30;
const SPACED_SOURCE = /^[\s\u3000]*(?:資料來源|资料来源)[\s\u3000]+([\u4e00-\u9fff]{2,12})[\s\u3000]*$/;
const DATA_SOURCE = /^[\s\u3000]*(?:資料來源|资料来源|數據來源|数据来源)/;
const FORWARDING = /^[\s\u3000]*(?:轉知|转知|轉發|转发|轉送|转送)/;
/** How far into the page a serial's label cell stands (the header's table). */
const SERIAL_BLOCKS = 12;
/** How far under the article a disclosure table's cells may stand. */
const TABLE_UNDER_BODY = 16;
/** How far under a title its serial may stand alone: its translation's line between. */
const SERIAL_UNDER_TITLE = 2;
/** A record table's label cell of the document's number, and how far down its cells run. */
const NUMBER_LABEL_CELL = /^[\u4e00-\u9fff]{0,4}(?:文號|文号|字號|字号)[:：]?$/;
const RECORD_CELLS = 24;
/** The date of a row of a few short chips, one of them a date alone (公告 / 115.01.26 / 資安產業組), or null. */
function chipRowDate(text: string): string | null {
  const chips = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (chips.length < 2 || chips.length > CHIPS_MAX || chips.some((chip) => chip.length > CHIP_CHARS)) return null;
  const day = chips.find((chip) => NUMERIC_DATE.test(chip));
  return day ? parseDate(day) : null;
}
const CHIPS_MAX = 5;
const CHIP_CHARS = 16;
/** A date in digits alone: 115.01.26, 2026-01-26, 2026/1/26. */
const NUMERIC_DATE = /^(?:1\d{2}|(?:19|20)\d{2})[./-]\d{1,2}[./-]\d{1,2}$/;
const NOT_A_DATE_LINE = /日[^\n]*[，,。；;]|日(?:至|到|—|－|-|~|～)/;
/** How far past the article an info card's cells may stand. */
const INFO_CARD_BLOCKS = 12;
const NUMBER_LABEL_RUN_IN = /^[\u4e00-\u9fff]{0,4}(?:文號|文号|字號|字号)(?=[\u4e00-\u9fff])/;
const DOCUMENT_HEADING = /^[\s\u3000]*(?:关于|關於)[^。\n]{4,60}(?:答复|答覆|答復|通知|函|意见|意見|报告|報告|批复|批覆)[\s\u3000]*$/;
const LETTER_NUMBER_LABEL = /^[\s\u3000]*(?:發文字號|发文字号)[:：]/;
/** How far down the body a letter's own 發文字號 line may stand (under a post's field table, its letterhead and address block). */
const LETTER_NUMBER_BLOCKS = 40;
/** A budget reply's serial: EEB(E)086, ITIB027. */
const REPLY_SERIAL = /^[A-Z]{2,6}(?:\([A-Z]{1,3}\))?\d{2,4}$/;
/** A gazette's act named by its number: 第62/2025號行政長官批示, a bureau's 第3/DSEDT/2026號批示. */
const GAZETTE_ACT = /^第\s*\d{1,4}\s*\/\s*(?:[A-Z]{2,10}\s*\/\s*)?\d{4}\s*[號号][\u4e00-\u9fff]{2,16}$/;
/** A government order's number: 江苏省人民政府令第165号 (often on two lines: the order, then 第165号). */
const ORDER_NUMBER = /^[\u4e00-\u9fff]{2,20}令\s*第\s*\d{1,5}\s*[号號]$/;
/** 函 after the number: the letter it numbers (…號函核定), no part of the number. */
const LETTER_AFTER = /(?<=[號号])函$/;
/** (Its label may be spaced out to the width of the others: 文　　号：.) */
const DOC_LABEL = /(?:发文字号|發文字號|文[\s\u3000]*[号號]|字号|字號)\s*[:：]/;

/** What follows a number that opens a run-together text: the title (关于…), or its issuer and then the title. */
const OPENS_AFTER_NUMBER = /^(?:关于|關於|\s|$|[\u4e00-\u9fff]{2,20}?(?:关于|關於))/;
const TITLE_CITING = /(?:关于|關於)[^〔[（(]{0,30}[〔[（(]?(?:19|20)\d{2}[〕\]）)]?[^，。]{0,8}[号號](?:文件)?的?(?:通知|通告|公告|函)$/;
/** A document's red header (某某科学技术协会文件), which a run-together text puts before its number. */
const RED_HEADER = /^[\u4e00-\u9fff]*文件/;

/** A circular's code under its label, on its line or in the next cell: 通告編號：DPO/N/2026/02. */
// (Its gloss in Portuguese may follow it: 通告編號 N.º do aviso：12/DSEDJ/2026.)
const CIRCULAR_NUMBER_LABEL = "^[\\s\\u3000]*(?:通告編號|通告编号|通函編號|通函编号|文件編號|文件编号)(?:[\\s\\u3000]+(?:N\\.?º|Número)[A-Za-z\\u00c0-\\u00ff .'/-]{0,30}?)?[\\s\\u3000]*";
/** (Or a Macau joint notice's, its serial first: 01/DSEDJ-FDCT/2026.) */
const CODE = '([A-Z][A-Z0-9()]*(?:[/-][A-Z0-9()]+){2,5}|\\d{1,4}/[A-Z]{2,8}(?:-[A-Z]{2,8})*/(?:19|20)\\d{2})[\\s\\u3000]*$';
const CIRCULAR_CODE = new RegExp(`${CIRCULAR_NUMBER_LABEL}[:：][\\s\\u3000]*${CODE}`);
const CIRCULAR_CODE_LABEL = new RegExp(`${CIRCULAR_NUMBER_LABEL}[:：]?[\\s\\u3000]*$`);
const CODE_CELL = new RegExp(`^[\\s\\u3000]*${CODE}`);
/** An info line's fields before a number that ends it, a space between: …来源：区科协　. */
const INFO_FIELDS_BEFORE = /(?:来源|來源|发布时间|發布時間|发布日期|發布日期)[:：][^\n]{1,30}[\s\u3000]$/;
/** A date after a number on its chip: 　03/09/2026, 2026-09-03. */
const CHIP_DATE = /[\s\u3000]+(?:\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$/;
function findDocNumber(blocks: PageBlock[], layout: ArticleLayout): string | null {
  // A notice may print its number just above the title as well as below it.
  // (A circular's number stands over whom it goes to and its greeting: …通函（電力）第3/2026號 / 致：… / 各位： / its subject.)
  const above = layout.titleStart === null ? [] : [layout.titleStart - 4, layout.titleStart - 3, layout.titleStart - 2, layout.titleStart - 1].filter((i, k) => i >= 0 && (k >= 2 || ADDRESSEE_LINE.test(blocks[i + 1].text)));
  // An order's name may stand as its title, with 第165号 under it.
  const own = layout.title === null ? [] : [layout.title];
  // (A letter printed under a gazette's fields gives its number under its label further down: 發文字號：….)
  // (Not a forwarded letter's: 轉知屏東縣政府辦理… prints the county's 函 and its number.)
  const forwarding = layout.title !== null && FORWARDING.test(blocks[layout.title].text);
  const labelled = forwarding ? [] : layout.body.slice(8, LETTER_NUMBER_BLOCKS).filter((i) => LETTER_NUMBER_LABEL.test(blocks[i].text));
  // (Or in a record table's cell under its label cell: 答復文號 | 府授經產字第1160142857號.)
  // (Or on its own line over the document's own heading, past such a table: 顺科协函〔2027〕21号 / 关于…提案的答复.)
  const cells = forwarding
    ? []
    : layout.body.slice(8, RECORD_CELLS).filter((i) => NUMBER_LABEL_CELL.test(blocks[i - 1]?.text.trim() ?? '') || (isDocNumberLine(blocks[i].text) && DOCUMENT_HEADING.test(blocks[i + 1]?.text ?? '')));
  // (A memo opens on its number, over its table of fields: 教育局通函備忘第112/2026號 / 來自： | … / 致： | ….)
  const opening = blocks.findIndex((b) => !b.boiler && !b.outside && b.text.trim() !== '');
  // (Its mobile view's chip may date it after: 教育局通函第57/2026號　03/09/2026.)
  const opensOnNumber = opening >= 0 && CIRCULAR_LINE.test(blocks[opening].text.trim().replace(CHIP_DATE, '')) ? [opening] : [];
  // (Or in the cell after its label, in the page's head: 公告編號 | 第 07/DMS/2026 號.)
  const serial = blocks.slice(0, SERIAL_BLOCKS).findIndex((b, i) => SERIAL_ALONE.test(b.text.trim()) && SERIAL_LABEL.test(blocks[i - 1]?.text.trim() ?? ''));
  if (serial >= 0) return blocks[serial].text.trim().replace(/\s+/g, ' ');
  // (Or its heading, as printed: 第 05/DSEDT/2026 號通告.)
  if (layout.title !== null && SERIAL_KIND_LINE.test(blocks[layout.title].text)) return blocks[layout.title].text.trim().replace(/\s+/g, ' ');
  // (Or alone under its title, a Macau notice's, its Portuguese title between: 關於…的公告 / Aviso sobre… / 第03/DSEDT/2026號;
  // or in brackets over it, an association's: （第01/AICTM/2026號） / 會員大會召集通告.)
  const near = layout.titleStart === null ? [] : [...blocks.slice(layout.title! + 1, layout.title! + 1 + SERIAL_UNDER_TITLE), ...(layout.titleStart > 0 ? [blocks[layout.titleStart - 1]] : [])];
  for (const b of near) {
    const alone = serialAlone(b.text);
    if (alone) return alone.replace(/\s+/g, ' ');
  }
  // (Or in a disclosure table printed under the article, in a tab of its own: 发文字号 | 宜市科发〔2026〕5号.)
  const end = layout.body.length ? layout.body[layout.body.length - 1] : blocks.length;
  const tableUnder: number[] = [];
  for (let i = end + 2; i < Math.min(blocks.length, end + TABLE_UNDER_BODY); i++) if (blocks[i].cell && NUMBER_LABEL_CELL.test(blocks[i - 1].text.trim()) && isDocNumberLine(blocks[i].text)) tableUnder.push(i);
  const head = [...opensOnNumber, ...above, ...own, ...layout.header, ...layout.body.slice(0, 8), ...labelled, ...cells, ...(forwarding ? [] : tableUnder)];
  // (As printed, its spaces kept: 離島區議會文件第 41/2027 號.)
  if (layout.paper !== null) return COUNCIL_PAPER.exec(blocks[layout.paper].text)![1].replace(/\s+/g, ' ');
  const notice = layout.titleStart === null ? null : gazetteNotice(blocks, layout.titleStart);
  if (notice) return notice.replace(/\s+/g, '');
  const titleText = layout.title === null ? '' : blocks[layout.title].text.replace(/\s+/g, '');
  const citedByTitle = TITLE_CITING.test(titleText) ? titleText : '';
  for (const i of head) {
    const text = blocks[i].text.trim();
    // (Printed after the title, in its heading: 关于…的通知黑科协发〔2030〕17号.)
    const afterTitle = i === layout.title ? numberAfterTitle(text) : null;
    if (afterTitle) return afterTitle;
    // (As printed too, its spaces kept: 第 52/2029 號社會文化司司長批示.)
    if (GAZETTE_ACT.test(text)) return text.replace(/\s+/g, ' ');
    // (Or a Macau notice's serial and kind on a line of its own: 第 1/DSEDT-FDCT/2026 號聯合通告.)
    if (SERIAL_KIND_LINE.test(text)) return text.replace(/\s+/g, ' ');
    // (A Hong Kong circular's own code under its label: 通告編號：DPO/N/2026/02; a Macau notice's, 編號：03/DFP/2026.)
    // (Or in the cell after it: 通告編號： | DPO/N/2026/02.)
    // (Or past the label's gloss in a cell of its own: 文件编号 | N.º do documento | 05/DSEDT/2026.)
    const valueCell = LABEL_GLOSS_CELL.test(blocks[i + 1]?.text ?? '') ? blocks[i + 2] : blocks[i + 1];
    const coded = CIRCULAR_CODE.exec(text) ?? CODED_NUMBER_LINE.exec(text) ?? (CIRCULAR_CODE_LABEL.test(text) ? CODE_CELL.exec(valueCell?.text ?? '') : null);
    if (coded) return coded[1];
    // (A budget reply's own serial under its label: 答覆編號 / EEB(E)086.)
    if (REPLY_SERIAL.test(text) && /(?:答覆|答复)(?:編號|编号)[:：]?$/.test(blocks[i - 1]?.text.trim() ?? '')) return text;
    const order = /令$/.test(text) ? `${text}${blocks[i + 1]?.text.trim() ?? ''}` : text;
    if (ORDER_NUMBER.test(order)) return order.replace(/\s+/g, '');
    // Every document number ends in 号/號; the pattern backtracks over each run of Han characters.
    if (!text.includes('号') && !text.includes('號')) continue;
    // (Not a title that cites one: 泾县科学技术协会关于转发皖科协发〔2025〕18号文件的通知.)
    const m = TITLE_CITING.test(text) ? null : DOC_NUMBER.exec(text);
    // The document's own number stands on its own line, is labelled, or opens the text that a
    // document-sharing site runs together (1、赣科协字〔2023〕18号关于举办…); numbers cited in a
    // sentence (根据…〔2018〕13号文件) belong to other documents.
    // (So may the red header before it, 遂宁市科学技术协会文件遂科协〔2025〕9号遂宁市科学技术协会关于….)
    const opens = m !== null && m.index <= 4 && OPENS_AFTER_NUMBER.test(text.slice(m.index + m[0].length));
    // (Nor the forwarded document's, printed under the notice whose title cites it.)
    if (m && citedByTitle.includes(m[0].replace(RED_HEADER, '').replace(/\s+/g, ''))) continue;
    // (A label run into the number, 答復文號院臺經字第…號, is no part of it.)
    // (Or a line under the title that dates and numbers its approval: （119年7月15日府教學字第1190141236號函核定）.)
    // (Or an info line it opens, its fields run on: 鹤科协发〔2026〕9号来源：市科协组织人事部阅读 2316.)
    const info = m !== null && m.index === 0 && INFO_FIELD_AFTER.test(text.slice(m[0].length));
    // (Or one it ends, after its fields and a space: 2026-07-14　来源：区科协　郫科协〔2026〕7号.)
    const infoTail = m !== null && m.index + m[0].length === text.length && INFO_FIELDS_BEFORE.test(text.slice(0, m.index));
    if (m && (text.length <= m[0].length + 12 || DOC_LABEL.test(text) || opens || info || infoTail || APPROVAL_LINE.test(text))) return m[0].replace(RED_HEADER, '').replace(NUMBER_LABEL_RUN_IN, '').replace(LETTER_AFTER, '').replace(/\s+/g, '');
  }
  // (Or in brackets under its signature's date, as some sites print it: 2026年5月6日 / （吉科协联字〔2026〕6号）.)
  for (const i of layout.body.slice(-SIGNATURE_TAIL)) {
    const m = BRACKETED_NUMBER_LINE.exec(blocks[i].text.trim());
    if (m && DATE_ALONE.test(blocks[i - 1]?.text.trim() ?? '')) return m[1];
  }
  return null;
}
const SIGNATURE_TAIL = 3;
/** An info line's field after a number that opens it. */
const INFO_FIELD_AFTER = /^[\s\u3000]*(?:来源|來源|发布时间|發布時間|发布日期|發布日期|作者|编辑|編輯)[:：]/;
const BRACKETED_NUMBER_LINE = new RegExp(`^[（(](${DOC_NUMBER.source})[)）]$`);
const DATE_ALONE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;

const PROVINCES =
  '北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門';
/** A province on a line of its own after a post's time: 2025年12月3日 18:20 / 云南. */
const REGION_LINE_AFTER = new RegExp(`\\n[\\s\u3000]*(?:${PROVINCES})[\\s\u3000]*$`);
/** A platform's report button run on after the source and its region: 宜春科协 江西 举报. */
const REPORT_BUTTON_AFTER = /[\s\u3000]+(?:举报|舉報)$/;
/** A province after a space at a source's end: the poster's region a platform prints (迪庆科技 云南). */
const REGION_TAG = new RegExp(`(?<=\\S)[\\s\u3000]+(?:${PROVINCES})$`);
/** A reads counter run into the source after it, its thousands grouped or in 万: 市科协青少年科技教育部1,408, 科学技术普及部2.3万. */
const COUNT_AFTER = /(?<=[\u4e00-\u9fff])(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d)?[万萬wW])$/;
/** An app's relative time run into the source after it: 金水融媒3天前, 刚刚. */
const RELATIVE_TIME_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff])[\\s\\u3000]*${RELATIVE_TIME}$`);
/** A source's English name after a slash, on a bilingual site (市科协国际部 / SZAST International Office). */
const ENGLISH_AFTER_SLASH = /(?<=[\u4e00-\u9fff])[\s\u3000]*[/／][\s\u3000]*[A-Za-z][A-Za-z .,&'’-]*$/;
/** Where a body's name may start in running text: after a break, a punctuation mark or a word that
 * leads into it (由, 在, 和, 代表…), not inside a clause (会前报送县科协, 听取了县科协) nor on its speaker (我代表…) or a follow
 * prompt (关注恩施州科协, 查看州科协…名录). */
const NAME_START = '(?<=^|[\\s\\u3000，,、。；;：:（(“「《》>|｜和与與及由在向对對经經为為被据據表]|(?<![综綜])合|代表)(?!我|代表|关注|關注|查看|点击|點擊|访问|訪問|进入|進入)';
/** An association with its place (not a clause that sends something to one or hears it: 会前报送县科协, 电子版报区科协, 會議聽取了縣科協): 河南省科学技术协会, 山東省科協, 武汉市科协, 绵阳市安州区科学技术协会, 汝阳县十八盘乡科学技术协会, 中國科協 (and a template's ××市科学技术协会). */
const NAMED_ASSOCIATION = new RegExp(
  `(?:(?:${PROVINCES})(?:省|市|自治区|自治區|壮族自治区|回族自治区|维吾尔自治区|特别行政区|特別行政區)?|中国|中國)(?:${ASSOCIATION})` +
    `|${NAME_START}(?![\\u4e00-\\u9fff]{0,4}(?:报送|報送|发送|發送|送交|提交|报至|報至|[报報][市县縣区區州旗]|了|的|参照|參照|按照|依照|根据|根據|依据|依據))(?:[\\u4e00-\\u9fff]{2,4}(?:市|州|盟))?(?:[\\u4e00-\\u9fff]{1,4}(?:县|縣|区|區|旗)(?=[\\u4e00-\\u9fff]{1,5}(?:镇|鎮|乡|鄉|街道)(?:${ASSOCIATION})))?(?:[\\u4e00-\\u9fff]{2,5}(?:市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉|街道)|[\\u4e00-\\u9fff][县縣]|[×Ｘ＊*]{2,3}(?:市|县|縣|区|區))(?:${ASSOCIATION})` +
    // An autonomous prefecture's or county's, named in full: 昌吉回族自治州科学技术协会.
    `|${NAME_START}[\\u4e00-\\u9fff]{2,12}?自治(?:州|县|縣|旗)(?:${ASSOCIATION})` +
    // A university's own association: 长沙理工大学科学技术协会.
    `|${NAME_START}[\\u4e00-\\u9fff]{2,10}?(?:大学|大學|学院|學院)(?:${ASSOCIATION})`,
  'g',
);
/** Words that precede 市科协 / 县科协 without naming a place (今年市科协, 各市科协, 全县科协, 对接县科协, 金额以市科协…为准). */
const NOT_A_PLACE = /[今年全各本我该該和与與在的对對由为為是将將及等向从從其两兩多几幾诸諸每并並被经經接到以]/;
/** Places whose names hold one of those characters: 和田地区, 本溪市, 诸暨市, 平和县, 民和回族土族自治县, 呼和浩特市, 鄂尔多斯市. */
const PLACES_LIKE_WORDS =
  /呼和浩特|鄂尔多斯|鄂爾多斯|和布克赛尔|和布克賽爾|向阳|向陽|和田|和平|和龙|和龍|和顺|和順|和政|和静|和靜|和硕|和碩|和林格尔|平和|永和|共和|民和|本溪|全椒|全南|全州|多伦|多倫|两当|兩當|从化|從化|从江|從江|诸暨|諸暨|诸城|諸城|将乐|將樂/g;

function notAPlace(place: string): boolean {
  // (乡镇科协, 城乡科协: townships in general.)
  if (/(?:乡镇|鄉鎮|城乡|城鄉)$/.test(place)) return true;
  return NOT_A_PLACE.test(place.replace(PLACES_LIKE_WORDS, '')) || NOT_A_PLACE_WORD.test(place);
}
/** Words of a sentence before a bare 市科协 (在网上看到市科协, 他感謝江門市科協, 前天县科协). */
const NOT_A_PLACE_WORD = /简称|簡稱|审议|審議|学习|學習|邀请|邀請|支持|发挥|發揮|推动|推動|鼓励|鼓勵|依托|依託|指导|指導|加强|加強|配合|协助|協助|他|她|来自|來自|入选|入選|获得|獲得|据|據|按照|依据|依據|看到|感谢|感謝|网上|網上|听说|聽說|知道|通过|通過|联系|聯繫|关于|關於|参加|參加|来到|來到|记者|記者|兼任|代表|中共|这次|這次|联合|聯合|落实|落實|碰上|碰到|遇到|正好|^[前昨明]天|^[应應](?![县縣])/;
/** 校科协 is a university's own (高校科协 names universities' associations in general). */
const BARE_ASSOCIATION = new RegExp(`(省|市|县|縣|区|區|旗|(?<!高)校|(?<![乡鄉])[镇鎮]|[乡鄉](?![镇鎮]))(?:${ASSOCIATION})`, 'g');

type Level = 'national' | 'province' | 'city' | 'county' | 'township' | 'institution';

function levelOf(name: string): Level {
  if (/^(?:中国|中國)/.test(name)) return 'national';
  if (/(?:大学|大學|学院|學院|校)(?:科学技术协会|科學技術協會|科协|科協)$/.test(name)) return 'institution';
  const m = /(省|自治区|自治區|特别行政区|特別行政區|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉|街道)(?:科学技术协会|科學技術協會|科协|科協)$/.exec(name);
  if (!m) return 'province';
  if (/^(?:镇|鎮|乡|鄉|街道)$/.test(m[1])) return 'township';
  if (m[1] === '市') return /^(?:北京|天津|上海|重庆|重慶)市/.test(name) ? 'province' : 'city';
  // Inner Mongolia's banners (旗) are counties, its leagues (盟) cities.
  if (m[1] === '县' || m[1] === '縣' || m[1] === '区' || m[1] === '區' || m[1] === '旗') return 'county';
  return m[1] === '州' || m[1] === '盟' ? 'city' : 'province';
}

const AUTONOMOUS_REGION = /^(?:西藏|新疆|广西|廣西|宁夏|寧夏|内蒙古|內蒙古)(?:自治区|自治區|壮族自治区|回族自治区|维吾尔自治区)?$/;

const LEVEL_RANK: Record<Level, number> = { national: 0, province: 1, city: 2, county: 3, township: 4, institution: 5 };

const BARE_LEVEL: Record<string, Level> = { 省: 'province', 市: 'city', 县: 'county', 縣: 'county', 区: 'county', 區: 'county', 旗: 'county', 镇: 'township', 鎮: 'township', 乡: 'township', 鄉: 'township', 校: 'institution' };

function placeOf(name: string): string {
  return name.replace(/(?:科学技术协会|科學技術協會|科协|科協)$/, '');
}

/** Whether `other` names `place` too: in full (绵阳市安州区 for 安州区) or with its 省 (海南省 for 海南). */
function namesPlace(other: string, place: string): boolean {
  // (A Traditional body and a Simplified footer name one place: 江門 and 江门.)
  const bare = (p: string) => toSimplifiedChars(p.replace(/(?<=..)(?:省|自治区|自治區)$/, ''));
  return other.endsWith(place) || bare(other) === bare(place) || bare(other).endsWith(bare(place));
}

const ORG_SAMPLE = 200;

const DISTRICT_PARENT = /^(?:民政事務總署|民政事务总署)$/;
const DISTRICT_OFFICE = /^[\u4e00-\u9fff]{2,6}(?:民政事務處|民政事务处)$/;
/** A preposition a lead's sentence put before the name (经甘肃省…, 受松阳县科协委托; not the 經 of 經濟部水利署南區…). */
const PREPOSITION_HEAD = /^(?:(?:[\u4e00-\u9fff]{2,6}由|来源[丨|｜:：]|來源[丨|｜:：])(?=[\u4e00-\u9fff]{2,6}(?:省|市|县|縣|区|區|州|盟|旗))|(?:以|由|受|经(?!济)|經(?!濟)|综合自|綜合自|转自|轉自|引自|摘自|在|响应|響應|[\u4e00-\u9fff]{1,2}了)(?=[\u4e00-\u9fff]{1,6}(?:省|市|县|縣|区|區|州|盟|旗))|(?:根据|根據)(?=[\u4e00-\u9fff]{2})|(?:深入|走进|走進|走访|走訪|来到|來到|前往)(?=[\u4e00-\u9fff]{0,6}(?:省|市|县|縣|区|區|州|盟|旗)))/;
const WELCOME = /^(?:欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎来到|歡迎來到)/;
const PRESS_SERVICE = /^(?:澳門特別行政區政府|澳门特别行政区政府)(?:新聞局|新闻局)$/;
const TOWNSHIP_OFFICE = '人民政府|办事处|辦事處';
const TOWNSHIP = new RegExp(`(?:镇|鎮|乡|鄉|街道)(?:${TOWNSHIP_OFFICE})$`);
const TOWNSHIP_NAME = /^[\u4e00-\u9fff]{1,6}(?:镇|鎮|乡|鄉|街道)$/;
const SOCIETY = /(?:学会|學會|研究会|研究會)$/;
const ASSOCIATION_WORD = /科协|科協|科学技术协会|科學技術協會|学会|學會/;
/** Who keeps a portal rather than running it for its government: its office, its data centre, its media centre (which writes the news of the government's work). */
const SITE_KEEPER = /(?:办公室|辦公室|办公厅|辦公廳|信息中心|資訊中心|大数据中心|大數據中心|数据中心|數據中心|融媒体中心|融媒體中心)$/;
/** The footer's 承办：X, the body that runs the portal (邯郸市12345政务服务便民热线中心). */
const RUNNER = /(?:承办单位|承辦單位|承办|承辦)[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff0-9]{4,30})/;
/** The footer's 主办：X, X read whole (厦门市人民政府台港澳事务办公室, not its first name 厦门市人民政府). */
const HOST = /(?:主办单位|主辦單位|主办|主辦)[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff]{4,30})/;

/** Whether `short` is `name` shortened: at least four of its characters, in order (市台港澳办). */
function abbreviates(short: string, name: string): boolean {
  if (short.length < 4 || short === name) return short === name;
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The association a title opens on (殷行街道科协召开…) as the page names it with its place, or null. */
function titledAssociation(title: string | null, named: Map<string, { forms: Set<string> }>, blocks: PageBlock[]): string | null {
  const place = title ? TITLE_ASSOCIATION.exec(title)?.[1] : undefined;
  if (!place) return null;
  const forms = [...named.values()].flatMap((entry) => [...entry.forms]).filter((form) => form.includes(place));
  return forms.length ? fullestForm(forms.sort((a, b) => b.length - a.length)[0], blocks) : null;
}
/** The place of an association a title opens on: 殷行街道 of 殷行街道科协召开…. */
const TITLE_ASSOCIATION = /^([\u4e00-\u9fff]{2,6})(?:科协|科協)/;
const SHORT_ASSOCIATION = /^([\u4e00-\u9fff]{0,6}?)([省市州县縣区區旗盟])(?:科协|科協)/;
const ASSOCIATION_NAME_END = /(?:科学技术协会|科學技術協會|科协|科協)$/;

/** Whether a source line opens on `owner`, an association, in short: 州科协, 临夏州科协, 市科协办公室. */
function ownAssociationSource(source: string, owner: string): boolean {
  const m = SHORT_ASSOCIATION.exec(source);
  if (!m || !ASSOCIATION_NAME_END.test(owner)) return false;
  const place = owner.replace(ASSOCIATION_NAME_END, '');
  return place.endsWith(m[2]) && (!m[1] || abbreviates(m[1] + m[2], place) || place.startsWith(m[1]));
}

/**
 * The body a site's banner names (香港特別行政區政府　新聞公報): a government's press-release service
 * issues every release it prints, whichever department the release opens on.
 */
function siteBanner(blocks: PageBlock[], tags: MetaTags): string | null {
  for (let i = 0; i < Math.min(blocks.length, 5); i++) {
    const m = blocks[i].text.length <= 60 ? (BANNER.exec(blocks[i].text) ?? BILINGUAL_BANNER.exec(blocks[i].text)) : null;
    if (m) return m[1];
    // (A copy puts the banner's two parts on lines of their own: 香港特別行政區政府 / 新聞公報.)
    const name = blocks[i].text.trim();
    if (GOVERNMENT_NAME.test(name) && PRESS_BANNER_LINE.test(blocks[i + 1]?.text ?? '')) return name;
  }
  for (const alt of (tags[IMAGE_ALTS_TAG] ?? '').split('\n')) {
    const m = BANNER.exec(alt);
    if (m) return m[1];
  }
  return null;
}
const PRESS_BANNER = /新聞公報|新闻公报/;
const PRESS_BANNER_LINE = /^[\s\u3000]*(?:新聞公報|新闻公报)[\s\u3000]*$/;

/** The body a policy's reading names as its reader (解读机关：…, 解读单位：…), or null. */
function interpretingBody(blocks: PageBlock[], body: number[]): string | null {
  for (const i of body) {
    const m = blocks[i].text.includes('解') ? INTERPRETING_BODY.exec(blocks[i].text) : null;
    if (m) return m[1];
  }
  return null;
}
/** 解读机关：龙岩市科学技术协会科普部；…: the body, its department after it left out. */
const INTERPRETING_BODY = /(?:解读|解讀)(?:机关|機關|单位|單位)[\s\u3000]*[:：][\s\u3000]*([\u4e00-\u9fff]{2,24}?(?:科学技术协会|科學技術協會|局|厅|廳|委员会|委員會|人民政府))(?:[\u4e00-\u9fff]{1,8}?(?:部|处|處|科|室))?(?=$|[\s\u3000；;，,。（(])/;

/** The association the page is about: the most mentioned level, its most named place, its fullest form. */
function findOrg(blocks: PageBlock[], clues: OrgClues, tags: MetaTags): string | null {
  // A government's press service prints every bureau's news on its own site (Macau's 新聞局:
  // 衛生局：電子健康檔案平台…): the service's, as the banner of Hong Kong's 新聞公報 is.
  const { owner } = clues;
  if (owner && PRESS_SERVICE.test(owner)) return owner;
  // (So is a release whose title opens on its bureau: 環境及生態局公布《藍圖》推行進展.)
  // (Its logo may name the government alone, 新聞公報 a link of the menu.)
  const alts = tags[IMAGE_ALTS_TAG] ?? '';
  if (blocks.slice(0, 5).some((b) => PRESS_BANNER.test(b.text)) || PRESS_BANNER.test(alts)) {
    const government = siteBanner(blocks, tags) ?? alts.split('\n').find((alt) => GOVERNMENT_NAME.test(alt.trim()))?.trim();
    if (government) return government;
  }
  // The issuer a title opens on is the document's own, whatever associations its body cites.
  const issuer = clues.title ? TITLE_ISSUER.exec(clues.title) : null;
  // (张掖市科学技术协会第三届委员会工作报告: the association's, not its session's committee.)
  // (厦门市科学技术局转发福建省科学技术厅关于…: the body that forwards, not the one it forwards.)
  if (issuer) return fullestForm((issuer[1] ?? issuer[2]).replace(SESSION_COMMITTEE, '').replace(FORWARDS, ''), blocks);
  // A speech its title gives to a ministry's head (教育部部長於…頒獎典禮致詞) is the ministry's.
  const headOf = clues.title ? HEAD_SPEAKS.exec(clues.title)?.[1] : undefined;
  if (headOf) return fullestForm(headOf, blocks);
  // A notice forwarding another (关于转发《河南省科学技术协会关于…》的通知) is the forwarder's, whichever of them signs
  // first: the lowest body that signs, as notices go down, and not the one the title names.
  const original = clues.title && FORWARDING_TITLE.test(clues.title) ? FORWARDS.exec(clues.title)![0] : null;
  const forwarder = original ? forwardingSigner(blocks, clues.body, original) : null;
  if (forwarder) return fullestForm(forwarder, blocks);
  // A title that opens on a place's short name (朝阳街道：…) is that body's news, as its lead names
  // it in full (淮南市田家庵区朝阳街道办事处联合区科协…).
  const opener = clues.title ? TITLE_OPENER.exec(clues.title) : null;
  const opened = opener ? fullNameInLead(blocks, clues.body, opener[1], BODY_NAME) : null;
  if (opened) return opened;
  // So is one that opens on a department by its level alone (市科技局召开…), as the body names it
  // in full (会上，商丘市科学技术局通报…).
  const levelOpened = clues.title ? DEPARTMENT_OPENING.exec(clues.title)?.[1] : undefined;
  const placed = levelOpened && SHORT_DEPARTMENT.test(levelOpened) ? namedWithPlace(blocks, clues.body, levelOpened) : null;
  // (In its fullest form: 大理州科学技术局 signs as 大理白族自治州科学技术局.)
  if (placed) return fullestForm(placed, blocks);
  // So is one that opens on several bodies by their level, the site's owner first (省科技厅 省工信厅 省科协联合召开…
  // on 陕西省科学技术厅's site), whatever ministries' notice it puts into effect.
  const jointFirst = clues.title ? LEVEL_BODIES_OPENING.exec(clues.title)?.[1] : undefined;
  if (jointFirst && owner && abbreviates(jointFirst, owner)) return owner;
  // So is a township's news whose title opens on the name its source line gives (来源：城东街道 /
  // 城东街道“科普进社区”…), whatever association it worked with: its lead names it in full.
  const source = clues.source;
  const township = source && TOWNSHIP_NAME.test(source) && clues.title?.startsWith(source) ? fullNameInLead(blocks, clues.body, source, TOWNSHIP_OFFICE) : null;
  if (township) return township;
  // A township's own report (大瑶镇2024年工作总结…) is its government's, as the page names it in full.
  const reporting = clues.title ? TITLE_TOWNSHIP.exec(clues.title) : null;
  if (reporting) {
    // (Its county or city before it where a line or a clause starts there: 浏阳市大瑶镇人民政府; or its
    // city and district: 济南市历下区姚家街道办事处.)
    const pattern = new RegExp(`(?:(?<![\\u4e00-\\u9fff])(?:[\\u4e00-\\u9fff]{2,4}[市州])?[\\u4e00-\\u9fff]{2,4}[市县縣区區])?${reporting[1]}(?:${TOWNSHIP_OFFICE})`);
    for (const b of blocks) {
      const m = b.text.includes(reporting[1]) ? pattern.exec(b.text) : null;
      if (m) return m[0];
    }
  }
  // A government's work report is that government's, whichever department publishes its excerpt
  // (丹江口市2027年政府工作报告（科技创新部分节选）, 发布机构：丹江口市科技局).
  const reportPlace = clues.title ? GOVERNMENT_REPORT_TITLE.exec(clues.title)?.[1] : undefined;
  const government = reportPlace ? `${reportPlace}人民政府` : null;
  // (Named with its city where the page names it so: 江門市新會區人民政府 for 新會區2026年政府工作報告; a place's name has two characters
  // mostly, and a longer reach takes in the words before it, 訪問…, 市长代表….)
  if (government && pageText(blocks).includes(government)) return new RegExp(`[\\u4e00-\\u9fff]{2}[市州]${government}`).exec(pageText(blocks))?.[0] ?? government;
  // (Or one its title names by its level alone, 2026年市政府工作报告…摘编, as the page names that government: 漯河市人民政府, 石泉县人民政府网.)
  const reportLevel = clues.title ? LEVEL_GOVERNMENT_REPORT.exec(clues.title)?.[1] : undefined;
  const levelGovernment = reportLevel ? new RegExp(`[\\u4e00-\\u9fff]{2}${reportLevel}人民政府`).exec(pageText(blocks))?.[0] : undefined;
  if (levelGovernment) return levelGovernment;
  // (Or one whose title names no place, 政府工作报告（全文）, by its speaker's line: 临沧市人民政府市长　段明华; so is a
  // speech titled without its speaker, as a paper or a media centre prints it: 在全市科协工作会议上的讲话 / 晋中市人民政府副市长　王建伟.)
  const outletsSpeech = clues.title !== null && UNNAMED_SPEECH.test(clues.title) && owner !== null && MEDIA_OUTLET.test(owner);
  if (clues.title && (BARE_GOVERNMENT_REPORT.test(clues.title) || outletsSpeech)) {
    for (const i of clues.body.slice(0, SPEAKER_LINES)) {
      const head = GOVERNMENT_HEAD_LINE.exec(blocks[i].text);
      if (head) return head[1];
    }
  }
  // A policy's reading names the body that reads it (解读机关：攸县科技和工业信息化局), not one of its departments
  // (…科学技术协会科普部), whatever government's portal prints it.
  const reader = interpretingBody(blocks, clues.body);
  if (reader) return reader;
  // A disclosure table names it: 发布机构：上海市闵行区人民政府.
  // (As the portal's, its government's office that keeps it: 发布机构：六安市人民政府办公室 on 六安市人民政府's;
  // not where the office signs the document, 安岳县人民政府办公室 over 2030年6月12日.)
  if (clues.publisher) {
    // (Not where a township's association signs first what its office publishes: 发布机构：鄞州区下应街道办事处,
    // signed 宁波市鄞州区下应街道科学技术协会.)
    const association = townshipsAssociation(blocks, clues.body, clues.publisher, clues.title);
    if (association) return fullestForm(association, blocks);
    // (A print view shows no footer: the office is its government's all the same.)
    const government = clues.publisher.replace(GOVERNMENT_OFFICE, '');
    const keeper = government !== clues.publisher && (owner === null || government === owner);
    return keeper && signatureOrg(blocks, clues.body) !== clues.publisher ? government : fullestForm(clues.publisher, blocks);
  }
  // So does an association's own number, where the page names it in full (克州科协发〔2026〕11号,
  // signed 克孜勒苏柯尔克孜自治州科学技术协会), whatever region's association its text cites.
  const numbered = clues.docNumber ? ASSOCIATION_NUMBER.exec(clues.docNumber)?.[1] : undefined;
  const numberedFull = numbered ? fullestForm(numbered, blocks) : null;
  if (numbered && numberedFull !== numbered && numberedFull !== unabbreviated(numbered)) return numberedFull;
  // A document its site's owner signs is that body's own (湖北省化学化工学会 signs, and owns the
  // site), whatever associations it names as supporters.
  // (Unless another signs first, a joint document's first issuer, side by side or on top: 嘉兴市科学技术协会    嘉兴市工商业联合会
  // on the latter's site.)
  if (owner && ownerSigns(blocks, clues.body, owner)) {
    const first = stackedIssuers(blocks, clues.body) ?? footSigner(blocks, clues.body);
    return fullestForm(first && first !== owner && unabbreviated(first) !== owner && BODY_NAME_ONLY.test(first) ? first : owner, blocks);
  }
  // So is news whose lead names the society that owns the site (江苏省气象学会联合…), whatever
  // association its links and its 主管单位 name.
  if (owner && SOCIETY.test(owner) && leadOf(blocks, clues.body).includes(owner)) return owner;
  // A society that signs the document issues it (闽植保学〔2025〕11号, signed 福建省植物保护学会),
  // whatever association guides its event.
  // (Not the one whose document the page forwards, signed under the original: 转发中国药学会关于…的通知,
  // 市科协关于转发《湖北省机械工程学会关于…》的通知.)
  const signer = signatureOrg(blocks, clues.body);
  const forwarded = signer !== null && clues.title !== null && (FORWARDS.exec(clues.title)?.[0].includes(signer) ?? false);
  if (signer && SOCIETY.test(signer) && !forwarded) return signer;
  // So does a body that signs a report or plan whose title opens on its short name (百色市老科协2029年工作总结,
  // signed 百色市老科学技术工作者协会), whatever association's site prints it.
  const titleHead = signer && clues.title ? TITLE_HEAD.exec(clues.title)?.[1] : undefined;
  if (titleHead && abbreviates(titleHead, signer!)) return signer;
  // A source line naming the owner's association in short, or one of its departments (州科协组宣部
  // on the site of 临夏回族自治州科学技术协会), makes the page its own, whatever county association
  // the text names more often.
  if (owner && clues.source && ownAssociationSource(clues.source, owner)) return owner;
  // A joint document whose issuers sign one to a line is its first issuer's (华溪县教育局 / 华溪县科学技术协会 / 华溪县财政局 / date).
  const stacked = stackedIssuers(blocks, clues.body);
  if (stacked) return fullestForm(stacked, blocks);
  const counts = new Map<Level, number>();
  const named = new Map<string, { count: number; forms: Set<string> }>();
  let bare: Record<Level, string | null> = { national: null, province: null, city: null, county: null, township: null, institution: null };
  let bareRegion = 0;
  // The page's head and foot (site name, breadcrumb, signature, footer) and enough of the body to
  // see which association it is about; the rest of a very long page adds nothing.
  const sample = blocks.length <= ORG_SAMPLE * 2 ? blocks : [...blocks.slice(0, ORG_SAMPLE), ...blocks.slice(-ORG_SAMPLE)];
  for (const b of sample) {
    if (!b.text.includes('科')) continue; // every form of the association's name has 科
    // The body a site's owner answers to (主管单位：泉州市科学技术协会) is not the page's.
    // (Nor is a WeChat profile's label, run into the name: 功能介绍博尔塔拉…科学技术协会官方公众号.)
    const text = withoutSupervisor(b.text).replace(PROFILE_LABEL, '');
    const namedEnds = new Set<number>();
    NAMED_ASSOCIATION.lastIndex = 0;
    for (let m = NAMED_ASSOCIATION.exec(text); m; m = NAMED_ASSOCIATION.exec(text)) {
      if (notAPlace(placeOf(m[0]))) {
        // 由伊金霍洛旗科学技术协会: the name may start after the word that was taken for its place.
        NAMED_ASSOCIATION.lastIndex = m.index + 1;
        continue;
      }
      namedEnds.add(m.index + m[0].length);
      const level = levelOf(m[0]);
      counts.set(level, (counts.get(level) ?? 0) + 1);
      const place = placeOf(m[0]);
      const entry = named.get(place) ?? { count: 0, forms: new Set<string>() };
      entry.count++;
      entry.forms.add(m[0]);
      named.set(place, entry);
    }
    BARE_ASSOCIATION.lastIndex = 0;
    for (let m = BARE_ASSOCIATION.exec(text); m; m = BARE_ASSOCIATION.exec(text)) {
      if (namedEnds.has(m.index + m[0].length)) continue; // the tail of a named one
      if (m[1] === '区' || m[1] === '區') bareRegion++;
      const level = BARE_LEVEL[m[1]];
      counts.set(level, (counts.get(level) ?? 0) + 1);
      bare = { ...bare, [level]: bare[level] ?? m[0] };
    }
  }
  // An enterprise's association on its company's site (新疆克拉玛依能源集团有限责任公司科学技术协会 in the
  // lead): its news is the association's, as a university's 校科协's is.
  if (!counts.size) return enterpriseAssociation(blocks, clues.body, clues.title) ?? associationSigner(blocks, clues) ?? fallbackOrg(blocks, clues, tags);
  // News whose source line names the site's host in short (信息来源：市台港澳办 on the site of
  // 厦门市人民政府台港澳事务办公室) is the host's, whatever association it worked with.
  const host = clues.source ? footerMatch(blocks, HOST) : null;
  // (A government's portal is kept by its office: 信息来源：县政府办公室 on 通渭县人民政府办公室's site is the government's.)
  // (Unless its title opens on an association the page names in full: 殷行街道科协召开…, 上海市杨浦区殷行街道科学技术协会,
  // on the street office's site, 来源：殷行街道.)
  if (host && !ASSOCIATION_WORD.test(host) && abbreviates(clues.source!, host)) return titledAssociation(clues.title, named, blocks) ?? host.replace(GOVERNMENT_OFFICE, '');
  // On the pages of an autonomous region (西藏自治区科协) 区科协 is the region's own association.
  if (bareRegion && [...named.keys()].some((place) => AUTONOMOUS_REGION.test(place))) {
    counts.set('county', (counts.get('county') ?? 0) - bareRegion);
    counts.set('province', (counts.get('province') ?? 0) + bareRegion);
  }
  // Equal counts: a level the page names an association of in full (甘南藏族自治州科学技术协会, beside a
  // bare 省科协 thanked once), then the higher level (a notice names its issuer and each recipient below it once).
  const namedLevels = new Set([...named.keys()].map((place) => levelOf(`${place}科协`)));
  const level = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(namedLevels.has(b[0])) - Number(namedLevels.has(a[0])) || LEVEL_RANK[a[0]] - LEVEL_RANK[b[0]])[0][0];
  const places = [...named.entries()].filter(([place]) => levelOf(`${place}科协`) === level);
  // Only 区科协 or 市科协, which names no place: the site's owner or signature names the body better.
  if (!places.length) return fallbackOrg(blocks, clues, tags) ?? bare[level];
  places.sort((a, b) => b[1].count - a[1].count);
  // The place as the page names it in full (绵阳市安州区 in the footer) is the same place as 安州区.
  const [place] = places[0];
  const forms = places.filter(([p]) => namesPlace(p, place)).flatMap(([, entry]) => [...entry.forms]);
  return fullestForm(forms.sort((a, b) => b.length - a.length)[0], blocks);
}

// (Hong Kong's Observatory and Post, whose names say no kind of body: 香港天文台, 香港郵政.)
const BODY_KINDS =
  '天文台|教育會|教育会|(?<=社團|社团|工)(?:聯會|联会)|(?<=香港)(?:郵政|邮政)|人民政府|政府|司法机构|司法機構|委员会|委員會|协会|協會|学会|學會|联合会|聯合會|协进会|協進會|促进会|促進會|研究会|研究會|总会|總會|商会|商會|办公厅|辦公廳|办公室|辦公室|基金会|基金會|基金|局|厅|廳|部|(?<![签簽部])署|院|处|處|科技馆|科技館|科学技术馆|科學技術館|博物馆|博物館|植物园|植物園|' + SERVICE_BODIES + '|图书馆|圖書館|教育館|教育馆|天文館|天文馆|太空館|太空馆|動物園|动物园|美術館|美术馆|工会|工會|常委会|常委會|团委|團委|党委|黨委|妇联|婦聯|议会|議會|立法会|立法會|公所|研究所|(?<=部[\u4e00-\u9fff]{2,6})司';
const BODY_NAME = `[\\u4e00-\\u9fff]{2,20}?(?:${BODY_KINDS})`;
/** A body's party group or its offices' party committee, the body's name in group 1: 中共白银市科学技术协会党组, 廣東省科協機關黨委. */
const PARTY_OF = `(?:中共|中國共產黨|中国共产党)?([\\u4e00-\\u9fff]{2,8}(?:科协|科協)|${BODY_NAME})(?:党组|黨組|机关党委|機關黨委|机关委员会|機關委員會)`;
/** A copyright's years: 2025, 2016-2025. */
const YEARS = `(?:\\d{4}(?:\\s*[-–—~]\\s*\\d{4})?[\\s\\u3000]*)?`;
const OWNER_LABEL = `(?:${COPYRIGHT}|主办单位|主辦單位|主办|主辦|©)\\s*[:：©]?\\s*${YEARS}`;
/** Where a footer's name ends: not before more of the name (© 2025 澳门特别行政区政府新闻局 版权所有). */
const NAME_END = `(?=[^\\u4e00-\\u9fff]|$|${COPYRIGHT}|地址|地點|电话|電話|技术支持|技術支持|承办|承辦|协办|協辦|网站|網站|备案|備案|联系|聯繫)`;
/** A body's name in a footer: any BODY_NAME, or a public centre (國家住宅及都市更新中心 版權所有, a Taiwan 行政法人), or Taiwan's central bank. */
const OWNER_NAME = `(?:[\\u4e00-\\u9fff]{2,20}?(?:${BODY_KINDS}|中心)|中央銀行|中央银行)`;
/** The site owner named in a footer: 版权所有 X, 主办单位：X, X 版權所有, X　地址：…, X　26244宜蘭縣…, X｜26051宜蘭縣…, X 302 新竹縣…. */
const OWNER = new RegExp(
  `${OWNER_LABEL}(${OWNER_NAME})${NAME_END}|${OWNER_LABEL}(${OWNER_NAME})|(${OWNER_NAME})(?:[（(][^）)]{1,12}[）)])?[\\s\\u3000]*(?:${COPYRIGHT})|^[\\s\\u3000]*(${OWNER_NAME})[\\s\\u3000]+(?:地址|地點|地点)[:：]|^[\\s\\u3000]*(${OWNER_NAME})(?:[\\s\\u3000]+|[\\s\\u3000]*[|｜][\\s\\u3000]*)\\d{3,6}[\\s\\u3000]*[\\u4e00-\\u9fff]{1,4}(?:縣|县|市|省)` +
    // (Or its headquarters' address, the body named alone: 醫療輔助隊總部：九龍油麻地….)
    `|(?:^|[\\s|｜])([\\u4e00-\\u9fff]{0,20}?(?:${BODY_KINDS}))(?:总部|總部)[:：]` +
    // (Or the year and © after its name: 香港特别行政区司法机构　2030 © | 重要告示; 康樂及文化事務署 © 2026　桌面版.)
    `|(?:^|[\\s|｜])(${OWNER_NAME})[\\s\\u3000]+(?:\\d{4}[\\s\\u3000]*©|©[\\s\\u3000]*\\d{4})` +
    // (Or its address and phone after its name: 政府物流服務署　北角渣華道333號…　電話：2231 5129, …　查詢：2724 9042.)
    `|^[\\s\\u3000]*(${OWNER_NAME})[\\s\\u3000]+\\S[^\\n]{0,40}?${PHONE_LABEL}` +
    // (Or a labelled address with its postcode after it: 臺南市政府教育局　永華市政中心：70801臺南市….)
    `|^[\\s\\u3000]*(${OWNER_NAME})${LABELLED_ADDRESS_AFTER}` +
    // (Or its English name after it: 教育部體育署　Sports Administration, Ministry of Education.)
    `|^[\\s\\u3000]*(${OWNER_NAME})${ENGLISH_NAME_AFTER}` +
    // (Or 主办 after its name, a mobile site's footer: 天津市西青区科学技术局 主办.)
    `|^[\\s\\u3000]*(${OWNER_NAME})[\\s\\u3000]*(?:主办|主辦)[\\s\\u3000]*$`,
);
/** Who runs the site (本網站由香港特別行政區政府新聞處管理): the owner, failing a banner that names it. */
const RUN_BY = new RegExp(`本(?:网站|網站|站)由\\s*(${BODY_NAME})`);
/** A footer line that ends on a body's name: `重要告示 | 私隱政策 | 2025  香港特別行政區政府`. */
const FOOTER_BODY = new RegExp(`(?:^|[\\s|｜©])(${BODY_NAME})$`);
/** Page widgets whose words end like a body's name (返回顶部 ends in 部). */
const WIDGET_NAME = /(?:顶部|頂部|底部|首部)$/;
/** A site's banner: its owner's name, then what the site is (香港特別行政區政府　新聞公報). */
const BANNER = new RegExp(
  `^[\\s\\u3000]*(${BODY_NAME})[\\s\\u3000]*(?:[-–—|｜][\\s\\u3000]*)?(?:新聞公報|新闻公报|新聞稿|新闻稿|門戶網站|门户网站|入口網站|網站|网站)$`,
);
/** A site's banner in both languages: 教育局 Education Bureau, 創新科技署 Innovation and Technology Commission. */
const BILINGUAL_BANNER = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})[\\s\\u3000]+(?:[A-Z][A-Za-z&'’.,-]*[\\s\\u3000]*){1,8}$`);
/**
 * A company that owns the site (版权所有 北京…有限公司), or that its account introduces at the foot
 * (…股份有限公司成立于2003年): a page with no body of its own names at least its publisher.
 * (Its region may stand in brackets inside its name: 华创科技服务（广州）有限公司.)
 */
const COMPANY_NAME = `[\\u4e00-\\u9fff]{2,30}?(?:[（(][\\u4e00-\\u9fff]{2,6}[)）][\\u4e00-\\u9fff]{0,20}?)?(?:${LIMITED_COMPANY}|公司)`;
const COMPANY_OWNER = new RegExp(
  `(${COMPANY_NAME})[\\s\\u3000]*(?:${COPYRIGHT})|(?:${COPYRIGHT}|${ACCOUNT_OWNER})[\\s\\u3000:：©]*${YEARS}(${COMPANY_NAME})|^[\\s\\u3000]*(${COMPANY_NAME})(?:成立于|成立於)`,
);

/**
 * A press release opens on the body that issues it: 創新科技署今日（五月三日）宣布…,
 * 國家科學及技術委員會（國科會）今（5）日公布…, 市政府近日印发….
 */
const LEAD_BODY = new RegExp(
  // (根據醫衞局公布的數字: a body cited, the sentence's subject is not named.)
  `^[\\s\\u3000]*(?!根据|根據|据|據|依据|依據|按照)(${BODY_NAME})(?:[（(][^（()）]{1,12}[)）])?(?:今|昨|日前|近日|近期|于|於|宣布|公布|表示|发布|發布|印发|印發)`,
);
const BODY_NAME_ONLY = new RegExp(`^${BODY_NAME}$`);
/** A reporter's lead on what a body told them: 记者从农业农村部了解到. */
const REPORTER_LEARNED = new RegExp(`^[\\s\\u3000]*(?:记者|記者)(?:从|從|自)(${BODY_NAME})(?:获悉|獲悉|了解到|得悉|獲得|获得)`);
/** Or on what its head said: 創新科技及工業局局長何志謙表示. */
const HEAD_SAID = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})(?:局長|局长|部長|部长|署長|署长|處長|处长|主任|主席|負責人|负责人|發言人|发言人)[\\u4e00-\\u9fff]{2,4}?(?:表示|指出|說|说|介紹|介绍)`);
/** A footer's copyright line, where a site names its owner. */
const COPYRIGHT_LINE = new RegExp(`${COPYRIGHT}|©|copyright`, 'i');
/** A document-sharing site, which hosts what its users upload: 原创力文档, 道客巴巴, 豆丁网, 360doc个人图书馆. */
const SHARING_SITE = /原创力文档|原創力文檔|道客巴巴|豆丁|文库|文庫|个人图书馆|個人圖書館|360doc|docin|doc88|book118|renrendoc|人人文档|冰点文库/i;
/** A news outlet, as its footer names it: 新华网股份有限公司, 中央通訊社, 祥云县融媒体中心. */
const MEDIA_OUTLET = /(?:网|網)股份有限公司|(?<!政府)(?:新闻网|新聞網)|央视网|央視網|China Central Television|日报社|日報社|报业|報業|融媒体中心|融媒體中心|广播电视台|廣播電視台|电视台|電視台|通讯社|通訊社|新闻社|新聞社|News Agency|Xinhua|RTHK|香港電台/i;
/** A report's dateline and date: 光明网讯（记者 …）3月26日，, （中央社記者盧太城台東25日電）, 新华社北京3月5日电（记者…）. */
const NEWS_DATELINE = /^[\s\u3000]*(?:[\u4e00-\u9fff+]{0,8}(?:讯|訊|消息)[\s\u3000]*(?:[（(][^（()）\n]{0,40}[)）])?[：:]?|[（(][^（()）\n]{0,30}(?:电|電)[)）]|[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日(?:电|電)(?:[（(][^（()）\n]{0,30}[)）])?)[\s\u3000]*(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[，,][\s\u3000]*)?/;

/** A title opening on a company's or a hospital's own association: 公司科协举办…, 医院科协关于…, 关于印发《公司科协…》的通知. */
const COMPANY_ASSOCIATION_TITLE = new RegExp(`^${ISSUING_PREFIX}(?:集团公司|集團公司|公司|集团|集團|医院|醫院)(?:科协|科協|科学技术协会|科學技術協會)`);
/** A company, a group or a hospital as its association's name opens on it: …有限公司, …有限责任公司, …集团, …医院. */
const ASSOCIATION_COMPANY = '[\\u4e00-\\u9fff]{2,30}?(?:有限责任公司|有限責任公司|有限公司|集团|集團|医院|醫院)';
/**
 * A company's or a hospital's association named in full (…有限公司科学技术协会, …集团科学技术协会, …医院科学技术协会), in
 * group 1: not the clause that names it (这次会议是晋东煤业集团有限责任公司科学技术协会…, 由…医院科学技术协会主办).
 */
const COMPANY_ASSOCIATION = new RegExp(`${NAME_START}(?:[\\u4e00-\\u9fff]{0,10}?(?:是|由))?(${ASSOCIATION_COMPANY}(?:科学技术协会|科學技術協會))`);
/** The company's association as the body names it in full: 潍坊华晟动力机械股份有限公司科学技术协会. */
function companyAssociation(blocks: PageBlock[], body: number[]): string | null {
  for (const i of body) {
    const m = COMPANY_ASSOCIATION.exec(blocks[i].text);
    if (m) return m[1];
  }
  return null;
}

/** A title opening on the company itself: 集团公司召开…, 公司举办…. */
const COMPANY_TITLE = /^(?:集团公司|集團公司|本公司|公司|集团|集團)(?![\u4e00-\u9fff]*(?:科协|科協|科学技术协会|科學技術協會))/;

/** A forum's or blog's tag before a reposted title: [转帖], 【转载】, [原创], a board's [经验交流]; or a platform's 原创 badge after it. */
const ORIGINAL_BADGE = /(?:原创|原創)$/;
const REPOST_TAG = /^[\s\u3000]*[[【](?:转帖|轉帖|转贴|轉貼|转载|轉載|原创|原創|转|轉|分享|推荐|推薦)[\]】][\s\u3000]*|^[\s\u3000]*\[[\u4e00-\u9fff]{2,6}\][\s\u3000]*|[\s\u3000]+(?:原创|原創)$/;

/**
 * A bilingual site's headline in its other language, after the Chinese one in the same heading:
 * 科技基金2029年度资助总额按年上升 FDCT: montante de apoio financeiro…, or after a slash.
 */
const TRANSLATED_TITLE = /(?<=[\u4e00-\u9fff」”》）)])(?:[\s\u3000]*[/／|｜])?[\s\u3000]+(?=[A-Za-zÀ-ÿ][^\u4e00-\u9fff]*(?:[\s\u3000][A-Za-zÀ-ÿ:,.'-]+){3})[^\u4e00-\u9fff]{20,}$/;

/**
 * A document's own number printed after its title, in brackets or run on in the same heading:
 * 关于开展…活动的通知（迁科协字〔2030〕4号）, 关于推荐…候选人的通知黑科协发〔2030〕17号. Its issuer's
 * short name holds no 的 nor a document's name, so that a title's own words are not taken for it.
 */
const NUMBER_AFTER_TITLE = (() => {
  const document = '(?:通知|公告|通告|公示|决定|決定|意见|意見|办法|辦法|方案|要点|要點|规定|規定|细则|細則|规划|規劃|批复|批覆|函|通报|通報|纪要|紀要|报告|報告|总结|總結|请示|請示|答复|答覆|答復|计划|計劃|計畫)';
  const number = '(?:(?!的|通知|公告|通告)[\\u4e00-\\u9fff]){1,12}[〔［\\[【﹝（(](?:19|20)\\d{2}[〕］\\]】﹞）)]第?\\d{1,5}[号號]';
  return new RegExp(`(?<=${document})[\\s\\u3000]*(?:[（(](${number})[)）]|(${number}))$`);
})();

/** The document's number printed after its title (see NUMBER_AFTER_TITLE), or null. */
function numberAfterTitle(title: string): string | null {
  const m = NUMBER_AFTER_TITLE.exec(title);
  return m ? (m[1] ?? m[2]).replace(/\s+/g, '') : null;
}

/** A sharing site's file badge before a document's title (DOCX关于印发…), and a flip-book's 文本版 after it. */
// (And a shared document's permission badge after it: …的通知仅查看.)
const FILE_BADGE = /^(?:DOCX?|PDF|PPTX?|XLSX?|TXT|WPS)(?=[\u4e00-\u9fff《“])|(?<=[\u4e00-\u9fff）)》”])(?:文本版|仅查看|僅查看|可编辑|可編輯)$/;

/** A text-only view's label before the title: 标题：城步…; or a field row's, a tab between: 標題 ⇥ 屏東縣政府…. */
const TITLE_LABEL_BEFORE = /^[\s\u3000]*(?:标题|標題)(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)(?=\S)/;

/** The title without what a platform, a sharing site or a bilingual site adds to it: a label, a repost tag, a file badge, a translation; nor the document's number after it. */
function titleProper(title: string | null): string | null {
  // (Its spaces as one, wherever it was read: 標題 | 縣議會三讀通過…總預算　刪減1.3億元….)
  return title === null ? null : title.replace(/\s+/g, ' ').replace(TITLE_LABEL_BEFORE, '').replace(REPOST_TAG, '').replace(FILE_BADGE, '').replace(TRANSLATED_TITLE, '').replace(NUMBER_AFTER_TITLE, '');
}

/** A title's words from where it forwards: 关于转发《…》的通知 → 转发《…》的通知. */
const FORWARDS = /(?:转发|轉發).*$/;
/** The issuer that opens a document's title: 宁波市人民政府办公厅关于印发…的通知, 辽宁省机械工程学会2023年工作总结, 西安市科技局：…, 台山市科学技术局局长李振华2026年度履职情况报告. */
const TITLE_ISSUER = new RegExp(
  // (关于召开湖北省化学化工学会2025年学术年会的通知 opens on what is done, not on who does it.)
  // (So does its meeting's record, numbered: 桃園市政府第782次市政會議紀錄.)
  // (A joint document's is its first issuer's: 遵义市妇女联合会 遵义市科学技术协会 …关于….)
  // (Nor on a university's body in short, 校科协第二届常务委员会第四次会议纪要: the page names it in full.)
  // (Nor a speech's occasion, 在区科技局2026年…工作会议上的讲话.)
  // (Its year may be the ROC's after a space: 新北市政府經濟發展局 119年度第1次定期大會業務報告; run on, 公告本局119年度…
  // and 縣長出席臺灣熱帶農業學會119年度… open on no issuer.)
  // (A body's party group or its offices' party committee issues as the body: 中共白银市科学技术协会党组关于…, 廣東省科協機關黨委2025年度…,
  // 中共湖州市科学技术局机关委员会关于… are the body's.)
  `^(?!关于|關於|召开|召開|举办|舉辦|开展|開展|印发|印發|转发|轉發|公布|做好|校|在)(?:${PARTY_OF}|(${BODY_NAME}))(?:[\\s\\u3000]+${BODY_NAME})*(?:关于|關於|(?=(?:19|20)\\d{2}年|[\\s\\u3000]1[0-3]\\d年|(?:二〇|二○|二零)[〇○零一二三四五六七八九]{2}年|[:：]|第[\\d一二三四五六七八九十百〇零]{1,6}次[\\u4e00-\\u9fff]{0,6}(?:會議|会议)(?:紀錄|纪录|記錄|记录|紀要|纪要)|工作报告|工作報告|工作总结|工作總結|业务概况报告|業務概況報告|业务报告|業務報告|(?:局长|局長|主任|主席|院长|院長|书记|書記|理事长|理事長)[\\u4e00-\\u9fff]{0,4}(?:19|20)\\d{2}年))`,
);
/** A speech titled by a ministry's head, the ministry first: 教育部部長於…致詞. */
const HEAD_SPEAKS = new RegExp(`^(${BODY_NAME})(?<=部)(?:部長|部长)(?:於|于|在)[^\\n]{2,60}(?:致詞|致辭|致辞|講話|讲话|演講|演讲)`);
/** A title that forwards a notice: 关于转发…, 转发…, 西关街道科协关于转发…. */
const FORWARDING_TITLE = /^(?:[\u4e00-\u9fff]{2,20}?(?:科协|科協))?(?:关于|關於)?(?:转发|轉發)/;
/**
 * The body that forwards a notice, of those that sign: the lowest by its place's level, not one the title's
 * original names (湖南省科协 for 湖南省科学技术协会), not one that names no place (科技处) nor a school's office; or null.
 */
function forwardingSigner(blocks: PageBlock[], body: number[], original: string): string | null {
  let lowest: string | null = null;
  for (const name of firstSigners(blocks, body)) {
    if (original.includes(name) || original.includes(name.replace(FULL_ASSOCIATION_END, '科协')) || !PLACED.test(name) || INNER_OFFICE.test(name)) continue;
    if (BODY_NAME_ONLY.test(name) && (lowest === null || placeDepth(name) > placeDepth(lowest))) lowest = name;
  }
  return lowest;
}
/**
 * Who signs each document the page prints, in order: the first name of the line over each date, joint issuers
 * side by side, or the top of their names stacked one to a line (安平县人力资源和社会保障局 / 安平县科学技术协会 / 2026年7月2日).
 */
function firstSigners(blocks: PageBlock[], body: number[]): string[] {
  return body.flatMap((i, k) => {
    if (k + 1 >= body.length || !parseDate(blocks[body[k + 1]].text.trim())) return [];
    return [firstName(blocks[body[stackTop(blocks, body, k)]].text)];
  });
}
/** Where bodies' names stand one to a line down to body[n], the top one's place in `body` (n itself, where the line above is no name alone). */
function stackTop(blocks: PageBlock[], body: number[], n: number): number {
  const alone = (k: number) => BODY_NAME_ONLY.test(blocks[body[k]].text.trim());
  let top = n;
  while (top > 0 && n + 1 - top < MAX_SIGNERS && alone(top) && alone(top - 1)) top--;
  return top;
}
/** A signature line's first name: joint issuers side by side stand apart by spaces or commas. */
function firstName(line: string): string {
  return line.trim().split(NAMES_APART)[0];
}
const NAMES_APART = /[\s\u3000、，,]+/;
/** The first name on the line over the body's last date, at its foot (not an issuers' line under the title), or null. */
function footSigner(blocks: PageBlock[], body: number[]): string | null {
  const k = lastDateAt(blocks, body, FOOT_LINES);
  return k > 0 ? firstName(blocks[body[k - 1]].text) : null;
}
/** The place in `body` of its last date line among its last `lines` lines, or -1. */
function lastDateAt(blocks: PageBlock[], body: number[], lines: number): number {
  for (let k = body.length - 1; k >= 0 && k >= body.length - lines; k--) {
    const text = blocks[body[k]].text.trim();
    if (text.length <= DATE_LINE_MAX && parseDate(text) !== null) return k;
  }
  return -1;
}
/** How many lines from the body's end its signature may stand (attachments, contacts and a note under it). */
const FOOT_LINES = 6;
/** The top of two or more bodies' names stacked one to a line over the body's last date, at its foot, or null. */
function stackedIssuers(blocks: PageBlock[], body: number[]): string | null {
  // (At the document's foot: not a communiqué's issuers under its title, 莱阳市统计局 / 国家统计局莱阳调查队 / （2026年3月25日）.)
  const k = lastDateAt(blocks, body, SIGNATURE_TAIL + 1);
  if (k < 2 || !BODY_NAME_ONLY.test(blocks[body[k - 2]].text.trim())) return null;
  // (Or a department over its venue that writes: 康樂及文化事務署 / 香港科學館 / 二〇二六年十月三十日.)
  if (VENUE_NAME.test(blocks[body[k - 1]].text.trim())) return blocks[body[stackTop(blocks, body, k - 2)]].text.trim();
  if (!BODY_NAME_ONLY.test(blocks[body[k - 1]].text.trim())) return null;
  return blocks[body[stackTop(blocks, body, k - 1)]].text.trim();
}
/** A department's venue, signing under it: 香港科學館. */
const VENUE_NAME = /^[\u4e00-\u9fff]{2,12}(?:科學館|科学馆)$/;
/** A date line's length at most, its weekday after it maybe. */
const DATE_LINE_MAX = 20;
/** A name with its place's level in it: 嵩阳县科学技术协会, 江苏省药学会. */
const PLACED = /[省市县縣区區州旗镇鎮乡鄉]|街道/;
/** An office inside a body (钟祥市职业技术教育中心办公室), not a government's. */
const INNER_OFFICE = /(?<!政府)(?:办公室|辦公室)$/;
/** How far down a name's place lies: a province 1, a city 2, a county or district 3, a township 4. */
function placeDepth(name: string): number {
  return /镇|鎮|乡|鄉|街道/.test(name) ? 4 : /[县縣区區旗]/.test(name) ? 3 : /[市州盟]/.test(name) ? 2 : 1;
}

/** A government's work report titled without its place (政府工作报告（全文）). */
const BARE_GOVERNMENT_REPORT = /^(?:(?:19|20)\d{2}年(?:度)?)?(?:政府工作报告|政府工作報告)/;
/** A report's speaker line naming the government by its head: 临沧市人民政府市长　段明华. */
const GOVERNMENT_HEAD_LINE = /^[\s\u3000]*([\u4e00-\u9fff]{2,12}人民政府)(?:代理|副|常务副|常務副)?(?:省长|省長|市长|市長|县长|縣長|区长|區長|州长|州長|旗长|旗長)/;
const SPEAKER_LINES = 4;
/** A speech's title that names its occasion and not its speaker: 在全市科协工作会议上的讲话（摘要）. */
const UNNAMED_SPEECH = /^在[^，。]{2,40}(?:上|时|時)的(?:讲话|講話|致辞|致辭|致詞|发言|發言)/;
const LEVEL_GOVERNMENT_REPORT = /(?:^|年)(市|县|縣|区|區)政府工作(?:报告|報告)/;
const GOVERNMENT_REPORT_TITLE = /^(?:(?:19|20)\d{2}年(?:度)?)?([\u4e00-\u9fff]{2,8}?(?:省|市|县|縣|区|區|州|旗))(?:(?:19|20)\d{2}年)?(?:政府工作报告|政府工作報告)/;
/** A township that opens its own report's title: 大瑶镇2024年工作总结. */
const TITLE_TOWNSHIP = /^[\s\u3000]*([\u4e00-\u9fff]{1,5}(?:镇|鎮|乡|鄉|街道))(?=(?:19|20)\d{2}年|工作)/;
/** A title's short issuer before its colon: 朝阳街道：“科普大篷车”开进社区. */
const TITLE_OPENER = /^[\s\u3000]*([\u4e00-\u9fff]{2,8})[:：]/;
/** Words before a name at the start of a lead's sentence (5月25日，由…). */
const LEAD_CONNECTIVE = /^(?:(?:本报|本報)?(?:记者|記者)?(?:从|從|向)|由|经|經|在|据|據)/;
/** A title's opening words before its year or its 工作…: who reports or plans. */
const TITLE_HEAD = /^([\u4e00-\u9fff]{4,12}?)(?=(?:19|20)\d{2}年|工作(?:总结|總結|报告|報告|要点|要點|计划|計劃))/;
const SESSION_COMMITTEE = /(?<=..)第[一二三四五六七八九十\d]{1,3}[届屆](?:常务|常務)?(?:委员会|委員會)$/;

/** A line giving the day a page was updated, not published: 更新日期：2026-06-18. */
const UPDATED_LABEL = /^[\s\u3000]*(?:更新|修改|修訂|修订)(?:日期|時間|时间|[\s\u3000:：]*(?=\d))/;
/** A footer's date of last revision, its label: 最後修訂日期：, 最近更新日期：. */
const REVISED_ON = /^[\s\u3000]*(?:最後|最后|最近)(?:修訂|修订|更新)(?:日期|時間|时间)[\s\u3000]*[:：]/;
const REVISED_FOOT_LINES = 8;
/** A note of the day terms take effect, in brackets on its line: （2027年1月1日起生效）, （自2026年7月1日起施行）. */
const EFFECTIVE_FROM = /^[\s\u3000]*[（(][^（）()]{4,24}起(?:生效|施行|實施|实施|實行|实行)[)）][\s\u3000]*$/;
/** A cell labelling the day of an event, not of the page: 活動日期, 登記截止, 會議時間. */
const EVENT_DATE_LABEL = /^[\s\u3000]*(?:活動|活动|舉辦|举办|開幕|开幕|會議|会议|考試|考试|比賽|比赛|展覽|展览|登記截止|登记截止|報名截止|报名截止|截止)(?:日期|時間|时间)?[\s\u3000]*[:：]?[\s\u3000]*$/;
/** A field over a title that dates something else than the page: its update, its printing, its data. */
const NOT_PUBLISHED_LABEL = new RegExp(`${UPDATED_LABEL.source}|^[\\s\\u3000]*(?:(?:列印|打印)(?:日期|時間|时间)|(?:資料|资料)(?:時間|时间|期間|期间))`);
const FIELDS_OVER_TITLE = 3;
const FIELD_ROW = /^[\s\u3000]*[\u4e00-\u9fff]{2,6}[:：]/;
/** Where a notice was published: 刊登於2026年3月4日第9期《澳門特別行政區公報》第二組. */
const PUBLISHED_IN_GAZETTE = /^[\s\u3000]*(?:刊登於|刊登于)[\s\u3000]*((?:19|20)\d{2}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日)[^\n]{0,20}《澳門特別行政區公報》/;
const GAZETTE_LINE_BLOCKS = 8;
/** A publication's line naming its publisher before the day it came out: 政府統計處　　出版日期：2025年12月12日. */
const PUBLISHED_BY_LINE = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})[\\s\\u3000]+${PUBLISHED_ON_LABEL}[\\s\\u3000]*[:：]`);
/** A disclosure line naming the publisher, its date run on maybe: 发布机构：经济及科技发展局22/01/2026 18:05. */
const PUBLISHER_LINE = /^[\s\u3000]*(?:发布机构|發布機構|發佈機構)[:：]/;
/** A date before the word 發布, an app's line: 2026.01.14 發布｜2026.01.15 更新. */
const DATE_BEFORE_POSTED = /^[\s\u3000]*((?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2})[\s\u3000]*(?:發布|发布|發佈)(?=[\s\u3000|｜]|$)/;
const PUBLISHER = new RegExp(`(?:发布机构|發布機構|發佈機構|发文机关|發文機關)\\s*[:：]\\s*(${BODY_NAME})(?=\\s|$|、)`);

/** What else the page says that may name its body. */
interface OrgClues {
  title: string | null;
  /** The issuer a disclosure table names (发布机构, 发文机关). */
  publisher: string | null;
  body: number[];
  source: string | null;
  /** The body that owns the site (siteOwner). */
  owner: string | null;
  /** The company whose copyright the footer prints (siteCompany), found once per page. */
  company: string | null;
  /** The account that posted the article, as its header names it alone on a line (accountIn). */
  account: string | null;
  /** The document's own number (克州科协发〔2026〕11号). */
  docNumber: string | null;
}

/**
 * The enterprise's association its lead names in full (…有限责任公司科学技术协会), or its title opens
 * on (豫西铝业集团有限公司科协2029年工作总结), or null.
 */
function enterpriseAssociation(blocks: PageBlock[], body: number[], title: string | null): string | null {
  return COMPANY_ASSOCIATION.exec(leadOf(blocks, body))?.[1] ?? (title ? TITLE_COMPANY_ASSOCIATION.exec(title)?.[0] : null) ?? null;
}
/** (The title's start bounds the name, so the short 科协 may follow it there: not in a lead's 全年新发展集团科协会员.) */
const TITLE_COMPANY_ASSOCIATION = new RegExp(`^${ASSOCIATION_COMPANY}(?:${ASSOCIATION})`);

/** The article's lead: its first two paragraphs, where a news item names who acts. */
function leadOf(blocks: PageBlock[], body: number[]): string {
  return body.slice(0, 2).map((i) => blocks[i].text).join('\n');
}

/** `short` as the lead names it in full, one of `suffixes` after it (朝阳街道 → 淮南市田家庵区朝阳街道办事处). */
function fullNameInLead(blocks: PageBlock[], body: number[], short: string, suffixes: string): string | null {
  const named = new RegExp(`[\\u4e00-\\u9fff]{0,10}${short}(?:${suffixes})`).exec(leadOf(blocks, body));
  // (腾冲市科协联合市林业和草原局: two bodies that worked together, no one's full name.)
  return named && !JOINED.test(named[0]) ? named[0].replace(LEAD_CONNECTIVE, '') : null;
}

/** The last body line that `signs` accepts with a date on the next line: a signature block. */
function signature(blocks: PageBlock[], body: number[], signs: (line: string) => boolean): string | null {
  for (let k = body.length - 2; k >= 0; k--) {
    const name = blocks[body[k]].text.trim();
    const next = blocks[body[k + 1]].text.trim();
    // (An officer may sign for the head between the name and the date: 衞生署衞生防護中心總監 / （梁文康　代行）; or the
    // head in person: 澳門科學技術協進會 / 會長　梁德榮 / 二零二六年三月二十八日; or a head's title over their name:
    // 經濟及科技發展局局長 / 黃偉倫 / 二零二六年三月九日.)
    const inPerson = SIGNED_FOR_LINE.test(next) || SPEAKER_LINE.test(next) || (PERSONAL_NAME.test(next) && OFFICER_SIGNS.test(name));
    const dated = inPerson && k + 2 < body.length ? blocks[body[k + 2]].text.trim() : next;
    if (dated.length <= 20 && signs(name) && parseDate(dated)) return name;
  }
  return null;
}
/** The government body a site's logo names, where nothing else names one: 香港特別行政區政府創新科技署 Innovation and Technology Commission. */
function logoBody(tags: MetaTags): string | null {
  for (const alt of (tags[IMAGE_ALTS_TAG] ?? '').split('\n')) {
    const name = alt.trim().replace(LATIN_TAIL, '');
    if (GOVERNMENT_LOGO.test(name)) return name;
  }
  return null;
}
const LATIN_TAIL = /[\s\u3000]+[A-Za-z][^\u4e00-\u9fff]*$/;
const GOVERNMENT_LOGO = /^(?:香港特別行政區政府|香港特别行政区政府|澳門特別行政區政府|澳门特别行政区政府)[\u4e00-\u9fff]{2,16}(?:署|局|處|处|辦公室|办公室|委員會|委员会)$/;
/** The body a document's opening names as itself: 花蓮縣政府（以下簡稱本府）為鼓勵…. */
function selfNamed(blocks: PageBlock[], body: number[]): string | null {
  for (const i of body.slice(0, SELF_NAMED_BLOCKS)) {
    const named = SELF_NAMING.exec(blocks[i].text);
    if (named) return named[1];
  }
  return null;
}
const SELF_NAMED_BLOCKS = 4;
const SELF_NAMING = new RegExp(`(?<![\\u4e00-\\u9fff])(${BODY_NAME})[（(](?:以下簡稱|以下简称)[「“]?本[府局會会處处署院部][」”]?[)）]`);
/** A person's name on a line of its own, maybe spaced out: 黃偉倫, 黃　偉倫. */
const PERSONAL_NAME = /^[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}$/;
/** A head's title the officer signing for them stands under, at the letter's end, dated at its head: 衞生署衞生防護中心總監 / （…代行）. */
function signedFor(blocks: PageBlock[], body: number[]): string | null {
  for (let k = body.length - 1; k > 0 && k >= body.length - SIGNED_FOR_SPAN; k--) {
    const head = blocks[body[k - 1]].text.trim();
    if (SIGNED_FOR_LINE.test(blocks[body[k]].text.trim()) && OFFICER_SIGNS.test(head)) return head;
  }
  return null;
}
const SIGNED_FOR_SPAN = 4;

/** An association's number's head: 克州科协发〔2026〕11号. */
const ASSOCIATION_NUMBER = /^([\u4e00-\u9fff]{1,6}(?:科协|科協))[发發办辦函字]/;
/**
 * The association that signs a document numbered as an association's, where the page names no
 * association by its place (柳工医科协〔2030〕3号, signed 柳州市工人医院科学技术协会 on its hospital's site), or null.
 */
function associationSigner(blocks: PageBlock[], clues: OrgClues): string | null {
  const signer = clues.docNumber && ASSOCIATION_DOC_NUMBER.test(clues.docNumber) ? signatureOrg(blocks, clues.body) : null;
  return signer && FULL_ASSOCIATION_END.test(signer) ? signer : null;
}
/** An association's number, in any short form: 柳工医科协〔2030〕3号, 克州科协发〔2026〕11号. */
const ASSOCIATION_DOC_NUMBER = /(?:科协|科協)[\u4e00-\u9fff]{0,2}[〔\[［(（]/;
const FULL_ASSOCIATION_END = /(?:科学技术协会|科學技術協會)$/;
/** A circular numbered by its issuer (北區民政事務處通告第2/2026號, 教育局通告第6/2025號): the issuer's. */
const NUMBERED_BY_ISSUER = /^([\u4e00-\u9fff]{2,20}?(?:處|处|局|署|部|會|会|府|院))(?:通告|通函|告示)(?:備忘|备忘)?(?:[（(][\u4e00-\u9fff]{1,6}[)）])?第/;

/** A gazette prints each document under its issuer's name (科學技術發展基金 / 名單; 行政長官辦公室 / 第62/2025號行政長官批示). */
function gazetteIssuer(blocks: PageBlock[], layout: ArticleLayout): string | null {
  const title = layout.titleStart ?? layout.title;
  if (title === null || title === 0) return null;
  // (A Hong Kong Gazette notice is its signatory's: 通訊事務管理局 under its last paragraph.)
  if (gazetteNotice(blocks, title) !== null) return signatureOrg(blocks, layout.body);
  // (A Macau letterhead prints the name in Portuguese under it: 行政公職局 / Direcção dos Serviços de….)
  let at = title - 1;
  while (at > 0 && title - at <= 2 && LATIN_ONLY.test(blocks[at].text)) at--;
  // (A heading spaced out, 澳　門　大　學, reads as the name.)
  const above = blocks[at].text.trim().replace(LETTER_SPACING, '');
  // (A public university issues its own dispatches there: 澳門大學 / 第15/REC/2027號批示.)
  return BODY_NAME_ONLY.test(above) || UNIVERSITY_ONLY.test(above) ? above : null;
}
const UNIVERSITY_ONLY = /^[\u4e00-\u9fff]{2,12}(?:大學|大学)$/;
const LETTER_SPACING = /(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g;
const LATIN_ONLY = /^[\s\u3000]*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .,'’()&-]*[\s\u3000]*$/;

/** The body a page of replies names as the one answering (答復機關：行政院), or null. */
function answeringBody(blocks: PageBlock[], layout: ArticleLayout): string | null {
  for (const i of [...layout.header, ...layout.body.slice(0, 8)]) {
    const m = ANSWERING_BODY.exec(blocks[i].text);
    if (m) return m[1];
    // (Or a table's label and its value in cells of their own: 答覆實體 | 社會工作局.)
    const next = blocks[i + 1]?.text.trim() ?? '';
    if (ANSWERING_LABEL.test(blocks[i].text) && BODY_NAME_ONLY.test(next)) return next;
  }
  return null;
}
const ANSWERING_LABEL = /^[\s\u3000]*(?:答復機關|答覆機關|答复机关|答覆實體|答复实体)[:：]?[\s\u3000]*$/;
// (Its label may run into the value with no colon: 答復機關行政院, spans of a list item.)
const ANSWERING_BODY = /^[\s\u3000]*(?:答復機關|答覆機關|答复机关|答覆實體|答复实体)[:：]?[\s\u3000]*([\u4e00-\u9fff]{2,30})[\s\u3000]*$/;

/** The number of the Hong Kong Gazette notice titled at `title` (第1624號公告 above its ordinance line), or null. */
function gazetteNotice(blocks: PageBlock[], title: number): string | null {
  let i = title - 1;
  while (i >= 0 && i >= title - 2 && ORDINANCE_LINE.test(blocks[i].text)) i--;
  return i >= 0 && GAZETTE_NOTICE.test(blocks[i].text) ? blocks[i].text.trim() : null;
}

/** The full name the text defines `org` as (教育及青年發展局（教青局） for 澳門教青局), or null. */
function definedAs(org: string, blocks: PageBlock[], body: number[]): string | null {
  const short = org.replace(REGION_PREFIX, '');
  if (short.length > 6) return null;
  // (A centre is defined by its full name too: 國家實驗研究院國家高速網路與計算中心（國網中心）.)
  const name = short.endsWith('中心') ? CENTRE_NAME : BODY_NAME;
  const pattern = new RegExp(`(?<![\\u4e00-\\u9fff])(${name})[（(]${short}[）)]`);
  for (const i of body.slice(0, 3)) {
    const m = blocks[i].text.includes(short) ? pattern.exec(blocks[i].text) : null;
    if (m) return m[1];
  }
  return null;
}
const REGION_PREFIX = /^(?:澳門|澳门|香港)/;
const CENTRE_NAME = '[\\u4e00-\\u9fff]{2,24}?中心';

/** A department's name after its government's: 教育處, 環境保護局. */
const DEPARTMENT_AFTER = /^[\u4e00-\u9fff]{1,6}?(?:局|處|处)(?![\u4e00-\u9fff])/;
/** How far down the header a Taiwan document's letterhead may stand (under 檔號： and 保存年限：). */
const LETTERHEAD_LINES = 4;
/**
 * A release's letterhead: the body's name alone over 新聞稿 (職業訓練局 / its address / 新聞稿 / the
 * title); under its government's name, the last (澳門特別行政區政府 / 統計暨普查局 / 新聞稿).
 */
function letterhead(blocks: PageBlock[], layout: ArticleLayout): string | null {
  // (A joint release's, its issuers stacked or listed, the first issuing it: 教育部國民及學前教育署 / 國立臺灣科學教育館　聯合新聞稿;
  // 基隆市政府、國立海洋科技博物館 聯合新聞稿.)
  const joint = blocks.slice(0, LETTERHEAD_LINES).findIndex((b) => !b.outside && JOINT_RELEASE.test(b.text.trim()));
  if (joint >= 0) {
    const above = blocks[joint - 1]?.text.trim() ?? '';
    const first = BODY_NAME_ONLY.test(above) ? above : LETTERHEAD.exec(blocks[joint].text.trim())?.[1].split('、')[0];
    if (first && BODY_NAME_ONLY.test(first)) return first;
  }
  const release = letterheadLabel(blocks);
  const name = release === null ? undefined : blocks.slice(0, release).findLast((b) => BODY_NAME_ONLY.test(b.text.trim()));
  if (name) return name.text.trim();
  // (A Taiwan document's: 嘉義縣政府　公告 over its date and number.)
  for (const i of layout.header.slice(0, LETTERHEAD_LINES)) {
    const issuer = LETTERHEAD.exec(blocks[i].text.trim())?.[1];
    if (!issuer || !BODY_NAME_ONLY.test(issuer)) continue;
    // (A government's letter its department sends names the department in the title: 雲林縣政府　函 under
    // 雲林縣政府教育處 119年度…實施計畫.)
    const title = layout.title === null ? '' : blocks[layout.titleStart ?? layout.title].text.trim();
    const department = title.startsWith(issuer) ? DEPARTMENT_AFTER.exec(title.slice(issuer.length))?.[0] : undefined;
    return issuer + (department ?? '');
  }
  // (A notice's letterhead: its government and its bureau over its kind, 澳門特別行政區政府 / 勞工事務局 / 通　告.)
  const t = layout.titleStart ?? layout.title;
  if (t !== null && t >= 1 && KIND_WORD_LINE.test(blocks[t].text) && BODY_NAME_ONLY.test(blocks[t - 1].text.trim())) {
    const government = blocks[t - 2]?.text.trim() ?? '';
    return (GOVERNMENT_NAME.test(government) ? government : '') + blocks[t - 1].text.trim();
  }
  return letterOver(blocks, t);
}
/**
 * A letter's department, the top of the names its letterhead stacks over its file reference, its English
 * name or its venue between maybe (LCSD / 康樂及文化事務署 / 香港科學館 / 本署檔號：…), over the title; or null.
 */
function letterOver(blocks: PageBlock[], title: number | null): string | null {
  const reference = blocks.slice(0, title ?? 0).findIndex((b) => FILE_REFERENCE.test(b.text));
  let top: string | null = null;
  for (let i = reference - 1; i >= 0; i--) {
    const name = blocks[i].text.trim();
    if (BODY_NAME_ONLY.test(name)) top = name;
    else if (hasHan(name) && !VENUE_NAME.test(name)) break;
  }
  return top;
}

/** A joint release's letterhead, ending on its kind: …聯合新聞稿. */
const JOINT_RELEASE = /(?:聯合|联合)(?:新聞稿|新闻稿)$/;

/**
 * The company a page's source names, as its footer names it in full (來源：澳門科學館 over 澳門科學館股份有限公司　澳門
 * 孫逸仙大馬路　© 2026): a public body run as a company publishes its own news.
 */
const HAN_NAME = /^[\u4e00-\u9fff]{2,20}$/;
function sourcesCompany(blocks: PageBlock[], source: string | null): string | null {
  if (!source || !HAN_NAME.test(source)) return null;
  return footerMatch(blocks, new RegExp(`^[\\s\\u3000]*(${source}[\\u4e00-\\u9fff]{0,10}?(?:${LIMITED_COMPANY}))`));
}

/**
 * The first issuer of a document's red header, where nothing else names the page's body: 常德市科学技术局 /
 * 常德市农业农村局 / 文件 (a joint header, one issuer to a line), 银川市科学技术协会文件.
 */
function redHeaderIssuer(blocks: PageBlock[]): string | null {
  const at = blocks.slice(0, RED_HEADER_LINES).findIndex((b) => RED_HEADER_WORD.test(b.text));
  if (at < 0) return null;
  const own = RED_HEADER_WORD.exec(blocks[at].text)![1];
  if (own) return BODY_NAME_ONLY.test(own) ? own : null;
  let first = at;
  while (first > 0 && BODY_NAME_ONLY.test(blocks[first - 1].text.trim())) first--;
  return first < at ? blocks[first].text.trim() : null;
}
/** A red header's 文件, after its issuer's name or on a line of its own. */
// (Its spaces before the name are taken once: two runs of them side by side would try every split of a long blank line.)
const RED_HEADER_WORD = /^[\s\u3000]*(?:([\u4e00-\u9fff]{2,30}?)[\s\u3000]*)?文件[\s\u3000]*$/;
/** How far down the page a red header may stand. */
const RED_HEADER_LINES = 12;

/**
 * A procurement notice is its purchaser's, whichever trading centre's site prints it
 * (1.采购人信息 / 名称：宿州市科学技术协会, or 采购人：…).
 */
function purchaser(blocks: PageBlock[], body: number[], title: string | null): string | null {
  if (!title || !PROCUREMENT.test(title)) return null;
  for (let k = 0; k < body.length; k++) {
    const text = blocks[body[k]].text;
    const named = PURCHASER.exec(text);
    if (named) return named[1];
    const next = k + 1 < body.length && PURCHASER_HEADING.test(text) ? PURCHASER_NAME.exec(blocks[body[k + 1]].text) : null;
    if (next) return next[1];
  }
  return null;
}
const PROCUREMENT = /采购|採購|磋商|招标|招標|询价|詢價|比选|比選|谈判|談判|中标|中標|成交/;
const PURCHASER = new RegExp(`(?:采购人|採購人|采购单位|採購單位)(?:名称|名稱)?[\\s\\u3000]*[:：][\\s\\u3000]*(${BODY_NAME})(?=[\\s\\u3000，,。；;]|$)`);
const PURCHASER_HEADING = /(?:采购人|採購人)(?:信息|資訊)[\s\u3000]*$/;
const PURCHASER_NAME = new RegExp(`^[\\s\\u3000]*名[\\s\\u3000]*[称稱][\\s\\u3000]*[:：][\\s\\u3000]*(${BODY_NAME})[\\s\\u3000]*$`);

/** A date to the day or the month alone, as a council paper signs: 2024年6月. */
const SIGNED_ON = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;
/** A line of a signature block: a body's name, or its division (議會事務部4). */
const SIGNATORY = /^[\u4e00-\u9fff]{2,20}\d{0,2}$/;

/**
 * A council paper's first signatory: the bodies over its date (創新科技及工業局 / 創新科技署 /
 * 2024年6月) sign in order of rank, the bureau first.
 */
function councilPaperSigner(blocks: PageBlock[], body: number[]): string | null {
  for (let k = body.length - 1; k > 0; k--) {
    if (!SIGNED_ON.test(blocks[body[k]].text.trim())) continue;
    let first: string | null = null;
    for (let j = k - 1; j >= 0 && SIGNATORY.test(blocks[body[j]].text.trim()); j--) {
      const name = blocks[body[j]].text.trim();
      if (BODY_NAME_ONLY.test(name)) first = name;
    }
    if (first) return first;
  }
  return null;
}

/** The issuer's name alone over the date. */
function signatureOrg(blocks: PageBlock[], body: number[]): string | null {
  const line = signature(blocks, body, (l) => BODY_NAME_ONLY.test(l) || OFFICER_SIGNS.test(l)) ?? signedFor(blocks, body);
  const officer = line === null ? null : OFFICER_SIGNS.exec(line);
  if (!officer) return line;
  // (Joint issuers' heads sign one to a line, the first on top: 消防處處長 / 屋宇署署長 / 二○二六年一月十六日.)
  let k = body.findLastIndex((i) => blocks[i].text.trim() === line);
  let first = officer[1] ?? officer[2];
  for (let n = 1; n < MAX_SIGNERS && k > 0; n++) {
    const above = OFFICER_SIGNS.exec(blocks[body[--k]].text.trim());
    if (!above) break;
    first = above[1] ?? above[2];
  }
  return first;
}
/** How many heads of department a joint document's signature stacks. */
const MAX_SIGNERS = 4;
/**
 * A department's head signing for it, a title and no name (消防處處長, 機電工程署署長, 教育局局長): the
 * department signs. Its name ends in the word its head's title opens on; a centre's controller signs for
 * the centre (衞生防護中心總監).
 */
const OFFICER_SIGNS = new RegExp(`^([\\u4e00-\\u9fff]{1,14}?(?:署(?=署)|處(?=處)|处(?=处)|局(?=局)))(?:署長|署长|處長|处长|局長|局长)$|^(${BODY_NAME}|[\\u4e00-\\u9fff]{2,12}中心)(?:總監|总监|常任秘書長|常任秘书长)$`);

/** Whether the site's owner is one of the issuers over the date (joint documents sign side by side). */
function ownerSigns(blocks: PageBlock[], body: number[], owner: string): boolean {
  const line = signature(blocks, body, (l) => l.length <= 80 && !parseDate(l));
  // (It may sign in short: 常德市科技馆 for 常德市科学技术馆.)
  return line !== null && line.split(NAMES_APART).some((name) => name === owner || unabbreviated(name) === owner);
}

/** 陕西省科协办公室 as the page also names it in full: 陕西省科学技术协会办公室. */
function fullestForm(name: string, blocks: PageBlock[]): string {
  const full = unabbreviated(name);
  const text = pageText(blocks);
  const named = full !== name && text.includes(full) ? full : name;
  return autonomousForm(named, blocks) ?? regionForm(named, [text], regionsNamed(blocks)) ?? placedForm(named, blocks) ?? departmentsForm(named, text) ?? spelledOut(named, text) ?? named;
}

/** A body's party group or its offices' party committee, named for the body: 中共萍乡市科学技术协会机关委员会, 市科协党组. */
const PARTY_OF_BODY = new RegExp(`^${PARTY_OF}$`);
/** A bureau's short name as the page also spells it out, its characters in order: 經科局 → 經濟及科技發展局, 教青局 → 教育及青年發展局. */
function spelledOut(name: string, text: string): string | null {
  if (!SHORT_BUREAU.test(name)) return null;
  const chars = [...name];
  const pattern = new RegExp(`(?<![\u4e00-\u9fff])${chars.join(`[\u4e00-\u9fff]{0,${SPELLED_GAP}}?`)}`, 'g');
  // (Its first two characters apart there: 教育局 is no short form of 教育及青年發展局.)
  for (const m of text.matchAll(pattern)) if (m[0].length > name.length + 1 && m[0][1] !== chars[1]) return m[0];
  return null;
}
const SHORT_BUREAU = /^[\u4e00-\u9fff]{2,3}(?:局|署)$/;
/** How many characters a short name leaves out between two it keeps. */
const SPELLED_GAP = 4;

/** A department's centre as the page names it under its department: 食物安全中心 → 食物環境衞生署食物安全中心. */
function departmentsForm(name: string, text: string): string | null {
  if (!CENTRE.test(name) || !text.includes(name)) return null;
  return new RegExp(`(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]{2,12}(?:署|局|處|处)${name}`).exec(text)?.[0] ?? null;
}
const CENTRE = /^[\u4e00-\u9fff]{2,10}中心$/;

/** The page's blocks as one text, joined once per page: a name's fuller forms are looked up in it several times. */
const joinedTexts = new WeakMap<PageBlock[], string>();
function pageText(blocks: PageBlock[]): string {
  let text = joinedTexts.get(blocks);
  if (text === undefined) joinedTexts.set(blocks, (text = blocks.map((b) => b.text).join('\n')));
  return text;
}

/**
 * 市科学技术局 (a title's short issuer) as the page signs or labels it with its place: 枝江市科学技术局,
 * a line of its own or a label's value.
 */
function placedForm(name: string, blocks: PageBlock[]): string | null {
  // (Or a district's with its city: 静海区科学技术局 signs as 天津市静海区科学技术局, or names its account so:
  // 常州市武进区科学技术局官方微信公众号.)
  // (And a township's office with its county or district: 玉林街道办事处 signs as 成都市武侯区玉林街道办事处.)
  const bare = BARE_LEVEL_START.test(name);
  const township = TOWNSHIP_OFFICE_NAME.test(name);
  if (!bare && !township && !PLACED_LEVEL_START.test(name)) return null;
  const pattern = new RegExp(
    bare
      ? `(?:^|[：:\\s])([\\u4e00-\\u9fff]{2,6}${name})(?=$|\\s)`
      : township
        ? `(?:^|[：:\\s])([\\u4e00-\\u9fff]{2,9}(?:市|区|區|县|縣|旗)${name})(?=$|\\s)`
        : // (An account's name runs into its description: 鄞州科技宁波市鄞州区科学技术局官方…, the city alone before it.)
          // (Or a line opens on it, a title naming what it issues: 德阳市旌阳区科学技术局政府信息公开指南.)
          `(?:^|[：:\\s])([\\u4e00-\\u9fff]{2,6}(?:省|市)${name})(?=$|\\s|关于|關於|政府信息公开|政府資訊公開)|(?:^|[：:\\s])([\\u4e00-\\u9fff]{2,4}(?:省|市)${name})(?=官方)`,
  );
  for (let i = blocks.length - 1; i >= 0; i--) {
    const m = blocks[i].text.includes(name) ? pattern.exec(blocks[i].text) : null;
    const placed = m?.[1] ?? m?.[2];
    if (placed && !notAPlace(placed.slice(0, -name.length + 1))) return placed;
  }
  return null;
}
/**
 * The association of a township whose office publishes the page, or null: where it signs first (joint issuers
 * side by side), maybe over the notice it forwards, or where the title opens on it (白驿镇科协举办…), named
 * as fully as the page names it.
 */
function townshipsAssociation(blocks: PageBlock[], body: number[], publisher: string, title: string | null): string | null {
  const township = TOWNSHIP_PUBLISHER.exec(publisher)?.[1];
  if (!township) return null;
  const signs = firstSigners(blocks, body).some((name) => name.includes(township) && FULL_ASSOCIATION_END.test(name));
  const opens = title !== null && (title.startsWith(`${township}科协`) || title.startsWith(`${township}科協`));
  if (!signs && !opens) return null;
  // (Its county and city before it, where the page names them: 上海市嘉定区江桥镇科学技术协会 in the lead.)
  const names = pageText(blocks).match(new RegExp(`(?:[\\u4e00-\\u9fff]{2,3}[省市州县縣区區旗]){0,3}${township}(?:科学技术协会|科學技術協會)`, 'g')) ?? [];
  return names.reduce<string | null>((longest, name) => (longest === null || name.length > longest.length ? name : longest), null) ?? title!.slice(0, township.length + 2);
}
/** A township's government or street office, its township's name taken: 佛山市南海区大沥镇人民政府. */
const TOWNSHIP_PUBLISHER = new RegExp(`(?:^|(?<=[市县縣区區旗]))([\\u4e00-\\u9fff]{1,4}?(?:镇|鎮|乡|鄉|街道))(?:${TOWNSHIP_OFFICE})$`);
const TOWNSHIP_OFFICE_NAME = new RegExp(`^[\\u4e00-\\u9fff]{1,6}(?:镇|鎮|乡|鄉|街道)(?:${TOWNSHIP_OFFICE})$`);
const BARE_LEVEL_START = /^[省市县縣区區州旗][\u4e00-\u9fff]{2,}/;
const PLACED_LEVEL_START = /^[\u4e00-\u9fff]{2,4}[区區县縣](?:科学技术|科學技術)/;

/** What a body's name may stand under in full: Hong Kong's and Macau's regions, and the Production and Construction Corps (新疆生产建设兵团第三师图木舒克市科学技术协会). */
const REGIONS = ['澳門特別行政區', '澳门特别行政区', '香港特別行政區', '香港特别行政区', '新疆生产建设兵团', '新疆生產建設兵團'];
/** A ministry's country: 中华人民共和国科学技术部. */
const NATION = ['中华人民共和国', '中華人民共和國'];

/** 科學技術發展基金 as the page also names it with its region: 澳門特別行政區科學技術發展基金. */
function regionForm(name: string, texts: string[], named = regionsIn(texts)): string | null {
  const regions = name.endsWith('部') ? [...REGIONS, ...NATION] : REGIONS;
  if (regions.some((region) => name.startsWith(region))) return null;
  // (Or with its government: 香港特別行政區政府入境事務處.)
  for (const region of regions) {
    if (!named.includes(region)) continue;
    for (const form of [region + name, `${region}政府${name}`]) if (texts.some((text) => text.includes(form))) return form;
  }
  return null;
}

/** The regions (and the nation) that `texts` name. */
function regionsIn(texts: string[]): string[] {
  return [...REGIONS, ...NATION].filter((region) => texts.some((text) => text.includes(region)));
}
/** The regions a page names, found once per page: most name none, and several names' fuller forms are looked up. */
const pageRegions = new WeakMap<PageBlock[], string[]>();
function regionsNamed(blocks: PageBlock[]): string[] {
  let named = pageRegions.get(blocks);
  if (named === undefined) pageRegions.set(blocks, (named = regionsIn([pageText(blocks)])));
  return named;
}

/** An association's short name as the page writes it in full: 宁夏科协 → 宁夏回族自治区科学技术协会. */
function associationInFull(name: string, blocks: PageBlock[]): string | null {
  const m = ASSOCIATION_IN_SHORT.exec(name);
  if (!m) return null;
  // (An autonomous prefecture's or county's, its peoples between its place and 自治州: 海西州科协 → 海西蒙古族藏族自治州科学技术协会.)
  const autonomous = AUTONOMOUS_SHORT.exec(m[1]);
  const inFull = autonomous && longestForm(blocks, autonomous[1], new RegExp(`(${autonomous[1]}[\\u4e00-\\u9fff]{2,12}?自治${autonomous[2]}(?:科学技术协会|科學技術協會))`));
  return inFull || longestForm(blocks, m[1], new RegExp(`(${m[1]}[\\u4e00-\\u9fff]{0,8}?(?:科学技术协会|科學技術協會))`));
}
const AUTONOMOUS_SHORT = /^([\u4e00-\u9fff]{2,4})(州|县|縣)$/;
/** The longest first group of `pattern` in the blocks that hold `key`, or null (once per page). */
function longestForm(blocks: PageBlock[], key: string, pattern: RegExp): string | null {
  let best: string | null = null;
  for (const b of blocks) {
    const form = b.text.includes(key) ? pattern.exec(b.text)?.[1] : undefined;
    if (form && form.length > (best?.length ?? 0)) best = form;
  }
  return best;
}
const ASSOCIATION_IN_SHORT = /^([\u4e00-\u9fff]{2,6})(?:科协|科協)$/;

/**
 * A township's or a community's body as the page names it with its county or street
 * (永安镇人民政府 → 凤冈县永安镇人民政府, 锦苑社区居民委员会 → 簇桥街道锦苑社区居民委员会, 清泉村村民委员会 →
 * 试马镇清泉村村民委员会), else null.
 */
function localForm(name: string, blocks: PageBlock[]): string | null {
  if (!LOCAL_BODY.test(name)) return null;
  // (Where the name opens its line or clause, so that no words of the sentence run into it.)
  return longestForm(blocks, name, new RegExp(`(?:^|[\\s\\u3000，,。；;：:、（(“「])([\\u4e00-\\u9fff]{1,8}(?:县|縣|区|區|市|旗|街道|镇|鎮|乡|鄉)${name})`));
}
const LOCAL_BODY = /^[\u4e00-\u9fff]{1,6}(?:镇|鎮|乡|鄉)(?:人民政府|政府)$|^[\u4e00-\u9fff]{1,6}(?:社区|社區)(?:居民委员会|居民委員會)$|^[\u4e00-\u9fff]{1,6}村(?:村民委员会|村民委員會)$/;

/** 澳門科學館 as its site's footer names it in full: 澳門科學館股份有限公司 (a public company). */
function companyForm(org: string | null, blocks: PageBlock[]): string | null {
  if (!org) return org;
  // (台灣電力公司 as its footer names it: 台灣電力股份有限公司.)
  if (org.endsWith('公司')) {
    const full = org.replace(/公司$/, '股份有限公司');
    return !org.endsWith('有限公司') && blocks.slice(-10).some((b) => b.text.includes(full)) ? full : org;
  }
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 10; i--) {
    const at = blocks[i].text.indexOf(org);
    const tail = at < 0 ? null : COMPANY_TAIL.exec(blocks[i].text.slice(at + org.length));
    if (tail) return org + tail[0];
  }
  return org;
}
const COMPANY_TAIL = /^(?:股份有限公司|有限责任公司|有限責任公司|有限公司)/;

/** A name with its short words written out (科协 → 科学技术协会). */
function unabbreviated(name: string): string {
  return ABBREVIATIONS.reduce((n, [short, long]) => n.replace(short, long), name);
}
/** Short names of bodies and their full forms. */
const ABBREVIATIONS: Array<[string, string]> = [
  ['科协', '科学技术协会'],
  ['科協', '科學技術協會'],
  ['科技局', '科学技术局'],
  ['科技厅', '科学技术厅'],
  ['科技部', '科学技术部'],
  ['科委', '科学技术委员会'],
  ['科技廳', '科學技術廳'],
  ['科技馆', '科学技术馆'],
  ['科技館', '科學技術館'],
  ['妇联', '妇女联合会'],
  ['婦聯', '婦女聯合會'],
  ['人大常委会', '人民代表大会常务委员会'],
  ['人大常委會', '人民代表大會常務委員會'],
];

/**
 * 黔东南州科协 as the page also names it in full: 黔东南苗族侗族自治州科学技术协会 (the
 * autonomous prefectures, counties and banners are called by their place and level alone).
 */
function autonomousForm(name: string, blocks: PageBlock[]): string | null {
  // (Any body of theirs: 德宏州科学技术局 → 德宏傣族景颇族自治州科学技术局.)
  const m = /^([\u4e00-\u9fff]{1,6}?)([州县縣旗])([\u4e00-\u9fff].*)$/.exec(name);
  if (!m) return null;
  const [, named, level, tail] = m;
  // (威宁自治县科协: the short name keeps 自治 before its level.)
  const head = named.endsWith('自治') && named.length > 2 ? named.slice(0, -2) : named;
  const rest = unabbreviated(tail).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (A short name may skip characters of the place: 喀左县 for 喀喇沁左翼蒙古族自治县.)
  const place = [...head].join('[\\u4e00-\\u9fff]{0,3}');
  const pattern = new RegExp(`${place}[\\u4e00-\\u9fff]{2,10}?自治${level}${rest}`);
  for (const b of blocks) {
    if (!b.text.includes(head[0])) continue;
    const found = pattern.exec(b.text);
    if (found) return found[0];
  }
  return null;
}

/** The first group `pattern` finds in the footer's lines (the page's last 30 short lines, last first). */
function footerMatch(blocks: PageBlock[], pattern: RegExp): string | null {
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 30; i--) {
    const text = blocks[i].text;
    if (text.length > 200) continue;
    // (A block's own line breaks part its lines too: \n:::\n宜蘭縣員山鄉公所　地址：….)
    for (const line of text.includes('\n') ? text.split('\n') : [text]) {
      // (Not the body it answers to: 主管单位：常德市科学技术协会　版权所有：常德市科学技术馆.)
      // (Nor a Taiwan site's access key before it: :::國立科學工藝博物館　80765高雄市….)
      const m = pattern.exec(withoutSupervisor(line.replace(ACCESS_KEY, '')));
      if (m) return m.slice(1).find((g) => g !== undefined) ?? null;
    }
  }
  return null;
}

/** `short` (市科学技术局) as the body names it with its place (商丘市科学技术局), or null. */
function namedWithPlace(blocks: PageBlock[], body: number[], short: string): string | null {
  const full = unabbreviated(short);
  const pattern = new RegExp(`(?<![\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{2,4})${full}`);
  for (const i of body) {
    const m = blocks[i].text.includes(full) ? pattern.exec(blocks[i].text) : null;
    if (m && !notAPlace(m[1] + full[0])) return m[0];
  }
  return null;
}

/** The department of `owner`, a government, that `source` names in short (市科技局, 崇明区科委), as the page names it in full; or null. */
function sourceDepartment(owner: string, source: string, blocks: PageBlock[]): string | null {
  const place = GOVERNMENT_OF.exec(owner)?.[1];
  if (!place) return null;
  // (The portal's own level, 市科技局 on a 市's portal, 省科技厅 on a province's; or its place in
  // short, 崇明区科委 on 上海市崇明区人民政府's.)
  const shared = SHORT_DEPARTMENT.test(source) && place.endsWith(source[0]) ? 1 : placeSuffixOpening(place, source);
  if (!shared) return null;
  const full = place + unabbreviated(source.slice(shared));
  return full.length > place.length + 1 && pageText(blocks).includes(full) ? full : null;
}
/** How much of `source` is the end of `place` (崇明区 of 上海市崇明区), at least a name and its level; 0 if none. */
function placeSuffixOpening(place: string, source: string): number {
  for (let n = place.length - 1; n >= 3; n--) if (source.startsWith(place.slice(-n))) return n;
  return 0;
}
/** A title's first of several bodies named by their level: 省科技厅 省工信厅 省科协…. */
const LEVEL_BODIES_OPENING = /^([省市县縣区區州][\u4e00-\u9fff]{1,8}?(?:厅|廳|局|委))[\s\u3000、]+[省市县縣区區州][\u4e00-\u9fff]{1,8}?(?:厅|廳|局|委|科协|科協)/;
/** A department in short, by its level alone: 市科技局, 县农业农村局, 省科技厅. */
const SHORT_DEPARTMENT = /^[省市县縣区區州旗][\u4e00-\u9fff]{1,8}(?:局|委|办|辦|厅|廳)$/;

/** The department of `owner`, a government, that `title` opens on (浏阳市科技局召开… under 浏阳市人民政府), or null. */
function portalDepartment(owner: string, title: string): string | null {
  const place = GOVERNMENT_OF.exec(owner)?.[1];
  if (!place || !title.startsWith(place)) return null;
  const department = DEPARTMENT_OPENING.exec(title.slice(place.length));
  return department ? place + department[1] : null;
}
const GOVERNMENT_OF = /^([\u4e00-\u9fff]{2,10}?[省市县縣区區旗])人民政府$/;
/** A department's short name and the verb of its news after it: 科技局召开, 发改委印发. */
const DEPARTMENT_OPENING = /^([\u4e00-\u9fff]{1,8}?(?:局|委员会|委員會|委|办公室|辦公室))(?=召开|召開|举办|舉辦|开展|開展|组织|組織|印发|印發|发布|發布|启动|啟動|出台)/;

/** The body that owns the site, as its footer names it: 版权所有 X, 主办单位：X. */
function siteOwner(blocks: PageBlock[]): string | null {
  // (A government's or congress's portal is kept by its office, 版权所有：泸溪县人民政府办公室: the
  // site is the government's.)
  // (Nor is its copyright's wording part of the name: 本網站著作權屬宜蘭縣政府 © 2026.)
  return footerMatch(blocks, OWNER)?.replace(GOVERNMENT_OFFICE, '').replace(COPYRIGHT_HELD_BY, '') ?? null;
}
const COPYRIGHT_HELD_BY = /^(?:本網站|本网站)?(?:著作權屬|著作权属)(?:於|于)?/;
const GOVERNMENT_OFFICE = /(?<=人民政府|人大常委会|人大常委會|人民代表大会常务委员会|人民代表大會常務委員會|政协|政協|(?:政治协商会议|政治協商會議)[\u4e00-\u9fff]{2,12}(?:委员会|委員會))(?:办公室|辦公室|办公厅|辦公廳)$/;

/** The body whose own account posts on a platform, as its card says: 迪庆藏族自治州科学技术局官方网易号, …官方澎湃号. */
function accountCard(blocks: PageBlock[]): string | null {
  for (const b of blocks) {
    if (!b.text.includes('官方')) continue;
    const m = ACCOUNT_CARD.exec(b.text);
    if (m) return m[1];
  }
  return null;
}
const ACCOUNT_CARD = new RegExp(`(?:^|[\\s\u3000])(${BODY_NAME})(?:${PLATFORM_ACCOUNT_SUFFIX})`);

/** The body a verified account's profile names on a line of its own, its English name after it maybe. */
function verifiedProfile(blocks: PageBlock[]): string | null {
  const head = blocks.slice(0, PROFILE_LINES);
  // (Or a social page's category, 政府組織, under its name: 澳門科學技術發展基金 FDCT.)
  // (Or its followers under its name, 屏東縣政府 / 5.1萬 位追蹤者; or a post's time under it, 2030年11月20日 下午4:05 ·.)
  if (!head.some((b) => VERIFIED_BADGE.test(b.text) || GOVERNMENT_PAGE.test(b.text) || FOLLOWERS_LINE.test(b.text) || POST_TIME_LINE.test(b.text))) return null;
  for (const b of head) {
    const m = PROFILE_NAME.exec(b.text);
    if (m) return m[1];
  }
  return null;
}
const PROFILE_LINES = 20;
const PROFILE_NAME = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})(?:[\\s\\u3000]+[A-Za-z][A-Za-z .,'&-]*)?[\\s\\u3000]*$`);

/** bodyOfPage in its fullest form on the page (金华市妇联 → 金华市妇女联合会). */
function fallbackOrg(blocks: PageBlock[], clues: OrgClues, tags: MetaTags): string | null {
  const org = bodyOfPage(blocks, clues, tags) ?? speakersBody(blocks, clues) ?? coverBody(blocks, clues) ?? issuersUnderTitle(blocks, clues);
  return org && fullestForm(org, blocks);
}

/**
 * The first of the issuers a line under the title names over its date, where nothing else names the
 * page's (2025年武义县科技经费投入统计公报 / 武义县统计局　武义县科学技术局　武义县财政局 / 2026年9月27日).
 */
function issuersUnderTitle(blocks: PageBlock[], clues: OrgClues): string | null {
  const title = (clues.title ?? '').replace(/\s+/g, '');
  if (!title) return null;
  const at = blocks.slice(0, COVER_LINES).findIndex((b) => b.text.replace(/\s+/g, '') === title);
  const names = at < 0 ? [] : (blocks[at + 1]?.text.trim().split(/[\s\u3000]+/) ?? []);
  const dated = (blocks[at + 2]?.text.trim().length ?? 99) <= DATE_LINE_MAX && parseDate(blocks[at + 2].text.trim()) !== null;
  return dated && names.length >= 2 && names.every((name) => BODY_NAME_ONLY.test(name)) ? names[0] : null;
}

/**
 * The body whose name a report's cover prints over its title, where nothing else names the page's
 * (澳門科學技術協進會 / Associação… / 二〇二五年度會務報告, 苗栗縣政府 / 苗栗縣114學年度 / 科學教育推動成果報告).
 */
function coverBody(blocks: PageBlock[], clues: OrgClues): string | null {
  const title = (clues.title ?? '').replace(/\s+/g, '');
  if (!COVER_REPORT_TITLE.test(title)) return null;
  for (let i = 0; i + 1 < Math.min(blocks.length, COVER_LINES); i++) {
    const name = blocks[i].text.trim();
    if (!BODY_NAME_ONLY.test(name)) continue;
    // (Its name in another language may stand between: Associação de Promoção da Ciência e Tecnologia de Macau.)
    const next = hasHan(blocks[i + 1].text) ? i + 1 : i + 2;
    const line = blocks[next]?.text.replace(/\s+/g, '') ?? '';
    if (line.length >= 4 && title.startsWith(line)) return name;
  }
  return null;
}
/** How far into the page a report's cover runs. */
const COVER_LINES = 8;
/** A report's title: …會務報告, …成果報告, …工作总结. */
const COVER_REPORT_TITLE = /(?:报告|報告|总结|總結|年报|年報)$/;

/**
 * The body a speech's speaker heads, where nothing else names the page's: on the speaker's line
 * (乐山市科学技术局党组成员、副局长　张志远), opening the title (香港數理教育學會主席在周年會員大會上的致辭), or
 * holding the meeting the title names (在广西农业工程学会第八次会员代表大会上的讲话, its 理事长 speaking).
 */
function speakersBody(blocks: PageBlock[], clues: OrgClues): string | null {
  const title = clues.title ?? '';
  if (!SPOKEN_TITLE.test(title)) return null;
  // (Under the title, above the body too: a paper's app prints its own date line between.)
  for (const i of [...clues.body.slice(0, SPEAKER_LINES), ...Array.from({ length: Math.min(blocks.length, SPEAKER_HEAD_BLOCKS) }, (_, k) => k)]) {
    const m = SPEAKER_BODY_LINE.exec(blocks[i].text);
    if (m) return m[1];
  }
  return SPEAKER_TITLE.exec(title)?.[1] ?? MEETING_TITLE.exec(title)?.[1] ?? null;
}
/** How many of the page's first blocks a speaker's line may stand in. */
const SPEAKER_HEAD_BLOCKS = 12;
/** A title ending on a speech's kind, a bracket after it maybe: …上的讲话（摘要）. */
const SPOKEN_TITLE = /(?:講話|讲话|致辭|致辞|致詞|發言|发言)(?:[（(][^）)]{1,6}[）)])?$/;
/** A speaker's line opening on the speaker's body: 乐山市科学技术局党组成员、副局长　张志远. */
const SPEAKER_BODY_LINE = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})[\\u4e00-\\u9fff、]{0,16}(?:長|长|主任|主席|書記|书记)[\\s\\u3000]+[\\u4e00-\\u9fff○〇]{2,4}[\\s\\u3000]*$`);
/** A speech's title opening on the speaker's body and post: 香港數理教育學會主席在周年會員大會上的致辭. */
const SPEAKER_TITLE = new RegExp(`^(${BODY_NAME})(?:主席|會長|会长|理事長|理事长|校長|校长|館長|馆长|局長|局长|署長|署长|處長|处长|院長|院长)在[^\\n]{2,40}(?:講話|讲话|致辭|致辞|致詞|發言|发言)$`);
/** A speech's title naming the body that holds the meeting: 在广西农业工程学会第八次会员代表大会上的讲话. */
const MEETING_TITLE = new RegExp(`^在(${BODY_NAME})第[一二三四五六七八九十\\d]{1,3}(?:次|届|屆)[^\\n]{2,30}上的(?:講話|讲话|致辭|致辞|致詞|發言|发言)$`);

/**
 * Pages that name no association (government, Taiwan, Hong Kong), when their title opens on no
 * issuer (findOrg took that first): the site owner (主办, 版权所有), else a press-release
 * service's banner or the government its footer lists, else who runs the site, else the body that
 * opens the article, else the signature, else a body the footer ends on, else the source when it
 * names a body, else what <meta> says, else a company's copyright.
 */
function bodyOfPage(blocks: PageBlock[], clues: OrgClues, tags: MetaTags): string | null {
  const { owner } = clues;
  // A township's news on its county's portal (来源：江南镇人民政府) is the township's, as its lead
  // names it (安化县江南镇人民政府).
  const source = clues.source;
  if (owner && source && source !== owner && TOWNSHIP.test(source) && BODY_NAME_ONLY.test(source)) {
    const named = new RegExp(`(?:[\\u4e00-\\u9fff]{2,4}[县縣区區市旗])?${source}`).exec(leadOf(blocks, clues.body));
    if (named) return named[0];
  }
  // A Hong Kong district office's page on its department's site (元朗民政事務處 heads the page, 民政事務總署 owns the site) is the office's.
  if (owner && DISTRICT_PARENT.test(owner)) {
    const office = blocks.slice(0, 20).find((b) => DISTRICT_OFFICE.test(b.text.trim()));
    if (office) return office.text.trim();
  }
  // A budget reply is its controlling officer's department's (管制人員：漁農自然護理署署長（…）).
  // (Or, where the officer's title names no department, 數字政策專員, its head's: 總目：(47) 政府總部：數字政策辦公室.)
  const officer = blocks.slice(0, 20).map((b) => CONTROLLING_OFFICER.exec(b.text)?.[1]).find((x) => x);
  if (officer) return officer;
  const head = blocks.slice(0, 20).some((b) => CONTROLLING_OFFICER_LINE.test(b.text)) ? blocks.slice(0, 20).map((b) => EXPENDITURE_HEAD.exec(b.text)?.[1]).find((x) => x) : undefined;
  if (head) return head;
  // A research publication names who prepared it in its closing note (數據透視由立法會秘書處資料研究組擬備，旨在…).
  const preparer = preparedBy(blocks);
  if (preparer) return preparer;
  // A department's news on its government's portal (浏阳市科技局召开… on 浏阳市人民政府's) is the department's.
  const department = owner && clues.title ? portalDepartment(owner, clues.title) : null;
  if (department) return fullestForm(department, blocks);
  // So is one whose source line names the department in short (来源：市科技局 on 林芝市人民政府's
  // portal), where the page names it in full (林芝市科学技术局).
  const sourced = owner && source ? sourceDepartment(owner, source, blocks) : null;
  if (sourced) return sourced;
  // So is the body that runs the portal for its government when the source names it in short
  // (来源：市12345热线中心, 承办：邯郸市12345政务服务便民热线中心).
  const runner = owner && source ? footerMatch(blocks, RUNNER) : null;
  // (Not the office or data centre that keeps the site: 承办：安吉县人民政府办公室, …信息中心.)
  if (runner && !SITE_KEEPER.test(runner) && runner.slice(-2) === source!.slice(-2) && abbreviates(source!, runner)) return runner;
  // (Not a news outlet's, whose reporters tell of a body's work: its lead names the body, past the
  // dateline, 光明网讯（记者…）, （中央社記者…台東25日電）; nor a document-sharing site's, 原创力文档.)
  const outlet = [owner ?? '', tags['og:site_name'] ?? '', ...blocks.slice(-5).map((b) => b.text).filter((t) => COPYRIGHT_LINE.test(t))].some((t) => MEDIA_OUTLET.test(t) || SHARING_SITE.test(t));
  if (outlet) {
    for (const i of clues.body.slice(0, 3)) {
      const lead = blocks[i].text.replace(NEWS_DATELINE, '');
      const m = LEAD_BODY.exec(lead) ?? REPORTER_LEARNED.exec(lead) ?? HEAD_SAID.exec(lead);
      if (m) return m[1];
    }
  }
  // A document on a portal is its signer's, where its source line names the signer too
  // (芦红字〔2030〕9号, 来源：县红十字会, signed 芦溪县红十字会 on the county's portal; a street office's
  // 公示 without a number, 来源：财源街道办事处, signed 泰安市泰山区人民政府财源街道办事处).
  const signer = owner && !outlet && source ? signatureOrg(blocks, clues.body) : null;
  // (Not the owner's own office: 广东省科普作家协会秘书处 signs for the society.)
  if (signer && !(signer.startsWith(owner!) && OWN_OFFICE.test(signer.slice(owner!.length))) && abbreviates(source!, signer)) return signer;
  if (owner && !outlet) return owner;
  const banner = siteBanner(blocks, tags);
  if (banner) return banner;
  const government = pressServiceGovernment(blocks);
  if (government) return government;
  const runBy = footerMatch(blocks, RUN_BY);
  if (runBy) return runBy;
  if (clues.account) return accountInFull(blocks, clues.body, clues.account);
  // (A verified account's or a government page's profile names its body: nmns_tw 已驗證 … 國立自然科學博物館 National Museum of Natural Science.)
  const profile = verifiedProfile(blocks);
  if (profile) return profile;
  for (const i of clues.body.slice(0, 3)) {
    const m = LEAD_BODY.exec(blocks[i].text);
    if (m) return departmentsCompany(blocks, clues, m[1]) ?? m[1];
  }
  const signature = signatureOrg(blocks, clues.body);
  if (signature) return signature;
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 3; i--) {
    const m = blocks[i].text.length <= 80 ? FOOTER_BODY.exec(blocks[i].text.trim()) : null;
    if (m && !WIDGET_NAME.test(m[1])) return m[1];
  }
  if (clues.source && BODY_NAME_ONLY.test(clues.source)) return departmentsCompany(blocks, clues, clues.source) ?? departmentsUniversity(blocks, clues.source) ?? clues.source;
  // A WeChat account says whose it is (国家统计局清远调查队官方微信公众号).
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 30; i--) {
    const m = blocks[i].text.length <= 120 ? OFFICIAL_ACCOUNT.exec(blocks[i].text) : null;
    if (m) return m[1];
  }
  // A site name in Chinese; one in English only (og:site_name of a Hong Kong site) after the
  // name its own footer gives.
  const siteName = tags['og:site_name'] === '微信公众平台' ? null : tags['og:site_name']; // the platform's, not the account's
  const tagged = tags['contentsource'] || tags['sitename'] || siteName || null;
  // (Its English short name beside the Chinese one is not the body's name: HKSTP 香港科技園公司.)
  const { company } = clues;
  if (tagged && hasHan(tagged)) {
    // (Nor is its tagline after a bar: 海風蚵寮民宿｜嘉義東石親子民宿.)
    const name = tagged.replace(LATIN_BEFORE_HAN, '').replace(LATIN_AFTER_HAN, '').replace(SITE_TAGLINE, '');
    // (A site named in short for the company its footer names in full: 數碼港, 香港數碼港管理有限公司;
    // or for the foundation: 國家高速網路與計算中心, 財團法人國家實驗研究院國家高速網路與計算中心 版權所有.)
    return company?.includes(name) ? company : (copyrightHolderNaming(blocks, name) ?? name);
  }
  return company ?? tagged;
}
/** The first name `find` reads in the footer's lines, from the page's end up (FOOTER_BLOCKS of them), or null. */
function footerName(blocks: PageBlock[], find: (line: string) => string | null | undefined): string | null {
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - FOOTER_BLOCKS; i--) {
    const name = find(blocks[i].text);
    if (name) return name;
  }
  return null;
}
const FOOTER_BLOCKS = 30;

/** A public body's company that owns the site, its name alone on a line of the footer (香港數碼港管理有限公司 / 香港數碼港道100號), or null. */
const stateOwnedSite = (blocks: PageBlock[]) => footerName(blocks, (line) => (STATE_OWNED_ALONE.test(line) ? line.trim() : null));

/** A school office's name (實習處, 教務處, 輔導室) on a public school's site is the school's: 國立臺南高級工業職業學校. */
function schoolsOwn(org: string | null, blocks: PageBlock[]): string | null {
  return org !== null && SCHOOL_OFFICE.test(org) ? (publicSchoolSite(blocks) ?? org) : org;
}
const SCHOOL_OFFICE = /^[\u4e00-\u9fff]{2,4}(?:處|室|組)$/;
/** A Taiwan public school that owns the site, its name opening a line of the footer before its address (publicSchoolName). */
const publicSchoolSite = (blocks: PageBlock[]) => footerName(blocks, publicSchoolName);

/** The university that owns the site, named in the footer's copyright line (Copyright © 2026 The University of Hong Kong 香港大學), or null. */
const universitySite = (blocks: PageBlock[]) => footerName(blocks, (line) => UNIVERSITY_COPYRIGHT.exec(line)?.[1]);

/** The office that signs for its body: 秘书处, 办公室. */
const OWN_OFFICE = /^(?:秘书处|秘書處|办公室|辦公室|办公厅|辦公廳)$/;
const SITE_TAGLINE = /(?<=[\u4e00-\u9fff]{2})[\s\u3000]*[｜|][^｜|]*$/;

/**
 * The company that owns the site, where a department of it speaks (郵務處表示 on 中華郵政股份有限公司's
 * site, whose lead opens on 中華郵政公司): a department with no place in its name is no body of its own.
 */
function departmentsCompany(blocks: PageBlock[], clues: OrgClues, department: string): string | null {
  const { company } = clues;
  if (!company || !DEPARTMENT_ONLY.test(department)) return null;
  const short = company.replace(COMPANY_SUFFIX, '');
  return short.length >= 2 && leadOf(blocks, clues.body).includes(short) ? company : null;
}
const COMPANY_SUFFIX = /(?:股份有限公司|有限公司|公司)$/;

/**
 * The university a department of it speaks for, its name in short before the department's or none (澳大傳訊部,
 * 理大公共關係處, 校長辦公室): the university the page names in full that the short name abbreviates, or the
 * one its footer names as the site's owner; else null.
 */
function departmentsUniversity(blocks: PageBlock[], department: string): string | null {
  const m = UNIVERSITY_DEPARTMENT.exec(department);
  if (!m) return null;
  const short = m[1];
  for (const b of blocks) {
    for (const [name] of b.text.matchAll(UNIVERSITY_NAME)) if (short ? shortensUniversity(short, name) : UNIVERSITY_OWNER_LINE.test(b.text)) return name;
  }
  return null;
}
const UNIVERSITY_DEPARTMENT = /^(?:([\u4e00-\u9fff]{1,2})大)?(?:傳訊及公共關係處|传讯及公共关系处|傳訊部|传讯部|傳訊處|传讯处|公共關係處|公共关系处|公共關係部|公共关系部|新聞處|新闻处|宣傳部|宣传部|校長辦公室|校长办公室|秘書處|秘书处)$/;
const UNIVERSITY_SPEAKER = /^([\u4e00-\u9fff]{2,10}(?:大學|大学))(?:校長|校长|副校長|副校长)/;
const UNIVERSITY_NAME = /[\u4e00-\u9fff]{2,10}(?:大學|大学)/g;
/** A footer's line naming the site's owner: © 2026 澳門理工大學 版權所有, 澳門理工大學 Universidade Politécnica de Macau. */
const UNIVERSITY_OWNER_LINE = /©|版權所有|版权所有|^[\s\u3000]*[\u4e00-\u9fff]{2,10}(?:大學|大学)[\s\u3000]+[A-Z]/;
/** Whether `short` (澳, 理) is what a university's short name keeps of `name` before 大: 澳門大學 → 澳大, 澳門理工大學 → 理大. */
function shortensUniversity(short: string, name: string): boolean {
  const stem = name.replace(/(?:大學|大学)$/, '');
  return stem.startsWith(short) || stem.replace(/^(?:香港|澳門|澳门)/, '').startsWith(short);
}
/** A header line naming a body alone, perhaps with its English short name: a WeChat account's (香港生產力促進局 HKPC). */
const ACCOUNT_LINE = new RegExp(`^[\\s\\u3000]*(${BODY_NAME})(?:[\\s\\u3000]+[A-Z][A-Za-z&.'’-]*){0,4}[\\s\\u3000]*$`);
/** The account that posted the article, from a header's lines: the fullest body's name there, four characters or more (生產力局 / 香港生產力促進局 HKPC). */
function accountIn(header: string): string | null {
  let account: string | null = null;
  for (const line of header.split('\n')) {
    const m = ACCOUNT_LINE.exec(line);
    if (m && m[1].length >= 4 && m[1].length > (account?.length ?? 0)) account = m[1];
  }
  return account;
}
/** The account's body as the lead names it in full: 澳門科技基金 → 澳門特別行政區科學技術發展基金（以下簡稱「科技基金」）. */
function accountInFull(blocks: PageBlock[], body: number[], account: string): string {
  // (Not the account's own name after a word of the sentence: 由香港生產力促進局.)
  for (const m of leadOf(blocks, body).matchAll(BODY_NAMES)) if (!m[0].includes(account) && abbreviates(account, m[0])) return m[0];
  return account;
}
const BODY_NAMES = new RegExp(BODY_NAME, 'g');
const CONTROLLING_OFFICER_LINE = /^[\s\u3000]*(?:管制人員|管制人员)[:：]/;
const EXPENDITURE_HEAD = /^[\s\u3000]*(?:總目|总目)[:：][\s\u3000]*[(（]\d{1,3}[)）][\s\u3000]*(?:政府總部|政府总部)?[:：]?[\s\u3000]*([\u4e00-\u9fff]{2,20}(?:辦公室|办公室|委員會|委员会|署|處|处|局|部))[\s\u3000]*$/;
const CONTROLLING_OFFICER = /^[\s\u3000]*(?:管制人員|管制人员)[:：][\s\u3000]*([\u4e00-\u9fff]{2,20}?(?:署|處|处|局|部))(?:署長|署长|處長|处长|局長|局长|部長|部长)/;
/** (Its unit may be a 組 or 科, no body's name of its own: 立法會秘書處資料研究組.) */
const PREPARED_BY = /^[\s\u3000]*[\u4e00-\u9fff]{2,8}由([\u4e00-\u9fff]{4,20}?)(?:擬備|拟备|編製|编制)[，,。]/;
function preparedBy(blocks: PageBlock[]): string | null {
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 30; i--) {
    const m = blocks[i].text.length <= 200 ? PREPARED_BY.exec(blocks[i].text) : null;
    if (m) return m[1];
  }
  return null;
}
const DEPARTMENT_ONLY = /^[\u4e00-\u9fff]{2,4}(?:处|處|部|室|科|组|組)$/;
const JOINED = /联合|聯合/;
// (Not a federation's own name: 澳門工會聯合總會, 香港科技協進會聯合會.)
const JOINED_TAIL = new RegExp(`(?<=(?:${BODY_KINDS}))(?:联合|聯合|会同|會同)(?!(?:总会|總會|会|會)$).+$`);
const PROFILE_LABEL = new RegExp(`^[\\s\\u3000]*(?:${ACCOUNT_OWNER})[:：]?`);
/** …官方微信公众号, and a government account's card, 郴州市科学技术局官方政务新媒体. */
const OFFICIAL_ACCOUNT = /(?:^|[\s\u3000])([\u4e00-\u9fff]{2,30}?)(?:的)?官方(?:(?:微信)?(?:公众号|公眾號|账号|帳號)|政务新媒体|政務新媒體)/;
// (Portuguese too: Serviços de Alfândega da RAEM.)
const LATIN_BEFORE_HAN = /^[\x21-\x7e\u00c0-\u024f]+(?:\s+[\x21-\x7e\u00c0-\u024f]+)*\s+(?=[\u4e00-\u9fff])/;
const LATIN_AFTER_HAN = /(?<=[\u4e00-\u9fff])\s+[\x21-\x7e\u00c0-\u024f]+(?:\s+[\x21-\x7e\u00c0-\u024f]+)*$/;

/**
 * On a government's press-release service (新聞公報 in its menu), the government its footer lists
 * among its links (重要告示 | 私隱政策 | 香港特別行政區政府 | 最近修訂日期…).
 */
function pressServiceGovernment(blocks: PageBlock[]): string | null {
  if (!blocks.slice(0, 10).some((b) => b.text.includes('新聞公報') || b.text.includes('新闻公报'))) return null;
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 5; i--) {
    if (blocks[i].text.length > 200) continue;
    const part = blocks[i].text.split(/[|｜\s\u3000]+/).find((p) => GOVERNMENT_NAME.test(p));
    if (part) return part;
  }
  return null;
}
const GOVERNMENT_NAME = /^[\u4e00-\u9fff]{2,12}政府$/;

/**
 * A company's page that is not official (a consultancy's or a training firm's copy of a notice)
 * has no document number of its own: the number it prints is the notice's. Where it sells a
 * service around the notice, the page is the company's own, and so is its org.
 */
export function companysPage(meta: PageMeta, blocks: PageBlock[], selling: boolean, privateOwner = false): PageMeta {
  // (A private school's or centre's page, whatever association it names, is the owner's.)
  const owner = privateOwner ? siteOwner(blocks) : null;
  if (owner) return { ...meta, org: companyForm(owner, blocks) };
  // (So is a company's own account's post: 恩平市声韵电子科技有限公司官方账号.)
  const account = footerMatch(blocks, COMPANY_ACCOUNT_NAME)?.replace(PROFILE_LABEL, '') ?? null;
  const company = siteCompany(blocks) ?? account;
  if (!company) return meta;
  // (Unless the number is the company's own, its name's words at its head: 中科华英评字〔2026〕12号.)
  const head = meta.docNumber ? DOC_NUMBER_HEAD.exec(meta.docNumber)?.[0] : undefined;
  const own = head !== undefined && company.includes(head);
  return { ...meta, docNumber: own ? meta.docNumber : null, ...((selling || company === account) && { org: company }) };
}
const COMPANY_ACCOUNT_NAME = new RegExp(`([\\u4e00-\\u9fff]{2,30}?(?:${LIMITED_COMPANY}))(?:${OFFICIAL_ACCOUNT_WORDS})`);
const DOC_NUMBER_HEAD = /^[\u4e00-\u9fff]{4}/;

/** The fuller name a footer's copyright line gives `name` (…國家高速網路與計算中心 版權所有), or null. */
function copyrightHolderNaming(blocks: PageBlock[], name: string): string | null {
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 10; i--) {
    const text = blocks[i].text;
    const at = text.length <= 200 ? text.indexOf(name) : -1;
    if (at < 0) continue;
    let from = at;
    while (from > 0 && isHanCode(text.charCodeAt(from - 1))) from--;
    const holder = text.slice(from, at + name.length);
    if (holder.length > name.length && COPYRIGHT_AFTER.test(text.slice(at + name.length))) return holder;
  }
  return null;
}
const COPYRIGHT_AFTER = new RegExp(`^[\\s\\u3000]*(?:${COPYRIGHT})`);

/** The company whose copyright the footer prints. */
function siteCompany(blocks: PageBlock[]): string | null {
  return footerMatch(blocks, COMPANY_OWNER);
}

const ACCOUNTS_POST = /^[^-|｜]{1,20}的(?:微头条|微頭條|微博|动态|動態|视频号|視頻號|抖音)(?:[\s\u3000]*[-|｜]|$)/;

function titleFromTags(tags: MetaTags): string | null {
  const t = tags['articletitle'] || tags['og:title'] || tags['dc.title'] || null;
  // (A platform names a post by its account alone: 郴州科技的微头条 - 今日头条.)
  if (t && ACCOUNTS_POST.test(t)) return null;
  if (t) return t.trim();
  // A page that shows no heading may still name itself in <title>, before the site's name
  // (闵行区全民科学素质行动实施方案 | 上海市闵行区人民政府); a <title> that is the site name alone is none.
  const parts = (tags.title ?? '').split(TITLE_TAG_SEPARATOR).map((p) => p.trim());
  const first = parts[0];
  // (Nor does one naming an account's page: 城步科技的微博 - 微博.)
  return parts.length >= 2 && first.length >= 6 && first.length <= 80 && hasHan(first) && !ACCOUNTS_POST.test(first) ? first : null;
}

/** A field table's title, its label alone in the cell before it (標　　題 | 檢送本府…計畫), where nothing else titles the page. */
function titleCell(blocks: PageBlock[]): string | null {
  for (let i = 0; i + 1 < Math.min(blocks.length, TITLE_CELL_LINES); i++) {
    // (Or the label and its value on one line, a text-only view's: 标题：滨州市科学技术局关于转发….)
    const named = DOCUMENT_NAME.exec(blocks[i].text)?.[1].trim();
    if (named && hasHan(named)) return named;
    if (!TITLE_LABEL.test(blocks[i].text)) continue;
    const value = blocks[i + 1].text.trim();
    return value.length >= 4 && value.length <= 100 && hasHan(value) ? value : null;
  }
  return null;
}
const TITLE_CELL_LINES = 60;

/**
 * A Taiwan letter's or announcement's letterhead, where it has no title but its 主旨 (新竹縣政府　函 / 地址：… / 主旨：…,
 * 農業部　公告): the document is named by it, one space between issuer and kind.
 */
function letterheadTitle(blocks: PageBlock[]): string | null {
  const first = blocks.find((b) => !b.outside && !b.boiler && b.text.trim() !== '');
  const text = first?.text.trim() ?? '';
  return LETTERHEAD.test(text) && LETTER_KIND_END.test(text) ? text.replace(/[\s\u3000]+/g, ' ') : null;
}
const LETTER_KIND_END = /(?:函|書函|公告)$/;
const TEXT_VIEW_TAG = /^[\s\u3000]*(?:无障碍|無障礙)?(?:纯文本|純文本)(?:浏览|瀏覽|模式)?[\s\u3000]*(?:[-|_｜—–].*)?$/;

/**
 * A title the <title> cuts short (安化县科协开展“科普大篷车”进乡村巡展...), in full where the page's first
 * lines hold it: the breadcrumb's last item, 首页 > 部门动态 > 安化县科协开展“科普大篷车”进乡村巡展活动.
 */
function untruncated(title: string | null, blocks: PageBlock[]): string | null {
  const cut = title ? TRUNCATED.exec(title) : null;
  if (!cut || cut[1].length < TRUNCATED_STEM) return title;
  for (const b of blocks.slice(0, TRUNCATED_LINES)) {
    const at = b.text.indexOf(cut[1]);
    // (The heading cut short itself is passed over: 关于开展…调查... over the crumb's whole name.)
    const whole = at >= 0 ? b.text.slice(at).split(CRUMB_SEPARATOR)[0].trim() : '';
    if (whole.length > cut[1].length && !TRUNCATED.test(whole)) return whole;
  }
  return title;
}
const TRUNCATED = /^(.+?)(?:\.{2,}|…+)$/;
const TRUNCATED_STEM = 8;
const TRUNCATED_LINES = 40;
const CRUMB_SEPARATOR = /[>＞»›|｜\n]|\s{2,}/;

/** (And an online editor's read-only badge after it: …的通知.docx只读.) */
const FILE_EXTENSION = /\.(?:pdf|docx?|wps|txt|pptx?|xlsx?)(?:只读|只讀)?$/i;

/** An association's own office, as the issuer of its minutes: …科学技术协会办公室. */
const ASSOCIATION_OFFICE = /(?<=(?:科学技术协会|科學技術協會|科协|科協))(?:办公室|辦公室)$/;
const COMMITTEE_SECRETARIAT = /(?<=(?:委員會|委员会))(?:秘書處|秘书处)$/;
const ISSUER_NAME_LINE = /^[\u4e00-\u9fff]{2,30}(?:科学技术协会|科學技術協會|科协|科協|学会|學會|人民政府|委员会|委員會)$/;

/** A line's last word that joins it to the next: 及, 和, 與, 暨. */
const RUNS_ON = /(?:及|和|與|与|暨|、)$/;
/** The title as shown: its lines (a <br> may break it) joined, with a space where the title tag has one. */
function titleText(blocks: PageBlock[], first: number, last: number, tagged: string): string {
  const lines: string[] = [];
  // (A document-sharing site shows its file's name: …工作打算.pdf.)
  for (let i = first; i <= last; i++) lines.push(blocks[i].text.trim().replace(/\s+/g, ' ').replace(FILE_EXTENSION, ''));
  const spaced = lines.join(' ');
  const joined = lines.join('');
  const tag = tagged.replace(/\s+/g, ' ');
  // (og:title may join them with a full-width space; without a tag to say, a <br> reads as a space
  // between a headline's two phrases — not before a document's 关于…, which its issuer's line opens:
  // 通许县科学技术协会 通许县财政局<br>关于下达….)
  // (Nor before the year a body's report opens on: 吴忠市科学技术协会<br>2029年工作总结.)
  // (Or what it issues may run on to a line of its own: 关于印发…全民科学素质 / 工作要点的通知.)
  const issuedAt = lines.findIndex((line) => ISSUED_LINE.test(line));
  // (Nor before the year a programme's results open on: 科學技術發展基金「科普進社區」計劃<br>2026年上半年成效理想.)
  const issued = issuedAt >= 0 || (lines.length === 2 && YEAR_NOT_DAY_OPENING.test(lines[1]));
  // (A bulletin's issue after its masthead: 衢江科协工作简报 2026年第4期.)
  if (lines.length === 2 && BULLETIN_ISSUE.test(lines[1])) return spaced;
  // (A subtitle its dash joins: 凝聚创新力量 建功科技强市——在…上的讲话.)
  if (lines.length > 1 && DASH_SUBTITLE.test(lines[lines.length - 1])) return titleText(blocks, first, last - 1, tagged) + lines[lines.length - 1];
  // (Issuers one to a line part by a space among themselves: 遵义市妇女联合会 遵义市科学技术协会 …局关于….)
  if (issuedAt > 1 && !tag.replace(/ /g, '').includes(joined)) return lines.slice(0, issuedAt).join(' ') + lines.slice(issuedAt).join('');
  if (issuedAt >= 0 && !tag.includes(spaced)) return joined;
  // (Nor where a line ends on a word that joins what follows: …優配研究金及<br>傑出青年學者計劃結果; or inside a 《…》, or on
  // its year: 苗栗縣114學年度<br>科學教育推動成果報告.)
  // (Nor before the kind of text it is, left alone on the last line: …2025年政府信息公开<br>工作年度报告.)
  // (Nor before a procurement's kind, its project's name over it: 115年度「宇宙探索展示區」<br>互動展品更新採購案決標公告.)
  const runsOn = lines.slice(0, -1).some((line) => RUNS_ON.test(line) || line.lastIndexOf('《') > line.lastIndexOf('》') || line.lastIndexOf('「') > line.lastIndexOf('」') || YEAR_WORD_END.test(line)) || KIND_ALONE.test(lines[lines.length - 1]) || PROCUREMENT_KIND_END.test(lines[lines.length - 1]);
  return lines.length > 1 && !runsOn && (tag.includes(spaced) || (blocks[last].afterBreak && !issued && !tag.replace(/ /g, '').includes(joined))) ? spaced : joined;
}

/** A title's last line that is only the kind of text it is: 工作年度报告, 年度報告, 工作总结. */
const KIND_ALONE = /^(?:工作)?(?:年度)?(?:报告|報告|总结|總結|要点|要點)$/;

/** Whether most of `a`'s characters occur in `b`: the same title, worded a little otherwise. */
function sharesMost(a: string, b: string): boolean {
  const chars = [...a.replace(/\s/g, '')];
  return chars.filter((c) => b.includes(c)).length >= chars.length * SHARED_TITLE_SHARE;
}
const SHARED_TITLE_SHARE = 0.6;

/** A date in a page's path: t20300417_, /2030/0227/, /202907/15/, /2030-04-16/ (a whole year, month and day between separators). */
const URL_DATE = /(?:^|[/_t-])((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=[_/.-]|$)/;

/** The issue date a newspaper's or a newsletter's masthead prints near the top of the page, or null. */
function issueDate(blocks: PageBlock[]): string | null {
  for (let i = 0; i < Math.min(blocks.length, 5); i++) {
    const issue = PAPER_ISSUE.exec(`${blocks[i].text} ${blocks[i + 1]?.text ?? ''}`.replace(/\s+/g, ' '));
    const date = issue ? parseDate(issue[0]) : null;
    if (date) return date;
    // (Or its breadcrumb, the issue's day over the page: 首页 > 2026年05月20日 > A2版：要闻 > 正文.)
    const crumb = CRUMB_ISSUE.exec(blocks[i].text);
    const crumbDate = crumb ? parseDate(crumb[1]) : null;
    if (crumbDate) return crumbDate;
    const newsletter = NEWSLETTER_ISSUE.exec(blocks[i].text);
    const issued = newsletter ? parseDate(newsletter[1] ?? newsletter[2]) : null;
    if (issued) return issued;
  }
  return null;
}

function urlDate(url: string): string | null {
  // (The path only: a query's numbers are ids.)
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const m = URL_DATE.exec(path);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // (Hanweb's sites leave them unpadded: /art/2030/5/14/art_1786_4412093.html.)
  const slashed = URL_SLASHED_DATE.exec(path);
  return slashed ? isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3])) : null;
}
const URL_SLASHED_DATE = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//;

/** The page's address as it prints it under the article (本文链接：https://…), where the markup gives none. */
function printedUrl(blocks: PageBlock[]): string {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const m = blocks[i].text.length <= 200 ? PRINTED_URL.exec(blocks[i].text) : null;
    if (m) return m[1];
  }
  return '';
}
const PRINTED_URL = /(?:本文链接|本文鏈接|本页链接|本頁鏈接|本文网址|本文網址)[:：]\s*(https?:\/\/\S+)/;

export function readMeta(blocks: PageBlock[], layout: ArticleLayout, tags: MetaTags = {}): PageMeta {
  const heading = layout.title !== null ? titleText(blocks, layout.titleStart ?? layout.title, layout.title, `${tags.title ?? ''} ${tags['og:title'] ?? ''}`) : null;
  // (A list's cell may print the day it was posted after the title: 关于举办…的通知 [2030-4-8].)
  const listed = heading ? LISTED_DATE_AFTER.exec(heading) : null;
  const shown = listed ? heading!.slice(0, listed.index) : heading;

  // A disclosure table's label cell reads with the value cell after it.
  const headerText = (i: number) => {
    // (Its gloss in another language after it, or on a line of its own under it, is left out: 來源 Fonte, 來源 / Fonte / 科學技術發展基金.)
    const label = blocks[i].text.trim().replace(BRACKETED_LABEL, '$1').replace(LABEL_GLOSS_AFTER, '');
    const v = blocks[i + 1] && LABEL_GLOSS_CELL.test(blocks[i + 1].text) && isFieldLabel(label) ? i + 2 : i + 1;
    // (A table's row of labels, 来源 | 原文链接 | 采集日期, gives no label its neighbour as value.)
    if (!layout.header.includes(v) || !isFieldLabel(label) || isFieldLabel(blocks[v].text)) return blocks[i].text;
    return `${label}${/[:：]$/.test(label) ? '' : '：'}${blocks[v].text.trim()}`;
  };
  // A disclosure table names the document (名称：…); a site banner repeating the body's name is
  // no title where it does.
  let named: string | null = null;
  for (const i of layout.header) named ??= DOCUMENT_NAME.exec(headerText(i))?.[1]?.trim() ?? null;
  // (Nor is a menu's word the layout took for one, 政府信息公开, where the table names the document: the
  // title shown shares most of its characters with that name or it is not the title.)
  // (Nor is a verified account's name a title where no tag gives one: a post's copy opening on it, 屏東縣政府 / 官方帳號.)
  const profileName = !named && shown && BODY_NAME_ONLY.test(shown) && blocks.slice(0, PROFILE_LINES).some((b) => VERIFIED_BADGE.test(b.text)) && verifiedProfile(blocks) === shown;
  // (A heading cut short, 关于开展2030年潍坊市科技工作者状况调查..., is read whole where the crumb or a tag has it.)
  // (A text-only view's <title> names the view, 无障碍纯文本浏览: its labelled title line names the page.)
  const viewTag = !shown && TEXT_VIEW_TAG.test(tags.title ?? '');
  const read = titleProper(untruncated((shown && !profileName && !(named && (BODY_NAME_ONLY.test(shown) || !sharesMost(shown, named))) ? shown : named) ?? (viewTag ? null : titleFromTags(tags)), blocks) ?? titleCell(blocks) ?? letterheadTitle(blocks));
  // (A platform's 原创 badge run into the heading, where the <title> has the heading without it: …必看这5点原创.)
  const tagTitle = tags.title ?? '';
  const badged = read !== null && ORIGINAL_BADGE.test(read) && tagTitle.includes(read.slice(0, -2)) && !tagTitle.includes(read);
  const title = badged ? read!.slice(0, -2) : read;
  // A message board's thread is dated by its reply (回复时间：2025-03-12 10:05), the page's official
  // text, not by the citizen's message (留言时间：2025-03-04 21:37) over it.
  let date: string | null = repliedOn(blocks);
  // A gazette's page is published in its issue (第18期 — 2025年5月5日（星期一）), whatever date the act is signed.
  // (第 6 期 alone on its line has its date on the next, or after its group: 第一組.)
  if (layout.issue !== null) date ??= [0, 1, 2].map((k) => parseDate(blocks[layout.issue! + k]?.text ?? '')).find((d) => d) ?? null;
  // (A blog's 于 2026-07-05 21:14:36 首次发布, over its 已于 … 修改.)
  for (const line of layout.header.map(headerText)) date ??= FIRST_PUBLISHED.test(line) ? parseDate(line) : null;
  for (const i of layout.header) date ??= labelledDate(headerText(i), PUBLISHED_LABEL);
  for (const i of layout.header) date ??= labelledDate(headerText(i), REPLIED_LABEL);
  // (Or an info line under the article, over the letter's own date above it: 【發布日期】115-04-01 under 發文日期：中華民國115年3月31日.)
  if (!date && [...layout.header, ...layout.body.slice(0, INFO_LINE_AFTER * 2)].some((i) => ISSUED_LABEL.test(blocks[i].text))) {
    for (const i of [...layout.body.slice(-INFO_LINE_AFTER * 2), ...afterBody(blocks, layout.body, INFO_LINE_AFTER)]) date ??= BRACKETED_PUBLISHED.test(blocks[i].text) ? labelledDate(blocks[i].text.replace(/[【】]/g, ''), PUBLISHED_LABEL) : null;
  }
  for (const i of layout.header) date ??= labelledDate(headerText(i), ISSUED_LABEL);
  // (A sharing site's info line may print its upload date before the word: 泸州市科协 | 2030-03-04上传 | 18页.)
  for (let i = 0; !date && i < Math.min(blocks.length, UPLOAD_LINES); i++) {
    const uploaded = blocks[i].text.includes('上') ? UPLOADED_AFTER.exec(blocks[i].text) : null;
    if (uploaded) date = parseDate(uploaded[1]);
  }
  // (A record table's cells, its label over its value: 上網日期 | 117年6月12日 over 質詢日期 | 117年5月15日.)
  const cells = [...layout.header, ...layout.body.slice(0, RECORD_CELLS)];
  // (Or an info card after the article, 发布日期 / 2030-05-18, where the page shows no date above it.)
  const lastOfBody = layout.body[layout.body.length - 1] ?? blocks.length;
  const card = Array.from({ length: INFO_CARD_BLOCKS }, (_, k) => lastOfBody + 1 + k).filter((i) => i < blocks.length - 1);
  for (const label of [PUBLISHED_LABEL, REPLIED_LABEL]) {
    for (const i of label === PUBLISHED_LABEL ? [...cells, ...card] : cells) {
      if (date) break;
      const cell = blocks[i].text.trim();
      if (cell.length <= 6 && label.exec(cell)?.[0].length === cell.length) date = parseDate(blocks[i + 1]?.text ?? '');
    }
  }
  // (A bulletin's line under its masthead, who edits it and when: 衢州市衢江区科学技术协会编发　　2026年4月28日.)
  // (Or under the issue line that ends the title, the editor's name and the date alone: 南漳县科学技术协会办公室　2025年12月29日.)
  const issueTitled = layout.title !== null && ISSUE_LINE.test(blocks[layout.title].text.trim());
  if (layout.title !== null) for (const i of [layout.title + 1, layout.title + 2]) date ??= i < blocks.length && (BULLETIN_EDITED.test(blocks[i].text) || (issueTitled && EDITOR_DATE.test(blocks[i].text.trim()))) ? parseDate(blocks[i].text) : null;
  // (Or over its one article's headline, under its issue: 2026年第12期（总第145期） / …办公室编　二〇二六年七月十日 / ━━━ / headline.)
  if (layout.title !== null) for (const i of [layout.title - 1, layout.title - 2]) date ??= i > 0 && ISSUE_LINE.test(blocks[i - 1].text.trim()) ? parseDate(blocks[i].text) : null;
  // (Minutes print the meeting's date under their title, 日期：2025年9月16日; their own is the signature's.)
  const minutes = MINUTES.test(title ?? '');
  // (A time with its zone is Beijing's day: 2026-03-27T21:10:00.000Z is the 28th.)
  const tagDate = parseDate(beijingDayOf(tags['pubdate'] ?? tags['publishdate'] ?? tags['article:published_time'] ?? tags['dc.date'] ?? tags['dcterms.issued'] ?? tags['date'] ?? tags['datepublished'] ?? ''));
  // (Nor the day it was updated, where its tags or a hidden field keep the day it was published: 更新日期：115-10-17
  // over <input type="hidden" id="hfPublishDate" value="2026/10/15">.)
  // (Nor the day of the event it announces, under its label's cell: 活動日期 | 2026年9月12日（星期六）.)
  // (Nor the day from which the terms it sets take effect, under its title: （2027年1月1日起生效）.)
  const dating = (tagDate ? layout.header.filter((i) => !UPDATED_LABEL.test(blocks[i].text)) : layout.header).filter((i) => !EVENT_DATE_LABEL.test(blocks[i - 1]?.text ?? '') && !EFFECTIVE_FROM.test(blocks[i].text));
  if (!minutes) for (const i of dating) date ??= labelledDate(headerText(i));
  // (A speech's delivery date in brackets under its title, （2030年2月19日）, gives way to the page's own
  // date on a later line: 2030-02-21 来源：区科协.)
  if (!minutes) for (const i of dating) date ??= isDeliveryLine(blocks[i].text) ? null : parseDate(blocks[i].text);
  // (Or under the article: an info line printed under the signature dates the page as one over the
  // title would, 2030年4月18日 / 发布时间：2030-04-20  信息来源：宁夏气象学会  浏览次数：356; the body may
  // take it in, its last lines being short.)
  if (!minutes) date ??= infoLineDate(blocks, layout.body);
  // (A paper's copy of a speech dates it by the paper's issue, not by its delivery: （2025年12月16日）
  // under the headline, 2025年12月18日　星期四　…　第8123期 over the page.)
  // (So is it by the page's own date in its tags or a hidden field, its slot showing the day alone: 11-08.)
  if (!minutes && layout.header.some((i) => isDeliveryLine(blocks[i].text))) date ??= issueDate(blocks) ?? tagDate;
  if (!minutes) for (const i of dating) date ??= parseDate(blocks[i].text);
  // (A release may print its date just above its title: 發布日期：2025年10月8日 / 「智方便」….)
  const aboveTitle = layout.titleStart === null ? -1 : layout.titleStart - 1;
  // (Over the day it was updated, if that stands right above: 發佈日期：2026-06-16 / 更新日期：2026-06-18 / the title.)
  // (Or over the day it was printed and the period its data cover: 發布日期：115-02-10 / 資料時間：113年 / 列印日期：2026/03/05 / the title.)
  let publishedAbove = aboveTitle;
  // (Or over other fields with no date: 發布日期：115年6月5日 / 發布單位：氣候變遷署　新聞聯絡人：… / the title.)
  for (let k = 0; k < FIELDS_OVER_TITLE && publishedAbove > 0 && (NOT_PUBLISHED_LABEL.test(blocks[publishedAbove].text) || (FIELD_ROW.test(blocks[publishedAbove].text) && !parseDate(blocks[publishedAbove].text))); k++) publishedAbove--;
  if (publishedAbove >= 0) date ??= labelledDate(blocks[publishedAbove].text, PUBLISHED_LABEL);
  // (Or a date alone there, under the breadcrumb: 主頁 > 傳媒中心 > 新聞稿 / 2026年3月12日 / the title; a
  // council paper's is its meeting's.)
  // (Not the day it was updated: 發佈日期：2026-06-16 / 更新日期：2026-06-18 / the title.)
  if (aboveTitle >= 0 && layout.paper === null && blocks[aboveTitle].text.trim().length <= 20 && !NOT_PUBLISHED_LABEL.test(blocks[aboveTitle].text)) date ??= parseDate(blocks[aboveTitle].text);
  // (Or run on to its publisher's name there: 发布机构：经济及科技发展局22/01/2026 18:05.)
  if (aboveTitle >= 0 && PUBLISHER_LINE.test(blocks[aboveTitle].text)) date ??= parseDate(blocks[aboveTitle].text);
  // A blog prints its post's date after the post (发布于 2025年3月16日, WordPress's entry footer), and
  // a video platform its 发布时间 under the caption; the date it shows, not its tags' timestamp (a UTC one may fall the day before).
  // (A post edited since shows both, 编辑于 2025-03-05 over 发布于 2025-02-27: the first is the day it was published.)
  // (Read only where no date was found yet: the loop below runs only then.)
  const editedAndPosted = !date && blocks.some((b) => b.text.length <= 60 && EDITED_ON.test(b.text)) && blocks.some((b) => b.text.length <= 60 && POSTED_ON.test(b.text) && !EDITED_ON.test(b.text));
  for (let i = 0; !date && i < blocks.length; i++) {
    // (Or among the post's meta, after its author: 恒智咨询政策研究部 发布于 2026.04.16 阅读 1.3k.)
    if (blocks[i].text.length <= 60 && POSTED_ON.test(blocks[i].text) && !(editedAndPosted && EDITED_ON.test(blocks[i].text))) date = labelledDate(blocks[i].text, POSTED_ON);
    // (Or before the word: 2026.01.14 發布｜2026.01.15 更新.)
    const before = blocks[i].text.length <= 60 ? DATE_BEFORE_POSTED.exec(blocks[i].text) : null;
    if (before) date = parseDate(before[1]);
    // (Or after its author, a theme's post meta: 由 kfa_editor | 2026年3月28日 | 社區活動.)
    const byline = blocks[i].text.length <= 60 ? POSTED_BY.exec(blocks[i].text) : null;
    if (byline) date = parseDate(byline[1]);
  }
  // (A Macau notice prints where it was published over its heading: 刊登於 2026 年 4 月 8 日第 14 期《澳門特別行政區公報》第二組.)
  for (let i = 0; !date && i < Math.min(blocks.length, GAZETTE_LINE_BLOCKS); i++) {
    const published = PUBLISHED_IN_GAZETTE.exec(blocks[i].text);
    if (published) date = parseDate(published[1]);
  }
  date ??= tagDate;
  // A newspaper's page in its digital edition is published in its issue too (2025年12月24日　星期三　第9168期　上一期　下一期).
  // (Its number may stand on a line of its own, under the paper's name: 中共山东省委机关报 / 2029年06月12日 星期二 / 第27543期.)
  date ??= issueDate(blocks);
  for (let i = layout.body[0] ?? blocks.length; !date && i < blocks.length; i++) {
    if (blocks[i].text.length <= 30 && POSTED_LINE.test(blocks[i].text)) date = labelledDate(blocks[i].text, PUBLISHED_LABEL);
  }
  // (Weibo writes a past year's post time with two digits, before the client it came from: 30-5-30 17:42 来自 微博网页版.)
  for (let i = 0; !date && i < Math.min(blocks.length, WEIBO_TIME_LINES); i++) {
    const posted = WEIBO_POSTED.exec(blocks[i].text);
    if (posted) date = isoDate(2000 + Number(posted[1]), Number(posted[2]), Number(posted[3]));
  }
  // (A bilingual page may date itself only behind its other version's label: Posted on: 08 May 2026, Data de
  // publicação: 14/04/2026 18:32.)
  for (let i = 0; !date && i < Math.min(blocks.length, FOREIGN_LABEL_LINES); i++) {
    const labelled = blocks[i].text.length <= FOREIGN_LABEL_CHARS ? FOREIGN_PUBLISHED.exec(blocks[i].text) : null;
    if (labelled) date = parseForeignDate(blocks[i].text.slice(labelled.index + labelled[0].length));
  }
  // A release's dateline opens its lead: （香港，2026年6月24日）職業訓練局今日公布….
  // (The lead may follow a line or two the body opens on: a photo's caption, a chip.)
  // (Past the first, a bracket opening on words is a note, no dateline: （本章資料統計至中華民國114年12月31日）.)
  // (Nor is the day its terms take effect: （2027年1月1日起生效）.)
  layout.body.slice(0, DATELINE_BLOCKS).forEach((i, k) => {
    const lead = EFFECTIVE_FROM.test(blocks[i].text) ? null : DATELINE.exec(blocks[i].text);
    if (lead && (k === 0 || lead[1] === undefined)) date ??= parseDate(lead[1] ?? lead[2] ?? lead[3] ?? lead[4]);
  });
  if (!date && listed) date = parseDate(listed[1]);
  // (Or in a row of chips the body opens on, its date a chip of its own: 公告 / 115.01.26 / 資安產業組.)
  if (!date && layout.body.length) date = chipRowDate(blocks[layout.body[0]].text);
  let updated: string | null = null;
  if (!date) {
    // The signature block: a line holding only a date; a press release may print it just after
    // its body (完 / 2025年5月20日（星期二） / 香港時間15時30分).
    for (const i of [...layout.body, ...afterBody(blocks, layout.body, SIGNATURE_AFTER)]) {
      // (Or a post's time over the poster's region: 2025年12月3日 18:20 / 云南.)
      const text = blocks[i].text.trim().replace(REGION_LINE_AFTER, '');
      // (Not a period in a sentence: 2030年5月19日至25日，为期7天。)
      // (The day it was updated only where no other line dates it: 公告 / 115.01.26 / … / 更新 115.02.03.)
      // (Nor the day its terms take effect, EFFECTIVE_FROM.)
      if (text.length <= 20 && !NOT_A_DATE_LINE.test(text) && !EFFECTIVE_FROM.test(text)) {
        if (UPDATED_LABEL.test(text)) updated ??= parseDate(text);
        else date ??= parseDate(text);
      }
    }
    date ??= updated;
  }
  // (Or, with no signature, the day a report was delivered, under its title: （2026年3月28日在第十二屆會員大會第三次會議上）.)
  for (const i of layout.body.slice(0, DELIVERY_LINE_SPAN)) if (!date && isDeliveryLine(blocks[i].text)) date = parseDate(blocks[i].text);
  // (Or the day the letter that issued a plan was sent, under its title: 中華民國115年2月10日府農業字第1150021345號函頒.)
  // (Or over it, stamped at the top of the page: 嘉義縣政府115年4月16日府教體字第1150093385號函核定 / the title.)
  const approval = layout.titleStart !== null && layout.titleStart > 0 ? [layout.titleStart - 1] : [];
  for (const i of [...approval, ...layout.body.slice(0, DELIVERY_LINE_SPAN)]) if (!date && APPROVAL_LINE.test(blocks[i].text.trim())) date = parseDate(blocks[i].text);
  // (A bilingual page's other version may date it on a line of its own or in its dateline, where nothing in Chinese
  // did: 18 March 2026, Mar 18, 2026, HSINCHU, March 18, 2026 — ….)
  for (let i = 0; !date && i < Math.min(blocks.length, FOREIGN_LABEL_LINES); i++) if (ENGLISH_DATE_LINE.test(blocks[i].text)) date = parseForeignDate(blocks[i].text);
  // Failing all that, a CMS's address may carry the day it published the page: …/bmdt/t20300417_3398215.shtml,
  // /gia/general/202907/15/P2029071500412.htm, /tzgg/2030/0227/1186.html.
  date ??= urlDate(tags[PAGE_URL_TAG] ?? printedUrl(blocks));
  // (And where nothing else dates the page, the day the footer says it was last revised: 最後修訂日期：2026年4月15日,
  // as Hong Kong's templates date a page they show no other date on.)
  for (const b of blocks.slice(-REVISED_FOOT_LINES)) if (!date && b.text.length <= DATE_LINE_MAX * 2 && REVISED_ON.test(b.text)) date = parseDate(b.text.replace(REVISED_ON, ''));

  // (A platform prints the poster's region after the source: 来源: 迪庆科技 云南; a bilingual site its
  // English name: 市科协国际部 / SZAST International Office.)
  const source = (findSource(blocks, layout.header, layout.body, headerText) ?? (tags['contentsource'] || null))?.replace(REPORT_BUTTON_AFTER, '').replace(REGION_TAG, '').replace(ENGLISH_AFTER_SLASH, '').replace(COUNT_AFTER, '').replace(RELATIVE_TIME_AFTER, '').replace(RELEASE_BY, '') ?? null;
  let publisher: string | null = null;
  for (const i of layout.header) publisher ??= PUBLISHER.exec(headerText(i))?.[1] ?? PUBLISHED_BY_LINE.exec(headerText(i))?.[1] ?? null;
  let account: string | null = null;
  for (const i of layout.header) account ??= accountIn(headerText(i));
  // A company's news of itself on its own site is the company's, whatever association it names.
  const footerCompany = siteCompany(blocks);
  // (So is one whose title names it as the company: 集团公司召开2027年科技创新大会.)
  const company = footerCompany && (COMPANY_TITLE.test(title ?? '') || speaksAsCompany(layout.body.map((i) => blocks[i].text).join('\n'))) ? footerCompany : null;
  const docNumber = findDocNumber(blocks, layout);
  const org =
    company ??
    // (Or whose source line names it so: 来源：集团科协秘书处.)
    (COMPANY_ASSOCIATION_TITLE.test(title ?? '') || COMPANY_ASSOCIATION_TITLE.test(source ?? '') ? companyAssociation(blocks, layout.body) : null) ??
    (layout.paper !== null ? councilPaperSigner(blocks, layout.body) : null) ??
    (docNumber ? NUMBERED_BY_ISSUER.exec(docNumber)?.[1] : null) ??
    reportingBody(blocks, cells) ??
    (layout.issue !== null ? gazetteIssuer(blocks, layout) : null) ??
    answeringBody(blocks, layout) ??
    letterhead(blocks, layout) ??
    serialIssuer(blocks, layout.titleStart) ??
    statutoryBody(pageText(blocks)) ??
    purchaser(blocks, layout.body, title) ??
    accountCard(blocks) ??
    schoolsOwn(companyForm(findOrg(blocks, { title: title || null, publisher, body: layout.body, source, owner: siteOwner(blocks), company: footerCompany, account, docNumber }, tags), blocks), blocks) ??
    redHeaderIssuer(blocks) ??
    selfNamed(blocks, layout.body) ??
    // (A university head's speech names the university first: 香港理工大學校長在…開幕典禮的致辭.)
    (title ? UNIVERSITY_SPEAKER.exec(title)?.[1] : null) ??
    sourcesCompany(blocks, source) ??
    stateOwnedSite(blocks) ??
    universitySite(blocks) ??
    publicSchoolSite(blocks) ??
    logoBody(tags);
  // (A department's logo may name it in full: 香港特別行政區政府入境事務處.)
  // (Or name in full what the text shortens, its one full form: 江西省科学技术协会 for 江西省科协.)
  const alts = tags[IMAGE_ALTS_TAG] ? tags[IMAGE_ALTS_TAG].split('\n').map((alt) => alt.trim()) : [];
  const logo = org && alts.length ? (regionForm(org, alts) ?? alts.find((alt) => alt !== org && alt === unabbreviated(org)) ?? null) : null;
  // (A banner's greeting may run into the name: 欢迎访问博尔塔拉蒙古自治州科学技术协会.)
  // (…and a lead's two bodies are no one's name: 光山县科学技术协会联合县林业局 is the first's.)
  // (Nor a sentence's preposition before it, 以三门峡市科学技术协会为业务主管单位, nor a source's 综合自.)
  // (Minutes its office prints, 南岳区科学技术协会办公室 / 2030年6月11日印发, are the association's meeting's;
  // a committee's release its secretariat signs, 安老事務委員會秘書處, the committee's.)
  // (A body's party group or offices' party committee signs for the body: 中共萍乡市科学技术协会机关委员会.)
  const nameAsPrinted = (logo || org)?.replace(WELCOME, '').replace(PREPOSITION_HEAD, '').replace(JOINED_TAIL, '').replace(COMMITTEE_SECRETARIAT, '').replace(PARTY_OF_BODY, '$1') ?? null;
  const bodyName = nameAsPrinted && MINUTES.test(title ?? '') ? nameAsPrinted.replace(ASSOCIATION_OFFICE, '') : nameAsPrinted;
  // (An account's short name, 澳門教青局, as the text defines it: 教育及青年發展局（教青局）.)
  const fullOrg = bodyName && (definedAs(bodyName, blocks, layout.body) ?? localForm(bodyName, blocks) ?? associationInFull(bodyName, blocks) ?? bodyName);
  // (A site's name in Latin letters alone, DOKUMEN.TIPS, Central News Agency, names no body the page is about.)
  return { title: title || null, date, source, org: fullOrg && hasHan(fullOrg) ? fullOrg : null, docNumber };
}
