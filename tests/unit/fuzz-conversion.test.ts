// @vitest-environment happy-dom
// Fuzzing PageConversion beyond convert-property.test.ts (which covers random trees of common tags
// with one attribute, apply twice, restore): here trees also hold deep inline chains that split
// phrases, adjacent and empty text nodes, comments, lang attributes, open shadow roots and every
// kind of skipped region, and the conversion is interrupted — restore or a second apply while the
// first is in flight, a converter that fails midway, the page editing text while converted —
// and the same is run on linkedom. The page must always come back byte for byte (or keep exactly
// the page's own later edits), and skipped regions are never touched.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { convertTexts } from '../../lib/convert/engine';
import { PageConversion, type ConvertFn } from '../../lib/page/conversion';
import type { Target } from '../../lib/types';

const convert: ConvertFn = async (target, texts) => convertTexts(target, texts);

const PIECES = [
  '头', '发', '髮', '干', '部', '乾', '隆', '里', '程', '软', '件', '發', '(fā)', '科協', '(xié)', '与', '臺', '著', '着',
  '𫫇', '噁', '英', '😀', '\uD83D', ' ', '\n', '&', '<', '"', 'a', '，', '',
];
const INLINE = ['span', 'b', 'i', 'a', 'font', 'em', 'strong', 'sup', 'x-tag', 'o:p'];
const BLOCK = ['p', 'div', 'li', 'td', 'h1', 'section'];
/** Regions the extension must never change. */
const SKIPPED = ['script', 'style', 'textarea', 'code', 'pre', 'gongwen-lens-ui', 'div contenteditable'];
const ATTRS = ['title', 'alt', 'placeholder', 'aria-label', 'lang', 'class', 'value'];

type Tree =
  | { text: string[] } // adjacent text nodes, kept apart (empty ones included)
  | { comment: string }
  | { tag: string; attrs: Array<[string, string]>; shadow: Tree[] | null; kids: Tree[] };

const words = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((p) => p.join(''));
const textTree = fc.array(words, { minLength: 1, maxLength: 3 }).map((text) => ({ text }));
const attrs = fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(words, fc.constantFrom('zh-CN', 'zh-TW', 'en'))), {
  maxLength: 2,
});

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textTree,
    words.map((comment) => ({ comment })),
    fc.record({
      tag: fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED),
      attrs,
      shadow: fc.option(fc.array(tie('tree'), { maxLength: 3 }), { nil: null, freq: 6 }),
      kids: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));

/** A phrase cut across a chain of nested inline elements: 头|<b><i>发</i></b>. */
const splitChain = fc
  .record({ depth: fc.integer({ min: 1, max: 30 }), tags: fc.array(fc.constantFrom(...INLINE), { minLength: 1 }), left: words, right: words })
  .map(({ depth, tags, left, right }): Tree => {
    let inner: Tree = { text: [right] };
    for (let d = 0; d < depth; d++) inner = { tag: tags[d % tags.length], attrs: [], shadow: null, kids: [inner] };
    return { tag: 'p', attrs: [], shadow: null, kids: [{ text: [left, '头'] }, inner, { text: ['发'] }] };
  });

const page = fc.array(fc.oneof(tree, splitChain), { maxLength: 5 });
const targets = fc.constantFrom<Target>('tw', 'hk', 't', 'twp', 'cn');

function build(doc: Document, t: Tree, parent: Node): void {
  if ('text' in t) {
    for (const s of t.text) parent.appendChild(doc.createTextNode(s));
  } else if ('comment' in t) {
    parent.appendChild(doc.createComment(t.comment));
  } else {
    const [tag, flag] = t.tag.split(' ');
    const el = doc.createElement(tag);
    if (flag) el.setAttribute(flag, '');
    for (const [name, value] of t.attrs) el.setAttribute(name, value);
    for (const k of t.kids) build(doc, k, el);
    if (t.shadow && typeof el.attachShadow === 'function' && BLOCK.includes(tag)) {
      const root = el.attachShadow({ mode: 'open' });
      for (const k of t.shadow) build(doc, k, root);
    }
    parent.appendChild(el);
  }
}

function load(doc: Document, trees: Tree[]): void {
  doc.documentElement.innerHTML = '<head><title>头发</title></head><body></body>';
  doc.documentElement.removeAttribute('lang');
  for (const t of trees) build(doc, t, doc.body);
}

