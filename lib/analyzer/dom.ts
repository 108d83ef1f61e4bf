// What the analyzer reads from a live page, as plain data: each block's text, the elements that
// hold the blocks (with their ancestors), and the meta tags. Reading is all the page does: what
// the markup means (lib/analyzer/hints.ts) is worked out where the analysis runs, the background
// for most pages, where that code stays compiled (in a fresh tab it costs more to compile than to
// run). DOM basics only (no getComputedStyle, no innerText), memoised per element so deep nesting
// stays linear.
import type { PageModel } from '../page/model';
import type { MetaTags } from './meta';
import { RELATIVE_TIME } from './lines';

/** An element as the analyzer sees it; `parent` indexes the page's element list (-1: none). */
export interface ElementInput {
  tag: string;
  parent: number;
  class?: string;
  id?: string;
  role?: string;
  /** Not shown: the hidden attribute, aria-hidden, or display:none in its own style (a phone copy of the article, a collapsed card). */
  hidden?: true;
}

/**
 * A block's element, and for a short block (a menu item, a related link?) its text runs as
 * [parent element, trimmed length] pairs: how much of it lies inside links.
 */
export interface BlockInput {
  el: number;
  runs?: number[];
}

/** Below this many characters a block may be a lone link (see hints.ts). */
export const SHORT_BLOCK_CHARS = 60;

/**
 * All the analyzer reads from a page. `dom` is missing for plain text; with it, `elements` lists
 * every element a block or a short block's text lies in, and their ancestors, parents first.
 */
export interface PageInput {
  texts: string[];
  tags: MetaTags;
  dom?: { elements: ElementInput[]; blocks: BlockInput[] };
}

/** How many of the first images' alt texts are read, and the key they are kept under (no <meta> name has a space). */
const IMAGE_ALTS = 3;
export const IMAGE_ALTS_TAG = 'image alts';
/** A machine-readable date and time (2030-05-08T04:30:05+00:00), and structured data's publication date. */
const FULL_DATE_TIME = /^(?:19|20)\d{2}-\d{2}-\d{2}T/;
const ISO_DAY = /^(?:19|20)\d{2}-\d{2}-\d{2}$/;
const YEAR_SHOWN = /(?:19|20)\d{2}/;
// (Or, for a shared file, its "uploadDate".)
const DATE_PUBLISHED = /"(?:datePublished|uploadDate)"\s*:\s*"([^"]{8,40})"/;
/** A WeChat article's creation time in its script, seconds since 1970. */
const WECHAT_CREATED = /\bvar ct = "(\d{9,10})"/;
/** A page script's variable holding its publication date for its slot: var pubTime = "2026-06-03 09:21:45". */
const SCRIPT_TIME = /\b(?:var|let|const)\s+(?:pubTime|pubtime|publishTime|publish_time|pubDate|publishDate)\s*=\s*["']((?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6}(?!\d))/;
/** A compact date, 20260415. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** The ids of the slot a script writes the publication time into: WeChat's #publish_time, a CMS's #pubTime. */
const TIME_SLOT_IDS = ['publish_time', 'pubTime', 'pubtime', 'publishTime', 'pubDate'];
/** A time shown relative to the day the page was saved: 昨天 07:40, 3天前, 刚刚. */
const RELATIVE_TIME_START = new RegExp(`^[\\s\\u3000]*${RELATIVE_TIME}`);
function timeSlot(doc: Document): Element | null {
  for (const id of TIME_SLOT_IDS) {
    const el = doc.getElementById(id);
    if (el) return el;
  }
  return null;
}
/** An app's page state, its publication time since 1970 in milliseconds or seconds, or as a date: "publishTime":1776765912000, "publishTime":"2026-04-18 09:12:33". */
// (Its key may be bare, a Nuxt page's, publishTime:"2026-05-11 17:20:00"; its date Taiwan's, "publishDate":"115/03/20".)
// (Or a UTC time, read as Beijing's day: "pubTime":"2026-01-13T16:00:12.000Z".)
const STATE_PUBLISHED = /(?<![\w$])"?(?:publishTime|publish_time|pubTime|pub_time|publishDate|publish_date)"?\s*:\s*(?:"?(\d{13}|\d{10})(?!\d)|"((?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})|(?:19|20)\d{2}[-/]\d{2}[-/]\d{2}|1\d{2}\/\d{1,2}\/\d{1,2}))/;
const ZONED_TIME = /T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/;
const STATE_TITLE = /"title"\s*:\s*"([^"\\]{4,100})"/;
const BEIJING_OFFSET_S = 8 * 3600;
/** The day in Beijing of a time in seconds since 1970. */
function beijingDay(seconds: number): string {
  return new Date((seconds + BEIJING_OFFSET_S) * 1000).toISOString().slice(0, 10);
}
/** A tag's time with its zone, as Beijing's day (2026-03-27T21:10:00.000Z → 2026-03-28); any other value as it is. */
export function beijingDayOf(value: string): string {
  const seconds = ZONED_TIME.test(value) ? Date.parse(value) / 1000 : NaN;
  return Number.isNaN(seconds) ? value : beijingDay(seconds);
}
/** The page's own address (its canonical link, og:url, or where the browser has it), kept under a key no <meta> name has. */
export const PAGE_URL_TAG = 'page url';

