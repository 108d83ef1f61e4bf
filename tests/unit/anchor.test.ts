// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAnchor, makeAnchor } from '../../lib/page/anchor';
import { selectionToOffsets, surroundingSentence } from '../../lib/page/selection';
import { readPage } from '../../lib/page/model';
import { toSimplified } from '../../lib/convert/engine';

const URL_ = 'https://www.hast.net.cn/a/123.html?id=5#top';

/** The text directive of a fragment URL, split into its decoded terms. */
function directive(url: string): string[] {
  const [, text] = url.split('#:~:text=');
  return text.split(',').map(decodeURIComponent);
}

describe('makeAnchor', () => {
  const text = '会议强调：一要加强组织建设，二要完善工作制度。\n（一）加强组织建设。全年培训近200人。';

  it('keeps the exact text with up to 32 characters of context each side', () => {
    const start = text.indexOf('完善工作制度');
    const anchor = makeAnchor(text, start, start + 6, URL_);
    expect(anchor.exact).toBe('完善工作制度');
    expect(anchor.prefix).toBe(text.slice(0, start));
    expect(anchor.suffix).toBe(text.slice(start + 6, start + 6 + 32));
    const long = 'x'.repeat(100) + '目标' + 'y'.repeat(100);
    const a = makeAnchor(long, 100, 102, URL_);
    expect([a.prefix.length, a.suffix.length]).toEqual([32, 32]);
  });

  it('links to the quote with prefix and suffix from the same line, without the old hash', () => {
    const start = text.indexOf('完善工作制度');
    const { fragmentUrl } = makeAnchor(text, start, start + 6, URL_);
    expect(fragmentUrl.startsWith('https://www.hast.net.cn/a/123.html?id=5#:~:text=')).toBe(true);
    expect(directive(fragmentUrl)).toEqual(['会议强调：一要加强组织建设，二要-', '完善工作制度', '-。']);
  });

  it('percent-encodes the directive syntax characters -, & and , inside terms', () => {
    const t = '甲-乙&丙,丁';
    const { fragmentUrl } = makeAnchor(t, 0, t.length, 'https://x.cn/p');
    expect(fragmentUrl).toBe('https://x.cn/p#:~:text=%E7%94%B2%2D%E4%B9%99%26%E4%B8%99%2C%E4%B8%81');
  });

  it('starts a mid-line prefix after a boundary, since fragments match whole words', () => {
    const t = '这是一段很长的没有标点的前文用来测试锚点前缀截断是否落在词边界上面，所以从这里开始目标文字结束';
    const start = t.indexOf('目标文字');
    const { fragmentUrl, prefix } = makeAnchor(t, start, start + 4, URL_);
    expect(prefix).toHaveLength(32);
    expect(directive(fragmentUrl)[0]).toBe('所以从这里开始-');
  });

  it('uses a start,end pair for long quotes and quotes across lines', () => {
    const body = '第一句话。'.repeat(70); // 350 characters
    const t = `前文。${body}后文。`;
    const { fragmentUrl } = makeAnchor(t, 3, 3 + body.length, URL_);
    const terms = directive(fragmentUrl);
    expect(terms).toHaveLength(4);
    expect(terms[1].length).toBeLessThanOrEqual(24);
    expect(body.startsWith(terms[1])).toBe(true);
    expect(body.endsWith(terms[2])).toBe(true);
    const lines = '一、总体要求。\n二、主要任务。';
    expect(directive(makeAnchor(lines, 0, lines.length, URL_).fragmentUrl)).toEqual(['一、总体要求。', '二、主要任务。']);
  });
});

