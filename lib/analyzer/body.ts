// Which blocks of a page are the article: the title, the header lines (date, source) and the body,
// leaving out navigation, breadcrumbs, widgets, image names, footers and the furniture of
// document-sharing sites. Works on plain lines; the DOM reader adds what the markup knows
// (nav/footer/aside context, link-only blocks, headings, the densest content container).

import { ADDRESSEE_LINE, APPROVAL_LINE, ADDRESSEE_LINES, TITLE_LABEL, CIRCULAR_LINE, FILE_REFERENCE, GREETING_LINE, CODED_NUMBER_LINE, LETTERHEAD, SPEAKER_LINE, COUNCIL_PAPER, DESK_BYLINE, KIND_WORD_LINE, DOCUMENT_NAME, GAZETTE_ISSUE, GAZETTE_NOTICE, LABEL_GLOSS_CELL, isDocNumberLine, isFieldLabel, isLabelCell, isMetaLabel, ISSUED_LINE, ORDINANCE_LINE, RELEASE_LABEL, TITLE_TAG_SEPARATOR, TOC_ENTRY, VERIFIED_BADGE, DASH_SUBTITLE, FOLLOWERS_LINE, POST_TIME_LINE, YEAR_OPENING, YEAR_NOT_DAY_OPENING, YEAR_WORD_END, SERIAL_LABEL, RELATIVE_TIME, PROCUREMENT_KIND_END, SERIAL_KIND_LINE } from './lines';

export interface PageBlock {
  /** Block text with pinyin residue already removed. */
  text: string;
  /** Known from the markup to be navigation, footer, sidebar, share widget or a lone link. */
  boiler?: boolean;
  /** A heading element or an element whose class says title. */
  heading?: boolean;
  /** An <h1>: of a kicker, a headline and a subtitle, each a heading, the headline (DOM only). */
  topHeading?: boolean;
  /** Outside the page's main content container (DOM only). */
  outside?: boolean;
  /** One printed line of a PDF rendered as HTML (pdf2htmlEX): a paragraph goes on in the next. */
  line?: boolean;
  /** A cell of a data table, in a row of three cells or more: a row's label is no numbered item. */
  cell?: boolean;
  /** A data cell with more cells after it in its row: what the row is about (超過10千瓦但不超過200千瓦 | $2.0). */
  rowLabel?: boolean;
  /** A data cell under a column of terms (執行期程 | 12個月): each project's length, no result. */
  termCell?: boolean;
  /** A data cell of a row in another language, no Chinese in it (Response rate | 94.1% | 95.0%): a bilingual table's restatement. */
  foreignRow?: boolean;
  /** A line a <br> broke off the block before it, in the same element (DOM only). */
  afterBreak?: boolean;
  /** The data table a one-line cell stands in (any of its rows): a form's ICP备案号 row is no footer. */
  dataTable?: number;
}

export interface Chunk {
  drop: number;
  continues: boolean;
}

export interface ArticleLayout {
  /** The title's block; its last, where a <br> breaks it over several (see titleStart). */
  title: number | null;
  /** The title's first block: the title is the text of titleStart..title joined. */
  titleStart: number | null;
  /** Blocks between the title and the body that carry date, source and similar. */
  header: number[];
  /** Body blocks in order. */
  body: number[];
  /** Body blocks that open a page chunk of a document-sharing site: the chunk number to drop, and whether the block continues the previous one. */
  chunks: Map<number, Chunk>;
  /** A council paper's head line (立法會CB(4)512/2024(04)號文件), which carries its number. */
  paper: number | null;
  /** A gazette's issue line (第18期 — 2025年5月5日), which carries its date. */
  issue: number | null;
}

const NAV_START = /^[\s\u3000]*(?::::[\s\u3000]*)?(?:您?(?:当前|當前|现在|現在|目前)?(?:所在|的)?位置|当前位置|當前位置|(?:你|您)在(?:這裏|這裡|这里)[:：]|(?:首页|首頁|主页|主頁)\s*[>＞»›]|(?:首页|首頁)[\s\u3000]+\S{2,6}[\s\u3000]+\S{2,6}(?:[\s\u3000]|$))/;
const NAV_SEPARATOR = /\s[|｜]\s|[|｜]|>>|[>＞»›→]/g;
const IMAGE_NAME = /^[\s\u3000]*[\w\-—（）()]+\.(?:jpe?g|png|gif|bmp|webp)[\s\u3000]*$/i;
/** A line of a page's widgets (font size, print, share, views, a post's 1.1万展现 and a video's 1.2万播放, an account's reads after its name, 青川县融媒体中心1.3万阅读, 👍 312 分享; a sharing site's wall, 点击下载全文（4页）, and price, 下载文档（8.9元）, its document's size, 约3200字 约5页 0.9元; a gallery's count, 图集（共6张）, （本组图片共4幅）, （本文配图4幅）, 共4张　◀上一张, 图片 1-4 / 共8张, 本相簿共 12 張相片, and its pager, 第1/3页; and rating, ★★★★☆ 4.2分; a reader view's reading time, 4–5 分钟). */
const WIDGET =
  /^[\s\u3000]*(?:[［\[【]?(?:相片|照片)\s*\d+\s*[张張]|跳至主要內容|跳至主要内容|跳到主要內容|跳到主要内容|跳转到主要内容|跳轉到主要內容|跳過導航列|跳过导航栏|跳過導覽列|按日期瀏覽|按日期浏览|按類別瀏覽|按类别浏览|新聞公報目錄|新闻公报目录|相片及短片|访问次数|訪問次數|浏览次数|瀏覽次數|阅读次数|閱讀次數|浏览[:：]|瀏覽[:：]|小字号|小字號|大字号|大字號|【?字[号號](?![^\n]*\d[号號][\s\u3000]*$)|字体|字體|打印|【打印|关闭|關閉|分享|返回顶部|返回頂部|收藏|上一篇|下一篇|点击查看更多|點擊查看更多|资源描述|資源描述|返回\s|举报|舉報|扫一扫|掃一掃|×$|上传人|上傳人|文档编号|文檔編號|下载文档到电脑|下載文檔到電腦|(?:下载|下載)(?:文档|文檔)[（(][\d.]+元[)）]|(?:打开|打開)(?:App|APP|app)[，,][\s\u3000]*(?:查看|查閱|阅读|閱讀)|(?:正文[\s\u3000]+)?(?:字体大小|字體大小)[:：]|\d{1,3}[–—-]\d{1,3}[\s\u3000]*(?:分钟|分鐘)[\s\u3000]*$|内容摘要[:：]|內容摘要[:：]|【VIP专享】|【VIP專享】|(?:图集|圖集|图辑|圖輯|组图|組圖)[（(]?共\d{1,3}[张張幅][)）]?|[（(]?本组图片共\d{1,3}[张幅][)）]?$|[（(]?本組圖片共\d{1,3}[張幅][)）]?$|本圖輯共\d{1,3}張|[（(]本文配[图圖]\d{1,3}[张張幅][)）]|(?:图片|圖片)(?:集锦|集錦)?[\s\u3000]*[（(]共?\d{1,3}[张張幅][)）]|共[\s\u3000]*\d{1,3}[\s\u3000]*[张張][\s\u3000]*[◀◁‹<]?[\s\u3000]*上一[张張]|(?:图片|圖片)[\s\u3000]*\d{1,3}[-–—~]\d{1,3}[\s\u3000]*\/[\s\u3000]*共[\s\u3000]*\d{1,3}[\s\u3000]*[张張]|第[\s\u3000]*\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{1,3}[\s\u3000]*[页頁](?![\u4e00-\u9fff]{0,2}[，。])|本相簿共[\s\u3000]*\d{1,3}[\s\u3000]*[张張]|(?:约|約)?\d{2,6}字[\s\u3000]+(?:约|約)?\d{1,4}[页頁]|VIP免费下载|VIP免費下載|点击下载全文|點擊下載全文|[★☆]{5}[\s\u3000]*\d(?:\.\d)?分|[\d.]+[万萬]?(?:展现|展現|播放)[\s\u3000]*$|[\u4e00-\u9fff]{2,16}[\s\u3000]*[\d.]+[万萬]?(?:阅读|閱讀)[\s\u3000]*$|👍[\s\u3000]*[\d.,]+[万萬KkMm]?(?:[\s\u3000]|$))/;
// (And its own notes on what users upload: 1、本文档由用户上传，人人文库网仅提供信息存储空间….)
const DOC_SHARE = /第\s*\d*\s*[页頁]\s*[/／]\s*共\s*\d+\s*[页頁]|收藏或整理的资源|收藏或整理的資源|文档格式[:：]|文檔格式[:：]|文档页数[:：]|文檔頁數[:：]|本文档共\s*\d+\s*页|该文档总共\s*\d+\s*页|还剩\s*\d+\s*页未读|_第\d+[页頁]\s*$|由会员分享|由會員分享|文档编号|文檔編號|本文档由用户上传|本文檔由用戶上傳|下载的文档，不会出现|下載的文檔，不會出現|如文档侵犯您的权益|如文檔侵犯您的權益|已显示全部内容|已顯示全部內容/;
/** DOC_SHARE, looked for only where a word of it is (its alternatives defeat V8's quick scan). */
function isDocShareLine(text: string): boolean {
  // (Its marks stand on short lines: 第2页/共5页, 文档编号：….)
  return (
    text.length <= 100 &&
    (((text.includes('共') || text.includes('_第') || text.includes('分享') || text.includes('编号') || text.includes('編號') || text.includes('文档') || text.includes('文檔')) && DOC_SHARE.test(text)) ||
      DOC_COUNTERS.test(text))
  );
}
/** A shared document's counters: 1268阅读 · 26下载 · 4页 · 4.8分(32人评价), 1.3万阅读 56下载 9页; its preview's extent (只提供2页预览). */
const DOC_COUNTERS = /\d[\d.]*[万萬]?(?:阅读|閱讀)[\s\u3000]*[·・]?[\s\u3000]*\d+(?:下载|下載)|(?:只提供|僅提供)\d+[页頁](?:预览|預覽)/;
const FOOTER =
  /copyright|©|版权所有|版權所有|ICP备|ICP備|公网安备|公網安備|技术支持[:：]|技術支持[:：]|主办单位[:：]|主辦單位[:：]|联系我们|聯繫我們|网站地图|網站地圖|[（(]责编|[（(]責編|责任编辑[:：]|責任編輯[:：]|展开阅读全文|展開閱讀全文|(?<![\u4e00-\u9fff])(?:相关|相關)(?:资源|資源|阅读|閱讀|新闻|新聞|消息|文章|链接|鏈接|公告|通告|稿件|报道|報道|報導|通函|留言|信息[:：]|文档|文檔|附件[:：]|推荐$|推薦$|资料$|資料$)|今日新聞公報|今日新闻公报|^[\s\u3000]*(?:其他新聞公報|其他新闻公报|其他新聞稿|其他新闻稿|其他公告|其他通告|其他新聞|其他新闻|其他消息|更多推荐|更多推薦)[\s\u3000]*[:：]?[\s\u3000]*$|今日其他新聞公報|今日其他新闻公报|本日其他新聞公報|本日其他新闻公报|往期推荐|往期推薦|往期回顾|往期回顧|接下来播放|接下來播放|热门文章|熱門文章|热门公告|熱門公告|热门新闻|熱門新聞|热点新闻|熱點新聞|推荐阅读|推薦閱讀|全文阅读已结束|全文閱讀已結束|延伸阅读|延伸閱讀|供稿人[:：]|^[\s\u3000]*(?:最新消息|最新新闻|最新新聞|最新發佈|最新发布|最新發布|最新新聞稿|最新新闻稿|相关文件[:：]|相關文件[:：]|最新动态|最新動態|最新文章|[\u4e00-\u9fff]{2,6}(?:专栏|專欄))[\s\u3000]*$|^[\s\u3000]*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上一则|下一则|上一則|下一則)[\s\u3000]*[:：]|^[\s\u3000]*(?:收起|全部评论|全部評論)[\s\u3000]*$|^[\s\u3000]*共[\s\u3000]*\d+[\s\u3000]*(?:条|條|则|則)(?:评论|評論|留言)[\s\u3000]*$|^[\s\u3000]*(?:所有心情[:：]?[\s\u3000]*[\d,.]+[萬万]?|[\d,.]+[萬万]?(?:則留言|则留言|次分享)|(?:最相關|最相关)[\s\u3000]*▼?)[\s\u3000]*$|^[\s\u3000]*(?:More from this author|More from this page|Recommended|Related (?:articles|posts|news))[\s\u3000]*$/i;
/**
 * A line of the article's metadata: a labelled field, a date and time, a date alone; a list's label and
 * its value parted by a space (發布日期 114-10-31, 資料來源 衛生局); an app's chip of the column and the date it
 * was posted or its readers counted (通函2026/06/03 發布, 會務動態2026.05.23閱讀 1,208); a date after 發佈： alone, or opening a post's line after 发布于;
 * a Taiwan date in dots opening a line (115.05.12更新 115.05.13); a theme's month first (5月 18, 2026 / …); an English
 * date alone (26 April 2026); a Weibo post's day and time over its client (4-18 09:30 来自微博 weibo.com).
 */
const META_LINE =
  /(?:来源|來源|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|(?<!门诊|門診|办公|辦公|开放|開放|营业|營業)(?:时间|時間)|日期|作者|上传时间|上傳時間|上传于|上傳於|上传者|上傳者|上传人|上傳人|访问次数|訪問次數|点击数|點擊數|浏览次数|瀏覽次數|索引号|索引號|发布机构|發布機構|发布单位|發布單位|发布机关|發布機關|发文机关|發文機關|发文字号|發文字號|文号|文號|主题分类|主題分類|组配分类|組配分類|内容概述|內容概述|是否有效|信息分类|信息分類|资讯分类|資訊分類|公开方式|公開方式|公开范围|公開範圍|公开目录|公開目錄|有效性|点阅次数|點閱次數|公告日期|公告期間|公告期间|公告單位|公告单位|主题词|主題詞|公發布日|公发布日|法規名稱|法规名称|法規體系|法规体系|生效狀態|生效状态|公報卷期|公报卷期|答覆實體|答复实体|答覆機關|答復機關|答复机关|签发人|簽發人|公开属性|公開屬性)\s*[:：]|^[\s\u3000]*(?:中華民國|中华民国|民國|民国)?(?:\d{4}|\d{2,3}年)[-年/.]\d{1,2}[-月/.]\d{1,2}|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|^[\s\u3000]*\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}[\s\u3000]*\d{1,2}:\d{2}(?:[\s\u3000]*[|｜]?[\s\u3000]*[\u4e00-\u9fff]{1,6})?[\s\u3000]*$|^[\s\u3000]*\d{2}-\d{1,2}-\d{1,2}[\s\u3000]*\d{1,2}:\d{2}[\s\u3000]*$|(?:上传于|上傳於)\s*(?:19|20)\d{2}|^[\s\u3000]*[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日[\s\u3000]*$|^[\s\u3000]*(?:分类|分類)[\s\u3000]*[:：]|^[\s\u3000]*(?:发布日期|發布日期|更新日期|发文日期|發文日期)[\s\u3000]*(?:中華民國|中华民国)?(?:\d{4}|\d{2,3})[-/.]\d{1,2}[-/.]\d{1,2}|^[\s\u3000]*(?:资料来源|資料來源)[\s\u3000]*[\u4e00-\u9fff]{2,12}[\s\u3000]*$|^[\s\u3000]*[\u4e00-\u9fff]{1,4}[\s\u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]*(?:發布|发布|發佈|閱讀|阅读)|(?:发布|發布|發佈)[\s\u3000]*[:：][\s\u3000]*(?:19|20)\d{2}[-/.年]|^[\s\u3000]*(?:发布于|發布於|發佈於|发表于|發表於)[\s\u3000]*(?:19|20)\d{2}[-/.年]|^[\s\u3000]*1[0-2]\d\.\d{1,2}\.\d{1,2}(?![\d./])|^[\s\u3000]*\d{1,2}月[\s\u3000]*\d{1,2},[\s\u3000]*(?:19|20)\d{2}(?!\d)|^[\s\u3000]*\d{1,2}[\s\u3000]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*$|^[\s\u3000]*\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]+(?:来自|來自)/;
const SENTENCE_END = /[。！？!?；;：:”」』）)…]$/;
/** A line that gives a date (中華民國114年5月2日, 2025-05-02 星期五). */
const DATED = /\d{2,4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月|\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}/;
/** A header table's label of the page's date, in a cell of its own (發布日期 | 115-01-14). */
const DATE_FIELD = /^(?:发布日期|發布日期|發佈日期|发布时间|發布時間|發佈時間|日期|公告日期|刊登日期|發出日期|发出日期)[:：]?$/;
/** A date alone on its line (114/04/28): under a link, a news list's item. */
const DAY_FIRST = String.raw`\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}`;
const BARE_DATE = new RegExp(String.raw`^[\s\u3000]*(?:\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}|${DAY_FIRST})[\s\u3000]*$`);
/** A Macau or Hong Kong date alone on its line, the day first (25/03/2030): a date line. */
const DAY_FIRST_ALONE = new RegExp(String.raw`^[\s\u3000]*${DAY_FIRST}[\s\u3000]*$`);
/** The asterisks under a Hong Kong release's title. */
const UNDERLINE = /^[\s\u3000]*[＊*]{5,}[\s\u3000]*$/;
/** A site's column name on a line of its own, above the article (新聞公報 of Hong Kong's government). */
const COLUMN_NAME =
  /^(?:[\u4e00-\u9fff]{2,20}[\s\u3000]+)?(?:最新)?(?:新闻公报|新聞公報|新闻稿|新聞稿|新闻发布|新聞發布|通知公告|新闻动态|新聞動態|新闻中心|新聞中心|工作动态|工作動態|要闻|要聞|政务公开|政務公開|即时新闻|即時新聞|最新消息|新聞及活動|新闻及活动|新聞及公告|新闻及公告|新聞與公告|新闻与公告|(?:縣府|县府|市府|本府|議會|议会|本會|本会)(?:新聞|新闻))$/;
/** Whether `text` names a column of the site (新聞稿, 新聞稿（純文字版）). */
function isColumnName(text: string): boolean {
  return COLUMN_NAME.test(text.trim().replace(VIEW_NOTE, ''));
}
/** The version a <title> notes after the column: （純文字版）, (Text Only). */
const VIEW_NOTE = /[（(][^（）()]{1,12}[)）]$/;
/** A site's sign-in links: 登录　注册. */
const LOGIN_LINKS = /^(?:登录|登錄|登入)[\s\u3000|｜/]*(?:注册|註冊)$/;
/** A site's language switch, the top bar's few links after it: 繁體 简体 Português English, English 简体 網頁指南 聯絡我們. */
const LANGUAGE_SWITCH_MAX = 40;
/** A release's title in its other languages, under the text: Versão portuguesa: …, English version: …. */
const OTHER_LANGUAGE_TITLE = /^(?:Versão portuguesa|English version|Versão em português|English)[:：]/i;
const LANGUAGE_SWITCH = /^(?:[\s\u3000|｜/]*(?:繁體|繁体|簡體|简体|正體|中文|English|ENGLISH|EN|Português|Portugues|葡文|英文)){2,}(?:[\s\u3000|｜/]+[\u4e00-\u9fff]{2,6}){0,4}[\s\u3000|｜/]*$/;
/** A line of counters only: 关注：58万 贴子：312万, 阅读 3,218 点赞 46. */
const COUNTERS = /^(?![\s\u3000]*(?:合计|合計|总计|總計|小计|小計))(?:[\u4e00-\u9fff]{2,4}[:：]?[\s\u3000]*[\d,.]+[万萬wWkK]?[\s\u3000]*){2,}$/;
/** An account's card under a post: its follow button (+ 关注) and counts (+关注 1.2万粉丝 · 286篇, 优质三农领域创作者 · 1.8万粉丝, 1.6万粉丝 · 作品 842), a video's plays (2.1万次播放), a comment count (留言 3 則　排序依據). */
const AUTHOR_CARD = /[+＋][\s\u3000]?(?:关注|關注)[\s\u3000]*(?:[\d.]+[万萬]?(?:粉丝|粉絲)|$)|[·・][\s\u3000]*[\d.]+[万萬]?[\s\u3000]*(?:粉丝|粉絲)[\s\u3000]*$|(?:^|\n)[\s\u3000]*[\d.]+[万萬]?[\s\u3000]*(?:粉丝|粉絲)[\s\u3000]*[·・]|^[\s\u3000]*[\d.]+[万萬]?[\s\u3000]*次播放[\s\u3000]*$|^(?:留言|评论|評論)[\s\u3000]*\d+[\s\u3000]*[則则条條][\s\u3000]*(?:排序|$)/;
/** A site's banner: a name, then the same in English (原住民族委員會 Council of Indigenous Peoples). */
const BILINGUAL_NAME = /^[\u4e00-\u9fff]{2,20}[\s\u3000]+[A-Z][A-Za-z&'’.,-]*(?:[\s\u3000]+[A-Za-z&'’.,-]+){1,8}$/;
/** A site's banner line: its name with its address or accessibility links (萧县人民政府 www.ahxiaoxian.gov.cn 无障碍浏览; not an accessible van, 無障礙車), or as a portal alone (臺東縣政府全球資訊網). */
const SITE_BANNER = /^.{0,40}(?:www\.[\w-]+\.|https?:\/\/|(?:无障碍|無障礙)(?![车車设設坡厕廁电電])).{0,40}$|^[\s\u3000]*(?:[A-Za-z.]{2,12}[\s\u3000]+)?[\u4e00-\u9fff]{2,20}(?:入口網站|入口网站|门户网站|門戶網站|全球資訊網|全球资讯网)[\s\u3000]*$/;
/**
 * Letters or digits (Latin, Greek, Cyrillic, kana, Han, Hangul, full-width): a line without any
 * (::: of Taiwan's accessibility anchors, ———) is furniture. Spelled out rather than \p{L}, whose
 * tables cost ~0.7 ms to compile in every fresh page.
 */
const WORDY = /[0-9A-Za-z\u00c0-\u024f\u0370-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ud840-\ud87f]/;

const SPACED_MENU =
  /^[\s\u3000]*(?:[\u4e00-\u9fff]{2,8}(?:[\s\u3000]+[\u4e00-\u9fff]{2,8}){3,}|[\u4e00-\u9fff]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}){2})[\s\u3000]*$/;

