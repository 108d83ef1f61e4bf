// Whole-page checks on the five seed pages, as text (../shared/seeds) and as saved HTML
// (tests/fixtures), against the items an analyst finds reading each page. Analyst decisions
// are pinned in comments.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../lib/analyzer/index';
import type { Analysis, PageMeta } from '../../lib/types';
import { checkItems, type ExpectedStat, type ExpectedTask } from './analyzer-expect';


interface Expected {
  seed: string;
  fixture: string;
  kind: Analysis['kind'];
  script: Analysis['script'];
  meta: PageMeta;
  /** Where the HTML page shows more than the text seed. */
  htmlMeta?: Partial<PageMeta>;
  tasks: ExpectedTask[];
  stats: ExpectedStat[];
}

const seedText = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const fixtureDoc = (name: string) =>
  parseHTML(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).document as unknown as Document;

const PAGES: Expected[] = [
  {
    seed: '000_d756c22ec2889e7b.txt',
    fixture: '000-henan-news.html',
    kind: 'news',
    script: 'simplified',
    // 一盘棋, 一带一路, 一报一刊 are lone markers; 2月7日, 十八届六中全会, 13.JPG are no statistics.
    meta: { title: '省科协召开2017年度工作研讨会', date: '2017-02-13', source: 'admin', org: '河南省科学技术协会', docNumber: null },
    tasks: [],
    stats: [],
  },
  {
    seed: '001_c220b7b4dc018893.txt',
    fixture: '001-shandong-news-tw.html',
    kind: 'news',
    script: 'traditional',
    meta: { title: '2017年省科協學會企事業科協和外事工作會議在濟南召開', date: '2017-03-20', source: null, org: '山東省科協', docNumber: null },
    // The HTML page's header names the association in full: its fullest form on that page.
    htmlMeta: { org: '山東省科學技術協會' },
    tasks: [
      ['一是', 1, '學會黨建工作扎實推進'],
      ['二是', 1, '服務科技工作者的理念更加明確'],
      ['三是', 1, '服務創新驅動發展成效明顯'],
      ['四是', 1, '服務全民科學素質提高有新進展'],
      ['五是', 1, '科技公共服務突破式發展'],
      ['六是', 1, '學會自我發展能力不斷提升'],
      ['七是', 1, '企事業科協工作取得較好發展'],
      ['八是', 1, '外事工作取得新成效'],
      ['一要', 1, '把握講政治與講業務的關系'],
      ['二要', 1, '把握苦干實干與尊重規律的關系'],
      ['三要', 1, '把握頂層設計與基層落實的關系'],
      ['四要', 1, '把握服務會員與服務經濟社會發展的關系'],
      ['五要', 1, '把握資源整合與自身發展的關系'],
      ['六要', 1, '把握企事業科協工作與學會工作的關系'],
      ['七要', 1, '把握國內與國外合作的關系'],
    ],
    // 七個方面 structures the text (a Chinese count under ten); 八屆四次 is a session number.
    stats: [
      ['近200人', 200, '人', '近'],
      ['近三分之一', 1 / 3, '%', '近'],
      ['百萬人次', 1_000_000, '人次', null],
      ['100多項', 100, '项', '多'],
      ['1000萬元', 10_000_000, '元', null],
      ['300多家', 300, '家', '多'],
      ['超過50個', 50, '个', '超過'],
      ['10個', 10, '个', null],
    ],
  },
  {
    seed: '002_ed69cb8f54072c8b.txt',
    fixture: '002-hubei-notice.html',
    kind: 'notice',
    script: 'simplified',
    meta: {
      title: '关于印发《省科协2019年工作要点》的通知',
      date: '2019-03-18',
      source: '省科协办公室',
      org: '湖北省科学技术协会',
      docNumber: '鄂科协办〔2019〕22号',
    },
    tasks: [
      ['一、', 1, '坚持守正创新,进一步强化政治引领'],
      ['1、', 2, '切实加强政治建设。'],
      ['2、', 2, '切实加强服务联系科技工作者。'],
      ['二、', 1, '进一步深化科协改革,强化基层基础'],
      ['3、', 2, '加强基层科协组织建设。'],
      ['4、', 2, '全面开展“3+1”试点。'],
      ['三、', 1, '聚焦“三轮驱动”,打造湖北科协品牌'],
      ['5、', 2, '加强科学普及工作。'],
      ['6、', 2, '加强学术引领。'],
      ['7、', 2, '加强科技智库建设。'],
      ['四、', 1, '加强自身建设,建设模范机关'],
      ['8、', 2, '助力打好“三大攻坚战”。'],
      ['9、', 2, '全面加强党建和党风廉政建设。'],
    ],
    // 70周年, 七十华诞, 第十届, “3+1”, 三大攻坚战 and the footer's ICP/address numbers are not statistics.
    stats: [],
  },
  {
    seed: '003_17a4f32973dd4260.txt',
    fixture: '003-jinchutou-speech.html',
    kind: 'speech',
    script: 'simplified',
    // Upload date of the document-sharing site; 文档编号 is the portal's id, not a docNumber.
    // The speech is the city association's (市科协, no city named on the page).
    meta: { title: '在科协工作会议上的讲话', date: '2023-10-02', source: null, org: '市科协', docNumber: null },
    // The 1、…16、 page-chunk numbers are not tasks; 九、上状|态 across a chunk boundary is one item.
    tasks: [
      ['一、', 1, '上档次,围绕中心'], ['一是', 2, '要推动全社会大力弘扬科学精神'], ['二是', 2, '要面向经济建设主战场'],
      ['三是', 2, '要发挥广泛联系科技工作者的优势'],
      ['二、', 1, '上质量,扎实工作'], ['一是', 2, '要突出重点'], ['二是', 2, '要加强学习'], ['三是', 2, '要重心下移'],
      ['三、', 1, '上能力,增强服务意识'], ['一要', 2, '提高改革创新的能力'], ['二要', 2, '提高组织协调能力'],
      ['三要', 2, '提高攻坚克难能力'], ['四要', 2, '提高综合调研的能力'],
      ['四、', 1, '上品牌,突出特色'],
      // 是 and 要 mix in one enumeration: the count decides.
      ['五、', 1, '上水平,瞄准前沿'], ['一是', 2, '要认真组织好'], ['二是', 2, '注重重点学术活动的质量'], ['三要', 2, '进一步加强与海外科技界'],
      ['六、', 1, '上活动,扩大社会影响'], ['一要', 2, '组织多形式的科普活动'], ['二要', 2, '组织多层次的学术活动'],
      ['三要', 2, '组织多渠道的科技人员交流活动'], ['四要', 2, '组织多内容的机关内部活动'],
      ['七、', 1, '上规模,抓大活动'], ['一要', 2, '抓大活动,造大声势'], ['二要', 2, '搞大联合'], ['三要', 2, '大张旗鼓地宣传'],
      ['八、', 1, '上措施,创新手段'], ['一是', 2, '在科普工作中上措施'], ['二是', 2, '在学会改革中上措施'], ['三是', 2, '在建家活动中上措施'],
      ['九、', 1, '上状态,斗志昂扬'], ['一是', 2, '要认识到科协工作'], ['二是', 2, '要以饱满的热情'], ['三是', 2, '要正确认识逆境和挫折'],
    ],
    // 十上十提高, 一项重要工作, 07年, 市十二次党代会, “百千万”, 246基础建设工程 and 页数:9 大小:24KB are not statistics.
    stats: [],
  },
  {
    seed: '004_9f6a37fa5ed33f85.txt',
    fixture: '004-people-yunnan-tw.html',
    kind: 'news',
    // Traditional although it keeps mainland 干部 and the over-converted 公裡.
    script: 'traditional',
    // A party paper's copy of the association's own report (雲南省科協供稿) is official.
    meta: { title: '雲南省科協:踔厲前行 創新工作見成效', date: '2022-05-13', source: '人民網-雲南頻道', org: '雲南省科學技術協會', docNumber: null },
    tasks: [],
    // 一季度, 第三批, 第一批, 一等獎, 2021—2025年度, “兩個革命”, “最后一公裡” are not statistics;
    // 8個方面 written in digits as a result is one.
    stats: [
      ['12項', 12, '项', null], ['127項', 127, '项', null], ['120項', 120, '项', null], ['7項', 7, '项', null],
      ['94%', 0.94, '%', null], ['30家', 30, '家', null], ['311個', 311, '个', null], ['444條', 444, '条', null],
      ['15人次', 15, '人次', null], ['80余人次', 80, '人次', '余'], ['8個', 8, '个', null], ['26項', 26, '项', null],
      ['96%以上', 0.96, '%', '以上'], ['1499支', 1499, '支', null], ['16083名', 16083, '名', null],
      ['3514場次', 3514, '场次', null], ['2510家', 2510, '家', null], ['25萬多會員', 250000, '会员', '多'],
      ['14個', 14, '个', null], ['34個', 34, '个', null], ['53條', 53, '条', null], ['21場', 21, '场', null],
      ['21位', 21, '位', null], ['1000余人', 1000, '人', '余'], ['13家', 13, '家', null], ['2個', 2, '个', null],
      ['280場', 280, '场', null], ['36家', 36, '家', null], ['32家', 32, '家', null], ['50所', 50, '所', null],
      ['22家', 22, '家', null], ['112輛', 112, '辆', null], ['超過100萬公裡', 1_000_000, '公里', '超過'],
      ['40個', 40, '个', null], ['超過1000萬人次', 10_000_000, '人次', '超過'], ['11家', 11, '家', null],
    ],
  },
];

