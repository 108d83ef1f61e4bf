// `npm run demo [-- --headed]`: walks the five seed pages through what a reader does — toggle the
// script, show highlights and the panel, clip tasks and statistics — then exports the library as CSV
// and shows the library page. Screenshots and the CSV go to demo-output/. A failing step is reported
// and the demo goes on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, type Harness } from '../e2e/harness';
import type { PageStatus } from '../../lib/types';

const OUT = join(ROOT, 'demo-output');
const PAGES = [
  '000-henan-news',
  '001-shandong-news-tw',
  '002-hubei-notice',
  '003-jinchutou-speech',
  '004-people-yunnan-tw',
];

interface StepResult {
  name: string;
  error?: string;
}

class Steps {
  results: StepResult[] = [];

  async run<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await fn();
      this.results.push({ name });
      console.log(`  ok    ${name}`);
      return value;
    } catch (error) {
      const message = String((error as Error)?.message ?? error).split('\n')[0];
      this.results.push({ name, error: message });
      console.log(`  FAIL  ${name}: ${message}`);
      return undefined;
    }
  }
}

const shot = (page: Page, file: string) => page.screenshot({ path: join(OUT, file) });

async function libraryPage(h: Harness, timeoutMs = 15_000): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/library.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = h.context.pages().find((p) => p.url().startsWith(url));
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab with ${url} appeared`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function describe(status: PageStatus | undefined): string {
  if (!status) return 'no status';
  const { script, kind, isOfficial, counts, converted } = status;
  return `${script}, ${kind}${isOfficial ? ', official' : ''}, ${counts.tasks} tasks, ${counts.stats} statistics, ${counts.clipped} clipped, converted: ${converted ?? 'no'}`;
}

async function demoPage(h: Harness, steps: Steps, name: string): Promise<string> {
  console.log(`\n${name}`);
  const tab = await steps.run('open', () => h.open(`/${name}.html`));
  if (!tab) return `${name}: could not be opened`;
  const { page, tabId } = tab;
  await steps.run('status', () => h.status(tabId));
  await steps.run('screenshot original', () => shot(page, `${name}-1-original.png`));
  await steps.run('toggle script', () => h.hook('act', tabId, { action: 'toggle' }));
  await steps.run('screenshot toggled', () => shot(page, `${name}-2-toggled.png`));
  await steps.run('highlights on', () => h.hook('act', tabId, { action: 'highlights', on: true }));
  await steps.run('panel open', () => h.hook('act', tabId, { action: 'panel', open: true }));
  await steps.run('screenshot highlights + panel', () => shot(page, `${name}-3-highlights.png`));
  await steps.run('clip all tasks', () => h.hook('act', tabId, { action: 'clipItems', kind: 'task' }));
  await steps.run('clip all statistics', () => h.hook('act', tabId, { action: 'clipItems', kind: 'statistic' }));
  const status = await steps.run('status after clipping', () => h.status(tabId));
  return `${name}: ${describe(status)}`;
}

async function main(): Promise<number> {
  const headed = process.argv.includes('--headed');
  mkdirSync(OUT, { recursive: true });
  const h = await launch({ headed });
  const steps = new Steps();
  const summary: string[] = [];
  try {
    for (const name of PAGES) summary.push(await demoPage(h, steps, name));

    console.log('\nlibrary');
    const csv = await steps.run('export CSV', () => h.hook('exportCsv'));
    if (csv !== undefined) writeFileSync(join(OUT, 'clips.csv'), csv);
    const clips = await steps.run('list clips', () => h.hook('listClips'));
    await steps.run('open library', () => h.hook('openLibrary'));
    await steps.run('screenshot library', async () => shot(await libraryPage(h), 'library.png'));
    summary.push(`library: ${clips ? clips.length : '?'} clips${csv !== undefined ? ', demo-output/clips.csv' : ''}`);
  } finally {
    await h.close();
  }

  const failed = steps.results.filter((r) => r.error);
  console.log('\nSummary');
  for (const line of summary) console.log(`  ${line}`);
  console.log(`  ${steps.results.length - failed.length} steps ok, ${failed.length} failed; files in ${OUT}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