/** How many of the page's first blocks, and how many of each one's containers, may carry a date stamp. */
const STAMP_BLOCKS = 40;
const STAMP_DEPTH = 6;
const STAMP_ATTRIBUTES = ['data-publish-time', 'data-pubtime', 'data-publish-date'];
/** A date stamp an element of the page's head carries (<article data-publish-time="1776821400">), or ''. */
function headStamp(heads: readonly Element[]): string {
  const seen = new Set<Element>();
  for (const el of heads) {
    for (let e: Element | null = el, k = 0; e && k < STAMP_DEPTH && !seen.has(e); e = e.parentElement, k++) {
      seen.add(e);
      for (const name of STAMP_ATTRIBUTES) {
        const value = e.getAttribute(name);
        if (value) return value.trim();
      }
    }
  }
  return '';
}

function readTags(doc: Document, heads: readonly Element[] = []): MetaTags {
  const tags: MetaTags = {};
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (name && content && !(name in tags)) tags[name] = content.trim();
  }
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) tags.title = title;
  // A site's banner may be a picture whose alt names it (香港特別行政區政府 新聞公報).
  const alts: string[] = [];
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length && alts.length < IMAGE_ALTS; i++) {
    const alt = images[i].getAttribute('alt')?.trim();
    if (alt) alts.push(alt.slice(0, 200));
  }
  if (alts.length) tags[IMAGE_ALTS_TAG] = alts.join('\n');
  // (Or in its microdata, the year in an attribute only: <time itemprop="datePublished" datetime="2030-04-12T09:30">04-12 09:30</time>.)
  if (!tags.datepublished) {
    // (The browser's own list of <time> elements: a selector would walk a long page's every element.)
    const times = doc.getElementsByTagName('time');
    for (let i = 0; i < times.length && !tags.datepublished; i++) {
      const when = times[i].getAttribute('itemprop') === 'datePublished' ? times[i].getAttribute('datetime') : null;
      if (when) tags.datepublished = when;
    }
    // (Or a post's one <time> that shows the hour alone: a Telegram widget's <time datetime="2030-05-08T04:30:05+00:00">04:30</time>.)
    const only = times.length === 1 ? times[0].getAttribute('datetime') : null;
    // (Or the day alone, shown without its year: <time datetime="2026-09-18">09-18</time>.)
    if (!tags.datepublished && only && (FULL_DATE_TIME.test(only) || (ISO_DAY.test(only) && !YEAR_SHOWN.test(times[0].textContent ?? '')))) tags.datepublished = only;
  }
  // (A page built by script may date itself there alone: see scriptDates. Read once, when no tag dates it.)
  // (Or a slot its script fills, left empty or relative where the page was saved: 昨天 07:40.)
  const slot = tags.datepublished ? null : timeSlot(doc);
  const scripted = tags.datepublished ? null : scriptDates(doc, slot !== null && (!slot.textContent?.trim() || RELATIVE_TIME_START.test(slot.textContent)));
  if (scripted?.structured) tags.datepublished = scripted.structured;
  // (Or an AMP page's relative time, 2天前, its date in the attribute: <amp-timeago datetime="2026-03-19T10:12:00+08:00">;
  // its JSON-LD first, where the widget shows the day it was updated: 更新.)
  const ago = tags.datepublished ? null : doc.getElementsByTagName('amp-timeago')[0]?.getAttribute('datetime');
  if (ago && FULL_DATE_TIME.test(ago)) tags.datepublished = ago;
  // (A CMS may keep it in a hidden field its script copies into an empty slot: <input type="hidden" id="hidPubDate" value="2026-03-12 09:30:00">.)
  if (!tags.datepublished && !tags.pubdate) {
    const inputs = doc.getElementsByTagName('input');
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const value = input.getAttribute('value') ?? '';
      if (input.getAttribute('type') === 'hidden' && HIDDEN_DATE_NAME.test(`${input.getAttribute('id') ?? ''} ${input.getAttribute('name') ?? ''}`) && HIDDEN_DATE_VALUE.test(value)) {
        tags.pubdate = value.trim();
        break;
      }
    }
  }
  if (!tags.datepublished && scripted?.created) tags.datepublished = scripted.created;
  if (!tags.datepublished && !tags.pubdate && scripted?.state) {
    tags.datepublished = scripted.state.date;
    if (scripted.state.title && !tags['og:title']) tags['og:title'] = scripted.state.title;
  }
  // (Or a variable a page's script writes into its slot, its visible time relative: var pubDate = "2026-04-16 15:42:08" under 2天前.)
  if (!tags.datepublished && !tags.pubdate && scripted?.variable) tags.datepublished = scripted.variable;
  // (Or an attribute of the article's element, seconds since 1970: <article data-publish-time="1776821400">.)
  // (Only on the head's blocks and their containers: a selector over every element would walk a long page's DOM.)
  const stamp = tags.datepublished || tags.pubdate ? '' : headStamp(heads);
  if (/^\d{10}(?:\d{3})?$/.test(stamp)) tags.datepublished = beijingDay(Number(stamp.slice(0, 10)));
  else if (HIDDEN_DATE_VALUE.test(stamp)) tags.datepublished = stamp;
  // (In the <head> only; an empty document has none, and linkedom's head getter throws then.)
  const head = doc.documentElement ? doc.head : null;
  const canonical = (head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = canonical || tags['og:url'] || (/^https?:/.test(doc.URL ?? '') ? doc.URL : '');
  if (url) tags[PAGE_URL_TAG] = url;
  return tags;
}