describe.each(PAGES)('seed $seed', (page) => {
  it('text seed: meta, kind, script, tasks and statistics', () => {
    const a = analyzeText(seedText(page.seed));
    expect(a.meta).toEqual(page.meta);
    expect(a.kind).toBe(page.kind);
    expect(a.script).toBe(page.script);
    expect(a.isOfficial).toBe(true);
    checkItems(a, page);
  });

  it('HTML fixture via analyzePage on linkedom', () => {
    const a = analyzePage(fixtureDoc(page.fixture));
    expect(a.meta).toEqual({ ...page.meta, ...page.htmlMeta });
    expect(a.kind).toBe(page.kind);
    expect(a.script).toBe(page.script);
    expect(a.isOfficial).toBe(true);
    checkItems(a, page);
  });
});

describe('spans', () => {
  it('map every character of the article text to the same character of its block', async () => {
    const { readPage } = await import('../../lib/page/model');
    for (const page of PAGES) {
      const doc = fixtureDoc(page.fixture);
      const model = readPage(doc, { frames: false });
      const a = analyzePage(doc, model);
      let covered = 0;
      for (const s of a.spans ?? []) {
        const block = model.blocks[s.block].text;
        expect(a.text.slice(s.start, s.end)).toBe(block.slice(s.blockOffset, s.blockOffset + s.end - s.start));
        covered += s.end - s.start;
      }
      // Everything but the \n between blocks is covered.
      expect(covered).toBe(a.text.replace(/\n/g, '').length);
    }
  });

  it('break around pinyin residue (seed 001)', () => {
    const a = analyzePage(fixtureDoc('001-shandong-news-tw.html'));
    expect(a.text).toContain('省科協學會');
    expect((a.spans ?? []).length).toBeGreaterThan(a.text.split('\n').length);
  });
});

