// Statistics: a number stated as a fact about the work, with what qualifies it —
// [qualifier] number [multiplier] [qualifier] [unit] [qualifier] (近200人, 96%以上, 25萬多會員).
// One left-to-right scan finds numbers (lib/analyzer/number-scan.ts); each is then read forward
// by hand, so the cost is linear in the text whatever it holds.
import type { Stat } from '../types';
import { chineseDecimalsEnd, nextNumber, numberAt, startsVerbCan, type NumberMatch } from './number-scan';
import { multiplierValue, parseArabic, parseChineseDecimal, parseChineseNumeral, tidy, unitValueAt } from './numbers';
import { toSimplifiedChars } from './simplify';
import { hasHan, isHanCode } from '../text/han';

/**
 * A few characters, looked up by code around every number of a page (text[i] of a CJK character
 * would allocate a string, and a long page asks about a million characters): most asked about are
 * none of them, which a 1,024-bit filter of their codes' low bits answers with one array read; the
 * rest are looked up exactly.
 */
class CharSet {
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  private readonly exact: Set<number>;
  constructor(chars: string) {
    this.exact = new Set([...chars].map((c) => c.charCodeAt(0)));
    for (const c of this.exact) this.filter[(c & (FILTER_BITS - 1)) >> 5] |= 1 << (c & 31);
  }

  /** Whether `code` (NaN past a text's ends) is one of the characters. */
  has(code: number): boolean {
    const low = code & (FILTER_BITS - 1);
    return (this.filter[low >> 5] & (1 << (low & 31))) !== 0 && this.exact.has(code);
  }
}
const FILTER_BITS = 1024;

/**
 * Words read where the reading stands (multipliers, qualifiers, units), found by the code of the
 * character there and then compared in place, longest first: a page has tens of thousands of
 * numbers, and most of them are followed by none of a list's words. No regex runs, nothing is
 * allocated, and the word returned is the list's own string.
 */
class Words {
  private readonly byFirst = new Map<number, string[]>();
  private readonly firsts: CharSet;
  constructor(words: string[]) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const first = w.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push(w);
      this.byFirst.set(first, list);
    }
    this.firsts = new CharSet(words.map((w) => w[0]).join(''));
  }

  at(text: string, at: number): string | null {
    const code = text.charCodeAt(at);
    if (!this.firsts.has(code)) return null;
    const list = this.byFirst.get(code)!;
    for (let i = 0; i < list.length; i++) if (text.startsWith(list[i], at)) return list[i];
    return null;
  }
}

const MULTIPLIER = new Words(['千万', '千萬', '百万', '百萬', '万亿', '萬億', '亿亿', '億億', '万', '萬', '亿', '億', '兆', '千', '仟']);
const codes = (chars: string) => new CharSet(chars);
// (300+家 as WeChat posts write it, and Cantonese 80幾個: more than the number, like 多.)
const AFTER_NUMBER_QUALIFIERS = codes('余餘多幾+＋');
const PLUS = codes('+＋');
const ABOUT_MARKS = codes('来來');
const ABOUT_BA = '把'.charCodeAt(0);
/** 三分之一强: a little more than a fraction; 三分之一弱, a little less. */
const STRONG = codes('强強弱');
const SOME = '幾'.charCodeAt(0);
/** A round numeral and a 零 with nothing after it: 十零, 百零, 千零. */
const ODD_ZERO = /^[一二两兩三四五六七八九]?[十百千万萬]零$/;
const MONEY_MORE_UNITS = new Set(['块', '塊', '元', '蚊', '毛']);
const CHANGE_AFTER_MORE = /^(?:提高|提升|增加|增長|增长|增至|增到|降至|降到|降低|減少|减少|下降|上升)/;
/** What may follow 块多 for the 多 to qualify the money: the clause's end, or 钱 (1块多钱). */
const MONEY_MORE_END = codes('，,。；;！!？?、）)\n钱錢');
// (And the spoken ones: 两千人出头, 三百人挂零, 四成开外, 三成还多, 1.8万份之多; Taiwan's 3萬2千元起跳, from that up.)
const AFTER_UNIT_QUALIFIER = new Words(['及以上', '及以下', '或以上', '或以下', '以上', '以下', '左右', '上下', '以内', '以內', '有余', '有餘', '有多', '出头', '出頭', '挂零', '掛零', '开外', '開外', '还多', '還多', '起跳', '之多', '余', '餘', '多']);
/** Longest first: 不超过 is not 超过 (it turns a floor into a ceiling). */
const PREFIX_QUALIFIERS = [
  '将近', '將近', '接近', '差不多', '差唔多', '大约', '大約', '超过', '超過', '不超过', '不超過', '突破', '不少于', '不少於', '不低于', '不低於',
  '不高于', '不高於', '不多于', '不多於', '多于', '多於', '不小于', '不小於', '不大于', '不大於', '至多', '≥', '≤', '≧', '≦', '±', '不到', '不足', '不及', '未达', '未達', '未满', '未滿', '至少', '最高', '最多', '最低', '最少', '低于', '低於', '高于', '高於', '少于', '少於', '近', '约', '約', '逾', '超', '破',
  // (近乎三成, nearly; Taiwan's 上看3億元, up to.)
  '近乎', '上看',
].sort((a, b) => b.length - a.length);
/** Currencies written between a qualifier and its amount: 逾新臺幣6,000萬元. */
const CURRENCIES = ['新臺幣', '新台幣', '新台币', '人民币', '人民幣', '港幣', '港币', '澳門元', '澳门元', 'HK$', 'US$', 'MOP$', 'MOP', '$'];
/** Currency signs before an amount that no measure word follows (HK$1.8億): the sign names its unit. */
const CURRENCY_SIGNS = new Map([['HK$', '港元'], ['US$', '美元'], ['MOP$', '澳门元'], ['MOP', '澳门元'], ['澳門元', '澳门元'], ['澳门元', '澳门元']]);
/** Words by their last character, longest first: most numbers follow none of them, the rest one or two. */
class EndingWords {
  private readonly byLast = new Map<number, string[]>();
  private readonly lasts: CharSet;
  constructor(words: string[]) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const last = w.charCodeAt(w.length - 1);
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), w]);
    }
    this.lasts = new CharSet(words.map((w) => w[w.length - 1]).join(''));
  }

  /** The word that ends at `end`, or null. */
  endingAt(text: string, end: number): string | null {
    const code = text.charCodeAt(end - 1);
    if (!this.lasts.has(code)) return null;
    const list = this.byLast.get(code)!;
    for (let i = 0; i < list.length; i++) if (end >= list[i].length && text.startsWith(list[i], end - list[i].length)) return list[i];
    return null;
  }
}
const QUALIFIERS_BY_LAST = new EndingWords(PREFIX_QUALIFIERS);
const CURRENCIES_BY_LAST = new EndingWords(CURRENCIES);

/** What joins a range's two ends (4.5%—5%, 8000至10000元). */
const RANGE_SEPARATORS = ['——', '—', '―', '–', '－', '-', '~', '～', '〜', '至', '到'];
const RANGE_SEP = new Words(RANGE_SEPARATORS);
const RANGE_SEP_CODES = codes(RANGE_SEPARATORS.join(''));
const PERCENT_SIGNS = codes('%％‰');
const PER_MILLE = '‰'.charCodeAt(0);

/** Units and measure words, Simplified and Traditional (exported for the test that their Simplified forms are OpenCC's). */
export const UNITS = [
  '千兆瓦时', '千兆瓦時', 'm³/s', 'm³', 'm/s', 'mm', 'mg/kg', 'mg/L', 'CFU/g', '个百分点', '個百分點', '百分点', '百分點', '个基点', '個基點', '基点', '基點', '分贝', '分貝', '人次', '支次', '只次', '隻次', '件套', '檔', '档', '立方米每秒', '立方米/秒', '剂次', '劑次', '头次', '頭次', '标准箱', '標準箱', '人年', '人·年', '人公里', '吨公里', '噸公里', '学分', '學分', '篇次', '家次', '场次', '場次', '户次', '戶次', '站次', '班次', '架次', '车次', '車次', '团次', '團次', '批次', '航次', '趟次', '轮次', '輪次', '届', '屆', '平方公里', '平方米',
  '公里', '公裡', '公裏', '千米', '千克', '公斤', '公顷', '公頃', '千瓦·时', '千瓦·時', '千瓦时', '千瓦時', '千瓦', '瓩', '毫瓦', 'PFLOPS', 'PFlops', '兆瓦', '兆瓦时', '兆瓦時', '小时', '小時', '学时', '學時',
  '课时', '課時', '个月', '個月', '个星期', '個星期', '项', '項', '个', '個', '箇', '条', '條', '人', '名', '位元', '位', '家', '所',
  '支', '辆', '輛', '场', '場', '次', '件', '篇', '部', '本', '册', '冊', '套', '台', '臺', '座', '处',
  '處', '批', '期', '户', '戶', '倍', '美元', '港元', '元', '米', '亩次', '畝次', '亩', '畝', '吨标准煤', '噸標準煤', '千克标准煤', '千克標準煤', '公斤标准煤', '公斤標準煤', '公吨', '公噸', '盏', '盞', '县市', '縣市', '度', '吨', '噸', '栋', '棟', '幢', '节', '節', '千伏', '天', '年', '岁', '歲', '斤', '担', '擔', '页', '頁',
  '种', '種', '类', '類', '门', '門', '份', '张', '張', '株', '棵', '头', '頭', '只', '隻', '枚', '间',
  '间次', '間次', '間', '幅', '首', '集', '队', '隊', '组', '組', '团', '團', '管', '款', '园区', '園區', '例', '起', '宗', '笔', '筆', '轮', '輪',
  '架', '艘', '块', '塊', '班', '堂', '校次', '校', '案', '羽', '讲', '講', '棒', '分钟', '分鐘', '道', '面', '站', '梯次', '单元', '單元', '关', '關', '分', '微米', '毫米', '纳米', '奈米', '立方米', '微克', '毫克', '奈克', '纳克', '克', '勒克斯', '份次', '科次', '澳門幣', '澳门币', '兆比特', '澳门元', '澳門元', '澳元', '欧元', '歐元', '日元', '英镑', '英鎊', '则', '則', '报', '報', '日', '通', '科', '区', '區', '段', '票', '星期', '对', '對', '台次', '臺次', '站日', '床位', '床', '包', '村', '具', '立方公尺', '平方公尺', '公升', 'PB', 'TB', 'GB', 'km/h', 'km', 'kg', 'Tbps', 'Gbps', 'Mbps', 'mAh', 'kWh', 'MWh', 'GWh', 'Wh', 'TEU', '秒', '步', '太焦耳', '件次', '趟', '诊次', '診次', '里', '日圓', '日圆', '微西弗', '毫西弗', '毫秒', '鄉鎮市', '乡镇市', '鄉鎮', '乡镇', '鄉市', '乡市', '基', '劑', '剂', '輛次', '辆次', '艘次', '格', '晚', '園', '园', '胎', '條次', '条次', '幢次', '县', '縣', '封', '點', '点', '公釐', '公厘', '夜', '台斤', '臺斤', '項次', '项次', '片', '尾', '公尺', '公分', '公克', '毫升', '平方呎', '呎', '英尺', '吋', '英寸', '海里', '伙', '箱', '瓶', '盒', '袋', '罐', '粒', '匹', '層', '层', '周', '週', '枝', '卷', '桌', '學額', '学额', '人日', '工日', '甲', '人民幣', '人民币', '新臺幣', '新台幣', '港幣', '港币', '韓元', '新加坡元', '坪', '国', '國', '颗', '顆', '攤位', '摊位', '攤', '摊', '點次', '点次', '个季度', '個季度', '厘米', '釐米', '厘', '釐', '台套', '臺套', '队次', '隊次', '个次', '個次', '钱', '錢', '个工作日', '個工作日', '个工作天', '個工作天', '仙', '框', 'MW', 'GW', 'kW', '口', '桶', '廠', '厂', '套次', '金', '银', '銀', '铜', '銅', '群', '穴', '题', '題', '℃', '兆赫', '吉赫', '千兆赫', 'MHz', 'GHz', 'kHz', '蚊', '個鐘頭', '个钟头', '個鐘', '个钟', '列', '副', '杯次', '圈', '把', '船次', '根', '目', '席次', '席位', '席', '列次', '櫃', '柜', '冊次', '册次', '款次', '辑', '輯', '微秒', 'mK', '級', '级', '兆帕', '千帕', '摄氏度', '攝氏度', '帧', '幀', '℃·日', '浬', '光年', '天文单位', '天文單位', '角秒', '㎡', '㎥', '公秉', '令',
];
const UNIT = new Words(UNITS);
/**
 * Below each multiplier, the next one a figure may go on with (1億2,350萬), and whether its
 * thousands may also stand bare (1萬5,000).
 */
const NEXT_UNIT_DOWN = new Map([
  [1e12, { units: ['亿', '億'], scale: 1e8, bareThousands: false }],
  [1e8, { units: ['万', '萬'], scale: 1e4, bareThousands: false, thousands: ['千万', '千萬', '仟万', '仟萬'] }],
  [1e4, { units: ['千', '仟'], scale: 1e3, bareThousands: true }],
  [1e3, { units: ['百', '佰'], scale: 1e2, bareThousands: false }],
]);
const SLASHES = codes('/／');
/** What a concentration, a density or a rate is per: 27微克/立方米, 160人/平方公里, 0.11微西弗/小時, 24.3米/秒. */
const PER_UNIT = new Words(['立方米', '平方米', '平方公里', '升', '立方公尺', '平方公尺', '小时', '小時', '秒', '日', '天', '万人', '萬人']);
/** What a price or a content is per: 63元/公斤, 0.62毫克/千克. */
const PER_WEIGHT_OF = new Set(['元', '毫克', '微克', '纳克', '奈克', '克', '澳门元', '澳門元', '美元', '港元']);
const PER_WEIGHT = new Words(['公斤', '千克', '斤', '台斤', '臺斤', '公吨', '公噸', '吨', '噸', '500克', '隻', '只', '坪', '月', '年', '桶', '千瓦时', '千瓦時']);
/** What a yield or a subsidy is per: 176.3公斤/亩, 1.2吨/公顷, 3萬元/公頃. */
const PER_AREA_OF = new Set(['公斤', '千克', '斤', '吨', '噸', '公吨', '公噸', '元']);
const PER_AREA = new Words(['亩', '畝', '公顷', '公頃']);
/** What a consumption is per head: 18.6立方米/人, 92.4千克标准煤/人. */
const PER_PERSON_OF = new Set(['立方米', '千克标准煤', '千克標準煤', '公斤标准煤', '公斤標準煤', '吨标准煤', '噸標準煤', '千瓦时', '千瓦時', '升', '公斤', '千克']);
const PER_PERSON = new Words(['人']);
/**
 * What a fee, a price or a grant is per: 1200元/人, 5万元/项, 380元/间·天, 60元/人·天 (stop 49: the corpus
 * gave the compound unit on 90 figures and money alone on 39; a fee per head summed as money misleads).
 */
const PER_ITEM_OF = new Set(['元', '美元', '港元', '澳门元', '澳門元', '港币', '港幣', '澳门币', '澳門幣', '欧元', '歐元', '日元']);
const PER_ITEM = new Words(['人次', '人·天', '人·日', '人·年', '人·期', '人·次', '人天', '人', '学分', '學分', '项目', '項目', '项', '項', '间·天', '間·天', '间·晚', '間·晚', '间·夜', '間·夜', '间', '間', '学时', '學時', '课时', '課時', '场次', '場次', '次', '件', '场', '場', '个', '個', '户', '戶', '套', '只', '隻', '队', '隊', '期', '篇', '家', '册', '冊', '辆', '輛', '张', '張', '份', '节', '節', '晚', '床', '名', '组', '組', '班', '所', '小时', '小時', '日', '天', '条', '條']);

