// Scores the analyzer on pages with an analyst's expected output (NAME.html|.txt beside
// NAME.expected.json), as the README's corpus figures are measured:
//   npx tsx tests/tools/score-corpus.ts [--by-round] [--diff] DIR|FILE...
// prints tasks and statistics F1 (right, extra, missed), metadata fields right, official and kind
// right; --by-round splits the figures by the round prefix of the names (r123_…); --diff lists what
// differs on each page. `--strict` prints only the differences, one line each, sorted, so that two
// runs (before and after a change) can be compared with `diff`: expectations of known misses are
// ignored there, every difference counts.
// The analysis is the same as the whole-page tests' (tests/unit/analyzer-regions.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PageMeta } from '../../lib/types';
import { analyseFile, type ExpectedPage, type ExpectedStat, statMatches, taskMatches } from './corpus';

const META_FIELDS: Array<keyof PageMeta> = ['title', 'date', 'source', 'org', 'docNumber'];

interface Score {
  pages: number;
  official: number;
  kind: number;
  meta: number;
  taskRight: number;
  taskExtra: number;
  taskMissed: number;
  statRight: number;
  statExtra: number;
  statMissed: number;
}
const zero = (): Score => ({
  pages: 0, official: 0, kind: 0, meta: 0,
  taskRight: 0, taskExtra: 0, taskMissed: 0, statRight: 0, statExtra: 0, statMissed: 0,
});

const statKey = (s: ExpectedStat) => `${s.text}=${s.value}${s.valueMax === null ? '' : `~${s.valueMax}`} ${s.unit} ${s.qualifier ?? '-'}`;
const taskKey = (t: { marker: string; level: number }, text: string) => `${t.marker}@${t.level} ${text.slice(0, 16)}`;

/** Greedy one-to-one matching; returns the unmatched of each side. */
function match<E, A>(expected: E[], actual: A[], same: (e: E, a: A) => boolean): { missed: E[]; extra: A[] } {
  const used = new Set<number>();
  const missed: E[] = [];
  for (const e of expected) {
    const k = actual.findIndex((a, i) => !used.has(i) && same(e, a));
    if (k < 0) missed.push(e);
    else used.add(k);
  }
  return { missed, extra: actual.filter((_, i) => !used.has(i)) };
}

function scorePage(pageFile: string, expected: ExpectedPage, score: Score): string[] {
  const a = analyseFile(pageFile);
  const out: string[] = [];
  score.pages++;
  if (a.isOfficial === expected.isOfficial) score.official++;
  else out.push(`official ${a.isOfficial} (expected ${expected.isOfficial})`);
  if (a.kind === expected.kind) score.kind++;
  else out.push(`kind ${a.kind} (expected ${expected.kind})`);
  for (const field of META_FIELDS) {
    if (a.meta[field] === expected.meta[field]) score.meta++;
    else out.push(`meta.${field} ${JSON.stringify(a.meta[field])} (expected ${JSON.stringify(expected.meta[field])})`);
  }
  const tasks = match(expected.tasks, a.tasks, taskMatches);
  score.taskRight += expected.tasks.length - tasks.missed.length;
  score.taskMissed += tasks.missed.length;
  score.taskExtra += tasks.extra.length;
  for (const t of tasks.missed) out.push(`task missed ${taskKey(t, t.textStart)}`);
  for (const t of tasks.extra) out.push(`task extra  ${taskKey(t, t.text)}`);
  const found: ExpectedStat[] = a.stats.map((s) => ({ text: s.text, value: s.value, valueMax: s.valueMax, unit: s.unit, qualifier: s.qualifier }));
  const stats = match(expected.stats, found, statMatches);
  score.statRight += expected.stats.length - stats.missed.length;
  score.statMissed += stats.missed.length;
  score.statExtra += stats.extra.length;
  for (const s of stats.missed) out.push(`stat missed ${statKey(s)}`);
  for (const s of stats.extra) out.push(`stat extra  ${statKey(s)}`);
  return out;
}

function f1(right: number, extra: number, missed: number): string {
  const p = right + extra ? right / (right + extra) : 1;
  const r = right + missed ? right / (right + missed) : 1;
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
}

function report(name: string, s: Score): string {
  return `${name}: ${s.pages} pages; tasks F1 ${f1(s.taskRight, s.taskExtra, s.taskMissed)} (${s.taskRight}/${s.taskExtra}/${s.taskMissed}), ` +
    `stats F1 ${f1(s.statRight, s.statExtra, s.statMissed)} (${s.statRight}/${s.statExtra}/${s.statMissed}), ` +
    `meta ${s.meta}/${s.pages * META_FIELDS.length}, official ${s.official}/${s.pages}, kind ${s.kind}/${s.pages}`;
}

function pagesOf(path: string): Array<{ name: string; page: string; expected: string }> {
  const files = statSync(path).isDirectory() ? readdirSync(path).map((f) => join(path, f)) : [path];
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .flatMap((expected) => {
      const stem = expected.slice(0, -'.expected.json'.length);
      const page = ['.html', '.htm', '.txt'].map((ext) => stem + ext).find(existsFile);
      return page ? [{ name: basename(stem), page, expected }] : [];
    });
}

function existsFile(f: string): boolean {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length) {
  console.error('usage: score-corpus [--by-round] [--diff] [--strict] DIR|FILE...');
  process.exit(2);
}
const total = zero();
const rounds = new Map<string, Score>();
for (const path of paths) {
  for (const { name, page, expected } of pagesOf(path)) {
    const round = /^(r\d+)_/.exec(name)?.[1] ?? basename(path);
    const score = rounds.get(round) ?? zero();
    rounds.set(round, score);
    const before = { ...score };
    let lines: string[];
    try {
      lines = scorePage(page, JSON.parse(readFileSync(expected, 'utf8')) as ExpectedPage, score);
    } catch (e) {
      lines = [`error ${(e as Error).message}`];
    }
    for (const k of Object.keys(total) as Array<keyof Score>) total[k] += score[k] - before[k];
    if (flags.has('--strict')) for (const line of lines.sort()) console.log(`${name}\t${line}`);
    else if (flags.has('--diff') && lines.length) console.log(`\n== ${page}\n  ${lines.join('\n  ')}`);
  }
}
if (!flags.has('--strict')) {
  if (flags.has('--by-round')) for (const [round, s] of rounds) console.log(report(round, s));
  console.log(report('all', total));
}
