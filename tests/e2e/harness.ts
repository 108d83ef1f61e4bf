// Drives the built Chrome extension in Debian's Chromium: e2e tests, the benchmark and the demo all
// start here. User actions go through the service worker's test hook (`self.gongwen`, see
// CONTRACTS.md "Test hook and isolation"), the same code path a click takes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { PageStatus } from '../../lib/types';
import { startServer } from '../server/serve';
import { statusWithRetry, type Driver, type DriverTab, type GongwenHook, type HookName } from './scenarios/driver';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';

export type { GongwenHook, HookName } from './scenarios/driver';

export interface OpenedTab {
  page: Page;
  tabId: number;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Base URL of the fixture server, without a trailing slash. */
  serverUrl: string;
  /** The running service worker; starts it again first if it was stopped. */
  sw(): Promise<Worker>;
  /**
   * Opens `path` of the fixture server (e.g. "/002-hubei-notice.html") in a new tab; `initScript`
   * runs in the page before any of its scripts, or ours.
   */
  open(path: string, options?: { initScript?: string }): Promise<OpenedTab>;
  /** Runs `self.gongwen[name](...args)` in the service worker. */
  hook<K extends HookName>(name: K, ...args: Parameters<GongwenHook[K]>): Promise<Awaited<ReturnType<GongwenHook[K]>>>;
  /**
   * `hook`, on this instance of the worker only: never restarts it, so a call in flight when the
   * worker stops fails (or never settles) instead of waiting for the next instance.
   */
  hookIn<K extends HookName>(
    worker: Worker,
    name: K,
    ...args: Parameters<GongwenHook[K]>
  ): Promise<Awaited<ReturnType<GongwenHook[K]>>>;
  /** The tab's status, retried until its content script answers (it starts at document_idle). */
  status(tabId: number, timeoutMs?: number): Promise<PageStatus>;
  /** Stops the extension's service worker the way Chrome does when it idles. */
  stopServiceWorker(): Promise<void>;
  /** Closes the extension's offscreen document, if one is open. */
  closeOffscreen(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headed?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The scenarios' view of a Chromium tab. */
export function chromiumTab({ page, tabId }: OpenedTab): DriverTab {
  return {
    tabId,
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    // Playwright's CSS selectors pierce open shadow roots.
    clickUi: (selector, index = 0) => page.locator(`gongwen-lens-ui ${selector}`).nth(index).click(),
    close: () => page.close(),
  };
}

/** The scenarios' driver (tests/e2e/scenarios) on a Chromium harness. */
export function chromiumDriver(h: Harness): Driver {
  return {
    browserName: 'chromium',
    open: async (path) => chromiumTab(await h.open(path)),
    async openLibrary() {
      const pageOpened = h.context.waitForEvent('page', (p) => p.url().includes('/library.html'));
      const tabId = await h.hook('openLibrary');
      const page = await pageOpened;
      await page.waitForFunction(() => '__gongwenLibrary' in window);
      await page.evaluate(() => (window as unknown as { __gongwenLibrary: { ready: Promise<void> } }).__gongwenLibrary.ready);
      return chromiumTab({ page, tabId });
    },
    hook: (name, ...args) => h.hook(name, ...args),
    status: (tabId, timeoutMs) => h.status(tabId, timeoutMs),
    async setSettings(settings) {
      await (await h.sw()).evaluate(
        (value) =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
            settings: value,
          }),
        settings,
      );
    },
    restartBackground: () => h.stopServiceWorker(),
  };
}