/** A reading-time widget: 閱讀時間：約4分鐘, 5天前·閱讀約3分鐘 (not a reading per head: 人均阅读约12本). */
const READING_TIME_BEFORE = /(?<![人均])(?:閱讀|阅读)(?:(?:時間|时间|時長|时长)[\s:：]*(?:約|约)?|(?:約|约|大约|大約)?(?:需|需要)|約|约|大约|大約)$/;
/** Whether a widget's words stand just before `at`. */
function widgetBefore(text: string, at: number): boolean {
  // (Every widget's words end in one of a few characters, then maybe a space, a colon, a bracket or a
  // break: a look at the last one first, as most numbers follow some other word or a list's marker.)
  let j = at - 1;
  for (let gap = 0; gap < WIDGET_GAP_MAX && WIDGET_GAP.has(text.charCodeAt(j)); gap++) j--;
  // (Or, where the gap is longer, a space or a colon still; or a fee's $.)
  const last = text.charCodeAt(j);
  if (!WIDGET_BEFORE_LAST.has(last) && !WIDGET_GAP.has(last) && !WHITE_SPACE.has(last) && last !== DOLLAR) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  // (Not a year's total a report gives, 门户网站全年访问量58.6万人次: a result of the work.)
  if (REPORTED_TOTAL.test(before)) return false;
  return WIDGET_BEFORE.test(before) || ((before.includes('閱讀') || before.includes('阅读')) && READING_TIME_BEFORE.test(before));
}
const REPORTED_TOTAL = /(?:全年|年度|累计|累計)(?:总|總)?(?:浏览|瀏覽|访问|訪問|点击|點擊|阅读|閱讀)(?:量|数|數|次数|次數)/;
/** A video player's or a channel's counters: 3 人正在看，已装填 186 条弹幕, 2.35萬位訂閱者, 12 則留言, 36 人赞同了该文章, 已有26人下载; a post's reading time, 約 3 分鐘閱讀. */
const WIDGET_AFTER_WORDS = ['粉丝', '粉絲', '人正在看', '人在看', '人已看过', '人已看過', '人看过', '人看過', '条弹幕', '條彈幕', '位追蹤者', '位追踪者', '位粉丝', '位粉絲', '位訂閱者', '位订阅者', '則留言', '则留言', '条留言', '條留言', '個讚', '个赞', '次分享', '人赞同', '人贊同', '人下载', '人下載', '分鐘閱讀', '分钟阅读'];
const WIDGET_AFTER = new RegExp(`^\\s?(?:${WIDGET_AFTER_WORDS.join('|')})`);
/** Their first two characters, looked at first (人 and 个 are units too). */
const WIDGET_AFTER_FIRST = codes(WIDGET_AFTER_WORDS.map((w) => w[0]).join(''));
const WIDGET_AFTER_SECOND = codes(WIDGET_AFTER_WORDS.map((w) => w[1]).join(''));
const TEN_THOUSAND = codes('萬万');
/** What a pattern's \s matches (a space may part a counter from its number: 3 人正在看). */
const WHITE_SPACE = codes('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
/** Whether a video player's or a social page's counter follows `at`, past a multiplier (1.2萬 個讚; a look at its first two characters first). */
function widgetAfter(text: string, at: number): boolean {
  const i = isOneOfAt(text, at, TEN_THOUSAND) ? at + 1 : at;
  const word = isOneOfAt(text, i, WHITE_SPACE) ? i + 1 : i;
  return isOneOfAt(text, word, WIDGET_AFTER_FIRST) && isOneOfAt(text, word + 1, WIDGET_AFTER_SECOND) && WIDGET_AFTER.test(text.slice(i, i + 8));
}
/**
 * Words just before a number that make it a fact about the page (or a bulletin's print run, a
 * gazette's fee for printing it), not the work. (A table's row label and its cell, 發布次數 | 9次,
 * parted by a tab, are no widget; nor is a phrase that ends on one of its words, 经验分享 | 3学时; nor a
 * reading per head, 平均每人閱讀14.2本, 人均阅读量14本.)
 */
const WIDGET_BEFORE = /(?:浏览|瀏覽|(?<![人均])(?:阅读|閱讀)|点击|點擊|(?:访问|訪問)(?=量|数|數|次|[\s:：(（])|次数|次數|字数|字數|页数|頁數|大小|评论|評論|点赞|點讚|(?<![\u4e00-\u9fff])(?:收藏|分享)|共印|印数|印數|还剩|還剩|文档总共|文檔總共|文档共|文檔共|本文共|全文共|本篇共|本則內容共|本则内容共)(?:量|数|數|次数|次數)?(?:[ \u3000\u00a0:：(（]{0,3}|\n)$|刊登(?:費用|费用)[為为是]?[\s:：]*\$?$/;
/** What may stand between a widget's words and its number: spaces, colons, a bracket, a break (a longer gap is left to the patterns). */
const WIDGET_GAP = codes(' \u3000\u00a0\t\r\n:：(（');
const WIDGET_GAP_MAX = 4;
/** The Han characters WIDGET_BEFORE and READING_TIME_BEFORE may end on, before that gap. */
const WIDGET_BEFORE_LAST = codes('览覽读讀击擊问問量数數次小论論赞讚藏享印剩共用為为是間间長长約约需要');
/** 成 that is a verb or part of a word (完成, 成为, 一成不变), not a tenth. */
// (逾九成就讀於…, 八成就业: a share, then 就讀; 約四成長者: a share of the elderly.)
const NOT_TENTH = /成(?:立|功|果(?!园|園|树|樹|农|農)|员|員|本|效(?!率)|绩|績|[长長](?!者)|熟|就(?![讀读業业醫医])|都|型(?![號号])|品|交|不变|不變)/y;
const BECOME = /成(?:为|為)/y;
/**
 * Whether 成 at `at` makes a tenth: not a word of its own (完成, 成立), and 成为 (become) only
 * after a count (三成为女性 is 30 % are women; 统一成为 is unified into).
 */
function isTenth(text: string, at: number, value: number): boolean {
  return !matchesAt(NOT_TENTH, text, at) && !(value === 1 && matchesAt(BECOME, text, at));
}
const DISCOUNT = '折'.charCodeAt(0);
const NOT_DISCOUNT = /^折(?:合|算|旧|舊|线|線|射|叠|疊|頁|页|腾|騰|磨|服|断|斷|返|半)/;
/** Whether a discount's 折 stands at `at` (8折, 八折; not 折合, 折腾). */
const discountAt = (text: string, at: number): boolean => text.charCodeAt(at) === DISCOUNT && !NOT_DISCOUNT.test(text.slice(at, at + 2));
/** A standard's body before its number (ISO 9001, GB/T 7714): a name, not a count. */
const STANDARD_BEFORE = /(?:ISO|IEC|IEEE|GB\/T|GB|EN|ANSI) $/;
/** Characters after 2成5 that make the 5 the start of something else (2成5万, 2成50). */
const KEEPS_NUMBER_GOING = codes('0123456789０１２３４５６７８９万萬亿億千百十.．%％');
/** A printed minus before a number (-2.27‰). */
const MINUS = codes('-−－');
const WRITTEN_MINUS = codes('負负');
const SPACES = codes(' \u00a0\u3000');
const ORDINAL = '第'.charCodeAt(0);
const FIRST = '首'.charCodeAt(0);
/** Characters before a number that make it part of an identifier (besides ASCII letters and digits). */
const IDENT_BEFORE = codes('.．_/\\+〔［[第*＊#＃@');
const IDENT_MARKS_AFTER = codes('+*＊〕］]#＃@_');
const IDENT_SEPARATORS_AFTER = codes('.．:：/-—–');
/** Separators of a range or a time whose digit just before a number makes it a second part (3-4, 10:30). */
const RANGE_BEFORE = codes('-—―–~～/:：');
const COUNTED_NOUN_STOP = codes('的了和与與及在是为為也都等、，,。；;：:');
const isHanAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};
/** A quote that reports words: 专家说…, 他说：“…” (not a saying: 大家常说“黄金4分钟”). */
const SAID = /[说說](?!明)|表示/;
const CORRECTED_AFTER = /^[，,]?(?:更正[为為]|修改[为為]|改[为為]|调整[为為]|調整[为為]|應[为為]|应[为为])/;
const CORRECTED_BEFORE = /(?:更正[为為]|修改[为為]|改[为為]|调整[为為]|調整[为為]|應[为為]|应[为为])[：:]?$/;
const SAID_BEFORE = /(?:(?<![常俗])[说說]|表示|指出|介绍|介紹|透露|强调|強調|坦言|提到)[：:，,]?$/;
/**
 * Quoted names are slogans and programmes (“四个意识”, “五个一科普工程”), not statistics; a quoted
 * sentence (“…就多赚了1万多元。”) is someone's words, figures and all. A title in 《》 (《黄金3分钟》)
 * names a work.
 */
const SHORT_QUOTE = /“[^“”\n。！？]{0,30}”|「[^「」\n。！？]{0,30}」|『[^『』\n。！？]{0,30}』|"[^"\n。！？]{0,30}"|《[^《》\n]{0,60}》/g;

interface Read {
  value: number;
  end: number;
  chinese: boolean;
  bare: boolean; // a lone 百/千/万 used as a word (百名专家, 千家万户)
  /** The upper end of two numerals side by side (八九十 = 80 to 90, 一千五六百 = 1,500 to 1,600). */
  max?: number;
}

/** The number that starts at `at` (a failed read never scans ahead). */
function readNumber(text: string, at: number): Read | null {
  const m = numberAt(text, at);
  return m ? readMatch(m) : null;
}

function readMatch(m: NumberMatch): Read | null {
  if (m.arabic !== undefined) return { value: parseArabic(m.arabic), end: m.end, chinese: false, bare: false };
  if (m.chinese !== undefined) {
    const v = parseChineseNumeral(m.chinese);
    if (v === null) return adjacentRange(m);
    return { value: v, end: m.end, chinese: true, bare: m.chinese.length === 1 && v >= 100 };
  }
  return null;
}

/** 八五折: two digits in words before 折, a price at 85 % of the full one, read as 85折 is. */
function discountInWords(text: string, m: NumberMatch): Read | null {
  const c = m.chinese;
  if (c === undefined || c.length !== 2 || !discountAt(text, m.end)) return null;
  const [a, b] = [DIGITS.indexOf(c[0]), DIGITS.indexOf(c[1])];
  return a > 0 && b > 0 ? { value: a * 10 + b, end: m.end, chinese: false, bare: false } : null;
}

/** Two numerals side by side before a unit, an estimate from one to the next: 八九十, 八九百, 兩三百, 三五十, 一千五六百 (not 两三, under ten). */
function adjacentRange(m: NumberMatch): Read | null {
  const r = ADJACENT.exec(m.chinese!);
  if (!r) return null;
  const [, head, a, b, unit] = r;
  const digit = (c: string) => DIGITS.indexOf(c === '两' || c === '兩' ? '二' : c);
  const low = digit(a);
  // (一两百: one or two hundred; 三五十: thirty to fifty, the one pair of words a step apart.)
  const high = digit(b);
  if (high !== low + 1 && !(low === 3 && high === 5)) return null;
  const base = head ? parseChineseNumeral(head) : 0;
  const step = unit ? parseChineseNumeral(`一${unit}`) : 1;
  if (base === null || step === null) return null;
  return { value: base + low * step, max: base + high * step, end: m.end, chinese: true, bare: false };
}
const DIGITS = '〇一二三四五六七八九';
const ADJACENT = /^((?:[一二三四五六七八九两兩]?[千万萬])?)([一二三四五六七八两兩])([二三四五六七八九两兩])(十|百|千|万|萬)?$/;

/** The multiplier after an Arabic number (3.5亿, 2,350万), or `fallback` when none follows. */
function multiplierAfter(text: string, read: Read, fallback: number): { scale: number; end: number } {
  // (A space may part the digits from their multiplier, as some editors space every number: 3.2 万人次.)
  const gap = !read.chinese && isOneOfAt(text, read.end, SPACES_SHOWN) && isDigitAt(text, read.end - 1) && multiplierAt(text, read.end + 1) ? 1 : 0;
  const mult = read.chinese ? null : multiplierAt(text, read.end + gap);
  return mult ? { scale: multiplierValue(mult), end: read.end + gap + mult.length } : { scale: fallback, end: read.end };
}

/** 零 between a unit and its remainder (1万零300). */
const ZERO_WORD = '零'.charCodeAt(0);
/**
 * A number read on through its own multiplier and the next unit down: 1億2,350萬, 1萬2千,
 * 1兆1,563億, 3億5千萬, and the thousands after 萬 (逾1萬5,000) are one amount each.
 */
function amountAfter(text: string, read: Read, fallback: number): { value: number; scale: number; end: number } {
  // (8千1百萬澳門元: the thousands and hundreds of 萬 in digits and unit words, as Macau writes them.)
  const compound = thousandsOfBigUnit(text, read);
  if (compound) return compound;
  const { scale, end: multiplied } = multiplierAfter(text, read, fallback);
  let value = read.value * scale;
  let end = multiplied;
  // (1万零300名: 零 says the remainder skips a unit down, whatever it is.)
  // (1億零380萬: the remainder with its own multiplier, a unit or more down.)
  if (end > read.end && text.charCodeAt(end) === ZERO_WORD) {
    const rest = readNumber(text, end + 1);
    const restMult = rest ? multiplierAt(text, rest.end) : null;
    const restScale = restMult ? multiplierValue(restMult) : 1;
    if (rest && !rest.chinese && Number.isInteger(rest.value) && rest.value * restScale < scale / 10) {
      return { value: value + rest.value * restScale, scale, end: rest.end + (restMult?.length ?? 0) };
    }
  }
  // Each unit down in turn: 1兆5,386億9,200萬元.
  for (let level = end > read.end ? scale : 0; ; ) {
    const down = NEXT_UNIT_DOWN.get(level);
    // (A space may part the unit down from its multiplier: 3億 6,480萬元, 約69萬 8,700人.)
    const gap = level > 0 && (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === NBSP) && isDigitAt(text, end + 1) ? 1 : 0;
    const rest = down ? readNumber(text, end + gap) : null;
    if (!down || !rest || rest.chinese) return { value, scale, end };
    // (21 亿 6000 万元: where every number is spaced, its unit down too.)
    if (gap && isOneOfAt(text, rest.end, SPACES_SHOWN) && down.units.some((u) => text.startsWith(u, rest.end + 1))) rest.end += 1;
    const unitDown = down.units.some((u) => text.startsWith(u, rest.end) && !(u.length === 1 && UNIT.at(text, rest.end)));
    // 3億5千萬元: the thousands of the unit down.
    const thousands = unitDown ? undefined : down.thousands?.find((u) => text.startsWith(u, rest.end));
    if (thousands) return { value: value + rest.value * down.scale * 1000, scale, end: rest.end + thousands.length };
    // (9億5千3百萬澳門元, 1億3百萬元: the unit down's thousands and hundreds in unit words.)
    const sub = !unitDown && level === 1e8 ? thousandsOfBigUnit(text, rest, true) : null;
    if (sub?.scale === 1e4) return { value: value + sub.value, scale, end: sub.end };
    if (!unitDown) {
      // (Taiwan writes 1萬711例 for 10,711: three digits after 萬 are its units, where 3萬5 is 35,000.)
      const bare =
        // (3萬1,245.6公頃: a grouped remainder may carry decimals.)
        (down.bareThousands && rest.value >= 1000 && rest.value < level && (Number.isInteger(rest.value) || text.slice(end, rest.end).includes(','))) ||
        (level === 1e4 && rest.end - end - gap === 3 && rest.value >= 100 && Number.isInteger(rest.value));
      return bare ? { value: value + rest.value, scale, end: rest.end } : { value, scale, end };
    }
    value += rest.value * down.scale;
    end = rest.end + 1;
    level = down.scale;
  }
}

/**
 * A digit's thousands and the hundreds (and tens) after them, in digits and unit words, of the 万 or 亿
 * that follows them (8千1百萬, 5千3百萬): the amount, that unit as its scale, and where it ends; null
 * where no 千 follows a single digit, no 百 or 十 follows the 千, or no 万 or 亿 follows them.
 */
function thousandsOfBigUnit(text: string, read: Read, afterYi = false): { value: number; scale: number; end: number } | null {
  // (After 億, its hundreds of 萬 alone too: 1億3百萬元.)
  if (read.chinese || !Number.isInteger(read.value) || read.value >= 10) return null;
  const lead = unitValueAt(text, read.end);
  if (!(lead === 1000 || (afterYi && lead === 100))) return null;
  let value = read.value * lead;
  let end = read.end + 1;
  for (const scale of lead === 1000 ? [100, 10] : [10]) {
    const digit = isDigitAt(text, end) && !isDigitAt(text, end + 1) ? readNumber(text, end) : null;
    if (!digit || unitValueAt(text, digit.end) !== scale) break;
    value += digit.value * scale;
    end = digit.end + 1;
  }
  const big = unitValueAt(text, end);
  return (end > read.end + 1 || afterYi) && (big === 1e4 || big === 1e8) ? { value: value * big, scale: big, end: end + 1 } : null;
}

/** The multiplier of a number in words that is one numeral and a multiplier (五万, 两千), or null. */
function wordsMultiplier(text: string, at: number, read: Read): number | null {
  if (!read.chinese || read.end !== at + 2) return null;
  const digit = parseChineseNumeral(text[at]);
  const scale = digit && digit < 10 ? read.value / digit : 0;
  return scale >= 10 && Number.isInteger(Math.log10(scale)) ? scale : null;
}

/** The multiplier at `at`: 万, 亿, 3千 (not the first character of a unit: 3千米, 100兆瓦). */
function multiplierAt(text: string, at: number): string | null {
  const mult = MULTIPLIER.at(text, at);
  if (mult?.length === 1 && UNIT.at(text, at)) return null;
  return mult;
}

/** Whether the sticky `re` matches at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

const CODE = (ch: string) => ch.charCodeAt(0);
const [ZERO, NINE, WIDE_ZERO, WIDE_NINE, UPPER_A, UPPER_Z, LOWER_A, LOWER_Z] = ['0', '9', '０', '９', 'A', 'Z', 'a', 'z'].map(CODE);
const [TENTH, TIMES, DEGREE, SPACE, NBSP, HALF_MARK] = ['成', '倍', '度', ' ', '\u00a0', '半'].map(CODE);

/** Whether the character at `i` of `text` (NaN outside it) is a digit, ASCII or full-width. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= ZERO && c <= NINE) || (c >= WIDE_ZERO && c <= WIDE_NINE);
}

/** What makes the number before `i` part of an identifier: a letter or mark (13-1.JPG), or a separator and a digit (2019-03-18). */
function identAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLatinAt(text, i) || IDENT_MARKS_AFTER.has(c)) return true;
  return IDENT_SEPARATORS_AFTER.has(c) && isDigitAt(text, i + 1);
}

/** The units written in Latin letters (Mbps, mg/kg), as UNITS lists them. */
const LATIN_UNITS = UNITS.filter((u) => isLatinAt(u, 0));
const TECH_CLASS_UNITS = new Set(['Tbps', 'Gbps', 'Mbps', '奈米', '纳米', '納米']);
/** Whether a Latin unit, whole, starts at `i` (Mbps, not the MB of 5MB or the G of 5G). */
function latinUnitAt(text: string, i: number): boolean {
  return LATIN_UNITS.some((u) => text.startsWith(u, i) && !isLatinAt(text, i + u.length) && !isDigitAt(text, i + u.length));
}

/** An ASCII letter. */
function isLatinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);
}

/** An ASCII letter or digit, or one of the identifier marks. */
function isIdentAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= ZERO && c <= NINE) || isLatinAt(text, i) || IDENT_BEFORE.has(c);
}

/** Whether the character at `i` of `text` is one of `chars`. */
function isOneOfAt(text: string, i: number, chars: CharSet): boolean {
  return chars.has(text.charCodeAt(i));
}

/** The currency sign just before `at` (HK$; $ alone where the page's dollar is known), or null. */
function currencySign(text: string, at: number, dollar: string | null): string | null {
  // (MOP 3,600, HK$ 500: a space between the sign and the amount.)
  if (text.charCodeAt(at - 1) === SPACE) {
    const sign = currencySign(text, at - 1, null);
    return sign && sign !== '$' && sign !== '澳門元' && sign !== '澳门元' ? `${sign} ` : null;
  }
  // (Macau writes MOP180萬 too, and 澳門元96.4億 with no 元 after.)
  if (text.startsWith('MOP', at - 3) && !isLatinAt(text, at - 4)) return 'MOP';
  if (text.startsWith('澳門元', at - 3)) return '澳門元';
  if (text.startsWith('澳门元', at - 3)) return '澳门元';
  if (text.charCodeAt(at - 1) !== DOLLAR) return null;
  for (const sign of CURRENCY_SIGNS.keys()) if (text.startsWith(sign, at - sign.length)) return sign;
  // (NT$, S$, A$: another country's dollar.)
  return dollar && !isLatinAt(text, at - 2) ? '$' : null;
}
const DOLLAR = '$'.charCodeAt(0);
const SPACED_MORE = codes('余餘多');
/** A space as a page shows it: 约 2600, 约&nbsp;2600. */
const SPACES_SHOWN = codes(' \u00a0\u2009\u202f');
const SPACED_POST = new Set(['以上', '以下', '左右', '上下']);

/** The qualifier before the number at `at` (across a currency: 逾新臺幣6,000萬元), and where the span starts. */
function prefixQualifier(text: string, at: number): { qualifier: string; start: number } | null {
  // (A space may part the sign from the amount: 約MOP 3,860萬; or the qualifier, where every number
  // is spaced: 约 2600 人次.)
  const spaced = isOneOfAt(text, at - 1, SPACES_SHOWN) && (CURRENCIES_BY_LAST.endingAt(text, at - 1) !== null || QUALIFIERS_BY_LAST.endingAt(text, at - 1) !== null) ? 1 : 0;
  const currency = CURRENCIES_BY_LAST.endingAt(text, at - spaced);
  const before = at - spaced - (currency?.length ?? 0);
  const q = QUALIFIERS_BY_LAST.endingAt(text, before);
  if (!q) return null;
  // (最大约20毫米: the largest, then about.)
  if ((q === '大约' || q === '大約') && text[before - 3] === '最') return { qualifier: q.slice(1), start: before - 1 };
  // 签约亿元以上项目: 约 ends another word there.
  if ((q === '约' || q === '約') && isOneOfAt(text, before - 2, ENDS_IN_YUE) && !QUALIFIER_FREE_AFTER.has(text.slice(before - 3, before - 1))) return null;
  // 鄰近5個村, 附近3所: nearby, not nearly.
  if (q === '近' && isOneOfAt(text, before - 2, NEARBY)) return null;
  // 出超4,974億元: a trade surplus, not more than; 打破3項紀錄 breaks records.
  if (q === '超' && isOneOfAt(text, before - 2, SURPLUS)) return null;
  if (q === '破' && isOneOfAt(text, before - 2, BREAKING) && !QUALIFIER_FREE_AFTER.has(text.slice(before - 3, before - 1))) return null;
  return { qualifier: q, start: before - q.length };
}
/** 打破, 攻破, 爆破, 侦破 (cases solved): words that break something (突破 is read whole). */
const BREAKING = codes('打攻爆击擊识識看侦偵');
/**
 * Words that end in one of those characters and leave the qualifier after them free:
 * 公務員編制約百分之三十四 (the establishment, then about), 月薪制約187.36萬人 (a pay system, then about),
 * 折合约4,860万澳门元 (converted, then about),
 * 观看破万人次 (the viewings passed ten thousand; 看破 alone is "see through").
 */
const QUALIFIER_FREE_AFTER = new Set(['编制', '編制', '薪制', '折合', '观看', '觀看', '收看']);
/** Characters before 近 that make it the end of a word: 鄰近, 附近, 靠近. */
const NEARBY = codes('鄰邻附靠');
/** Characters before 超 that make it the end of a word: 出超, 入超. */
const SURPLUS = codes('出入');
/** Characters before 约 that make it the end of a word: 签约, 预约, 节约, 合约, 公约, 制约, 条约. */
const ENDS_IN_YUE = codes('签簽预預节節合公制条條契邀限');

function insideQuotes(quotes: Array<[number, number]>, cursor: { i: number }, at: number): boolean {
  while (cursor.i < quotes.length && quotes[cursor.i][1] <= at) cursor.i++;
  return cursor.i < quotes.length && quotes[cursor.i][0] < at;
}

/**
 * Every statistic in `text`, in order. `dollar`: what a bare $ counts in on this page (港元 on a Hong Kong page, 澳门元 on a Macau one);
 * without it, $ before a number makes no unit.
 */
export function findStats(text: string, dollar: string | null = null): Stat[] {
  const stats: Stat[] = [];
  marks = findMarks(text);
  const quotes: Array<[number, number]> = [];
  SHORT_QUOTE.lastIndex = 0;
  for (let q = SHORT_QUOTE.exec(text); q; q = SHORT_QUOTE.exec(text)) {
    // (A quote of two clauses, “…控制在1万头左右比较合适，贪多反而容易出问题”, is a sentence.)
    // (Nor someone's words, however short: 他说：“亩产能提高一成左右”, “专家说亩产能提高一成左右”.)
    // (Nor a correction's wording, before and after: “每个项目资助3万元”，更正为“每个项目资助2万—5万元”; 「…約2 860公噸」應為「…約3 260公噸」.)
    const end = q.index + q[0].length;
    const corrected = CORRECTED_AFTER.test(text.slice(end, end + 4)) || CORRECTED_BEFORE.test(text.slice(Math.max(0, q.index - 4), q.index));
    if (!(q[0].length > 16 && q[0].includes('，')) && !SAID.test(q[0]) && !SAID_BEFORE.test(text.slice(Math.max(0, q.index - 3), q.index)) && !corrected) quotes.push([q.index, end]);
  }
  const quoteCursor = { i: 0 };

  let itemStart = -1;
  for (let m = nextNumber(text, 0); m; ) {
    // (3．3名以上 on its line after 1．… and 2．…: item 3's marker, then 3名以上.)
    const marker = m.arabic !== undefined ? markerLength(text, m.index, m.arabic) : 0;
    if (marker) {
      itemStart = m.index + marker;
      m = nextNumber(text, itemStart);
      continue;
    }
    const stat = readStat(text, m.index, m, dollar, m.index === itemStart);
    const inQuotes = stat !== null && insideQuotes(quotes, quoteCursor, m.index);
    // (A range that runs downwards, 紅燈45至38分, is a band of a scale that defines a class.)
    const band = stat !== null && stat.valueMax !== null && stat.valueMax < stat.value;
    // (Nor a figure of a bilingual page's translation, about 15% more than last year: its Chinese line has it.)
    // (Its sign names the unit in Chinese, but the span has none: MOP$1.200 por pessoa.)
    const translated = stat !== null && (!hasHan(stat.unit ?? '') || !hasHan(stat.text)) && inForeignProse(text, stat.start);
    if (stat && !inQuotes && !band && !translated && !restatesPrevious(text, stats[stats.length - 1], stat)) stats.push(stat);
    m = nextNumber(text, stat && !inQuotes ? stat.end : m.end);
  }
  return joinedRanges(text, text.includes('半') || text.includes('逾倍') ? withHalves(text, stats, quotes) : stats);
}

/**
 * Whether the line around `at` is prose in another language: words of Latin letters and no Han character
 * (scanned out from `at`, so a Chinese line answers at once; a table's cell, 29.1%, is no prose).
 */
function inForeignProse(text: string, at: number): boolean {
  let end = at;
  for (; end < text.length && text.charCodeAt(end) !== NEWLINE; end++) if (isHanCode(text.charCodeAt(end))) return false;
  let start = at;
  for (; start > 0 && text.charCodeAt(start - 1) !== NEWLINE; start--) if (isHanCode(text.charCodeAt(start - 1))) return false;
  // (Its words may be parted by a label's colon and the figure: 3. Propina: MOP$1.200 por pessoa.)
  const line = text.slice(start, end);
  return LATIN_WORDS.test(line) || (line.match(LATIN_WORD) ?? []).length >= FOREIGN_WORDS_MIN;
}
const NEWLINE = 10;
const LATIN_WORDS = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;
const LATIN_WORD = /[A-Za-z]{2,}/g;
const FOREIGN_WORDS_MIN = 4;

/**
 * Two shares or changes in points joined by a range mark, each read whole (三成至三成五, 3分之1至2分之1,
 * 7折至85折, 三分一至一半, 一到两个百分点): one range.
 */
function joinedRanges(text: string, stats: Stat[]): Stat[] {
  let out: Stat[] | null = null;
  for (let i = 0; i < stats.length; i++) {
    const a = stats[i];
    const b = stats[i + 1];
    if (a.valueMax !== null || !RANGE_UNITS.has(a.unit ?? '')) continue;
    // (…至一半: the upper end a half in words, which alone is no figure.)
    const half = a.unit === '%' && a.value < 0.5 ? HALF_END.exec(text.slice(a.end, a.end + 4)) : null;
    if (half && !(b && b.start < a.end + half[0].length)) {
      out ??= stats.slice();
      out.splice(out.indexOf(a), 1, make(text, a.start, a.end + half[0].length, a.value, 0.5, '%', a.qualifier));
      continue;
    }
    if (!b || a.unit !== b.unit || b.valueMax !== null || b.qualifier !== null || b.value <= a.value || !RANGE_MARK.test(text.slice(a.end, b.start))) continue;
    // (Not a hundredth to another whole: 百分之五至三分之一 are two figures.)
    if (HUNDREDTHS.test(a.text) !== HUNDREDTHS.test(b.text)) continue;
    out ??= stats.slice();
    out.splice(out.indexOf(a), 2, make(text, a.start, b.end, a.value, b.value, a.unit!, a.qualifier));
    i++;
  }
  return out ?? stats;
}
const RANGE_UNITS = new Set(['%', '个百分点']);
const RANGE_MARK = /^(?:至|到|~|～|〜|—|－)$/;
const HALF_END = /^(?:至|到)(?:一半|半数|半數)/;
const HUNDREDTHS = /百分之|[%％]$/;

