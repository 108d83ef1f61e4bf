import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText } from '../lib/analyzer/index';
import { readPage } from '../lib/page/model';
import { generateLongPage } from '../tests/fixtures/generate-long';
import fs from 'fs';
const med = (xs: number[]) => xs.sort((a,b)=>a-b)[xs.length>>1];
for (const f of fs.readdirSync('tests/fixtures').filter(f=>/^00/.test(f))) {
  const { document } = parseHTML(fs.readFileSync('tests/fixtures/'+f,'utf8'));
  const model = readPage(document as any, {frames:false});
  const ts=[]; for (let i=0;i<15;i++){ const t0=performance.now(); analyzePage(document as any, model); ts.push(performance.now()-t0);} console.log(f, med(ts).toFixed(2));
}
const html = generateLongPage();
const { document } = parseHTML(html);
const model = readPage(document as any, {frames:false});
console.log('blocks', model.blocks.length, model.blocks.reduce((n,b)=>n+b.text.length,0));
const ts=[]; let a; for (let i=0;i<5;i++){ const t0=performance.now(); a=analyzePage(document as any, model); ts.push(performance.now()-t0);} console.log('long', med(ts).toFixed(1), a!.tasks.length, a!.stats.length, a!.isOfficial);
const txt = model.blocks.map(b=>b.text).join('\n');
const t1=performance.now(); const b = analyzeText(txt); console.log('longText', (performance.now()-t1).toFixed(1), b.tasks.length, b.stats.length);
