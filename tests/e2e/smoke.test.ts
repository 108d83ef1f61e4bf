import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const SEED_PAGES: [string, string][] = [
  ['/000-henan-news.html', '省科协召开2017年度工作研讨会'],
  ['/001-shandong-news-tw.html', '學會企事業(yè)科協(xié)和外事工作會議'],
  ['/002-hubei-notice.html', '关于印发《省科协2019年工作要点》的通知'],
  ['/003-jinchutou-speech.html', '在科协工作会议上的讲话'],
  ['/004-people-yunnan-tw.html', '雲南省科協:踔厲前行'],
];

describe('smoke: the built extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads the extension and finds its service worker', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await h.sw();
    expect(worker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id)).toBe(
      h.extensionId,
    );
  });

  for (const [path, heading] of SEED_PAGES) {
    it(`serves ${path} and renders its Chinese text`, async () => {
      const { page, tabId } = await h.open(path);
      expect(tabId).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
      expect(await page.locator('body').innerText()).toContain(heading);
      await page.close();
    });
  }

  it('serves the generated long page and 404s unknown paths', async () => {
    const long = await h.context.request.get(`${h.serverUrl}/long.html`);
    expect(long.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect((await long.text()).length).toBeGreaterThan(1_000_000);
    expect((await h.context.request.get(`${h.serverUrl}/missing.html`)).status()).toBe(404);
  });

  it('restarts the service worker after it was stopped', async () => {
    const before = await h.sw();
    await before.evaluate(() => ((globalThis as unknown as { __smoke?: number }).__smoke = 1));
    await h.stopServiceWorker();
    const after = await h.sw();
    expect(await after.evaluate(() => (globalThis as unknown as { __smoke?: number }).__smoke ?? null)).toBeNull();
  });

  it('exposes the test hook self.gongwen', async () => {
    const worker = await h.sw();
    const names = await worker.evaluate(() =>
      Object.keys((globalThis as unknown as { gongwen?: object }).gongwen ?? {}).sort(),
    );
    expect(names).toEqual(expect.arrayContaining(['act', 'clearLibrary', 'exportCsv', 'listClips', 'openLibrary']));
  });
});
