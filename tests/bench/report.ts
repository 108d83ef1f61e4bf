// bench-results.json (shape fixed by CONTRACTS.md "Benchmark results") and the console table.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { Measurement, Target } from './types';

export type Outcome =
  | { name: string; target?: Target; ok: true; measurement: Measurement }
  | { name: string; target?: Target; ok: false; error: string };

export interface Machine {
  cpus: number;
  cpuModel: string;
  memGB: number;
  node: string;
  chromium: string;
}

export interface Results {
  machine: Machine;
  metrics: Record<string, { value: number; unit: string; baseline: number | null; ratio: number | null }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function machineInfo(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try {
    const out = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    chromium = /([\d.]+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    // Reported as unknown; the metrics are still worth writing.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
  };
}

const ratioOf = (m: Measurement) => (m.baseline ? m.value / m.baseline : null);

export function results(machine: Machine, outcomes: Outcome[]): Results {
  const metrics: Results['metrics'] = {};
  for (const o of outcomes) {
    if (!o.ok) continue;
    const ratio = ratioOf(o.measurement);
    metrics[o.name] = {
      value: round(o.measurement.value),
      unit: o.measurement.unit,
      baseline: o.measurement.baseline === undefined ? null : round(o.measurement.baseline),
      ratio: ratio === null ? null : round(ratio),
    };
  }
  return { machine, metrics };
}

/** true/false when there is a target to meet, null when there is none. */
export function meetsTarget(target: Target | undefined, m: Measurement): boolean | null {
  if (!target) return null;
  const ratio = ratioOf(m);
  if (target.max !== undefined && m.value > target.max) return false;
  if (target.min !== undefined && m.value < target.min) return false;
  if (target.maxRatio !== undefined && (ratio === null || ratio > target.maxRatio)) return false;
  return true;
}

const describeTarget = (t?: Target) =>
  [t?.max !== undefined ? `≤ ${t.max}` : '', t?.min !== undefined ? `≥ ${t.min}` : '', t?.maxRatio !== undefined ? `ratio ≤ ${t.maxRatio}` : '']
    .filter(Boolean)
    .join(', ') || '-';

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '-' : String(round(n)));

export function table(outcomes: Outcome[]): string {
  const header = ['metric', 'value', 'unit', 'baseline', 'ratio', 'target', 'ok?'];
  const rows = outcomes.map((o) => {
    if (!o.ok) return [o.name, 'ERROR', '', '', '', describeTarget(o.target), o.error.split('\n')[0].slice(0, 100)];
    const m = o.measurement;
    const ok = meetsTarget(o.target, m);
    return [o.name, fmt(m.value), m.unit, fmt(m.baseline), fmt(ratioOf(m)), describeTarget(o.target), ok === null ? '-' : ok ? 'yes' : 'NO'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
