// What the markup says about each block: navigation, footer, sidebar or share widget context
// (tag names and class/id hints), lone links (menus, related-article lists), headings, and
// whether the block lies in the page's main content container. DOM basics only (no
// getComputedStyle, no innerText), memoised per element so deep nesting stays linear.
import type { PageModel } from '../page/model';
import type { PageBlock } from './body';
import type { MetaTags } from './meta';

const BOILER_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU']);
const BOILER_HINT =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|footer|foot|breadcrumbs?|crumbs?|sidebar|side|aside|related|relate|share|sharing|social|copyright|toolbar|pager|pagination|comments?|recommend|friendlink|links|login|search|dh|daohang|weizhi|position|location|bdshare)(?:$|[-_\s\d])/i;
const HEADING_HINT = /(?:^|[-_\s])(?:title|headline|biaoti|bt|tit|article-title|news-title|art-title)(?:$|[-_\s\d])/i;
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);
const BOILER_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);

/** What the markup says of one block. */
export type BlockHint = Omit<PageBlock, 'text'>;
type Hint = BlockHint;

/**
 * All the analyzer reads from a page, as plain data: each block's text, what the markup says of
 * it, and the meta tags. The page reads it; the analysis may run elsewhere (the background, where
 * the analyzer's code stays compiled from page to page).
 */
export interface PageInput {
  texts: string[];
  hints: BlockHint[];
  tags: MetaTags;
}


function upper(el: Element): string {
  return el.tagName.toUpperCase();
}

function ownBoiler(el: Element): boolean {
  const tag = upper(el);
  if (BOILER_TAGS.has(tag)) return true;
  // The page's own classes say what the page is, not which region holds furniture (WeChat's
  // <body class="… comment_feature discuss_tab …"> holds the article).
  if (tag === 'BODY' || tag === 'HTML') return false;
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  return BOILER_HINT.test(hint) || BOILER_ROLES.has(el.getAttribute('role') ?? '');
}

/** Memoised upward flags: inside boiler context, inside a link, inside article/main. */
class Context {
  private memo = new Map<Element, number>();
  static BOILER = 1;
  static LINK = 2;
  static CONTENT = 4;

  flags(el: Element): number {
    const chain: Element[] = [];
    let cur: Element | null = el;
    let base = 0;
    while (cur) {
      const known = this.memo.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const tag = upper(e);
      let f = base;
      if (CONTENT_TAGS.has(tag)) f |= Context.CONTENT;
      // A page <header> holds logo and menus; an article's <header> holds its title.
      if (ownBoiler(e) || (tag === 'HEADER' && !(f & Context.CONTENT))) f |= Context.BOILER;
      if (tag === 'A') f |= Context.LINK;
      this.memo.set(e, f);
      base = f;
    }
    return base;
  }
}

/** Share of a block's text that lies inside links. */
function linkShare(nodes: Text[], blockEl: Element, ctx: Context): number {
  let linked = 0;
  let total = 0;
  for (const n of nodes) {
    const len = n.data.trim().length;
    total += len;
    const parent = n.parentElement;
    if (parent && parent !== blockEl && ctx.flags(parent) & Context.LINK) linked += len;
    else if (parent === blockEl && ctx.flags(blockEl) & Context.LINK) linked += len;
  }
  return total ? linked / total : 0;
}

/** The element holding most of the page's long paragraphs (readability-style scoring). */
function contentRoot(model: PageModel, hints: Hint[]): Element | null {
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  model.blocks.forEach((b, i) => {
    if (hints[i].boiler) return;
    const len = b.text.trim().length;
    if (len < 25) return;
    let el: Element | null = b.el.parentElement;
    let weight = 1;
    for (let up = 0; el && up < 3; up++, weight /= 2, el = el.parentElement) {
      const s = (score.get(el) ?? 0) + len * weight;
      score.set(el, s);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
  });
  return best;
}

function contains(root: Element, el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur === root) return true;
  return false;
}

function readTags(doc: Document): MetaTags {
  const tags: MetaTags = {};
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (name && content && !(name in tags)) tags[name] = content.trim();
  }
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) tags.title = title;
  return tags;
}

export function domHints(doc: Document, model: PageModel): { hints: Hint[]; tags: MetaTags } {
  const ctx = new Context();
  const hints: Hint[] = model.blocks.map((b) => {
    const flags = ctx.flags(b.el);
    const text = b.text.trim();
    const lonelyLink = text.length < 60 && linkShare(b.nodes, b.el, ctx) > 0.8;
    const tag = upper(b.el);
    const heading =
      HEADING_TAGS.has(tag) || HEADING_HINT.test(`${b.el.getAttribute('class') ?? ''} ${b.el.getAttribute('id') ?? ''}`);
    return { boiler: Boolean(flags & Context.BOILER) || lonelyLink, heading };
  });
  const root = contentRoot(model, hints);
  if (root) {
    // Blocks after the content root ends are sidebars or footers; the title and header lines
    // usually sit just before it, so only what follows the root is marked outside.
    for (let i = model.blocks.length - 1; i >= 0 && !contains(root, model.blocks[i].el); i--) {
      hints[i].outside = true;
    }
  }
  return { hints, tags: readTags(doc) };
}

export function readPageInput(doc: Document, model: PageModel): PageInput {
  const { hints, tags } = domHints(doc, model);
  return { texts: model.blocks.map((b) => b.text), hints, tags };
}
