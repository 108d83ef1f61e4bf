// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { convertTexts } from '../../lib/convert/engine';
import { convertInBatches, PageConversion, type ConvertFn } from '../../lib/page/conversion';
import { watchPage, type PageWatch } from '../../lib/page/live';
import { readPage } from '../../lib/page/model';
import type { Target } from '../../lib/types';

/** The engine in process, counting calls and texts. */
function engine() {
  const calls: string[][] = [];
  const convert: ConvertFn = async (target: Target, texts: string[]) => {
    calls.push(texts);
    return convertTexts(target, texts);
  };
  return { convert, calls };
}

function page(body: string, head = '<title>关于印发通知的通知</title>'): Document {
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  document.documentElement.removeAttribute('lang');
  return document;
}

const html = () => document.documentElement.outerHTML;
const body = () => document.body.innerHTML;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stops: Array<() => void> = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});

/** A conversion of the page wired to a watch of it, as the reader wires them. */
function watchedConversion(convert: ConvertFn, seen: Node[][] = []): PageConversion {
  let watch: PageWatch | undefined;
  const conv = new PageConversion(document, convert, { unobserved: (write) => (watch ? watch.unobserved(write) : write()) });
  watch = watchPage(
    document,
    (roots) => {
      seen.push(roots);
      void conv.update(roots);
    },
    { maxDelayMs: 60 },
  );
  stops.push(() => watch.stop());
  return conv;
}

describe('PageConversion: phrases across elements', () => {
  it.each([
    ['<p><span>头</span><span>发</span>很长</p>', '<p><span>頭</span><span>髮</span>很長</p>'],
    ['<p><font>里</font>程碑</p>', '<p><font>里</font>程碑</p>'],
    ['<p><b>干</b>部队伍</p>', '<p><b>幹</b>部隊伍</p>'],
    ['<p>发<i>布</i>会</p>', '<p>發<i>佈</i>會</p>'],
  ])('%s → %s (tw)', async (input, expected) => {
    page(input);
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(body()).toBe(expected);
    expect(conv.target).toBe('tw');
  });

  it('restores from stored originals, not by reverse conversion (乾隆 stays 乾隆)', async () => {
    page('<p>乾隆年间的干部发布了通知</p>');
    const before = html();
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(body()).toContain('乾隆年間的幹部發佈了通知');
    conv.restore();
    expect(html()).toBe(before);
    expect(conv.target).toBeNull();
  });

  it('re-applies to another target from the originals', async () => {
    page('<p>头发<span>里</span>面</p>');
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(body()).toBe('<p>頭髮<span>裡</span>面</p>');
    await conv.apply('hk');
    expect(body()).toBe('<p>頭髮<span>裏</span>面</p>');
    conv.restore();
    expect(body()).toBe('<p>头发<span>里</span>面</p>');
  });
});

