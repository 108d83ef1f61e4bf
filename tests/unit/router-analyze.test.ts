// The reader's page goes to the background for analysis (lib/content/reader.ts): what the page
// reads crosses as plain data, the background answers the analysis the analyzer gives in Node,
// and what does not fit the contract is refused with a clear error, not analysed.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../lib/analyzer';
import { readPageInput } from '../../lib/analyzer/dom';
import { listen } from '../../lib/background/router';
import type { Reply } from '../../lib/messages';
import { MAX_ANALYZE_CHARS } from '../../lib/messages-schema';
import { readPage } from '../../lib/page/model';
import { SEED_FIXTURES } from '../fixtures/seeds';

const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.cast.org.cn/a.html', tab: { id: 7 }, frameId: 0 };

const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, respond: (r: never) => void) => Promise<unknown[]>;

/** Deliver a message as the browser does: serialised as JSON on the way in and on the way out. */
async function deliver(message: unknown): Promise<Reply<unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reply')), 5_000);
    void trigger(JSON.parse(JSON.stringify(message)), contentScript, (reply: Reply<unknown>) => {
      clearTimeout(timer);
      resolve(JSON.parse(JSON.stringify(reply)));
    });
  });
}

const fixture = (name: string) =>
  parseHTML(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).document as unknown as Document;

beforeEach(() => {
  fakeBrowser.reset();
  listen();
});
afterEach(() => fakeBrowser.reset());

describe('analysis in the background', () => {
  it.each(SEED_FIXTURES)('%s: the page read in the tab, analysed in the background, is the analysis made in place', async (name) => {
    const doc = fixture(name);
    const model = readPage(doc);
    const reply = await deliver({ type: 'analyze', page: readPageInput(doc, model) });
    expect(reply.ok).toBe(true);
    const expected = JSON.parse(JSON.stringify(analyzePage(doc, model)));
    expect(reply.ok && reply.value).toEqual(expected);
    expect(expected.meta.title).toBeTruthy();
  });

  it('answers a page with elements hidden from readers (a phone copy, an icon) as the analysis made in place', async () => {
    const doc = parseHTML(
      `<html><head><title>关于开展科普活动的通知</title></head><body><div class="nav"><span aria-hidden="true">☰</span><a href="/">首页</a></div>` +
        `<h1>关于开展科普活动的通知</h1><div class="content"><p>一、活动时间</p><p>共举办科普讲座120场，覆盖3万人次。</p>` +
        `<div hidden><p>手机版 一、活动时间</p></div><div style="display:none">二、隐藏内容</div><p>二、活动要求</p><p style="text-align:right">某某市科学技术协会</p><p>2026年5月1日</p></div></body></html>`,
    ).document as unknown as Document;
    const model = readPage(doc);
    const page = readPageInput(doc, model);
    expect(page.dom?.elements.some((e) => e.hidden)).toBe(true);
    const reply = await deliver({ type: 'analyze', page });
    expect(reply.ok ? '' : reply.error).toBe('');
    expect(reply.ok && reply.value).toEqual(JSON.parse(JSON.stringify(analyzePage(doc, model))));
  });

  const dom = {
    elements: [
      { tag: 'BODY', parent: -1 },
      { tag: 'H1', parent: 0, class: 'title' },
      { tag: 'P', parent: 0 },
    ],
    blocks: [{ el: 1, runs: [1, 11] }, { el: 2, runs: [2, 6] }],
  };
  const page = { texts: ['关于开展科技活动的通知', '一、总体要求'], tags: { title: '通知' }, dom };
  const refused: Array<[string, unknown, RegExp]> = [
    ['a block missing', { ...page, dom: { ...dom, blocks: [{ el: 1 }] } }, /one block per text/],
    ['a block naming no element read', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 3 }] } }, /one block per text/],
    ['a text run naming no element read', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 2, runs: [7, 6] }] } }, /one block per text/],
    ['a text run without its length', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 2, runs: [2] }] } }, /one block per text/],
    ['an element before its parent', { ...page, dom: { ...dom, elements: [{ tag: 'P', parent: 1 }, { tag: 'BODY', parent: -1 }, { tag: 'P', parent: 0 }] } }, /naming an element read before it/],
    ['an element that is not one', { ...page, dom: { ...dom, elements: [{ tag: 'BODY', parent: -1, style: 'x' }, ...dom.elements.slice(1)] } }, /an element is malformed/],
    ['a fractional index', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 1.5 }] } }, /a block is malformed/],
    ['a block with a field of its own', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 2, html: '<p>' }] } }, /a block is malformed/],
    ['a text run that is no number', { ...page, dom: { ...dom, blocks: [{ el: 1 }, { el: 2, runs: [2, '6'] }] } }, /a block is malformed/],
    ['an element hidden in words other than true', { ...page, dom: { ...dom, elements: [{ tag: 'BODY', parent: -1, hidden: 'yes' }, ...dom.elements.slice(1)] } }, /an element is malformed/],
    ['a class that is no text', { ...page, dom: { ...dom, elements: [{ tag: 'BODY', parent: -1, class: 3 }, ...dom.elements.slice(1)] } }, /an element is malformed/],
    ['a block that is not text', { ...page, texts: ['a', 1] }, /Malformed/],
    ['a tag that is not text', { ...page, tags: { title: 1 } }, /Malformed/],
    ['more text than the limit', { ...page, texts: ['通'.repeat(MAX_ANALYZE_CHARS), '知'] }, new RegExp(`at most ${MAX_ANALYZE_CHARS}`)],
    ['meta tags over the limit', { ...page, tags: { description: 'x'.repeat(MAX_ANALYZE_CHARS) } }, new RegExp(`at most ${MAX_ANALYZE_CHARS}`)],
    [
      'class names over the limit',
      { ...page, dom: { ...dom, elements: [{ tag: 'BODY', parent: -1, class: 'x'.repeat(MAX_ANALYZE_CHARS) }, ...dom.elements.slice(1)] } },
      new RegExp(`at most ${MAX_ANALYZE_CHARS}`),
    ],
    ['an extra field', { ...page, html: '<p>' }, /Malformed/],
  ];

  it.each(refused)('refuses %s with a clear error', async (_, input, error) => {
    const reply = await deliver({ type: 'analyze', page: input });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
  });

  it('answers the same page within the limit (the refusals above are about the limit, not the page)', async () => {
    const reply = await deliver({ type: 'analyze', page });
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as { meta: { title: string } }).meta.title).toBe('关于开展科技活动的通知');
  });
});
