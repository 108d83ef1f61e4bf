// What the markup says about each block (see dom.ts for what is read): navigation, footer,
// sidebar or share widget context (tag names and class/id/role hints), lone links (menus,
// related-article lists), headings, and whether the block lies after the page's main content
// container. Plain data in, plain data out: it runs wherever the analysis runs.
import type { PageBlock } from './body';
import { SHORT_BLOCK_CHARS, type ElementInput, type PageInput } from './dom';
import { hasHan } from '../text/han';

/** What the markup says of one block. */
export type BlockHint = Omit<PageBlock, 'text'>;

const BOILER_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU']);
const BOILER_HINT =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|footer|foot|breadcrumbs?|crumbs?|sidebar|(?<!left[-_]?)side|aside|related|relate|share|sharing|social|copyright|toolbar|pager|pagination|comments?|recommend|friendlink|links|login|search|dh|daohang|weizhi|position|location|bdshare|tags?)(?:$|[-_\s\d])/i;
const HEADING_HINT = /(?:^|[-_\s])(?:title|headline|biaoti|bt|tit|article-title|news-title|art-title)(?:$|[-_\s\d])/i;
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);
const BOILER_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);
/** pdf2htmlEX prints each line of a PDF as <div class="t m0 x1 h4 y9 ff1 fs0 …">. */
const PRINTED_LINE = /^t(?:\s+(?:m|x|h|y|ff|fs|fc|sc|ls|ws)[0-9a-f]+){3,}/;

const BOILER = 1;
const LINK = 2;
const CONTENT = 4;

function ownBoiler(el: ElementInput, tag: string, byClass: boolean): boolean {
  if (BOILER_TAGS.has(tag)) return true;
  if (!byClass) return false;
  // The page's own classes say what the page is, not which region holds furniture (WeChat's
  // <body class="… comment_feature discuss_tab …"> holds the article).
  if (tag === 'BODY' || tag === 'HTML') return false;
  // (Most elements, <span>s and <font>s, have none of these.)
  if (el.class === undefined && el.id === undefined && el.role === undefined) return false;
  return BOILER_HINT.test(`${el.class ?? ''} ${el.id ?? ''} ${el.role ?? ''}`) || BOILER_ROLES.has(el.role ?? '');
}

/**
 * Whether a hidden element is an article's folded rest (artMore, content-more, fold) or a collapsed
 * panel of it (role="region", an accordion's), not the button or mask over it (zk-read-more-mask).
 */
function isFold(el: ElementInput): boolean {
  if (el.role === 'region' || el.role === 'tabpanel') return true;
  const names = `${el.class ?? ''} ${el.id ?? ''}`;
  return FOLD.test(names) && !FOLD_CONTROL.test(names);
}
const FOLD = /(?:^|[\s_-]|[a-z])(?:[Mm]ore|[Ff]old|[Rr]est|[Zz]hankai|[Cc]ollapse|[Aa]ccordion)(?:$|[\s_-]|[A-Z0-9])/;
const FOLD_CONTROL = /mask|btn|button|tip|toggle|link|icon/i;
/** Flags of every element, inherited from its ancestors (parents come first in the list). */
function elementFlags(elements: readonly ElementInput[], byClass: boolean): Uint8Array {
  const flags = new Uint8Array(elements.length);
  elements.forEach((el, i) => {
    const tag = el.tag.toUpperCase();
    let f = el.parent >= 0 && el.parent < i ? flags[el.parent] : 0;
    if (CONTENT_TAGS.has(tag)) f |= CONTENT;
    // A page <header> holds logo and menus; an article's <header> holds its title.
    // (Nor is what the page does not show: a hidden phone copy of the article, a collapsed card; unless
    // nothing would be left, as when a dialog's script hides the whole page behind it: the second pass.)
    // (But an article's fold is the article's, hidden until 展开全文 shows it: <div id="artMore" style="display:none">.)
    if (ownBoiler(el, tag, byClass) || (tag === 'HEADER' && !(f & CONTENT)) || (byClass && el.hidden && !isFold(el))) f |= BOILER;
    if (tag === 'A') f |= LINK;
    flags[i] = f;
  });
  return flags;
}

/** Share of a short block's text that lies inside links. */
function linkShare(runs: readonly number[], flags: Uint8Array): number {
  let linked = 0;
  let total = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const len = runs[i + 1];
    total += len;
    if ((flags[runs[i]] ?? 0) & LINK) linked += len;
  }
  return total ? linked / total : 0;
}