const TABLE_HEADING_ROW = /^[\s\u3000]*(?:序号|序號|编号|編號)\t/;
function isNavLine(text: string): boolean {
  if (NAV_START.test(text)) return true;
  if (text.length > 80 || /[。，,；;]/.test(text)) return false;
  // (A menu's words spaced apart: 關於本會　業務專區　政府資訊公開　便民服務; not a copied table's
  // heading row, 序號	計畫名稱	執行期程.)
  if (SPACED_MENU.test(text) && !TABLE_HEADING_ROW.test(text)) return true;
  const separators = text.match(NAV_SEPARATOR)?.length ?? 0;
  // A headline's tag before its separator (喜讯｜博睿恒创获评2025年度…示范单位) leaves a long part
  // after it; a menu's or breadcrumb's parts are all short.
  // (So does a headline over its subject: 12345热线热点问答（第26期）｜科技创新政策专题.)
  if (separators === 1 && (/^.{1,12}[|｜](?:[^|｜]{12,})$/.test(text.trim()) || /^[^|｜]{10,}[|｜][^|｜]{6,}$/.test(text.trim()))) return false;
  return separators >= 1;
}

/** A portal's top bar: today's date, then its links (2026年1月26日 星期一 | 简体 | 繁體 | 无障碍). */
const TODAY_BAR = /^[\s\u3000]*(?:今天是[:：]?[\s\u3000]*)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期|周|週)[一二三四五六日天][\s\u3000]*[|｜](?![\s\u3000]*(?:点击|點擊|浏览|瀏覽|阅读|閱讀|来源|來源|作者))/;
/** A top bar is short, and no sentence: a paragraph of farming advice may name a temperature and the humidity too. */
const WEATHER_LINE_MAX = 60;
/** A news site's top bar: today's date with the weather (2026年3月10日 星期二　台中市 多雲 22°C　降雨機率 20%). */
const WEATHER = /-?\d{1,2}\s?(?:°C|℃).{0,20}(?:降雨|降水|濕度|湿度|空氣|空气|AQI)|降雨機率|降雨机率/;

/** A line that is page furniture rather than article text. */
export function isBoilerLine(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (t.length > 200) return false; // a long paragraph is never furniture
  return (
    t.length <= 1 ||
    !WORDY.test(t) ||
    // (A sentence that names accessibility, 在系統加入無障礙設計，並…, is no top bar.)
    (t.length <= 160 && SITE_BANNER.test(t) && !NUMBERED_ITEM.test(t) && !/[。！？]$/.test(t) && !/[，,；]/.test(t)) ||
    COLUMN_NAME.test(t) ||
    LOGIN_LINKS.test(t) ||
    BILINGUAL_NAME.test(t) ||
    COUNTERS.test(t) ||
    AUTHOR_CARD.test(t) ||
    (t.length <= LANGUAGE_SWITCH_MAX && LANGUAGE_SWITCH.test(t)) ||
    OTHER_LANGUAGE_TITLE.test(t) ||
    isNavLine(t) ||
    IMAGE_NAME.test(t) ||
    WIDGET.test(t) ||
    (t.length <= WEATHER_LINE_MAX && WEATHER.test(t) && !/[。！？]$/.test(t)) ||
    isDocShareLine(t) ||
    BROWSER_PRINT_LINE.test(t) ||
    (t.length <= CONTENTS_ENTRY_MAX && TOC_ENTRY.test(t) && !/[，。；]/.test(t)) ||
    DOWNLOAD_LINK.test(t) ||
    SITE_TERMS.test(t) ||
    isFooterLine(t)
  );
}
/** A browser's print header and footer in a copy of its printout: 2030/1/16 上午9:41⇥…_龙山县人民政府, http://…⇥1/2. */
const BROWSER_PRINT_LINE = /^(?:\d{4}\/\d{1,2}\/\d{1,2}[\s\u3000]+(?:上午|下午)?\d{1,2}:\d{2}(?:[\s\u3000]*[AP]M)?\t|https?:\/\/\S+\t\d+\/\d+$)/;
/** How long a speech's contents entry (引言（第1至8段）) is at most: a paragraph may end citing paragraphs too. */
const CONTENTS_ENTRY_MAX = 40;
/**
 * A sharing site's numbered terms under a document: 1、本站所有资源如无特殊说明，都需要本地电脑安装OFFICE…;
 * or run on one line after its label: 温馨提示：1、本站资源均为网友上传分享….
 */