describe('findAnchor', () => {
  const text = '一、加强组织建设。（略）\n二、加强组织建设。完善制度。\n三、加强组织建设。推进改革。';

  it('finds the occurrence whose context fits, among repeats', () => {
    for (const which of [0, 1, 2]) {
      let start = -1;
      for (let i = 0; i <= which; i++) start = text.indexOf('加强组织建设', start + 1);
      const anchor = makeAnchor(text, start, start + 6, URL_);
      expect(findAnchor(text, anchor)).toEqual({ start, end: start + 6 });
    }
  });

  it('still finds the quote when the page around it changed', () => {
    const start = text.lastIndexOf('加强组织建设');
    const anchor = makeAnchor(text, start, start + 6, URL_);
    const edited = `新增导语。\n${text.replace('（略）', '')}`;
    const found = findAnchor(edited, anchor)!;
    expect(edited.slice(found.start - 2, found.end)).toBe('三、加强组织建设');
  });

  it('returns null when the quote is gone', () => {
    const anchor = makeAnchor(text, 2, 8, URL_);
    expect(findAnchor('完全不同的页面', anchor)).toBeNull();
    expect(findAnchor(text, { ...anchor, exact: '' })).toBeNull();
  });

  it('matches a clip taken in Traditional script in a page shown in Simplified, and back', () => {
    const simplified = '一、发展会员。\n二、发展会员，头发很长。\n三、发展会员，开展活动。';
    const traditional = '一、發展會員。\n二、發展會員，頭髮很長。\n三、發展會員，開展活動。';
    const start = traditional.indexOf('發展會員，開展');
    const anchor = makeAnchor(traditional, start, start + 4, URL_);
    expect(findAnchor(simplified, anchor)).toBeNull();
    const found = findAnchor(simplified, anchor, toSimplified);
    expect(found).toEqual({ start: simplified.indexOf('发展会员，开展'), end: simplified.indexOf('发展会员，开展') + 4 });
    const back = makeAnchor(simplified, found!.start, found!.end, URL_);
    expect(findAnchor(traditional, back, toSimplified)).toEqual({ start, end: start + 4 });
  });

  it('keeps offsets right when the normaliser changes lengths', () => {
    // A normaliser that expands one character would shift every offset after it.
    const widen = (s: string) => s.replace(/Ⅱ/g, 'II');
    const t = 'Ⅱ、目标。Ⅱ、目标任务';
    const start = t.lastIndexOf('目标');
    expect(findAnchor(t, makeAnchor(t, start, start + 2, URL_), widen)).toEqual({ start, end: start + 2 });
  });
});

describe('selectionToOffsets', () => {
  it('turns a selection across inline and block elements into block offsets', () => {
    document.body.innerHTML = '<p>关于<b>印发</b>通知</p><script>x</script><p>第二<i>段</i>文字</p>';
    const { blocks } = readPage(document);
    const range = document.createRange();
    range.setStart(document.querySelector('b')!.firstChild!, 1);
    range.setEnd(document.querySelector('i')!.firstChild!, 1);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToOffsets(selection, blocks)).toEqual([
      { block: 0, start: 3, end: 6 },
      { block: 1, start: 0, end: 3 },
    ]);
  });

  it('gives nothing for a collapsed selection', () => {
    document.body.innerHTML = '<p>文字</p>';
    const { blocks } = readPage(document);
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 1);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToOffsets(selection, blocks)).toEqual([]);
  });
});

describe('surroundingSentence', () => {
  const text = '会议指出，成绩显著。全年培训近200人，覆盖3个地区！下一步要继续努力；\n新的一段';

  it('widens to the sentence marks around the selection, mark included', () => {
    const start = text.indexOf('近200人');
    expect(surroundingSentence(text, start, start + 5)).toBe('全年培训近200人，覆盖3个地区！');
    const s2 = text.indexOf('继续');
    expect(surroundingSentence(text, s2, s2 + 2)).toBe('下一步要继续努力；');
    const s3 = text.indexOf('新的');
    expect(surroundingSentence(text, s3, s3 + 2)).toBe('新的一段');
  });

  it('keeps a closing quote with its sentence', () => {
    const t = '他说：“要抓落实。”然后散会。';
    expect(surroundingSentence(t, 4, 7)).toBe('他说：“要抓落实。”');
  });

  it('stays near 200 characters around a selection in an endless sentence', () => {
    const t = '甲'.repeat(500) + '目标' + '乙'.repeat(500);
    const context = surroundingSentence(t, 500, 502);
    expect(context.length).toBeLessThanOrEqual(200);
    expect(context).toContain('目标');
    expect(context.indexOf('目标')).toBeGreaterThan(50);
  });

  it('is the selection itself when the selection is longer than that', () => {
    const t = `前。${'长'.repeat(300)}。后`;
    expect(surroundingSentence(t, 2, 302)).toBe('长'.repeat(300));
  });
});