export async function launch({ headed = false }: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Chrome extension is not built (${EXTENSION_DIR} is missing): run npm run build:chrome`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);

  const server = await startServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: !headed,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  } catch (error) {
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const first =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  const origin = `chrome-extension://${extensionId}/`;

  // The ServiceWorker and Target CDP domains act on the storage partition of the page the session is
  // attached to, so the control session lives on an extension page.
  let control: { page: Page; cdp: CDPSession } | undefined;
  async function controlSession(): Promise<CDPSession> {
    if (!control || control.page.isClosed()) {
      const page = await context.newPage();
      await page.goto(`${origin}manifest.json`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      control = { page, cdp };
    }
    return control.cdp;
  }

  async function workerTargetAlive(cdp: CDPSession): Promise<boolean> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  }

  async function sw(): Promise<Worker> {
    const cdp = await controlSession();
    if (!(await workerTargetAlive(cdp))) {
      // Playwright keeps the Worker handle across a restart, but evaluating on a stopped worker hangs.
      await cdp.send('ServiceWorker.startWorker', { scopeURL: origin });
      const deadline = Date.now() + 15_000;
      while (!(await workerTargetAlive(cdp))) {
        if (Date.now() > deadline) throw new Error('The extension service worker did not start again');
        await sleep(50);
      }
    }
    const workers = context.serviceWorkers().filter((w) => w.url().startsWith(origin));
    return (
      workers.at(-1) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout: 15_000 }))
    );
  }

  async function hook<K extends HookName>(
    name: K,
    ...args: Parameters<GongwenHook[K]>
  ): Promise<Awaited<ReturnType<GongwenHook[K]>>> {
    return hookIn(await sw(), name, ...args);
  }

  async function hookIn<K extends HookName>(
    worker: Worker,
    name: K,
    ...args: Parameters<GongwenHook[K]>
  ): Promise<Awaited<ReturnType<GongwenHook[K]>>> {
    const outcome = await worker.evaluate(
      async ([fn, fnArgs]) => {
        const api = (self as unknown as { gongwen?: Record<string, (...a: unknown[]) => unknown> }).gongwen;
        if (!api) return { missing: 'self.gongwen is not defined in the service worker (test hook not installed)' };
        if (typeof api[fn] !== 'function') return { missing: `self.gongwen.${fn} is not a function` };
        return { value: await api[fn](...fnArgs) };
      },
      [name, args] as [string, unknown[]],
    );
    if ('missing' in outcome) throw new Error(outcome.missing);
    return outcome.value as Awaited<ReturnType<GongwenHook[K]>>;
  }

  const claimedTabs = new Set<number>();
  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const worker = await sw();
    const ids = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } })
        .chrome;
      return (await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
    }, url);
    // Tab ids only grow, so the newest unclaimed tab with this URL is the one just opened.
    const id = ids.filter((i) => i >= 0 && !claimedTabs.has(i)).sort((a, b) => b - a)[0];
    if (id === undefined) throw new Error(`No browser tab found for ${url}`);
    claimedTabs.add(id);
    page.once('close', () => claimedTabs.delete(id));
    return id;
  }

  async function open(path: string, { initScript }: { initScript?: string } = {}): Promise<OpenedTab> {
    const page = await context.newPage();
    if (initScript) await page.addInitScript(initScript);
    await page.goto(new URL(path, `${server.url}/`).href, { waitUntil: 'load' });
    return { page, tabId: await tabIdOf(page) };
  }

  const status = (tabId: number, timeoutMs?: number): Promise<PageStatus> => statusWithRetry(hook, tabId, timeoutMs);

  async function stopServiceWorker(): Promise<void> {
    // Open tabs may wake the worker again at once (a message, a port reconnecting), so "stopped" is
    // seen either as no worker target or as a worker that lost the mark set on the old instance.
    const MARK = '__gongwenHarnessMark';
    const worker = await sw();
    await worker.evaluate((mark) => Reflect.set(globalThis, mark, true), MARK);
    const cdp = await controlSession();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (!(await workerTargetAlive(cdp))) return;
      const marked = await Promise.race([
        worker.evaluate((mark) => Reflect.get(globalThis, mark) === true, MARK).catch(() => true),
        sleep(500).then(() => true),
      ]);
      if (!marked) return;
      if (Date.now() > deadline) throw new Error('The extension service worker did not stop');
      await sleep(50);
    }
  }

  async function closeOffscreen(): Promise<void> {
    const cdp = await controlSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of targetInfos.filter((t) => t.url.startsWith(`${origin}offscreen`))) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    }
  }

  async function close(): Promise<void> {
    await context.close().catch(() => {});
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }

  return { context, extensionId, serverUrl: server.url, sw, open, hook, hookIn, status, stopServiceWorker, closeOffscreen, close };
}