interface ScriptDates {
  structured?: string;
  created?: string;
  state?: { date: string; title?: string };
  variable?: string;
}
/**
 * The dates a page's scripts hold, each script's text read once, the first of each kind:
 * - structured data's publication date ("datePublished":"2029-06-18T09:30:00+08:00" in JSON-LD);
 * - where asked (a WeChat article saved before its script filled its empty or relative time, #publish_time), its creation
 *   time in that script (var ct = "1895571000", seconds, read as Beijing time), or the date a CMS's script writes into
 *   its slot (var pubTime = "2026-06-03 09:21:45");
 * - an app's share page's state, which may keep it alone, its slot showing the day without the year
 *   (04-21 18:05), with its title, where the page's <title> is the app's name ("title":"科普大篷车开进付店镇…").
 */
function scriptDates(doc: Document, wantCreated: boolean): ScriptDates {
  const found: ScriptDates = {};
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    const structured = !found.structured && script.getAttribute('type') === 'application/ld+json';
    if (!structured && !(wantCreated && !found.created) && found.state && found.variable) continue;
    const text = script.textContent ?? '';
    if (structured) found.structured = DATE_PUBLISHED.exec(text)?.[1];
    const ct = wantCreated && !found.created ? WECHAT_CREATED.exec(text) : null;
    if (ct) found.created = beijingDay(Number(ct[1]));
    // (Its variable's every name holds pub: a script without it is not searched.)
    const variable = ((wantCreated && !found.created) || !found.variable) && text.includes('pub') ? SCRIPT_TIME.exec(text) : null;
    const day = variable ? variable[1].replace(COMPACT_DATE, '$1-$2-$3') : undefined;
    if (wantCreated && !found.created) found.created = day;
    found.variable ??= day;
    const at = !found.state && (text.includes('ublish') || text.includes('pubTime') || text.includes('pub_time')) ? STATE_PUBLISHED.exec(text) : null;
    if (at) found.state = { date: at[1] ? beijingDay(Number(at[1].slice(0, 10))) : beijingDayOf(at[2]), title: STATE_TITLE.exec(text)?.[1] };
  }
  return found;
}

