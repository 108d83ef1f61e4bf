// The analyze CLI end to end: charsets, errors per file, exit codes and the CSV export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/** Encode text in a legacy charset by inverting TextDecoder over all two-byte codes. */
function encodeLegacy(text: string, charset: 'gbk' | 'big5'): Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

function run(args: string[]): { status: number; stdout: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/analyze.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, stdout: err.stdout };
  }
}

const notice = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展科普活动的通知</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/tz">通知公告</a></div>
<h1>关于开展科普活动的通知</h1><div class="info">发布时间：2020-05-06 来源：省科协办公室</div>
<div class="content"><p>各市科协：为贯彻落实部署，推进科普建设，现通知如下。</p>
<p>一、活动时间。共组织300多场活动。</p><p>二、活动要求。覆盖近三分之一的县。</p></div>
<div class="footer">版权所有 湖北省科学技术协会</div></body></html>`;

describe('npm run analyze', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-analyze-'));
    writeFileSync(join(dir, 'gbk.html'), encodeLegacy(notice, 'gbk'));
    writeFileSync(join(dir, 'big5.htm'), encodeLegacy(notice.replace('gb2312', 'big5').replace(/科协/g, '科協').replace('发布时间', '發布時間'), 'big5'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 0, 255, 0]));
    writeFileSync(join(dir, 'plan.pdf'), '%PDF-1.4');
  });

  it('prints one object per file in order, decoding declared charsets, with per-file errors', () => {
    const files = ['gbk.html', 'big5.htm', 'missing.html', 'empty.txt', 'binary.txt', 'plan.pdf'].map((f) => join(dir, f));
    const { status, stdout } = run(['--json', ...files, join(seeds, '002_ed69cb8f54072c8b.txt')]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual([...files, join(seeds, '002_ed69cb8f54072c8b.txt')]);
    expect(out[0].meta).toMatchObject({ title: '关于开展科普活动的通知', date: '2020-05-06', source: '省科协办公室' });
    expect(out[0].tasks.map((t: { marker: string }) => t.marker)).toEqual(['一、', '二、']);
    expect(out[0].stats.map((s: { text: string }) => s.text)).toEqual(['300多场', '近三分之一']);
    expect(out[0].spans).toBeUndefined();
    expect(out[1].meta.date).toBe('2020-05-06');
    expect(out[1].script).toBe('traditional');
    for (const i of [2, 3, 4]) expect(out[i].error).toEqual(expect.any(String));
    expect(out[5].error).toBe('PDF and Word attachments are not read');
    expect(out[6].meta.docNumber).toBe('鄂科协办〔2019〕22号');
  });

  it('exits 1 when no file could be analysed', () => {
    expect(run(['--json', join(dir, 'missing.html'), join(dir, 'plan.pdf')]).status).toBe(1);
  });

  it('writes tasks and statistics as library CSV rows', () => {
    const csv = join(dir, 'out.csv');
    expect(run(['--json', join(seeds, '004_9f6a37fa5ed33f85.txt'), '--csv', csv]).status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFid,kind,text,text_simplified,marker,level,value,value_max,unit,qualifier,context')).toBe(true);
    const rows = text.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + 36);
    expect(rows.find((r) => r.includes(',statistic,25萬多會員,'))).toMatch(/,statistic,25萬多會員,.*,250000,,会员,多,/);
  });
});

describe('decode', () => {
  it("reads Hong Kong's own characters in a Big5 page as a browser shows them, where Node's Big5 leaves them in the private use area", async () => {
    const { default: iconv } = await import('iconv-lite');
    const { decode } = await import('../../lib/cli/charset');
    const bytes = new Uint8Array(iconv.encode('我哋已經為大約3 000名市民服務，唔使擔心嘅。', 'big5hkscs'));
    expect(/[\ue000-\uf8ff]/.test(new TextDecoder('big5').decode(bytes))).toBe(true);
    expect(decode(bytes, 'big5')).toBe('我哋已經為大約3 000名市民服務，唔使擔心嘅。');
    // (Plain Big5 is read as before.)
    expect(decode(new Uint8Array(iconv.encode('彰化縣政府', 'big5')), 'big5')).toBe('彰化縣政府');
  });
});
