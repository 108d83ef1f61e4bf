import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
const text = readdirSync('/work/shared/seeds').map(f => readFileSync('/work/shared/seeds/' + f, 'utf8')).join('').replace(/\s+/g, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto('http://localhost:8765/index.html');
await page.waitForFunction(() => (window as any).__gongwenLibrary);
await page.evaluate(() => (window as any).__gongwenLibrary.ready);
const N = Number(process.env.N ?? 100000);
await page.evaluate(async ({ text, N }) => {
  const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('gongwen-lens'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const tx = db.transaction('clips', 'readwrite'); const store = tx.objectStore('clips');
  for (let i = 0; i < N; i++) {
    const s = (i * 7919) % (text.length - 200);
    const t = text.slice(s, s + 20 + (i % 40));
    store.put({ id: 'c' + i, key: 'k' + i, kind: i % 3 ? 'task' : 'statistic', text: i === 5 ? '<img src=x onerror=alert(1)>' : t, textOriginal: t, textSimplified: t, marker: i % 3 ? '（一）' : null, level: 1,
      value: i % 3 ? null : i, valueMax: null, unit: i % 3 ? null : '人', qualifier: null, context: text.slice(s, s + 120),
      page: { url: `https://h${i % 30}.gov.cn/p${i % 3000}.html`, title: `页面标题${i % 3000}`, org: `机构${i % 50}`, date: `20${10 + i % 14}-0${1 + i % 9}-1${i % 10}`, docNumber: null, source: null, kind: 'notice', script: 'simplified' },
      anchor: { exact: t, prefix: '', suffix: '', fragmentUrl: `https://h${i % 30}.gov.cn/p${i % 3000}.html#:~:text=x` },
      tags: i % 10 ? [] : ['科普'], note: '', clippedAt: new Date(Date.UTC(2020, 0, 1) + i * 600000).toISOString(), createdAt: new Date().toISOString() });
  }
  await new Promise((res) => (tx.oncomplete = res));
  db.close();
}, { text, N });
const t0 = Date.now();
await page.reload();
await page.waitForSelector('.clip-row[data-row="0"]');
const first = Date.now() - t0;
const nav = await page.evaluate(() => performance.now());
await page.evaluate(() => (window as any).__gongwenLibrary.ready);
const ready = Date.now() - t0;
console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime))));
const searches: Record<string, [number, number]> = {};
for (const q of ['协会', '協會', '科技工作者', 'zzz', '']) {
  const r = await page.evaluate(async (q) => { const t = performance.now(); const n = await (window as any).__gongwenLibrary.search(q); return [n, performance.now() - t]; }, q);
  searches[q] = r as [number, number];
}
console.log({ N, firstRowMs: first, pageNowAtFirst: nav, readyMs: ready, searches, errors });
await page.screenshot({ path: '/tmp/libh/shot.png' });
await page.keyboard.press('/');
await page.keyboard.type('科协');
await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/libh/shot2.png' });
await page.click('#tab-overview'); await page.screenshot({ path: '/tmp/libh/overview.png' });
await page.click('#tab-stats'); await page.screenshot({ path: '/tmp/libh/stats.png' });
await page.emulateMedia({ colorScheme: 'dark' });
await page.click('#tab-clips'); await page.screenshot({ path: '/tmp/libh/dark.png' });
console.log('img elements in rows:', await page.evaluate(() => document.querySelectorAll('.clip-row img').length));
await browser.close();
