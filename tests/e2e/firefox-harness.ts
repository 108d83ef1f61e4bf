// Drives the built Firefox extension (.output/firefox-mv2) in Debian's headless Firefox ESR through
// Firefox's own WebDriver BiDi server: no geckodriver, no Playwright build of Firefox. User actions go
// through the background page's test hook (`gongwen`, CONTRACTS.md "Test hook"), reached from an
// extension page of our own — a "control" tab — as `browser.runtime.getBackgroundPage()`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageStatus } from '../../lib/types';
import { startServer } from '../server/serve';
import { connectBidi, type BidiConnection, type EvaluateResult, type RemoteValue } from './bidi';
import { ROOT } from './harness';
import {
  sleep,
  statusWithRetry,
  type Driver,
  type DriverTab,
  type GongwenHook,
  type HookName,
  type HookResult,
} from './scenarios/driver';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = 'firefox-esr';
const EXTENSION_ID = 'gongwen-lens@example.org';
/** Fixed in the profile so the extension's origin is known before it is installed. */
export const FIREFOX_EXTENSION_UUID = '3b0f6f5e-6c1d-4a43-9a57-1e2f0c7d4b21';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
/** A light extension page (no store, no app state) that serves as the control tab. */
const CONTROL_PAGE = `${ORIGIN}/options.html`;
const START_TIMEOUT_MS = 60_000;
/** How long a reload request may go unanswered by the old background page before it is sent again. */
const RELOAD_RETRY_MS = 10_000;
/** How long no background page may answer after a reload before the build is installed again. */
const NO_PAGE_RETRY_MS = 15_000;
/** How long one look at the background page (a control tab's load and one call) may take. */
const PROBE_TIMEOUT_MS = 5_000;
/** How long a reload may take in all, installations again included. */
const RESTART_TIMEOUT_MS = 90_000;

export interface FirefoxHarness extends Driver {
  serverUrl: string;
  /** The Firefox version string, e.g. "Mozilla Firefox 140.5.0esr". */
  version: string;
  close(): Promise<void>;
}

