// What a single line of a page is, asked both by the layout (body.ts: which line is the title,
// which lines are header) and by the metadata reader (meta.ts): one place for both.

/**
 * A line that dates and numbers a document's approval, under its title: （119年7月15日府教學字第1190141236號函核定）,
 * or unbracketed with its issuer first, 臺東縣政府119年2月14日府教學字第1190031247號函頒.
 */
export const APPROVAL_LINE = /^(?:[（(][^（）()]{0,16}|[\u4e00-\u9fff]{0,12})(?:年|\d)[^（）()]*(?:函|令)?(?:核定|核准|訂定|订定|修正|發布|发布|印發|印发|頒|颁)[）)]?$/;
/** A circular's serial after its issuer's name: 通告第6/2025號, 通函（電力）第3/2026號, （非道路移動機械）通告第2/2026號, 通函備忘第112/2026號, 佈告第58/2026號. */
export const CIRCULAR_SERIAL = '(?:[（(][\\u4e00-\\u9fff]{1,8}[)）])?(?:聯合|联合)?(?:通告|通函|佈告|布告|公告)(?:備忘|备忘)?(?:[（(][\\u4e00-\\u9fff]{1,6}[)）])?第\\s*\\d{1,4}\\s*[/／]\\s*(?:19|20)\\d{2}\\s*[号號]';
/** A circular's number on a line of its own: 教育局通函備忘第112/2026號, 機電工程署通函（電力）第3/2026號, 環保署／機電署聯合公告第1/2026號. */
export const CIRCULAR_LINE = new RegExp(`^[\\u4e00-\\u9fff]{2,20}(?:[／/][\\u4e00-\\u9fff]{2,10})?${CIRCULAR_SERIAL}$`);
const DATED_OR_WORD_NUMBER = /(?<![\d０-９])[\u4e00-\u9fff]{1,14}(?:[（(][\u4e00-\u9fff]{1,3}[)）][\u4e00-\u9fff]{1,2})?\s*[〔［\[【（(﹝]\s*(?:19|20|１９|２０)[\d０-９]{2}\s*[〕］\]】）)﹞]\s*第?\s*[\d０-９]{1,5}\s*[号號]|(?<![\d０-９])[\u4e00-\u9fff]{2,14}\d?(?:[（(][\u4e00-\u9fff]{1,3}[)）])?字第\s*\d{4,12}[A-Z]?\s*[号號](?:令|函)?/;
/** A document number: 鄂科协办〔2019〕22号, 朝科协发﹝2030﹞4号, 臺教資(四)字第1130123456號, 臺教授國部字第1140023456B號令, 勞動條3字第1190140823號, 教育局通告第6/2025號, 機電工程署通函（電力）第3/2026號 (not the 日 of a date before it). */
export const DOC_NUMBER = new RegExp(`${DATED_OR_WORD_NUMBER.source}|[\\u4e00-\\u9fff]{2,14}(?:[／/][\\u4e00-\\u9fff]{2,10})?${CIRCULAR_SERIAL}`);

/**
 * A Hong Kong council paper's own number, on a line of its own at its head:
 * 立法會CB(4)512/2024(04)號文件 (or by session, 立法會CB(4)1186/2029-30(03)號文件, 立法會CB(4)412/29-30(05)號文件), a Finance Committee's FCR(2025-26)31, 沙田區議會文件第18/2025號,
 * 觀塘區議會交通及運輸委員會文件第18/2025號, or its committee's alone under its name (文化、康樂及社區事務委員會文件第21/2030號).
 */
export const COUNCIL_PAPER =
  /^[\s\u3000]*((?:立法會|立法会)[A-Z]{1,4}\(\d\)\d{1,5}\/(?:\d{4}(?:-\d{2})?|\d{2}-\d{2})(?:\(\d{1,2}\))?[號号]文件|(?:FCR|PWSC|ESC)\(\d{4}-\d{2}\)\d{1,3}|[\u4e00-\u9fff]{2,6}[區区](?:議會|议会)(?:[\u4e00-\u9fff]{2,14}(?:委員會|委员会))?文件第?\s*[\d０-９]{1,3}\s*[\/／]\s*[\d０-９]{4}\s*[號号]|[\u4e00-\u9fff][\u4e00-\u9fff、]{1,20}(?:委員會|委员会)文件第\s*[\d０-９]{1,3}\s*[\/／]\s*[\d０-９]{4}\s*[號号])[\s\u3000]*$/;