/** The element holding most of the page's long paragraphs (readability-style scoring). */
const LETTERS_A_CHARACTER = 5;
function contentRoot(texts: readonly string[], blockEls: readonly number[], elements: readonly ElementInput[], hints: BlockHint[]): { root: number; score: number } {
  const score = new Map<number, number>();
  let best = -1;
  let bestScore = 0;
  texts.forEach((text, i) => {
    if (hints[i].boiler) return;
    // (A bilingual page's English version, longer in letters, is no more text than its Chinese one:
    // a paragraph without Han counts a fifth, about a word a character.)
    const len = hasHan(text) ? text.trim().length : text.trim().length / LETTERS_A_CHARACTER;
    if (len < 25) return;
    let el = elements[blockEls[i]]?.parent ?? -1;
    let weight = 1;
    for (let up = 0; el >= 0 && up < 3; up++, weight /= 2, el = elements[el]?.parent ?? -1) {
      const s = (score.get(el) ?? 0) + len * weight;
      score.set(el, s);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
  });
  return { root: best, score: bestScore };
}

/**
 * Whether an element lies in a container like the root (the same tag and class, in a page
 * container like the root's): another page of a preview (div.page-text of div.webpreview-item).
 * Null when the root and its container have no class to tell their like.
 */
function twinOf(elements: readonly ElementInput[], root: number): ((el: number) => boolean) | null {
  const { tag, class: cls, parent } = elements[root];
  const page = elements[parent];
  if (!cls || !page?.class) return null;
  // A cousin in a page container like the root's own (each page's text in a page of its own),
  // not an article's interpretation in a box of another kind (div.jd-box > div.d-content).
  // (Or a sibling page of the same preview, div#page_2 beside div#page_1.)
  const related = (e: ElementInput) => {
    if (e.parent === parent) return PAGE_NAMED.test(`${e.id ?? ''} ${e.class ?? ''}`);
    const container = elements[e.parent];
    if (!container) return false;
    if (container.parent === page.parent && container.tag === page.tag && container.class === page.class) return true;
    // (Or a box on another slide of the same show: section.eqc-page.page4 beside the root's page3.)
    const slide = elements[container.parent];
    const rootSlide = elements[page.parent];
    return (
      slide !== undefined && rootSlide !== undefined && container.class === page.class && slide.parent === rootSlide.parent &&
      slide.tag === rootSlide.tag && firstClass(slide) === firstClass(rootSlide) && PAGE_NAMED.test(slide.class ?? '')
    );
  };
  return (el) => {
    for (let cur = el, up = 0; cur >= 0 && cur < elements.length && up < 4; up++) {
      const e = elements[cur];
      if (cur !== root && e.tag === tag && e.class === cls && related(e)) return true;
      cur = e.parent < cur ? e.parent : -1;
    }
    return false;
  };
}

const firstClass = (e: ElementInput) => e.class?.split(/\s+/)[0];
/** An element named as a page of a preview: page_2, pdf-page, page-item. */
const PAGE_NAMED = /(?:^|[\s_-])page(?:[\s_-]|\d|$)/i;

function contains(elements: readonly ElementInput[], root: number, el: number): boolean {
  // Parents come first, so a chain only goes down in index: a malformed list cannot loop.
  for (let cur = el; cur >= 0 && cur < elements.length; ) {
    if (cur === root) return true;
    const parent = elements[cur].parent;
    cur = parent < cur ? parent : -1;
  }
  return false;
}

/** A cell holding a figure alone: 1,150,000,000.00, (3,210.50), -1.9%. */
const FIGURE_CELL = /^[\s\u3000]*[$¥￥(（]?[-+−]?[\d,，.．]*\d[\d,，.．]*%?[)）]?[\s\u3000]*$/;
/** A word of Latin letters, not part of a code (FTXM35XVMA, a model's, is none); two make a row's label another language's (GDP alone may label a Chinese row). */
const WHOLE_LATIN_WORD = /(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])/g;
const FOREIGN_LABEL_WORDS = 2;
/** Cells per row, from which a row is a data table's (a label and its figures), not a layout's. */
const DATA_ROW_CELLS = 3;
const CELL_TAGS = new Set(['TD', 'TH']);
/** Tags a Word export wraps a cell's text in: <td><p class=MsoNormal>一、本年新收…</p></td>. */
const CELL_WRAPPERS = new Set(['P', 'DIV', 'SPAN', 'FONT']);
/** A Word export's paragraph style. */
const WORD_PARAGRAPH = /^Mso/;
/**
 * The table cell each block's element stands for: the cell itself, or the one a paragraph fills where a Word export
 * wraps every cell's text (<td><p class=MsoNormal>), or where most of its row's paragraphs are figures alone
 * (<td><p>2.其他法律行政法规禁止公开</p></td><td><p>0</p></td>…): a layout table's paragraphs are its article's.
 */
