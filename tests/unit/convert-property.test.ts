// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTexts, getConverter } from '../../lib/convert/engine';
import { PageConversion } from '../../lib/page/conversion';
import { readPage } from '../../lib/page/model';
import type { Target } from '../../lib/types';

const convert = async (target: Target, texts: string[]) => convertTexts(target, texts);

// Pieces chosen to exercise phrases across nodes, length changes (twp, surrogates), quotes,
// pinyin residue and markup-significant characters.
const PIECES = [
  '头', '发', '髮', '里', '程', '干', '部', '乾', '隆', '发布', 'U', '盘', '軟', '件', '软件',
  '二', '噁', '𫫇', '英', '科協', '(xié)', '發', '(fā)', "'", '"', "it's", ' ', '\n', '&', '<',
  'a', '，', '。', '的', '与', '與', '台', '臺', '著', '着', '',
];
const TAGS = ['p', 'div', 'span', 'b', 'i', 'font', 'a', 'li', 'br', 'pre', 'code', 'script', 'textarea', 'img'];
const ATTRS = ['title', 'alt', 'placeholder', 'aria-label', 'class'];

type Tree = { text: string } | { tag: string; attr: [string, string] | null; kids: Tree[] };

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => ({ text: p.join('') }));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attr: fc.option(fc.tuple(fc.constantFrom(...ATTRS), text.map((t) => t.text)), { nil: null }),
      kids: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));

function build(doc: Document, t: Tree): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  const el = doc.createElement(t.tag);
  if (t.attr) el.setAttribute(t.attr[0], t.attr[1]);
  for (const k of t.kids) el.appendChild(build(doc, k));
  return el;
}

function load(trees: Tree[]): void {
  document.documentElement.innerHTML = '<head><title>头发</title></head><body></body>';
  document.documentElement.removeAttribute('lang');
  for (const t of trees) document.body.appendChild(build(document, t));
}

const targets = fc.constantFrom<Target>('tw', 'hk', 't', 'twp', 'cn');

describe('PageConversion properties', () => {
  it('apply never throws and restore is byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), targets, targets, async (trees, a, b) => {
        load(trees);
        const before = document.documentElement.outerHTML;
        const conv = new PageConversion(document, convert);
        await conv.apply(a);
        await conv.apply(b);
        conv.restore();
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('each block shows exactly the conversion of its whole original text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), targets, async (trees, target) => {
        load(trees);
        const blocks = readPage(document).blocks.map((b) => ({ nodes: b.nodes, text: b.text }));
        const conv = new PageConversion(document, convert, { hidePinyin: false });
        await conv.apply(target);
        const fn = getConverter(target);
        for (const { nodes, text } of blocks) {
          expect(nodes.map((n) => n.data).join('')).toBe(/[\u3400-\u9fff]|[\ud840-\ud87e]/.test(text) ? fn(text) : text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