const SITE_TERMS = /^(?:(?:温馨提示|溫馨提示)[:：][\s\u3000]*)?(?:[0-9０-９]{1,2}[、.．][\s\u3000]*)?(?:本站|本网站|本網站)(?:所有|资源|資源|的文档|的文檔|RAR|仅提供|僅提供|不保证|不保證|不对|不對)/;
/** A text's download link: 下载演辞全文（PDF，2.6MB）. */
const DOWNLOAD_LINK = /^(?:下载|下載)[^，。]{0,12}[（(](?:PDF|DOC)/i;

/**
 * A footer line; a sentence that goes on after its full stop is article prose (…请及时联系。系统技术支持：0931-…),
 * and so is a numbered item (一、主辦單位：花蓮縣政府。 in a plan's list of organisers).
 */
function isFooterLine(text: string): boolean {
  // (Prose goes on after its first full stop: most lines are ruled out before the long pattern runs.)
  return text.length < 200 && !/[。！？][^\n\r\u2028\u2029]/.test(text) && FOOTER.test(text) && !NUMBERED_ITEM.test(text);
}
/** An attachment's file, 1. 核定補助名單.pdf（126KB）: numbered, but no section a footer line could head. */
const ATTACHED_FILE = /\.(?:pdf|docx?|xlsx?|wps|zip|rar|odt|ods)(?:[\s\u3000]*[（(][\d.,]+\s*[KMG]?B[)）])?[\s\u3000]*$/i;
const ORGANISER_LINE = /^[\s\u3000]*(?:主办|主辦|承办|承辦|协办|協辦|指导|指導)(?:单位|單位)?[:：]/;
/** Whether a numbered section heading stands among the next few blocks after `i`. */
function sectionFollows(blocks: PageBlock[], i: number): boolean {
  for (let k = i + 1; k < Math.min(blocks.length, i + 5); k++) if (isSectionHeading(blocks[k].text)) return true;
  return false;
}
/** A heading of related items alone on its line, with or without its colon (相關質詢答復, 相关文件, 相关解读：). */
const RELATED_HEADING = /^[\s\u3000]*(?:相关|相關)[\u4e00-\u9fff]{2,6}[\s\u3000]*[:：]?[\s\u3000]*$/;
/** A sharing site's lists of its other files, numbered or not: 最新文档, 热门文档. */
const OTHER_FILES_HEADING = /^[\s\u3000]*(?:最新|热门|熱門|推荐|推薦)(?:文档|文檔|资料|資料)[\s\u3000]*[:：]?[\s\u3000]*$/;
const SIBLING_LINKS = /^[\s\u3000]*(?:上一|下一|相关|相關)/;
// (Formal numerals too: 貳、主辦單位：…, a section whose words a footer uses; and a paper's (a) and (i), a space after.)
const NUMBERED_ITEM = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[壹貳贰參参叁肆伍陸陆柒捌玖拾]{1,2}[、﹑]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[（(](?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[)）][\s\u3000])/;

/** A numbered heading of a few words on a line of its own: 三、组织机构. */
function isSectionHeading(text: string): boolean {
  return text.trim().length <= 20 && NUMBERED_ITEM.test(text) && !/[。！？；]/.test(text);
}

/** A label's gloss in another script, between the label and its colon. */
const LABEL_GLOSS = /(?<=[\u4e00-\u9fff])[ \t\u3000]+[A-Za-z\u0400-\u04ff][A-Za-z\u0400-\u04ff .]{0,20}?(?=[ \t\u3000]*[:：])/g;
/** The first row of a government disclosure table: 索引号, 主题分类. */
const DISCLOSURE_START = /^[\s\u3000]*(?:索[\s\u3000]*引[\s\u3000]*[号號]|主[\s\u3000]*[题題][\s\u3000]*分[\s\u3000]*[类類])/;
/** How many blocks may part a disclosure table under the article from it, and how long a value of it may run. */
const TABLE_BELOW_GAP = 3;
const TABLE_BELOW_VALUE = 80;
/** A label whose characters the table spaced out (索 引 号：, 有 效 性：), before its colon. */
const SPACED_LABEL = /^[\s\u3000]*(?:[\u4e00-\u9fff][\s\u3000]+){1,4}[\u4e00-\u9fff][\s\u3000]*[:：]/;
const unspaced = (label: string) => label.replace(/[\s\u3000]+/g, '');

function isMetaLine(text: string): boolean {
  // Disclosure tables space their labels out: 有 效 性：, 文　　号：.
  // (Nor a blog's notice of its latest recommended post: 最新推荐文章于 2026-07-12 08:30:00 发布.)
  // (Nor a print view's date of printing: 列印日期：2027年5月3日.)
  if (text.length >= 200 || NARRATED_DATE.test(text) || WEATHER.test(text) || TODAY_BAR.test(text) || RECOMMENDED_POST.test(text) || PRINTED_ON.test(text)) return false;
  // (Nor the first item of minutes' numbered heads: 一、時間：119年5月20日…, 二、地點：….)
  if (FIRST_ITEM.test(text)) return false;
  // (Nor a news list's item, its date before its headline: 115-01-13 縣府發放115年度漁船保險補助.)
  const dated = DATED_HEADLINE.exec(text);
  if (dated && !/[:：]|星期|週|周[一二三四五六日]|来源|來源/.test(dated[1])) return false;
  // (A bilingual site glosses its labels: 发布日期 Дата：, 来源 Source：.)
  const line = text.includes('：') || text.includes(':') ? text.replace(LABEL_GLOSS, '') : text;
  if (DAY_FIRST_ALONE.test(text) || CHINESE_DATE_ALONE.test(text)) return true;
  const m = META_LINE.exec(line.length <= 20 ? unspaced(line) : line.replace(SPACED_LABEL, unspaced));
  // (A sentence that names a date in passing, …加強服務。申請截止日期：2026年3月31日。, is prose.)
  return m !== null && !(text.trimEnd().endsWith('。') && /[，,][^：:]*。/.test(text.slice(0, m.index)));
}

/** A date in Chinese numerals alone on its line, its weekday after it: 中華民國一百一十五年二月十日（星期二）. */
const CHINESE_DATE_ALONE = /^[\s\u3000]*(?:中華民國|中华民国)?[〇○零一二三四五六七八九十百]{2,8}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[\s\u3000]*[（(](?:星期|週|周)[一二三四五六日天][)）][\s\u3000]*$/;
const FIRST_ITEM = /^[\s\u3000]*一、/;
const ADOPTION_NOTE = /^[（(][^（）()]{0,40}(?:通過|通过|審議|审议)[)）]$/;
// (After the site's name, on a print view's bar: 晋江市科学技术协会　打印时间：2026-05-20 16:03:27　【打印】, or run into it,
// 韶关市科学技术协会打印时间：…; or after its
// links: 列印本頁 | 關閉視窗 | 列印時間：2026-03-15 10:42; or both, 打印本页 | 关闭仁寿县科学技术协会打印时间：…, 泸州市科学技术协会　打印本页　关闭窗口　打印时间：….)
const PRINTED_ON = /^[\s\u3000]*(?:(?:[^|｜\n]{1,8}[\s\u3000]*[|｜][\s\u3000]*){1,4})?(?:[\u4e00-\u9fff]{2,20}[\s\u3000]*)?(?:(?:打印本页|打印本頁|列印本頁|关闭窗口|關閉視窗)[\s\u3000]*){0,2}(?:列印|打印)(?:日期|時間|时间)[\s\u3000]*[:：]/;
/** A print view's bar with the page's address between the site's name and the date: 湖北省药学会　http://…/show-3518.html　　打印日期：2026-06-02,
 * 江门市科学技术馆 www.jmkjg.cn打印时间：2025-10-09 16:42:07; not a bar that carries the page's fields too (…打印时间：… 发布日期：…). */
const PRINTED_AT_ADDRESS = /^[\s\u3000]*[\u4e00-\u9fff]{2,20}[\s\u3000]*(?:https?:\/\/|www\.)\S{1,120}?[\s\u3000]*(?:列印|打印)(?:日期|時間|时间)[\s\u3000]*[:：][\s\u3000]*[\d\-/.: ]{8,19}[\s\u3000]*$/;
const PRINTED_ADDRESS = /^[\s\u3000]*(?:網址|网址|URL)[\s\u3000]*[:：][\s\u3000]*https?:\/\//i;

/** A disclosure table's line: a metadata line, or the line naming the document (标题：…). */
function isDisclosureLine(text: string): boolean {
  return isMetaLine(text) || DOCUMENT_NAME.test(text);
}

/** A sentence that opens on the date of what it tells (2024年6月14日上午，区科协…): prose, not a date line. */
const NARRATED_DATE = /^[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上)?[，,]/;

/** A video's or post's counter alone on its line (2.1万, 186). */
const COUNTER_LINE = /^[\d.,]+[万萬亿億]?$/;
/** A platform account's box: its verification line and its follower counts (认证：…, 粉丝2.1万). */
const ACCOUNT_BOX = /^[\s\u3000]*(?:[\u4e00-\u9fff]{0,6}(?:认证|認證)[:：]|(?:粉丝|粉絲|获赞|獲讚|关注|關注)[\d.,]+[万萬亿億]?[\s\u3000]*$)/;
/** How far past a bilingual field table's first label its title may stand. */
const GLOSSED_TABLE_SPAN = 24;
/** A short label in Chinese alone: 圖片來源, 致辞日期. */
const SHORT_LABEL = /^[\s\u3000]*[\u4e00-\u9fff]{2,8}[\s\u3000]*[:：]?[\s\u3000]*$/;
/** A share button's row: 分享 Partilhar. */
const SHARE_ROW = /^[\s\u3000]*(?:分享|分享到)[\s\u3000]*(?:Partilhar|Share)?[\s\u3000]*$/i;
/** A line in another script only (a body's Portuguese or English name). */
const NO_HAN = /^[^\u4e00-\u9fff]*$/;
/** A body's name alone: a signature or a site banner (锡林郭勒盟科学技术协会), never a title. */
const ORG_NAME_ONLY =
  /^[\u4e00-\u9fff]{2,30}(?:科学技术协会|科學技術協會|科协|科協|协会|協會|协进会|協進會|联会|聯會|学会|學會|人民政府|政府|委员会|委員會|办公室|辦公室|局|署|厅|廳|公所|基金|基金會|基金会|联合会|聯合會|科技馆|科技館)$/;

/** A bulletin's masthead, and its issue on the line under it. */
const BULLETIN_NAME = /(?:简报|簡報|通讯|通訊|动态|動態|快报|快報|专报|專報)$/;
export const BULLETIN_ISSUE = /^(?:(?:19|20)\d{2}年)?[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*期$/;
/** An institute's or a university's name alone: 福建省闽江口海洋生态研究所. */
const INSTITUTE_NAME = /^[\u4e00-\u9fff]{2,30}(?:研究所|研究院|研究中心|大学|大學|学院|學院)$/;

/** Whether a line holds only issuers' names, one or several parted by spaces (中共天水市科学技术协会党组). */
function issuersOnly(line: string): boolean {
  const names = line.trim().split(/[\s\u3000]+/);
  return names.length <= 4 && names.every((name) => ORG_NAME_ONLY.test(name) || PARTY_GROUP.test(name));
}
/** A party group, which signs beside the bodies ORG_NAME_ONLY names (a committee is one of those). */
const PARTY_GROUP = /^[\u4e00-\u9fff]{2,30}(?:党组|黨組)$/;

/** A message board's fields between a message's title and its date. */
// (And a council's record of a written inquiry: 屆次：第20屆第4次定期會, 答復機關：….)
const MESSAGE_FIELDS = /^(?:留言对象|留言對象|留言类型|留言類型|留言领域|留言領域|领域|領域|状态|狀態|网友|網友|屆次|届次|會次|会次|(?:質詢|质询)(?:標題|标题|議員|议员|日期)|(?:答覆|答复|答復)(?:實體|实体|日期|機關|机关|文號|文号)|主辦單位|主办单位)[:：]/;
/** A letter's fields under its letterhead (受文者：本市各公私立國民中小學, 承辦人：王○○; its file reference, FILE_REFERENCE). */
const LETTER_FIELD = /^[\s\u3000]*(?:受文者|正本|副本|速別|速别|密等|(?:機關|机关)?地址|承辦人|承办人|聯絡人|联络人|電話|电话|傳真|传真|電子信箱|电子信箱)[\s\u3000]*[:：]/;
/** A newspaper's byline with its desk on a line of its own (經貿時報 ‧ 記者周宜君／台北報導). */
const DESK_BYLINE_LINE = new RegExp(`${DESK_BYLINE.source}$`);

/** How long a column's name is at most (客户通告, 最新消息). */
const COLUMN_NAME_MAX = 6;
/** How far under the site's name a heading stands: its document number between them. */
const NAME_OVER_TITLE = 3;
const DOCUMENT_TITLE = /^[\s\u3000]*[\u4e00-\u9fff]{0,30}(?:关于|關於)[^。]{4,80}(?:通知|公告|通告|意见|意見|办法|辦法|方案|决定|決定|函)(?:[（(][^（）()]{1,8}[)）])?[\s\u3000]*$/;
const LABELLED_VALUE = /^(?:成文|发布|發布|公开|公開|生成|发文|發文)(?:日期|时间|時間)[\s\u3000:：]*\d|^(?:通告|公告|文件|通函)?(?:編號|编号)[:：]|^(?:文号|文號|索引号|索引號|发文字号|發文字號)[\s\u3000:：]*\S/;
/** A line that reads as a document title: short, not a sentence, not recipients, not a document number. */
const SPACED_OUT = /^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff]){2,}$/;
const SITE_NAME_ONLY = /^[\u4e00-\u9fff]{2,16}(?:网|網|网站|網站)$/;
const RELATIVE_TIME_LINE = new RegExp(`^${RELATIVE_TIME}(?:[\\s\\u3000]+\\d{1,2}:\\d{2})?$`);
const READERS_LINE = /^(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?[\s\u3000:：]*[\d.,]+[万萬wW]?\+?$/;
const DISCLOSURE_CAPTION = /^(?:信息索引|資訊索引|文件信息|文件資訊|索引信息|基本信息|基本資訊)$/;
/** A letterhead's name or label spaced out over the page's head: 贵 州 省 科 学 技 术 协 会, 新  聞  稿, 松 阳 县 科 学 技 术 协 会 文 件. */
function isSpacedLetterhead(line: string): boolean {
  if (!SPACED_OUT.test(line)) return false;
  const word = line.replace(/[\s\u3000]+/g, '');
  return ORG_NAME_ONLY.test(word) || RELEASE_LABEL.test(word) || RED_HEADER_LINE.test(word);
}
function isTitleLike(text: string): boolean {
  const t = text.trim();
  // (Nor a record table's label of a field, 發文字號, 公告編號.)
  // (Nor a print view's date of printing, 列印日期：2026年8月3日.)
  // (Nor a post's time, 25-12-29 17:45 来自 微博网页版, 屏南县融媒体中心　3天前.)
  // (Nor a disclosure table's label run into its value, 成文日期2026-02-25, 通告編號：018/DSEDJ/2026; nor a party
  // group's name alone, its issuer: 中共舟山市科学技术协会党组.)
  if (t.length < 4 || t.length > 100 || isDocNumberLine(t) || LETTERHEAD.test(t) || LABELLED_VALUE.test(t) || PARTY_GROUP.test(t) || LETTER_FIELD.test(t) || SERIAL_LABEL.test(t) || FILE_REFERENCE.test(t) || PAPER_PAGE.test(t) || SEARCH_BOX.test(t) || isMetaLabel(t) || PRINTED_ON.test(t) || POSTED_AT.test(t)) return false;
  if (/[：:，,]$/.test(t) || /。./.test(t) || t.endsWith('。')) return false;
  // (Nor a bulleted menu entry, • 公文轉知, ．鎮長簡介, or a bracketed one, [English] [简体版]; nor a meeting's papers'
  // label, …工作会议材料之二; nor a profile's address pin, 📍臺中市北區…, or a verified account's handle, ntsec.tw 已驗證.)
  // (Nor an account's profile line, nor a document's red header, 忻州市科学技术协会文件, a congress's too, …第三次代表大会文件.)
  if (MENU_BULLET.test(t) || BRACKETED_MENU.test(t) || MEETING_MATERIAL.test(t) || t.startsWith('📍') || VERIFIED_BADGE.test(t) || ACCOUNT_PROFILE.test(t) || RED_HEADER_LINE.test(t)) return false;
  // (Nor a disclosure table's caption over its fields: 信息索引, 文件信息; nor a post's count of readers, 阅读 856.)
  if (DISCLOSURE_CAPTION.test(t) || READERS_LINE.test(t)) return false;
  // (Nor a letterhead spaced out: 贵 州 省 科 学 技 术 协 会, 新  聞  稿.)
  if (isSpacedLetterhead(t)) return false;
  return /[\u4e00-\u9fff]/.test(t) && !/同志们|同志們/.test(t.slice(0, 8));
}

/** A post's time and client (25-12-29 17:45 来自 微博网页版), its account and how long ago (屏南县融媒体中心　3天前), a forum post's poster line (… 发表于 3 天前 | 只看该作者). */
const POSTED_AT = /^\d{2,4}-\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]*(?:来自|來自)|[\s\u3000]\d{1,2}(?:天|小时|小時|分钟|分鐘)前$|(?:发表于|發表於)[^\n]{0,24}(?:只看该作者|只看該作者)/;
/** A meeting's papers' running label: 2026年全省学会工作会议材料之二. */
const MEETING_MATERIAL = /(?:材料|材料之)[一二三四五六七八九十\d]{1,2}$/;
/** A text view's menu, its links in brackets: [English] [简体版] [圖像版] [文字大小]. */
const BRACKETED_MENU = /^(?:[[［][^\]］\n]{1,12}[\]］][\s\u3000]*){2,}$/;
const MENU_BULLET = /^[•▪◦‧][\s\u3000]|^．(?=[\u4e00-\u9fff])/;
const RED_HEADER_LINE = /^[\u4e00-\u9fff]{2,24}(?:委员会|委員會|协会|協會|学会|學會|科协|科協|政府|局|厅|廳|院|办公室|辦公室|部|大会|大會)[\s\u3000]*文件$/;
/** An account's profile line (楚雄彝族自治州科学技术协会官方微博), or its name with the platform's verified badge (楚雄州科协 V). */
const ACCOUNT_PROFILE = /官方(?:微博|账号|帳號|公众号|公眾號)$|^[\u4e00-\u9fff]{2,20}[\s\u3000]+V$/;
/** A search box's placeholder (搜索你感兴趣的内容, 请输入关键词…), a post's client (来自 微博网页版) or an account's id (快手号：…): no title. */
const SEARCH_BOX = /^(?:電子郵件或手機號碼|电子邮件或手机号码)$|^(?:搜索|搜尋|请输入|請輸入)[\u4e00-\u9fffA-Za-z、，,/ ]{0,16}(?:…|\.{3})?$|^(?:来自|來自)?[\s\u3000]*(?:微博网页版|微博網頁版|微博weibo\.com|iPhone客户端|Android客户端|[\u4e00-\u9fffA-Za-z]{0,12}客户端)$|^(?:快手号|快手號|抖音号|抖音號|微信号|微信號|视频号|視頻號)[:：]/i;
/** A paper's masthead line, its page's label or editors after the date: 鹤壁日报　2025年12月10日　第02版：要闻. */
const EDITION_LINE = /^[\s\u3000]*(?:[\u4e00-\u9fff]{2,8}[\s\u3000]+)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期[一二三四五六日天])?[^\n]{0,40}?(?:第[A-Z]?\d{1,3}版[:：]|责编[:：]|責編[:：])/;
/** A paper's page label alone on its line: 第A2版：要闻. */
const PAPER_PAGE_LABEL = /^[\s\u3000]*第[A-Z]?\d{1,3}版[:：][\s\u3000]*[\u4e00-\u9fff]{2,8}[\s\u3000]*$/;
/** A newspaper's page in its digital edition (第A03版：要闻, 本版标题导航) or its masthead (国内统一连续出版物号：CN43-0041): no title. */
const PAPER_PAGE = /^第[A-Z]?\d{1,3}版[:：\s]|^本版(?:标题|標題)?(?:导航|導航)$|(?:连续出版物号|連續出版物號|统一刊号|統一刊號)[:：]?[\s\u3000]*CN|^(?:供議員參閱|供议员参阅|供委員參閱|供委员参阅|供討論|供讨论|供參考|供参考)$/;
/** A Hong Kong Gazette's volume and issue (第30卷　第12期), its date on the next line. */
const VOLUME_ISSUE = /^[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*卷[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*期[\s\u3000]*$/;
const HEAD_WINDOW = 15;
/** A disclosure table's line with its value after the label (索引号：\t1133…, its label spaced out maybe: 索 引 号：…), and how many make the table print them so. */
const LABEL_WITH_VALUE = /^[\s\u3000]*(?:[^：:\s][\s\u3000]*){1,10}[：:][\s\u3000]*\S/;
const INLINE_TABLE_ROWS = 3;
/** How many label and value cells a disclosure table may print before its first one the head holds. */
const DISCLOSURE_ROWS = 6;
/** An entry of a gazette issue's contents: another act (第161/2026號行政長官批示), the issue's PDF. */
const CONTENTS_ENTRY = /^第[\s\u3000]*[\dA-Za-z/]+[\s\u3000]*[號号].{0,24}$|本期PDF/;
/** A gazette's group (Macau's 第一組 for acts, 第二組 for notices), on a line of its own. */
const GAZETTE_GROUP = /^[\s\u3000]*第[一二三][組组][\s\u3000]*$/;
/** A gazette's issue, group and date in one block (第 24 期第二組2026 年 6 月 17 日（星期三）, 第二組　第 24 期　2026 年 6 月 10 日). */
const ISSUE_GROUP_DATE = /^[\s\u3000]*(?:第[一二三][組组][\s\u3000|｜]*)?第[\s\u3000]*\d{1,3}[\s\u3000]*期[\s\u3000|｜]*(?:第[一二三][組组])?[\s\u3000|｜]*(?:19|20)\d{2}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日/;
/** A gazette's issue number alone on its line (第 6 期, or after its group: 第二組　第 17 期), and the date line under it (2026 年 2 月 11 日，星期三). */
const ISSUE_ALONE = /^[\s\u3000]*(?:第[一二三][組组][\s\u3000]*)?第[\s\u3000]*\d{1,3}[\s\u3000]*期[\s\u3000]*$/;
const ISSUE_DATE = /^[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日[\s\u3000，,（(星期一二三四五六日天）)]*$/;
/** How far past its issue line a gazette's page may print the document (its contents and a note first). */
const GAZETTE_WINDOW = 30;
/** A gazette's links between its issue line and the document: [ 本期目錄 ] [ 上一份文件 ]. */
const GAZETTE_LINKS = /本期目錄|本期目录|上一份文件|下一份文件/;
/** A council paper's lines over its subject: file reference, council, panel, meeting; a finance paper's type and budget head (討論文件, 總目111－創新科技署). */
const PAPER_HEAD = /^(?:檔號|档号|File Ref)|(?:委員會|委员会|小組|小组|議會|议会)$|(?:會議|会议)$|^Legislative Council$|^\d{4}年\d{1,2}月\d{1,2}日|^(?:討論文件|讨论文件|資料文件|资料文件)$|^(?:總目|总目|分目)\d/;
/**
 * Lines between a title and its date line that are not the title: the date of a speech
 * （2024年2月27日）, a subtitle ——2025年1月10日在…会议上, the speaker 县长 向东升 or 财政司司长, the desk
 * 中台灣新聞網／綜合報導, or an app's reporters, 新甘肃·甘肃日报记者 赵文杰; a forum thread's poster, 楼主鹅城老王.
 */
const BYLINE =
  /^(?:楼主|樓主)[:：]?[\s\u3000]*\S{1,20}$|^[\u4e00-\u9fff]{1,8}(?:局長|局长|署長|署长|司長|司长|部長|部长|行政長官|行政长官)$|^[（(]?[^（()）]{0,4}(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（()）]{1,12}日[)）]?$|^——|^[\u4e00-\u9fff、，,·・]{1,30}(?:长|書記|书记|主席|主任|委员|委員|院士|记者|記者|通讯员|通訊員)[ \u3000]+[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+(?:通讯员|通訊員|记者|記者|摄影|攝影)[ \u3000]+[\u4e00-\u9fff·]{2,4})*$|^(?:撰文|文)[:：／/][\s\u3000]*(?:記者|记者)?[\s\u3000]*[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,12}[／/][\u4e00-\u9fff]{0,4}(?:報導|報道|报道)$/;
/** A video's co-creators (江永科协 · 江永县农业农村局) or its collection (合集·科技小院田间课 第6集). */
const VIDEO_CREDITS = /^(?:[\u4e00-\u9fff]{2,20}(?:[\s\u3000]*[·・][\s\u3000]*[\u4e00-\u9fff]{2,20})+|(?:合集|合輯)[·・：:].{1,30})$/;
/** A news list's item: its date, then its headline (115-01-13 縣府發放…). */
const DATED_HEADLINE = /^[\s\u3000]*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]+([\u4e00-\u9fff].{7,})$/;
/** A blog's line dating its latest recommended post, not the page. */
const RECOMMENDED_POST = /最新推荐文章于|最新推薦文章於/;
/** A WeChat post's byline under its title: 原创 枣阳市科协 枣阳科协. */
const WECHAT_BYLINE = /^(?:原创|原創)[\s\u3000]+[^\s\u3000].{0,40}$/;
/** Most header lines: a government disclosure table has a dozen cells. */
const MAX_HEADER = 16;

const ACCESS_KEY_MARK = /^:::$/;
/** A post's sentence that ends on an emoji: longer than this, with two commas. */
const PROSE_WITH_COMMAS = 30;
const TWO_COMMAS = /，[^，]*，/;
const EMOJI_END = /[\u{1F000}-\u{1FFFF}\u2600-\u27BF]\uFE0F?$/u;
function isProse(text: string): boolean {
  const t = text.trim();
  // (A long title has no comma: 南平市人民代表大会常务委员会执法检查组关于检查《…》实施情况的报告.)
  // (A post's sentence may end on an emoji, not a stop: 本届科普月为期一个月，全市10个区联动，…📈; two commas make it prose.)
  // (A skip link's mark, :::, is no sentence ending on a colon.)
  if (ACCESS_KEY_MARK.test(t)) return false;
  return (t.length > 60 && (t.length > 120 || SENTENCE_MARK.test(t))) || /[。；;]$/.test(t) || /[：:]$/.test(t) || (t.length > PROSE_WITH_COMMAS && EMOJI_END.test(t) && TWO_COMMAS.test(t));
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** A labelled date line of a disclosure table: 发文日期：2030-01-20, 成文日期 2029年12月30日, 发布时间：2026-01-12 16:08:37. */
const DATE_LABEL_LINE = /^[\s\u3000]*(?:发文日期|發文日期|成文日期|发布日期|發布日期|发布时间|發布時間|公开日期|公開日期)[\s\u3000]*[:：]?[\s\u3000]*(?:19|20)\d{2}/;
/** A document number's label: its value is a number or nothing. */
const NUMBER_LABEL = /^[\s\u3000]*(?:文[\s\u3000]*号|文[\s\u3000]*號|发文字号|發文字號)[:：]?[\s\u3000]*$/;
/** A line cut short with an ellipsis: a teaser of the title, not the title. */
const ELLIPSIS_END = /(?:…|\.\.\.|。。。)$/;
/** The parts of the breadcrumbs before `limit` (現在位置：首頁 > 職業培訓 > 招生公告): the site's columns. */
function crumbColumns(blocks: PageBlock[], limit: number): Set<string> {
  const columns = new Set<string>();
  for (let i = 0; i < limit; i++) {
    if (NAV_START.test(blocks[i].text)) for (const part of blocks[i].text.split(NAV_SEPARATOR)) columns.add(part.trim());
  }
  return columns;
}

/**
 * Whether block `i` is a column's name a heading of the article follows (主頁 > … > 演辭及文章 /
 * <h1>演辭及文章 / <h2>教育局局長在…致辭): no title, however the tag quotes it.
 */
function columnOverHeading(blocks: PageBlock[], i: number, columns: Set<string>): boolean {
  const name = blocks[i].text.trim();
  if (!columns.has(name)) return false;
  // (The crumb may end on the article's own title, a section's heading under it: 丰都县科技馆 / 科技馆亲子同乐,
  // 五、加快建設國際創新科技中心 / （一）完善創科生態圈. A column's name is a word or two, the headline a sentence.)
  return blocks.slice(i + 1, i + 1 + COLUMN_HEADING_GAP).some((b) => b.heading && !b.outside && isTitleLike(b.text) && b.text.trim().length >= HEADLINE_OVER_COLUMN * name.length && !columns.has(b.text.trim()));
}
/** How many times longer than a column's name the headline under it is. */
const HEADLINE_OVER_COLUMN = 3;
/** A release's letterhead, its issuer's name before the word: 宜蘭縣政府新聞稿. */
const isReleaseLetterhead = (text: string) => LETTERHEAD.test(text.trim()) && RELEASE_WORD_END.test(text.trim());
const RELEASE_WORD_END = /(?:新聞稿|新闻稿)$/;
/** A field's line, its short label and colon (發稿單位：教育處), and how many a release's letterhead may have under its date. */
const FIELD_LINE = /^[\s\u3000]*(?:[\u4e00-\u9fff]{2,12}[\s\u3000]+)?[^：:\n\s\u3000]{1,8}[：:]/;
const RELEASE_FIELDS = 4;
/** A contact's line in a release's header: 陳柏翰　科長  電話：(02)2737-7528. */
const CONTACT_LINE = /(?:電話|电话|手機|手机|傳真|传真)[\s\u3000]*[：:][\s\u3000]*[\d(（+]/;
/** How far under a column's name the article's heading may stand. */
const COLUMN_HEADING_GAP = 3;
/** The block the <title>/<meta> title quotes: the longest one it contains (not the site name it also holds). */
function quotedByTitleTag(blocks: PageBlock[], usable: (i: number) => boolean, hint: string, limit: number): number | null {
  // The tag may add a long trail (section, site, engine: ` - 升學交流 - 香港學生討論區 - Powered by
  // Discuz!`): a block that is one whole part of it counts however short.
  const split = hint.split(TITLE_TAG_SEPARATOR).map((p) => p.trim());
  const parts = new Set(split);
  // (Nor a column the breadcrumb names, 現在位置：首頁 > 職業培訓 > 招生公告, which the tag may repeat.)
  const columns = crumbColumns(blocks, limit);
  // (A blog's post title may be a link, <h2 class="article-title"><a>…: a heading that is the
  // tag's first part, and long, is the title all the same.)
  const first = split[0];
  let best: number | null = null;
  for (let i = 0; i < limit; i++) {
    const t = blocks[i].text.trim();
    const linkedTitle = blocks[i].heading && !blocks[i].outside && t === first && t.length >= 8;
    if (!(usable(i) || linkedTitle) || !isTitleLike(t)) continue;
    // (Nor a table cell that cuts it short, 关于开展…活动的…: the heading below has it whole.)
    if (ELLIPSIS_END.test(t) && !hint.includes(t)) continue;
    // (Nor a column's name over the article's heading, whatever share of the tag it is.)
    if (columnOverHeading(blocks, i, columns)) continue;
    if (hint.includes(t)) {
      if (t.length * 5 < hint.length * 2 && (!parts.has(t) || columns.has(t))) continue;
      // (Nor the site's name the tag adds to a part of its own, 打印页面 - 南平市科学技术协会, over a print view's title.)
      // (Nor the site's name that opens a tag naming the site and its column: 漁農自然護理署 - 新聞稿.)
      if ((t !== first || isColumnName(split[1] ?? '')) && ORG_NAME_ONLY.test(t)) continue;
    } else if (sharedStart(t, hint) * 5 < t.length * 4) {
      continue; // nor does the tag quote most of it from its start (the heading adds 6-12岁)
    }
    // (A disclosure table's 名称 may repeat the heading word for word: the heading is the title.)
    const longest = best === null ? 0 : blocks[best].text.trim().length;
    if (best === null || t.length > longest || (t.length === longest && blocks[i].heading && !blocks[best].heading)) best = i;
  }
  return best;
}

/**
 * The heading under a disclosure table whose 名称 cell the title tag quotes: the same words, the
 * page's own title, over its own date line (发布时间 under the heading, 生成日期 in the table).
 */
function headingRepeating(blocks: PageBlock[], usable: (i: number) => boolean, cell: number): { title: number; metaLine: number | null } | null {
  if (cell === 0 || !isFieldLabel(blocks[cell - 1].text)) return null;
  const words = blocks[cell].text.trim();
  for (let i = cell + 1; i < Math.min(blocks.length, cell + 2 * HEAD_WINDOW); i++) {
    if (!blocks[i].heading || !usable(i) || blocks[i].text.trim() !== words) continue;
    let next = i + 1;
    while (next < blocks.length && blocks[next].text.trim() === '') next++;
    return { title: i, metaLine: next < blocks.length && isMetaLine(blocks[next].text) ? next : null };
  }
  return null;
}

/**
 * A circular's subject, under its number and date (教育局通告第6/2025號 / 發出日期：… / 檔號：… /
 * [註：本通告應交 — (a) 各校長 …] / 撥款安排): the first line after them that reads as a title.
 */
function subjectBelow(blocks: PageBlock[], usable: (i: number) => boolean, metaLine: number): { title: number | null; metaLine: number } {
  let inNote = false;
  for (let i = metaLine + 1; i < Math.min(blocks.length, metaLine + HEAD_WINDOW); i++) {
    const text = blocks[i].text.trim();
    if (!text || !usable(i)) continue;
    // (The distribution note runs over several lines, from [註 to ].)
    if (/^[[［【]/.test(text)) inNote = true;
    if (inNote) {
      inNote = !/[\]］】]$/.test(text);
      continue;
    }
    if (isMetaLine(text) || FIELD_LINE.test(text)) continue;
    return { title: isTitleLike(text) ? i : null, metaLine };
  }
  return { title: null, metaLine };
}

/**
 * A news page's headings stacked as kicker, headline and subtitle (<h3>引题</h3><h1>主题</h1><h2>副题</h2>): the title is
 * the <h1>, where the line nearest the date is the subtitle (科學車開進部落… over 首年巡迴48校…).
 */
function headline<T extends { title: number | null }>(blocks: PageBlock[], usable: (i: number) => boolean, found: T): T {
  const t = found.title;
  // (Not a chapter under its document's name: 行政長官2024年施政報告 / 五、加快建設國際創新科技中心.)
  if (t === null || blocks[t].topHeading || CHAPTER_HEADING.test(blocks[t].text)) return found;
  // (Of a kicker in two phrases, a headline and a subtitle in plain lines, the middle one: 同根同源共追夢　科技交流促融合 /
  // 市科協舉辦第四屆閩臺青年科技人才交流營 / 86名臺灣青年科技人才走進泉州智造企業.)
  // (Nor a notice's number line under its title: 關於接受…申請的公告 / 第 21/FDCT/2026 號公告.)
  if (NUMBERED_NOTICE.test(blocks[t].text.trim()) && t > 0 && usable(t - 1) && ISSUED_LINE.test(blocks[t - 1].text) && isTitleLike(blocks[t - 1].text)) return { ...found, title: t - 1 };
  // (Nor a company's name its print view sets over the document: 江西铜岭矿业集团有限公司 / 关于转发…的通知.)
  if (COMPANY_NAME_ALONE.test(blocks[t].text.trim()) && t + 1 < blocks.length && usable(t + 1) && ISSUED_LINE.test(blocks[t + 1].text) && isTitleLike(blocks[t + 1].text)) return { ...found, title: t + 1 };
  const head = t - 1;
  if (head >= 1 && KICKER.test(blocks[head - 1].text.trim()) && headlineAt(blocks, usable, head)) return { ...found, title: head };
  // (Or a kicker's short phrase over them, the kicker taken for the title: 助中小企數碼轉型 / 生產力局「智造易」計劃第二期啟動　… /
  // 首期已惠及逾1 200家本地廠商 / 發布日期：….)
  // (Not a document's kind over its occasion: 政府工作报告 / ——2025年1月10日在…会议上.)
  const kicked = SHORT_KICKER.test(blocks[t].text.trim()) && !ISSUED_KIND_END.test(blocks[t].text.trim()) && !DASH_SUBTITLE.test(blocks[t + 1]?.text ?? '') && t + 3 < blocks.length && [t + 1, t + 2].every((i) => usable(i) && isTitleLike(blocks[i].text) && !isMetaLine(blocks[i].text)) && isMetaLine(blocks[t + 3].text);
  if (kicked && blocks[t + 1].text.trim().length > blocks[t + 2].text.trim().length) return { ...found, title: t + 1 };
  // (A subtitle in a plain paragraph stands right by it: <h1>海洋科考仪器设备向全市企业开放共享</h1><p>首批开放…</p>.)
  for (const i of blocks[t].heading ? [t - 1, t + 1, t - 2, t + 2] : [t - 1, t + 1]) {
    const b = blocks[i];
    // (Nor the site's name its banner sets in an <h1>: 山東省科學技術協會.)
    if (b?.topHeading && headlineAt(blocks, usable, i) && !ORG_NAME_ONLY.test(b.text.trim())) return { ...found, title: i };
  }
  return found;
}
/**
 * A release's kicker, headline and subtitle in plain lines under its breadcrumb, its date or body under them
 * (智慧農業 / 農業部擴大無人機植保服務補助　今年目標… / 申請件數較去年同期成長逾5成 / 中華民國115年5月12日): the headline, the
 * longest, is the title, and the subtitle is the header's, no body. It overrides a title found in the three, in the
 * lines under them or in a plain line above them (the site's name), never a heading of the page's own.
 * (Or a headline found over its subtitle alone, 中市科學教育再升級… / 教育局投入1,800萬元…: the subtitle is no body either.)
 */
function plainHeadlineStack<T extends { title: number | null; metaLine: number | null }>(blocks: PageBlock[], usable: (i: number) => boolean, found: T): T & { subtitle?: number } {
  const t = found.title;
  if (t !== null && (blocks[t].topHeading || blocks[t].heading)) return found;
  let prose = 0;
  // (A print's line cut from its paragraph is prose too: 　　交通部中央氣象署今（21）日於花蓮舉行…典禮。本計畫自.)
  while (prose < Math.min(blocks.length, STACK_REACH) && !(usable(prose) && (isProse(blocks[prose].text) || (blocks[prose].line && blocks[prose].text.trim().length >= CUT_PROSE_MIN && /[，。]/.test(blocks[prose].text))))) prose++;
  if (prose >= Math.min(blocks.length, STACK_REACH)) return found;
  // (Its date and source may stand between the subtitle and the body.)
  let s = prose - 1;
  while (s >= 0 && (isMetaLine(blocks[s].text) || DATE_ONLY_LINE.test(blocks[s].text))) s--;
  const h = s - 1;
  if (h < 1 || ![h, s].every((i) => usable(i) && !blocks[i].heading && stackLine(blocks[i].text))) return found;
  const [head, sub] = [h, s].map((i) => blocks[i].text.trim());
  const pair = t === h && !blocks[s].afterBreak;
  // (Unless the first is a kicker in two phrases over its headline: 聚力创新驱动　服务高质量发展 / 市科协召开2026年全市学会工作会议.)
  if (pair && KICKER.test(head) && !KICKER.test(sub) && sub.length >= HEADLINE_MIN && titleStackLine(sub)) return { ...found, title: s };
  // (The subtitle may run a little longer than the headline, not twice as long: 分目700 一般非經常開支 / 新分目「…」.)
  if (head.length < HEADLINE_MIN || head.length < sub.length * SUBTITLE_OVER_HEADLINE || !titleStackLine(head) || !titleStackLine(sub)) return found;
  if (t !== null && (ISSUES_LINE.test(blocks[t].text) || ISSUED_KIND_END.test(blocks[t].text.trim()))) return found;
  const headed = { ...found, title: h, metaLine: found.metaLine === null || found.metaLine < s ? s : found.metaLine, subtitle: s };
  // (Nothing title-like stands over the kicker but furniture or the page's dateline: a fourth line makes it no triple.)
  const k = h - 1;
  const kicker = blocks[k].text.trim();
  const overKicker = k > 0 ? blocks[k - 1].text : '';
  const triple = k >= 1 && usable(k) && !blocks[k].heading && stackLine(kicker) && !(usable(k - 1) && !isMetaLine(overKicker) && isTitleLike(overKicker));
  if (triple && kicker.length <= KICKER_MAX && KICKER_WORDS.test(kicker) && head.length > kicker.length && titleStackLine(kicker)) return headed;
  // (A pair stands in elements of its own, a subtitle no second line a <br> breaks off the headline, and under a date line
  // over the title, if any, its table's: 發稿日期 | 115/08/06 / the title / its second line.)
  return pair && (found.metaLine === null || found.metaLine > s) ? headed : found;
}
/** A line that may stand in a plain-line title's stack: not a document's title, its speaker or its day, nor a chapter's heading, nor a title a print cuts over lines. */
function titleStackLine(line: string): boolean {
  return !(STACK_DATED.test(line) || CHAPTER_HEADING.test(line) || NUMBERED_ITEM.test(line) || ISSUES_LINE.test(line) || ISSUED_KIND_END.test(line) || OPEN_BOOK_TITLE.test(line) || /^[（(]/.test(line));
}
/** How far into the page a plain-line release's body may start. */
const STACK_REACH = 24;
/** A printed line cut from a paragraph, at least. */
const CUT_PROSE_MIN = 30;
/** A kicker's length at most. */
const KICKER_MAX = 20;
/** A kicker's words: Han characters and their quotes, maybe two phrases (推動淨零離島, 《香港創新科技發展藍圖》推行兩周年). */
const KICKER_WORDS = /^[\u4e00-\u9fff「」“”《》〈〉·・]+(?:[\s\u3000]+[\u4e00-\u9fff「」“”《》〈〉·・]+)?$/;
/** How much shorter than its subtitle a headline may be. */
const SUBTITLE_OVER_HEADLINE = 0.8;
/** A line of a plain-line stack that is dated: a speech's day, a report's month, a bulletin's issue. */
const STACK_DATED = /[\d〇○零一二三四五六七八九十]{2,4}[\s\u3000]*年[\s\u3000]*(?:[\d〇○零一二三四五六七八九十]{1,2}[\s\u3000]*月|第)/;
/** A line of a plain-line stack (kicker, headline, subtitle): short, title-like, no sentence, no metadata. */
function stackLine(text: string): boolean {
  const line = text.trim();
  return line.length >= 4 && line.length <= 50 && isTitleLike(line) && !isMetaLine(line) && !/[。；！？]/.test(line);
}
/**
 * The one article's headline under a printed bulletin's masthead (科协信息 / 2026年第12期（总第145期） / …办公室编　二〇二六年七月十日 /
 * ━━━ / 盐都区科协2026年上半年工作总结), where the title found is the masthead or a line of the page's head above it:
 * the series and issue name no article (r868_p06).
 */
function bulletinHeadline<T extends { title: number | null }>(blocks: PageBlock[], usable: (i: number) => boolean, found: T): T {
  const t = found.title;
  // (Not the page's heading naming the issue: <h1>柳州市科协工作动态（2026年第7期）</h1>.)
  if (t === null || blocks[t].topHeading || ISSUE_NAMED.test(blocks[t].text)) return found;
  for (let m = t; m < blocks.length && m <= t + MASTHEAD_REACH; m++) {
    if (!MASTHEAD.test(blocks[m].text.trim())) continue;
    let k = m + 1;
    if (SPECIAL_ISSUE.test(blocks[k]?.text.trim() ?? '')) k++;
    if (!ISSUE_LINE.test(blocks[k]?.text.trim() ?? '')) continue;
    k++;
    const editor = blocks[k]?.text.trim() ?? '';
    if (editor.length > EDITOR_LINE_MAX || !EDITOR_DATE.test(editor)) continue;
    k++;
    if (RULE_LINE.test(blocks[k]?.text.trim() ?? '')) k++;
    const h = blocks[k];
    if (h && headlineAt(blocks, usable, k) && !CONTENTS_LINE.test(h.text.trim()) && !CHAPTER_HEADING.test(h.text) && !NUMBERED_ARTICLE.test(h.text)) return { ...found, title: k };
  }
  return found;
}
/**
 * Where no title is found, a document's heading under its number, its issuer maybe first: 浦科函〔2026〕9号 /
 * 浦江县科学技术局关于县十七届人大五次会议第52号建议的答复 (a Word export whose head shows no date); or its
 * first line, where the heading runs on to the next.
 */
function numberedHeading<T extends { title: number | null }>(blocks: PageBlock[], usable: (i: number) => boolean, found: T): T {
  if (found.title !== null) return found;
  for (let i = 1; i < blocks.length && i <= NUMBERED_HEADING_REACH; i++) {
    const text = blocks[i].text.trim();
    // (Its number may stand a field's line above it: 绵科函〔2026〕31号 / 公开属性：主动公开 / ….)
    const numbered = isDocNumberLine(blocks[i - 1].text) || (i > 1 && isMetaLine(blocks[i - 1].text) && isDocNumberLine(blocks[i - 2].text));
    if (!usable(i) || !numbered || !ISSUES_LINE.test(text) || !isTitleLike(text)) continue;
    if (ISSUED_KIND_END.test(text) || ISSUED_KIND_END.test(blocks[i + 1]?.text.trim() ?? '')) return { ...found, title: i };
  }
  return found;
}
/** How far into the page a numbered heading may stand. */
const NUMBERED_HEADING_REACH = 12;
/** A bulletin's name printed as its masthead: 科协工作简报, 科协信息, 科协工作动态 (BULLETIN_NAME's words, less 通讯, plus 科协信息). */
const MASTHEAD = /^[\u4e00-\u9fff]{0,12}(?:简报|簡報|动态|動態|快报|快報|专报|專報|科协信息|科協信息)$/;
/** A special issue's word between the masthead and the issue: 专　　刊. */
const SPECIAL_ISSUE = /^(?:专|專|增)[\s\u3000]*刊$/;
/** An issue line, its running number maybe: 2026年第12期（总第145期） (BULLETIN_ISSUE, which joins a masthead's title, takes none). */
export const ISSUE_LINE = /^(?:(?:19|20)\d{2}年)?[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*期(?:[（(](?:总|總)第\d{1,4}期[)）])?$/;
/** Its editor's line, ending on its date: 盐城市盐都区科学技术协会办公室编　二〇二六年七月十日. */
export const EDITOR_DATE = /(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})[\s\u3000]*年[\s\u3000]*[\d一二三四五六七八九十]{1,2}[\s\u3000]*月[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*日$/;
/** The editor's line at most: longer, it is the article's first sentence. */
const EDITOR_LINE_MAX = 60;
/** A printed rule under the masthead. */
const RULE_LINE = /^[━─—═＿_=\-]{3,}$/;
/** A bulletin's contents (【本期要目】): the issue holds several articles. */
const CONTENTS_LINE = /^[【\[]?(?:本期要目|本期目录|本期目錄|目录|目錄)/;
/** An issue's first of several articles, numbered (一、区科协召开…, 1.…): the issue's, no one headline. */
const NUMBERED_ARTICLE = /^[\s\u3000]*\d{1,2}[.、．]/;
/** A title naming a bulletin's issue. */
const ISSUE_NAMED = /第[\s\u3000]*\d{1,3}[\s\u3000]*期/;
/** How far past the title found a masthead may stand (a disclosure table's rows between). */
const MASTHEAD_REACH = 12;
/** A chapter's or section's heading, its number first: 五、…, （二）…, 第三章…. */
const CHAPTER_HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章篇節节])/;
/** A Macau notice's number with its kind: 第 21/FDCT/2026 號公告. */
const NUMBERED_NOTICE = /^第[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*[A-Z]{2,10}[\s\u3000]*\/[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*[號号](?:公告|通告|批示)$/;
/** A kicker in one short phrase: 助中小企數碼轉型, 園區營運快報. */
const SHORT_KICKER = /^[\u4e00-\u9fff「」“”]{4,10}$/;
/** A company's name alone on its line. */
const COMPANY_NAME_ALONE = /^[\u4e00-\u9fff（）()]{2,30}(?:有限公司|有限责任公司|有限責任公司|股份公司)$/;
/** A kicker: two short phrases set apart by a space, no sentence (艾乡宛城　科技赋能). */
const KICKER = /^[\u4e00-\u9fff“”]{2,12}[\s\u3000]+[\u4e00-\u9fff“”]{2,12}$/;
/** Shorter, an <h1> is a column's name (縣政新聞), no headline. */
const HEADLINE_MIN = 8;
/** Whether blocks[i] may be a headline: usable, long enough, title-like, no metadata. */
function headlineAt(blocks: PageBlock[], usable: (i: number) => boolean, i: number): boolean {
  const text = blocks[i].text;
  return usable(i) && text.trim().length >= HEADLINE_MIN && isTitleLike(text) && !isMetaLine(text);
}

function findTitle(
  blocks: PageBlock[],
  usable: (i: number) => boolean,
  hint: string,
): { title: number | null; metaLine: number | null; paper: number | null; issue: number | null } {
  // The head of the page: its first blocks of text or metadata. Menus, link lists and other
  // furniture before the article (a long navigation bar, a sidebar printed first) do not count.
  const head: number[] = [];
  for (let i = 0; i < blocks.length && head.length < HEAD_WINDOW; i++) {
    // (A menu copied as text, 首頁 / 即時 / 政治 …, fills no place of it: no title is that short.)
    if (!blocks[i].outside && (usable(i) || isMetaLine(blocks[i].text)) && blocks[i].text.trim().length > 4) head.push(i);
  }
  // A council paper heads its subject with its number, file reference, panel and meeting
  // (立法會CB(4)512/2024(04)號文件 / 檔號：… / 資訊科技及廣播事務委員會 / 2024年6月10日會議).
  const paper = head.find((i) => COUNCIL_PAPER.test(blocks[i].text)) ?? null;
  if (paper !== null) {
    const subject = head
      .slice(head.indexOf(paper) + 1)
      .find((i) => usable(i) && isTitleLike(blocks[i].text) && !PAPER_HEAD.test(blocks[i].text.trim().replace(/^[（(]|[)）]$/g, '')));
    if (subject !== undefined) return { title: subject, metaLine: null, paper, issue: null };
  }
  // A budget reply's heading is its title, wherever its exercise's name and serial stand
  // (審核2028-29年度 / 開支預算 / 答覆編號 / ITIB027 / 管制人員的答覆).
  const budgetReply = head.find((i) => BUDGET_REPLY.test(blocks[i].text));
  if (budgetReply !== undefined) return { title: budgetReply, metaLine: null, paper, issue: null };
  // A Hong Kong Gazette notice: its number, the ordinance it is made under, then its title
  // (第1624號公告 / 《電訊條例》（第106章） / 以拍賣方式指配…), past the issue's contents.
  const notice = blocks.slice(0, GAZETTE_WINDOW * 2).findIndex((b) => !b.outside && GAZETTE_NOTICE.test(b.text));
  if (notice >= 0) {
    let t = notice + 1;
    while (t < blocks.length && t < notice + 4 && (!usable(t) || ORDINANCE_LINE.test(blocks[t].text))) t++;
    // (Its issue's volume line dates it: 第30卷　第12期 / 2026年3月20日（星期五）.)
    const volume = blocks.slice(0, notice).findIndex((b, i) => VOLUME_ISSUE.test(b.text) && ISSUE_DATE.test(blocks[i + 1]?.text ?? ''));
    if (t < blocks.length && usable(t) && isTitleLike(blocks[t].text)) return { title: t, metaLine: null, paper, issue: volume >= 0 ? volume : null };
  }
  // A gazette's page: after its issue line and links, the issuer's name over the document's
  // title, however short (科學技術發展基金 / 名單).
  // (Or 第 6 期 on a line of its own, its date on the next.)
  // (Or 第 17 期 / 第一組 / its date; or all three in one block: 第 24 期第二組2026 年 6 月 17 日（星期三）.)
  const dated = (i: number) => ISSUE_DATE.test(blocks[i + 1]?.text ?? '') || (GAZETTE_GROUP.test(blocks[i + 1]?.text ?? '') && ISSUE_DATE.test(blocks[i + 2]?.text ?? ''));
  const issue =
    head.find(
      (i) =>
        (GAZETTE_ISSUE.test(blocks[i].text) && blocks[i].text.length <= 60) ||
        (ISSUE_ALONE.test(blocks[i].text) && dated(i)) ||
        (ISSUE_GROUP_DATE.test(blocks[i].text) && blocks[i].text.trim().length <= 50),
    ) ?? issueBar(blocks);
  if (issue !== null) {
    const lines: number[] = [];
    for (let i = issue + 1; i < blocks.length && lines.length < 2 && i < issue + 8; i++) {
      if (usable(i) && !GAZETTE_LINKS.test(blocks[i].text) && !ISSUE_DATE.test(blocks[i].text) && !GAZETTE_GROUP.test(blocks[i].text)) lines.push(i);
    }
    const [issuer, title] = lines;
    // (Not an entry of the issue's contents, 行政長官辦公室 / 第160/2026號行政長官批示 / 第161/2026號…: the
    // document's title has its text under it.)
    const textUnder = (t: number) => {
      for (let i = t + 1; i < blocks.length && i < t + 4; i++) {
        if (!usable(i)) continue;
        const next = blocks[i].text.trim();
        return !CONTENTS_ENTRY.test(next) && !ORG_NAME_ONLY.test(next) && !isDocNumberLine(next);
      }
      return true;
    };
    // (Nor one office's name over the next's, the contents' entries between them links.)
    const issuerOver = (k: number, t: number | undefined) =>
      t !== undefined && !ORG_NAME_ONLY.test(blocks[t].text.trim()) && blocks[k].text.trim().length <= 30 && !/[，。；]/.test(blocks[k].text) && blocks[t].text.trim().length < 60 && textUnder(t);
    // (However short the title, 名單, it is no sentence.)
    if (issuerOver(issuer, title) && !/[。！？]$/.test(blocks[title].text.trim())) return { title, metaLine: null, paper, issue };
    // (Or past the issue's contents and a note, the issuer's heading over the document's:
    // 行政長官辦公室 / 第45/2026號行政長官批示.)
    const usableAfter = (k: number) => {
      for (let t = k + 1; t < blocks.length && t < k + 4; t++) if (usable(t)) return t;
      return undefined;
    };
    for (let k = issue + 1; k < blocks.length && k < issue + GAZETTE_WINDOW; k++) {
      if (!usable(k) || !(blocks[k].heading || ORG_NAME_ONLY.test(blocks[k].text.trim()))) continue;
      const t = usableAfter(k);
      if (issuerOver(k, t) && isTitleLike(blocks[t!].text)) return { title: t!, metaLine: null, paper, issue };
    }
  }
  // A print view's header, its date of printing and the page's address, stands over the title
  // (列印日期：2026年8月3日 / 網址：https://… / 控煙酒辦公室公布…).
  // (Not a print date under the article: …資料來源：… / 更新日期：… / 列印日期：… / 瀏覽人次：….)
  // (The bar may be furniture to the head, a line of links: 打印时间：2026-04-02 15:47 under [打印本页][关闭窗口]…; then the
  // title stands over its number or its date line, or a kicker may stand over it.)
  // (Or the bar gives the page's address too, the title right under it: see PRINTED_AT_ADDRESS.)
  const headed = head.find((i) => PRINTED_ON.test(blocks[i].text)) ?? head.find((i) => i < ADDRESS_BAR_BLOCKS && PRINTED_AT_ADDRESS.test(blocks[i].text));
  // (A bar is a short line: the pattern is not run over a long block, whose spaces it would try every way.)
  const printed = headed ?? blocks.slice(0, HEAD_WINDOW).findIndex((b) => !b.outside && b.text.length <= PRINT_BAR_MAX && PRINTED_ON.test(b.text));
  if (printed >= 0 && !blocks.slice(0, printed).some((b) => isProse(b.text))) {
    let t = printed + 1;
    // (Nor the site's name the view prints under its bar: 山东省科学技术协会 / 《…》政策问答.)
    while (t < blocks.length && t <= printed + 2 && (!usable(t) || PRINTED_ADDRESS.test(blocks[t].text) || (headed === undefined && ORG_NAME_ONLY.test(blocks[t].text.trim())))) t++;
    // (Its date line under it, past its number maybe: 韶科协〔2026〕38号 / 发布时间：2026-10-09　　来源：….)
    const numbered = isDocNumberLine(blocks[t + 1]?.text ?? '');
    const dated = numbered ? t + 2 : t + 1;
    const metaLine = dated < blocks.length && isMetaLine(blocks[dated].text) ? dated : null;
    const placed = headed !== undefined || numbered || metaLine !== null;
    // (Not a disclosure table's cell under the bar: 索引号 | … | 分类 | 科技、教育.)
    if (placed && t < blocks.length && usable(t) && !blocks[t].cell && isTitleLike(blocks[t].text)) return { title: t, metaLine, paper, issue };
  }
  // A letterhead's notice: its kind, spaced out, over its number (澳門特別行政區政府 / 勞工事務局 / 通　告 / 編號：03/DFP/2026).
  // A Macau notice's or dispatch's serial under its issuer's name is its heading (刊登於…《澳門特別行政區公報》第二組 /
  // 教育及青年發展局 / 第 04/DSEDJ/2026 號通告), the text under it.
  const serial = head.find((i) => i < SERIAL_HEAD_BLOCKS && SERIAL_KIND_LINE.test(blocks[i].text));
  if (serial !== undefined && serial > 0 && ORG_NAME_ONLY.test(chineseName(blocks[serial - 1].text))) return { title: serial, metaLine: null, paper, issue };
  const coded = head.find((i) => CODED_NUMBER_LINE.test(blocks[i].text.trim()));
  if (coded !== undefined && coded > 0 && usable(coded - 1) && KIND_WORD_LINE.test(blocks[coded - 1].text)) return { title: coded - 1, metaLine: coded, paper, issue };
  // (Or its number over its kind and its title: 公告編號：02/FDCT/2026 / 公　告 / 2026年澳門科技活動周「科普工作坊」報名公告.)
  if (coded !== undefined && KIND_WORD_LINE.test(blocks[coded + 1]?.text ?? '') && coded + 2 < blocks.length && usable(coded + 2) && isTitleLike(blocks[coded + 2].text)) return { title: coded + 2, metaLine: coded, paper, issue };
  // A department's circular: its number, whom it goes to and its greeting, then its subject
  // (機電工程署通函（電力）第3/2026號 / 致：所有註冊電業承辦商… / 各位： / 推行電子遞交…安排).
  const circular = head.find((i) => CIRCULAR_LINE.test(blocks[i].text.trim()));
  if (circular !== undefined && blocks.slice(circular + 1, circular + 4).some((b) => GREETING_LINE.test(b.text))) {
    const { title } = subjectBelow(blocks, usable, circular);
    if (title !== null) return { title, metaLine: null, paper, issue };
  }
  // A paper's digital edition: its page's label over the article's title, the paper's name and date above
  // (海安日报数字报 / 2025年04月14日 星期一 / 第A2版：要闻 / 在…颁奖仪式上的讲话).
  // (Or its masthead's line, the page's label or its editors after the date: 鹤壁日报　2025年12月10日　第02版：要闻,
  // 2026年3月25日　星期三　3　要闻　责编：….)
  const page = head.find((i) => PAPER_PAGE_LABEL.test(blocks[i].text) || EDITION_LINE.test(blocks[i].text));
  const underPage = page === undefined ? undefined : head.find((i) => i > page && i <= page + 2);
  // (Unless the <title> quotes a heading of its own: the page's kicker may stand over it.)
  if (underPage !== undefined && usable(underPage) && isTitleLike(blocks[underPage].text) && (!hint || quotedByTitleTag(blocks, usable, hint, blocks.length) === null)) {
    const dated = head.find((i) => i <= page! && isMetaLine(blocks[i].text));
    return { title: underPage, metaLine: dated ?? null, paper, issue };
  }
  const found = titleAndMetaLine(blocks, usable, hint, head);
  // A department's letter names no title above its addressee: its subject stands under 致：… and the
  // greeting (本署檔號：… / 2026年3月9日 / 致：所有認可人士… / 敬啟者： / 以建築信息模擬（BIM）模型提交…).
  // (Whatever stands above it, the letterhead's department or address: 勞工處 / LABOUR DEPARTMENT / 職業安全及健康部 /
  // 香港中環… / 本處檔號：… / 致：… / 敬啟者： / the subject.)
  const letter = letterSubject(blocks, usable);
  // (Or a short heading over the addressee, the kind of circular it is: 整笔拨款通告 / 致：… / the subject.)
  const over = found.title !== null && letter !== null && found.title < letter.title && (letter.greeted || blocks[found.title].text.trim().length <= KIND_HEADING_MAX);
  return letter && (found.title === null || over) ? { title: letter.title, metaLine: letter.metaLine, paper, issue } : { ...found, paper, issue };
}

/**
 * The subject under a letter's addressee (致：…) and its greeting, the date line over them, and whether it is
 * greeted (then its subject is the title, whatever heads the letterhead); or null.
 */
function letterSubject(blocks: PageBlock[], usable: (i: number) => boolean): { title: number; metaLine: number | null; greeted: boolean } | null {
  const window = blocks.slice(0, HEAD_WINDOW * 2);
  let opening = window.findIndex((b) => !b.outside && !b.boiler && ADDRESSEE_LINE.test(b.text));
  // (Or, to those it names in its greeting only, under its file reference: 我們的檔號：… / 2026年8月12日 / 各位醫生： /
  // 基孔肯雅熱…; a speech's or a report's greeting, 各位代表：, has none.)
  if (opening < 0 && window.some((b) => FILE_REFERENCE.test(b.text))) opening = window.findIndex((b) => !b.outside && !b.boiler && GREETING_LINE.test(b.text));
  if (opening < 0) return null;
  // (Its addressees may run over lines of their own, the greeting under them: 致：各官立…校長 / 直接資助計劃學校校長 / 各位校長：.)
  const greeting = GREETING_LINE.test(blocks[opening].text) ? opening : window.findIndex((b, i) => i > opening && i <= opening + ADDRESSEE_LINES + 1 && GREETING_LINE.test(b.text));
  let k = greeting >= 0 ? greeting + 1 : opening + 1;
  if (greeting < 0) while (k < blocks.length && k <= opening + ADDRESSEE_LINES && (blocks[k].afterBreak || !usable(k))) k++;
  // (A memo's header table, its labels in cells of their own: 致： | 各中學校長 | 檔號： | … | 日期： | 2026年9月4日 | the subject.)
  if (ADDRESSEE_LINE.test(blocks[opening].text) && LABEL_ONLY.test(blocks[opening].text)) {
    k = opening + 2;
    while (k + 1 < blocks.length && LABEL_ONLY.test(blocks[k].text)) k += 2;
  }
  // (Not the letter's first numbered section, 一、背景.)
  if (!(k < blocks.length && usable(k) && isTitleLike(blocks[k].text) && !ADDRESSEE_LINE.test(blocks[k].text) && !NUMBERED_ITEM.test(blocks[k].text))) return null;
  const dated = blocks.slice(0, opening).findLastIndex((b) => !b.outside && !PRINTED_ON.test(b.text) && isMetaLine(b.text));
  return { title: k, metaLine: dated < 0 ? null : dated, greeted: greeting >= 0 };
}
/** A field's label alone in its cell: 致：, 檔號：, 負責人：. */
const LABEL_ONLY = /^[\s\u3000]*[\u4e00-\u9fff]{1,6}[\s\u3000]*[:：][\s\u3000]*$/;
/** How long a heading naming a circular's kind may be (整笔拨款通告). */
const KIND_HEADING_MAX = 8;

/** A gazette's issue line set as a bar of the site's (第 19 期 | 第二組 | 2026 年 5 月 13 日（星期三）), or null. */
function issueBar(blocks: PageBlock[]): number | null {
  const at = blocks.slice(0, GAZETTE_WINDOW * 2).findIndex((b) => !b.outside && ISSUE_GROUP_DATE.test(b.text) && b.text.trim().length <= 50);
  return at >= 0 ? at : null;
}

/**
 * The 新聞稿 of a release's letterhead, at the top of a printed page (not a menu's link), or null.
 * (Exported for the letterhead's name, the release's issuer.)
 */
export function letterheadLabel(blocks: PageBlock[]): number | null {
  const at = blocks.slice(0, LETTERHEAD_LINES).findIndex((b) => !b.outside && !b.boiler && RELEASE_LABEL.test(b.text.trim()));
  return at < 0 || blocks.slice(0, at).some((b) => b.boiler || b.outside || NAV_START.test(b.text)) ? null : at;
}
/** A print view's bar's length at most. */
const PRINT_BAR_MAX = 160;
/** How far down the page a notice's serial may head it. */
const SERIAL_HEAD_BLOCKS = 8;
/** The issuer whose name heads a Macau notice's serial (教育及青年發展局 / 第 04/DSEDJ/2026 號通告), or null. */
export function serialIssuer(blocks: PageBlock[], titleStart: number | null): string | null {
  if (titleStart === null || titleStart === 0 || !(SERIAL_KIND_LINE.test(blocks[titleStart].text) || DISPATCH_LINE.test(blocks[titleStart].text))) return null;
  const name = chineseName(blocks[titleStart - 1].text);
  return ORG_NAME_ONLY.test(name) ? name : null;
}
/** A dispatch's number and signer's post, its heading: 第 61/2026 號經濟財政司司長批示. */
const DISPATCH_LINE = /^[\s\u3000]*第[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*[號号][\u4e00-\u9fff]{0,16}(?:批示|通告|公告)[\s\u3000]*$/;
/** A name line's Chinese part, its Portuguese after it left out: 經濟及科技發展局 Direcção dos Serviços de…. */
function chineseName(text: string): string {
  return text.trim().replace(LATIN_AFTER, '');
}
const LATIN_AFTER = /[\s\u3000]+[A-Za-zÀ-ÿ][^\u4e00-\u9fff]*$/;
/** How far down the page a print bar with the page's address stands. */
const ADDRESS_BAR_BLOCKS = 3;
/** How many lines a title's translation may take under it. */
const TRANSLATION_LINES = 3;
/** How many lines a letterhead takes at most: name, English name, address, phone, label, embargo. */
const LETTERHEAD_LINES = 8;

function titleAndMetaLine(
  blocks: PageBlock[],
  usable: (i: number) => boolean,
  hint: string,
  head: number[],
): { title: number | null; metaLine: number | null } {
  const limit = head.length ? head[head.length - 1] + 1 : 0;
  let metaLine: number | null = null;
  for (let k = 0; k < head.length; k++) {
    const i = head[k];
    // (A bare date under a link is a news list's item: 縣府補助農民… / 114/04/28; so is one over it.)
    // (Nor is a top bar's date over the site's menu and breadcrumb: 2026年3月28日 星期六 / 遂川县　多云 /
    // … / 当前位置：首页 > ….)
    const topBar = k === 0 && blocks.slice(i + 1, limit).some((b) => NAV_START.test(b.text));
    // (A header table's date in a cell of its own, under its label: 發布日期 | 115-01-14.)
    // (Unless the title's heading comes after the table: 勞動部新聞稿 / 發布日期 | … / <h3>育嬰留停….)
    const headingLater = () => head.slice(k + 1).some((j) => blocks[j].heading && usable(j) && isTitleLike(blocks[j].text));
    if (BARE_DATE.test(blocks[i].text) && i > 0 && DATE_FIELD.test(blocks[i - 1].text.trim()) && !headingLater()) {
      metaLine = i - 1;
      break;
    }
    if (isMetaLine(blocks[i].text) && !topBar && !((blocks[i - 1]?.boiler || blocks[i + 1]?.boiler) && BARE_DATE.test(blocks[i].text))) {
      metaLine = i;
      break;
    }
    // (A title's translation under it, Resposta à interpelação escrita…, is no prose of the body; nor
    // is a record table's label cell, 質詢議員：.)
    if (usable(i) && isProse(blocks[i].text) && !NO_HAN.test(blocks[i].text) && !isLabelCell(blocks[i].text)) {
      // The body has begun: a later date is a signature. Unless a breadcrumb follows: what stood
      // before it was a sidebar (關於本會 / 本會成立於1981年…), the article starts after it.
      let crumb = i + 1;
      while (crumb < limit && !NAV_START.test(blocks[crumb].text)) crumb++;
      if (crumb >= limit) break;
      while (k + 1 < head.length && head[k + 1] < crumb) k++;
    }
  }
  // The title tag's words are the strongest sign; after a disclosure table's meta lines, the
  // block it quotes must head its own date line (not be a signature repeating the site's name).
  let quoted = hint ? quotedByTitleTag(blocks, usable, hint, metaLine ?? limit) : null;
  // (Not where the <title> is the site's name alone and the page prints it under the article's heading,
  // 天津市西青区科学技术局; nor where it prints that name over the article's heading or a document's own title:
  // 芜湖市科学技术局 / 芜科〔2025〕41号 / 芜湖市科学技术局关于…的通知.)
  // (Nor where the <title> quotes a signature, the body's name alone over its date under the article: 泸州市科技馆 - 通知公告.)
  // (Or a site's name alone, 白银机关党建网.)
  if (quoted !== null && (ORG_NAME_ONLY.test(hint.trim()) || ORG_NAME_ONLY.test(blocks[quoted].text.trim()) || SITE_NAME_ONLY.test(hint.trim()))) {
    const q = quoted;
    const headingAbove = head.some((i) => i < q && blocks[i].heading && usable(i) && isTitleLike(blocks[i].text));
    // (The document's title may run over a <br>: 关于召开…学术年会<br>暨…论坛的通知（第一轮）.)
    const documentTitle = (i: number) => DOCUMENT_TITLE.test(blocks[i].text) || (blocks[i + 1]?.afterBreak === true && DOCUMENT_TITLE.test(blocks[i].text.trim() + blocks[i + 1].text.trim()));
    const titleBelow = ORG_NAME_ONLY.test(blocks[q].text.trim()) && head.some((i) => i > q && i <= q + NAME_OVER_TITLE && usable(i) && isTitleLike(blocks[i].text) && (blocks[i].heading || documentTitle(i)));
    // (Nor where a title stands over the page's date line further down, past a sidebar: 通山县科学技术协会 / … /
    // 中共通山县科学技术协会党组关于转发…的通知 / 发布时间：2026-3-9　信息来源：….)
    // (Not a card of fields over it: 法定代表人：… / 电话：… / 更新时间：….)
    const overTitle = metaLine === null ? '' : blocks[metaLine - 1]?.text.trim() ?? '';
    const overMetaLine = metaLine !== null && metaLine > q + 1 && usable(metaLine - 1) && isTitleLike(overTitle) && !overTitle.includes('\n') && !ORG_NAME_ONLY.test(overTitle);
    if (headingAbove || titleBelow || overMetaLine) quoted = null;
  }
  // (Nor a signature the <title> quotes, a name over its date under the article's text, whatever the name:
  // …未獲通知者可視作落選。 / 香港太空館 / 二○二六年七月二十日.)
  if (quoted !== null && metaLine === null && DATE_ONLY_LINE.test(blocks[quoted + 1]?.text ?? '') && head.some((i) => i < quoted! && isProse(blocks[i].text))) quoted = null;
  if (hint && metaLine !== null) {
    const later = quotedByTitleTag(blocks, usable, hint, limit);
    const next = later === null ? undefined : head.find((i) => i > later);
    // (A signature repeating the site's name is followed by its date too.)
    const signature = later !== null && ORG_NAME_ONLY.test(blocks[later].text.trim());
    if (quoted === null && later !== null && later > metaLine && !signature && next !== undefined && isMetaLine(blocks[next].text)) {
      quoted = later;
      metaLine = next;
    } else if (later !== null && later > metaLine && !signature && head.find((i) => i > metaLine!) === later) {
      // (A policy address's chapter stands right under the address's name and date: 行政長官2024年施政報告 /
      // 二〇二四年十月十六日 / 五、加快建設國際創新科技中心; the date is the line over it.)
      return headingRepeating(blocks, usable, later) ?? { title: later, metaLine: null };
    }
  }
  // (Nor a column's name the <title> gives as well, the article's heading under it: 香港邮政 - 客户通告 - 打印版 over
  // 客户通告 / <h3>新界区四间邮政局暂停服务….)
  if (quoted !== null && !blocks[quoted].heading && blocks[quoted].text.trim().length <= COLUMN_NAME_MAX) {
    const below = head.find((i) => i > quoted!);
    if (below !== undefined && blocks[below].heading && usable(below) && isTitleLike(blocks[below].text) && blocks[below].text.trim().length > blocks[quoted].text.trim().length) quoted = below;
  }
  if (quoted !== null) return headingRepeating(blocks, usable, quoted) ?? { title: quoted, metaLine };
  // A disclosure table above the title (索 引 号：…, 发布机构：…), then the title over its own date line.
  // (Its first rows may be too short for the head: 索引号： | 007312345/2026-00041 | 分类： | ….)
  if (metaLine !== null && !DISCLOSURE_START.test(blocks[metaLine].text)) {
    for (let i = Math.max(0, metaLine - DISCLOSURE_ROWS); i < metaLine; i++) {
      if (DISCLOSURE_START.test(blocks[i].text) && !blocks[i].outside) {
        metaLine = i;
        break;
      }
    }
  }
  if (metaLine !== null && DISCLOSURE_START.test(blocks[metaLine].text)) {
    // (A table of a label and a value per cell runs past the head's window: 索 引 号： | 11510781… | 主题分类： | ….)
    // (Its short labels too, 分类： | 名称：, which the head leaves out.)
    const rows: number[] = [];
    for (let i = metaLine; i < blocks.length && rows.length < 2 * (head.length + HEAD_WINDOW); i++) {
      if (!blocks[i].outside && (usable(i) || isMetaLine(blocks[i].text)) && blocks[i].text.trim().length > 0) rows.push(i);
    }
    let k = rows.indexOf(metaLine);
    // (Where the table prints its values on the labels' lines, 索引号：\t1133…, a label alone is empty:
    // 有效性：\t over the title.)
    const inlineValues = rows.slice(k, k + HEAD_WINDOW).filter((i) => LABEL_WITH_VALUE.test(blocks[i].text)).length >= INLINE_TABLE_ROWS;
    // (The table may name the document too, 标题：…, and print each label and value in cells of
    // their own: 索 引 号： | 11511300MB…)
    while (k < rows.length) {
      const text = blocks[rows[k]].text;
      // (A label with no value, 主 题 词：, stands over the title's heading itself; so does an
      // empty 文号：, whatever the next line is if it is no document number.)
      const valued = !inlineValues && k + 1 < rows.length && !isFieldLabel(blocks[rows[k + 1]].text) && !blocks[rows[k + 1]].heading && !(NUMBER_LABEL.test(text) && !isDocNumberLine(blocks[rows[k + 1]].text));
      if (isFieldLabel(text)) k += valued ? 2 : 1;
      else if (isDisclosureLine(text)) k++;
      else break;
    }
    const title = rows[k];
    let next: number | undefined = rows[k + 1];
    // (A long table leaves the title's own date line past the head's window.)
    for (let i = (title ?? blocks.length) + 1; next === undefined && i < blocks.length; i++) {
      if (!blocks[i].outside && (usable(i) || isMetaLine(blocks[i].text))) next = i;
    }
    if (title !== undefined && next !== undefined && usable(title) && isTitleLike(blocks[title].text) && isMetaLine(blocks[next].text)) {
      return { title, metaLine: next };
    }
    // (Or the title the table names, 标题：…, repeated under it with no date line of its own.)
    const named = rows.slice(0, k).map((i) => DOCUMENT_NAME.exec(blocks[i].text)?.[1]?.trim()).find((n) => n);
    if (title !== undefined && named && blocks[title].text.trim() === named) return { title, metaLine };
    // (Or the title right under a table of labelled lines that dated it, the text after it: 发文日期：2030-01-20 /
    // 文号： / 德清县科学技术局2029年法治政府建设工作情况报告 / 根据….)
    const dated = rows.slice(rows.indexOf(metaLine), k).some((i) => DATE_LABEL_LINE.test(blocks[i].text));
    if (title !== undefined && next !== undefined && dated && k > rows.indexOf(metaLine) + 2 && usable(title) && isTitleLike(blocks[title].text) && !isFieldLabel(blocks[next].text) && blocks[next].text.trim().length > blocks[title].text.trim().length) return { title, metaLine };
  }
  // (A bilingual table of fields, each label's gloss in a cell of its own, stands over the title: 发布日期 / Data de publicação /
  // 2026-04-20 / 发布机构 / Entidade / 经济及科技发展局 / … / the title.)
  // (The head's window may have passed over the short label and its gloss, to the value: 2026-04-20.)
  const glossedFrom = metaLine === null ? -1 : metaLine >= 2 && LABEL_GLOSS_CELL.test(blocks[metaLine - 1].text) && isFieldLabel(blocks[metaLine - 2].text) ? metaLine - 2 : metaLine;
  if (metaLine !== null && isFieldLabel(blocks[glossedFrom].text) && LABEL_GLOSS_CELL.test(blocks[glossedFrom + 1]?.text ?? '')) {
    let k = glossedFrom;
    // (Whatever the label, its gloss marks it one: 圖片來源 / Fonte da imagem, 致辞日期 / Data do discurso.)
    while (k + 2 < blocks.length && (isFieldLabel(blocks[k].text) || SHORT_LABEL.test(blocks[k].text)) && LABEL_GLOSS_CELL.test(blocks[k + 1].text)) k += 3;
    while (k < blocks.length && k < metaLine + GLOSSED_TABLE_SPAN && (!usable(k) || NO_HAN.test(blocks[k].text) || SHARE_ROW.test(blocks[k].text))) k++;
    if (k < blocks.length && usable(k) && isTitleLike(blocks[k].text) && !isProse(blocks[k].text)) return { title: k, metaLine };
  }
  if (metaLine !== null) {
    // Notices print their document number between the title and the date line; speeches and
    // reports their speaker and date.
    let numbered = false;
    let inTable = false;
    for (let i = metaLine - 1; i >= 0; i--) {
      const text = blocks[i].text.trim();
      // (No title stands above the breadcrumb: a circular's number heads it, its subject follows.)
      if (NAV_START.test(text)) {
        if (numbered) return subjectBelow(blocks, usable, metaLine);
        break;
      }
      // (A release's letterhead dates it under its 新聞稿, the title under the date: 統計暨普查局 /
      // Direcção dos Serviços… / 新聞稿 / 2028年5月26日 / 2027年人口統計.)
      // (Or a letterhead naming both, 宜蘭縣政府新聞稿, its contact's fields under the date: 發稿單位：教育處 /
      // 新聞聯絡人：… / 聯絡電話：….)
      if (i === metaLine - 1 && (RELEASE_LABEL.test(text) || isReleaseLetterhead(text))) {
        let below = metaLine + 1;
        // (Or its header table's cells, a label over its value: 發布日期 / 115年5月12日 / 發布單位 / 前瞻及應用科技處 /
        // 新聞聯絡人 / 王怡君　副處長  電話：….)
        const cell = (j: number) => BARE_DATE.test(blocks[j].text) || isFieldLabel(blocks[j].text) || isFieldLabel(blocks[j - 1].text) || CONTACT_LINE.test(blocks[j].text);
        const fields = isFieldLabel(blocks[metaLine].text) ? 2 * RELEASE_FIELDS : RELEASE_FIELDS;
        while (below < blocks.length && below <= metaLine + fields && (FIELD_LINE.test(blocks[below].text) || cell(below))) below++;
        if (below < blocks.length && usable(below) && isTitleLike(blocks[below].text) && !isMetaLine(blocks[below].text)) return { title: below, metaLine };
      }
      // (Past a header table's cells, what is no text ends the search, as it does the table's.)
      if (!usable(i) && inTable) break;
      // (Nor a video's counters under its title: 2.1万 / 186; nor an account's badge.)
      // (Nor a post's time and readers between its account and its source: 阜南县科协 / 5小时前 / 阅读 856 / 来源：….)
      if (!usable(i) || COUNTER_LINE.test(text) || ACCOUNT_BOX.test(text) || READERS_LINE.test(text) || RELATIVE_TIME_LINE.test(text)) continue;
      // (Nor a header table's value under its label: 發布單位 | 國民教育科 | 發布日期 | 119-05-27.)
      if (i > 0 && isMetaLabel(blocks[i - 1].text) && !TITLE_LABEL.test(blocks[i - 1].text)) {
        i--;
        inTable = true;
        continue;
      }
      // (Nor the date's own label in the cell over it: 藍巴勒海峽海上勘測工程 / 發出日期 / 2026年6月5日.)
      if (i === metaLine - 1 && DATE_FIELD.test(text)) continue;
      // (Nor a cover's reporter over its date: 原住民族委員會業務報告 / … / 報告人：… / 中華民國一一四年十月一日.)
      if (COVER_FIELD.test(text)) continue;
      // (Nor a message board's fields: 留言对象：…, 留言类型：咨询　领域：教育.)
      // (Nor a title's translation under it: Resposta à interpelação escrita….)
      if (MESSAGE_FIELDS.test(text) || NO_HAN.test(text)) continue;
      // (Nor a WeChat post's byline under its title: 原创 枣阳市科协 枣阳科协.)
      if (isDocNumberLine(text) || BYLINE.test(text) || DESK_BYLINE_LINE.test(text) || WECHAT_BYLINE.test(text)) {
        numbered ||= isDocNumberLine(text);
        // (A copied post that opens on its byline and time has its title under them: 原创 弥勒市科协 弥勒科协 /
        // 2026年01月15日 18:02 云南 / 弥勒市科协2025年工作总结.)
        const below = metaLine + 1;
        if (WECHAT_BYLINE.test(text) && i === metaLine - 1 && !blocks.slice(0, i).some((_, k) => usable(k)) && below < blocks.length && usable(below) && isTitleLike(blocks[below].text)) return { title: below, metaLine };
        continue;
      }
      // (Nor a joint notice's letterheads stacked over its date, the heading above them: …會銜公告115年度… / 臺南市政府農業局　公告 /
      // 臺南市政府經濟發展局 / 發文日期：….)
      const stacked = (ORG_NAME_ONLY.test(text) && LETTERHEAD.test(blocks[i - 1]?.text.trim() ?? '')) || (LETTERHEAD.test(text) && ORG_NAME_ONLY.test(blocks[i + 1].text.trim()));
      const headingAbove = stacked ? head.filter((j) => j < i && blocks[j].heading && usable(j) && isTitleLike(blocks[j].text)).pop() : undefined;
      if (headingAbove !== undefined) return { title: headingAbove, metaLine };
      // (Nor a platform's author account, a body's name alone between the headline and its time:
      // 黎川县科协联合…取经” / 黎川县科协 / 2030-06-08 10:15 江西.)
      const author = (i === metaLine - 1 || blocks.slice(i + 1, metaLine).every((b) => READERS_LINE.test(b.text.trim()) || RELATIVE_TIME_LINE.test(b.text.trim()))) && ORG_NAME_ONLY.test(text);
      // (Or a cover's issuer, the title's translation between them: 粤港澳大湾区…调研报告 / Survey Report on… / 广东省科学技术协会 / 2026年3月20日.)
      let over = i - 1;
      while (over > 0 && over >= i - TRANSLATION_LINES && NO_HAN.test(blocks[over].text)) over--;
      if (author && over >= 0 && usable(over) && isTitleLike(blocks[over].text) && blocks[over].text.trim().length > text.length) continue;
      // (Nor a joint document's issuers, one line of names between its title and its date: 宿迁市统计局  宿迁市科学技术局  宿迁市财政局.)
      if (i === metaLine - 1 && /[\s\u3000]/.test(text) && issuersOnly(text) && i > 0 && usable(i - 1) && isTitleLike(blocks[i - 1].text)) continue;
      // (Nor a report's note of its adoption in brackets under its title: （2026年3月21日第八屆會員大會第二次會議通過）.)
      if (ADOPTION_NOTE.test(text) && i > 0 && usable(i - 1) && isTitleLike(blocks[i - 1].text)) continue;
      // (Nor a speech's speaker and the day it was given, under its title: 在…全体会议上的讲话 / （2026年1月14日） / 区委副书记　张　敏.)
      if ((SPEAKER_LINE.test(text) || BRACKETED_DATE_LINE.test(text)) && i > 0) continue;
      // (Or a social post's author over its time, its headline under it: 高雄市政府經濟發展局 / 2030年11月20日 下午4:05 · / 【…】.)
      const below = metaLine + 1;
      if (author && POST_TIME_LINE.test(blocks[metaLine].text) && below < blocks.length && usable(below) && isTitleLike(blocks[below].text)) return { title: below, metaLine };
      if (isTitleLike(text)) return { title: i, metaLine };
      break;
    }
  }
  // (A sidebar's heading printed before the breadcrumb, 最新書面質詢, is no title: the article's comes after it.)
  const columns = crumbColumns(blocks, limit);
  const titleHeading = (i: number) => blocks[i].heading && usable(i) && isTitleLike(blocks[i].text) && !columnOverHeading(blocks, i, columns);
  const crumb = blocks.slice(0, limit).findLastIndex((b) => NAV_START.test(b.text));
  const heading = head.find((i) => i > crumb && titleHeading(i)) ?? head.find(titleHeading);
  if (heading !== undefined) return { title: heading, metaLine };
  // A release's letterhead (the body's name, address and phone) stands over the word 新聞稿 and
  // its embargo line, the title under them.
  const release = letterheadLabel(blocks);
  if (release !== null) {
    let title = release + 1;
    while (title < blocks.length && RELEASE_LABEL.test(blocks[title].text.trim())) title++;
    if (title < blocks.length && usable(title) && blocks[title].text.trim().length >= 8 && isTitleLike(blocks[title].text) && !isMetaLine(blocks[title].text)) return { title, metaLine };
  }
  // Hong Kong's releases underline their title with asterisks (立法會十二題：… / ＊＊＊＊＊＊).
  const underlined = head.find((i) => isTitleLike(blocks[i].text) && UNDERLINE.test(blocks[i + 1]?.text ?? ''));
  if (underlined !== undefined) return { title: underlined, metaLine };
  // (A copied page's menu, one entry to a line, stands before its breadcrumb; the title right under it.)
  const afterCrumb = crumb < 0 ? -1 : head.findIndex((i) => i > crumb);
  // (Not a post's location line under its text, 位置：芦溪县·宣风镇.)
  const underCrumb = afterCrumb >= 0 && head[afterCrumb] <= crumb + 2 && usable(head[afterCrumb]) && isTitleLike(blocks[head[afterCrumb]].text) && !blocks.slice(0, crumb).some((b) => isProse(b.text));
  // (Nor the crumb's last column repeated under it: 主頁 > 資源 > 致醫生信件 > 2026年 / 致醫生信件.)
  const repeatsColumn = underCrumb && columns.has(blocks[head[afterCrumb]].text.trim());
  for (let k = underCrumb ? afterCrumb + (repeatsColumn ? 1 : 0) : 0; k < head.length; k++) {
    const i = head[k];
    // A notice may open on its document number, with the title below it.
    // (Nor the site's banner, its body's name alone: 新竹縣竹東鎮公所.)
    // (Nor its name in Portuguese or English under it: Fundo para o Desenvolvimento das Ciências….)
    // (Nor a video account's box: 认证：嘉峪关市科学技术协会官方账号 / 粉丝2.1万 / 获赞13.6万.)
    // (Nor a video's co-creators, 江永科协 · 江永县农业农村局, nor its collection, 合集·科技小院田间课 第6集.)
    // (Nor the red header over the number: 银川市科学技术协会文件 / 银科协发〔2030〕3号 / the title; nor a meeting's papers'
    // label over it: 2026年全省学会工作会议材料之二.)
    // (Nor a plan's line of approval over its title: 嘉義縣政府115年4月16日府教體字第1150093385號函核定.)
    // (Nor a red header's names spaced out over its 文件: 贵 州 省 科 学 技 术 协 会 / 贵 州 省 财 政 厅 / 文件.)
    // (Nor a letter's file reference over its letterhead: 檔號：LCS SM 31/7/2 (27) / 康樂及文化事務署 / the title.)
    if (!usable(i) || isSpacedLetterhead(blocks[i].text.trim()) || isDocNumberLine(blocks[i].text) || (FILE_REFERENCE.test(blocks[i].text) && ORG_NAME_ONLY.test(blocks[i + 1]?.text.trim() ?? '')) || APPROVAL_LINE.test(blocks[i].text.trim()) || RED_HEADER_LINE.test(blocks[i].text.trim()) || PARTY_GROUP.test(blocks[i].text.trim()) || MEETING_MATERIAL.test(blocks[i].text.trim()) || BARE_DATE.test(blocks[i].text) || ORG_NAME_ONLY.test(blocks[i].text.trim()) || NO_HAN.test(blocks[i].text) || ACCOUNT_BOX.test(blocks[i].text) || VIDEO_CREDITS.test(blocks[i].text.trim())) continue;
    if (!isTitleLike(blocks[i].text) || isMetaLine(blocks[i].text)) return { title: titleUnderDate(blocks, usable, metaLine), metaLine };
    // A column's name may stand over the title (工商業及就業 / 政府優化「BUD專項基金」…), the
    // body right under the title.
    const [next, after] = [head[k + 1], head[k + 2]];
    const column =
      blocks[i].text.trim().length <= 8 && next !== undefined && after !== undefined && usable(next) &&
      isTitleLike(blocks[next].text) && !DATED.test(blocks[next].text) &&
      blocks[next].text.trim().length > blocks[i].text.trim().length &&
      usable(after) && isProse(blocks[after].text);
    return { title: column ? next : i, metaLine };
  }
  return { title: titleUnderDate(blocks, usable, metaLine), metaLine };
}

const CLOCK_TIME = /\d{1,2}:\d{2}/;
/** How many field lines may stand between a release's date and its title. */
const FIELDS_UNDER_DATE = 2;
/** A release dated over its title, the text right under it (日期：2026年11月20日 / 漁護署公布… / 漁農自然護理署（漁護署）今日…): the title, or null. */
function titleUnderDate(blocks: PageBlock[], usable: (i: number) => boolean, metaLine: number | null): number | null {
  // (Not a post's time, 2026-07-03 16:20·湖南, over its first words.)
  if (metaLine === null || CLOCK_TIME.test(blocks[metaLine].text)) return null;
  // (Past the release's other fields under the date: 發布單位：氣候變遷署　新聞聯絡人：…; and its title's translation
  // under it, the text after that: 溫室氣體排放量盤查登錄成果出爐… / 2025 GHG Inventory Registration Results… / 環境部今(5)日….)
  let under = metaLine + 1;
  while (under < blocks.length && under <= metaLine + FIELDS_UNDER_DATE && (isMetaLine(blocks[under].text) || FIELD_LINE.test(blocks[under].text))) under++;
  const next = NO_HAN.test(blocks[under + 1]?.text ?? '') ? under + 2 : under + 1;
  const text = blocks[under]?.text ?? '';
  return under < blocks.length && usable(under) && isTitleLike(text) && !isMetaLine(text) && !FIELD_LINE.test(text) && !ORG_NAME_ONLY.test(text.trim()) && isProse(blocks[next]?.text ?? '') ? under : null;
}

/**
 * Page-chunk numbers of a document-sharing site: 1、 2、 … at the start of blocks whose predecessors
 * end mid-sentence; consecutive blocks, or the first paragraphs of chunks that hold several.
 */
function pageChunks(blocks: PageBlock[], body: number[]): Map<number, Chunk> {
  const joins = new Map<number, Chunk>();
  const numbered: Array<{ pos: number; len: number }> = [];
  let expect = 1;
  // (The site writes every chunk's number alike: 2、 is a chunk's after 1、, where 2. is the document's item.)
  let mark = '';
  for (let k = 0; k < body.length; k++) {
    const m = CHUNK_NUMBER.exec(blocks[body[k]].text);
    if (m && Number(m[1]) === expect && (expect === 1 || m[2] === mark)) {
      numbered.push({ pos: k, len: m[0].length });
      mark = m[2];
      expect++;
    }
  }
  if (numbered.length < 2) return joins;
  // (A presentation's transcript numbers its slides, as many as its counter says: 1 of 6 over 1. … 6. ….)
  // (So does a slide deck a sharing site serves, its chunks its slides: 格式：PPTX.)
  // Only a document-sharing page has chunks; elsewhere 1.… 2.… without full stops is a list of
  // names (a 表彰决定's winners).
  const sharingSite = blocks.some((b) => b.text.length < SITE_LINE_CHARS && isDocShareLine(b.text));
  // (A short preview has two chunks: the second opens inside the first's sentence, 1、…科普馆5 / 2、2860名。…)
  // (A printed page's counter between them, 第 2 页 共 3 页, cuts nothing.)
  const cutBefore = (pos: number) => {
    let k = pos - 1;
    while (k > 0 && PAGE_COUNTER_LINE.test(blocks[body[k]].text)) k--;
    return !SENTENCE_END.test(blocks[body[k]].text.trimEnd());
  };
  if (numbered.length === 2 && !(sharingSite && cutBefore(numbered[1].pos))) return joins;
  const slides =
    blocks.some((b) => b.text.length < SLIDE_COUNTER_CHARS && Number(SLIDE_COUNTER.exec(b.text)?.[1]) === numbered.length) ||
    (sharingSite && blocks.some((b) => b.text.length < SITE_LINE_CHARS && SLIDE_DECK.test(b.text)));
  if (!slides) {
    if (!sharingSite) return joins;
    let cut = 0;
    for (let i = 1; i < numbered.length; i++) if (cutBefore(numbered[i].pos)) cut++;
    // Most chunk boundaries fall inside a sentence; real numbered paragraphs end theirs.
    if (cut * 2 < numbered.length - 1) return joins;
  }
  // (A chunk that opens on an item's marker or a slide's part starts a line of its own: 4、一、科普工作亮点纷呈…,
  // 7、PART 02 存在的问题, as a sharing site prints a presentation's slides; so does every slide of a transcript.)
  numbered.forEach((n, i) => joins.set(body[n.pos], { drop: n.len, continues: i > 0 && !slides && !CHUNK_OPENS_ITEM.test(blocks[body[n.pos]].text.slice(n.len)) }));
  return joins;
}
const SLIDE_COUNTER = /^[\s\u3000]*1 of (\d{1,3})[\s\u3000]*$/;
const PAGE_COUNTER_LINE = /^[\s\u3000]*第[\s\u3000]*\d{1,4}[\s\u3000]*[页頁][\s\u3000]*[,，/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*[页頁][\s\u3000]*$/;
/** How long a line of a sharing site's own (its wall, its file details) may be. */
const SITE_LINE_CHARS = 300;
const SLIDE_DECK = /格式[:：][\s\u3000]*PPTX?\b|[（(]PPT[)）]/i;
const SLIDE_COUNTER_CHARS = 20;

/**
 * A sharing site's chunks run together in one block, each page's number after two spaces
 * (1、…受益  2、群众达到…  3、险和…): where those numbers are, to be read past, or an empty list. Its
 * pages break mid-sentence, where a line of short items spaced apart (1.加强党建  2.强化考核) ends each.
 */
export function inlineChunkNumbers(text: string): Array<{ start: number; end: number }> {
  const first = CHUNK_NUMBER.exec(text);
  if (!first || first[1] !== '1') return [];
  const found = [{ start: 0, end: first[0].length }];
  let cut = 0;
  for (let n = 2; ; n++) {
    const at = text.indexOf(`  ${n}${first[2]}`, found[found.length - 1].end + MIN_CHUNK_CHARS);
    if (at < 0) break;
    let start = at;
    while (start > 0 && text[start - 1] === ' ') start--;
    if (!SENTENCE_END.test(text[start - 1])) cut++;
    found.push({ start, end: at + 2 + String(n).length + 1 });
  }
  return found.length >= 3 && cut * 2 >= found.length - 1 ? found : [];
}
/** Fewest characters of a sharing site's page. */
const MIN_CHUNK_CHARS = 60;

/**
 * A video's subtitle list, each line after its time (00:18第一，要充分肯定… / 00:24一年来，…): the times
 * read past, and a line that ends mid-sentence run on into the next, as the speech was said.
 */
function subtitleLines(blocks: PageBlock[], body: number[], joins: Map<number, Chunk>): Map<number, Chunk> {
  for (let k = 0; k < body.length; ) {
    let end = k;
    while (end < body.length && body[end] - body[k] === end - k && SUBTITLE_TIME.test(blocks[body[end]].text)) end++;
    if (end - k >= MIN_SUBTITLE_LINES) {
      for (let j = k; j < end; j++) {
        const text = blocks[body[j]].text;
        const drop = SUBTITLE_TIME.exec(text)![0].length;
        const prev = j > k ? blocks[body[j - 1]].text : '';
        joins.set(body[j], { drop, continues: j > k && !SENTENCE_END.test(prev.trimEnd()) && !CHUNK_OPENS_ITEM.test(text.slice(drop)) });
      }
    }
    k = Math.max(end, k + 1);
  }
  return joins;
}
const SUBTITLE_TIME = /^[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]?(?=[^\s\u3000\d])/;
const MIN_SUBTITLE_LINES = 5;

/** An item's marker in a cell of its own, its text in the next (一、 | 要在服务大局上…): the text runs on after it. */
function loneMarkers(blocks: PageBlock[], body: number[], joins: Map<number, Chunk>): Map<number, Chunk> {
  for (let k = 0; k + 1 < body.length; k++) {
    const next = blocks[body[k + 1]].text;
    if (LONE_MARKER.test(blocks[body[k]].text) && body[k + 1] === body[k] + 1 && !joins.has(body[k + 1]) && !LONE_MARKER.test(next) && next.trim()) joins.set(body[k + 1], { drop: 0, continues: true });
  }
  return joins;
}
const HAS_DIGIT = /\d/;
const LONE_MARKER = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]|[壹貳參肆伍陸柒捌玖拾]{1,2}、)[\s\u3000]*$/;


/** A sharing site's chunk number at a block's start (1、 2. 3．). */
const CHUNK_NUMBER = /^(\d{1,3})([、.．])/;
const CHUNK_OPENS_ITEM = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|PART[\s\u3000]*\d)/;

/** The paragraphs of an excerpt over the article that the article repeats, whole or cut short (…全区学会会员总数达到4100余人……). */
function excerptTwins(blocks: PageBlock[]): number[] {
  const twins: number[] = [];
  for (let i = 0; i < Math.min(blocks.length, EXCERPT_WINDOW); i++) {
    const text = blocks[i].text.trim();
    // (A paragraph of sentences, not a heading a page repeats.)
    if (text.length < EXCERPT_CHARS || blocks[i].heading || !SENTENCE_MARK.test(text)) continue;
    const cut = CUT_SHORT.test(text) ? text.replace(CUT_SHORT, '') : null;
    for (let j = i + 1; j < Math.min(blocks.length, i + EXCERPT_REACH); j++) {
      // (Its twin is shown: not a hidden phone copy of the article, which is no text of it.)
      if (blocks[j].boiler || blocks[j].outside) continue;
      const later = blocks[j].text.trim();
      if (cut === null ? later === text : later.length > cut.length && later.startsWith(cut)) {
        twins.push(i);
        break;
      }
    }
  }
  return twins;
}
const EXCERPT_WINDOW = 60;
const EXCERPT_REACH = 12;
/** How long a paragraph is before its twin counts: short lines (会议要求：) repeat by nature. */
const EXCERPT_CHARS = 30;
/** Where an excerpt is cut short: ……, ..., 。。。 */
const CUT_SHORT = /(?:…|\.{3}|。。。)+$/;
const SENTENCE_MARK = /[，,。；;]/;
/**
 * A summary over the article that the article restates (【摘要】…, 导读：…), or -1: its opening words
 * stand in the lead, or each of its figures stands again further down.
 */
function restatedSummary(blocks: PageBlock[]): number {
  const at = blocks.slice(0, SUMMARY_WINDOW).findIndex((b) => SUMMARY_LABEL.test(b.text));
  if (at < 0) return -1;
  const summary = blocks[at].text.replace(SUMMARY_LABEL, '').trim();
  const opening = summary.slice(0, SUMMARY_KEY);
  if (opening.length === SUMMARY_KEY && blocks.slice(at + 1, at + 1 + SUMMARY_REACH).some((b) => b.text.includes(opening))) return at;
  return figuresRepeated(summary.match(FIGURE) ?? [], blocks.slice(at + 1).map((b) => b.text)) ? at : -1;
}
/** Whether there are figures and each stands again in `later`'s text. */
function figuresRepeated(figures: string[], later: string[]): boolean {
  if (!figures.length) return false;
  const text = later.join('\n');
  return figures.every((figure) => text.includes(figure));
}
// (Or its label run into it, as a copy prints a styled label: 导读6月中旬，….)
const SUMMARY_LABEL = /^[\s\u3000]*(?:【(?:摘要|导读|導讀|内容提要|內容提要)】|(?:摘要|导读|導讀|内容摘要|內容摘要)[:：]|(?:导读|導讀)(?=\d))[\s\u3000]*/;
const SUMMARY_WINDOW = 40;
/** How many of a summary's first characters its lead repeats. */
const SUMMARY_KEY = 16;
const SUMMARY_REACH = 6;
/** A figure's digits, or its Chinese numerals (十二个), as a summary and its article both print them. */
const FIGURE = /\d[\d.,]*|[一二三四五六七八九十百千万两]{2,}(?=[个個名家项項人])/g;
/** The blocks [from, to) of a platform's AI summary near the page's head, or an empty span. */
function aiSummary(blocks: PageBlock[]): [number, number] {
  const from = blocks.slice(0, AI_SUMMARY_WINDOW).findIndex((b) => AI_SUMMARY_START.test(b.text.trim()));
  if (from < 0) return [0, 0];
  for (let i = from + 1; i < blocks.length && i <= from + AI_SUMMARY_LINES; i++) {
    if (!AI_SUMMARY_END.test(blocks[i].text)) continue;
    // (The notice may stand under the heading, the summary under it: AI总结 / 内容由AI生成，仅供参考 / 本文总结了….)
    return [from, Math.min(blocks.length, i === from + 1 ? i + 2 : i + 1)];
  }
  // (A heading that says it itself, 文档简介 AI生成, heads one paragraph, or all up to the preview: 以下为文档文本预览….)
  // (So does an uploader's blurb under 文档简介: 临洮县科协年度总结和明年计划，有需要的可以参考，共5页。)
  // (Not where the heading stands over the document's own chunks: 文档简介 / 1、宁津县科协2024年工作计划….)
  const brief = blocks[from + 1]?.text.trim() ?? '';
  if (UPLOADER_BRIEF.test(blocks[from].text.trim()) && brief.length <= BRIEF_CHARS && !CHUNK_NUMBER.test(brief)) return [from, from + 2];
  if (!SELF_LABELLED.test(blocks[from].text)) return [0, 0];
  for (let i = from + 1; i < blocks.length && i <= from + AI_SUMMARY_LINES; i++) if (PREVIEW_START.test(blocks[i].text)) return [from, i];
  // (Or its numbered points under it, AI总结内容由AI生成，仅供参考 / 1. … / 2. … / 3. …, the article after them;
  // or under its one sentence, short ones: AI视频总结 … / 视频为…的讲话 / 00:18 1. 去年开展….)
  let end = from + 1;
  const sentence = end < blocks.length && !SUMMARY_POINT.test(blocks[end].text) && SUMMARY_POINT.test(blocks[end + 1]?.text ?? '');
  if (sentence) end++;
  while (end < blocks.length && end <= from + AI_SUMMARY_LINES && SUMMARY_POINT.test(blocks[end].text) && !(sentence && blocks[end].text.length > SHORT_POINT_CHARS)) end++;
  return [from, Math.max(end, Math.min(blocks.length, from + 2))];
}
/** The spans [from, to) of a post's polls: short options, each over its share, then the count of votes. */
function polls(blocks: PageBlock[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!POLL_VOTES.test(blocks[i].text)) continue;
    let from = i;
    while (from >= 2 && POLL_SHARE.test(blocks[from - 1].text) && blocks[from - 2].text.trim().length <= POLL_OPTION_CHARS) from -= 2;
    if (i - from >= 4) found.push([from, i + 1]);
  }
  return found;
}
const POLL_VOTES = /^[\s\u3000]*[\d,]+[\s\u3000]*(?:票|votes?)[\s\u3000]*$/;
const POLL_SHARE = /^[\s\u3000]*\d{1,3}(?:\.\d)?%[\s\u3000]*$/;
const POLL_OPTION_CHARS = 20;
/** The blocks [from, to) of a sharing site's outline of the document near the page's head, or an empty span. */
function outlinePanel(blocks: PageBlock[]): [number, number] {
  const from = blocks.slice(0, AI_SUMMARY_WINDOW).findIndex((b) => OUTLINE_START.test(b.text));
  if (from < 0) return [0, 0];
  for (let i = from + 1; i < blocks.length && i <= from + AI_SUMMARY_LINES; i++) if (OUTLINE_END.test(blocks[i].text)) return [from, i + 1];
  // (Or none closes it: the section headings under 文档大纲 end where the page's widgets start.)
  let to = from + 1;
  while (to < blocks.length && to <= from + AI_SUMMARY_LINES && isSectionHeading(blocks[to].text)) to++;
  return to - from > OUTLINE_MIN_HEADINGS ? [from, to] : [0, 0];
}
const OUTLINE_MIN_HEADINGS = 2;
const OUTLINE_START = /^[\s\u3000]*(?:文档|文檔)?(?:大纲|大綱)[\s\u3000]*$/;
const OUTLINE_END = /^[\s\u3000]*(?:展开全部|展開全部)[\s\u3000]*$/;
const SHORT_POINT_CHARS = 60;
/** (A video's summary points keep their times: 00:18 1. ….) */
const SUMMARY_POINT = /^[\s\u3000]*(?:\d{1,2}:\d{2}[\s\u3000]*)?\d{1,2}[.、．]/;
const SELF_LABELLED = /AI生成/;
const UPLOADER_BRIEF = /^(?:文档简介|文檔簡介)$/;
const BRIEF_CHARS = 120;
const PREVIEW_START = /^[\s\u3000]*(?:以下为文档文本预览|以下為文檔文本預覽)/;
/** (And a sharing site's: 智能总结AI, AI 智能摘要 Beta, CSDN文库's 资源摘要信息 … 以上内容AI生成，仅供参考; a news app's AI划重点 · 全文约1200字 … 以上内容由腾讯混元大模型生成, AI总结内容由AI生成，仅供参考.) 
 * (And a meeting platform's minutes of a recording: 智能纪要 / AI 生成 · 内容仅供参考 / 会议摘要 / 待办事项 … 纪要是否有帮助？) */
const AI_SUMMARY_START = /^(?:AI[\s\u3000]*(?:视频|視頻)?(?:导读|導讀|摘要|总结|總結|速览|速覽|速读|速讀|智能摘要|划重点|劃重點)|智能总结(?:AI)?|智能總結(?:AI)?|(?:智能纪要|智能紀要)(?:转写|轉寫)?(?:章节|章節)?|资源摘要信息|資源摘要資訊|(?:文档简介|文檔簡介)(?:[\s\u3000]*AI生成)?)(?:[\s\u3000]*Beta|[\s\u3000]*[·・][^\n]{0,30}|[\s\u3000]*(?:内容)?由AI生成[，,]?仅供参考|[\s\u3000]*(?:內容)?由AI生成[，,]?僅供參考)?$/i;
const AI_SUMMARY_END = /(?:纪要|紀要)是否有(?:帮助|幫助)|以上内容为AI生成|以上內容為AI生成|由AI生成|以上内容AI生成|以上內容AI生成|以上内容由[^\n，,]{2,12}(?:大模型|AI)生成|以上內容由[^\n，,]{2,12}(?:大模型|AI)生成/;
const AI_SUMMARY_WINDOW = 40;
/** How far down a social page's profile may stand. */
const PROFILE_WINDOW = 12;
const AI_SUMMARY_LINES = 15;

/**
 * Decide the title, header lines and body of a page. `titleHint` is the page's <title> or
 * meta title (pinyin removed), which usually quotes the visible title next to the site name.
 */
export function layoutArticle(blocks: PageBlock[], titleHint = ''): ArticleLayout {
  // The title search asks about the first blocks several times; each answer runs the furniture patterns.
  const known: boolean[] = [];
  // (A platform's AI summary over a shared document, AI导读 … 以上内容为AI生成, is none of it.)
  const summary = aiSummary(blocks);
  for (let i = summary[0]; i < summary[1]; i++) known[i] = false;
  // (Nor is its outline of the document's headings: 大纲 / 一、… / （一）… / 展开全部.)
  const outline = outlinePanel(blocks);
  for (let i = outline[0]; i < outline[1]; i++) known[i] = false;
  // (Nor is an editor's summary the lead restates: 【摘要】7月1日，柯桥区召开… / 　　7月1日，柯桥区召开…，比上年增长16.7%。)
  const restating = restatedSummary(blocks);
  if (restating >= 0) known[restating] = false;
  // (Nor a visible excerpt the full text replaces on 阅读全文: its paragraphs stand again under it, the last cut short with ……)
  for (const i of excerptTwins(blocks)) known[i] = false;
  // (Nor is a social page's profile, its name over its followers: 屏東縣政府 / 5.1萬 位追蹤者 · 追蹤.)
  for (let i = 1; i < Math.min(blocks.length, PROFILE_WINDOW); i++) if (FOLLOWERS_LINE.test(blocks[i].text)) known[i - 1] = known[i] = false;
  // (Nor is a post's poll, its options over their shares and its count of votes: 夜間觀星 / 58% / … / 1,842 票.)
  for (const [from, to] of polls(blocks)) for (let i = from; i < to; i++) known[i] = false;
  const usable = (i: number) => (known[i] ??= !blocks[i].boiler && !blocks[i].outside && !isBoilerLine(blocks[i].text));
  const found = numberedHeading(blocks, usable, bulletinHeadline(blocks, usable, plainHeadlineStack(blocks, usable, headline(blocks, usable, findTitle(blocks, usable, titleHint)))));
  const { metaLine, paper, issue } = found;
  const [titleStart, title] = found.title === null ? [null, null] : withSubtitle(blocks, beforeSubtitle(titleSpan(blocks, found.title, usable, titleHint, found.paper !== null), found.subtitle));
  const header: number[] = [];
  let from = title === null ? 0 : title + 1;
  if (metaLine !== null && metaLine >= from) {
    for (let i = from; i <= metaLine; i++) if (usable(i) || isMetaLine(blocks[i].text)) header.push(i);
    from = metaLine + 1;
  }
  const body: number[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    // (Under a section's heading, 三、组织机构, a 主办单位：… line is the section's content.)
    // (Links to the next and related items end it all the same.) Nor does an organiser's line
    // that more numbered sections follow (二、组织机构 / 指导单位：… / 主办单位：… / 三、会议时间),
    // and so does a heading of related items (相關質詢答復), unless a numbered paragraph follows it:
    // a paper's section (相關文件 / 11. 相關文件一覽表…) or an attachment list (相關附件 / 1. ….pdf).
    const relatedList = (RELATED_HEADING.test(b.text) && !NUMBERED_ITEM.test(blocks[i + 1]?.text ?? '')) || OTHER_FILES_HEADING.test(b.text);
    if (
      body.length &&
      !b.outside &&
      (isFooterLine(b.text) || relatedList) &&
      // (A data table goes on past a footer's words in its cells: a website's annual form, ICP备案号 | 陕ICP备….)
      !(b.dataTable !== undefined && blocks[i + 1]?.dataTable === b.dataTable) &&
      (!isSectionHeading(blocks[body[body.length - 1]].text) || SIBLING_LINKS.test(b.text) || ATTACHED_FILE.test(blocks[body[body.length - 1]].text)) &&
      !(ORGANISER_LINE.test(b.text) && sectionFollows(blocks, i))
    ) {
      break;
    }
    // Metadata lines under the title, and the values of a disclosure table's labelled cells
    // (发文字号： | 绵科协发〔2024〕21号).
    const prev = blocks[i - 1]?.text ?? '';
    const labelled = header.includes(i - 1) && isFieldLabel(prev) && b.text.trim().length <= 60;
    if (!body.length && header.length < MAX_HEADER && (isMetaLine(b.text) || isMetaLabel(b.text) || labelled) && !b.outside) {
      header.push(i);
      continue;
    }
    // (Nor does the title's translation under it start the body: В Хэйхэ открылся… over 发布日期 Дата：….)
    if (!body.length && header.length < MAX_HEADER && NO_HAN.test(b.text) && b.text.trim() && isMetaLine(blocks[i + 1]?.text ?? '')) continue;
    if (b.line && isPrintedPageFurniture(blocks, i, title)) continue;
    // (A read-aloud button and its length, ▶ 收听本新闻 / 约4分钟, 听全文约26分钟AI朗读, are no text; nor are readers' underlines.)
    // (Nor is the collection a post is filed in, #领导讲话 16个 上一篇 · 下一篇.)
    if (READ_ALOUD.test(b.text) || (READ_ALOUD.test(prev) && LISTENING_TIME.test(b.text)) || UNDERLINED_BY.test(b.text) || ALBUM_TAG.test(b.text)) continue;
    // (A marker's own cell makes the next one its text, whatever it says: 一、 | 主辦單位：屏東縣琉球鄉公所; not a
    // sharing site's page number, 6、 / （共6页，已显示全部内容）.)
    const markerBefore = body[body.length - 1] === i - 1 && LONE_MARKER.test(prev) && !HAS_DIGIT.test(prev);
    if (usable(i) || (markerBefore && !b.boiler && !b.outside && b.text.trim())) body.push(i);
  }
  // A disclosure table printed above the title (索引号： | … | 发布日期： | 2023-05-06) is header too.
  const first = body.length ? body[0] : blocks.length;
  for (let i = 0; i + 1 < first && i < (titleStart ?? 0); i++) {
    // (Or a Taiwan release's header table, its labels without colons: 發布日期 | 114/08/05 17:30.)
    if (!isFieldLabel(blocks[i].text) || blocks[i + 1].text.trim().length > 60) continue;
    header.push(i);
    // (A bilingual table glosses its label in a cell of its own: 發佈日期 | Data de publicação | 2026年9月8日 16:45.)
    if (i + 2 < first && LABEL_GLOSS_CELL.test(blocks[i + 1].text) && blocks[i + 2].text.trim().length <= 60) header.push(++i);
    // (A label with no value, 文　　号：, stands before the next label.)
    if (isFieldLabel(blocks[i + 1].text)) continue;
    header.push(i + 1);
    i++;
  }
  // ...and so is one printed under the article, past its container (…（此件主动公开） / 索 引 号： | … |
  // 名　　称： | … | 发文字号： | 麻政办函〔2030〕47号).
  const last = body.length ? body[body.length - 1] : blocks.length;
  let below = last + 1;
  while (below < Math.min(blocks.length, last + 1 + TABLE_BELOW_GAP) && !DISCLOSURE_START.test(blocks[below].text)) below++;
  if (below < blocks.length && DISCLOSURE_START.test(blocks[below].text)) {
    for (let i = below; i < blocks.length && isFieldLabel(blocks[i].text); i++) {
      header.push(i);
      if (i + 1 < blocks.length && !isFieldLabel(blocks[i + 1].text) && blocks[i + 1].text.trim().length <= TABLE_BELOW_VALUE) header.push(++i);
    }
  }
  // ...and so are a disclosure table's lines just above the title (索 引 号：… / 发布机构：…　成文日期：…).
  if (titleStart !== null) {
    let top = titleStart;
    while (top > 0 && isDisclosureLine(blocks[top - 1].text)) top--;
    if (top < titleStart && DISCLOSURE_START.test(blocks[top].text)) for (let i = top; i < titleStart; i++) header.push(i);
  }
  // ...and so are a news site's time and source printed over its headline, none under it
  // (2026 05/31 09:16:42 / 来源：新华社 / <h1>…).
  if (!header.length && titleStart !== null) {
    let top = titleStart;
    while (top > 0 && titleStart - top < 3 && (SOURCE_ONLY.test(blocks[top - 1].text) || DATE_TIME_ONLY.test(blocks[top - 1].text))) top--;
    for (let i = top; i < titleStart; i++) header.push(i);
  }
  // ...and so are a circular's number, date and distribution note above its subject (subjectBelow).
  if (metaLine !== null && titleStart !== null && metaLine < titleStart && metaLine > 0 && isDocNumberLine(blocks[metaLine - 1].text)) {
    for (let i = metaLine - 1; i < titleStart; i++) if (usable(i) || isMetaLine(blocks[i].text)) header.push(i);
  } else if (metaLine !== null && titleStart !== null && metaLine < titleStart && (metaLine === titleStart - 1 || PAPER_PAGE_LABEL.test(blocks[titleStart - 1].text) || blocks.slice(metaLine, titleStart).some((b) => ADDRESSEE_LINE.test(b.text) || GREETING_LINE.test(b.text)) || isReleaseLetterhead(blocks[metaLine - 1]?.text ?? '') || RELEASE_LABEL.test(blocks[metaLine - 1]?.text.trim() ?? ''))) {
    // ...and a letter's date and addressee above its subject (letterSubject), a release letterhead's date
    // and contact above its title (its 新聞稿 on a line of its own too: 勞動部 / 新聞稿 / 發布日期：… / 發稿單位：…),
    // a release's date right over it (titleUnderDate), a paper's edition's date over its page's label.
    for (let i = metaLine; i < titleStart; i++) if (usable(i) || isMetaLine(blocks[i].text)) header.push(i);
  }
  header.sort((a, b) => a - b);
  // A PDF's printed lines pasted one per paragraph (no pdf2htmlEX class to tell them) run on too.
  const lineWidth = hardWrapWidth(blocks, body);
  const article = withoutRestatedSubtitle(blocks, withoutTwin(blocks, withoutContents(blocks, lineWidth ? body.filter((i) => !isPrintedPageFurniture(blocks, i, title, true)) : body)), title);
  const chunks = printedLines(blocks, article, loneMarkers(blocks, article, subtitleLines(blocks, article, pageChunks(blocks, article))), lineWidth);
  return { title, titleStart, header: [...new Set(header)], body: article, chunks, paper, issue };
}

/**
 * The body without the subtitle heading right under the title when the text restates its figures
 * (本市114年產業創新活動調查結果 / 近4成企業有創新活動 較110年增加2.3個百分點 / …已近4成，較110年調查增加2.3個百分點):
 * a headline's figures count once, from the body.
 */
function withoutRestatedSubtitle(blocks: PageBlock[], body: number[], title: number | null): number[] {
  const first = body[0];
  if (first === undefined || title === null || first !== title + 1) return body;
  const text = blocks[first].text.trim();
  // (Or a printed line of no sentence under it: 結合工研院中分院能量　3年投入1.2億元.)
  if (!blocks[first].heading && !(blocks[first].line && !SENTENCE_MARK.test(text))) return body;
  // (Not a speech's occasion under its title, its date the page's clue: ——2026年3月3日在…全委会上.)
  if (text.length > RESTATED_SUBTITLE_CHARS || NUMBERED_ITEM.test(text) || DASH_SUBTITLE.test(text) || DAY_IN_TEXT.test(text)) return body;
  const figures = (text.match(FIGURE) ?? []).filter((figure) => !YEAR_DIGITS.test(figure));
  return figuresRepeated(figures, body.slice(1, 1 + SUMMARY_REACH).map((i) => blocks[i].text)) ? body.slice(1) : body;
}
const RESTATED_SUBTITLE_CHARS = 40;
const YEAR_DIGITS = /^(?:19|20)\d{2}$/;
const DAY_IN_TEXT = /\d{1,2}月\d{1,2}日/;

/**
 * The body read once where a site serves it twice, one copy for desktops and one for phones (the
 * other hidden by its style sheet): a run of paragraphs that repeats the body's own opening run,
 * paragraph for paragraph, is that copy.
 */
function withoutTwin(blocks: PageBlock[], body: number[]): number[] {
  if (body.length < 2 * TWIN_PARAGRAPHS) return body;
  const text = (k: number) => blocks[body[k]].text.trim();
  const first = text(0);
  if (first.length < TWIN_OPENING_CHARS) return body;
  // (Comparisons are capped, so a page of one paragraph said over and over stays linear.)
  let budget = TWIN_COMPARISONS;
  for (let j = TWIN_PARAGRAPHS; j + TWIN_PARAGRAPHS <= body.length && budget > 0; j++) {
    if (text(j) !== first) continue;
    let n = 1;
    while (n < j && j + n < body.length && budget-- > 0 && text(j + n) === text(n)) n++;
    // (The copy repeats the whole first one, or nearly: a widget may stand between them.)
    if (n >= TWIN_PARAGRAPHS && n >= j * TWIN_SHARE) return [...body.slice(0, j), ...body.slice(j + n)];
  }
  return body;
}
/** How many paragraphs a twin copy repeats at least, how long its first is, and how much of the first copy it repeats. */
const TWIN_PARAGRAPHS = 3;
const TWIN_OPENING_CHARS = 20;
const TWIN_SHARE = 0.8;
const TWIN_COMPARISONS = 20_000;

/**
 * The body without a contents list (目　录 / 本期目录 / 【本期要目】 and its entries): it names the
 * document's own headings, no items and no figures (a bulletin's 3家企业入选 counts where its section
 * says it). The list ends where its first entry comes again as the heading it names, numbered
 * (1．我县召开… → 一、我县召开…) or bulleted (●…) or not; without that, nothing is taken out.
 */
function withoutContents(blocks: PageBlock[], body: number[]): number[] {
  const head = body.findIndex((i) => CONTENTS_HEADING.test(blocks[i].text));
  if (head < 0 || head + 2 >= body.length) return body;
  const first = contentsKey(blocks[body[head + 1]].text);
  if (!first) return body;
  for (let k = head + 2; k < body.length && k <= head + CONTENTS_LINES; k++) {
    if (contentsKey(blocks[body[k]].text) === first) return [...body.slice(0, head), ...body.slice(k)];
  }
  return body;
}
const CONTENTS_HEADING = /^[\s\u3000]*(?:[【\[][\s\u3000]*)?(?:本期)?(?:目[\s\u3000]*[录錄]|要[\s\u3000]*目|[导導][\s\u3000]*[读讀])[\s\u3000]*(?:[】\]][\s\u3000]*)?$/;
/** How many entries a document's contents may list. */
const CONTENTS_LINES = 40;
/**
 * An entry or heading without its number or bullet, or its dot leaders and page number: 1．我县召开…,
 * 一、我县召开…………1 and 一、我县召开… name one part.
 */
function contentsKey(text: string): string {
  const entry = text.replace(CONTENTS_MARK, '').trim();
  // (From the end, one pass: the page number, then the leaders.)
  let end = entry.length;
  while (end > 0 && end > entry.length - 3 && isAsciiDigit(entry.charCodeAt(end - 1))) end--;
  let leaders = end;
  while (leaders > 0 && DOT_LEADERS.includes(entry[leaders - 1])) leaders--;
  return end - leaders >= 2 ? entry.slice(0, leaders).trim() : entry;
}
const DOT_LEADERS = '…．.·・ \u3000';
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const CONTENTS_MARK = /^[\s\u3000]*(?:(?:[●•◆■★▲◎☆○◇□·①-⑳]|[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）])[\s\u3000]*)?/;

const READ_ALOUD = /^[\s\u3000]*(?:[▶►][\s\u3000]*)?(?:(?:收听|收聽|聆听|聆聽|朗读|朗讀)(?:本|此|全)?(?:新闻|新聞|文章|文)?|(?:听全文|聽全文)(?:(?:约|約)?\d{1,3}(?:分钟|分鐘))?(?:AI朗读|AI朗讀)?)[\s\u3000]*$/;
/** How many readers underlined the paragraph above (WeChat: 27人划线). */
const UNDERLINED_BY = /^[\s\u3000]*\d+[\s\u3000]*人(?:划线|劃線)[\s\u3000]*$/;
/** A WeChat collection's tag and its size, with its links to the posts beside this one. */
const ALBUM_TAG = /^[\s\u3000]*#[^\s\u3000#]{1,20}[\s\u3000]*\d+[\s\u3000]*[个個](?:[\s\u3000]*(?:上一篇|下一篇)[\s\u3000]*[·・]?)*[\s\u3000]*$/;
const LISTENING_TIME = /^[\s\u3000]*(?:(?:约|約)[\s\u3000]*)?\d{1,2}[\s\u3000]*(?:分钟|分鐘)(?:\d{1,2}秒)?[\s\u3000]*$/;

const BUDGET_REPLY = /^[\s\u3000]*(?:管制人員的答覆|管制人员的答复)[\s\u3000]*$/;

/** A source line alone: 来源：新华社. */
const SOURCE_ONLY = /^[\s\u3000]*(?:来源|來源|信息来源|文章来源|稿件来源)[:：][\s\u3000]*[^\s\u3000]{2,20}[\s\u3000]*$/;
/** A date and time alone, however its spans split it: 2026 05/31 09:16:42. */
const DATE_TIME_ONLY = /^[\s\u3000]*(?:19|20)\d{2}\s*[-/.年]?\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$/;

/** Display width: a Han or full-width character takes two columns, ASCII one. */
function displayWidth(text: string, cap = Infinity): number {
  // (Every character is a column at least: a long paragraph is past the cap unread.)
  if (text.length > cap) return text.length;
  let w = 0;
  for (let i = 0; i < text.length && w <= cap; i++) w += text.charCodeAt(i) < 0x2000 ? 1 : 2;
  return w;
}

/** Most columns a printed line of a PDF holds (A4, 16pt: about 28 characters). */
const MAX_PRINTED_WIDTH = 120;
const MIN_PRINTED_WIDTH = 40;
/** Past this, a line is wider than any printed line (counting further changes nothing: a long page's paragraphs). */
const PRINTED_WIDTH_CAP = Math.ceil(MAX_PRINTED_WIDTH * 1.1) + 1;
/** Full lines a page needs, and the share of them that end mid-sentence, to be read as printed lines. */
const MIN_FULL_LINES = 8;
const MID_SENTENCE_SHARE = 0.7;

/**
 * Printed lines (a PDF's pasted one per paragraph, a <pre> typed line by line; each trimmed): the width
 * of a full line and each line's width, where they are about as wide as the next and most end
 * mid-sentence, else null.
 */
function printedLineWidths(lines: string[]): { full: number; widths: number[] } | null {
  if (lines.length < MIN_FULL_LINES) return null;
  const widths = lines.map((line) => displayWidth(line, PRINTED_WIDTH_CAP));
  const full = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.8)];
  if (full > MAX_PRINTED_WIDTH || full < MIN_PRINTED_WIDTH) return null;
  let count = 0;
  let open = 0;
  lines.forEach((line, k) => {
    if (!isFullWidth(widths[k], full)) return;
    count++;
    if (!SENTENCE_END.test(line)) open++;
  });
  return count >= MIN_FULL_LINES && open >= count * MID_SENTENCE_SHARE ? { full, widths } : null;
}
const isFullWidth = (width: number, full: number) => width >= full * 0.85 && width <= full * 1.1;

/**
 * The width of a full printed line where the body is a PDF's text pasted line by line (one <p>
 * per printed line), else 0.
 */
function hardWrapWidth(blocks: PageBlock[], body: number[]): number {
  if (body.some((i) => blocks[i].line)) return 0;
  // (A table's cells, names and units, are no printed lines.)
  const prose = body.filter((i) => !blocks[i].cell);
  return printedLineWidths(prose.map((i) => blocks[i].text.trim()))?.full ?? 0;
}

/**
 * Where a block's lines were wrapped by hand (a <pre> of a document typed line by line): the offsets
 * of the line breaks inside its sentences, which the text reads past (一是深入茶 / 叶产区培训茶农…), as
 * printedLines joins blocks.
 */
export function wrappedLineBreaks(text: string): number[] {
  const lines = text.split('\n');
  const trimmed = lines.map((line) => line.trim());
  const printed = printedLineWidths(trimmed);
  if (!printed) return [];
  const breaks: number[] = [];
  let at = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    at += lines[k].length;
    const full = isFullWidth(printed.widths[k], printed.full) && !SENTENCE_END.test(trimmed[k]);
    if (full && !isSectionHeading(lines[k]) && trimmed[k + 1] && !INDENTED.test(lines[k + 1])) breaks.push(at);
    at += 1;
  }
  return breaks;
}

/** A PDF page's number (— 1 —, - 2 -, 第 3 页), or the running header printed under it. */
function isPrintedPageFurniture(blocks: PageBlock[], i: number, title: number | null, pasted = false): boolean {
  if (PRINTED_PAGE_NUMBER.test(blocks[i].text)) return true;
  // (都昌县科协2024年工作总结和2025年工作计划, the title's words again after a page number.)
  const before = blocks[i - 1];
  // (The page's first block has none before it.)
  if (!before || !(before.line || pasted) || !PRINTED_PAGE_NUMBER.test(before.text) || title === null) return false;
  const heading = blocks[title].text.trim();
  const tail = heading.slice(-8);
  // (Or its first words: 益阳市科协2025年上半年工作总结 over a title that goes on 和下半年工作打算.)
  const line = blocks[i].text.trim();
  return (tail.length === 8 && line.includes(tail)) || (line.length <= 40 && sharedStart(line, heading) >= 10);
}
const PRINTED_PAGE_NUMBER = /^[\s\u3000]*(?:[—–-]+[\s\u3000]*\d{1,3}[\s\u3000]*[—–-]+|第[\s\u3000]*\d{1,3}[\s\u3000]*[页頁](?:[\s\u3000]*[/／共][\s\u3000]*\d{1,3}[\s\u3000]*[页頁]?)?)[\s\u3000]*$/;

/**
 * The printed lines of a PDF rendering run on into paragraphs: a line that does not end a
 * sentence goes on in the next, unless that one opens an item (（二）, 三、).
 */
function printedLines(blocks: PageBlock[], body: number[], joins: Map<number, Chunk>, lineWidth: number): Map<number, Chunk> {
  for (let k = 1; k < body.length; k++) {
    const prev = blocks[body[k - 1]];
    const cur = blocks[body[k]];
    if (joins.has(body[k]) || SENTENCE_END.test(prev.text.trimEnd()) || isSectionHeading(prev.text)) continue;
    // (A line may open on the source's own line break, a pdf.js text layer's <br> then a newline: dropped where it runs on.)
    const breaks = LEADING_BREAKS.exec(cur.text)![0].length;
    if (prev.line && cur.line) {
      // (A cover's lines are no paragraph: 第4次定期會鄉長施政報告 / 報告人：鄉長　○　○　○ / 中華民國114年11月25日.)
      if (!NUMBERED_ITEM.test(cur.text) && !COVER_FIELD.test(cur.text) && !DATE_ONLY_LINE.test(cur.text) && !DATE_ONLY_LINE.test(prev.text)) joins.set(body[k], { drop: 0, continues: true });
    } else if (cur.afterBreak && !cur.cell && !prev.cell && SENTENCE_TAIL.test(cur.text) && WRAPPED_BEFORE.test(prev.text)) {
      // (A sentence's last words after a <br> that cut it, a page too short to tell its printed width:
      // …學生達3,250 / 人。, …約1萬2 / 千人次。)
      joins.set(body[k], { drop: breaks, continues: true });
    } else if (lineWidth) {
      // (Pasted lines: a full line goes on in the next unless that one is indented, as a
      // paragraph opens; 2.3万余名… at a line's start is no item. So does the last line of a page.)
      const full = displayWidth(prev.text.trim()) >= lineWidth * 0.85 || body[k] - body[k - 1] > 1;
      // (Nor does it where the next opens an item, a list of names as long as the lines: 1.谭志坚（…）——皇图岭镇 / 2.刘玉兰….)
      if (full && !INDENTED.test(cur.text.slice(breaks)) && !NUMBERED_ITEM.test(cur.text.slice(breaks))) joins.set(body[k], { drop: breaks, continues: true });
    }
  }
  return joins;
}
const INDENTED = /^(?:\u3000|[ \u00a0]{2})/;
const COVER_FIELD = /^[\s\u3000]*(?:報告人|报告人|講者|讲者|主講人|主讲人|發言人|发言人)[:：]/;
/** A day in brackets alone on its line, a speech's under its title: （2026年1月14日）. */
const BRACKETED_DATE_LINE = /^[\s\u3000]*[（(][\s\u3000]*(?:19|20)\d{2}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日[\s\u3000]*[)）][\s\u3000]*$/;
const DATE_ONLY_LINE = /^[\s\u3000]*(?:中華民國|中华民国)?[\d〇○零一二三四五六七八九十]{2,4}[\s\u3000]*年[\s\u3000]*[\d一二三四五六七八九十]{1,2}[\s\u3000]*月[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*日[\s\u3000]*$/;
const LEADING_BREAKS = /^[\r\n]*/;
/** A line that only ends a sentence: a few words, then its stop. */
const SENTENCE_TAIL = /^[\r\n]*[\u4e00-\u9fff]{1,6}[。；]$/;
/** A line cut inside a sentence: it ends on no stop, comma or closing mark. */
const WRAPPED_BEFORE = /[^\s\u3000。！？；：:，,、）)」”》]$/;

/** A title's lines, none of them a plain-line release's subtitle (its <br> after the headline's). */
function beforeSubtitle([first, last]: [number, number], subtitle: number | undefined): [number, number] {
  return subtitle !== undefined && subtitle > first && last >= subtitle ? [first, subtitle - 1] : [first, last];
}

/**
 * The title with the subtitle its heading prints after a <br> and a dash (凝聚创新力量 建功科技强市<br>——在…代表大会上的讲话,
 * …虎尾登場<br>—臺南區農改場：…); not a delivery line that opens on its date (——2030年1月6日在…上).
 */
function withSubtitle(blocks: PageBlock[], [first, last]: [number, number]): [number, number] {
  const sub = blocks[last + 1];
  const subtitle = sub !== undefined && blocks[last].heading && sub.heading && sub.afterBreak && DASH_SUBTITLE.test(sub.text) && !DATED_SUBTITLE.test(sub.text);
  // (A speech's occasion, ——在…会议上的讲话, joins it from a block of its own too, as a print view sets it.)
  const occasion = sub !== undefined && blocks[last].heading && !sub.boiler && SPEECH_OCCASION.test(sub.text);
  return subtitle || occasion ? [first, last + 1] : [first, last];
}
const SPEECH_OCCASION = /^[\s\u3000]*(?:——|—|──)[\s\u3000]*在[^\n]{2,60}?(?:上的|上)(?:讲话|講話|致辞|致辭|发言|發言|报告|報告)[\s\u3000]*$/;
const DATED_SUBTITLE = /^[\s\u3000]*(?:——|—|──)[\s\u3000]*(?:(?:19|20)\d{2}|[〇○零一二]{4})\s*年/;

/** A line that opens a book title's brackets and does not close them; the short line that does, and ends the heading. */
const OPEN_BOOK_TITLE = /《[^》]*$/;
const CLOSING_BOOK_TITLE = /^[^《》]{1,30}》[^《》。，]{0,12}$/;

/** A line opening on what a document is about, its issuer before it or not: 关于…, 青海省科学技术厅关于…. */
const ISSUES_LINE = /^[\s\u3000]*[\u4e00-\u9fff]{0,30}?(?:关于|關於)/;
const ISSUED_KIND_END = /(?:通知|通報|通报|意见|意見|决定|決定|办法|辦法|方案|公告|通告|批复|批覆|报告|報告|请示|請示|答复|答覆|答復)$/;
/** How long the rest of a cut heading may be. */
const CUT_TITLE_TAIL = 30;
/** What a cover's title reports on, its second line: 科學教育推動成果報告. */
const COVER_KIND_END = /(?:報告|报告|總結|总结|計畫|计划|計劃|方案|要點|要点)$/;
/** A speech's heading's first line, its speaker: 澳門人工智能學會理事長黃志聰. */
const SPEAKER_HEAD = /^[\u4e00-\u9fff]{2,30}(?:長|长|主席|書記|书记|主任)[\u4e00-\u9fff]{2,4}$/;
/** Its second line, the occasion: 在2026年新春酒會上的致辭. */
const OCCASION_LINE = /^在[^\n]{2,40}(?:講話|讲话|致辭|致辞|致詞|發言|发言)$/;

const DIGITS = /\d/g;
const EDITION_ONLY = /^(?:(?:19|20)\d{2}年)?(?:版|年版|第[一二三四五六七八九十\d]{1,3}版|(?:19|20)\d{2}(?:年版|版))$/;
/** The kind a heading's last line may be alone: 调查结果公报, 工作报告, 实施方案. */
const TITLE_KIND_END = /(?:公报|公報|报告|報告|通知|通告|公告|方案|意见|意見|办法|辦法|总结|總結|计划|計劃|計畫|要点|要點)$/;
/** How long a project's name may run on a heading's first line. */
const PROJECT_LINE_CHARS = 40;
const BOOK_TITLE_ONLY = /^《[^《》]{2,60}》$/;
const READING_KIND = /^(?:政策)?(?:问答|問答|解读|解讀|答记者问|答記者問)$/;
const SESSION_OPENING = /^第[一二三四五六七八九十\d]{1,3}次/;
const COMMITTEE_END = /(?:委员会|委員會)$/;
/** Two phrases of four to eight characters, a space between: 同心聚力 砥砺奋进. */
const SLOGAN_PAIR = /^[\u4e00-\u9fff]{4,8}[\s\u3000]+[\u4e00-\u9fff]{4,8}$/;
const CLAUSE_PUNCTUATION = /[。，；;,:：]/;
/** What a printed title may leave alone on its last line: the kind of text it is. */
const TITLE_KIND_TAIL = /^(?:上的)?(?:讲话|講話|致辞|致辭|发言|發言|报告|報告|通知|通告|公告|方案|意见|意見|办法|辦法|总结|總結|计划|計劃|要点|要點)$/;
/** How many more lines a printed cover's title may take. */
const COVER_TITLE_LINES = 3;

/** A headline's first line, cut by a <br>: short, no sentence, no metadata. */
function brokenHeadLine(text: string): boolean {
  const line = text.trim();
  return line.length >= 6 && line.length <= 40 && isTitleLike(line) && !isMetaLine(line) && !/[，。；：,;:！？]/.test(line);
}

/**
 * The blocks of a title that a <br> breaks over several lines of one heading (中共…党组<br>关于印发…的通知):
 * neighbouring headings that the <title>/<meta> title quotes joined with it.
 */
function titleSpan(blocks: PageBlock[], title: number, usable: (i: number) => boolean, hint: string, paper = false): [number, number] {
  const quoted = hint.replace(/\s+/g, '');
  const line = (i: number) => blocks[i].text.replace(/\s+/g, '');
  const joins = (i: number) => blocks[i]?.heading === true && usable(i);
  // (A publication's edition under its name is no title of its own: 香港創新活動統計 / 2025年版.)
  if (EDITION_ONLY.test(line(title)) && title > 0 && usable(title - 1) && isTitleLike(blocks[title - 1].text)) return titleSpan(blocks, title - 1, usable, hint, paper);
  let first = title;
  let last = title;
  // A PDF's heading printed over two lines, the issuer's name over what it issues.
  // (And a text layer's heading, its lines parted by <br>s: 吴忠市科学技术协会 / 2029年工作总结.)
  const lineBroken = (blocks[title].line && blocks[title - 1]?.line) || (blocks[title].afterBreak && YEAR_OPENING.test(blocks[title].text));
  // (Not a council paper's panel over its subject: 立法會資訊科技及廣播事務委員會 / 香港微電子研發院的工作進展.)
  // (Not a Macau notice's serial under its issuer: 澳門特別行政區科學技術發展基金 / 第 3/FDCT/2026 號批示.)
  // (Nor a letter's letterhead under its file reference: 檔號：LCS SM 31/7/2 (27) / 康樂及文化事務署 / 香港科學館演講廳租用收費及條款.)
  if (lineBroken && !paper && title > 0 && usable(title - 1) && ORG_NAME_ONLY.test(blocks[title - 1].text.trim()) && !SERIAL_KIND_LINE.test(blocks[title].text) && !FILE_REFERENCE.test(blocks[title - 2]?.text ?? '')) first--;
  // (Or a programme's name over its year's results, the element's first line: 科學技術發展基金「科普進社區」計劃<br>2026年上半年成效理想.)
  else if (blocks[title].afterBreak && YEAR_NOT_DAY_OPENING.test(blocks[title].text) && !paper && title > 0 && !blocks[title - 1].afterBreak && usable(title - 1) && brokenHeadLine(blocks[title - 1].text)) first--;
  // (Or joint issuers' names on one line: 贵州省科学技术协会　贵州省财政厅 / 关于开展…的通知.)
  // (Or, in a text copy, over what they issue: 关于开展…的通知.)
  else if (title + 1 < blocks.length && issuersOnly(blocks[title].text) && usable(title + 1) && ((blocks[title].line && blocks[title + 1].line && isTitleLike(blocks[title + 1].text)) || (ISSUED_LINE.test(blocks[title + 1].text) && ISSUED_KIND_END.test(blocks[title + 1].text.trim())))) last++;
  // (Or a Word document's, the issuer's name a paragraph over what it issues, its number under them: 福建省闽江口海洋生态研究所 /
  // 关于开展…申报的通知 / 闽海生所科〔2026〕4号; or a heading's two lines parted by a <br>: 潍坊市科学技术局<br>关于认定…的决定.)
  else if (title + 1 < blocks.length && (ORG_NAME_ONLY.test(blocks[title].text.trim()) || INSTITUTE_NAME.test(blocks[title].text.trim())) && usable(title + 1) && ISSUED_LINE.test(blocks[title + 1].text) && ISSUED_KIND_END.test(blocks[title + 1].text.trim()) && (isDocNumberLine(blocks[title + 2]?.text ?? '') || (blocks[title + 1].afterBreak && blocks[title + 1].heading && blocks[title].heading))) last++;
  // (So is a document's heading under its number, as a text copy of it lines it: 鄱科字〔2025〕23号 /
  // 鄱阳县科学技术局 / 关于下达…的通知.)
  if (first === title && title >= 2 && ISSUED_LINE.test(blocks[title].text) && usable(title - 1) && ORG_NAME_ONLY.test(blocks[title - 1].text.trim()) && isDocNumberLine(blocks[title - 2].text)) first--;
  // (Or a bulletin's masthead over its issue: 衢江科协工作简报 / 2026年第4期.)
  if (last === title && title + 1 < blocks.length && BULLETIN_NAME.test(blocks[title].text.trim()) && usable(title + 1) && BULLETIN_ISSUE.test(blocks[title + 1].text.trim())) last++;
  // (Or a heading cut inside the brackets of what it issues: …印发《忻州市2030年 / 全国科普日活动实施方案》的通知.)
  if (last === title && title + 1 < blocks.length && OPEN_BOOK_TITLE.test(blocks[title].text) && usable(title + 1) && CLOSING_BOOK_TITLE.test(blocks[title + 1].text.trim())) last++;
  // (Or a 关于… heading a reader's printed lines cut before what it issues: 关于做好…行动计划 / 项目申报工作的通知.)
  const second = blocks[title + 1];
  const tail = second?.text.trim() ?? '';
  // (Its issuer may open it: 青海省科学技术厅关于做好2026年 / 科技特派员选派工作的通知.)
  if (last === title && second && ISSUES_LINE.test(blocks[title].text) && !ISSUED_KIND_END.test(blocks[title].text.trim()) && usable(title + 1) && tail.length <= CUT_TITLE_TAIL && ISSUED_KIND_END.test(tail)) last++;
  // (Or a printed cover's title over two lines, its speaker or date under them: 苗栗縣三義鄉第22屆鄉民代表會 /
  // 第4次定期會鄉長施政報告 / 報告人：….)
  // (Or its speaker's post and name: 2026臺灣國際科學展覽會頒獎典禮致詞稿 / 館長　陳志明.)
  // (Its issuers' line over the date is no part of it: …統計公報 / 武义县统计局　武义县科学技术局 / 2026年9月27日.)
  const coverEnd = (i: number) => COVER_FIELD.test(blocks[i]?.text ?? '') || DATE_ONLY_LINE.test(blocks[i]?.text ?? '') || SPEAKER_LINE.test(blocks[i]?.text ?? '');
  let cover = title;
  while (cover - title < COVER_TITLE_LINES && blocks[cover + 1]?.line && usable(cover + 1) && !coverEnd(cover + 1) && !issuersOnly(blocks[cover + 1].text) && blocks[cover + 1].text.trim().length <= CUT_TITLE_TAIL && isTitleLike(blocks[cover + 1].text)) cover++;
  if (last === title && blocks[title].line && cover > title && coverEnd(cover + 1)) last = cover;
  // (Or a printed heading's last words wrapped to a line of their own: 在全区中小学科学教育工作会议 / 上的讲话,
  // 二○二五年環境表現 / 報告.)
  if (blocks[last].line && blocks[last + 1]?.line && usable(last + 1) && TITLE_KIND_TAIL.test(blocks[last + 1].text.trim()) && !SENTENCE_END.test(blocks[last].text.trim())) last++;
  // (Or a heading the <title> gives whole, last year's maybe, its kind on a line of its own: 2025年随州市公民科学素质 /
  // 调查结果公报 under <title>2024年随州市公民科学素质调查结果公报.)
  if (last === title && title + 1 < blocks.length && usable(title + 1) && line(title + 1).length <= CUT_TITLE_TAIL && TITLE_KIND_END.test(line(title + 1)) && quoted.endsWith(line(title + 1)) && quoted.replace(DIGITS, '').includes(line(title).replace(DIGITS, ''))) last++;
  // (Or a policy's name in book-title brackets over the reading of it: 《…管理办法》 / 政策问答.)
  if (first === title && last === title && title + 1 < blocks.length && usable(title + 1) && BOOK_TITLE_ONLY.test(line(title)) && READING_KIND.test(line(title + 1))) last++;
  // (Or a committee's name over its session's report: 德清县科学技术协会第十届委员会 / 第四次全体会议书面工作报告.)
  if (first === title && last === title && title > 0 && usable(title - 1) && SESSION_OPENING.test(line(title)) && COMMITTEE_END.test(line(title - 1)) && line(title - 1).length <= PROJECT_LINE_CHARS) first--;
  // (Or a slogan's two phrases over the rest of a heading its <br> breaks: 同心聚力 砥砺奋进<br>奋力开创…新局面; not a kicker over a
  // headline and its subtitle, three lines of one heading: 同根同源共追夢　科技交流促融合<br>市科協舉辦…<br>86名臺灣青年….)
  const subtitleUnder = blocks[title + 1]?.afterBreak === true && blocks[title + 1].heading === blocks[title].heading;
  if (first === title && last === title && title > 0 && blocks[title].afterBreak && !blocks[title - 1].afterBreak && !subtitleUnder && usable(title - 1) && SLOGAN_PAIR.test(blocks[title - 1].text.trim())) first--;
  // (Or a procurement's project name over what it announces: …活动组织服务项目 / 终止公告, 115年度「宇宙探索展示區」 /
  // 互動展品更新採購案決標公告, 公告本館「…科學展覽會 / 會場布置及展板製作」勞務採購案決標結果.)
  const procurementTail = (i: number) => line(i).length <= CUT_TITLE_TAIL && PROCUREMENT_KIND_END.test(line(i));
  const projectLine = (i: number) => usable(i) && line(i).length <= PROJECT_LINE_CHARS && !CLAUSE_PUNCTUATION.test(line(i)) && !isMetaLine(blocks[i].text);
  if (first === title && last === title && title > 0 && procurementTail(title) && projectLine(title - 1) && !PROCUREMENT_KIND_END.test(line(title - 1))) first--;
  else if (first === title && last === title && title + 1 < blocks.length && usable(title + 1) && procurementTail(title + 1) && projectLine(title) && !PROCUREMENT_KIND_END.test(line(title))) last++;
  // (Or a cover's title cut after its year, what it reports on the next line: 苗栗縣114學年度 / 科學教育推動成果報告.)
  if (last === title && title + 1 < blocks.length && (blocks[title].line || blocks[title + 1].afterBreak) && usable(title + 1) && YEAR_WORD_END.test(blocks[title].text.trim()) && COVER_KIND_END.test(blocks[title + 1]?.text.trim() ?? '') && (blocks[title + 1]?.text.trim().length ?? 99) <= CUT_TITLE_TAIL) last++;
  // (Or a speech's heading, its speaker on the first line and the occasion on the second: 澳門人工智能學會理事長黃志聰 /
  // 在2026年新春酒會上的致辭.)
  if (last === title && blocks[title].line && blocks[title + 1]?.line && usable(title + 1) && SPEAKER_HEAD.test(blocks[title].text.trim()) && OCCASION_LINE.test(blocks[title + 1].text.trim())) last++;
  // (The same heading read from its tail, a Word export's centred lines: 关于开展2026年“科技助力山区共富” / 服务月活动的通知.)
  const before = blocks[title - 1];
  const own = blocks[title].text.trim();
  // (Its issuer may open it: 中共德阳市科学技术协会党组关于表彰2025—2026年度<br>优秀共产党员…的决定.)
  if (last === title && before && usable(title - 1) && ISSUES_LINE.test(before.text) && !ISSUED_KIND_END.test(before.text.trim()) && !ISSUED_LINE.test(own) && own.length <= CUT_TITLE_TAIL && ISSUED_KIND_END.test(own)) first--;
  // A headline a <br> breaks over two lines of a bold <font>, no heading element: its second line
  // is short, title-like, and the element's last (not a cover's date under it: 縣長施政報告<br>中華民國115年4月21日;
  // nor its source line, …2025年工作总结<br>来源：市科协办公室　　浏览次数：417).
  if (!blocks[title].heading && second?.afterBreak && !blocks[title + 2]?.afterBreak && usable(title + 1) && second.text.trim().length <= 40 && isTitleLike(second.text) && !DATE_ONLY_LINE.test(second.text) && !(isMetaLine(second.text) && /[:：]/.test(second.text))) {
    // (Its second line cut before what it issues, a Word paragraph wrapping it: 泾县科学技术局 泾县统计局<br>关于…规上工业企业 /
    // 研发投入情况的通报.)
    const rest = blocks[title + 2]?.text.trim() ?? '';
    const cut = ISSUES_LINE.test(tail) && !ISSUED_KIND_END.test(tail) && usable(title + 2) && rest.length <= CUT_TITLE_TAIL && ISSUED_KIND_END.test(rest);
    return [first, cut ? title + 2 : title + 1];
  }
  // (So is a heading whose <br> parts its issuers' names from 关于…: 盐津县科学技术协会<br>关于开展…,
  // 肇庆市科学技术协会　共青团肇庆市委员会<br>关于举办…, 中共天水市科学技术协会党组<br>关于….)
  // (Or one issuer to a line: 遵义市妇女联合会<br>遵义市科学技术协会<br>遵义市人力资源和社会保障局<br>关于….)
  const issuerLineBefore = (i: number) => blocks[i].afterBreak && usable(i - 1) && blocks[i - 1]?.heading === blocks[i].heading && issuersOnly(blocks[i - 1].text);
  if (first === title && ISSUED_LINE.test(blocks[title].text) && issuerLineBefore(title)) {
    first--;
    while (first > 0 && issuerLineBefore(first)) first--;
  }
  // (So is a kicker over its headline, a <br> between them in one bold element, where the <title> quotes
  // both: 全市科普经费突破3400万元<br>我市2029年度科普统计工作成效明显.)
  if (quoted && first === title && blocks[title].afterBreak && usable(title - 1) && !blocks[title - 1].afterBreak && quoted.includes(line(title - 1) + line(title))) first--;
  if (!quoted || !blocks[title].heading) return [first, last];
  let text = line(title);
  while (joins(first - 1) && quoted.includes(line(first - 1) + text)) text = line(--first) + text;
  while (joins(last + 1) && quoted.includes(text + line(last + 1))) text += line(++last);
  return [first, last];
}