function cellsOf(elements: readonly ElementInput[], blockEls: readonly number[], texts: readonly string[]): number[] {
  const wrapping = blockEls.map((el) => {
    const parent = elements[el]?.parent ?? -1;
    return elements[el] && CELL_WRAPPERS.has(elements[el].tag.toUpperCase()) && elements[parent] && CELL_TAGS.has(elements[parent].tag.toUpperCase()) ? parent : -1;
  });
  const [paragraphs, figures] = [new Map<number, number>(), new Map<number, number>()]; // per row
  wrapping.forEach((cell, i) => {
    if (cell < 0) return;
    const row = elements[cell].parent;
    paragraphs.set(row, (paragraphs.get(row) ?? 0) + 1);
    if (FIGURE_CELL.test(texts[i])) figures.set(row, (figures.get(row) ?? 0) + 1);
  });
  return blockEls.map((el, i) => {
    const cell = wrapping[i];
    if (cell < 0) return el;
    const row = elements[cell].parent;
    const numeric = (figures.get(row) ?? 0) >= DATA_ROW_CELLS - 1 && 2 * (figures.get(row) ?? 0) >= paragraphs.get(row)!;
    return WORD_PARAGRAPH.test(elements[el].class ?? '') || numeric ? cell : el;
  });
}

/**
 * Blocks that are table cells themselves (not paragraphs inside a layout table's cell), of one
 * line, in rows of three cells or more: the standard tables of a 政府信息公开工作年度报告
 * (一、本年新收… | 2 | 0 …).
 */
function markDataCells(elements: readonly ElementInput[], blockEls: readonly number[], hints: BlockHint[], texts: readonly string[]): void {
  // (A layout table's cell holds a whole article, its <br>-split lines blocks of one element.)
  const cellsOfRow = new Map<number, Set<number>>(); // each row's cells, in order
  const firstBlockOf = new Map<number, number>(); // cell → its first block
  const rowOf = blockEls.map((el, i) => {
    const cell = elements[el];
    if (!cell || !CELL_TAGS.has(cell.tag.toUpperCase())) return -1;
    const cells = cellsOfRow.get(cell.parent) ?? new Set<number>();
    cellsOfRow.set(cell.parent, cells.add(el));
    if (!firstBlockOf.has(el)) firstBlockOf.set(el, i);
    return cell.parent;
  });
  // (A cell whose <br>s split it into lines may hold a list of its own: 1.…<br>2.…)
  const blocksOfCell = new Map<number, number>();
  for (const el of blockEls) blocksOfCell.set(el, (blocksOfCell.get(el) ?? 0) + 1);
  // (So is a group row spanning such a table, 一、种养业类（10个）: a label of its rows, no item.)
  const dataTables = new Set<number>();
  for (const [row, cells] of cellsOfRow) if (cells.size >= DATA_ROW_CELLS) dataTables.add(elements[row]?.parent ?? -1);
  // (And a label beside its figure, a statement's row: 1. 特區政府撥款 | 1,150,000,000.00.)
  const figureCells = new Set<number>();
  rowOf.forEach((row, i) => {
    if (row >= 0 && FIGURE_CELL.test(texts[i])) figureCells.add(blockEls[i]);
  });
  markTermColumns(elements, cellsOfRow, firstBlockOf, hints, texts);
  // (The last cell of each row, once: a row's label is any cell before it.)
  const lastOfRow = new Map<number, number>();
  for (const [row, cells] of cellsOfRow) lastOfRow.set(row, Math.max(...cells));
  // (A row in another language: no Chinese in any of its cells, words of Latin letters in its label.)
  const [hanRows, latinRows] = [new Set<number>(), new Set<number>()];
  rowOf.forEach((row, i) => {
    if (row < 0) return;
    if (hasHan(texts[i])) hanRows.add(row);
    if ((texts[i].match(WHOLE_LATIN_WORD) ?? []).length >= FOREIGN_LABEL_WORDS) latinRows.add(row);
  });
  rowOf.forEach((row, i) => {
    if (row < 0 || blocksOfCell.get(blockEls[i]) !== 1) return;
    const table = elements[row]?.parent ?? -1;
    if (dataTables.has(table)) hints[i].dataTable = table;
    const rowCells = cellsOfRow.get(row)!;
    const cells = rowCells.size;
    const labelOfFigure = cells === 2 && !figureCells.has(blockEls[i]) && [...rowCells].some((el) => figureCells.has(el));
    if (!(cells >= DATA_ROW_CELLS || labelOfFigure || (cells === 1 && dataTables.has(table)))) return;
    hints[i].cell = true;
    if (blockEls[i] < lastOfRow.get(row)!) hints[i].rowLabel = true;
    if (latinRows.has(row) && !hanRows.has(row)) hints[i].foreignRow = true;
  });
}