describe('PageConversion: what is converted', () => {
  it('converts title, text attributes and lang; restores all byte-identically', async () => {
    page(
      '<p title="发布说明">正文</p><img alt="图书馆"><input placeholder="搜索关键词" value="输入值">' +
        '<button aria-label="关闭窗口">×</button>',
    );
    const before = html();
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(document.title).toBe('關於印發通知的通知');
    expect(document.querySelector('p')!.getAttribute('title')).toBe('發佈說明');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('圖書館');
    const input = document.querySelector('input')!;
    expect(input.getAttribute('placeholder')).toBe('搜索關鍵詞');
    expect(input.getAttribute('value')).toBe('输入值');
    expect(input.value).toBe('输入值');
    expect(document.querySelector('button')!.getAttribute('aria-label')).toBe('關閉窗口');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-TW');
    conv.restore();
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
    expect(html()).toBe(before);
  });

  it.each([
    ['hk', 'zh-HK'],
    ['t', 'zh-Hant'],
    ['cn', 'zh-CN'],
  ] as const)('sets lang for %s and restores an existing lang', async (target, lang) => {
    page('<p lang="zh-CN">发展</p><p lang="en">English</p>');
    document.documentElement.setAttribute('lang', 'zh-cmn');
    const before = html();
    const conv = new PageConversion(document, engine().convert);
    await conv.apply(target);
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    expect(document.querySelector('p')!.getAttribute('lang')).toBe(lang);
    expect(document.querySelectorAll('p')[1].getAttribute('lang')).toBe('en');
    conv.restore();
    expect(html()).toBe(before);
  });

  it('changes lang only with the last converted text: the page is laid out once for both', async () => {
    page('<p>发展</p>');
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const conv = new PageConversion(document, async (target, texts) => {
      await answered;
      return convertTexts(target, texts);
    });
    const applied = conv.apply('tw');
    await sleep(20);
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
    answer();
    await applied;
    expect(document.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(body()).toBe('<p>發展</p>');
  });

  it('writes nothing until every batch is answered, then all of it (one layout rather than one per frame)', async () => {
    // Two paragraphs of 70,000 characters: two batches.
    const para = '发展'.repeat(35_000);
    page(`<p>${para}</p><p>${para}</p>`);
    const releases: Array<() => void> = [];
    const conv = new PageConversion(document, async (target, texts) => {
      await new Promise<void>((resolve) => releases.push(resolve));
      return convertTexts(target, texts);
    });
    const applied = conv.apply('tw');
    while (releases.length < 2) await sleep(5);
    releases[0]();
    await sleep(30);
    // The first batch is answered, the second is not: the page still shows its own text.
    expect(document.body.textContent).not.toContain('發展');
    releases[1]();
    await applied;
    expect(document.querySelectorAll('p')[0].textContent).toBe('發展'.repeat(35_000));
    expect(document.querySelectorAll('p')[1].textContent).toBe('發展'.repeat(35_000));
  });

  it('calls beforeWrite once all text is at the converter, before the first write', async () => {
    page('<p>发展</p><p>头发</p>');
    const events: string[] = [];
    const conv = new PageConversion(document, async (target, texts) => {
      events.push(`convert ${texts.length}`);
      await sleep(10);
      events.push('answered');
      return convertTexts(target, texts);
    });
    await conv.apply('tw', { beforeWrite: () => events.push(`beforeWrite ${document.body.textContent}`) });
    // (A slow machine may send the texts in more than one batch, the reading being time-sliced: what
    // matters is that every text went out before beforeWrite, and that nothing was written before it.)
    const sent = events.filter((e) => e.startsWith('convert ')).reduce((n, e) => n + Number(e.slice(8)), 0);
    const at = events.indexOf('beforeWrite 发展头发');
    expect(sent).toBe(3);
    expect(at).toBeGreaterThan(events.findLastIndex((e) => e.startsWith('convert ')));
    expect(events.slice(at + 1).every((e) => e === 'answered')).toBe(true);
    expect(body()).toBe('<p>發展</p><p>頭髮</p>');
  });

  it('converts the blocks it is given instead of reading the page again', async () => {
    page('<p>发展</p><p>头发</p>');
    const [first] = readPage(document).blocks;
    const conv = new PageConversion(document, engine().convert);
    // Only the first paragraph is given: the second is not converted, so nothing was read anew.
    await conv.apply('tw', { blocks: [first] });
    expect(body()).toBe('<p>發展</p><p>头发</p>');
    conv.restore();
    expect(body()).toBe('<p>发展</p><p>头发</p>');
  });

  it('reads the page itself when it has shadow roots, whatever blocks it is given', async () => {
    page('<p>发展</p><div id="host"></div>');
    const [first] = readPage(document).blocks;
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>头发</p>';
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw', { blocks: [first] });
    expect(body()).toBe('<p>發展</p><div id="host"></div>');
    expect(host.shadowRoot!.innerHTML).toBe('<p>頭髮</p>');
  });

  it('leaves script, style, textarea, input values, editable regions, pre, code and own UI alone', async () => {
    const untouched =
      '<script>var s = "发展";</script><style>.发{}</style><textarea>发展草稿</textarea>' +
      '<input value="发展"><div contenteditable="true">发展编辑</div><pre>发展代码</pre>' +
      '<code>发展</code><gongwen-lens-ui>发展界面</gongwen-lens-ui>';
    page(`<p>发展</p>${untouched}`);
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(body()).toBe(`<p>發展</p>${untouched}`);
  });

  it('converts code when asked not to skip it', async () => {
    page('<pre>发展代码</pre>');
    const conv = new PageConversion(document, engine().convert, { skipCode: false });
    await conv.apply('tw');
    expect(body()).toBe('<pre>發展代碼</pre>');
  });

  it('converts open shadow roots (text and attributes) and restores them', async () => {
    page('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p title="说明">头发<span>里</span></p>';
    const before = root.innerHTML;
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(root.innerHTML).toBe('<p title="說明">頭髮<span>裡</span></p>');
    conv.restore();
    expect(root.innerHTML).toBe(before);
  });

  it('converts a same-origin iframe (srcdoc) when the DOM provides its document', async (ctx) => {
    page('<iframe srcdoc="<p>发展</p>"></iframe>');
    const frame = document.querySelector('iframe')!;
    await new Promise((r) => setTimeout(r, 50));
    const inner = frame.contentDocument;
    if (!inner?.body?.textContent?.includes('发展')) {
      ctx.skip(); // happy-dom does not load srcdoc documents
      return;
    }
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    expect(inner.body.textContent).toBe('發展');
    conv.restore();
    expect(inner.body.textContent).toBe('发展');
  });

  it('never changes English apostrophes or ASCII quotes', async () => {
    const text = `It's the reader's "choice" — 这是'单引号'和"双引号"的说明, don't.`;
    page(`<p>${text}</p><p title="it's &quot;发&quot;">x</p>`);
    for (const target of ['tw', 'hk', 't', 'twp', 'cn'] as Target[]) {
      const conv = new PageConversion(document, engine().convert);
      await conv.apply(target);
      const out = document.querySelector('p')!.textContent!;
      expect(out.replace(/[^'"A-Za-z ,.]/g, '')).toBe(text.replace(/[^'"A-Za-z ,.]/g, ''));
      expect(document.querySelectorAll('p')[1].getAttribute('title')).toMatch(/^it's "[发發]"$/);
      conv.restore();
    }
  });
});

describe('PageConversion: length-changing conversions', () => {
  it('twp vocabulary that changes length splits correctly across nodes', async () => {
    page('<p>插入<b>U盘</b>后<i>发布</i>软件</p><p>从U<span>盘</span>读取</p>');
    const before = html();
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('twp');
    const [a, b] = document.querySelectorAll('p');
    expect(a.textContent).toBe('插入隨身碟後釋出軟體');
    expect(a.querySelector('b')!.textContent).toBe('隨身碟');
    expect(a.querySelector('i')!.textContent).toBe('釋出');
    // A length-changing phrase across nodes: text stays whole and in order.
    expect(b.textContent).toBe('從隨身碟讀取');
    expect(b.firstChild!.textContent!.startsWith('從')).toBe(true);
    conv.restore();
    expect(html()).toBe(before);
  });

  it('T→S keeps text across nodes, including surrogate pairs and phrases', async () => {
    page('<p><b>頭</b>髮與<i>二噁</i>英、乾隆與<span>幹</span>部</p>');
    const before = html();
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('cn');
    const p = document.querySelector('p')!;
    expect(p.textContent).toBe('头发与二𫫇英、乾隆与干部');
    expect(p.querySelector('i')!.textContent).toBe('二𫫇');
    conv.restore();
    expect(html()).toBe(before);
  });
});

describe('PageConversion: pinyin residue', () => {
  const residue = '<p>省科協(xié)學會<span>發(fā)</span>布通知</p><p>高校科協(xié)和各市科協(xié)</p>';

  it('hides repeated residue for reading and brings it back on restore', async () => {
    page(residue);
    const before = html();
    const { convert, calls } = engine();
    const conv = new PageConversion(document, convert);
    await conv.apply('cn');
    expect(document.body.textContent).toBe('省科协学会发布通知高校科协和各市科协');
    expect(calls.flat().join('')).not.toMatch(/xié|fā/);
    conv.restore();
    expect(html()).toBe(before);
  });

  it('leaves a single residue alone and can be turned off', async () => {
    page('<p>發(fā)布</p>');
    const a = new PageConversion(document, engine().convert);
    await a.apply('cn');
    expect(document.body.textContent).toBe('发(fā)布');
    a.restore();
    page(residue);
    const b = new PageConversion(document, engine().convert, { hidePinyin: false });
    await b.apply('cn');
    expect(document.body.textContent).toContain('科协(xié)');
  });
});

describe('PageConversion: dynamic pages', () => {
  it('converts inserted and changed text, and restore puts back the page’s latest own values', async () => {
    page('<div id="feed"><p>第一条发展</p></div><p id="clock">时间</p>');
    const before = html();
    const conv = watchedConversion(engine().convert);
    await conv.apply('tw');
    const feed = document.getElementById('feed')!;
    const added = document.createElement('p');
    added.innerHTML = '新<b>头</b>发';
    feed.append(added);
    document.getElementById('clock')!.firstChild!.textContent = '时钟';
    await sleep(200);
    expect(added.innerHTML).toBe('新<b>頭</b>髮');
    expect(document.getElementById('clock')!.textContent).toBe('時鐘');
    conv.restore();
    expect(added.innerHTML).toBe('新<b>头</b>发');
    expect(document.getElementById('clock')!.textContent).toBe('时钟');
    added.remove();
    document.getElementById('clock')!.firstChild!.textContent = '时间';
    expect(html()).toBe(before);
  });

  it('a node the page changed after our write is not overwritten by restore', async () => {
    page('<p>发展</p>');
    const conv = new PageConversion(document, engine().convert);
    await conv.apply('tw');
    document.querySelector('p')!.firstChild!.textContent = '页面自己的值';
    conv.restore();
    expect(document.querySelector('p')!.textContent).toBe('页面自己的值');
  });

  it('has no feedback loop: no converter calls while nothing changes', async () => {
    page('<p>发展<span>头</span>发</p><p title="说明">里程</p>');
    const { convert, calls } = engine();
    const changes: Node[][] = [];
    const conv = watchedConversion(convert, changes);
    await conv.apply('tw');
    const n = calls.length;
    await sleep(250);
    expect(calls.length).toBe(n);
    // The watch saw none of our writes (text, the title attribute): each would make the reader
    // read and analyse the page again.
    expect(changes).toEqual([]);
    // One page change → one round of work, then quiet again.
    document.querySelector('span')!.textContent = '脑';
    await sleep(250);
    expect(calls.length).toBe(n + 1);
    expect(document.querySelector('span')!.textContent).toBe('腦');
    await sleep(250);
    expect(calls.length).toBe(n + 1);
  });

  it('converts a page that never stops changing (max-wait, no starving debounce)', async () => {
    page('<p id="tick">计数0</p>');
    const conv = watchedConversion(engine().convert);
    await conv.apply('tw');
    const node = document.getElementById('tick')!.firstChild as Text;
    let i = 0;
    // Writes every 20 ms never leave the watcher's 50 ms quiet period: a plain debounce would
    // never fire. (Faster writes would also overwrite our answer before a loaded machine samples it.)
    const timer = setInterval(() => (node.data = `计数${++i}`), 20);
    stops.push(() => clearInterval(timer));
    await sleep(300);
    // While the page keeps writing, its text has already been converted at least once.
    let seenConverted = false;
    for (let k = 0; k < 200 && !seenConverted; k++) {
      await sleep(5);
      seenConverted = node.data.startsWith('計數');
    }
    clearInterval(timer);
    expect(seenConverted).toBe(true);
  });

  it('restore clears the target so later changes are not converted', async () => {
    page('<p>发展</p>');
    const { convert, calls } = engine();
    const conv = watchedConversion(convert);
    await conv.apply('tw');
    conv.restore();
    const n = calls.length;
    document.querySelector('p')!.textContent = '新的发展';
    await sleep(150);
    expect(calls.length).toBe(n);
    expect(document.querySelector('p')!.textContent).toBe('新的发展');
  });
});

describe('PageConversion: seed-like markup round trip', () => {
  it('restores byte-identically', async () => {
    page(
      `<div class="header"><a href="/" title="首页">首页</a> | <a href="#">关于我们</a></div>
      <div class="content"><h1>2017年省科协学会企事业科协和外事工作会议在济南召开</h1>
      <p class="info">访问次数: <span id="c">128</span> 发布时间:2017-03-20</p>
      <p>&nbsp;&nbsp;3月15日，会议传达了<b>中国科协</b>学会工作会议精神，总结了<font color="red">2016年</font>学会工作。</p>
      <table><tr><td>一是</td><td>学会党建工作扎实推进，<span>里</span>程碑式的发展</td></tr></table>
      <ul><li>干部队伍建设</li><li>头<i>发</i>与&lt;标签&gt;&amp;实体</li></ul>
      <!-- 注释 发展 --><img src="a.png" alt="会议现场"><br>尾部文字</div>`,
      '<meta charset="utf-8"><title>省科协 - 通知公告</title><style>p{}</style>',
    );
    const before = html();
    for (const target of ['tw', 'hk', 't', 'twp', 'cn'] as Target[]) {
      const conv = new PageConversion(document, engine().convert);
      await conv.apply(target);
      if (target !== 'cn') expect(html()).not.toBe(before);
      conv.restore();
      expect(html()).toBe(before);
    }
  });
});

describe('convertInBatches', () => {
  it('sends messages of at most 64k characters (a longer text alone), in order', async () => {
    const texts = ['发'.repeat(40_000), '头'.repeat(30_000), '干部', '里'.repeat(70_000), '面'];
    const { convert, calls } = engine();
    const out = await convertInBatches(convert, 'tw', texts);
    expect(calls.map((c) => c.map((t) => t.length))).toEqual([[40_000], [30_000, 2], [70_000], [1]]);
    expect(out).toEqual(convertTexts('tw', texts));
    expect(await convertInBatches(convert, 'tw', [])).toEqual([]);
  });
});
