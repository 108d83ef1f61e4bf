// `npm run bench`: measures the built Chrome extension in headless Chromium and writes
// bench-results.json. A missed target is reported; only a metric that could not be measured fails the run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/harness';
import { metrics } from './registry';
import { machineInfo, results, table, type Outcome } from './report';
import type { Bench } from './types';

const METRIC_TIMEOUT_MS = 6 * 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = only.length ? metrics.filter((m) => only.some((o) => m.name.startsWith(o))) : metrics;
  const h = await launch();
  const bench: Bench = { h, runs };
  const outcomes: Outcome[] = [];
  try {
    for (const metric of selected) {
      process.stderr.write(`measuring ${metric.name} …\n`);
      try {
        const measurement = await withTimeout(metric.measure(bench), METRIC_TIMEOUT_MS);
        outcomes.push({ name: metric.name, target: metric.target, ok: true, measurement });
      } catch (error) {
        outcomes.push({ name: metric.name, target: metric.target, ok: false, error: String((error as Error)?.message ?? error) });
      }
    }
  } finally {
    await h.close();
  }
  const out = results(machineInfo('/usr/bin/chromium'), outcomes);
  writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(table(outcomes));
  console.log(`\n${runs} runs per measurement · ${Object.keys(out.metrics).length}/${outcomes.length} measured · bench-results.json written`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