/** The whole page as a string, shadow roots included (outerHTML leaves them out). */
function serialise(doc: Document): string {
  const shadows: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const shadow = (el as Element).shadowRoot;
      if (shadow) {
        shadows.push(shadow.innerHTML);
        visit(shadow);
      }
    }
  };
  visit(doc);
  return doc.documentElement.outerHTML + '\u0000' + shadows.join('\u0000');
}

/** Contents of every skipped region, in document order. */
function skippedContents(doc: Document): string[] {
  return Array.from(doc.body.querySelectorAll('script, style, textarea, code, pre, gongwen-lens-ui, [contenteditable]')).map(
    (el) => el.innerHTML,
  );
}

/** Every text node of the page (light DOM), to check that conversion never restructures it. */
function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    n.childNodes.forEach(walk);
  };
  walk(doc.documentElement);
  return out;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageConversion fuzzing (happy-dom)', () => {
  it('apply → restore is byte-identical, keeps every text node, and never touches skipped regions', async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(page, targets, async (trees, target) => {
        load(document, trees);
        const before = serialise(document);
        const nodes = textNodes(document);
        const skipped = skippedContents(document);
        const conv = new PageConversion(document, convert);
        await conv.apply(target);
        expect(skippedContents(document)).toEqual(skipped);
        expect(textNodes(document)).toEqual(nodes);
        if (serialise(document) !== before) changed++;
        conv.restore();
        expect(serialise(document)).toBe(before);
      }),
      { numRuns: 150 },
    );
    // The generated pages do give the converter work (the property is not vacuous).
    expect(changed).toBeGreaterThan(30);
  });

  it('a restore or a second apply while an apply is in flight still ends byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        page,
        targets,
        targets,
        fc.nat({ max: 6 }),
        fc.constantFrom('restore', 'apply'),
        async (trees, a, b, ticks, interruption) => {
          load(document, trees);
          const before = serialise(document);
          const conv = new PageConversion(document, convert);
          const first = conv.apply(a);
          for (let i = 0; i < ticks; i++) await tick();
          const second = interruption === 'restore' ? (conv.restore(), Promise.resolve()) : conv.apply(b);
          await Promise.all([first, second]);
          conv.restore();
          expect(serialise(document)).toBe(before);
          expect(conv.target).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a converter that fails midway: apply rejects and the page is as it was', async () => {
    await fc.assert(
      fc.asyncProperty(page, targets, fc.nat({ max: 3 }), fc.constantFrom('throw', 'short'), async (trees, target, failAt, how) => {
        load(document, trees);
        const before = serialise(document);
        let calls = 0;
        const failing: ConvertFn = async (t, texts) => {
          if (calls++ < failAt) return convert(t, texts);
          if (how === 'throw') throw new Error('offscreen document closed');
          return (await convert(t, texts)).slice(1);
        };
        const conv = new PageConversion(document, failing);
        const outcome = await conv.apply(target).then(
          () => 'done',
          (e: unknown) => e,
        );
        // Nothing left to convert after failAt calls is a success; otherwise a rejection and a clean page.
        if (outcome !== 'done') {
          expect(outcome).toBeInstanceOf(Error);
          expect(serialise(document)).toBe(before);
        }
        conv.restore();
        expect(serialise(document)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it("restore keeps the page's own edits made while converted, and restores everything else", async () => {
    await fc.assert(
      fc.asyncProperty(page, targets, fc.array(fc.nat(), { maxLength: 4 }), async (trees, target, picks) => {
        load(document, trees);
        const nodes = textNodes(document);
        const originals = nodes.map((n) => n.data);
        const conv = new PageConversion(document, convert);
        await conv.apply(target);
        const edited = new Map<Text, string>();
        if (nodes.length) {
          for (const p of picks) {
            const node = nodes[p % nodes.length];
            const value = `页面自己写的${p}※`;
            node.data = value;
            edited.set(node, value);
          }
        }
        await conv.update([...edited.keys()]);
        conv.restore();
        nodes.forEach((node, i) => expect(node.data).toBe(edited.get(node) ?? originals[i]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('PageConversion fuzzing (linkedom)', () => {
  it('apply → restore is byte-identical on linkedom documents', async () => {
    await fc.assert(
      fc.asyncProperty(page, targets, targets, async (trees, a, b) => {
        const { document: doc } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
        const d = doc as unknown as Document;
        load(d, trees);
        const before = serialise(d);
        const conv = new PageConversion(d, convert);
        await conv.apply(a);
        await conv.apply(b);
        conv.restore();
        expect(serialise(d)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
