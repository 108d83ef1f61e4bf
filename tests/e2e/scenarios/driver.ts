// What a scenario needs from a browser: both harnesses (Chromium through Playwright, Firefox through
// WebDriver BiDi) implement it, so one scenario body runs in both browsers.
import type { TabAction } from '../../../lib/messages';
import type { Clip, PageStatus, Target } from '../../../lib/types';

/** The functions the background puts on `self.gongwen` for tests (CONTRACTS.md "Test hook"). */
export interface GongwenHook {
  act(tabId: number, act: TabAction): Promise<unknown>;
  timedAct(tabId: number, act: TabAction): Promise<{ ms: number; value: unknown }>;
  openLibrary(): Promise<number>;
  openClip(clipId: string): Promise<number>;
  exportCsv(): Promise<string>;
  listClips(): Promise<Clip[]>;
  clearLibrary(): Promise<void>;
  prepareConverter(target: Target): Promise<void>;
  analysisBusyMs(): number;
}
export type HookName = keyof GongwenHook;
export type HookResult<K extends HookName> = Awaited<ReturnType<GongwenHook[K]>>;

export interface DriverTab {
  /** The browser's id for this tab, as the extension sees it. */
  tabId: number;
  /** Runs `fn(arg)` in the page's own (main-world) realm; the result must be JSON-serialisable. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) click on the `index`-th element matching `selector` in the extension's UI shadow root. */
  clickUi(selector: string, index?: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  browserName: 'chromium' | 'firefox';
  /** Opens `path` of the fixture server (e.g. "/002-hubei-notice.html") in a new tab. */
  open(path: string): Promise<DriverTab>;
  /** Opens the library page through the test hook and waits until its own test hook is ready. */
  openLibrary(): Promise<DriverTab>;
  /** Runs `self.gongwen[name](...args)` in the extension's background. */
  hook<K extends HookName>(name: K, ...args: Parameters<GongwenHook[K]>): Promise<HookResult<K>>;
  /** The tab's status, retried until its content script answers (it starts at document_idle). */
  status(tabId: number, timeoutMs?: number): Promise<PageStatus>;
  /** Replaces the extension's stored settings (e.g. `{ siteRules }`), as the options page saves them. */
  setSettings(settings: object): Promise<void>;
  /** Restarts the extension's background: Chrome stops the service worker, Firefox reloads the background page. */
  restartBackground(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `status` until the content script answers; a missing test hook is not worth retrying. */
export async function statusWithRetry(
  hook: Driver['hook'],
  tabId: number,
  timeoutMs = 15_000,
): Promise<PageStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await hook('act', tabId, { action: 'status' })) as PageStatus;
    } catch (error) {
      if (Date.now() > deadline || String(error).includes('self.gongwen')) throw error;
      await sleep(100);
    }
  }
}
