import { parseHTML } from 'linkedom';
import { readPage } from '../lib/page/model';
import { generateLongPage } from '../tests/fixtures/generate-long';
import { analyzeText } from '../lib/analyzer/index';
const { document } = parseHTML(generateLongPage());
const model = readPage(document as any, {frames:false});
const txt = model.blocks.map(b=>b.text).join('\n');
for (let i=0;i<8;i++) analyzeText(txt);