/** A column heading of terms: 執行期程, 项目执行期, 實施期限. */
export const TERM_HEADING = /^[\s\u3000]*(?:[\u4e00-\u9fff]{0,4})(?:执行期|執行期|实施期|實施期|期程|期限|周期|週期|执行期间|執行期間)(?:[（(][^)）]{0,6}[)）])?[\s\u3000]*$/;

/**
 * Cells under a term heading in their table's first row (計畫名稱 | 執行期程 / … | 12個月): marked
 * where their column's heading cell stands at the same place in its row.
 */
function markTermColumns(
  elements: readonly ElementInput[],
  cellsOfRow: ReadonlyMap<number, ReadonlySet<number>>,
  firstBlockOf: ReadonlyMap<number, number>,
  hints: BlockHint[],
  texts: readonly string[],
): void {
  const column = new Map<number, number>(); // table → index of its term column
  for (const [row, cells] of cellsOfRow) {
    const blocks = [...cells].map((el) => firstBlockOf.get(el)!); // a cell's text is its first block's
    const table = tableOf(elements, row);
    const k = column.get(table);
    if (k === undefined) column.set(table, blocks.findIndex((i) => TERM_HEADING.test(texts[i]))); // the first row heads the columns
    else if (k >= 0 && blocks.length > k) hints[blocks[k]].termCell = true;
  }
}
const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);
/** The table a row belongs to, past its <thead> or <tbody>. */
function tableOf(elements: readonly ElementInput[], row: number): number {
  const parent = elements[row]?.parent ?? -1;
  return parent >= 0 && ROW_GROUPS.has(elements[parent].tag.toUpperCase()) ? elements[parent].parent : parent;
}

/** Long enough to be a paragraph of prose, not a heading or a caption, and made of sentences (a link line or a contact line is none). */
const PROSE_CHARS = 40;
const TABLE_SECTIONS = new Set(['TBODY', 'THEAD', 'TFOOT']);
const SENTENCE_END = /[。！？]/;

/**
 * The last block of an article's continuation: prose right after the content root in the same
 * table or box (a 批示's explanatory note in the next row of its table), before anything that
 * is furniture or a link. -1 when there is none.
 */
function continuationEnd(
  blockEls: readonly number[],
  elements: readonly ElementInput[],
  hints: readonly BlockHint[],
  root: number,
  from: number,
  prose: (block: number) => boolean,
): number {
  const tag = (el: number) => elements[el]?.tag.toUpperCase();
  let parent = elements[root]?.parent ?? -1;
  // (A row's table is its parent, whether or not the parser gave the rows a <tbody>: browsers do, linkedom does not.)
  if (TABLE_SECTIONS.has(tag(parent) ?? '')) parent = elements[parent].parent;
  let box = elements[parent]?.parent ?? -1;
  const outermost = (el: number) => el < 0 || tag(el) === 'BODY' || tag(el) === 'HTML';
  // (A layout table right in the page's body, one row to a paragraph, is its own box.)
  if (outermost(box) && tag(parent) === 'TABLE') box = parent;
  if (outermost(box)) return -1;
  let end = -1;
  for (let i = from; i < blockEls.length && contains(elements, box, blockEls[i]) && !hints[i].boiler; i++) {
    if (prose(i)) end = i;
  }
  return end;
}

/** A caption naming an annexed table: 附表：徵收土地清冊, 附表　115年各鄉鎮市…調幅表, 附表二 …. */
const ANNEX_CAPTION = /^\s*附表[一二三四五六七八九十\d]*\s*[：:　 ]/;
/** Blocks after the root that may stand between its end and an annex: the signature, its date. */
const ANNEX_LEAD = 3;

/**
 * The blocks of an annexed table printed after the content root (a 公告's 附表 after the
 * 縣長's signature, outside the 公文's own table): its caption and every block of the table
 * that follows it. Empty when the root is not followed by one.
 */
