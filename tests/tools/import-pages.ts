// Imports a round of second-analyst pages (DIR/pNN_slug.html|.txt beside pNN_slug.expected.json,
// DIR named after its round, r123) into tests/fixtures/regions/second-analyst/ as r123_pNN_slug.*:
//   npx tsx tests/tools/import-pages.ts --notes NOTES.json DIR...
//   npx tsx tests/tools/import-pages.ts --prune STAMP     (see prune)
// What the analyzer still reads otherwise than the analyst is recorded in the expected file, as
// analyzer-regions.test.ts reads it: items it finds beyond the analyst's (missedTasks, missedStats),
// and fields it gets wrong (knownMisses). Each page with such a difference needs a sentence in
// NOTES.json ({"r123_p04": "The analyzer …"}), appended to the page's note as "ANALYZER (at import): …";
// without one, or where the analyzer misjudges whether the page is official, nothing is written.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Analysis, PageMeta } from '../../lib/types';
import { analyseFile, type ExpectedPage, statMatches, taskMatches } from './corpus';

const TARGET = new URL('../fixtures/regions/second-analyst/', import.meta.url).pathname;

/** What differs, as the whole-page test compares it; null when the analyzer misjudges officialness. */
function differences(expected: ExpectedPage, a: Analysis): Pick<ExpectedPage, 'missedTasks' | 'missedStats' | 'knownMisses'> | null {
  if (a.isOfficial !== expected.isOfficial) return null;
  const knownMisses: string[] = [];
  if (a.kind !== expected.kind) knownMisses.push('kind');
  for (const k of Object.keys(expected.meta) as Array<keyof PageMeta>) if (a.meta[k] !== expected.meta[k]) knownMisses.push(`meta.${k}`);
  // Tasks: the analyzer's beyond the analyst's are listed; a task it misses or levels otherwise
  // makes the page's tasks a known miss.
  const usedTasks = new Set<number>();
  const missingTask = expected.tasks.some((e) => {
    const k = a.tasks.findIndex((t, i) => !usedTasks.has(i) && taskMatches(e, t));
    if (k >= 0) usedTasks.add(k);
    return k < 0;
  });
  const extraTasks = a.tasks.filter((_, i) => !usedTasks.has(i));
  const missedTasks = missingTask ? [] : extraTasks.map((t) => ({ marker: t.marker, level: t.level, textStart: t.text.slice(0, 12) }));
  const shadowedTask = missedTasks.some((m) => a.tasks.some((t, i) => usedTasks.has(i) && t.marker === m.marker && t.text.startsWith(m.textStart)));
  if (missingTask || shadowedTask || !inOrder(expected, a, usedTasks)) knownMisses.push('tasks');
  const usedStats = new Set<number>();
  const missingStat = expected.stats.some((e) => {
    const k = a.stats.findIndex((s, i) => !usedStats.has(i) && statMatches(e, s));
    if (k >= 0) usedStats.add(k);
    return k < 0;
  });
  const extraStats = a.stats.filter((_, i) => !usedStats.has(i));
  // (The test drops every found item a listed extra names: an extra that names an expected one too
  // cannot be listed.)
  const shadowed = extraStats.some((x) => expected.stats.some((e) => e.text === x.text && e.value === x.value));
  if (missingStat || shadowed) knownMisses.push('stats');
  return {
    ...(missedTasks.length && !knownMisses.includes('tasks') ? { missedTasks } : {}),
    ...(extraStats.length && !missingStat && !shadowed ? { missedStats: extraStats.map((s) => ({ text: s.text, value: s.value })) } : {}),
    ...(knownMisses.length ? { knownMisses } : {}),
  };
}

/** The test compares tasks in page order: the matched ones must come in the analyst's order. */
function inOrder(expected: ExpectedPage, a: Analysis, used: Set<number>): boolean {
  const kept = a.tasks.filter((_, i) => used.has(i));
  return kept.every((t, k) => taskMatches(expected.tasks[k], t));
}

/**
 * --prune: drops from the imported pages the exceptions the analyzer no longer needs (a known miss
 * it now reads as the analyst does, an extra item it no longer finds), saying so in the note.
 */
function prune(): void {
  for (const file of readdirSync(TARGET).filter((f) => f.endsWith('.expected.json'))) {
    const expected = JSON.parse(readFileSync(join(TARGET, file), 'utf8')) as ExpectedPage;
    if (!expected.knownMisses && !expected.missedTasks && !expected.missedStats) continue;
    const stem = file.slice(0, -'.expected.json'.length);
    const page = readdirSync(TARGET).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.json'))!;
    const diff = differences(expected, analyseFile(join(TARGET, page)));
    const known = new Set(diff?.knownMisses ?? []);
    if (!diff || ![...known].every((k) => expected.knownMisses?.includes(k))) continue;
    const settled = (expected.knownMisses ?? []).filter((k) => !known.has(k));
    const extras = (diff.missedTasks?.length ?? 0) + (diff.missedStats?.length ?? 0);
    const before = (expected.missedTasks?.length ?? 0) + (expected.missedStats?.length ?? 0);
    if (!settled.length && extras >= before) continue;
    const dropped = [...settled, ...(extras < before ? ['items it found beyond the analyst\'s'] : [])];
    const out: ExpectedPage = { ...expected };
    delete out.knownMisses;
    delete out.missedTasks;
    delete out.missedStats;
    Object.assign(out, diff);
    out.note = `${expected.note ?? ''} PRUNED (at ${PRUNE_STAMP}): the analyzer now reads as the analyst does: ${dropped.join(', ')}.`;
    writeFileSync(join(TARGET, file), `${JSON.stringify(out, null, 1)}\n`);
    console.log(`pruned ${stem.slice(0, 60)}: ${dropped.join(', ')}`);
  }
}

const args = process.argv.slice(2);
const PRUNE_STAMP = args[args.indexOf('--prune') + 1] ?? '';
if (args.includes('--prune')) {
  prune();
  process.exit(0);
}
const notesAt = args.indexOf('--notes');
const notes: Record<string, string> = notesAt >= 0 ? JSON.parse(readFileSync(args[notesAt + 1], 'utf8')) : {};
const dirs = args.filter((x, i) => !x.startsWith('--') && i !== notesAt + 1);
let failed = false;
const planned: Array<() => void> = [];
for (const dir of dirs) {
  const round = basename(dir);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const stem = file.slice(0, -'.expected.json'.length);
    const page = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.json'));
    if (!page) continue;
    const id = `${round}_${stem.split('_')[0]}`;
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedPage;
    const diff = differences(expected, analyseFile(join(dir, page)));
    if (!diff) {
      console.log(`ABORT ${id}: the analyzer misjudges whether the page is official`);
      failed = true;
      continue;
    }
    const differs = Object.keys(diff).length > 0;
    if (differs && !notes[id]) {
      console.log(`NO NOTE ${id}: ${JSON.stringify(diff)}`);
      failed = true;
      continue;
    }
    const out: ExpectedPage = { ...expected, ...diff };
    if (differs) out.note = `${expected.note ?? ''} ANALYZER (at import): ${notes[id]}`.trim();
    const name = `${round}_${stem}`;
    planned.push(() => {
      copyFileSync(join(dir, page), join(TARGET, `${name}${extname(page)}`));
      writeFileSync(join(TARGET, `${name}.expected.json`), `${JSON.stringify(out, null, 1)}\n`);
    });
  }
}
if (failed) process.exit(1);
for (const write of planned) write();
console.log(`imported ${planned.length} pages`);