describe('pages that are not official report nothing', () => {
  const pages: Array<[string, string]> = [
    [
      'blog',
      '我的博客 | 首页 | 随笔\n周末去科技馆\n发表于 2023-05-01 博主：小王\n今天带孩子去了省科技馆，据说省科协每年投入1000万元。一是展品多，二是讲解好，三是门票便宜，有300多家单位参展。\n点赞(12) 收藏 评论(3)\n我的主页 关注我',
    ],
    [
      'shop',
      '首页 > 科普图书\n少儿科普百科全书（全12册）\n￥ 198.00 包邮 已售3000件\n1、正版保证\n2、七天无理由退换\n加入购物车 立即购买 库存100件',
    ],
    [
      'forum',
      '科技论坛 > 灌水区\n楼主：请问科协的会员怎么申请？\n发表于 2021-03-02\n回帖：一是去官网，二是找学会，近200人问过。\n只看该作者 沙发 板凳',
    ],
    [
      'encyclopedia',
      '中国科学技术协会 - 百科\n编辑词条\n中国科学技术协会是中国科学技术工作者的群众组织，有210个全国学会，会员超过1000万人。\n一、历史沿革\n二、组织机构\n参考资料 词条统计 义项',
    ],
    [
      'commercial news',
      '科技公司发布新手机\n2023-09-12 10:00 来源：新浪科技\n某公司今日发布新款手机，售价3999元，首批备货100万台。一是续航提升，二是拍照更好，三是价格更低。',
    ],
  ];
  it.each(pages)('%s', (_, text) => {
    const a = analyzeText(text);
    expect(a.isOfficial).toBe(false);
    expect(a.kind).toBe('other');
    expect(a.tasks).toEqual([]);
    expect(a.stats).toEqual([]);
  });
});