/** `firefox-esr --version`, or an error that says how to get it. */
export function firefoxVersion(): string {
  const probe = spawnSync(FIREFOX, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${FIREFOX} is not installed (${probe.error?.message ?? probe.stderr}): ` +
        'run `bash .ci/ensure browser` (apt-get install --no-install-recommends firefox-esr)',
    );
  }
  return probe.stdout.trim();
}

function writeProfile(dir: string): void {
  const prefs: Record<string, string | boolean | number> = {
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
    // Keep a CI run quiet and offline: no first-run pages, updates or telemetry.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
  };
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(dir, 'user.js'), lines.join('\n') + '\n');
}

/** Starts Firefox in its own process group and resolves with its BiDi WebSocket URL. */
function startFirefox(profileDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port=0', '--remote-allow-system-access'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi server in ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    function fail(error: Error) {
      clearTimeout(timer);
      killGroup(child);
      reject(new Error(`${error.message}\n${stderr.slice(-2000)}`));
    }
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`Firefox exited with ${code} before its BiDi server started`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        // Keep draining stderr so a chatty Firefox never blocks on a full pipe.
        child.stderr!.removeAllListeners('data');
        child.stderr!.resume();
        resolve({ child, url: match[1] });
      }
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Wraps `fn` so that it runs with a JSON argument and answers JSON: BiDi remote values stay out of the way. */
function jsonCall(fn: string): string {
  // tsx/esbuild (keepNames) wraps named inner functions in `__name(...)`, which pages do not define.
  return `async function (argJson) {
    const __name = (f) => f;
    const fn = (${fn});
    const value = await fn(argJson === undefined ? undefined : JSON.parse(argJson));
    return JSON.stringify({ value });
  }`;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const version = firefoxVersion();
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? 0);
  if (major < 140) throw new Error(`${version} is too old: the extension needs Firefox 140 or later`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox extension is not built (${FIREFOX_EXTENSION_DIR} is missing): run npm run build:firefox`);
  }

  const server = await startServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'gongwen-firefox-'));
  writeProfile(profileDir);
  let child: ChildProcess | undefined;
  let bidi: BidiConnection | undefined;
  // A test run that dies must not leave Firefox behind.
  const killOnExit = () => child && killGroup(child);
  process.once('exit', killOnExit);

  async function close(): Promise<void> {
    process.removeListener('exit', killOnExit);
    if (bidi) {
      await Promise.race([bidi.send('browser.close').catch(() => {}), sleep(10_000)]);
      await bidi.close();
    }
    if (child && !(await exited(child, 15_000))) {
      killGroup(child);
      await exited(child, 5_000);
    }
    // Firefox's child processes share the group; make sure none outlives the parent.
    if (child) killGroup(child);
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }

  try {
    const started = await startFirefox(profileDir);
    child = started.child;
    bidi = await connectBidi(`${started.url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { unhandledPromptBehavior: { default: 'dismiss' } } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
  } catch (error) {
    await close();
    throw error;
  }
  const connection = bidi;

  async function callIn<R>(context: string, fn: string, arg: unknown): Promise<R> {
    const answer = await connection.send<EvaluateResult>('script.callFunction', {
      target: { context },
      functionDeclaration: jsonCall(fn),
      arguments: arg === undefined ? [] : [{ type: 'string', value: JSON.stringify(arg) }],
      awaitPromise: true,
      userActivation: true,
    });
    if (answer.type === 'exception') throw new Error(answer.exceptionDetails.text);
    return (JSON.parse(answer.result.value as string) as { value: R }).value;
  }

  async function createTab(url: string): Promise<string> {
    const { context } = await connection.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  async function topContexts(): Promise<{ context: string; url: string }[]> {
    return (await connection.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  }

  // The control tab: an extension page whose realm can reach the background page.
  let control: Promise<string> | undefined;
  function controlContext(): Promise<string> {
    control ??= (async () => {
      const deadline = Date.now() + START_TIMEOUT_MS;
      for (;;) {
        const context = await createTab(CONTROL_PAGE).catch(() => undefined);
        if (context !== undefined) {
          const ready = await callIn<boolean>(
            context,
            `async () => Boolean((await browser.runtime.getBackgroundPage()).gongwen)`,
            undefined,
          ).catch(() => false);
          if (ready) return context;
          await closeContext(context);
        }
        if (Date.now() > deadline) throw new Error('The Firefox extension background never installed its test hook');
        await sleep(200);
      }
    })();
    control.catch(() => (control = undefined));
    return control;
  }

  async function closeContext(context: string): Promise<void> {
    await connection.send('browsingContext.close', { context }).catch(() => {});
  }

  /** Runs `fn(background window, arg)` in the control tab, with the background page's window. */
  async function inBackground<R, A>(fn: string, arg: A): Promise<R> {
    const context = await controlContext();
    return callIn<R>(context, `async (arg) => (${fn})(await browser.runtime.getBackgroundPage(), arg)`, arg);
  }

  async function hook<K extends HookName>(name: K, ...args: Parameters<GongwenHook[K]>): Promise<HookResult<K>> {
    const outcome = await inBackground<{ value?: unknown; missing?: string; error?: string }, [string, unknown[]]>(
      `async (bg, [name, args]) => {
        const api = bg.gongwen;
        if (!api) return { missing: 'gongwen is not defined in the background page (test hook not installed)' };
        if (typeof api[name] !== 'function') return { missing: 'gongwen.' + name + ' is not a function' };
        try {
          return { value: await api[name](...args) };
        } catch (error) {
          return { error: String(error && error.message || error) };
        }
      }`,
      [name, args],
    );
    if (outcome.missing) throw new Error(outcome.missing);
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return outcome.value as HookResult<K>;
  }

  const claimedTabs = new Set<number>();
  async function tabIdOf(url: string): Promise<number> {
    const ids = await inBackground<number[], string>(
      `async (bg, url) => (await bg.browser.tabs.query({})).filter((t) => t.url === url).map((t) => t.id)`,
      url,
    );
    // Tab ids only grow, so the newest unclaimed tab with this URL is the one just opened.
    const id = ids.filter((i) => !claimedTabs.has(i)).sort((a, b) => b - a)[0];
    if (id === undefined) throw new Error(`No browser tab found for ${url}`);
    claimedTabs.add(id);
    return id;
  }

  function tabOf(context: string, tabId: number): DriverTab {
    return {
      tabId,
      evaluate: (fn, arg) => callIn(context, fn.toString(), arg),
      async clickUi(selector, index = 0) {
        const answer = await connection.send<EvaluateResult>('script.callFunction', {
          target: { context },
          functionDeclaration: `function (selector, index) {
            const el = document.querySelector('gongwen-lens-ui')?.shadowRoot?.querySelectorAll(selector)[index];
            if (!el) throw new Error('No element ' + selector + ' #' + index + ' in the extension UI');
            el.scrollIntoView({ block: 'center' });
            return el;
          }`,
          arguments: [
            { type: 'string', value: selector },
            { type: 'number', value: index },
          ],
          awaitPromise: false,
          resultOwnership: 'root',
        });
        if (answer.type === 'exception') throw new Error(answer.exceptionDetails.text);
        const element = answer.result as RemoteValue;
        await connection.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
        await connection.send('input.releaseActions', { context });
      },
      async close() {
        claimedTabs.delete(tabId);
        await closeContext(context);
      },
    };
  }

  async function open(path: string): Promise<DriverTab> {
    const url = new URL(path, `${server.url}/`).href;
    const context = await createTab(url);
    return tabOf(context, await tabIdOf(url));
  }

  async function openLibrary(): Promise<DriverTab> {
    const tabId = await hook('openLibrary');
    const deadline = Date.now() + START_TIMEOUT_MS;
    let context: string | undefined;
    while (!(context = (await topContexts()).find((c) => c.url === `${ORIGIN}/library.html`)?.context)) {
      if (Date.now() > deadline) throw new Error('The library page did not open');
      await sleep(100);
    }
    const tab = tabOf(context, tabId);
    await tab.evaluate(async () => {
      const w = window as unknown as { __gongwenLibrary?: { ready: Promise<void> } };
      while (!w.__gongwenLibrary) await new Promise((resolve) => setTimeout(resolve, 50));
      await w.__gongwenLibrary.ready;
    });
    return tab;
  }

  async function setSettings(settings: object): Promise<void> {
    await inBackground(`(bg, settings) => bg.browser.storage.local.set({ settings })`, settings);
  }

  const status = (tabId: number, timeoutMs?: number): Promise<PageStatus> => statusWithRetry(hook, tabId, timeoutMs);

  /**
   * One look at the background page from a fresh control tab, bounded in time: the old page (still
   * marked), the new one (hook installed, no mark) or none. controlContext() waits a minute for a
   * page; a reload must notice within seconds that none is coming.
   */
  async function probeBackground(): Promise<{ state: 'old' | 'new' | 'none'; context?: string }> {
    const created = await connection.send<{ context: string }>('browsingContext.create', { type: 'tab' }).catch(() => undefined);
    if (!created) return { state: 'none' };
    const { context } = created;
    const bounded = <T,>(work: Promise<T>): Promise<T> =>
      Promise.race([work, sleep(PROBE_TIMEOUT_MS).then(() => Promise.reject(new Error('probe timed out')))]);
    const state = await bounded(
      connection
        .send('browsingContext.navigate', { context, url: CONTROL_PAGE, wait: 'complete' })
        .then(() =>
          callIn<'old' | 'new' | 'none'>(
            context,
            `async () => {
              const bg = await browser.runtime.getBackgroundPage();
              return !bg || !bg.gongwen ? 'none' : bg.__gongwenHarnessOld === true ? 'old' : 'new';
            }`,
            undefined,
          ),
        ),
    ).catch(() => 'none' as const);
    if (state === 'none') {
      await closeContext(context);
      return { state };
    }
    return { state, context };
  }

  async function restartBackground(): Promise<void> {
    // A page that just reported its status has the background build that script's converter
    // (seconds in SpiderMonkey). Reloaded in the middle of it, Firefox ESR stops the old page
    // ("Script terminated by timeout") and never starts the new one: let the builds finish.
    for (const target of ['tw', 'cn'] as const) await hook('prepareConverter', target);
    await inBackground(`(bg) => { bg.__gongwenHarnessOld = true; }`, undefined);
    // runtime.reload() unloads the extension's pages, the control tab with them, so its answer may
    // never come: not awaited (a callback scheduled from the control tab would die with it, too).
    const reloadFrom = (context: string) =>
      void callIn(context, `async () => { (await browser.runtime.getBackgroundPage()).browser.runtime.reload(); }`, undefined).catch(() => {});
    const stale: string[] = [await controlContext()];
    reloadFrom(stale[0]);
    control = undefined;
    const started = Date.now();
    let asked = started;
    let noneSince: number | null = null;
    let reinstalls = 0;
    let last = 'none';
    for (;;) {
      await sleep(200);
      // Tabs of earlier looks go only now, so a reload request sent from one is not cut off.
      for (const context of stale.splice(0)) await closeContext(context);
      const { state, context } = await probeBackground();
      last = state;
      if (state === 'new') {
        control = Promise.resolve(context as string);
        return;
      }
      if (context) stale.push(context);
      if (Date.now() - started > RESTART_TIMEOUT_MS) {
        throw new Error(
          `The Firefox extension did not reload in ${RESTART_TIMEOUT_MS / 1000} s (last look: ${last} page, installed again ${reinstalls} times)`,
        );
      }
      // On a loaded machine Firefox ESR may stop the old page and never start the new one (the
      // fresh-clone CI saw no page at all for 60 s while four other jobs ran): installing the same
      // build again restarts it in place, its origin and its database kept, which is what a
      // reload is.
      noneSince = state === 'none' ? (noneSince ?? Date.now()) : null;
      if (noneSince !== null && Date.now() - noneSince > NO_PAGE_RETRY_MS) {
        reinstalls += 1;
        noneSince = Date.now();
        await connection.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } }).catch(() => {});
      }
      // On a loaded machine the old page may still answer long after the request, having never
      // acted on it: ask again rather than wait out the deadline.
      if (state === 'old' && context && Date.now() - asked > RELOAD_RETRY_MS) {
        reloadFrom(context);
        asked = Date.now();
      }
    }
  }

  try {
    await controlContext();
  } catch (error) {
    await close();
    throw error;
  }

  return {
    browserName: 'firefox',
    serverUrl: server.url,
    version,
    open,
    openLibrary,
    hook,
    status,
    setSettings,
    restartBackground,
    close,
  };
}