/** 百分之五十（50%）: the same figure again in brackets, right after it (澳門元十二億元（$1,200,000,000.00）: in another currency's name). */
const MONEY_UNITS = new Set(['元', '澳门元', '港元', '人民币', '新台币']);
function restatesPrevious(text: string, prev: Stat | undefined, stat: Stat): boolean {
  return (
    prev !== undefined && stat.start === prev.end + 1 && isOneOfAt(text, prev.end, OPEN_BRACKETS) && isOneOfAt(text, stat.end, CLOSE_BRACKETS) &&
    stat.value === prev.value && (stat.unit === prev.unit || (MONEY_UNITS.has(stat.unit ?? '') && MONEY_UNITS.has(prev.unit ?? ''))) && stat.valueMax === prev.valueMax
  );
}
const CLOSE_BRACKETS = codes('）)');
const ONE = '1'.charCodeAt(0);
const RANK_ENDS = codes('前后後');
const ROUNDED_TO_END = codes('的近至');
/** The characters before those in ROUNDED_TO_BEFORE (接近, 近的, 入至). */
const ROUNDED_TO_BEFORE_END = codes('接近入');
const ROUNDED_TO_BEFORE = /(?:最接近的?|四捨五入至|四舍五入至)$/;
// (Or its bottom: 排名后3位的单位, the units to be named.)
const RANK_BAND_BEFORE = /(?:排名|排在|位居|位列|名列)[前后後]$|(?:进入|進入|入选|入選)[\u4e00-\u9fff]{0,6}前$/;

/**
 * The length of a list item's marker that a decimal seems to start with (3．3名 opening a line after
 * a line opening 2．), or 0.
 */
function markerLength(text: string, at: number, arabic: string): number {
  // (Its dot is the second or third character: a look at those first.)
  if (!isOneOfAt(arabic, 1, MARKER_DOTS) && !isOneOfAt(arabic, 2, MARKER_DOTS)) return 0;
  // (And it opens its line.)
  let line = at;
  while (line > 0 && isOneOfAt(text, line - 1, INDENT)) line--;
  if (line > 0 && text.charCodeAt(line - 1) !== NEWLINE) return 0;
  const m = MARKER_THEN_DIGIT.exec(arabic);
  if (!m) return 0;
  const n = Number(m[1]);
  if (n < 2) return 0;
  // (The last line before that opens on a number is item n − 1's, a marker too: 2．学会… over
  // 3．3名, not a table's 3800 or 2.12 over 3.42.)
  const before = text.slice(Math.max(0, line - PREVIOUS_ITEM_SPAN), line);
  const lines = [...before.matchAll(LINE_OPENING_NUMBER)];
  const last = lines[lines.length - 1];
  return last && Number(last[1]) === n - 1 && last[2] === m[2] ? m[1].length + 1 : 0;
}
/** A line opening on a number, its marker's dot if it has one (not a decimal's). */
const LINE_OPENING_NUMBER = /(?:^|\n)[ \u3000]*(\d+)([．.](?![0-9０-９])|)/g;
const MARKER_THEN_DIGIT = /^(\d{1,2})([．.])\d/;
const MARKER_DOTS = codes('．.');
const INDENT = codes(' \u3000');
/** How far back the item before may open its line. */
const PREVIOUS_ITEM_SPAN = 1500;

/**
 * Half in words, with what qualifies it (近一半, 超过半数) or after a change (减少一半): a
 * fraction, as 三分之一 is. A bare 一半 elsewhere is a word (一半时间).
 */
const HALF = /(?:(将近|將近|接近|近乎|不超过|不超過|超过|超過|多于|多於|不到|不足|不少于|不少於|不低于|不低於|至少|少于|少於|近|逾|约|約|快)|(?<=减少|減少|降低|下降|增加|提高|縮短|缩短|减少了|減少了|降低了|下降了|縮短了|缩短了|少了|佔了|占了|佔|占|的|其中|(?:提高|增加|提升|降低|下降)[至到]|降至|减至|減至|增至|达到|達到)|(?=(?:一半|半数|半數)(?:左右|以上|多(?![数數少]))))(一半|半数|半數)(左右|以上|多(?![数數少]))?/g;

/** (過半 is a phrase, 进度过半, 首度過半: a milestone told, no figure.) */
const OVER_HALF = /(逾)半(?![年月天日时時小个個钟鐘数數场場夜天])/g;

function withHalves(text: string, stats: Stat[], quotes: Array<[number, number]>): Stat[] {
  const halves: Stat[] = [];
  const cursor = { i: 0 };
  HALF.lastIndex = 0;
  for (let h = HALF.exec(text); h; h = HALF.exec(text)) {
    const start = h.index;
    const end = start + h[0].length;
    if (insideQuotes(quotes, cursor, start) || stats.some((s) => s.start < end && start < s.end)) continue;
    halves.push(make(text, start, end, 0.5, null, '%', h[1] ?? h[3] ?? null));
  }
  // (Hong Kong's 逾半: over half, without 一.)
  OVER_HALF.lastIndex = 0;
  const overCursor = { i: 0 };
  for (let h = OVER_HALF.exec(text); h; h = OVER_HALF.exec(text)) {
    const start = h.index;
    const end = start + h[0].length;
    if (insideQuotes(quotes, overCursor, start) || stats.some((s) => s.start < end && start < s.end)) continue;
    halves.push(make(text, start, end, 0.5, null, '%', h[1]));
  }
  // (增長逾倍: more than doubled, Hong Kong's 逾 before a bare 倍.)
  for (let at = text.indexOf('逾倍'); at >= 0; at = text.indexOf('逾倍', at + 2)) {
    if (!stats.some((s) => s.start < at + 2 && at < s.end)) halves.push(make(text, at, at + 2, 1, null, '倍', '逾'));
  }
  return halves.length ? [...stats, ...halves].sort((a, b) => a.start - b.start) : stats;
}

/** Chinese numerals under ten are a statistic only as a tenth, a multiple or a fraction (三成, 两倍, 一至兩成). */
function smallChineseCount(text: string, m: NumberMatch): boolean {
  if (m.chinese === undefined || m.chinese.length > 1 || TEN_OR_MORE.has(m.chinese.charCodeAt(0))) return false;
  const next = text.charCodeAt(m.index + 1);
  // (八折: a price in tenths, in words as 八成 is a share.)
  if (discountAt(text, m.index + 1)) return false;
  return next !== TENTH && next !== TIMES && tenthsRangeEnd(text, m.index + 1) === null && pointsAfter(text, m.index + 1) === null && !pointsRangeAt(text, m.index + 1) && decimalsBeforePointsRange(text, m.index + 1) === null && decimalsBeforeUnit(text, m.index + 1) === null && !measuredTimeAt(text, m.index) && !multipliedRangeEnd(text, m.index + 1) && !rangeToTenOrMore(text, m.index + 1) && !smallMoneyAt(text, m.index);
}

/**
 * Whether a numeral in words under ten at `at` is an amount of money: 澳門元二元；, 不到两块钱 (not
 * 二元结构, 一元复始).
 */
function smallMoneyAt(text: string, at: number): boolean {
  const unit = text[at + 1];
  if (unit !== '元' && unit !== '块' && unit !== '塊') return false;
  return CURRENCIES_BY_LAST.endingAt(text, at) !== null || !isHanAt(text, at + 2) || isOneOfAt(text, at + 2, MONEY_WORD);
}
const MONEY_WORD = codes('钱錢');

/** Whether a range's upper end in words with a multiplier (…至五万, …到两千) starts at `at`. */
function multipliedRangeEnd(text: string, at: number): boolean {
  const upper = rangeUpperAt(text, at);
  return upper !== null && wordsMultiplier(text, upper.start, upper.read) !== null;
}

/** The number after a range mark at `at` (…至五万, …到两千, …至兩成), and where it starts; or null. */
function rangeUpperAt(text: string, at: number): { read: Read; start: number } | null {
  const sep = RANGE_SEP.at(text, at);
  const read = sep ? readNumber(text, at + sep.length) : null;
  return read && { read, start: at + sep!.length };
}

/**
 * Whether a range in words under ten, its ends parted by 至 or 到 from `at`, counts things, neither a time nor
 * a team's size: 三至五场, 二至三吨 (not 三到五年, 两三次, 每队二至四人).
 */
function rangeOfThings(text: string, at: number, unit: string): boolean {
  return (text[at] === '至' || text[at] === '到') && !isTimeOrYears(unit) && !PEOPLE_UNITS.has(unit);
}
const PEOPLE_UNITS = new Set(['人', '名', '位']);

/**
 * Whether a range in words from `at` reaches ten or more (八到十个, 八至十二人), or counts with a measure word
 * (三至五场, 二至三吨; which of those count is decided once the unit is read, rangeOfThings): an estimate of a
 * count, not a word of the text.
 */
function rangeToTenOrMore(text: string, at: number): boolean {
  const upper = rangeUpperAt(text, at)?.read;
  return upper !== undefined && upper.chinese && (upper.value >= 10 || UNIT.at(text, upper.end) !== null);
}

/**
 * Whether a numeral in words at `at` is a time measured, told as about so long (審批時間由約六個月縮短至約三個月,
 * 約兩星期): a result the spec counts, unlike a period (近三个月) or an age (不足三個月).
 */
function measuredTimeAt(text: string, at: number): boolean {
  return aboutATime(prefixQualifier(text, at)?.qualifier, UNIT.at(text, at + 1));
}
const aboutATime = (qualifier: string | undefined, unit: string | null) => unit !== null && isTimeOrYears(unit) && ABOUT.has(qualifier ?? '');
/** A unit a time is told in, years too (约六个月, 三到五年). */
const isTimeOrYears = (unit: string) => TIME_UNITS.has(unit) || unit === '年';
const ABOUT = new Set(['约', '約', '大约', '大約']);

/** Whether a range of changes in points goes on at `at` (一|到两个百分点, 兩|至三個百分點). */
function pointsRangeAt(text: string, at: number): boolean {
  const upper = rangeUpperAt(text, at)?.read;
  return upper !== undefined && upper.chinese && pointsAfter(text, upper.end) !== null;
}

/** Where a Chinese numeral's decimals at `at` end before a range of points (零|点一至零点二个百分点), or null. */
function decimalsBeforePointsRange(text: string, at: number): number | null {
  if (!isOneOfAt(text, at, CN_POINTS)) return null;
  const end = chineseDecimalsEnd(text, at);
  return end > at + 1 && pointsRangeAt(text, end) ? end : null;
}

/** Where a change in points ends that a Chinese numeral's decimals and unit start at `at` (六|點二個百分點, 两|个百分点), or null. */
function pointsAfter(text: string, at: number): number | null {
  const end = isOneOfAt(text, at, CN_POINTS) ? chineseDecimalsEnd(text, at) : at;
  const unit = POINT_UNITS.at(text, end);
  return unit ? end : null;
}

/**
 * Where a Chinese numeral's decimals end before a unit or a multiplier (零点八元, 三点五亩, 一点二亿元),
 * or null: not a clock's hour (十点三十分, 八点半) nor "a little" (一点).
 */
function decimalsBeforeUnit(text: string, at: number): number | null {
  if (!isOneOfAt(text, at, CN_POINTS)) return null;
  let end = at + 1;
  while (isOneOfAt(text, end, CN_DIGITS)) end++;
  if (end === at + 1) return null;
  const unit = UNIT.at(text, end);
  if (unit ? CLOCK_UNITS.has(unit) : !multiplierAt(text, end)) return null;
  return end;
}
const CN_DIGITS = codes('〇零一二三四五六七八九');
const CLOCK_UNITS = new Set(['分', '分钟', '分鐘', '秒', '点', '點', '个', '個']);
const CN_POINTS = codes('点點');
const CHANGE_VERB_AFTER = /^(?:降|减|減|下降|上升|提高|提到|提升|增加|增至|升至|升到)/;
const POINT_UNITS = new Words(['个百分点', '個百分點', '百分点', '百分點', '倍']);

