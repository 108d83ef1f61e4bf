// Script toggling in the built extension: conversion, exact restore, split phrases, skipped
// regions, frames and shadow roots, pages that keep changing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getConverter } from '../../lib/convert/engine';
import { toSimplified } from '../../lib/convert/simplified';
import { SEED_PATHS as FIXTURES } from '../fixtures/seeds';
import { firstPaintText, setSiteRules } from './first-paint';
import { chromiumDriver, launch, type Harness } from './harness';
import { convertsAndRestoresExactly, followsSiteRules } from './scenarios/toggle';


/** The page's serialised DOM without the extension's own UI host (CONTRACTS "Exact restore"). */
function pageHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('gongwen-lens-ui').forEach((el) => el.remove());
    return `${document.title}\n${clone.outerHTML}`;
  });
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('toggle script', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const path of FIXTURES) {
    it(`converts ${path} to the other script and restores it byte for byte`, () =>
      convertsAndRestoresExactly(chromiumDriver(h), path));
  }

  it('converts phrases split across elements as phrases, and leaves what it must not touch', async () => {
    const { page, tabId } = await h.open('/split-phrases.html');
    await h.status(tabId);
    await h.hook('act', tabId, { action: 'highlights', on: false });
    const before = await pageHtml(page);
    const values = () =>
      page.evaluate(() => ({
        textarea: (document.querySelector('textarea') as HTMLTextAreaElement).value,
        input: (document.querySelector('input') as HTMLInputElement).value,
      }));
    const valuesBefore = await values();
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    const text = await bodyText(page);
    expect(text).toContain('頭髮');
    expect(text).toContain('里程');
    expect(text).not.toContain('裡程');
    expect(text).toContain('幹部');
    expect(text).toContain("don't");
    expect(text).not.toContain('』');
    expect(await values()).toEqual(valuesBefore);
    const untouched = await page.evaluate(() => ({
      editable: document.querySelector('[contenteditable]')?.textContent ?? '',
      pre: document.querySelector('pre')?.textContent ?? '',
      frame: (document.querySelector('iframe') as HTMLIFrameElement).contentDocument?.body.textContent ?? '',
      shadow: [...document.querySelectorAll('*')]
        .map((el) => el.shadowRoot?.textContent ?? '')
        .join(''),
      attrs: [...document.querySelectorAll('[title],[alt],[placeholder],[aria-label]')]
        .map((el) => ['title', 'alt', 'placeholder', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join('|'))
        .join('\n'),
    }));
    // Editable regions and code keep their Simplified text; frames, shadow roots and attributes convert.
    expect(untouched.editable).toContain('可编辑区域里的干部');
    expect(untouched.pre).toContain('代码块:var 发展 = "头发";');
    expect(untouched.frame).toContain('框架裡的幹部頭髮');
    expect(untouched.shadow).toContain('影子裡的幹部頭髮');
    expect(untouched.attrs).toContain('標題提示:幹部頭髮');
    expect(untouched.attrs).not.toMatch(/[标题头发图说会议请输关闭对话国协]/);

    await h.hook('act', tabId, { action: 'restore' });
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('converts when the offscreen converter went away while the background thought it up', async () => {
    // The first toggle brings the converter up; pages then send their batches to it directly.
    const first = await h.open('/002-hubei-notice.html');
    await h.status(first.tabId);
    await h.hook('act', first.tabId, { action: 'toggle', target: 'tw' });
    await first.page.close();
    await h.closeOffscreen();
    // Nobody answers the direct batch now: the page must ask the background to carry it.
    const { page, tabId } = await h.open('/split-phrases.html');
    await h.status(tabId);
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    expect(await bodyText(page)).toContain('頭髮');
    await page.close();
  });

  it('keeps converting a page that never stops changing, within 500 ms, and restores it', async () => {
    const { page, tabId } = await h.open('/dynamic.html');
    await h.status(tabId);
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    // Text the page writes from now on must show up converted within the contract's 500 ms.
    const toTw = getConverter('tw');
    const unconverted = (text: string) => [...text].filter((c) => toTw(c) !== c).length;
    // #ticker is rewritten every 10 ms: it is never "settled"; every other paragraph is.
    const paragraphs = () =>
      page.evaluate(() => [...document.querySelectorAll('p:not(#ticker)')].map((p) => p.textContent ?? ''));
    await page.waitForTimeout(1000);
    for (let i = 0; i < 5; i++) {
      // Paragraphs older than the contract's 500 ms must be converted (the last ones may be in flight).
      const older = await paragraphs();
      await page.waitForTimeout(600);
      const now = await paragraphs();
      const settled = now.slice(0, older.length);
      expect(settled.length).toBeGreaterThan(0);
      expect(settled.filter((p) => unconverted(p) > 0)).toEqual([]);
    }
    await h.hook('act', tabId, { action: 'restore' });
    await page.waitForTimeout(600);
    const text = await bodyText(page);
    expect(toSimplified(text)).toBe(text);
    await page.close();
  });

  it('after a restore, reads what the page added while it was shown converted', async () => {
    const { page, tabId } = await h.open('/002-hubei-notice.html');
    const before = (await h.status(tabId)).counts.stats;
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    await page.evaluate(() => {
      const body = [...document.querySelectorAll('p')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0];
      const added = document.createElement('p');
      added.textContent = '全年新增科普活动127项，覆盖人数达到3.5万人次。';
      body.after(added);
    });
    // Long enough for the converted page to be read again (REANALYZE_MS), before the restore.
    await page.waitForTimeout(1_500);
    await h.hook('act', tabId, { action: 'restore' });
    await expect.poll(async () => (await h.status(tabId)).counts.stats, { timeout: 5_000 }).toBe(before + 2);
    await page.close();
  });

  it('follows site rules: always convert this site, never convert this site', () => followsSiteRules(chromiumDriver(h)));

  it('shows an always-convert site converted from its first paint', async () => {
    await setSiteRules(h, { '127.0.0.1': { mode: 'always', target: 'tw' } });
    const page = await h.context.newPage();
    const text = await firstPaintText(page, `${h.serverUrl}/002-hubei-notice.html`);
    const toTw = getConverter('tw');
    expect(text.length).toBeGreaterThan(1000);
    expect([...text].filter((c) => toTw(c) !== c)).toEqual([]);
    const tabId = (await h.sw().then((w) =>
      w.evaluate(async (url) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        return (await api.tabs.query({ url }))[0]?.id ?? -1;
      }, page.url()),
    )) as number;
    const status = await h.status(tabId);
    expect(status.converted).toBe('tw');
    // The veil lifts as soon as the parsed page is converted, far before its 3 s safety limit.
    expect(status.timings.veilMs).toBeLessThan(2_500);
    await page.close();
    await setSiteRules(h, {});
  });

  it('shows the page state on the toolbar badge: counts, script, and the conversion while it lasts', async () => {
    const { page, tabId } = await h.open('/002-hubei-notice.html');
    const status = await h.status(tabId);
    const badge = async () =>
      (await h.sw()).evaluate(async (id) => {
        const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } })
          .chrome.action;
        return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
      }, tabId);
    const count = String(status.counts.tasks + status.counts.stats);
    await expect.poll(async () => (await badge()).text).toBe(count);
    expect((await badge()).title).not.toContain('→');
    await h.hook('act', tabId, { action: 'toggle', target: 'tw' });
    await expect.poll(async () => (await badge()).title).toMatch(/→/);
    await h.hook('act', tabId, { action: 'restore' });
    await expect.poll(async () => (await badge()).title).not.toMatch(/→/);
    expect((await badge()).text).toBe(count);
    await page.close();
  });

  it('offers nothing on a page without Chinese and says why', async () => {
    const { page, tabId } = await h.open('/plain-english.html');
    const status = await h.status(tabId);
    expect(status.script).toBe('none');
    expect(status.offer).toBeNull();
    await expect(h.hook('act', tabId, { action: 'toggle' })).rejects.toThrow(/No Chinese text/);
    await page.close();
  });
});
