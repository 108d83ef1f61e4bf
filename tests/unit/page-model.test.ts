// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockRange, locate, readPage } from '../../lib/page/model';

function page(html: string): Document {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
  return document;
}

describe('readPage', () => {
  it('joins inline elements into one block and cuts at blocks and <br>', () => {
    const doc = page('<p><span>头</span><span>发</span>很<b>长</b></p><div>一<br>二</div>');
    const { blocks } = readPage(doc);
    expect(blocks.map((b) => b.text)).toEqual(['头发很长', '一', '二']);
    expect(blocks[0].nodes).toHaveLength(4);
    expect(blocks[0].starts).toEqual([0, 1, 2, 3]);
  });

  it('leaves scripts, styles, form fields, code and editable regions out', () => {
    const doc = page(
      '<p>正文</p><script>var 变量=1</script><style>.a{}</style><textarea>草稿</textarea>' +
        '<pre>代码</pre><div contenteditable="true">编辑</div><gongwen-lens-ui>界面</gongwen-lens-ui>',
    );
    expect(readPage(doc).blocks.map((b) => b.text)).toEqual(['正文']);
    expect(readPage(doc, { skipCode: false }).blocks.map((b) => b.text)).toEqual(['正文', '代码']);
  });

  it('leaves out text set in a size of nothing (a sharing site\'s noise inside words), not text merely small', () => {
    const doc = page('<p>2029年工<span style="font-size:0px;color:#fff">7q</span>作完成情况，开展活动1<span style="FONT-SIZE: 0">wkxz</span>46场次<span style="font-size:10px">（注）</span></p>');
    expect(readPage(doc).blocks.map((b) => b.text)).toEqual(['2029年工作完成情况，开展活动146场次（注）']);
  });

  it('reads a <pre> of Chinese prose (an old site\'s notice), not one of code', () => {
    const notice = '公告事項：\n一、本府為推動智慧農業，辦理補助計畫，受理申請期間自即日起至四月三十日止，逾期不予受理。\n二、補助對象為設籍本縣之農民及農民團體，每案補助以新臺幣十萬元為上限。';
    const doc = page(`<pre>${notice}</pre><pre>const 发展 = 1;</pre>`);
    expect(readPage(doc).blocks.map((b) => b.text)).toEqual([notice]);
  });

  it('tells a <pre> of prose from its first few thousand characters, however much code a page appends to it', () => {
    const notice = '公告事項：\n一、本府為推動智慧農業，辦理補助計畫，受理申請期間自即日起至四月三十日止，逾期不予受理。\n'.repeat(60);
    const doc = page(`<pre>${notice}<span>${'var x = 1; '.repeat(20_000)}</span></pre>`);
    expect(readPage(doc).blocks).toHaveLength(1);
  });

  it('maps offsets to nodes and ranges', () => {
    const doc = page('<p>关于<span>印发</span>通知</p>');
    const [block] = readPage(doc).blocks;
    expect(locate(block, 3).node.data).toBe('印发');
    expect(locate(block, 3).offset).toBe(1);
    expect(blockRange(block, 1, 5).toString()).toBe('于印发通');
  });

  it('reads markup nested 5,000 deep without overflowing', () => {
    const doc = page('');
    let el: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const d = doc.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(d);
      el = d;
    }
    el.appendChild(doc.createTextNode('深处'));
    expect(readPage(doc).blocks.map((b) => b.text)).toEqual(['深处']);
  });
});