function annexBlocks(blockEls: readonly number[], elements: readonly ElementInput[], texts: readonly string[], hints: readonly BlockHint[], from: number): number[] {
  const tableOf = (el: number) => {
    for (let cur = el; cur >= 0 && cur < elements.length; cur = elements[cur].parent < cur ? elements[cur].parent : -1) {
      if (elements[cur].tag.toUpperCase() === 'TABLE') return cur;
    }
    return -1;
  };
  for (let i = from; i < Math.min(texts.length - 1, from + ANNEX_LEAD); i++) {
    if (hints[i].boiler) return [];
    if (!ANNEX_CAPTION.test(texts[i])) continue;
    const table = tableOf(blockEls[i + 1]);
    if (table < 0) return [];
    const annex = [i];
    for (let j = i + 1; j < texts.length && contains(elements, table, blockEls[j]) && !hints[j].boiler; j++) annex.push(j);
    return annex;
  }
  return [];
}

/** The least text (weighted characters) a content root holds: more than a welcome line's. */
const MIN_CONTENT_SCORE = 80;
/** How much more prose the furniture must hold than the root for the classes to be misnamed. */
const MISNAMED_SHARE = 3;

/** The characters of long paragraphs in blocks the classes call furniture. */
function furnitureProse(texts: readonly string[], hints: readonly BlockHint[]): number {
  let total = 0;
  texts.forEach((text, i) => {
    const len = text.trim().length;
    if (hints[i].boiler && len >= 25) total += len;
  });
  return total;
}

/** One hint per block; plain text has none to give. */
export function blockHints(input: PageInput): BlockHint[] {
  if (!input.dom) return input.texts.map(() => ({}));
  const hints = hintsFrom(input, true);
  // A page whose every paragraph sits in a region its classes call furniture (its main column
  // <div class="left-side">, say) has its article there: only the tags tell furniture then.
  return hints.hasContent ? hints.hints : hintsFrom(input, false).hints;
}

function hintsFrom({ texts, dom }: PageInput, byClass: boolean): { hints: BlockHint[]; hasContent: boolean } {
  const { elements, blocks } = dom!;
  const flags = elementFlags(elements, byClass);
  const blockEls = texts.map((_, i) => blocks[i]?.el ?? -1);
  const hints = texts.map((text, i): BlockHint => {
    const el = elements[blockEls[i]];
    if (!el) return {};
    const flag = flags[blockEls[i]];
    const runs = blocks[i].runs;
    const lonelyLink = !!runs && text.trim().length < SHORT_BLOCK_CHARS && linkShare(runs, flags) > 0.8;
    const heading =
      HEADING_TAGS.has(el.tag.toUpperCase()) || ((el.class !== undefined || el.id !== undefined) && HEADING_HINT.test(`${el.class ?? ''} ${el.id ?? ''}`));
    const hint: BlockHint = { boiler: Boolean(flag & BOILER) || lonelyLink, heading };
    if (el.tag.toUpperCase() === 'H1') hint.topHeading = true;
    if (el.class !== undefined && PRINTED_LINE.test(el.class)) hint.line = true;
    if (i > 0 && blockEls[i] === blockEls[i - 1]) hint.afterBreak = true;
    return hint;
  });
  markDataCells(elements, cellsOf(elements, blockEls, texts), hints, texts);
  const { root, score } = contentRoot(texts, blockEls, elements, hints);
  if (root >= 0) {
    // Blocks after the content root ends are sidebars or footers; the title and header lines
    // usually sit just before it, so only what follows the root is marked outside.
    // (A PDF rendering prints each page in a container of its own: its later pages are no sidebar.)
    // (So does a document-sharing site's preview: each page in a container of the root's class.)
    const twin = twinOf(elements, root);
    let after = texts.length;
    for (let i = texts.length - 1; i >= 0 && !contains(elements, root, blockEls[i]) && !(twin && twin(blockEls[i])); i--) {
      if (!hints[i].line) hints[i].outside = true;
      after = i;
    }
    const prose = (i: number) => texts[i].trim().length >= PROSE_CHARS && SENTENCE_END.test(texts[i]) && !(blocks[i].runs && linkShare(blocks[i].runs!, flags) > 0.2);
    for (let i = continuationEnd(blockEls, elements, hints, root, after, prose); i >= after; i--) hints[i].outside = false;
    for (const i of annexBlocks(blockEls, elements, texts, hints, after)) hints[i].outside = false;
  }
  // (A welcome line in the top bar is no article: where the classes leave only such a line outside
  // furniture, the article sits in a region they misname, <div class="right-side">.)
  const misnamed = score < MIN_CONTENT_SCORE && furnitureProse(texts, hints) > MISNAMED_SHARE * score;
  return { hints, hasContent: root >= 0 && !misnamed };
}