/** A hidden field's name for the publication date (pubtime, hidPubDate, hidReleaseDate, hidPublishTime, hidUploadTime, hidPostDate, a paper's hidPeriodDate, EmpireCMS's newstime, the pinyin initials fbsj/fbrq of 发布时间/发布日期), not an entry time (addtime); its value may be a ROC date (115/07/08). */
const HIDDEN_DATE_NAME = /(?:pub(?:lish)?|release|upload|post|period|news)_?(?:time|date)|\bfb(?:sj|rq)\b/i;
const HIDDEN_DATE_VALUE = /^\s*(?:(?:19|20)\d{2}|1\d{2})[-/.]\d{1,2}[-/.]\d{1,2}/;
const DISPLAY_NONE = /display\s*:\s*none/i;

export function readPageInput(doc: Document, model: PageModel): PageInput {
  const elements: ElementInput[] = [];
  const index = new Map<Element, number>();
  const indexOf = (el: Element | null): number => {
    // Iterative: markup may nest thousands deep.
    const chain: Element[] = [];
    let parent = -1;
    for (let cur = el; cur; cur = cur.parentElement) {
      const known = index.get(cur);
      if (known !== undefined) {
        parent = known;
        break;
      }
      chain.push(cur);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const info: ElementInput = { tag: e.tagName, parent };
      // (Most paragraphs have no attributes: one call instead of three.)
      if (e.hasAttributes()) {
        const cls = e.getAttribute('class');
        const id = e.getAttribute('id');
        const role = e.getAttribute('role');
        if (cls) info.class = cls;
        if (id) info.id = id;
        if (role) info.role = role;
        // (Or hidden from readers of the page, aria-hidden="true": a carousel's clone, a phone copy of a table.)
        if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || DISPLAY_NONE.test(e.getAttribute('style') ?? '')) info.hidden = true;
      }
      parent = elements.push(info) - 1;
      index.set(e, parent);
    }
    return parent;
  };
  const blocks = model.blocks.map((b): BlockInput => {
    const block: BlockInput = { el: indexOf(b.el) };
    if (b.text.trim().length < SHORT_BLOCK_CHARS) {
      block.runs = [];
      for (const n of b.nodes) block.runs.push(indexOf(n.parentElement), n.data.trim().length);
    }
    return block;
  });
  return { texts: model.blocks.map((b) => b.text), tags: readTags(doc, model.blocks.slice(0, STAMP_BLOCKS).map((b) => b.el)), dom: { elements, blocks } };
}