/** A Hong Kong Gazette notice's number on its own line (第1624號公告), and the ordinance line under it. */
export const GAZETTE_NOTICE = /^[\s\u3000]*第[\s\u3000]*\d{1,5}[\s\u3000]*號公告[\s\u3000]*$/;
/** (Or in two lines, the ordinance's name over its chapter: 《醫院管理局條例》 / （第113章）.) */
export const ORDINANCE_LINE = /^[\s\u3000]*(?:《[^》]{2,30}》[\s\u3000]*(?:[（(]第\s*\d{1,4}[A-Z]?\s*章[)）])?|[（(]第\s*\d{1,4}[A-Z]?\s*章[)）])[\s\u3000]*$/;
/** A gazette's issue line, which dates every document it prints: 第18期 — 2025年5月5日（星期一）. */
export const GAZETTE_ISSUE = /^[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*期[\s\u3000]*[—–－-]/;

/** An entry of a long text's contents, naming its part by paragraphs: 一、引言（第1至8段）. */
export const TOC_ENTRY = /[（(]第\s*\d{1,4}(?:\s*至\s*\d{1,4})?\s*段[)）]$/;

const BRACKETS_AROUND = /^[（(](.*)[)）]$/;
/** A serial alone, maybe in brackets: 第01/AICTM/2026號, （第01/AICTM/2026號）; its text without them, or null. */
export function serialAlone(text: string): string | null {
  const t = text.trim().replace(BRACKETS_AROUND, '$1');
  return SERIAL_ALONE.test(t) ? t : null;
}
/** A line that holds a document number and little else (鄂科协办〔2019〕22号). */
export function isDocNumberLine(text: string): boolean {
  const t = text.trim();
  // (A serial in brackets too, an association's: （第01/AICTM/2026號）.)
  if (CODED_NUMBER_LINE.test(t) || serialAlone(t) !== null) return true;
  if (!t.includes('号') && !t.includes('號')) return false;
  const m = DOC_NUMBER.exec(t);
  return (m !== null && t.length <= m[0].length + 2) || COUNCIL_PAPER.test(t);
}

/** A number's label alone in its cell: 公告編號, 通告编号, 編號：. */
export const SERIAL_LABEL = /^[\u4e00-\u9fff]{0,4}(?:編號|编号)[:：]?$/;
/** A Macau notice's or dispatch's serial and kind on a line of its own, its heading: 第 05/DSEDT/2026 號通告, 第 1/DSEDT-FDCT/2026 號聯合通告, 第 3/FDCT/2026 號批示. */
export const SERIAL_KIND_LINE = /^[\s\u3000]*第[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*[A-Z][A-Z-]{1,14}[\s\u3000]*\/[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*[號号](?:聯合|联合)?(?:通告|公告|批示)[\s\u3000]*$/;
/** A Macau notice's serial alone, in the cell after its label: 公告編號 | 第 07/DMS/2026 號. */
export const SERIAL_ALONE = /^第[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*(?:[A-Z]{2,10}[\s\u3000]*\/[\s\u3000]*)?(?:19|20)\d{2}[\s\u3000]*[號号]$/;

/** A Macau notice's own number under its letterhead, a code: 編號：03/DFP/2026. */
export const CODED_NUMBER_LINE = /^(?:公告|通告)?(?:編號|编号)[\s\u3000]*[:：][\s\u3000]*(\d{1,4}\/[A-Z]{2,8}\/(?:19|20)\d{2})$/;

/** A notice's kind alone under its letterhead, spaced out maybe: 通　告. */
export const KIND_WORD_LINE = /^[\s\u3000]*(?:通[\s\u3000]*告|公[\s\u3000]*告|通[\s\u3000]*知|批[\s\u3000]*示)[\s\u3000]*$/;

/** A table cell that only labels the next one: 发布日期：, 文　　号：. */
export function isLabelCell(text: string): boolean {
  return /^[^：:，。]{1,10}[：:]$/.test(text.trim());
}

/**
 * A cell that names a field of the page's metadata, with or without a colon: Taiwan's government
 * CMS prints 發布單位 | 教育處 | 發布日期 | 113-05-06 as a list of label and value cells.
 */
export function isMetaLabel(text: string): boolean {
  // (In brackets too: 【发布日期】 | 2026年3月12日 | 【信息来源】 | 县科协.)
  // (Glossed in another language after it: 刊登日期 Data de publicação, 發佈機構 Entidade.)
  return META_LABEL.test(text.replace(LABEL_GLOSS_AFTER, '').replace(/[\s\u3000]+/g, '').replace(BRACKETED_LABEL, '$1'));
}
/** A label's gloss in another language in a cell or on a line of its own: Data de publicação, Fonte da imagem, N.º do documento (no value: no digit). */
export const LABEL_GLOSS_CELL = /^[\s\u3000]*[A-Za-z\u00c0-\u00ff][A-Za-z\u00aa\u00ba\u00c0-\u00ff .'/-]{1,40}[\s\u3000]*$/;
export const LABEL_GLOSS_AFTER = /(?<=[\u4e00-\u9fff])[\s\u3000]+[A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff .'/-]{0,40}(?=[:：]?[\s\u3000]*$)/;
/** A label set in brackets: 【信息来源】. */
export const BRACKETED_LABEL = /^【([^【】]{2,8})】$/;
const META_LABEL =
  /^(?:(?:来源|來源|张贴|張貼|发布|發布|發佈|刊登|发文|發文|发稿|發稿|公告|资料|資料|文章|信息|稿件|新闻|新聞|更新|成文|上传|上傳|上載|上载|上版|上架|上網|上网|截止|發出|发出|轉載|转载|公开|公開|原發布|原发布|原發佈|原文|生效)?(?:单位|單位|日期|时间|時間|字号|字號|来源|來源|机关|機關|机构|機構|期间|期間|網址|网址|链接|鏈接)|(?:發佈|发布|發布|來源|来源)(?:部門|部门)|(?:文件|通告|通函)?(?:編號|编号)|点阅次数|點閱次數|浏览次数|瀏覽次數|点击数|點擊數|点击次数|點擊次數|作者|文号|文號|索引号|索引號|主题分类|主題分類|名称|名稱|标题|標題|类别|類別|相片|照片|(?:新聞|新闻)?(?:聯絡人|联络人|聯繫人|联系人)|(?:聯絡|联络|聯繫|联系)?(?:電話|电话)|(?:聯絡|联络|聯繫|联系)方式|傳真|传真|手機|手机|電子郵件|电子邮件|E-?mail|答覆實體|答复实体|答覆日期|答复日期|質詢日期|质询日期)[:：]?$/;

/** A cell that only labels the next one, with a colon (发布日期：) or without (發布單位). */
export function isFieldLabel(text: string): boolean {
  return isLabelCell(text) || isMetaLabel(text);
}

/** Between the parts of a <title>: 文章标题 | 网站名称, 标题_栏目_网站, 文章 @ 部落格 :: 痞客邦 ::. */
export const TITLE_TAG_SEPARATOR = /\s+[-–—|｜@]\s+|[_|｜]|--|——|\s*::\s*/;

/** A newspaper's byline with its desk (記者周宜君／台北報導; a Big5 page's slash decodes as ∕): a paper's own reporting, and no title. */
export const DESK_BYLINE = /(?:記者|记者)[\u4e00-\u9fff]{2,4}[／/∕╱][\u4e00-\u9fff]{2,6}(?:報導|報道|报道)/;

/** A subtitle line opening on its dash, under a heading: ——在…上的讲话, —臺南區農改場：…. */
export const DASH_SUBTITLE = /^[\s\u3000]*(?:——|—|──)[\u4e00-\u9fff「“]/;

/** A platform's badge on a verified account's profile and posts (Instagram, Threads: nmns_tw 已驗證). */
export const VERIFIED_BADGE = /已驗證|已验证|^[\s\u3000]*(?:官方帳號|官方账号)[\s\u3000]*(?:[·・]|$)/m;
/** A social post's time and audience mark under its author (Facebook: 2030年11月20日 下午4:05 ·). */
export const POST_TIME_LINE = /^[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:上午|下午)?\d{1,2}:\d{2}[\s\u3000]*·/m;
/** A social page's count of followers under its name (屏東縣政府 / 5.1萬 位追蹤者 · 追蹤), after its category too (政府機構 · 4.1 萬位追蹤者); a channel's subscribers (訂閱人數：3.1萬位). */
export const FOLLOWERS_LINE = /^[\s\u3000]*(?:[^\s\u3000\n·・][^\n·・]{1,11}[·・][\s\u3000]*)?[\d.,]+[\s\u3000]*[萬万]?[\s\u3000]*位?(?:追蹤者|追踪者)|^[\s\u3000]*(?:訂閱人數|订阅人数)[:：][\s\u3000]*[\d.,]+/m;
/** A social page's category under its name: a government body's own (政府機關 · 南投縣鹿谷鄉…, 政府組織). */
export const GOVERNMENT_PAGE = /^[\s\u3000]*(?:政府機關|政府机关|政府組織|政府组织|政府機構|政府机构)[\s\u3000]*(?:[·・]|$)/m;

/** Footer words, as regex alternatives for kind.ts and meta.ts: a copyright line, a limited company. */
export const COPYRIGHT = '版权所有|版權所有';
/**
 * A footer line's English name after the owner's Chinese one, ending the line or a field of it
 * (教育部體育署　Sports Administration, Ministry of Education; 香港物理學會 The Physical Society of Hong Kong ｜ 香港沙田…).
 */
export const ENGLISH_NAME_AFTER = "[\\s\\u3000]+[A-Z][A-Za-z&'’.,]*(?:[\\s\\u3000]+[A-Za-z&'’.,]+){1,10}[\\s\\u3000]*(?:$|[|｜])";
/** A footer line's labelled address with its postcode after the owner's name (臺南市政府教育局　永華市政中心：70801臺南市…, 708201 臺南市…). */
export const LABELLED_ADDRESS_AFTER = '[\\s\\u3000]+[\\u4e00-\\u9fff]{2,8}[:：][\\s\\u3000]*\\d{3,6}[\\s\\u3000]*[\\u4e00-\\u9fff]{1,4}(?:縣|县|市|省)';
/** The label of a footer's phone number, after the owner's name and address: 電話：…, 查詢：…. */
export const PHONE_LABEL = '(?:電話|电话|查詢|查询)[:：]';
/** An association of science and technology, its name in full or short, either script. */
export const ASSOCIATION = '科学技术协会|科學技術協會|科协|科協';
/** Public bodies named by what they serve, as both the official-page test and the metadata reader know them: 红十字会, 戶政事務所, 醫療輔助隊, 海关, a statistics bureau's 调查队. */
export const SERVICE_BODIES = '红十字会|紅十字會|戶政事務所|户政事务所|地政事務所|地政事务所|醫療輔助隊|医疗辅助队|民眾安全服務隊|民众安全服务队|飛行服務隊|飞行服务队|海关|海關|调查队|調查隊|香港郵政|香港邮政|改良場|改良场|繁殖場|繁殖场|試驗所|试验所';
/** What a WeChat account says of itself (功能介绍：某某有限公司官方账号): its owner, as a footer's copyright. */
export const ACCOUNT_OWNER = '功能介绍|功能介紹';
export const LIMITED_COMPANY = '有限责任公司|有限責任公司|有限公司|律师事务所|律師事務所|会计师事务所|會計師事務所';
/** What follows a name that an account belongs to (…有限公司官方账号). */
export const OFFICIAL_ACCOUNT_WORDS = '官方公众号|官方公眾號|官方微信|官方账号|官方帳號';
/**
 * What follows a body's name on its own account's card on a platform (官方网易号, 官方澎湃号, 官方头条号), and
 * on any platform's (官方账号); not 官方公众号 or 官方微信, which a page's text asks readers to follow.
 */
export const PLATFORM_ACCOUNT_SUFFIX = '官方(?:网易号|網易號|澎湃号|澎湃號|头条号|頭條號|百家号|百家號|搜狐号|搜狐號|LINE(?:社群|官方帳號|帳號))';
export const OWN_ACCOUNT_SUFFIX = `官方(?:账号|帳號)|${PLATFORM_ACCOUNT_SUFFIX}`;

/**
 * A company speaking of itself (公司董事长表示, 公司将…, 我司, a hotel's 我店, a training school's 我校学员, an agency's
 * Cantonese 我哋分行 / 我哋研究部, 聯絡我哋): its own news, whatever award or notice it reports. (Asked of
 * companies' sites only: a ministry's department says 我司 too.)
 */
const COMPANY_SELF = /我公司|本公司|我司|我店|本店|我酒店|本酒店|我校学员|我校學員|公司董事长|公司董事長|公司总经理|公司總經理|公司负责人|公司負責人|公司将|公司將|公司员工|公司員工|公司为|公司為|公司现有|公司現有|公司获|公司獲|公司坚持|公司堅持|公司先后|公司先後|公司致力|公司始终|公司始終|公司秉承|我哋分行|我哋研究部|我哋公司|我哋團隊|我哋团队|問我哋|问我哋|聯絡我哋|联络我哋|本行研究部|我们分行|我們分行/g;

/** Whether an article speaks as a company, more than once. */
export function speaksAsCompany(text: string): boolean {
  COMPANY_SELF.lastIndex = 0;
  return COMPANY_SELF.exec(text) !== null && COMPANY_SELF.exec(text) !== null;
}

/** A disclosure table's line naming the document: 标题：…, 名　称：…. */
export const DOCUMENT_NAME = /^[\s\u3000]*(?:(?:信息|資訊|资讯)?名[\s\u3000]*[称稱]|标[\s\u3000]*题|標[\s\u3000]*題)[\s\u3000]*[:：][\s\u3000]*(\S.{3,99})$/;

/** The label over a release's title, and its embargo line: 新聞稿, 即時發放. */
export const RELEASE_LABEL = /^(?:新聞稿|新闻稿|新聞公報|新闻公报|即時發放|即时发放|即時發佈|即时发布|即時發布|供即時發放|供即时发放|新聞發布|新闻发布|press release|for immediate release)$/i;

const SUPERVISOR = /(?:主管单位|主管單位|主管部门|主管部門|指导单位|指導單位)[\s\u3000]*[:：]?[\s\u3000]*[^\s\u3000|｜]+/g;
/** A line without the body its site answers to (主管单位：泉州市科学技术协会). */
export function withoutSupervisor(text: string): string {
  return text.includes('主管') || text.includes('指导') || text.includes('指導') ? text.replace(SUPERVISOR, '') : text;
}

/**
 * A Taiwan document's letterhead: its issuer and its form (高雄市政府教育局　函, 新竹縣竹東鎮公所　公告, 宜蘭縣政府新聞稿; a PDF's
 * gap between them may be no space at all, 嘉義縣政府公告).
 */
export const LETTERHEAD = /^([\u4e00-\u9fff]{2,30}?(?:、[\u4e00-\u9fff]{2,30}?)?)(?:[\s\u3000]+|(?<=政府|公所|局|署|處|处|部|院))(?:函|書函|公告|開會通知單|开会通知单|(?:聯合|联合)?(?:新聞稿|新闻稿))$/;
/** What a procurement announces, ending a heading's line: 终止公告, 招标公告, 採購案決標公告, 勞務採購案決標結果. */
export const PROCUREMENT_KIND_END = /(?:采购|採購|招标|招標|中标|中標|决标|決標|成交|更正|终止|終止|废标|廢標|流标|流標)(?:结果|結果)?(?:公告|公示|结果|結果)$/;
/** The label of the day a publication came out, after its publisher's name: 政府統計處　　出版日期：2025年12月12日. */
export const PUBLISHED_ON_LABEL = '(?:出版日期|發布日期|发布日期|發佈日期)';
/** A time shown relative to the day a post was read (3小时前, 昨天, 刚刚), where it shows no date; each caller anchors it its own way. */
export const RELATIVE_TIME = String.raw`(?:\d{1,2}[\s\u3000]*(?:分钟|分鐘|小时|小時|天|週|周)前|昨天|前天|今天|刚刚|剛剛)`;
/** A Taiwan site's access key, before a footer's line: :::國立科學工藝博物館　80765高雄市…. */
export const ACCESS_KEY = /^[\s\u3000]*:::[\s\u3000]*/;
/** A letter's addressee line: 致：所有認可人士…. */
export const ADDRESSEE_LINE = /^[\s\u3000]*致[\s\u3000]*[:：]/;
/** How many lines a letter's addressees may take after their line, before its greeting. */
export const ADDRESSEE_LINES = 3;
/** A label cell of the title: 标题, 標　題：. */
export const TITLE_LABEL = /^[\s\u3000]*(?:标[\s\u3000]*题|標[\s\u3000]*題)[\s\u3000]*[:：]?[\s\u3000]*$/;
/** A letter's greeting on a line of its own: 敬啟者：, 各位醫生：, 致各位醫生：, 各位先生／女士：, 致各持牌食物業處所負責人：, 各中學、小學及特殊學校校長：. */
export const GREETING_LINE = /^[\s\u3000]*(?:(?:致?各位[\u4e00-\u9fff／/]{0,6}|敬啟者|敬启者)[\s\u3000]*[:：,，]?|致各[\u4e00-\u9fff／/]{1,14}[:：]|各[\u4e00-\u9fff、／/]{1,24}(?:校長|校长|負責人|负责人|院長|院长)[:：])[\s\u3000]*$/;
/** A letter's file reference: 本處檔號：…, 我們的檔號：…, 本署檔號 Our Ref.: …. */
export const FILE_REFERENCE = /^[\s\u3000]*[\u4e00-\u9fff]{0,4}(?:檔[\s\u3000]*號|档[\s\u3000]*号)[\s\u3000]*(?:Our Ref\.?|Your Ref\.?)?[\s\u3000]*[:：]/i;
/** An officer signing for a department's head, under the head's title: （梁文康　代行）, （傳染病處主任 黃頌恩醫生 代行）, （助理署長（藥物）梁惠敏醫生 代行）. */
export const SIGNED_FOR_LINE = /^[\s\u3000]*[（(](?:[\u4e00-\u9fff\s\u3000]|[（(][\u4e00-\u9fff]{1,6}[)）]){2,24}代行[)）][\s\u3000]*$/;
/** A speaker's post and name on a line of their own, under a speech's title: 館長　陳志明, 区教育局局长　孙志强. */
export const SPEAKER_LINE = /^[\s\u3000]*[\u4e00-\u9fff、]{0,20}(?:長|长|主任|主席|書記|书记)[\s\u3000]+[\u4e00-\u9fff○〇](?:[\s\u3000]?[\u4e00-\u9fff○〇]){1,3}[\s\u3000]*$/;
/** A document's title as its issuers' line leads into it: 关于…, 關於…. */
export const ISSUED_LINE = /^[\s\u3000]*(?:关于|關於)/;

/** What a notice issuing a text puts before the text's name: 关于印发《公司科协2026年工作要点》的通知. */
export const ISSUING_PREFIX = '(?:(?:关于|關於)(?:印发|印發)?《?)?';
/** A line opening on a year (2029年工作总结): a body's report, its issuer's name on the line above. */
export const YEAR_OPENING = /^[\s\u3000]*(?:19|20)\d{2}年/;
/** A line opening on a year, not on a day (2026年上半年成效理想; not a meeting's 2026年6月9日會議). */
export const YEAR_NOT_DAY_OPENING = /^[\s\u3000]*(?:19|20)\d{2}年(?!\d{1,2}月\d{1,2}日)/;
/** A title's first line ending on its year, what it is about on the next: 苗栗縣114學年度 / 科學教育推動成果報告. */
export const YEAR_WORD_END = /\d{2,4}(?:學年度|学年度|年度|年)$/;

/** Bodies the state owns, whose sites' footers name them as companies: 澳門科學館股份有限公司, 香港數碼港管理有限公司. */
export const STATE_OWNED = /澳門科學館|澳门科学馆|国有资产监督管理委员会监管企业|國有資產監督管理委員會監管企業|国资委监管企业|省属国有|市属国有|臺灣港務|台灣港務|臺灣電力|台灣電力|臺灣中油|台灣中油|中華郵政|臺灣自來水|台灣自來水|臺灣糖業|台灣糖業|臺灣鐵路|台灣鐵路|香港鐵路|香港铁路|香港科技園公司|香港科技园公司|香港數碼港管理|香港数码港管理/;
/** Such a body's name alone on a line of a footer: 香港數碼港管理有限公司 / 香港數碼港道100號. */
export const STATE_OWNED_ALONE = new RegExp(`^[\\s\\u3000]*(?:${STATE_OWNED.source})[\\u4e00-\\u9fff]{0,8}[\\s\\u3000]*$`, 'm');
/**
 * A Taiwan public school named on a line of its site's footer before its address (臺北市文山區青溪國民小學　116臺北市文山區…,
 * 桃園市立楊梅國民中學　地址：326…), or null: 國民小學 and 國民中學 are public unless they say 私立; a senior high or
 * vocational school when a state, city or county runs it (國立蘭陽女子高級中學, 臺中市立臺中第一高級中等學校,
 * 國立虎尾高級農工職業學校).
 */
export function publicSchoolName(line: string): string | null {
  const name = PUBLIC_SCHOOL_LINE.exec(line)?.[1];
  return name && !name.includes('私立') && (name.includes('國民') || PUBLICLY_RUN.test(name)) ? name : null;
}
const PUBLIC_SCHOOL_LINE = /^[\s\u3000]*([\u4e00-\u9fff]{2,20}(?:國民小學|國民中學|高級中學|高級中等學校|職業學校))(?:[\s\u3000]+(?:地址[:：][\s\u3000]*)?\d{3}|[\s\u3000]*$)/;
const PUBLICLY_RUN = /國立|市立|縣立/;
/**
 * A university that owns the site, named in its copyright line: Copyright © 2026 The University of Hong Kong 香港大學
 * (not a community college, 基隆市社區大學, which a foundation runs for its city).
 */
export const UNIVERSITY_COPYRIGHT = /(?:©|Copyright|版權所有|版权所有)[^\n]{0,60}?(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}(?<!社區|社区)(?:大學|大学))(?![\u4e00-\u9fff])/;

/**
 * A release's note about its issuer, a statutory body (關於香港生產力促進局 / 香港生產力促進局（生產力局）是於1967年成立的
 * 法定機構…): the body's name, in group 1.
 */
const STATUTORY_ABOUT = /(?:^|\n)[\s\u3000]*(?:關於|关于)([\u4e00-\u9fff]{3,20})[\s\u3000]*\n[\s\u3000]*\1(?:[（(][^)）\n]{1,12}[)）])?(?:是|為|为)[^。\n]{0,24}(?:法定機構|法定机构|法定組織|法定组织|公營機構|公营机构)/;
/** The statutory body a release's closing note names (STATUTORY_ABOUT), or null; the page's text is read by the pattern only where its words occur. */
export function statutoryBody(text: string): string | null {
  return text.includes('法定') || text.includes('公營') || text.includes('公营') ? (STATUTORY_ABOUT.exec(text)?.[1] ?? null) : null;
}
