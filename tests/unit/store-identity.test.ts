import { describe, expect, it } from 'vitest';
import { clipKey, normalizePageUrl } from '../../lib/store/identity';

describe('normalizePageUrl', () => {
  it.each([
    ['https://www.cast.org.cn/a.html#top', 'https://www.cast.org.cn/a.html'],
    ['https://www.cast.org.cn/a.html#:~:text=%E7%A7%91%E6%99%AE', 'https://www.cast.org.cn/a.html'],
    ['HTTPS://WWW.CAST.ORG.CN/Art/A.html', 'https://www.cast.org.cn/Art/A.html'],
    ['https://www.cast.org.cn:443/a.html', 'https://www.cast.org.cn/a.html'],
    ['https://x.gov.cn/a?utm_source=wx&utm_medium=share&id=3', 'https://x.gov.cn/a?id=3'],
    ['https://x.gov.cn/a?UTM_Campaign=z&id=3', 'https://x.gov.cn/a?id=3'],
    ['https://x.gov.cn/a?id=3&spm=a2c4g.11186623&page=2', 'https://x.gov.cn/a?id=3&page=2'],
    ['https://www.bilibili.com/video/BV1?spm_id_from=333.1007&vd_source=ab', 'https://www.bilibili.com/video/BV1'],
    [
      'https://mp.weixin.qq.com/s?__biz=Mz&mid=22&idx=1&sn=ab&chksm=cd&from=singlemessage&isappinstalled=0&scene=1&clicktime=17&enterid=17&sharer_shareinfo=x&sharer_shareinfo_first=y',
      'https://mp.weixin.qq.com/s?__biz=Mz&mid=22&idx=1&sn=ab&chksm=cd',
    ],
    ['https://x.gov.cn/a?wxshare_count=2&share_token=t&fbclid=f&gclid=g&msclkid=m', 'https://x.gov.cn/a'],
    // Order and encoding of what remains are kept as the site wrote them.
    ['https://x.gov.cn/a?b=2&a=1&q=%E7%A7%91+%E5%8D%8F', 'https://x.gov.cn/a?b=2&a=1&q=%E7%A7%91+%E5%8D%8F'],
    ['https://x.gov.cn/a?', 'https://x.gov.cn/a'],
    ['https://x.gov.cn/a?&&id=1&', 'https://x.gov.cn/a?id=1'],
    // A parameter that merely contains a tracking name is kept.
    ['https://x.gov.cn/a?fromdate=2024&display_from=1', 'https://x.gov.cn/a?fromdate=2024&display_from=1'],
    ['  https://x.gov.cn/a  ', 'https://x.gov.cn/a'],
    ['not a url#frag', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePageUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizePageUrl('https://X.gov.cn/p?utm_source=a&id=%E4%B8%AD#f');
    expect(normalizePageUrl(once)).toBe(once);
  });
});

describe('clipKey', () => {
  const base = { page: { url: 'https://x.gov.cn/a.html' }, kind: 'task' as const, textSimplified: '加强科普', marker: '一、' };

  it('ignores tracking parameters, fragments and outer or repeated whitespace', () => {
    expect(clipKey({ ...base, page: { url: 'https://X.gov.cn/a.html?utm_source=wx#x' } })).toBe(clipKey(base));
    expect(clipKey({ ...base, textSimplified: ' 加强\n科普\n' })).toBe(clipKey({ ...base, textSimplified: '加强 科普' }));
  });

  it('separates kind, text, page and (for tasks) marker', () => {
    const key = clipKey(base);
    expect(clipKey({ ...base, kind: 'selection' })).not.toBe(key);
    expect(clipKey({ ...base, textSimplified: '加强科普工作' })).not.toBe(key);
    expect(clipKey({ ...base, page: { url: 'https://x.gov.cn/b.html' } })).not.toBe(key);
    expect(clipKey({ ...base, marker: '二、' })).not.toBe(key);
  });

  it('does not count the marker for statistics and selections', () => {
    const stat = { ...base, kind: 'statistic' as const };
    expect(clipKey({ ...stat, marker: null })).toBe(clipKey({ ...stat, marker: 'x' }));
  });

  it('cannot be forged by joining fields differently', () => {
    // A naive join of the fields would make these two equal.
    const a = clipKey({ ...base, textSimplified: 'a|b', marker: '' });
    const b = clipKey({ ...base, textSimplified: 'a', marker: 'b' });
    expect(clipKey({ ...base, textSimplified: 'a","b', marker: '' })).not.toBe(clipKey({ ...base, textSimplified: 'a', marker: 'b' }));
    expect(a).not.toBe(b);
  });
});
