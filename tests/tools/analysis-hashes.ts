// One hash of the whole analysis per fixture page (and of the generated 1,000,000-character page), to show
// that a change meant to preserve behaviour (a faster reader, a refactoring) finds exactly what it found:
//   npx tsx tests/tools/analysis-hashes.ts > before.txt; (change); … > after.txt; diff before.txt after.txt
// score-corpus --strict compares with the analysts' expectations; this compares every field of every item.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText } from '../../lib/analyzer/index';
import { generateLongPage } from '../fixtures/generate-long';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return /\.(html|txt)$/.test(name) ? [path] : [];
  });
}

const hash = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 12);
const ofHtml = (html: string) => hash(analyzePage(parseHTML(html).document as unknown as Document));

for (const path of pages(FIXTURES).sort()) {
  let line: string;
  try {
    const source = readFileSync(path, 'utf8');
    line = path.endsWith('.txt') ? hash(analyzeText(source)) : ofHtml(source);
  } catch (e) {
    line = `ERROR ${(e as Error).message}`;
  }
  console.log(`${path.slice(FIXTURES.length)} ${line}`);
}
console.log(`generate-long ${ofHtml(generateLongPage())}`);