/** The upper end of a range of tenths at `at` (…至兩成, …至2成): its value and where it ends, or null. */
function tenthsRangeEnd(text: string, at: number): { value: number; end: number } | null {
  const upper = rangeUpperAt(text, at)?.read;
  // (六至八折 too: a range of prices in tenths.)
  if (!upper || upper.value >= 10 || (text.charCodeAt(upper.end) !== TENTH && !discountAt(text, upper.end))) return null;
  // (一成至一成半, 5成6至8成2: the upper end a tenth and a half, or and a digit.)
  if (text.charCodeAt(upper.end + 1) === HALF_MARK) return { value: upper.value + 0.5, end: upper.end + 2 };
  const digit = readNumber(text, upper.end + 1);
  if (digit && !digit.chinese && digit.end === upper.end + 2 && !KEEPS_NUMBER_GOING.has(text.charCodeAt(digit.end))) return { value: upper.value + digit.value / 10, end: digit.end };
  return { value: upper.value, end: upper.end + 1 };
}
const CURRENCY_WORD_BEFORE = /(?:港幣|港币|澳門幣|澳门币|新臺幣|新台幣|人民幣|人民币)$/;
/** A numeral that is a multiplier alone: 百萬, 千, 億. */
const MULTIPLIER_ONLY = /^[百千万萬亿億]+$/;
const TIER_AFTER = codes('額额');
const FACTOR_BEFORE = /(?:係數|系数)[^，,。；;]{0,4}每[^，,。；;\d]{1,3}$/;
const FINANCIAL_CAPITALS = /[壹貳贰參叁肆伍陸柒捌玖拾佰仟]/;
/** A bracket opened just before (its currency's name may come first: （新臺幣參仟元整）). */
const RESTATING_BRACKET = /[（(][^（）()]{0,5}$/;
const CAPITALS_THEN_BRACKET = /[壹貳贰參叁肆伍陸柒捌玖拾佰仟][萬万億亿]?[元圆圓]整?[（(][￥¥]?$/;
const BRACKET_OR_YEN = codes('（(￥¥');
/** 十 alone is ten, not under ten: 十個國家和地區 states a count (and 千余名 one of a thousand). */
const TEN_OR_MORE = codes('十拾廿卅百佰千仟万萬亿億');

/**
 * Whether what stands around the number at `start` makes it no figure, before anything is read: the
 * base of a rate, an ordinal, a time, an identifier, a widget's counter, a term, a vague count.
 */
const ASCII_COMMA = 0x2c;
function rejectedByContext(text: string, start: number, m: NumberMatch, afterMarker: boolean): boolean {
  if (smallChineseCount(text, m)) return true; // the common case: 一 of 统一, 二 of 二是
  // (Most checks look at the character just before the number first.)
  const before = text.charCodeAt(start - 1);
  // 每100位, 每万人: the base of a rate, no figure of its own.
  // (每投資1元可帶動11.4元: a spending's base, one unit of money.)
  // (每20～30亩: a ranged base, its upper end too.)
  // (每 5 分鐘自動更新: spaced too.)
  if (before === EVERY || (before === SPACE && text.charCodeAt(start - 2) === EVERY) || (text.charCodeAt(start) === ONE && BASE_UNIT.test(text.slice(start, start + 4)) && EVERY_SPENT.test(text.slice(Math.max(0, start - 4), start)))) return true;
  if (RANGE_SEP_CODES.has(before) && text.charCodeAt(rangeStart(text, start) - 1) === EVERY) return true;
  // $百萬元, a table's heading: what its figures count in.
  // (Or in its currency's name: 港幣百萬元.)
  if (m.chinese !== undefined && MULTIPLIER_ONLY.test(m.chinese) && (before === DOLLAR || CURRENCY_WORD_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) return true;
  // 第147至158段, 第2.6至2.9段, 第2.15及2.16段: a range or a pair of ordinals.
  if ((RANGE_SEP_CODES.has(before) || AND_CODES.has(before)) && digitBeforeMark(text, start - 1) && ORDINAL_RANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // 1點等同新臺幣1元: what a unit is worth, a definition (both sides).
  if (DEFINED_AS_ENDS.has(before) && DEFINED_AS_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // 一式3份: how many copies to hand in, a form's requirement.
  if (text.startsWith('一式', start - 2)) return true;
  // 電力排碳係數每度0.494公斤: a conversion factor a figure is worked out with, no finding.
  // (Its 每 stands two to four characters before the number: a look at those first.)
  if (wordNear(text, '每', start - 1, 3) && FACTOR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // 第二級別（百分之五至低於百分之十）: the bounds that define a level of an index.
  if (insideLevelDefinition(text, start)) return true;
  // 最近1期, 最近3年: which period, the latest ones; 首十項權利要求 in words: which items, the first ones
  // (首300名入場觀眾 and 首200萬澳門元 in digits are a threshold's size).
  if (text.startsWith('最近', start - 2) || (before === FIRST && m.chinese !== undefined)) return true;
  // An amount in financial capitals in brackets ($1,500,000.00（澳門元壹佰伍拾萬元整）) restates the figure
  // before it; alone (每件奖励人民币伍佰元) it is the only statement of the amount.
  if (m.chinese !== undefined && FINANCIAL_CAPITALS.test(m.chinese) && RESTATING_BRACKET.test(text.slice(Math.max(0, start - 6), start))) return true;
  // (So does a figure in brackets after one in financial capitals: 壹佰壹拾叁万捌仟元整（￥1,138,000.00元）.)
  if (m.chinese === undefined && BRACKET_OR_YEN.has(before) && CAPITALS_THEN_BRACKET.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (isIdentAt(text, start - 1) && !text.startsWith('MOP', start - 3) && !afterMarker && !printedPlus(text, start)) return true;
  // (ISO/IEC 42001人工智能管理體系: a standard's number, a space after its body's letters.)
  if (before === SPACE && STANDARD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (SPACES.has(before) && text.charCodeAt(start - 2) === ORDINAL) return true; // 第 19 期, spaced out
  if (LIST_COMMAS.has(before) && ORDINAL_LIST_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true; // 分居全國第1、2名, 修正第 3、5、7 點
  // (Not after a lot's or a section's label: 合同包1：0.43万元.)
  if (COLONS.has(before) && isDigitAt(text, start - 2) && !LOT_LABEL.test(text.slice(Math.max(0, start - 5), start))) return true; // 9:00, 1:8
  // 82,6%: a decimal comma's fraction, a Portuguese or European figure's tail (its whole part a thousands group would have three digits).
  if (before === ASCII_COMMA && isDigitAt(text, start - 2) && m.chinese === undefined && m.end - start <= 2) return true;
  if (ANNEX_BY_LAST.endingAt(text, start)) return true; // 附件1所列名额
  // 附件：…公开表（共9张）: how long an attachment is, on the line that lists it.
  if (before === ALL_OF && isOneOfAt(text, start - 2, OPEN_BRACKETS) && ANNEX_LINE.test(text.slice(text.lastIndexOf('\n', start) + 1, start))) return true;
  // 附件：…兑现企业名单（36家）.xlsx: how many a listed file names, the text's own count given elsewhere.
  if (isOneOfAt(text, start - 1, OPEN_BRACKETS) && FILE_AFTER.test(text.slice(m.end, m.end + FILE_AFTER_SPAN)) && ANNEX_LINE.test(text.slice(text.lastIndexOf('\n', start) + 1, start))) return true;
  if (start >= 2 && isOneOfAt(text, start - 2, RANGE_BEFORE) && isDigitAt(text, start - 1)) return true;
  if (widgetBefore(text, start) || widgetAfter(text, m.end)) return true;
  // （單位：百萬澳門元）: what a table's figures are counted in.
  if (LABEL_ENDS.has(before) && UNIT_LABEL_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
  // 试用期6个月, 有效期3年: a term, not a result (but 公示18条 is a count of notices).
  if (termBefore(text, start) && TIME_AFTER.test(text.slice(m.end, m.end + TIME_AFTER_SPAN))) return true;
  // 排名前10%期刊: a band of a ranking, no share of anything counted; 四捨五入至最接近的十萬元: a precision.
  if ((RANK_ENDS.has(before) && RANK_BAND_BEFORE.test(text.slice(Math.max(0, start - 11), start))) || (ROUNDED_TO_END.has(before) && isOneOfAt(text, start - 2, ROUNDED_TO_BEFORE_END) && ROUNDED_TO_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) return true;
  // 数十家, 几百人: no number is stated.
  // (But 指數一點五倍 is an index, then one and a half times.)
  // (会员总数三千四百余人: 总数 is the total, not "several".)
  if (m.chinese !== undefined && VAGUE_BEFORE.has(before) && !isOneOfAt(text, start - 2, TOTAL_OF) && !(isOneOfAt(text, m.end, CN_POINTS) && text[start - 2] === '指')) return true;
  return false;
}

/**
 * The fraction at `start` (三分之一, 百分之五至百分之十一, 3分之1), as a share; `digits`: the numerator
 * after 分之 of a fraction in digits; `prefix`: the qualifier before it.
 */
function readFraction(text: string, start: number, m: NumberMatch, digits: NumberMatch | null, prefix: { qualifier: string; start: number } | null): Stat | null {
  let qualifier = prefix?.qualifier ?? null;
  const qualifierStart = prefix?.start ?? start;
  const den = m.denominator !== undefined ? parseChineseNumeral(m.denominator) : parseArabic(m.arabic!);
  const num = numeratorValue(m.denominator !== undefined ? (m.numerator ?? '') : digits!.arabic!);
  // (A rate may pass the whole: 百分之一百一十七.)
  if (!den || num === null || (num > den && den !== 100)) return null;
  let end = m.denominator !== undefined ? m.end : digits!.end;
  // 全額、四分三額及半額: the name of an allowance's tier, whose amount is the figure.
  if (isOneOfAt(text, end, TIER_AFTER) && text[end + 1] !== '度') return null;
  // 百分之五至百分之十一: a range of two fractions of the same whole.
  let valueMax: number | null = null;
  const sep = RANGE_SEP.at(text, end);
  const upper = sep && m.denominator !== undefined ? upperNumerator(text, end + sep.length, m.denominator) : null;
  if (upper) {
    const num2 = numeratorValue(upper.numerator);
    if (num2 !== null && num2 > num && num2 <= den) {
      valueMax = fraction(num2, den);
      end = upper.end;
    }
  }
  // (Not 弱 that starts a word: 三分之一弱势群体.)
  const strength = isOneOfAt(text, end, STRONG) && !(text[end] === '弱' && isHanAt(text, end + 1) && text[end + 1] !== '的');
  const post = AFTER_UNIT_QUALIFIER.at(text, end) ?? (strength ? text[end] : null);
  if (post && !(post === '多' || post === '余' || post === '餘')) {
    qualifier ??= post;
    end += post.length;
  }
  if (comparedWithBenchmark(text, prefix, qualifier, end)) return make(text, start, end, fraction(num, den), valueMax, '%', null);
  return make(text, qualifierStart, end, fraction(num, den), valueMax, '%', qualifier);
}

/**
 * A share in tenths whose 成 or 折 stands at `at` (三成 = 30 %, 2成5, 八成半, 3至5成, 三成多, 約一成至兩成);
 * `tenths`, `tenthsMax`: the number before it (and a range's upper end).
 */
function readTenths(text: string, at: number, tenths: number, tenthsMax: number | null, qualifier: string | null): { value: number; valueMax: number | null; end: number; qualifier: string | null } {
  let valueMax = tenthsMax;
  let value = tenths * 10; // 三成 = 30 %
  let pos = at + 1;
  // 3至5成: a range of tenths.
  if (valueMax !== null) valueMax *= 10;
  // 2成5 = 25 %: one more digit is a twentieth more; 八成半 = 85 %.
  // (約九成參與者: 參 starts 參與, no digit of the share.)
  const digit = valueMax === null && !startsVerbCan(text, pos) ? readNumber(text, pos) : null;
  if (digit && digit.end === pos + 1 && digit.value < 10 && !KEEPS_NUMBER_GOING.has(text.charCodeAt(pos + 1))) {
    value += digit.value;
    pos += 1;
  } else if (valueMax === null && text.charCodeAt(pos) === HALF_MARK) {
    value += 5;
    pos += 1;
  }
  // 三成多: a little over, where the clause goes on no further (三成多为…: "mostly").
  // (兩成幾 likewise, wherever it stands.)
  // (三成多降到了一成左右: a little over, then a change.)
  if (valueMax === null && isOneOfAt(text, pos, AFTER_NUMBER_QUALIFIERS) && (pos + 1 >= text.length || CLAUSE_END.has(text.charCodeAt(pos + 1)) || text.charCodeAt(pos + 1) === OF || text.charCodeAt(pos) === SOME || CHANGE_VERB_AFTER.test(text.slice(pos + 1, pos + 3)))) {
    qualifier ??= text[pos];
    pos += 1;
  }
  // 約一成至兩成: each end a tenth.
  const upper = valueMax === null ? tenthsRangeEnd(text, pos) : null;
  if (upper && upper.value * 10 > value) {
    valueMax = upper.value * 10;
    pos = upper.end;
  }
  return { value, valueMax, end: pos, qualifier };
}

/**
 * The unit after the number that ends at `at` (with a half after it, a per-unit rate's second unit, a
 * range's upper end in the same unit), or null where none follows; `value`, `valueMax`: the figure so far.
 */
function readUnit(text: string, at: number, first: Read, value: number, valueMax: number | null, opens: number): { unit: string; value: number; valueMax: number | null; end: number } | null {
  let pos = at;
  const spaced = !first.chinese && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === NBSP) ? 1 : 0;
  let u = UNIT.at(text, pos + spaced);
  // (印尼742人次之, 越南9件次之: 742人 and 9件, and 次之 "comes next".)
  if (u && u.length === 2 && u.endsWith('次') && text.charCodeAt(pos + spaced + 2) === ZHI && !WITHIN_OR_BETWEEN.has(text.charCodeAt(pos + spaced + 3))) u = u[0];
  if (!u) return null;
  let unit = u;
  pos += spaced + u.length;
  // 一倍半: one and a half times; 約一年半: one year and a half.
  if ((u === '倍' || (u === '年' && !isHanAt(text, pos + 1))) && text.charCodeAt(pos) === HALF_MARK) {
    value += 0.5;
    pos += 1;
  }
  // 1個半小時: one and a half hours, the measure word before the half.
  const halfOf = (u === '个' || u === '個') && text.charCodeAt(pos) === HALF_MARK ? HALF_UNITS.at(text, pos + 1) : null;
  if (halfOf) {
    value += 0.5;
    unit = HALF_UNITS_AS.get(halfOf) ?? halfOf;
    pos += 1 + halfOf.length;
  }
  // (2小時14分鐘: one duration, in minutes.)
  const minutes = (u === '小时' || u === '小時') && valueMax === null && !first.chinese ? minutesAfter(text, pos) : null;
  if (minutes) {
    value = value * 60 + minutes.value;
    unit = '分钟';
    pos = minutes.end;
  }
  // A concentration, a density, a rate or a yield: 27微克/立方米, 160人/平方公里, 0.11微西弗/小時, 24.3米/秒, 176.3公斤/亩.
  const per = SLASHES.has(text.charCodeAt(pos))
    ? (PER_UNIT.at(text, pos + 1) ?? (PER_WEIGHT_OF.has(u) ? PER_WEIGHT.at(text, pos + 1) : null) ?? (PER_AREA_OF.has(u) ? PER_AREA.at(text, pos + 1) : null) ?? (PER_PERSON_OF.has(u) ? PER_PERSON.at(text, pos + 1) : null) ?? (PER_ITEM_OF.has(u) ? PER_ITEM.at(text, pos + 1) : null))
    : null;
  if (per) {
    unit = `${u}/${per}`;
    pos += 1 + per.length;
  }
  // A range with its unit on both ends: 21,000元至32,100元.
  const upper = valueMax === null ? unitRangeEnd(text, pos, first, u, opens) : null;
  if (upper) {
    valueMax = upper.value;
    pos = upper.end;
  }
  return { unit, value, valueMax, end: pos };
}

/** The minutes after an hour's count at `at` (…小時14分鐘), under sixty, or null. */
function minutesAfter(text: string, at: number): { value: number; end: number } | null {
  const m = numberAt(text, at);
  if (m?.arabic === undefined || !MINUTES.at(text, m.end)) return null;
  const value = parseArabic(m.arabic);
  return value < 60 && Number.isInteger(value) ? { value, end: m.end + 2 } : null;
}
const MINUTES = new Words(['分钟', '分鐘']);

/**
 * Whether the figure read from `opens` to `end` bounds a class of things counted by another figure
 * (超过3%的仅有14家), or belongs to a term's definition or a standard's span, not to a finding;
 * `qualified`: the qualifier before it, `post`: the one after it.
 */
function boundsOrDefines(text: string, opens: number, end: number, f: { percent: boolean; unit: string; valueMax: number | null; qualified: string | null; post: string | null }): boolean {
  const { percent, unit, valueMax, qualified, post } = f;
  // (續航里程逾100公里之車型: the size that makes a model, no figure of the work.)
  if (isOneOfAt(text, end, OF_OR_ZHI) && MODEL_CLASS_AFTER.test(text.slice(end, end + 3))) return true;
  // (比重在1%以下的企业有61家, 超过3%的仅有14家, 完成进度超过60%的有…: a share that bounds a class
  // of bodies, their count the figure; 增长20%以上的企业，给予… is a threshold, and counts, and so
  // does a count's bound, 活动不足4次的有…, as settled pages read it.)
  if (percent && (SHARE_BOUNDS.has(qualified ?? '') || post === '以上' || post === '以下') && CLASS_BY_SHARE_AFTER.test(text.slice(end, end + 12))) return true;
  // (超过50亿元的设区市有5个, 支出超过1亿元的企业增加到10家: a size over which bodies are counted,
  // the count the figure; 工程費超過3億元的基本工程項目，須… is a threshold.)
  // (So are money's bands: 成交價低於300萬澳門元的住宅單位有512個, 介乎300萬至500萬澳門元的有566個,
  // 500萬澳門元或以上的有784個.)
  // (Of any measure too, bodies counted over or under it: 个人会员超过1000人的学会有11个, 展廳面積1萬平方米以上的場館有3個,
  // 年度科普活动超过100场次的县（市、区）有14个.)
  // (Both asked only where 的 follows the figure, its bound's word maybe between: most figures have none.)
  if (ofAfterBound(text, end)) {
    const bounded = qualified !== null || BOUND_WORD.test(post ?? '') || BOUND_WORD.test(text.slice(end, end + 3));
    if (BANDED_MONEY.has(unit) && (bounded || valueMax !== null || rangeStart(text, opens) < opens) && CLASS_COUNTED_AFTER.test(text.slice(end, end + 14).replace(BOUND_WORD, ''))) return true;
    if (!BANDED_MONEY.has(unit) && !percent && bounded && BODIES_COUNTED_AFTER.test(text.slice(end, end + 18).replace(BOUND_WORD, ''))) return true;
  }

  // (团体参观（20人以上）的，须预约: a bound in brackets that says what makes the class, no figure.)
  // (Not an estimate's: 第二期（約69公頃）的第一階段.)
  if ((post === '以上' || post === '以下') && (text[opens - 1] === '（' || text[opens - 1] === '(') && CLASS_BRACKET_CLOSE.test(text.slice(end, end + 2))) return true;
  // (规上工业企业：指年主营业务收入2000万元及以上的…: a term's definition in a glossary, no figure; so
  // is one in brackets, 18個酷熱日（即最高氣溫達攝氏33度或以上的日子）.)
  // (Most numbers have no 指 or 即 before them: the patterns run only after one.)
  if (oneWithin(marks.means, opens, DEFINITION_SPAN) && DEFINED_TERM_BEFORE.test(text.slice(Math.max(0, opens - DEFINITION_SPAN), opens))) return true;
  if (oneWithin(marks.thatIs, opens, DEFINITION_SPAN) && DEFINED_IN_BRACKETS_BEFORE.test(text.slice(Math.max(0, opens - DEFINITION_SPAN), opens)) && (BOUND_OF_CLASS_AFTER.test(text.slice(end, end + 10)) || (BOUND_POSTS.has(post ?? '') && text.charCodeAt(end) === OF))) return true;
  // (95%信心水準: a survey's confidence level, no finding.)
  if (percent && isOneOfAt(text, end, CONFIDENCE_FIRST) && CONFIDENCE_AFTER.test(text.slice(end, end + 5))) return true;
  // (全国1%人口抽样调查: a survey's name, the share it samples.)
  if (percent && isOneOfAt(text, end, SAMPLE_SURVEY_FIRST) && SAMPLE_SURVEY_AFTER.test(text.slice(end, end + 8))) return true;
  // (按照相关标准，硒含量在0.04—0.30毫克/千克之间才能称为富硒稻谷: a standard's span, no finding.)
  // (Its upper end read alone is the span's too.)
  // (标准规定为≤100mg/kg, 规定的限量（≤0.01mg/kg）: a standard's limit that a finding is measured against.)
  if (isOneOfAt(text, opens, LIMIT_SIGNS) && STANDARD_LIMIT_BEFORE.test(text.slice(Math.max(0, opens - 8), opens))) return true;
  if (BETWEEN.at(text, end)) {
    const from = rangeStart(text, opens);
    if ((valueMax !== null || from < opens) && STANDARD_NAMED_BEFORE.test(text.slice(Math.max(0, from - STANDARD_SPAN), from))) return true;
  }
  return false;
}

const CLASS_BRACKET_CLOSE = /^[)）]的/;

/**
 * The statistic the number `m` at `start` opens, or null: its qualifiers, multiplier, range, unit, and
 * the checks of what follows it. `afterMarker`: the number follows an item's marker (3．3名以上).
 */
function readStat(text: string, start: number, m: NumberMatch, dollar: string | null, afterMarker = false): Stat | null {
  if (rejectedByContext(text, start, m, afterMarker)) return null;
  // 上千名, 上万人次: a round thousand or ten thousand, and more.
  // (上千名, and Hong Kong's 過百間: a round hundred or thousand, and more.)
  const prefix =
    prefixQualifier(text, start) ??
    // (And 上亿元, over a hundred million; 过亿元 names a class of firm, 过亿元企业.)
    (m.chinese !== undefined && (ROUND_MULTIPLIER.test(m.chinese) ? isOneOfAt(text, start - 1, ROUND_OVER) : HUNDRED_MILLION.test(m.chinese) && text[start - 1] === '上') ? { qualifier: text[start - 1], start: start - 1 } : null) ??
    // (小两百场, spoken for nearly two hundred; 缩小两成 narrows by a share.)
    (m.chinese !== undefined && text.charCodeAt(start - 1) === NEARLY_SMALL && ROUND_IN_WORDS.test(m.chinese) && !isOneOfAt(text, start - 2, MAKES_SMALLER) ? { qualifier: '小', start: start - 1 } : null);
  let qualifier = prefix?.qualifier ?? null;
  let qualifierStart = prefix?.start ?? start;

  // A rate per 100,000 (孕产妇死亡率为11.8/10万, 42.6/10萬): a share, as ‰ is, and no fraction 1/10.
  const perHundredThousand = m.arabic !== undefined ? PER_HUNDRED_THOUSAND.at(text, m.end) : null;
  // (Not a note's definition of the unit: 孕产妇死亡率单位为1/10万.)
  if (perHundredThousand && !isOneOfAt(text, m.end + perHundredThousand.length, MONEY_AFTER_RATE) && !UNIT_IS_BEFORE.test(text.slice(Math.max(0, start - 3), start))) {
    return make(text, qualifierStart, m.end + perHundredThousand.length, tidy(parseArabic(m.arabic!) / 100_000), null, '%', qualifier);
  }
  // A fraction written with a slash, as a qualifier states it (近1/3): not a date (3/14) nor a school year (2024/25).
  // (Or a share, 约占全市村（社区）总数的1/5.)
  const slashed = (prefix || shareOf(text, start)) && m.arabic !== undefined ? slashFraction(text, m) : null;
  if (slashed) {
    const post = AFTER_UNIT_QUALIFIER.at(text, slashed.end);
    const counted = post === '以上' || post === '以下' || post === '左右';
    return make(text, qualifierStart, slashed.end + (counted ? 2 : 0), slashed.value, null, '%', counted ? (qualifier ?? post) : qualifier);
  }
  // Fractions: 三分之一, 百分之九十, 五分之三以上; in digits, 3分之1.
  const digitFraction = m.arabic !== undefined && text.startsWith('分之', m.end) ? numberAt(text, m.end + 2) : null;
  if (m.denominator !== undefined || digitFraction?.arabic !== undefined) return readFraction(text, start, m, digitFraction, prefix);

  // (十零年, 百零人: spoken Cantonese for ten-odd, a hundred-odd; the 零 is the qualifier.)
  const odd = m.chinese !== undefined && ODD_ZERO.test(m.chinese) ? parseChineseNumeral(m.chinese.slice(0, -1)) : null;
  let first = odd !== null ? { value: odd, end: m.end - 1, chinese: true, bare: false } : (readMatch(m) ?? discountInWords(text, m));
  if (!first) return null;
  // (六點二個百分點: a Chinese numeral's decimals, read where a change in points follows.)
  // (Or the lower end of a range of them: 零点一至零点二个百分点.)
  const points = first.chinese && isOneOfAt(text, first.end, CN_POINTS) ? (pointsAfter(text, first.end) ?? decimalsBeforePointsRange(text, first.end)) : null;
  if (points !== null) first = { ...first, value: parseChineseDecimal(text.slice(m.index, points)) ?? first.value, end: points };
  // (And where a unit or a multiplier follows, a figure told exactly: 人均科普经费仅为零点八元, 一点二亿元.)
  const decimals = points === null && first.chinese ? decimalsBeforeUnit(text, first.end) : null;
  const decimal = decimals === null ? null : parseChineseDecimal(text.slice(m.index, decimals));
  if (decimals !== null && decimal !== null) first = { ...first, value: decimal, end: decimals, chinese: false };
  const multiplied = amountAfter(text, first, 1);
  const scale = multiplied.scale;
  let pos = multiplied.end;
  let value = multiplied.value;
  let valueMax: number | null = first.max !== undefined ? first.max * (multiplied.value / first.value) : null;
  let percent = false;

  // (300 余名: so may it part them from 余 or 多 before the unit.)
  if (!first.chinese && isOneOfAt(text, pos, SPACES_SHOWN) && isOneOfAt(text, pos + 1, SPACED_MORE) && UNIT.at(text, pos + 2) !== null) pos += 1;
  // (Not the + of a sum or a formula: 3+1, 1+N.)
  // (十来亩, 五百来斤: 来 after numerals in words, as 多 is; after digits where a unit follows, 200来斤.)
  const afterNumber =
    (isOneOfAt(text, pos, AFTER_NUMBER_QUALIFIERS) && !(isOneOfAt(text, pos, PLUS) && !isHanAt(text, pos + 1))) ||
    (isOneOfAt(text, pos, ABOUT_MARKS) && (first.chinese || UNIT.at(text, pos + 1) !== null)) ||
    // (千把户, 万把人: spoken for about a thousand, ten thousand; 62万把 counts chairs.)
    (text.charCodeAt(pos) === ABOUT_BA && m.chinese !== undefined && ROUND_MULTIPLIER.test(m.chinese) && UNIT.at(text, pos + 1) !== null) ||
    odd !== null
      ? text[pos]
      : null;
  if (afterNumber) {
    qualifier ??= afterNumber;
    pos += 1;
    // 60余万亩, 3千余名, 千余万元, 2千多万元: a larger multiplier after the qualifier.
    const mult = multiplierAt(text, pos);
    if (mult && multiplierValue(mult) > scale) {
      // (In words it ends the numeral: 五億六千餘萬元 is 五億六千萬, not 五億六千 times 萬.)
      const whole = first.chinese && m.chinese !== undefined && multiplied.end === first.end ? parseChineseNumeral(m.chinese + mult) : null;
      value = whole ?? value * multiplierValue(mult);
      pos += mult.length;
    }
  }
  // A rate in per cent, or per mille (出生率10.35‰).
  let rateBase = 100;
  if (isOneOfAt(text, pos, PERCENT_SIGNS)) {
    percent = true;
    if (text.charCodeAt(pos) === PER_MILLE) rateBase = 1000;
    pos += 1;
  }

  // A range: 4.5%—5%, 8000—10000元, 3至5个.
  const sep = !afterNumber ? RANGE_SEP.at(text, pos) : null;
  if (sep) {
    // ($99至$599: the currency again before the upper end.)
    const currency = CURRENCIES_BY_LAST.endingAt(text, start);
    // (約280萬至約1,950萬元: the qualifier again before the upper end.)
    const about = changedBy(text, qualifierStart) ? 0 : aboutAgain(text, pos + sep.length);
    const again = about + (currency && text.startsWith(currency, pos + sep.length + about) ? currency.length : 0);
    const secondAt = pos + sep.length + again;
    let second = readNumber(text, secondAt);
    // (零点一至零点二个百分点: the upper end's decimals too.)
    const secondPoints = second?.chinese && points !== null ? pointsAfter(text, second.end) : null;
    if (second && secondPoints !== null && secondPoints > second.end) second = { ...second, value: parseChineseDecimal(text.slice(secondAt, secondPoints)) ?? second.value, end: secondPoints };
    // (上升11.6%至45.38萬人次: a share, then the total it brought; no range.)
    const shareThenTotal = percent && second !== null && !isOneOfAt(text, amountAfter(text, second, scale).end, PERCENT_SIGNS);
    if (second && second.chinese === first.chinese && !shareThenTotal) {
      // 3万—5: the second end shares the first's multiplier unless it has its own.
      const upper = amountAfter(text, second, scale);
      const scale2 = upper.scale;
      let p2 = upper.end;
      const pct2 = isOneOfAt(text, p2, PERCENT_SIGNS);
      if (pct2) p2 += 1;
      if (identAfter(text, p2)) return null; // 2019-03-18, 13-1.JPG
      percent ||= pct2;
      valueMax = upper.value;
      // 10—20万元: a first end without a multiplier of its own shares the second's, when it is
      // then the smaller (5000—1万 keeps its own).
      if (multiplied.end === first.end && upper.end > second.end && first.value < second.value) {
        value = first.value * scale2;
      } else if (first.chinese && multiplied.end === first.end && first.value < 10) {
        // 三至五万元, 一至两千元: in words too, the lower end shares the multiplier of the upper.
        const shared = wordsMultiplier(text, secondAt, second);
        if (shared && first.value * shared < upper.value) value = first.value * shared;
      }
      pos = p2;
    }
  }

  // (Glued to a unit of its own, 312Mbps or 38.6萬TB, a number is no identifier.)
  if (identAfter(text, pos) && !latinUnitAt(text, pos)) return null;

  let unit: string | null = null;
  const [numberEnd, valueRead, valueMaxRead] = [pos, value, valueMax];
  if (percent) {
    unit = '%';
  } else if (discountAt(text, pos) && !first.chinese && valueMax === null && Number.isInteger(first.value) && first.value >= 10 && first.value < 100) {
    // (85折: a price at 85 % of the full one, its two digits the percentage.)
    unit = '%';
    percent = true;
    pos += 1;
  } else if (
    ((text.charCodeAt(pos) === TENTH && isTenth(text, pos, first.value)) || (discountAt(text, pos) && (!first.chinese || first.end === start + 1))) &&
    first.value < 10 &&
    (valueMax === null || valueMax < 10)
  ) {
    // (8折, 3折5: a price in tenths of the full one, as 成 is a share.)
    unit = '%';
    percent = true;
    ({ value, valueMax, end: pos, qualifier } = readTenths(text, pos, first.value, valueMax, qualifier));
  } else {
    const read = readUnit(text, pos, first, value, valueMax, qualifierStart);
    if (read) ({ unit, value, valueMax, end: pos } = read);
  }
  const unread = { pos: numberEnd, value: valueRead, valueMax: valueMaxRead };

  if (unit && unit !== '%') {
    if (!acceptUnit({ text, start: qualifierStart, end: pos, first, unit, approximate: afterNumber !== null })) {
      // (An amount its sign names stands without the word after it: HK$100萬種子基金.)
      if (!currencySign(text, start, dollar)?.trimEnd().endsWith('$')) return null;
      unit = null;
      ({ pos, value, valueMax } = unread);
    }
  }
  // (A sign before an amount in 元 names its dollar too: $198.3億元 on a Hong Kong page.)
  const signBefore = !unit || unit === '元' ? currencySign(text, start, dollar) : null;
  const sign = unit && !signBefore?.trimEnd().endsWith('$') ? null : signBefore;
  if (sign) {
    unit = CURRENCY_SIGNS.get(sign.trimEnd()) ?? dollar!;
    // (The span takes in the sign, and the qualifier before it: 逾HK$14億.)
    if (!prefix) qualifierStart = start - sign.length;
    // (And a fee's head after it: MOP$1,200/人.)
    const per = SLASHES.has(text.charCodeAt(pos)) && PER_ITEM_OF.has(unit) ? PER_ITEM.at(text, pos + 1) : null;
    if (per) {
      unit = `${unit}/${per}`;
      pos += 1 + per.length;
    }
  } else if (!unit) {
    // No measure word: the counted noun is the unit (25萬多會員 → 会员), only for amounts.
    if (scale === 1 && !afterNumber) return null;
    if (first.chinese || isOneOfAt(text, pos, COUNTED_NOUN_STOP)) return null;
    if (!isHanAt(text, pos) || !isHanAt(text, pos + 1)) return null;
    // (約98萬入場人次: the noun of a count in 人次, the unit after it too.)
    const perVisit = text.startsWith('人次', pos + 2) ? 2 : 0;
    unit = text.slice(pos, pos + 2 + perVisit);
    pos += 2 + perVisit;
  }
  // A lone 百/千/万 is a count only with a qualifier (千余名, 万余人次, 近千人): 千方百计 and 万家 are not.
  const measuredTime = aboutATime(prefix?.qualifier, unit);
  if (first.chinese && ((first.bare && !afterNumber && !prefix) || (value < 10 && (valueMax === null || valueMax < 10) && !(valueMax !== null && rangeOfThings(text, first.end, unit)) && !SMALL_IN_WORDS.has(unit) && !measuredTime && !smallMoneyAt(text, first.end - 1)))) return null;

  // (51.6% 左右: a space may part it too, where every number is spaced.)
  if (isOneOfAt(text, pos, SPACES_SHOWN) && SPACED_POST.has(AFTER_UNIT_QUALIFIER.at(text, pos + 1) ?? '')) pos += 1;
  // (兩倍有多: Cantonese for more than; not 有多少.)
  const post = text.startsWith('有多少', pos) ? null : AFTER_UNIT_QUALIFIER.at(text, pos);
  // 多/余 after a unit start the next word (人多力量大); only the positional words count here,
  // and 多 after a multiple (1倍多) or after money at a clause's end (每斤多卖1块多，).
  const moneyAndMore = post === '多' && MONEY_MORE_UNITS.has(unit ?? '') && (pos + 1 >= text.length || MONEY_MORE_END.has(text.charCodeAt(pos + 1)));
  // (And before a change: 亩产从5吨多提高到7吨.)
  const moreBeforeChange = post === '多' && CHANGE_AFTER_MORE.test(text.slice(pos + 1, pos + 3));
  if (post && (!(post === '多' || post === '余' || post === '餘') || (unit === '倍' && post === '多') || moneyAndMore || moreBeforeChange)) {
    qualifier ??= post;
    pos += post.length;
    // 1Gbps以上固網寬頻服務, 7奈米以下製程: a threshold that names a class of technology; 年产值10亿元以上的
    // …企业3家 names a class of enterprise, whose count is the figure (对…500万元以上的企业，按… is a threshold).
    if ((post === '以上' || post === '以下' || post === '或以上' || post === '或以下') && TECH_CLASS_UNITS.has(unit) && isHanAt(text, pos)) return null;
    if (post === '以上' && unit === '元' && SIZE_CLASS_AFTER.test(text.slice(pos, pos + 14))) return null;
    // (10人以上团体需提前预约: the size that makes a group, no count; 得分达到80分以上的群众可参与抽奖:
    // the bar that makes those who may.)
    // (Bounded by 及以上 or 或以上 too: 60分及以上的学员.)
    // (Or the size a group's booking or discount asks, the group named before it: 團體報名（同一單位15人以上）,
    // 同一单位报名3人以上的按700元/人收取, 團體購票：每次購買…門票10張或以上，可獲九折; or after it, 10人或以上的非牟利机构团体.)
    if (BOUND_POSTS.has(post) && (GROUP_AFTER.test(text.slice(pos, pos + GROUP_AFTER_SPAN)) || PEOPLE_AFTER.test(text.slice(pos, pos + 4)))) return null;
    if (BOUND_POSTS.has(post) && GROUP_SIZE_UNITS.has(unit) && GROUP_BEFORE.test(text.slice(Math.max(0, qualifierStart - GROUP_BEFORE_SPAN), qualifierStart))) return null;
  }

  if (boundsOrDefines(text, qualifierStart, pos, { percent, unit, valueMax, qualified: prefix?.qualifier ?? null, post })) return null;
  // （百萬元）, the unit a table's column heading gives its figures: no figure itself, nor is
  // （百萬公噸二氧化碳當量）; a count in brackets is one (「Health@InnoHK」（十六所）).
  // (（港幣百萬元）: its currency may come first.)
  if (first.chinese && !qualifier && MULTIPLIER_ONLY.test(m.chinese ?? '') && isOneOfAt(text, qualifierStart - 1 - (CURRENCIES_BY_LAST.endingAt(text, qualifierStart)?.length ?? 0), OPEN_BRACKETS)) return null;
  // (…件數×100%: a rate's formula, no figure; 笔试成绩×50% is a weight, and one.)
  if (percent && value === rateBase && isOneOfAt(text, qualifierStart - 1, TIMES_SIGNS)) return null;
  if (percent) {
    value /= rateBase;
    if (valueMax !== null) valueMax /= rateBase;
  }
  // A printed minus keeps its sign (自然增长率为-2.27‰, 预计在-0.5%至0.2%之间) where no digit or
  // letter before it makes it a hyphen.
  // (So does a written one, 年增率為負0.5%, 負8,888人; 負成長3.2% is a fall of 3.2%.)
  if (!prefix && !first.chinese && (isOneOfAt(text, start - 1, MINUS) || isOneOfAt(text, start - 1, WRITTEN_MINUS)) && !isIdentAt(text, start - 2)) {
    value = -value;
    qualifierStart = start - 1;
  }
  // (So does a printed plus, opening a table's cell: +12.5%, +1.07个百分点.)
  if (!prefix && !first.chinese && printedPlus(text, start)) qualifierStart = start - 1;
  if (comparedWithBenchmark(text, prefix, qualifier, pos)) {
    qualifier = null;
    qualifierStart = start;
  }
  return make(text, qualifierStart, pos, tidy(value), valueMax === null ? null : tidy(valueMax), normaliseUnit(unit), qualifier);
}

const PER_HUNDRED_THOUSAND = new Words(['/10万', '/10萬', '／10万', '／10萬', '/十万', '/十萬']);
const UNIT_IS_BEFORE = /(?:单位|單位)(?:为|為|是)$/;
/** (1/10万元 is money, not a rate.) */
const MONEY_AFTER_RATE = codes('元圓');

/** Whether the number at `start` is a share of a whole its clause names (…占…总数的1/5). */
function shareOf(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === OF && SHARE_CLAUSE.test(text.slice(Math.max(0, start - 24), start));
}
/** 约占…的1/5; a subsidy's share of a cost, 按实际投入的1/3给予补助. */
const SHARE_CLAUSE = /[占佔][^，,。；;]*的$|按[^，,。；;]{1,12}的$/;

/** A plus sign printed before the number at the start of a line, a cell or brackets (+12.5%, 通訊業（+2.8%）), no sum's. */
function printedPlus(text: string, start: number): boolean {
  return isOneOfAt(text, start - 1, PLUS) && (start < 2 || CELL_START.has(text.charCodeAt(start - 2)) || PLUS_OPENS.has(text.charCodeAt(start - 2)));
}
const PLUS_OPENS = codes('（(：:，,、；;');
const CELL_START = codes('\n\t \u3000');
const TIMES_SIGNS = codes('×＊*');
const REST_BEFORE = /(?:其他|其餘|其余)$/;
const CELL_ENDS = codes('\n\t');

const COMPARISONS = new Set(['高于', '高於', '低于', '低於', '超过', '超過']);
/** 達93.7%，高於92.5%的服務承諾, 減少約7.2%，超過百分之六的目標: a comparison with a benchmark, which is stated bare. */
function comparedWithBenchmark(text: string, prefix: { qualifier: string; start: number } | null, qualifier: string | null, end: number): boolean {
  // (維持在超過九成的水平: the level itself, over nine tenths.)
  return prefix !== null && COMPARISONS.has(prefix.qualifier) && qualifier === prefix.qualifier && text[prefix.start - 1] !== '在' && BENCHMARK_AFTER.test(text.slice(end, end + 8));
}
const BENCHMARK_AFTER = /^的(?:服務|服务)?(?:承諾|承诺|目標|目标|標準|标准|平均|水平|指標|指标)/;

/**
 * The upper end of `…元至32,100元` after a unit: a separator, a number of the same kind, the same unit.
 * `opens`: where the figure's span opens (after a change's verb, 約 before the upper end is no repeat).
 */
function unitRangeEnd(text: string, at: number, first: Read, unit: string, opens: number): { value: number; end: number } | null {
  const sep = RANGE_SEP.at(text, at);
  if (!sep) return null;
  const second = readNumber(text, at + sep.length + (changedBy(text, opens) ? 0 : aboutAgain(text, at + sep.length)));
  if (!second || second.chinese !== first.chinese) return null;
  const { value, end } = amountAfter(text, second, 1);
  return text.startsWith(unit, end) ? { value, end: end + unit.length } : null;
}

/** Whether a change's verb stands before `at` (減少約2 200人至約3 836 200人: by how much, then to what). */
function changedBy(text: string, at: number): boolean {
  return CHANGES_BY_LAST.endingAt(text, at) !== null;
}
const CHANGES_BY_LAST = new EndingWords(['減少', '减少', '增加', '下降', '上升', '降低', '提高', '增長', '增长']);

/** The length of an "about" repeated before a range's upper end (…至約1,950萬元), or 0. */
function aboutAgain(text: string, at: number): number {
  if (text.startsWith('大約', at) || text.startsWith('大约', at)) return 2;
  return text[at] === '約' || text[at] === '约' ? 1 : 0;
}

/** Units that make a number something other than a statistic in context. */
const VAGUE_BEFORE = codes('数數几幾');
/** 总数, 人数, 户数…: words ending in 数 that a count follows. */
const TOTAL_OF = codes('总總人户戶件个個台臺场場家');
const LIST_COMMAS = codes('、，,');
const LABEL_ENDS = codes(':： ');
const HALF_UNITS = new Words(['小时', '小時', '钟头', '鐘頭', '钟', '鐘', '月']);
/** (3個半月 is months, 1個半鐘 Cantonese hours.) */
const HALF_UNITS_AS = new Map([['月', '个月'], ['钟头', '小时'], ['鐘頭', '小时'], ['钟', '小时'], ['鐘', '小时']]);
const SHARE_BOUNDS = new Set(['超过', '超過', '不足', '不及', '低于', '低於', '高于', '高於', '未达', '未達', '少于', '少於', '不到']);
const CLASS_BY_SHARE_AFTER = /^的(?:[\u4e00-\u9fff]{0,6}?(?:企业|企業|单位|單位|学校|學校|乡镇|鄉鎮|项目|項目|行业|行業))?(?:有|仅有|僅有|只有|共有|占|佔)/;
/** The bodies a size names, then their count: 的设区市有5个, 的企业增加到10家, 的有3个. */
const BOUNDS = ['或以上', '或以下', '以上', '以下'];
const BOUND_WORD = new RegExp(`^(?:${BOUNDS.join('|')})`);
const BOUND_WORDS = new Words(BOUNDS);
/** Whether 的 follows at `at`, after a bound's word if one stands there (CLASS_COUNTED_AFTER opens on it). */
function ofAfterBound(text: string, at: number): boolean {
  return text.charCodeAt(at + (BOUND_WORDS.at(text, at)?.length ?? 0)) === OF;
}
const LIMIT_SIGNS = codes('≤≥<>＜＞');
const STANDARD_LIMIT_BEFORE = /(?:标准规定|標準規定|规定的限量|規定的限量|限量|限值|标准值|標準值|标准要求|標準要求)[为為是]?[（(:：]?$/;
const BANDED_MONEY = new Set(['元', '澳门元', '澳門元', '港元', '美元', '人民币', '人民幣']);
// (The members of the class may be named before their count: 超過10億元的有江城區和陽春市2個.)
/** …的学会有11个, …的县（市、区）有14个: bodies of a class, counted. */
const BODIES_COUNTED_AFTER = /^的[\u4e00-\u9fff（）()、]{1,10}?(?:有|共有)[0-9０-９]{1,4}[个個家所项項座]/;
// (The noun may be long, 的规模以上工业企业有57家, and the count may follow it bare: 的企业7家.)
const CLASS_COUNTED_AFTER = /^的(?:(?:[\u4e00-\u9fff]{0,8}?(?:企业|企業|设区市|設區市|项目|項目|单位|單位|县区|縣區|行业|行業))?(?:有(?![关關效])(?:[\u4e00-\u9fff、]{2,16}?(?=[0-9０-９]))?|共有|增加到|增至|达到|達到|达|達)|[\u4e00-\u9fff]{0,6}?(?:企业|企業))[0-9０-９一二三四五六七八九十]/;
/** How far before a number a definition's 指 or 即 may stand. */
const DEFINITION_SPAN = 30;
/** Whether `ch` stands within `span` characters before `at` (a bounded look: lastIndexOf would scan the whole page back). */
function wordNear(text: string, ch: string, at: number, span: number): boolean {
  const code = ch.charCodeAt(0);
  for (let i = at - 1; i >= 0 && i >= at - span; i--) if (text.charCodeAt(i) === code) return true;
  return false;
}
const DEFINED_TERM_BEFORE = /[：:]指[^，,。；;：:]{0,24}$/;
/** （即最高氣溫達攝氏33度或以上的日子）: a bound that defines the days counted (not （即約6 000輛）, the figure again). */
const DEFINED_IN_BRACKETS_BEFORE = /[（(]即[^（）()，,。；;]{0,20}$/;
const BOUND_OF_CLASS_AFTER = /^(?:或以上|以上|或以下|以下)的/;
const PLAN_SPAN_AFTER = /^(?:時間|时间)(?:編列|编列|規劃|规划)/;
const SAMPLE_SURVEY_AFTER = /^(?:人口)?(?:抽样调查|抽樣調查)/;
const SAMPLE_SURVEY_FIRST = codes('人抽');
const CONFIDENCE_AFTER = /^的?(?:信心水準|信心水准|置信水平|置信度|信賴水準|信赖水准|信賴區間|置信区间)/;
const CONFIDENCE_FIRST = codes('的信置');
const BETWEEN = new Words(['之间', '之間']);
const STANDARD_NAMED_BEFORE = /(?:(?:按照|依照|依据|依據|根据|根據|符合)[^。；;，,]{0,12}|地方|国家|國家|行业|行業|团体|團體)(?:标准|標準)[^。；;]*$/;
const STANDARD_SPAN = 30;
const MODEL_CLASS_AFTER = /^[之的](?:車型|车型|機型|机型|車款|车款)/;
const OF_OR_ZHI = codes('之的');
// (Or those who sign together: 3人以上联名提交的.)
const GROUP_AFTER = /^(?:的?(?:[\u4e00-\u9fff]{0,6}?(?:机构|機構|学校|學校))?(?:团体|團體|团队|團隊)|联名|聯名)/;
const GROUP_AFTER_SPAN = 12;
/** A group named before its size, in the same clause: 團體報名（同一單位, 同一单位报名, 组团参会人数在. */
const GROUP_BEFORE = /(?:团体|團體|组团|組團|同一(?:单位|單位|团体|團體|学校|學校)|团购|團購)[^。；;，,！!？?]{0,20}$/;
const GROUP_BEFORE_SPAN = 28;
/** The units of a group's size: its people, or the tickets it buys. */
const GROUP_SIZE_UNITS = new Set(['人', '名', '位', '张', '張']);
const PEOPLE_AFTER = /^的(?:群众|群眾|居民|市民|观众|觀眾|选手|選手|考生|参赛者|參賽者|学员|學員)/;
const BOUND_POSTS = new Set(['以上', '以下', '及以上', '及以下', '或以上', '或以下']);
/** …以上的农畜产品加工企业: the class of enterprise or project a size names. */
const SIZE_CLASS_AFTER = /^(?:的[\u4e00-\u9fff]{0,10}?|[\u4e00-\u9fff]{0,4}?)(?:企业|企業|项目|項目)(?:达到|達到|达|達|增至|共)?[0-9０-９]+[家个個项項]/;
/** Whether `at` lies in brackets that follow a level's name (第一級別（指數低於百分之五）). */
function insideLevelDefinition(text: string, at: number): boolean {
  const before = firstAtOrAfter(marks.levelOpens, at) - 1;
  if (before < 0) return false;
  const open = marks.levelOpens[before];
  if (at - open > LEVEL_DEFINITION_SPAN) return false;
  for (let i = open + 1; i < at; i++) if (CLOSE_BRACKET_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

/**
 * What findStats finds once per text and asks about around each number (few pages name levels or
 * define terms; a long one has tens of thousands of numbers to ask about): where brackets open after
 * a level's name, and where 指 and 即 stand.
 */
interface TextMarks {
  levelOpens: number[];
  means: number[];
  thatIs: number[];
}
let marks: TextMarks = { levelOpens: [], means: [], thatIs: [] };
function findMarks(text: string): TextMarks {
  const levelOpens: number[] = [];
  LEVEL_OPEN.lastIndex = 0;
  for (let m = LEVEL_OPEN.exec(text); m; m = LEVEL_OPEN.exec(text)) levelOpens.push(m.index + m[0].length - 1);
  return { levelOpens, means: positionsOf(text, '指'), thatIs: positionsOf(text, '即') };
}

/** Where `ch` stands in `text`, in order. */
function positionsOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/** The index of the first of `sorted` (ascending) at or after `x` (its length if none is). */
function firstAtOrAfter(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of `sorted` (ascending) lies within `span` before `at`. */
function oneWithin(sorted: number[], at: number, span: number): boolean {
  const i = firstAtOrAfter(sorted, at - span);
  return i < sorted.length && sorted[i] < at;
}
const LEVEL_OPEN = /(?:級別|级别|等級|等级|級|级|分位組|分位组)[（(]/g;
const LEVEL_DEFINITION_SPAN = 16;
const CLOSE_BRACKET_CODES = codes('）)');
const DEFINED_AS_AFTER = /^(?:等同|等於|等于)/;
/** (Most numbers follow none of these: the pattern runs only after one.) */
const DEFINED_AS_ENDS = codes('同於于幣币');
const DEFINED_AS_BEFORE = /(?:等同|等於|等于)(?:新臺幣|新台幣|新台币|人民币|人民幣|港幣|港币)?$/;
/** A lot's or a section's label before its figure: 合同包1：, 标段2：. */
const LOT_LABEL = /(?:包|標段|标段)\d{1,2}：$/;
/** Whether a digit stands before the mark at `mark`, a space maybe between (第2至, 第 2 至; not 达到). */
function digitBeforeMark(text: string, mark: number): boolean {
  return isDigitAt(text, mark - 1) || (isOneOfAt(text, mark - 1, WHITE_SPACE) && isDigitAt(text, mark - 2));
}
const ORDINAL_RANGE_BEFORE = /第\s?[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,3})?\s?[至到—–~～\-及和]\s?$/;
const AND_CODES = codes('及和');
const ORDINAL_LIST_BEFORE = /第\s?(?:[0-9０-９一二三四五六七八九十]{1,3}\s?[、，,]\s?){1,4}$/;
// (受益群众上百万人次: over a round million too.)
const ROUND_MULTIPLIER = /^(?:[百千万萬]|百万|百萬|千万|千萬)$/;
const HUNDRED_MILLION = /^[亿億]$/;
/** Units a Chinese numeral under ten counts with: a multiple, a rate, a change in points (上升六點二個百分點). */
const SMALL_IN_WORDS = new Set(['倍', '%', '个百分点', '個百分點', '百分点', '百分點']);
const ROUND_OVER = codes('上過过');
const NEARLY_SMALL = '小'.charCodeAt(0);
const ROUND_IN_WORDS = /^[一二两兩三四五六七八九][百千万萬]$/;
/** Characters before 小 that make it the end of a word: 缩小, 减小, 变小, 大小, 最小. */
const MAKES_SMALLER = codes('缩縮减減变變大最较較微弱很太更细細矮短');
const UNIT_LABEL_BEFORE = /(?:單位|单位)[:：]\s*$/;
/** A term's word before its length (试用期6个月, 为期3天, 聘用期最長為36個月, 自合同签订之日起12个月, a contract's 服务时间：12个月; a film's 成片时长92分钟, its trailer's （时长2分18秒）, both parts): a term, no finding. */
const TERM_BEFORE =
  /(?:(?:公示期|公示)(?:不少于|不少於)|公示期|公示时间|公示時間|公示|预告|預告|展期|试用期|試用期|有效期|(?<!每)期限|限期|为期|為期|假期|服务期|服務期|服务时间|服務時間|合同期|履约期|履約期|聘用期|聘期|僱用期|雇用期|合約期|合约期|会期|會期|执行期|執行期|实施期|實施期|延长期|延長期|整改期|期程|(?:研究|项目|項目|实施|實施|建设|建設)(?:周期|週期)|补贴期间|補貼期間|资助期|資助期|監禁|监禁|徒刑|拘役|试运营|試營運|试运行|試運行|研习时数|研習時數|期满前|期滿前|到期前|届满前|屆滿前|(?:简报|簡報|发言|發言|答辩|答辯|演讲|演講|汇报|匯報|考试|考試)时间|(?:简报|簡報|发言|發言|答辩|答辯|演讲|演講|汇报|匯報|考试|考試)時間|(?:成片|[（(])(?:时长|時長)|之日起)(?:一般|最长|最長|最短|共)?[为為是]?[\s:：]?(?:约|約|不超过|不超過)?\s?(?:\d{1,3}(?:小时|小時|分钟|分鐘|分))?$/;
const TERM_ENDS = codes('期限间間数數告示禁刑役营運行长長分时時钟鐘起');
const RANGE_LOWER_END = /[0-9０-９.．]+[万萬亿億千]?(?:——|[—―–－\-~～〜至到])$/;
const LOWER_END_DIGITS = codes('0123456789０１２３４５６７８９.．');
const LOWER_END_MULTIPLIERS = codes('万萬亿億千');

/**
 * The numerator of a fraction range's upper end at `at`: 百分之五至百分之十一 repeats the whole,
 * Hong Kong's 百分之七點五至十 leaves it out.
 */
function upperNumerator(text: string, at: number, denominator: string): { numerator: string; end: number } | null {
  const upper = numberAt(text, at);
  if (upper?.denominator !== undefined) {
    return upper.denominator === denominator && upper.numerator !== undefined ? { numerator: upper.numerator, end: upper.end } : null;
  }
  if (upper?.chinese === undefined || denominator !== '百') return null;
  const end = chineseDecimalsEnd(text, upper.end);
  return numberAt(text, end) ? null : { numerator: text.slice(at, end), end };
}

/** A fraction's numerator, in Chinese numerals (百分之四十四點九) or digits (百分之1.07). */
function numeratorValue(s: string): number | null {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) ? parseArabic(s) : parseChineseDecimal(s);
}

/** A small fraction with a slash at the end of `m` (1/3, 2/5): a numerator under a denominator of ten or less. */
function slashFraction(text: string, m: NumberMatch): { value: number; end: number } | null {
  if (!SLASHES.has(text.charCodeAt(m.end))) return null;
  const den = numberAt(text, m.end + 1);
  if (den?.arabic === undefined || den.index !== m.end + 1 || SLASHES.has(text.charCodeAt(den.end)) || isDigitAt(text, den.end)) return null;
  const num = parseArabic(m.arabic!);
  const d = parseArabic(den.arabic);
  if (!Number.isInteger(num) || !Number.isInteger(d) || num < 1 || d > 10 || num >= d) return null;
  return { value: num / d, end: den.end };
}

/** A fraction's value: hundredths and thousandths tidied (百分之四十四點三 = 0.443, 千分之28.4 = 0.0284), other fractions exact (1/3). */
function fraction(num: number, den: number): number {
  return den === 100 || den === 1000 || den === 10000 ? tidy(num / den) : num / den;
}

/** Where a range starts whose upper end starts at `at` (6至|12个月), or `at` itself. */
function rangeStart(text: string, at: number): number {
  if (!RANGE_SEP_CODES.has(text.charCodeAt(at - 1))) return at;
  // (The lower end's last digit, or its multiplier, stands just before the mark: a look at that
  // first, as 达到 and 提高到 end on one too.)
  let before = text.startsWith('——', at - 2) ? at - 3 : at - 2;
  if (LOWER_END_MULTIPLIERS.has(text.charCodeAt(before))) before--;
  if (!LOWER_END_DIGITS.has(text.charCodeAt(before))) return at;
  const lower = RANGE_LOWER_END.exec(text.slice(Math.max(0, at - 8), at));
  return lower ? at - lower[0].length : at;
}

/** Whether a term's name stands just before `start` (a look at three characters first: most numbers have none). */
function termBefore(text: string, at: number): boolean {
  // The upper end of a term's range (执行期一般为6至12个月) is the term's too.
  const start = rangeStart(text, at);
  let near = false;
  for (let i = Math.max(0, start - 5); i < start; i++) near ||= TERM_ENDS.has(text.charCodeAt(i));
  // (An average one is measured, a finding: 平均調查期程為14.5個月.)
  return near && TERM_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !AVERAGE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
const AVERAGE_BEFORE = /平均[^，,。；;]{0,6}$/;
/** A length of time after a term's figure, its range's upper end maybe: 6个月, 5个工作日, 6至12个月, 92分鐘. */
const TIME_AFTER = /^(?:\s*(?:[至到~～—－-]|——)\s*[\d０-９一二三四五六七八九十]{1,4})?\s*(?:个|個)?(?:工作|日曆|日历)?(?:天|日|月|年|周|週|星期|小时|小時|钟头|鐘頭|分钟|分鐘|分|秒|学时|學時|时数|時數|节|節)/;
const TIME_AFTER_SPAN = 12;
const HOUR_MARKS = codes('时時点點:：');
/** Whether a word and its colon stand before the figure, not an hour's digits: 綜合得分：93.48分 (not 10:30分). */
function afterLabelColon(c: Counted): boolean {
  return isOneOfAt(c.text, c.start - 1, COLONS) && hasHan(c.text[c.start - 2] ?? '');
}
// (90分位值: a percentile's name.)
const SCORE_WORD_AFTER = codes('之析别別配类類布佈享为為成子工开開批期局院会會支校组組数數散担擔管红紅化解段机機位');
const OPEN_BRACKETS = codes('（(');
const SCHOOL_WORD_AFTER = codes('区區园園长長友庆慶训訓服内內外际際级級舍址本部车車门門徽歌规規');

const TO_WHOM_BEFORE = /(?:對|对|凡|針對|针对)(?:连续|連續)$/;
const [GRADE, GRADE_T] = ['级', '級'].map(CODE);
const TIME_OF_DAY_BEFORE = /(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚間|晚间|早晨|[日号號]\s?|(?:上午|下午|晚上|早上)\d{1,2}[点點](?:至|到|[—–\-~～]))$/;
const CLAUSE_END = codes('，,。；;」”！？');
const OF = '的'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
/** After 之: 之间 and 之内 close a range or a limit (200—350人次之间). */
const WITHIN_OR_BETWEEN = codes('间間内內');
const CONDITION_CLAUSE = /^(?:未|没有|沒有|无|無)[^，,。；;]{0,10}[的之者]/;
/** 连续2年评价为优秀的，: a clause of who qualifies, closed by 的. */
const WHO_CLAUSE = /^[^，,。；;]{0,10}的[，,]/;
const DURATION_BEFORE = new Set(['连续', '連續', '历时', '歷時', '需时', '需時', '耗时', '耗時']);
const HELD_BEFORE = new Set(['举办', '舉辦', '举行', '舉行', '开展', '開展', '办理', '辦理']);
/** Units of time, and what after them makes a deadline (30分钟内). */
const TIME_UNITS = new Set(['秒', '分钟', '分鐘', '小时', '小時', '天', '日', '星期', '个星期', '個星期', '周', '週', '个月', '個月', '学时', '學時', '個鐘', '个钟', '個鐘頭', '个钟头']);
const WITHIN = codes('内內');
const AGO = '前'.charCodeAt(0);
const COMMENT_BUTTONS = /^[ \u00a0]+(?:\d+[ \u00a0]?(?:個讚|个赞)[ \u00a0]+)?(?:回覆|回复)(?:\n|$)/;
/** After a number of years, what makes them a period (30余年来, 20多年间, 10余年前). */
const PERIOD_AFTER = codes('来來间間内內前后後里裡中以度');
/** Before it, or as its qualifier: 过去30余年, 这20多年, 近10余年. */
const PERIOD_BEFORE = codes('去这這近');

const CITY_AFTER_TAI = /^(?:[中北南东東][市县縣]|[灣湾])/;
const PROGRAMME_AFTER = /^(?:民生实事|民生實事|为民办实事|為民辦實事)/;
/** 排名前3位, 名列前10名: a place in a ranking. */
const RANKED_BEFORE = /(?:排名|名列|位列|位居|排在|居)[\u4e00-\u9fff]{0,3}前$/;
/** 点赞前3名, 前50名: a band of a ranking (目前3名 is "at present", 提前 "ahead"). */
const TOP_BAND_BEFORE = /(?<!目|提|之|此|日|以|事|當|当|会|會|年)前$/;
const RANK_MOVE = /(?:上升|下降|提升|前进|前進|后退|後退|跃升|躍升|下滑|上移|下移|前移|后移|後移)了?$/;
/** A year of the Republic of China's calendar (民國100年 is 2011): a three-digit year, or one a month or 底 follows. */
function rocYear(text: string, first: Read, end: number): boolean {
  return !first.chinese && Number.isInteger(first.value) && (first.value >= 100 || ROC_YEAR_AFTER.test(text.slice(end, end + 3)));
}
const ROC_YEAR_AFTER = /^(?:[0-9０-９]{1,2}月|底|初|度)/;
const CHANGED_AFTER = /^(?:縮短|缩短|延長|延长|降至|減至|减至|增至)/;
const EXTENDED_TO = /(?:延长|延長|缩短|縮短)(?:至|到|为|為)$/;
/** An age measured of a group: its median, its average (平均初婚年龄方面，男性为31.2岁，女性为29.6岁), a life expectancy. */
const AGE_MEASURE_BEFORE = /(?:年[龄齡]中位[数數]|中位[数數]年[龄齡]|平均[\u4e00-\u9fff]{1,4}年[龄齡]|(?:預期|预期)(?:壽命|寿命))[^\d０-９]{0,12}(?:[\d０-９.]+(?:歲|岁)[^\d０-９]{0,8}){0,2}$/;
/** 65歲或以上, 45岁以下, 6至12岁: a bound or a band, whatever measure the clause names. */
const AGE_BOUND_AFTER = /^(?:或以上|或以下|以上|以下|至|到|[-－—~～])/;
const AGE_AS_FINDING = /平均年[龄齡][^，,。；;\d０-９]{0,3}$|(?:下降|上升|降低|提高|减少|減少|增加)了?$/;

const COLONS = codes(':：∶');
const ANNEX_BY_LAST = new EndingWords(['附件', '附表', '附录', '附錄']);
const ANNEX_LINE = /^[ \u3000]*(?:附件|附表)/;
/** The end of a file's name in brackets: （36家）.xlsx. */
const FILE_AFTER = /^[^\n)）]{0,4}[)）]\.(?:xlsx?|docx?|pdf|wps|zip|rar|et)(?![A-Za-z])/i;
const FILE_AFTER_SPAN = 14;
const ALL_OF = '共'.charCodeAt(0);
const [BEFORE_MARK, ADVANCE] = ['前', '提'].map(CODE);
const FULL_TERM = codes('满滿');
const REQUIRED_AHEAD = /(?:须|需|應|应|要|请|請)提前$/;
/** What a number starts with: where a span starts on another character, a qualifier comes first. */
const NUMERAL_START = codes('0123456789０１２３４５６７８９一二三四五六七八九十廿卅百千万萬两兩〇零壹貳贰參叁肆伍陸柒捌玖拾');
const PER_SESSION = /每(?:期|次|场|場|节|節|课|課|班|站|轮|輪|批|梯次)[\u4e00-\u9fff]{0,2}$/;

/**
 * Whether a time before its unit is a deadline or a term: 开营前3天, 须提前3个月, 每期5天 (the upper
 * end of 每站展出1—2天 too). 上市时间提前10至15天 is a result, and so is a bounded time per session
 * (每场不少于40分钟, a threshold).
 */
function timeNotAResult(text: string, qualifierStart: number, end: number): boolean {
  // (开营前3天 is a deadline; 目前約45天, "at present", is not, nor 改善前約35分鐘縮短為…, the old length.)
  if (
    text.charCodeAt(qualifierStart - 1) === BEFORE_MARK &&
    text.charCodeAt(qualifierStart - 2) !== ADVANCE &&
    text.charCodeAt(qualifierStart - 2) !== PRESENT &&
    !CHANGED_AFTER.test(text.slice(end, end + 2))
  ) {
    return true;
  }
  if (REQUIRED_AHEAD.test(text.slice(Math.max(0, qualifierStart - 4), qualifierStart))) return true;
  const bounded = !NUMERAL_START.has(text.charCodeAt(qualifierStart));
  const from = rangeStart(text, qualifierStart);
  return !bounded && PER_SESSION.test(text.slice(Math.max(0, from - 5), from));
}

const EVERY = CODE('每');
/** 每隔7至10天, 每間隔2小時: how often, as 每6小時 is. */
const EVERY_GAP = /每(?:隔|间隔|間隔)$|(?:间隔|間隔)$/;
const EVERY_SPENT = /每(?:投資|投资|投入|花費|花费|資助|资助|獲|获)$/;
/** One unit of money: 1元, 1港元, 1澳門元. */
const BASE_UNIT = /^1(?:元|港元|澳門元|澳门元|美元)/;
const PRESENT = CODE('目');
/** What follows a duration told as a fact (耗时24小时完成, 24小时内, 24小时左右; not 24小時即時監控, round the clock). */
const AFTER_A_DURATION = /^(?:完成|内|內|以|之|后|後|左右|多|余|餘|即(?![時时])|就|才|便)/;
const AVERAGED_OVER = /^(?:平均|滑动|滑動)/;
const FORECAST_AFTER = /^(?:的)?(?:路徑|路径)?(?:預報|预报)/;
const ZERO_START = /^[0０](?![.．\d０-９])/;
const CHANGE_FROM = /^由(?:过去|過去)$/;
const PERIOD_AHEAD_OR_PAST = /(?:未来|未來|过去|過去|首)$/;

/**
 * Whether a time names an interval, a period or a kind of thing rather than a result: 每6小時更新
 * (how often), 未來1個月, 過去3個月 and 首十個月 (periods), 0至6小時 (a forecast's window), 24小時熱線 and
 * 24小時颱風路徑預報 (a round-the-clock service, a forecast's lead time).
 */
function timeIsALabel(text: string, qualifierStart: number, first: Read, unit: string, end: number): boolean {
  // (The upper end of a range is read on its own: 0至6小時 gives 6小時.)
  const from = rangeStart(text, qualifierStart);
  if (text.charCodeAt(from - 1) === EVERY || EVERY_GAP.test(text.slice(Math.max(0, from - 3), from)) || first.value === 0 || (from < qualifierStart && ZERO_START.test(text.slice(from, qualifierStart)))) return true;
  // (由過去約45分鐘縮短至5分鐘: the old length, a result.)
  if (PERIOD_AHEAD_OR_PAST.test(text.slice(Math.max(0, from - 2), from)) && !CHANGE_FROM.test(text.slice(Math.max(0, from - 3), from))) return true;
  const bare = NUMERAL_START.has(text.charCodeAt(qualifierStart));
  // (臭氧8小時平均值 names a measure by the hours it averages over.)
  if (bare && AVERAGED_OVER.test(text.slice(end, end + 2))) return true;
  // (72小時路徑預報: a forecast named by its lead time.)
  if (bare && FORECAST_AFTER.test(text.slice(end, end + 4))) return true;
  return bare && first.value === 24 && (unit === '小时' || unit === '小時') && hasHan(text.charAt(end)) && !AFTER_A_DURATION.test(text.slice(end, end + 2));
}

/**
 * Units that start another word with the character after them, and those characters: 全港18區
 * and 約120段 count, 3区块, 2段式 and 1段时间 do not; 20对, not 1对1 or 3对接; 3萬2千包 and 2,918具,
 * not 1包括, 1具体 or 20包年 (pack-years, a smoker's history); 8部, not 十八部门 (who issued a
 * document); 6科, not 5科技 or 3科研; 246報, not 119報案 or a hotline's 1110報告; 2億1,000萬通, not
 * 3通知 or 1通過.
 */
const WORD_AFTER_UNIT = new Map<string, CharSet>(
  (
    [
      [['区', '區', '段'], '块塊县縣域间間位长長委政划劃时時落式子内內'],
      [['对', '對'], '0123456789０１２３４５６７８９一二三四五六七八九十象于於接比外标標口应應话話待照付手方'],
      [['包', '具'], '括含装裝容体體有备備年'],
      [['部'], '门門署委长長'],
      [['科'], '技研学學普室长長协協级級目'],
      [['报', '報'], '案告名道导導到送表纸紙刊社警'],
      [['通'], '知过過报報讯訊道用行信告关關'],
      // (10國中 and 3國小 are Taiwan's junior high and primary schools, 5國語 a language.)
      [['国', '國'], '中小家际際内內民语語道旗库庫营營产產有立'],
      [['尾'], '声聲款数數牙巴部盘盤'],
      // (3基地, 5基金 and 2基层 are other words; 2萬1,600基輸電鐵塔 counts towers.)
      [['基'], '地金层層本础礎因于於数數督建准準线線'],
      // (劑量 is a dose; 3格式 and 格局 are other words.)
      [['劑', '剂'], '量型'],
      [['格'], '式局外子言林'],
      // (3晚上 and 晚会 are other words; 3.2晚 counts nights.)
      [['晚'], '上会會间間宴餐报報安饭飯霞'],
      // (3层次, 7周年, 2甲级, 卷烟, 匹配 and 伙伴 are other words.)
      [['層', '层'], '次面级級'],
      [['周', '週'], '年岁歲边邊末刊报報期'],
      [['甲'], '级級等類类子午醛基'],
      [['卷'], '烟菸'],
      [['匹'], '配'],
      // (4亿副 counts pairs; 副主任, 副市长 and 副作用 are other words.)
      [['副'], '主市县縣局部处處秘总總院会會省书書教研高校长長厅廳司镇鎮乡鄉区區食作产產本刊题題业業理组組'],
      // (40目 is a mesh size; 3目标, 目录 and 目前 are other words.)
      [['目'], '标標录錄前的光睹击擊'],
      // (3至5根 counts stems; 根据, 根本 and 根源 are other words.)
      [['根'], '据據本源基底治除系係部'],
      // (3万把 counts rearing plots; 把关 and 把握 are other words.)
      [['把'], '关關握手持控脉脈'],
      // (地球15圈 counts laps; 圈子 and 圈内 are other words.)
      [['圈'], '子内內外层層儿兒'],
      // (南五十家子镇: a place's name.)
      [['家'], '子'],
      // (20公斤裝液化石油氣, 500克装: a pack's size, part of the product's name.)
      [['公斤', '千克', '克', '公升', '毫升'], '装裝'],
      // (2列 counts trains; 列表, 列入 and 列为 are other words.)
      [['列'], '表入为為出举舉印管席明'],
      [['伙'], '伴食'],
      // (四十呎货柜: a container's size class.)
      [['呎'], '货貨柜櫃'],
      // (1Gbps等級: a service's class of speed.)
      [['Gbps', 'Mbps', 'Tbps'], '等'],
      // (蚊 is Hong Kong's spoken dollar, 三千蚊; 蚊子 and 蚊帳 are mosquitoes.)
      [['蚊'], '子帳帐香蟲虫'],
      [['園', '园'], '区區长長地林所艺藝丁'],
      [['胎'], '儿兒盘盤'],
      // (3封面, 2封闭 and 5封顶 are other words; 發出112封 counts letters.)
      [['封'], '面闭閉锁鎖顶頂建存底装裝号號控'],
      // (下午3點 is a time, 3點半 and 3點鐘 too; 折抵80點 counts points.)
      [['點', '点'], '钟鐘半整前后後左起多'],
      [['夜'], '间間晚校市景空里裡'],
      // (5口井 and 2,800口埤塘 count; 3口岸, 2口罩 and 1口号 are other words.)
      [['口'], '岸罩号號径徑腔碑语語味令'],
      // (约9.6万群 counts bee colonies; 3群众, 2群体 are other words.)
      [['群'], '众眾体體组組岛島落聊山英'],
      // (1金2銀3銅, a medal tally; 1金額, 3銀行 and 2銅像 are other words.)
      [['金'], '额額融牌属屬奖獎门門山沙华華融库庫币幣'],
      [['档', '檔'], '案次期位'],
      [['银', '銀'], '行河牌奖獎'],
      [['铜', '銅'], '像鼓牌奖獎'],
      // (3片区 and 2片面 are other words.)
      [['片'], '区區面刻段场場子'],
      // (9县区, 3县市 and 2县级 are other words; 覆盖9县 counts counties.)
      [['县', '縣'], '区區市级級域长長委城乡鄉民'],
      // (286廠 counts; 3廠商, 2廠區 and 1廠房 are other words.)
      [['廠', '厂'], '商区區房长長内內址牌家庆慶'],
      // (25日圓滿結束 is a date and a word; 1日元旦 a date and a holiday.)
      [['日圓', '日圆'], '满滿'],
      [['日元'], '旦'],
    ] as Array<[string[], string]>
  ).flatMap(([units, after]) => units.map((unit): [string, CharSet] => [unit, codes(after)])),
);
const RACE_AFTER = codes('賽赛跑');
const NODE_BEFORE = /(?:奈米|纳米)(?:製程|制程)/;
const PROCESS_AFTER = /^(?:製程|制程|工藝|工艺|節點|节点)/;
/** 约54厘米×39厘米: a sheet's size, a format. */
const sheetSize = (c: Counted) => /^[×xX＊*]/.test(wordsAfter(c, 1)) || /[×xX＊*]$/.test(wordsBefore(c, 1));
const HEIGHT_BEFORE = /身高(?:在|達|达|為|为)?$/;
const LENGTH_UNITS = new Set(['公尺', '米', '公里', '千米', '公裡', '公裏', '海里', '浬']);
const ZONE_AFTER = /^(?:範圍|范围)?(?:內|内)/;
const ZONE_BEFORE = /(?:周邊|周边|附近|方圓|方圆)$/;
const CONDITIONAL_BEFORE = /(?:若|倘若|如果|假如|必要時|必要时)[^，,。；;]{0,6}$/;
const CONDITION_AFTER = /^的?(?:低溫|低温|高溫|高温)?(?:環境|环境|條件|条件)下/;
const TERM_AFTER = /^的?(?:短期|租期|期限|任期|试用期|試用期|合约期|合約期|有效期|服务期|服務期|冷静期|冷靜期|展期|会期|會期|档期|檔期|赛期|賽期)/;
const CALENDAR = codes('历曆');
const MONTH_MARKS = codes('月-－/／.．');
function dayCount(text: string, qualifierStart: number, first: Read, end: number): boolean {
  const qualified = !NUMERAL_START.has(text.charCodeAt(qualifierStart));
  // (90日历天内: calendar days, a contract's term.)
  // (平均逗留1.2日: a length in days; no date has a decimal.)
  // (由約4日縮短至1日: the new length, no day of a month.)
  const shortened = EXTENDED_TO.test(text.slice(Math.max(0, qualifierStart - 3), qualifierStart));
  return !first.chinese && !isOneOfAt(text, qualifierStart - 1, MONTH_MARKS) && (qualified || shortened || first.value > 31 || !Number.isInteger(first.value)) && !CALENDAR.has(text.charCodeAt(end));
}

/** 6個月至未滿6歲兒童: the lower end of an age band. */
const AGE_BAND_AFTER = /^(?:至|到|[-－—~～])(?:未滿|未满)?[0-9０-９一二三四五六七八九十]{1,3}(?:歲|岁)/;
/** A number and its unit as acceptUnit weighs them: `start` is where its qualifier (or the number) starts, `end` just after the unit. */
interface Counted {
  text: string;
  start: number;
  end: number;
  first: Read;
  unit: string;
  /** Whether a qualifier after the number (余, 多) makes it approximate. */
  approximate: boolean;
}
/** A page counter (第2页，共5页) or a sharing site's wall (已预览3页, 剩余3页请下载, 剩餘5頁未讀): pages of the copy, no figure. */
const PAGE_LINE_BEFORE = /第\s*\d{1,3}\s*[页頁][，,（(]?\s*共\s*$|(?:剩余|剩餘|已预览|已預覽|可免费预览|可免費預覽)\s*$/;
const AFTER_EVENT = codes('後后');
const PERIOD_TOTAL_BEFORE = /[日号號][（(]共?$/;
const WHO_TIER_AFTER = /^[\u4e00-\u9fff]{1,4}者[，,、；;：:]/;
const APPLYING_BEFORE = /申請|申请|競投|竞投|持有|擁有|拥有/;
const BAND_AFTER = /^(?:[及和、至][\d.]+\s?(?:千兆赫|兆赫|吉赫|MHz|GHz|kHz))?(?:頻帶|频带|頻段|频段|[\s\u3000]*(?:頻段|频段|頻帶|频带)|至)/;
/** 檢附…1份, 申请表（原件1份）, 营业执照复印件（加盖公章，1份）, 轉知…「…要點」1份: copies to hand in or sent on, no count. */
const ENCLOSED_BEFORE = /檢送|检送|轉知|转知|函送|隨函|随函|檢附|检附|應備|应备|附送|附件[:：]|原件|复印件|複印件|影本|加盖公章|加蓋公章/;
const BILL_AFTER = /^(?:擬具|拟具|提案|連署|连署)/;
const CLASS_YEAR_BEFORE = /(?:[一二三四五六七八九]年|年级|年級|[高初國国][一二三])$/;
const PICTURES_BEFORE = /(?:照片|图片|圖片|相片)(?:资料|資料)?(?:\d{1,2}[至到~～\-－—])?$/;
/** (Or after it: 3至5张活动照片.) */
const PICTURES_AFTER = /^[\u4e00-\u9fff]{0,2}(?:照片|图片|圖片|相片)/;
// (Or 报 before whom: 活动总结及2—3张图片报区科协.)
const HAND_IN = /附|报送|報送|提交|上传|上傳|提供|[报報](?:[区县市省州镇乡區縣鎮鄉]|至|给|給)/;
const wordsBefore = (c: Counted, n: number) => c.text.slice(Math.max(0, c.start - n), c.start);
/** The words before the number within its own sentence or clause. */
const clauseBefore = (c: Counted, n: number) => wordsBefore(c, n).replace(/^.*[。；！？;!?]/s, '');
const sentenceBefore = (c: Counted, n: number) => wordsBefore(c, n).replace(/^.*[。！？!?]/s, '');
const wordsAfter = (c: Counted, n: number) => c.text.slice(c.end, c.end + n);
type Check = (c: Counted) => boolean;

/** Per unit, when its number is no statistic (checked after the vetoes every unit shares). */
const UNIT_VETOES = new Map<string, Check>();
/** Units that make a statistic only where their own rule says so: its verdict is final. */
const UNIT_VERDICTS = new Map<string, Check>();
function forUnits(table: Map<string, Check>, units: string[], check: Check): void {
  // (One rule per unit: a second would silently replace the first, as 10公里賽's once replaced a zone's radius.)
  for (const unit of units) {
    if (table.has(unit)) throw new Error(`two rules for the unit ${unit}`);
    table.set(unit, check);
  }
}

// 山区26县 names Zhejiang's mountain counties, a programme's group.
forUnits(UNIT_VETOES, ['县', '縣'], (c) => /(?:山区|山區)$/.test(wordsBefore(c, 2)));
// 下午3點: a time of day; 全文 12 點: how many points a rule has; 1點等同新臺幣1元: a definition.
forUnits(UNIT_VETOES, ['点', '點'], (c) => TIME_OF_DAY_BEFORE.test(wordsBefore(c, 6)) || c.text.charCodeAt(c.start) === ZERO || /全文\s?$/.test(wordsBefore(c, 3)) || DEFINED_AS_AFTER.test(wordsAfter(c, 3)));
// 3号楼2单元301室 is an address: a building's entrance, not a count (共24單元 counts a block's units).
// 环球广场16层, 科技大厦A座12樓 in an address: a floor, where an office is.
forUnits(UNIT_VETOES, ['层', '層'], (c) => /(?:大厦|大廈|广场|廣場|大楼|大樓|中心|座|栋|棟|号楼|號樓)$/.test(wordsBefore(c, 2)));
forUnits(UNIT_VETOES, ['单元', '單元'], (c) => /(?:楼|樓|栋|棟|幢|座)$/.test(wordsBefore(c, 1)) || isDigitAt(c.text, c.end));
// 十八區 is Hong Kong's districts by name (全港18區 counts them); 十里八乡 and 百里挑一 are idioms (全區78里 counts).
forUnits(UNIT_VETOES, ['区', '區', '里'], (c) => c.first.chinese);
// (每2分鐘回傳1筆數據: what an interval sends, no count.)
forUnits(UNIT_VETOES, ['笔', '筆'], (c) => INTERVAL_SENDS_BEFORE.test(wordsBefore(c, 12)));
const INTERVAL_SENDS_BEFORE = /每[0-9０-９一二三四五六七八九十]+(?:分鐘|分钟|秒|小時|小时)(?:回傳|回传|上傳|上传|傳送|传送|記錄|记录|採集|采集)$/;
// Days are a date's (5月15日, 今（15）日) unless told as a length: 縮短約15日, 歷時90日.
forUnits(UNIT_VETOES, ['日'], (c) => !dayCount(c.text, c.start, c.first, c.end));
// 學校周邊500公尺範圍內: a zone's radius, not a result; 10公里賽, 5公里跑: a race named by its distance.
// (版面规格为2.4米×1.2米: a panel's size, a format, as a sheet's is; 株行距3米×4米 is a planting's spacing, a figure.)
forUnits(UNIT_VETOES, [...LENGTH_UNITS], (c) => ZONE_AFTER.test(wordsAfter(c, 4)) || ZONE_BEFORE.test(wordsBefore(c, 3)) || RACE_AFTER.has(c.text.charCodeAt(c.end)) || HEIGHT_BEFORE.test(wordsBefore(c, 4)) || (sheetSize(c) && FORMAT_BEFORE.test(clauseBefore(c, 12))));
const FORMAT_BEFORE = /规格|規格|尺寸|幅面/;
// 8吋晶圓, 12吋廠: a size that names a kind; so does a process node (2奈米製程).
// (55吋4K智能電視 too; 1.5匹變頻冷氣機, an air conditioner's rating.)
forUnits(UNIT_VETOES, ['吋', '英寸'], (c) => isHanAt(c.text, c.end) || /^[0-9A-Za-z０-９]/.test(wordsAfter(c, 1)));
forUnits(UNIT_VETOES, ['匹'], (c) => /^(?:變頻|变频|冷氣|冷气|空調|空调|分體|分体|窗口|窗式)/.test(wordsAfter(c, 2)));
// 每9分50秒就有1人: the seconds of a base, as 每9分 is.
forUnits(UNIT_VETOES, ['秒'], (c) => /每\d{1,3}分$/.test(wordsBefore(c, 5)));
// (2奈米製程的用水量較7奈米增加約3成: the other node, named short.)
forUnits(UNIT_VETOES, ['奈米', '纳米'], (c) => PROCESS_AFTER.test(wordsAfter(c, 2)) || NODE_BEFORE.test(clauseBefore(c, 20)));
// 千元券、五百元券, 二千元鈔: a note's denomination, no sum.
forUnits(UNIT_VETOES, ['元'], (c) => DENOMINATION_AFTER.has(c.text.charCodeAt(c.end)));
const DENOMINATION_AFTER = codes('券鈔钞');
// 在攝氏零下20度的低溫環境下: the condition of a test, not its result.
// (北纬41度附近: a latitude, where a place lies.)
// (北緯20度至25度: a band of them, its upper end too.)
forUnits(UNIT_VETOES, ['度'], (c) => CONDITION_AFTER.test(wordsAfter(c, 8)) || COORDINATE_BEFORE.test(wordsBefore(c, 2)) || COORDINATE_RANGE_BEFORE.test(wordsBefore(c, 10)));
const COORDINATE_BEFORE = /^(?:北纬|南纬|东经|西经|北緯|南緯|東經|西經)$/;
const COORDINATE_RANGE_BEFORE = /(?:北纬|南纬|东经|西经|北緯|南緯|東經|西經)[0-9.]+度?[至到~～—－-]$/;
// 149团 names a regiment of the Xinjiang Production and Construction Corps (101团–190团), on Simplified pages; 1,846團 and Taiwan's 182團 count groups.
// (兵团第四师七十六团, 在四十七团建设: a regiment's name in words too; teams in words take a measure word, 十个团;
// so do villages, 九万村 is a name.)
forUnits(UNIT_VETOES, ['团', '村'], (c) => (!c.first.chinese && Number.isInteger(c.first.value) && c.first.value >= 100 && c.first.value < 200 && c.end - c.start === 4) || Boolean(c.first.chinese));
// 407臺中市 is a postcode before a city's name.
forUnits(UNIT_VETOES, ['台', '臺'], (c) => CITY_AFTER_TAI.test(wordsAfter(c, 2)));
// 并附活动照片5至8张, 图片资料3至5张报送, 3至5张活动照片报送: what to hand in with a report, a form's requirement like 一式两份.
forUnits(UNIT_VETOES, ['张', '張'], (c) => (PICTURES_BEFORE.test(wordsBefore(c, 7)) || PICTURES_AFTER.test(wordsAfter(c, 4))) && (HAND_IN.test(clauseBefore(c, 24)) || HAND_IN.test(wordsAfter(c, 8))));
// 共七章四十二条: a regulation's own structure, no figure of the work.
forUnits(UNIT_VETOES, ['条', '條'], (c) => /章$/.test(wordsBefore(c, 1)));
// 221厂旧址: a works named by its number, where it stood.
forUnits(UNIT_VETOES, ['厂', '廠'], (c) => /^(?:旧址|舊址|遗址|遺址|原址)/.test(wordsAfter(c, 2)));
// 委員○○○等18人擬具「…」案: the sponsors of a bill, part of its formal name.
// (11人制足球场: a format of the game, no count of people.)
// (1人家庭$38,000, 2人或以上家庭: a household's size, the class a limit is set for.)
forUnits(UNIT_VETOES, ['人'], (c) => (wordsBefore(c, 1) === '等' && BILL_AFTER.test(wordsAfter(c, 2))) || wordsAfter(c, 1) === '制' || (c.first.value <= HOUSEHOLD_MAX && HOUSEHOLD_AFTER.test(wordsAfter(c, 5))));
const HOUSEHOLD_AFTER = /^(?:或以上|或以下|及以上|以上|以下)?(?:家庭|住戶|住户)/;
/** A household's size is a few people; 326人家庭 would be a count. */
const HOUSEHOLD_MAX = 12;
// 第 1 頁，共 2 頁: a PDF's page line.
forUnits(UNIT_VETOES, ['页', '頁'], (c) => PAGE_LINE_BEFORE.test(wordsBefore(c, 12)));
// 6個月以上至國小入學前幼兒, 6個月以上的兒童: a child's age in months, the class a vaccine is for.
forUnits(UNIT_VETOES, ['个月', '個月'], (c) => MONTHS_OLD_AFTER.test(wordsAfter(c, 14)));
const MONTHS_OLD_AFTER = /^(?:以上|以下|或以上|至|到)[^，,。；;]{0,10}?(?:幼兒|幼儿|嬰幼兒|婴幼儿|嬰兒|婴儿|兒童|儿童|孩童)/;
// 2天前 under a post's author (市科协组织人事部2天前阅读 1.3万): when it was posted, a widget's relative time.
// (So is a widget's countdown to a deadline: ⏰ 距报名截止还有 12 天.)
forUnits(UNIT_VETOES, ['天', '小时', '小時', '分钟', '分鐘'], (c) => (POSTED_AGO.test(c.text.slice(c.end, c.end + 3)) && !/\d/.test(wordsBefore(c, 1)) && POSTED_AGO_LINE.test(c.text.slice(c.text.lastIndexOf('\n', c.start) + 1, c.start))) || COUNTDOWN_BEFORE.test(wordsBefore(c, 16)));
const POSTED_AGO = /^前(?:$|[^\u4e00-\u9fff]|阅读|閱讀|浏览|瀏覽|发布|發布)/;
const COUNTDOWN_BEFORE = /(?:距|距离|距離|离|離)[\u4e00-\u9fff]{1,10}(?:还有|還有|仅剩|僅剩|只剩|尚余|尚餘)[\s\u3000]*$|(?:倒计时|倒計時|倒数|倒數)[\s\u3000:：]*$/;
/** A relative time stands alone or after a name on its line (市科协组织人事部 2天前), no sentence before it. */
const POSTED_AGO_LINE = /^[^，。；：,;:]{0,30}$/;
// 天湖东路6号2幢1203室: a building in an address (新建教学楼2幢 counts).
forUnits(UNIT_VETOES, ['幢', '栋', '棟'], (c) => /[号號]$/.test(wordsBefore(c, 1)) || /^\d{1,5}(?:室|房|号|號)/.test(wordsAfter(c, 6)));
// 忠孝東路1段1號: a road's section in an address.
forUnits(UNIT_VETOES, ['段'], (c) => /[路街道]$/.test(wordsBefore(c, 1)));
// 檢送上述質詢之書面答復1份, 附件：書面答復1份: the copies a letter encloses; 應備文件：申請表…各1份, the copies an application hands in.
forUnits(UNIT_VETOES, ['份'], (c) => ENCLOSED_BEFORE.test(clauseBefore(c, 40)));
// 身高未滿90公分幼童免費, 身高1.2米以下: who qualifies by height, a condition.
forUnits(UNIT_VETOES, ['公分', '厘米', '釐米'], (c) => HEIGHT_BEFORE.test(wordsBefore(c, 4)) || sheetSize(c));
// (540mm×390mm: a sheet's size too.)
forUnits(UNIT_VETOES, ['mm'], sheetSize);
// 東盟十國, 歐盟27國: a bloc named by its members.
forUnits(UNIT_VETOES, ['国', '國'], (c) => /(?:東盟|东盟|歐盟|欧盟)$/.test(wordsBefore(c, 2)));
// (146.3仙: Hong Kong's cents, in digits; 八仙 is a name.)
forUnits(UNIT_VETOES, ['仙'], (c) => c.first.chinese);
// (過去3個財政年度: a period, no count.)
forUnits(UNIT_VETOES, ['个', '個'], (c) => FISCAL_YEARS_AFTER.test(wordsAfter(c, 4)));
const FISCAL_YEARS_AFTER = /^(?:財政年度|财政年度|學年|学年|年度)/;
// (表1列載…: a table's number, then 列載.)
forUnits(UNIT_VETOES, ['列'], (c) => LISTS_AFTER.test(wordsAfter(c, 1)));
const LISTS_AFTER = /^[載载出明舉举示]/;
// 500千伏 names a class of equipment (500千伏慈云变电站).
forUnits(UNIT_VETOES, ['千伏'], () => true);
// 排名前3位 is a place in a ranking, 上升2位 a change of one: no count.
forUnits(UNIT_VETOES, ['名'], (c) => RANKED_BEFORE.test(wordsBefore(c, 7)) || TOP_BAND_BEFORE.test(wordsBefore(c, 3)));
// (产值前50位企业: a band of a ranking that names bodies.)
forUnits(UNIT_VETOES, ['位'], (c) => RANK_MOVE.test(wordsBefore(c, 3)) || RANKED_BEFORE.test(wordsBefore(c, 7)) || (TOP_BAND_BEFORE.test(wordsBefore(c, 3)) && RANKED_BODIES_AFTER.test(wordsAfter(c, 3))));
const RANKED_BODIES_AFTER = /^的?(?:企业|企業|乡镇|鄉鎮|单位|單位|县|縣|城市|学校|學校)/;
// 十二次党代会, 第十期 in words: an ordinal (最多十次, with its qualifier, is a cap; 四十幾萬次 a count; 二三十次 an estimate).
// (An ordinal names what follows it; a count ends its clause: 研究党建工作十四次，, 培训九十三期，, 八十期以上.)
forUnits(
  UNIT_VETOES,
  ['次', '期', '批'],
  (c) => c.first.chinese && !c.approximate && c.first.max === undefined && c.first.value < 100 && NUMERAL_START.has(c.text.charCodeAt(c.start)) && isHanAt(c.text, c.end) && !COUNT_ENDS_AFTER.test(wordsAfter(c, 2)),
);
const COUNT_ENDS_AFTER = /^(?:以上|以下|左右)/;

// Editions held, stated as a fact (連續舉辦8屆); 第十届 and 八届四次 are ordinals.
// (So is 举办青少年科技创新大赛5届，: the editions a contest has had, ending its clause.)
forUnits(
  UNIT_VERDICTS,
  ['届', '屆'],
  // (In words too where the clause ends on them: 至今已舉辦十屆，.)
  (c) => (!c.first.chinese && /连续|連續/.test(wordsBefore(c, 10))) || (/举办|舉辦|举行|舉行|办理|辦理/.test(clauseBefore(c, 14)) && CLAUSE_END.has(c.text.charCodeAt(c.end))),
);
forUnits(UNIT_VERDICTS, ['年'], yearsAsDuration);
// 為期3天2夜: the nights of a period its days give.
forUnits(UNIT_VETOES, ['夜', '晚'], (c) => /[0-9０-９一二三四五六七八九十][天日]$/.test(wordsBefore(c, 2)));
// 70兆帕高压储氢: a pressure that names a class of equipment.
forUnits(UNIT_VETOES, ['兆帕', '千帕'], (c) => /^(?:高压|高壓|级|級|压力等级|壓力等級)/.test(wordsAfter(c, 4)));
// A magnitude measured, told to its decimal (4.1級, 2.0級); 8級風, 第3級 and 1級 are grades.
// (6.0級或以上 is the bar of a class of quakes.)
forUnits(UNIT_VERDICTS, ['級', '级'], (c) => /\d[.．]\d/.test(c.text.slice(c.start, c.end)) && c.text[c.start - 1] !== '第' && !/^或?以[上下]/.test(wordsAfter(c, 3)));
// An average age, or a change of one, is a finding (平均年龄41.5岁, 下降1.2岁); other ages are requirements or audiences (35岁以下, 6至12岁).
// (So are a median age and a life expectancy, and the figures for each sex after them: 平均預期壽命為83.9歲，其中男性為81.2歲.)
forUnits(UNIT_VERDICTS, ['岁', '歲'], (c) => AGE_AS_FINDING.test(wordsBefore(c, 8)) || (AGE_MEASURE_BEFORE.test(clauseBefore(c, 30)) && !AGE_BOUND_AFTER.test(wordsAfter(c, 3))));
// 86.4分 is a score; 5分之 and 分析 are other words (3分钟 is minutes, a unit of its own), 15時30分 a time,
// 滿分5分 the scale, 十分 "very" and 分機 an extension; so are a criterion's weight under 采用百分制
// (科学性（30分）、创新性（30分）…), the scale's parts, and a criterion's in brackets under a scale's heading
// (评分标准（满分100分）： / A.讲解内容（40分）：).
// (Steps walked, in digits: 每日8000步; 进一步, 第一步 and 三步走 are words.)
forUnits(UNIT_VERDICTS, ['步'], (c) => !c.first.chinese);
forUnits(UNIT_VERDICTS, ['分'], (c) => !/(?:满分|滿分)(?:为|為|是)?$/.test(wordsBefore(c, 3)) && !/百分制/.test(sentenceBefore(c, 80)) && !criterionWeight(c) && !c.first.chinese && !SCORE_WORD_AFTER.has(c.text.charCodeAt(c.end)) && !(isOneOfAt(c.text, c.start - 1, HOUR_MARKS) && !afterLabelColon(c)));
function criterionWeight(c: Counted): boolean {
  return isOneOfAt(c.text, c.start - 1, OPEN_BRACKETS) && SCORING_HEADING.test(c.text.slice(Math.max(0, c.start - SCORING_SPAN), c.start));
}
const SCORING_HEADING = /(?:评分标准|評分標準)[（(]?(?:满分|滿分)/;
/** How far above a criterion its scale's heading may stand. */
const SCORING_SPAN = 200;
// HK$100萬種子基金: 種子 is a seed fund's word, no count of kinds.
forUnits(UNIT_VETOES, ['种', '種'], (c) => c.text.startsWith('子', c.end));
// 八年12班, 高二3班: a class's name, not a count of classes.
forUnits(UNIT_VETOES, ['班'], (c) => CLASS_YEAR_BEFORE.test(wordsBefore(c, 2)));
// 65校 counts schools; 3校区 and 校长 are other words.
forUnits(UNIT_VERDICTS, ['校'], (c) => !SCHOOL_WORD_AFTER.has(c.text.charCodeAt(c.end)));
// A time limit is no result: 公示期为7个工作日; a time measured is one: 平均办理时间为38个工作日,
// 由15个工作日缩短至12个工作日.
// (Not a limit or a pledge, however it is cut: 办理时限压缩至10个工作日以内, 將初審時間由30個工作日縮短至20個工作日.)
forUnits(UNIT_VERDICTS, ['个工作日', '個工作日', '个工作天', '個工作天'], (c) => (MEASURED_BEFORE.test(clauseBefore(c, 16)) || MEASURED_BEFORE.test(wordsAfter(c, 2))) && !PLEDGED_BEFORE.test(clauseBefore(c, 24) + c.text.slice(c.start, c.start + 3)) && !isOneOfAt(c.text, c.end, WITHIN) && !/^(?:之内|之內|以内|以內)/.test(wordsAfter(c, 2)));
const PLEDGED_BEFORE = /将|將|力争|力爭|目标|目標|计划|計劃|时限|時限|承诺(?!件)|承諾(?!件)|不超过|不超過|不多於|不多于|最多|最长|最長/;
const MEASURED_BEFORE = /平均|中位数|中位數|缩短|縮短|减少|減少|压缩|壓縮|压减|壓減|历时|歷時|用时|用時|只需|仅需|僅需|实际|實際|提速/;
// A time limit is no result: 公示期为7个工作日.
// (申請競投1個至2個頻段者: a tier of who applies, a condition.)
// (3至5个关键词: a paper's format, as 300字以内 is.)
forUnits(UNIT_VERDICTS, ['个', '個'], (c) => !c.text.startsWith('工作日', c.end) && !systemAge(c) && !c.text.startsWith('工作天', c.end) && !(WHO_TIER_AFTER.test(wordsAfter(c, 5)) && APPLYING_BEFORE.test(clauseBefore(c, 8))) && !/^(?:关键词|關鍵詞)/.test(wordsAfter(c, 3)));
// 3.3吉赫及4.9吉赫頻帶: a band named by its frequency.
// (A band's name, 3.5 GHz頻段, or its span, 3400 MHz至3500 MHz: the spectrum, no amount of it.)
forUnits(UNIT_VETOES, ['兆赫', '吉赫', '千兆赫', 'MHz', 'GHz', 'kHz'], (c) => BAND_AFTER.test(wordsAfter(c, 12)) || BAND_FROM_BEFORE.test(wordsBefore(c, 6)));
const BAND_FROM_BEFORE = /(?:兆赫|吉赫|MHz|GHz|kHz)[\s\u3000]?至$/;

const OVER_BEFORE = /^(?:逾|超过|超過)/;
const REQUIRED_AFTER = /^(?:者|以上|或以上)/;
const WORKED_BEFORE = /(?:服务|服務|工作|从事|從事|做咗|做了|(?:种|種|干|幹|教|当|當|养|養|守)了|任教|执教|執教|经营|經營|扎根|紮根|行医|行醫|投身|耕耘|深耕|任职|任職|研究|钻研|鑽研)[\u4e00-\u9fff]{0,4}$/;
const HISTORY_BEFORE = /(?:历史|歷史)(?:已有|已经有|已經有|已逾|已超过|已超過|长达|長達|有|逾|超过|超過)?$/;
const HISTORY_AFTER = /^的?(?:(?:种植|種植|栽培|建校|办学|辦學|建院|发展|發展|生产|生產|制作|製作|传承|傳承|酿造|釀造)的?)?(?:历史|歷史)/;
const AVERAGE_LENGTH_BEFORE = /(?:平均[\u4e00-\u9fff]{0,4}(?:期|年期|年限|年資|年资|時間|时间)|(?:期|時間|时间)」?的?(?:中位数|中位數)|(?:百分位数|百分位數)(?:則|则)?)(?:约|約)?(?:为|為|是|达|達)?(?:约|約)?$/;
const WORKED_EXACTLY_BEFORE = /(?:从事|從事|扎根|紮根|任教|执教|執教|行医|行醫|深耕|耕耘)[\u4e00-\u9fff]{1,12}$/;
const REQUIREMENT_BEFORE = /须|須|需|应|應|要求|具有|具备|具備|满|滿|不少于|不少於|至少|累计|累計|条件|條件|资格|資格|申报|申報/;
/** Years make a statistic only as a duration stated as a fact (连续16年, 历时3年, 需要3至5年时间); a year, a period or an age is not. */
function yearsAsDuration(c: Counted): boolean {
  const { text, start, end, first } = c;
  // (以10年時間編列…: the years a plan's budget is given, no time it took; 以3年時間訪談 is.)
  if (text.startsWith('时间', end) || text.startsWith('時間', end)) return !PLAN_SPAN_AFTER.test(wordsAfter(c, 4));
  // 1700多年历史: an age, no duration of work; so is 距今1000多年的敦煌星图.
  // (栽培历史已有2000多年: the same age, its history named first.)
  if (HISTORY_AFTER.test(wordsAfter(c, 6)) || wordsBefore(c, 2) === '距今' || HISTORY_BEFORE.test(wordsBefore(c, 6))) return false;
  // 由2024年的約2.8年縮短至約2.1年: the old length, a result (in words too, told as about so long: 由…的約四年縮短至…).
  if ((!first.chinese || aboutAgain(text, start) > 0) && first.value < 100 && CHANGED_AFTER.test(wordsAfter(c, 3))) return true;
  // 保存期限由3個月延長至1年: the new length, a result; 延長至120年(12月31日) is a year of Taiwan's calendar.
  if (EXTENDED_TO.test(wordsBefore(c, 3))) return !rocYear(text, first, end);
  // 扎根戈壁30余年: a span of years spent, approximately; 30余年来 and 近5年 are periods.
  // (做咗十零年, 从事科普工作十余年: in words too, after someone's work.)
  if (c.approximate && (!first.chinese || WORKED_BEFORE.test(wordsBefore(c, 8))) && !PERIOD_AFTER.has(text.charCodeAt(end)) && !PERIOD_BEFORE.has(text.charCodeAt(start - 1)) && !PERIOD_BEFORE.has(text.charCodeAt(start))) {
    return true;
  }
  if (text.charCodeAt(end) === DEGREE) return false;
  // (…已连续举办5年: the years something has run, as 连续5年.)
  // (連續2年未發生本土病例的里別, 對連續3年投保且未申請理賠之農民: a condition of who qualifies.)
  if (CONDITION_CLAUSE.test(wordsAfter(c, 14)) || WHO_CLAUSE.test(wordsAfter(c, 14)) || TO_WHOM_BEFORE.test(wordsBefore(c, 5))) return false;
  // 經營渡輪服務逾二十年, 从事科普工作超过20年: years of someone's work, told as a fact (not 超过3年者, a requirement).
  if (OVER_BEFORE.test(text.slice(start, start + 2)) && WORKED_BEFORE.test(wordsBefore(c, 8)) && !PERIOD_AFTER.has(text.charCodeAt(end)) && !REQUIRED_AFTER.test(wordsAfter(c, 2))) return true;
  // 平均入住年期约为3.2年: an average length, a finding.
  if (!first.chinese && first.value < 100 && AVERAGE_LENGTH_BEFORE.test(clauseBefore(c, 12))) return true;
  // 从事柑橘技术推广26年，: someone's years of work told exactly, as in a nominee's record (not
  // 须从事科普工作5年, a requirement).
  if (!first.chinese && first.value < 100 && (CLAUSE_END.has(text.charCodeAt(end)) || isOneOfAt(text, end, CLOSE_BRACKETS)) && WORKED_EXACTLY_BEFORE.test(clauseBefore(c, 16)) && !REQUIREMENT_BEFORE.test(sentenceBefore(c, 30))) return true;
  const before = wordsBefore(c, 2);
  // (返鄉服務已經4年，: a span told as a fact.)
  if ((before === '已经' || before === '已經') && CLAUSE_END.has(text.charCodeAt(end))) return true;
  return DURATION_BEFORE.has(before) || (HELD_BEFORE.has(before) && /连续|連續/.test(text.slice(Math.max(0, start - 4), start - 2)));
}

/**
 * Whether a time is no result: a limit (在20个工作日内, 30分钟内), a tenure required (工作累计满6个月以上),
 * a deadline or an interval, a condition (連續3個月無內容更新的e站, 若咳嗽超過2週) or a term's length
 * (以最長12個月的租期).
 */
function timeNoResult(c: Counted): boolean {
  const { text, start, end, first, unit } = c;
  return (
    isOneOfAt(text, end, WITHIN) ||
    // (2 天前, 3 週前: how long ago a comment or a video was posted.)
    (text.charCodeAt(end) === AGO && !isHanAt(text, end + 1)) ||
    // (1週 12個讚 回覆, 6天 回覆: a comment's age beside its buttons.)
    COMMENT_BUTTONS.test(text.slice(end, end + 14)) ||
    text.startsWith('之内', end) ||
    text.startsWith('之內', end) ||
    isOneOfAt(text, start - 1, FULL_TERM) ||
    timeNotAResult(text, start, end) ||
    timeIsALabel(text, start, first, unit, end) ||
    CONDITION_CLAUSE.test(wordsAfter(c, 14)) ||
    CONDITIONAL_BEFORE.test(wordsBefore(c, 8)) ||
    isALimit(c) ||
    TERM_AFTER.test(wordsAfter(c, 5)) ||
    AGE_BAND_AFTER.test(wordsAfter(c, 8)) ||
    FEE_TERM_AFTER.test(wordsAfter(c, 4)) ||
    HOLIDAY_AFTER.test(wordsAfter(c, 2)) ||
    HOLIDAY_BEFORE.test(wordsBefore(c, 4)) ||
    // (去年春節6天期間: the festival's days, a period.)
    (FESTIVAL_BEFORE.test(wordsBefore(c, 2)) && DURING_AFTER.test(wordsAfter(c, 2))) ||
    // (臭氧8小時空氣質素指標: an indicator's averaging time, no time anything took.)
    INDICATOR_AFTER.test(wordsAfter(c, 6)) ||
    // (在12分鐘召達時間目標內到達: the time a pledge sets, as 12分鐘內 is.)
    TARGET_TIME_AFTER.test(wordsAfter(c, 6)) ||
    // (在每所学校布展1天: the time set for each place, a schedule; not a minimum it must last, 每站展出时间不少于4小时.)
    (PER_PLACE_BEFORE.test(clauseBefore(c, 10)) && NUMERAL_START.has(text.charCodeAt(start))) ||
    // (舉辦簡介會，每場約1.5小時: the length set for each session, a format; 每场不少于40分钟 is a
    // threshold, and counts.)
    (PER_SESSION_BEFORE.test(wordsBefore(c, 4)) && SESSION_LENGTH_START.test(text.slice(start, start + 3))) ||
    // (每期安排理论授课3小时、田间实操2小时: the timetable of each session.)
    // (学时 are credits a course gives, and count: 每期安排理论授课28学时.)
    (SESSION_PLAN_BEFORE.test(clauseBefore(c, 24)) && SESSION_LENGTH_START.test(text.slice(start, start + 3)) && !CREDIT_HOURS.has(unit)) ||
    // (开班仪式（20分钟）, 专题讲座《…》（3小时）, 每節（3小時）: an agenda's length for a session, in brackets after its name.)
    (SESSION_UNITS.has(unit) && isOneOfAt(text, start - 1, OPEN_BRACKETS) && isOneOfAt(text, end, CLOSE_BRACKETS) && SESSION_NAMED_BEFORE.test(text.slice(Math.max(0, start - 2), start - 1)) && BARE_LENGTH.test(text.slice(start, end))) ||
    // (口头报告每人15分钟（含5分钟问答）, 每人讲解时长6分钟, 演讲每人20分钟: each speaker's time, a format; a limit on it,
    // 每人讲解时间不超过5分钟, counts.)
    (SESSION_UNITS.has(unit) && BARE_LENGTH.test(text.slice(start, end)) && (PER_SPEAKER_BEFORE.test(clauseBefore(c, 12)) || (wordsBefore(c, 1) === '含' && SESSION_PART_AFTER.test(wordsAfter(c, 3))))) ||
    // (另安排20分鐘綜合座談: the time an agenda sets aside for a part of it.)
    (SESSION_UNITS.has(unit) && SET_ASIDE_BEFORE.test(wordsBefore(c, 2)) && SESSION_PART_AFTER.test(wordsAfter(c, 4))) ||
    // (谢花后20天左右进行疏果, 打顶后5至7天: a time after an event, when to act; 此后, 今后 and 最后 are
    // other words.)
    (EVENT_BEFORE_AFTER.test(text.slice(Math.max(0, rangeStart(text, start) - 3), rangeStart(text, start))) && ACT_AFTER.test(wordsAfter(c, 10))) ||
    // (采收前7至10天停止灌水: a window before an event, no time anything took; 提前3天完成 is one.)
    // (由改善前約35分鐘縮短為…: the time before a change, a result.)
    eventWindowAt(text, start) ||
    // (短短7天时间里: the span something happened in, not a time it took.)
    SPAN_AFTER.test(wordsAfter(c, 3)) ||
    SINCE_LAUNCH_BEFORE.test(wordsBefore(c, 2)) ||
    // (提前10分钟到场签到, 可提前1至7天预约: an instruction to readers, no time anything took.)
    (text.endsWith('提前', rangeStart(text, start)) && ARRIVAL_AFTER.test(wordsAfter(c, 2))) ||
    (wordsBefore(c, 1) === '以' && BILLED_AFTER.has(c.text.charCodeAt(c.end))) ||
    // (2026年6月10日至6月16日（共7天）, 7月19日至7月25日（7天）: a period's length, as its dates give it.)
    PERIOD_TOTAL_BEFORE.test(wordsBefore(c, 3)) ||
    // (現在休息10分鐘: a meeting's break; 結訓後6個月的平均薪資: a point in time after an event.)
    wordsBefore(c, 2) === '休息' ||
    wordsBefore(c, 3) === '休息的' ||
    (AFTER_EVENT.has(c.text.charCodeAt(c.start - 1)) && c.text[c.end] === '的')
  );
}
/** 最長不超過12個月, 延期最多6個月: the most a rule allows, no time anything took (`c` starts at its qualifier). */
function isALimit(c: Counted): boolean {
  const qualifier = c.text.slice(c.start, c.start + 4);
  return (
    (/(?:最长|最長|最多)$/.test(wordsBefore(c, 2)) && /^(?:不超过|不超過|不得超)/.test(qualifier)) ||
    (/(?:延期|展延|延長|延长)[\u4e00-\u9fff]{0,3}$/.test(wordsBefore(c, 7)) && /^(?:最长|最長|最多)/.test(qualifier)) ||
    // (可免費進駐科學園最多6個月: what a prize entitles to, at most.)
    (/(?:免費|免费)[^，。；]{0,18}$/.test(wordsBefore(c, 20)) && /^(?:最长|最長|最多)/.test(qualifier)) ||
    // (暫停預訂資格60日: a penalty's length.)
    /(?:暫停|暂停)[\u4e00-\u9fff]{0,6}$/.test(wordsBefore(c, 8)) ||
    // (保存來貨記錄最少60日: how long records must be kept.)
    (/(?:保存|保留|留存)[\u4e00-\u9fff]{0,6}$/.test(wordsBefore(c, 10)) && /^(?:最少|至少|不少於|不少于)/.test(qualifier)) ||
    // (放寬…得於執行期間內赴國外…進行研究，最長6個月: the longest stay a rule permits.)
    (/(?:最长|最長)$/.test(wordsBefore(c, 2)) && PERMITTED.test(sentenceBefore(c, 60)))
  );
}
/** 至今已走过28个年头: how old a system is, no time anything took (as 70周年). */
const systemAge = (c: Counted) => /^年[头頭]/.test(wordsAfter(c, 2)) && /(?:走过|走過|迎来|迎來)$/.test(wordsBefore(c, 2));
/** What a rule lets someone do: 得於, 可申請, 放寬, 允許. */
const PERMITTED = /(?<![獲获取])得(?:於|于|以|赴|申請|申请)|放寬|放宽|允許|允许|准予/;
const TARGET_TIME_AFTER = /^(?:召達|召达|到達|到达|回應|回应|處理|处理)?(?:時間|时间)(?:目標|目标)/;
const INDICATOR_AFTER = /^(?:空氣質素指標|空气质量指标|空氣質素指數|平均濃度|平均浓度|滑動平均|滑动平均)/;
const EVENT_BEFORE_AFTER = /[\u4e00-\u9fff](?<![之以此然最前今其而随隨日月年天周週])[后後]$/;
/** What is done then: 进行第一次疏果, 喷施, 追肥. */
const ACT_AFTER = /^(?:左右|上下)?[，,]?(?:分[两兩二三四1-4]次)?(?:进行|進行|开始|開始|喷施|噴施|喷药|噴藥|追肥|施用|施肥|采收|採收|疏果|摘心|打顶|打頂|移栽|定植|浇水|澆水|灌水|覆膜|揭膜|复查|複查)/;
const EVENT_WINDOW_BEFORE = /[\u4e00-\u9fff](?<![提之以目当當眼日此空向超居年月周週天个個])前$/;
const FROM_BEFORE_EVENT = /由[\u4e00-\u9fff]{1,4}前$/;
/** Whether the time at `at` (or its range) stands in a window before an event: 采收前7至10天. */
function eventWindowAt(text: string, at: number): boolean {
  const from = rangeStart(text, at);
  const before = text.slice(Math.max(0, from - 6), from);
  return EVENT_WINDOW_BEFORE.test(before) && !FROM_BEFORE_EVENT.test(before);
}
const PER_SESSION_BEFORE = /每(?:場|场|節|节|堂|課|课)(?:為|为|歷時|历时)?$/;
const CREDIT_HOURS = new Set(['学时', '學時', '课时', '課時']);
const SESSION_PLAN_BEFORE = /每(?:場|场|節|节|堂|課|课|期)[^，,。；;]{0,4}(?:安排|安排为|安排為)[^，,。；;]{0,14}$/;
const SESSION_LENGTH_START = /^(?:約|约|大約|大约)?[0-9０-９一二三四五六七八九十两兩半]/;
/** The units an agenda gives a session's length in. */
const SESSION_UNITS = new Set(['分钟', '分鐘', '小时', '小時']);
/** A length as the agenda gives it, no bound or range: 20分钟, 1.5小時 (a contest's 不超过5分钟 and 4-6分钟 are limits, and count). */
const BARE_LENGTH = /^[0-9０-９.]+(?:分钟|分鐘|小时|小時)$/;
/** What names a session before its bracketed length: a word, a title's closing 》, a quote's ”. */
const SESSION_NAMED_BEFORE = /^[\u4e00-\u9fff》”」]$/;
/** Each speaker's share of a session: 报告每人, 每人讲解时长, 每位发言. */
const PER_SPEAKER_BEFORE = /(?:(?:报告|報告|演讲|演講|讲解|講解|发言|發言|交流|汇报|匯報|分享|致辞|致辭)(?:每人|每位)|(?:每人|每位)(?:讲解|講解|发言|發言|演讲|演講|报告|報告|汇报|匯報|交流)?(?:时长|時長|时间|時間))(?:为|為|约|約)?$/;
/** A part of an agenda: 問答, 综合座谈, 茶歇. */
const SESSION_PART_AFTER = /^(?:的)?(?:綜合|综合|自由|互动|互動|现场|現場)?(?:座談|座谈|交流|讨论|討論|问答|問答|提问|提問|茶歇|研讨|研討|答疑)/;
const SET_ASIDE_BEFORE = /(?:安排|另設|另设|預留|预留)$/;
const PER_PLACE_BEFORE = /每(?:所|站|校)[\u4e00-\u9fff]{1,6}$/;
/** 停車未滿30分鐘者免費, 逾30分鐘者以1小時計費: a fee schedule's grace period and billing steps. */
const FEE_TERM_AFTER = /^者(?:免費|免费|以)/;
/** 春節9天連假, 連假長達9天: a holiday's length, no time anything took. */
const HOLIDAY = '(?:連假|连假|長假|长假|假期)';
const HOLIDAY_AFTER = new RegExp(`^${HOLIDAY}`);
const SPAN_AFTER = /^(?:时间里|時間裡|时间内|時間內)/;
/** 功能上線3個月，已有…: the time since a launch, no time anything took. */
const ARRIVAL_AFTER = /^(?:预约|預約|到场|到場|签到|簽到|报到|報到|入场|入場|到达|到達|抵达|抵達|集合)/;
const SINCE_LAUNCH_BEFORE = /(?:上線|上线|開通|开通)$/;
const FESTIVAL_BEFORE = /(?:春節|春节|國慶|国庆|中秋|端午|元旦|清明|新年|聖誕|圣诞)$/;
const DURING_AFTER = /^(?:期間|期间)/;
const HOLIDAY_BEFORE = new RegExp(`${HOLIDAY}(?:長達|长达|共|為|为)?$`);
/** …以1小時計: the step a fee is counted in. */
const BILLED_AFTER = codes('計计');

/**
 * 補助款分2期撥付: the instalments a sum is paid in, no count of anything done (分3批次深入企业 is
 * visits made; 部分, 积分 are other words).
 */
const INSTALMENT_UNITS = new Set(['期', '批', '批次', '次', '年']);
const INSTALMENTS_BEFORE = /(?<![部成积積评評得学學百充十划劃区區])分$/;
const PAID_AFTER = /^(?:撥付|拨付|支付|付款|發放|发放|繳納|缴纳|下達|下达|撥款|拨款|給付|给付|核撥|核拨|償還|偿还|還款|还款|撥入|拨入)/;

const BUILT_AFTER = /^(?:建置|建设|建設|实施|實施|推进|推進|推动|推動|进行|進行|辦理|办理|完成|开发|開發)/;

function acceptUnit(c: Counted): boolean {
  // (A section's badge, 01 组织建设 / 03 人才与学术, numbers a heading: no count of 组 or 人.)
  if (sectionBadge(c)) return false;
  // (4家子公司 counts subsidiaries, whatever 家子 makes of a place's name.)
  if (WORD_AFTER_UNIT.get(c.unit)?.has(c.text.charCodeAt(c.end)) && !c.text.startsWith('子公司', c.end)) return false;
  // 2公尺級望遠鏡, 10万吨级: a class named by its size.
  if (c.text.charCodeAt(c.end) === GRADE || c.text.charCodeAt(c.end) === GRADE_T) return false;
  // 十项民生实事 and 十项为民办实事 name a programme.
  if (c.first.chinese && PROGRAMME_AFTER.test(wordsAfter(c, 5))) return false;
  if (UNIT_VETOES.get(c.unit)?.(c)) return false;
  // (其他33區, 其他5科 alone in a cell: a table's row of the rest, its label.)
  if (isOneOfAt(c.text, c.end, CELL_ENDS) && REST_BEFORE.test(wordsBefore(c, 2))) return false;
  if (INSTALMENT_UNITS.has(c.unit) && INSTALMENTS_BEFORE.test(wordsBefore(c, 2)) && PAID_AFTER.test(wordsAfter(c, 3))) return false;
  // (分為4類: the classes a scheme sorts into, a structure.)
  if ((c.unit === '类' || c.unit === '類') && /(?:分为|分為|分成)$/.test(wordsBefore(c, 2))) return false;
  // (全案分3期建置: the phases a plan is built in.)
  if (c.unit === '期' && INSTALMENTS_BEFORE.test(wordsBefore(c, 2)) && BUILT_AFTER.test(wordsAfter(c, 2))) return false;
  const verdict = UNIT_VERDICTS.get(c.unit);
  if (verdict) return verdict(c);
  if (TIME_UNITS.has(c.unit) && timeNoResult(c)) return false;
  return !c.text.startsWith('读完', c.end) && !c.text.startsWith('讀完', c.end);
}

/** A zero-padded number opening its line, a space after it: a post's section badge (01 组织建设). */
function sectionBadge(c: Counted): boolean {
  return c.text.charCodeAt(c.start) === ZERO && isDigitAt(c.text, c.start + 1) && (c.start === 0 || c.text.charCodeAt(c.start - 1) === NEWLINE) && BADGE_GAP.has(c.text.charCodeAt(c.start + 2));
}
const BADGE_GAP = codes(' \u3000\u00a0');

function make(
  text: string,
  start: number,
  end: number,
  value: number,
  valueMax: number | null,
  unit: string,
  qualifier: string | null,
): Stat {
  return { text: text.slice(start, end), value, valueMax, unit, qualifier, start, end };
}

/** 千瓦·时, as statistics bulletins print it, is 千瓦时. */
const MIDDLE_DOT = /(?<=千瓦)·(?=时)/;
const POINTS_WITHOUT_MEASURE = new Map([['百分点', '个百分点'], ['百分點', '个百分点'], ['基点', '个基点'], ['基點', '个基点']]);
/** Units seen so far in their Simplified form: a page repeats a few units tens of thousands of times. */
const simplifiedUnits = new Map<string, string>();

function normaliseUnit(unit: string): string {
  let simplified = simplifiedUnits.get(unit);
  // (3.5百分點, its 個 left out, is the same change in points.)
  if (simplified === undefined) simplifiedUnits.set(unit, (simplified = POINTS_WITHOUT_MEASURE.get(unit) ?? toSimplifiedChars(unit).replace(MIDDLE_DOT, '')));
  return simplified;
}
