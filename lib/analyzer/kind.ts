// Is the page an official document, and which kind. Official: issued by (or a copy of a text by)
// an association, a government body, a party or mass organisation. Blogs, shops, forums,
// encyclopaedias and commercial outlets' own reporting are not, whatever they mention.
import type { PageKind, PageMeta } from '../types';
import { statutoryBody, ISSUING_PREFIX, ACCESS_KEY, ACCOUNT_OWNER, ADDRESSEE_LINE, ADDRESSEE_LINES, ASSOCIATION, GREETING_LINE, SIGNED_FOR_LINE, SPEAKER_LINE, COPYRIGHT, COUNCIL_PAPER, DESK_BYLINE, ENGLISH_NAME_AFTER, LABELLED_ADDRESS_AFTER, PHONE_LABEL, LIMITED_COMPANY, OFFICIAL_ACCOUNT_WORDS, OWN_ACCOUNT_SUFFIX, SERVICE_BODIES, STATE_OWNED, STATE_OWNED_ALONE, UNIVERSITY_COPYRIGHT, publicSchoolName, GOVERNMENT_PAGE, FOLLOWERS_LINE, POST_TIME_LINE, DASH_SUBTITLE, speaksAsCompany, VERIFIED_BADGE, withoutSupervisor, PUBLISHED_ON_LABEL } from './lines';

/** Bodies whose texts are official. */
const ISSUER_WORDS =
  '科学技术协会|科學技術協會|科协|科協|人民政府|政府|委员会|委員會|党委|黨委|党组|黨組|办公厅|辦公廳|办公室|辦公室|科技厅|科技廳|科技局|科学技术厅|科學技術廳|科学技术局|科學技術局|教育厅|教育廳|教育局|人民代表大会|人民代表大會|政协|政協|共青团|共青團|妇联|婦聯|总工会|總工會|工商联|工商聯|工商业联合会|工商業聯合會|侨联|僑聯|文联|文聯|残联|殘聯|' + SERVICE_BODIES + '|行政院|立法院|议会|議會|公所|民代表會|民代表会|特別行政區|特别行政区|学会|學會|协会|協會|协进会|協進會|科學館|科学馆|科技館|科技馆|科学技术馆|科學技術館|科學教育館|科学教育馆|博物館|博物馆|(?:國立|国立|市立|縣立|县立)(?:[\\u4e00-\\u9fff]{1,12}(?:館|馆)|[\\u4e00-\\u9fff]{0,12}(?:動物園|动物园|植物園|植物园))';
/** A source or title naming an issuer; a bare 部/局/署/厅 only at the end of a name. */
const ISSUER = new RegExp(`${ISSUER_WORDS}|(?:部|局|署|厅|廳|事務處|事务处)$`);
const ISSUER_IN_TEXT = new RegExp(ISSUER_WORDS, 'g');

/** Wording of official documents and reports about official work (Taiwan and Hong Kong's too: 推動, 辦理, 撥款). */
const OFFICIAL_WORDS =
  /贯彻|貫徹|落实|落實|部署|全委会|全委會|党组|黨組|党建|黨建|工作会议|工作會議|深化改革|各市|各县|各縣|印发|印發|通知|要点|要點|推进|推進|推动|推動|加强|加強|强化|強化|服务|服務|召开|召開|主持|出席|领导|領導|实施|實施|执行|執行|建设|建設|会议|會議|政策|施政|计划|計畫|計劃|办理|辦理|补助|補助|拨款|撥款|资助|資助|举办|舉辦|主办|主辦|公布|公佈|开展|開展|启动|啟動|组织|組織|宣导|宣導|宣传|宣傳|市府|县府|縣府|本局|本署|本府|局长|局長|署长|署長/g;

/**
 * The marks of a government's press-release service or portal (Hong Kong's 新聞公報, signed off with the
 * time in 香港時間, or with 完 on a line of its own): its releases are short and may use few of the
 * words above.
 */
// (Or its credit line, 作者：陈嘉豪　中山大学公共卫生学院　副教授, or its disclaimer, 本文仅代表作者观点.)
const SIGNED_BY_EXPERT = /[（(]作者(?:系|係|为|為|是)[^）)]{0,40}(?:医师|醫師|医生|醫生|教授|研究员|研究員|专家|專家|工程师|工程師|讲师|講師)|作者[:：][^\n]{0,30}(?:医师|醫師|教授|研究员|研究員)[\s\u3000]*(?:\n|$)|本文仅代表作者(?:个人)?观点|本文僅代表作者(?:個人)?觀點/;
/** Where an article ends on its writer's post. */
const SIGNATURE_SPAN = 600;
const COMPANY_ORIGINAL = new RegExp(`本文由[\\u4e00-\\u9fff]{2,30}(?:${LIMITED_COMPANY})原创|(?:${LIMITED_COMPANY})旗下[\\u4e00-\\u9fff]{0,8}(?:服务号|服務號|公众号|公眾號|订阅号|訂閱號)`);
const COMMENTATOR = /(?:^|\n)[\s\u3000]*(?:本报评论员|本報評論員|本刊评论员|本刊評論員|特约评论员|特約評論員)[\s\u3000]*(?:\n|$)/;
const COMMENTATOR_SPAN = 200;
const COMPANY_SOURCE_LINE = new RegExp(`(?:${LIMITED_COMPANY})$`);
/** A breadcrumb's column of comment: 新华网 > 时评 > 正文. */
const COMMENTARY_COLUMN = /[>›»][\s\u3000]*(?:时评|時評|评论|評論|新华时评|新華時評|观点|觀點|社评|社評)[\s\u3000]*(?:[>›»]|$)/m;
/** A government body's name alone on a line, a few lines over the word 新聞稿 alone on its own, or run into it (屏東縣政府新聞稿). */
const LETTERHEAD_RELEASE = /(?:^|\n)[\s\u3000]*[\u4e00-\u9fff]{2,20}(?:局|署|部|政府|委員會|委员会)[\s\u3000]*(?:\n(?:[^\n]{0,80}\n){0,3}[\s\u3000]*)?(?:新聞稿|新闻稿)[\s\u3000]*(?:\n|$)/;
const LETTERHEAD_SPAN = 400;
/** The line that closes a Hong Kong government release, its time: 香港時間15時30分. */
const HK_RELEASE_CLOSING = /^[\s\u3000]*香港(?:時間|时间)[\s\u3000]*\d{1,2}[\s\u3000]*(?:時|时)[\s\u3000]*\d{1,2}[\s\u3000]*分[\s\u3000]*$/m;
const GOVERNMENT_RELEASE = /新聞公報|新闻公报|香港政府一站通|香港政府新聞網|香港政府新闻网|香港時間\s*\d{1,2}\s*時|香港时间\s*\d{1,2}\s*时|(?:^|\n)[\s\u3000]*[－–—-]?[\s\u3000]*完[\s\u3000]*[－–—-]?[\s\u3000]*(?:\n|$)/;

// (© before a name in Chinese: 2026 © 香港特別行政區政府, not ©2025 Baidu 使用百度前必读 百科协议.)
// (Or a venue's contact line at the foot, its name first: 臺北市立天文科學教育館　地址：…, 海洋委員會國家海洋研究院　806614高雄市….)
// (Or before its address and phone, as meta.ts's OWNER reads it: 澳门特别行政区政府体育局　澳门罗理基博士大马路818号　电话：….)
// (Or a line that says whose content the page is: 本网页内容由香港邮政提供; or its name before 主办: 襄阳市人民政府办公室主办.)
const SITE_OWNER = new RegExp(`${COPYRIGHT}|本(?:網頁|网页|網站|网站)(?:內容|内容)由|^[\\s\u3000]*[\u4e00-\u9fff]{4,30}(?:主办|主辦)[\\s\u3000]*$|主办单位|主辦單位|主办[:：]|主辦[:：]|©[\\s\u00a0]*(?:\\d{4}[\\s\u00a0]*)?[\u4e00-\u9fff]|^[\\s\u3000]*[\u4e00-\u9fff]{4,30}[\\s\u3000]+(?:(?:地址|地點)[:：]|\\d{3,6}[\\s\u3000]*[\u4e00-\u9fff]{2,3}(?:市|縣|县))|[\u4e00-\u9fff]{2,30}(?:总部|總部)[:：]|[\u4e00-\u9fff]{4,30}[\\s\u3000]+\\d{4}[\\s\u3000]*©|^[\\s\u3000]*[\u4e00-\u9fff]{4,30}[\\s\u3000]+\\S[^\\n]{0,40}?${PHONE_LABEL}|^[\\s\u3000]*[\u4e00-\u9fff]{4,30}${ENGLISH_NAME_AFTER}|^[\\s\u3000]*[\u4e00-\u9fff]{4,30}${LABELLED_ADDRESS_AFTER}`);
/** A periodical's registration and its editors: ISSN, CN 35-1298/Z, 学报, 编辑部. */
const PERIODICAL = /ISSN|CN[\s\u00a0]?\d{2}-\d{4}|学报|學報|编辑部|編輯部|杂志社|雜誌社/;
const ENCYCLOPEDIA_TERMS = /百科协议|百科協議/g;
/** A site owner that is itself an issuer (a company's name is not). */
const ISSUER_OWNER = new RegExp(`(?:${ISSUER_WORDS})(?!\\S{0,8}(?:${LIMITED_COMPANY}))`);

/** A site template's demo: （演示站）, 模板演示内容. */
const DEMO_SITE = /[（(]演示站[)）]|模板演示内容|演示站内容/;
/** A document-sharing site's page: its page counter (第1页 / 共9页) or its own words. */
// (And its pages' running heads, …工作报告(摘要)_第2页.)
const SHARED_DOCUMENT = /第\s*\d+\s*[页頁]\s*[/／]\s*共\s*\d+\s*[页頁]|_第\d+[页頁](?:\n|$)|原创力文档|道客巴巴|豆丁网|百度文库|人人文库|文库网|文庫網|三一文库|三亿文库|三億文庫|CSDN文库|360文库|咨信网|汇文网|云展网|DocPlayer|Scribd|由会员分享|文档分享与交易|文档格式[:：]|仅提供信息存储空间|僅提供信息存儲空間|您已免费阅读/;
/** A notes platform whose users share a text whole (a body's speech saved as a note). */
const NOTE_PLATFORM = /有道云笔记|有道雲筆記|印象笔记|印象筆記/;
const PRIVATE_FOUNDATION = /財團法人|财团法人/;
const FOUNDATION = /基金會|基金会|醫療財團法人|医疗财团法人/;
/** A company's own association named as the source: 公司科协, 集团科协, …有限公司科学技术协会. */
const OWN_ASSOCIATION_SOURCE = /^(?:公司|集团|集團)科[协協]$|(?:有限公司|有限責任公司|有限责任公司|集团|集團)(?:科学技术协会|科學技術協會|科协|科協)$/;
/** A title opening on a company's own association of science (公司科协…, 集团科协…, …有限公司科学技术协会…, 关于印发《公司科协…》的通知). */
const OWN_ASSOCIATION_TITLE = new RegExp(`^${ISSUING_PREFIX}(?:集团公司|集團公司|公司|集团|集團|[\\u4e00-\\u9fff]{2,30}(?:有限公司|集团|集團))(?:科协|科協|科学技术协会|科學技術協會)`);
/** (Not the chamber a federation of industry and commerce, a people's organisation, is too: 晋江市工商业联合会（晋江市总商会）.) */
const TRADE_ASSOCIATION = /行业协会|行業協會|企业协会|企業協會|产业协会|產業協會|产业促进会|產業促進會|行业促进会|行業促進會|产业技术创新战略联盟|產業技術創新戰略聯盟|产业联盟|產業聯盟|(?<![协協])(?<!(?:工商业联合会|工商業聯合會|工商联|工商聯)[^\n]{0,12})(?:商会|商會)/;
/** A WeChat header's line naming an association or a government alone: the account that posted. */
const OWN_ACCOUNT_LINE = /^[\s\u3000]*[\u4e00-\u9fff]{2,12}(?:科协|科協|科学技术协会|科學技術協會|人民政府|政府)[\s\u3000]*$/m;
/** A social profile's handle over such a name (Threads: chiayi.city / 嘉義市政府), the name line's pattern past its ^. */
const HANDLE_OVER_NAME = new RegExp(`^[\\s\u3000]*[a-z0-9._]{3,30}[\\s\u3000]*\\n${OWN_ACCOUNT_LINE.source.slice(1)}`, 'm');
const NAME_OVER_HANDLE = new RegExp(`${OWN_ACCOUNT_LINE.source}\\n[\\s\u3000]*@[A-Za-z0-9._-]{3,30}[\\s\u3000]*$`, 'm');
/** A platform's verification of an official account (抖音, 微博): 认证：嘉峪关市科学技术协会官方账号. */
const VERIFIED_ACCOUNT = /(?:认证|認證)[:：][\s\u3000]*[\u4e00-\u9fff]{2,30}?(?:科学技术协会|科學技術協會|科协|科協|人民政府|政府|局|委员会|委員會|厅|廳)(?:官方)?(?:账号|帳號|微博|抖音号|抖音號)/;
/**
 * A platform's badge or profile card of a body's own account: 澎湃号·政务, 头条政务号, a 政务 badge after
 * the account's name (桂东县人民政府 政务, 竹山县科协 政务号), 桂东县人民政府官方账号, …科学技术局官方网易号 (官方澎湃号, 官方头条号), a
 * profile line 楚雄彝族自治州科学技术协会官方微博 (…官方微信公众号 under a WeChat post); a mass organisation's too
 * (平江县妇女联合会官方账号).
 */
const GOVERNMENT_ACCOUNT = new RegExp(`澎湃号·政务|澎湃號·政務|头条政务号|頭條政務號|(?:科协|科協|科学技术协会|科學技術協會|政府|局|(?<!餐)厅|廳|委员会|委員會|公所|融媒体中心|融媒體中心|联合会|聯合會|妇联|婦聯|总工会|總工會|团委|團委)(?:[\\s\u3000]+(?:政务|政務)(?:号|號)?[\\s\u3000]*$|${OWN_ACCOUNT_SUFFIX}|官方(?:微博|微信公众号|微信公眾號|公众号|公眾號)[\\s\u3000]*(?:$|[，,]))`, 'm');
/** The parts of a civil-service exam's practice unit (申论, 行测): given material, the task, the model answer, the marking. */
const EXAM_PRACTICE = /给定材料|給定材料|作答要求|参考答案|參考答案|阅卷提示|閱卷提示|答题要求|答題要求|申论|申論|行测|行測/g;
const AI_MODEL_ESSAY = /AI生成范文|AI生成範文|AI写作[^\n。]{0,30}自动生成|AI寫作[^\n。]{0,30}自動生成/;
const COMPANY_MEETING = /(?:发起人|發起人|预定人|預定人)[:：][^\n]{0,12}[（(][^\n（()）]{2,30}(?:有限公司|有限責任公司|有限责任公司)[)）]/;
/** A writer greeting readers in their own name, as a personal account's post opens. */
const SELF_INTRODUCTION = /(?:^|\n)[\s\u3000]*(?:大家好|哈喽|哈囉|各位读者|各位讀者)[，,！!～~]?[\s\u3000]*(?:我是|這裡是|这里是)/;
/** A writer's account in their own name: 本号为个人公众号, 仅代表个人观点; its card, 个人 · 河南 · 312篇原创内容. */
const PERSONAL_ACCOUNT = /个人公众号|個人公眾號|仅代表个人观点|僅代表個人觀點|仅代表作者个人观点|僅代表作者個人觀點|本文只屬個人分享|本文只属个人分享|(?:功能介绍|功能介紹)[\s\u3000]*[^\n]{0,12}(?:妈妈|媽媽|宝妈|寶媽|爸爸)[^\n]{0,8}(?:日常|笔记|筆記)|(?:^|\n)[\s\u3000]*(?:个人|個人)[\s\u3000]*[·・][^\n]{0,12}[·・][\s\u3000]*\d+篇(?:原创|原創)/;
/** A platform's badge of a government account, under or after the account's name: 房县融媒 / 政务, 炎陵发布 政务. */
const GOVERNMENT_BADGE_UNDER_NAME = /\n[\s\u3000]*[\u4e00-\u9fff]{2,16}(?:[\s\u3000]*\n[\s\u3000]*|[ \u3000]+)(?:政务|政務)[\s\u3000]*\n/;
/** A platform's notice under every post it carries, that its writers' views are their own. */
const PLATFORM_DISCLAIMER = /本文由[\u4e00-\u9fff]{2,6}作者上[传傳]并[发發]布[^\n]*/g;
const WECHAT_BADGE = /^[\s\u3000]*(?:原创|原創)[\s\u3000]*$/m;
/** An evening, city or business paper's copyright line; or a paper's own, © 2026 濠江科技報 (not a gazette's, a bulletin's or a daily's). */
const MARKET_PAPER = /(?:晚报|晚報|都市报|都市報|商报|商報)社?[\s\u3000]*(?:版权所有|版權所有)|©[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*[\u4e00-\u9fff]{1,6}(?<!公|通|学|學|日|年|简|簡|快|会|會|情|汇|匯|周|週)(?:报|報)(?![\u4e00-\u9fff])/;
/** A company's name with its Taiwan tax number after it. */
const COMPANY_TAX_ID = /(?:有限公司|股份公司)[\s\u3000]*(?:統一編號|统一编号)/;
/** A private training centre named as a site's owner. */
const TRAINING_CENTRE = /科创教育|科創教育|教育中心|培訓中心|培训中心|補習社|补习社|學習中心|学习中心|培训学校|培訓學校|Learning Cent(?:re|er)/;
/** The badge with its writer and account after it, as a copy of the post runs them on: 原创 小申老师 科创申报通. */
const WECHAT_BYLINE = /^[\s\u3000]*(?:原创|原創)[\s\u3000]+[^\s\u3000][^\n]{0,30}$/m;
/** A WeChat account's prompt at the head of its post, where it has no 原创 badge: 点击蓝字 关注我们. */
const FOLLOW_PROMPT = /(?:点击|點擊)(?:蓝字|藍字)[\s\u3000]*(?:关注|關注)/;
/**
 * A social post's author line, a body's name, over its time and audience mark: 高雄市政府經濟發展局 /
 * 2030年11月20日 下午4:05 · (the time line's own pattern, past its ^).
 */
const POSTED_BY_BODY = new RegExp(
  `^[\\s\u3000]*[\u4e00-\u9fff]{0,20}(?:${ISSUER_WORDS}|局|處|处|署)[\\s\u3000]*\\n${POST_TIME_LINE.source.slice(1)}`,
  'm',
);
/** Where a WeChat article's header, with its account's name, ends. */
const ACCOUNT_HEAD = 600;

const DATASET_FIELDS = /資料集識別碼|数据集标识码|(?:檔案|文件)格式|(?:編碼|编码)格式|(?:授權|授权)方式|詮釋資料|元数据|主要(?:欄位|字段)(?:說明|说明)|(?:更新頻率|更新频率)/g;
const DATASET_FIELD_COUNT = 4;
const ERROR_PAGE_TITLE =
  /^[\s\u3000]*(?:404\b|页面不存在|頁面不存在|页面未找到|頁面未找到|找不到(?:网页|網頁|页面|頁面)|Page Not Found)|(?:访问|訪問|请求|請求|查看)的(?:页面|頁面|信息|資訊|内容|內容|文章|网页|網頁)[^，,。！!]{0,8}(?:不存在|已(?:被)?(?:删除|刪除|撤稿|撤回|下线|下線|过期|過期))/i;
/**
 * Furniture of pages that are not official whatever they talk about (a journal's article page: 中图分类号, 收稿日期, 引用本文;
 * a Q&A site's answerer card, 采纳率：86% (an enterprise 科协's 采纳率68.4% of suggestions is prose);
 * a BBS post: ※ 發信站, ※ 文章網址; a template shop whose text and figures 均为示例, a formatting tool's 模板示例 whose
 * names are 占位内容; a novel's chapter, 本章字数, 章节目录, 加入书签;
 * a clan's site (宗亲, 族谱, 宗祠); a quiz platform's answer page (开始答题, 答题须知); a code repository's page
 * (克隆/下载, Pull Request); a local account's rewrite that
 * defers to the real one, 具体以官方发布为准, and takes 商务合作; a chatbot's shared conversation:
 * 分享的对话, 在豆包中继续对话; a guesthouse's booking and licence: 線上訂房, 民宿登記證; a listener's own notes, 自己手记…仅供自己复习, 个人待办; a web shop's free shipping and platform, 免運, Powered by SHOPLINE; a conference-service platform's 截稿倒计时, 第三方会议服务; a model-essay site's 范文大全, 小编为大家整理; an app store's listing, 应用截图, 1382人评分, 同类推荐; an online course's lesson, 随堂练习, 课件下载, 推荐课程; a meeting's AI transcript, 章节速览 over 发言人1; a proofreading tool's result, 剩余字数, 一键采纳; an AI search's answer, 思考过程, 重新生成; a lifestyle site's 著數, 你可能有興趣; a template store's 模板编号; a company's cloud document, 免费使用飞书, 此文档由…的成员创建; a dictionary's entry, 基本解释, 例句来源; a designer's portfolio, 本作品著作权归作者所有, TA的更多作品; a public Notion page, 用 Notion 制作; a company-records site, 查看更多风险信息).
 * And a code host's issue (Watch 23, Star 156, 代码托管), a typing-practice lesson (打字练习), a text-compare tool's result
 * (文本比对, 比对模式), a plagiarism check's report (文字复制比, 查重), a sharing site's AI writer (AI写作, AI生成范文) and a
 * records site's neighbours (附近公司, 同类单位, 历史法定代表人); a map's place page (到这去, 认领此地点), a reader's
 * notes on an e-book (我的笔记, 导出笔记); a newsletter's blog (Subscribe now, Powered by Ghost, 已有2,300位讀者訂閱); an exam
 * coach's essay material (申论素材, 申论金句) and an English teacher's notes (學英文, 多益, 雅思); a local account's ad desk
 * (广告合作请加微信); a consultancy's one-stop service and its own reading of a notice (一站式服务, 原创解读); a
 * parents' committee's shared document or post (家委会).
 */
const SELF_DECLARED_UNOFFICIAL = /非官方(?:頻道|频道|帳號|账号|網站|网站|群組|群组|專頁|专页)/;
const NOT_OFFICIAL =
  /购物车|購物車|试堂|試堂|试听课|試聽課|預約試上|预约试上|Powered by Discuz|Powered by Ghost|位讀者訂閱|位读者订阅|申论素材|申論素材|申论金句|申論金句|多益|雅思|托福|學英文|学英文|家委会|家委會|Subscribe now|广告合作请加|廣告合作請加|原创解读|原創解讀|一站式服务|一站式服務|\[转帖\]|\[轉帖\]|本店|懶人包|懒人包|加入购物车|立即购买|立即購買|包邮|包郵|运费|運費|销量|銷量|已售|库存|庫存|优惠券|優惠券|￥\s*\d|¥\s*\d|博客|博文|博主|我的主页|个人主页|個人主頁|随笔|隨筆|楼主|樓主|回帖|发帖|發帖|帖子|只看该作者|沙发|(?<!冷)板凳|百科|词条|詞條|义项|義項|编辑词条|編輯詞條|网友评论|網友評論|我要评论|我要評論|点赞|點讚|粉丝|粉絲|关注我(?![们們])|關注我(?![们們])|我要提问|我要提問|提问于|提問於|最佳答案|其他回答|采纳率[:：\s]|採納率[:：\s]|个回答|個回答|我来回答|我來回答|条评论|條評論|评论区|評論區|部落格|痞客邦|PIXNET|Substack is the home|付費訂閱者|付费订阅者|nbviewer|Jupyter|IG：@|人讚好|人赞好|查核報告|查核结果|查核結果|互动易|問答詳情|问答详情|董秘|维基新闻|維基新聞|撰写文章|撰寫文章|新闻编辑室|新聞編輯室|個人分類|个人分类|全站分類|全站分类|則留言|则留言|捐款支持|閱讀時間約|阅读时间约|閱讀時間[:：]|阅读时间[:：]|【廣告】|【广告】|学位授予单位|學位授予單位|导师姓名|導師姓名|被引量|参考文献（共|參考文獻（共|万方数据|萬方數據|中国知网|中國知網|VIP会员|VIP會員|会员专享|會員專享|开通会员|開通會員|登录查看|登錄查看|中图分类号|中圖分類號|文献标志码|文獻標誌碼|文献标识码|文獻標識碼|引用本文|收稿日期|發信站|发信站|查企业|查企業|查老板|查老闆|风险扫描|風險掃描|数据纠错|數據糾錯|附近公司|同类单位|同類單位|历史法定代表人|歷史法定代表人|宗亲|宗親|族谱|族譜|宗祠|克隆\/下载|克隆\/下載|Pull Request|(?:Watch|Star|Fork)[\s\u3000]+\d|代码托管|代碼託管|AI写作|AI寫作|AI生成范文|AI生成範文|到这去|到這去|认领此地点|認領此地點|周边推荐|周邊推薦|我的笔记|我的筆記|导出笔记|導出筆記|打字练习|打字練習|打字测速|打字測速|文本比对|文本比對|比对模式|比對模式|文字复制比|文字複製比|查重|开始答题|開始答題|答题须知|答題須知|均为示例|均為示例|占位内容|佔位內容|模板示例|範本示例|本章字数|本章字數|章节目录|章節目錄|加入书签|加入書籤|以官方发布为准|以官方發布為準|以官方公布为准|以官方公佈為準|以官方通知为准|商务合作|商務合作|如有侵权请联系删除|如有侵權請聯繫刪除|专业代理|專業代理|各位老板|各位老闆|教学目标|教學目標|教学设计|教學設計|所需学币|所需學幣|点此退订|點此退訂|如不希望再收到|点此查看网页版|點此查看網頁版|打赏|打賞|中文摘要|關鍵詞|刊名|DOI|※ 文章網址|※ 文章网址|分享的对话|分享的對話|继续对话|繼續對話|加入小组|加入小組|最受欢迎的讨论|最受歡迎的討論|我要招人|立即沟通|立即溝通|相似职位|相似職位|人力资源服务许可证|人力資源服務許可證|成为主办|成為主辦|票务平台|票務平台|贩售时间|販售時間|老黄历|老黃曆|彭祖百忌|吉神宜趋|吉神宜趨|星座运势|星座運勢|万年历|萬年曆|开始新对话|開始新對話|均由AI生成|继续聊|繼續聊|网信算备|網信算備|线上订房|線上訂房|立即订房|立即訂房|民宿登记证|民宿登記證|个人待办|個人待辦|仅供自己|僅供自己|自己手记|自己手記|免運|免运|Powered by SHOPLINE|截稿倒计时|截稿倒計時|第三方会议服务|第三方會議服務|范文大全|範文大全|小编为大家整理|小編為大家整理|应用截图|應用截圖|开发者其他应用|開發者其他應用|\d人评分|\d人評分|同类推荐|同類推薦|随堂练习|隨堂練習|课件下载|課件下載|推荐课程|推薦課程|章节速览|章節速覽|(?:^|\n)[\s\u3000]*(?:发言人|發言人)\d|剩余字数|剩餘字數|校对结果|校對結果|一键采纳|一鍵採納|疑似差错|疑似差錯|重新生成|思考过程|思考過程|著數|着数|你可能有興趣|你可能有兴趣|模板编号|模板編號|飞书云文档|飛書雲文檔|免费使用飞书|免費使用飛書|的成员创建|的成員建立|基本解释|基本解釋|详细解释|詳細解釋|词语组词|詞語組詞|例句来源|例句來源|本作品著作权归作者所有|本作品著作權歸作者所有|TA的更多作品|创作工具[:：]|創作工具[:：]|用 ?Notion ?(?:制作|创建|建立)|试用 ?Notion|试试 ?Notion|在 ?Notion ?中打开|查看更多风险信息|查看更多風險信息|数据来源于国家企业信用信息公示系统/g;

/**
 * A company's own site (its footer: Copyright © … 某某代理有限公司 版权所有, 由 創科日報有限公司 出版) selling a service
 * around official texts: a consultancy's rewrite of a notice, with its sales pitch, is not the notice.
 * (Its English name may stand between: 灣區快線媒體有限公司 BayLine Media Limited 版權所有.)
 */
const COMPANY_OWNER = new RegExp(
  `(?:${COPYRIGHT}|${ACCOUNT_OWNER}|copyright|©)[^\\n]{0,60}(?:${LIMITED_COMPANY}|Media Limited|Press Limited|News Limited)|(?:${LIMITED_COMPANY})(?:[\\s\\u3000]*[A-Za-z][A-Za-z .,&'-]{0,60}?(?:Limited|Ltd\\.?|Inc\\.?|Co\\.?))?[^\\n]{0,10}(?:${COPYRIGHT})|由[\\s\\u3000]*[^\\n]{2,30}?(?:${LIMITED_COMPANY})[\\s\\u3000]*(?:出版|出品|运营|運營)` +
    // (Or a line of the foot opening on the company's name and its address: 澳門城通巴士股份有限公司　地址：….)
    // (Or on its address unlabelled, in Macau or Hong Kong: 康泰大藥房有限公司　澳門新馬路61號地下; or on its Taiwan
    // tax number: 匯策管理顧問股份有限公司　統一編號：….)
    `|(?:^|\\n)[\\s\\u3000]*[\\u4e00-\\u9fff（）()]{2,30}(?:${LIMITED_COMPANY})[\\s\\u3000]+(?:(?:地址|地點|地点)[:：]|澳門|澳门|香港|(?:統一編號|统一编号)[:：])`,
  'i',
);
// (Or its WeChat account names it: 金昌瑞镍新材料科技股份有限公司官方公众号.)
const COMPANY_ABOUT = new RegExp(`(?:${LIMITED_COMPANY})(?:成立于|成立於|${OFFICIAL_ACCOUNT_WORDS})`);
const COMPANY_CREDIT_CODE = /(?:统一社会信用代码|統一社會信用代碼)[:：]?[\s\u3000]*9[1-3]/;
// (Or a platform's account card names it: 杭州启明星科创教育科技有限公司 · 潮鸣号·教育.)
const COMPANY_ACCOUNT = new RegExp(`(?:${LIMITED_COMPANY})(?:${OFFICIAL_ACCOUNT_WORDS})|(?:${LIMITED_COMPANY})[\\s\\u3000]*[·・][\\s\\u3000]*[\\u4e00-\\u9fff]{1,4}(?:号|號)`);
/** A WeChat account's registered holder, a company: 账号主体 平南县圈子文化传媒有限公司. */
const ACCOUNT_HOLDER_COMPANY = new RegExp(`(?:账号主体|帳號主體)[\\s\u3000:：]*[\u4e00-\u9fff]{2,30}(?:${LIMITED_COMPANY})`);
/** A page's word that it is no body's and prints no body's text: 与任何政府部门无隶属关系, 示例文号…不代表真实文件. */
const DISCLAIMS_OFFICIAL = /(?:无|無)(?:隶属|隸屬)(?:关系|關係)|不代表真实文件|不代表真實文件/;
/** A mailed newsletter's foot: 您收到此邮件，是因为…, 退订 · 修改订阅偏好. */
const MAILING_LIST = /您收到此邮件|您收到此郵件|退订[\s\u3000]*[·|｜]|退訂[\s\u3000]*[·|｜]|取消訂閱|取消订阅/;
/** A company's name anywhere in a line, its city in brackets or not: 上海启衡科技咨询有限公司, All rights reserved; 瑞策科创咨询（杭州）有限公司. */
const COMPANY_NAME_IN = new RegExp(`[\\u4e00-\\u9fff]{2,30}(?:[（(][\\u4e00-\\u9fff]{2,6}[)）])?(?:${LIMITED_COMPANY})`);
const SALES_PITCH = /火热招生|火熱招生|预约免费|預約免費|全程班|老师微信|老師微信|订购热线|訂購熱線|订购电话|訂購電話|预订价|預訂價|个人票|個人票|团体票|團體票|成人票|免费评估|免費評估|免费咨询|免費諮詢|立即评估|立即咨询|立即諮詢|扫码添加|掃碼添加|顾问微信|顧問微信|据小编|小编提醒|小編提醒|服务热线|服務熱線|咨询热线|諮詢熱線|咨询电话|諮詢電話|预约试听|預約試聽|早鸟价|早鳥價|早鸟优惠|早鳥優惠|一般票|网上商店|網上商店|热卖产品|熱賣產品|立即WhatsApp|WhatsApp查詢|WhatsApp查询|报名咨询|報名諮詢|先到先得|与我们联系|與我們聯繫|不构成任何|不構成任何|火热报名|火熱報名|销售热线|銷售熱線|在线询价|在線詢價|線上詢價|产品中心|產品中心|课程特色|課程特色|已满额|已滿額|现正接受报名|現正接受報名|特惠价|特惠價|原价|原價|立减|立減|医广【|醫廣【/g;

/**
 * A self-media account on a platform (系作者授权百家号发表): its rewrite of a notice, with the
 * account's own chatter (小编觉得…, 欢迎评论区聊聊), is a blog post.
 */
const SELF_MEDIA_PLATFORM = /小红书|小紅書|行吟信息科技|百家号|百家號|头条号|頭條號|今日头条|今日頭條|企鹅号|企鵝號|大鱼号|大魚號|网易号|網易號|搜狐号|搜狐號|方格子|vocus|痞客邦|知乎|简书|簡書/;
const SELF_MEDIA_CHATTER = /沙龍會員|沙龙会员|月訂閱|月订阅|姐妹们|姐妹們|带娃|帶娃|遛娃|亲测|親測|说点什么|說點什麼|小编|小編|评论区|評論區|带你了解|帶你了解|赞助|贊助|立即订阅|立即訂閱|懒人包|懶人包|发布于|發布於|赞同|贊同|和大家聊聊|和大家聊一聊|跟大家聊聊|跟大家聊一聊|不少客户|不少客戶/g;

/** A title of a company head's speech to the company: 董事长在公司2029年度总结表彰大会上的讲话. */
const COMPANY_HEAD_SPEECH = /(?:董事长|董事長|总经理|總經理|总裁|總裁)[\u4e00-\u9fff]{0,4}在[^\n]{0,20}(?:公司|集团|集團)/;
const ASSOCIATION_NAMED = new RegExp(ASSOCIATION);
/** A company's name (…股份有限公司), and its own document number (恒拓股份〔2029〕15号). */
const COMPANY_NAME = new RegExp(`(?:${LIMITED_COMPANY})$`);
const COMPANY_NUMBER = /^[\u4e00-\u9fff]{2,10}(?:股份|公司)[〔［\[（(]/;
const OUR_COMPANY = /我公司|本公司|我司|我中心/;
/** Whether `org` signs the text, its name over a date at the end: 华科智培（北京）教育咨询有限公司 / 2030年5月6日. */
function signedBy(bodyText: string, org: string): boolean {
  // (Its last mention may be in the press line under the date: 傳媒查詢：沙田民政事務處新聞聯絡組.)
  for (let at = bodyText.lastIndexOf(org); at >= 0 && at >= bodyText.length - SIGNATURE_SPAN; at = bodyText.lastIndexOf(org, at - 1)) {
    if (SIGNATURE_DATE.test(bodyText.slice(at + org.length))) return true;
    if (at === 0) break;
  }
  return false;
}
/** A day as a signature prints it: 2026年5月4日, 二〇二六年八月二十六日. */
const SIGNED_DAY = String.raw`(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二][〇○零九][〇○零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)`;
// (A release's line for the press may follow: 傳媒查詢：沙田民政事務處新聞聯絡組（電話：…）.)
// (Its unit that writes may sign under it: 康樂及文化事務署 / 香港科學館 / 二〇二六年十月三十日; a PDF's folio may end the page:
// 第 2 頁，共 2 頁.)
const SIGNATURE_DATE = new RegExp(String.raw`^\s*(?:[\u4e00-\u9fff]{2,14}(?:館|馆|處|处|局|中心|組|组|室)[ \t\u3000]*)?\n\s*${SIGNED_DAY}\s*(?:$|\n\s*(?:傳媒查詢|传媒查询|媒體查詢|媒体查询)[:：][^\n]*$|\n\s*第\s*\d{1,3}\s*[頁页][，,]?\s*共\s*\d{1,3}\s*[頁页]\s*$)`);
/** A signature's date alone on its line. */
const SIGNATURE_DATE_LINE = new RegExp(String.raw`^\s*${SIGNED_DAY}\s*$`);
/** A university's head, opening a title: 香港科技大學校長, 澳門大學副校長, 浸大校長. */
const UNIVERSITY_HEAD = /^[\u4e00-\u9fff]{1,12}(?:大學|大学|大)(?:副)?(?:校長|校长)/;
/** An estate's management office, as it signs: 管理處, 海澄苑管理處. */
const MANAGEMENT_OFFICE = /^[\u4e00-\u9fff]{0,8}(?:管理處|管理处)$/;
/** A title that opens on a company's name: …运营管理有限公司2029年度工作总结. */
const COMPANY_NAMED_TITLE = new RegExp(`^[\\u4e00-\\u9fff]{2,30}?(?:${LIMITED_COMPANY})(?![\\u4e00-\\u9fff]{0,6}(?:${ASSOCIATION}))`);
/** The head of a government or a body, as a speech's title names the speaker. */
const GOVERNMENT_HEAD = /縣長|县长|市長|市长|鄉長|乡长|鎮長|镇长|區長|区长|局長|局长|處長|处长|主委|院長|院长|部長|部长|署長|署长|省長|省长|書記|书记|行政長官|行政长官|司長|司长/;
/** A financial firm's disclaimer under its market commentary. */
const INVESTMENT_DISCLAIMER = /(?:並非|并非|不構成|不构成|非屬|非属)(?:任何)?(?:投資建議|投资建议)/;
/** A webmaster tool's page about a site (its ICP filing, Whois and SEO figures). */
const WEBMASTER_TOOL = /ICP备案查询|ICP備案查詢|Whois查询|Whois查詢|SEO综合查询|SEO綜合查詢|权重查询|權重查詢|百度权重|百度權重|站长工具|站長工具|站长之家|站長之家|站长帮|站長幫/g;
/** A site search's count of its results, over their snippets. */
const SEARCH_RESULTS = /(?:为您找到|為您找到|找到)相(?:关|關)(?:结果|結果)约?\s*[\d,]+\s*(?:条|條|个|個|篇)/;
/** An exported chat's heading: 群聊：…, …的聊天记录. */
const CHAT_EXPORT = /^[\s\u3000]*(?:群聊|群聊天)[:：]|的聊天(?:记录|記錄)[\s\u3000]*(?:\n|$)/m;
/** A library catalogue's record: its fields and holdings. */
const CATALOGUE_RECORD = /题名\/责任者|題名\/責任者|索书号|索書號|馆藏信息|館藏信息|载体形态项|載體形態項|中图法分类号|中圖法分類號|MARC显示|MARC顯示/g;
/** A student's thesis, and its supervisor's line. */
const THESIS = /毕业论文|畢業論文|学位论文|學位論文/;
const THESIS_SUPERVISOR = /指导教师|指導教師|指导老师|指導老師|指導教授/;
/** A student's coursework (课程作业, 作业要求 over a mock notice) and the student number it is signed with. */
const COURSEWORK = /课程作业|課程作業|作业要求|作業要求|作业详情|作業詳情|作业截止时间|作業截止時間/;
const STUDENT_NUMBER = /学号|學號/;
/** A site that says it is no body's (本站为非官方网站), or whose domain is for sale: a squatter on a body's old domain, whatever name it keeps. */
const UNOFFICIAL_SITE = /(?:本站|本网站|本網站)(?:为|為|是|系)?非官方(?:网站|網站)|域名可转让|域名可轉讓|域名出售/;
/**
 * A phishing page dressed as a body's notice: its claim button, the count of those who "claimed", its
 * countdown (立即申领, 已有13862人成功领取, 距申领截止还剩).
 */
const BAIT = /立即申领|立即申領|成功领取|成功領取|距申领截止|距申領截止/g;
/** A student's practice report (社会实践报告, 实习报告), and its writer's line (…学院 生物科学专业 2027级 李雪兰; 专业：农学　姓名：…　学号：…). */
const PRACTICE_REPORT = /(?:社会实践|社會實踐|实践|實踐|实习|實習|见习|見習)(?:调查|調查)?(?:报告|報告)/;
const STUDENT_LINE = /(?:学院|學院|大学|大學)[^\n]{0,20}(?:专业|專業|系)[^\n]{0,12}(?:19|20)\d{2}[级級]|(?:专业|專業)[\s\u3000]*[:：][^\n]{0,30}(?:学号|學號)[\s\u3000]*[:：]/;
/** A title of a reader's essay: …心得体会, 读后感, 观后感. */
const ESSAY_TITLE = /心得体会|心得體會|读后感|讀後感|观后感|觀後感|范文|範文/;
/** Commercial outlets whose own reporting is not an official text. */
const COMMERCIAL_SOURCE =
  /新浪|网易|網易|搜狐|腾讯|騰訊|(?:凤凰|鳳凰)(?:网|網|新闻|新聞|卫视|衛視|财经|財經|号|號|资讯|資訊)|澎湃|界面|财新|財新|第一财经|第一財經|每日经济|每日經濟|21世纪经济|21世紀經濟|今日头条|今日頭條|百家号|百家號|头条号|頭條號|东方财富|東方財富|雪球|知乎|微博|豆瓣|虎嗅|36氪|钛媒体|鈦媒體|联合报|聯合報|聯合新聞網|联合新闻网|聯合線上|联合线上|自由时报|自由時報|中时|中時|苹果日报|蘋果日報|东森|東森|明报|明報|星岛|星島|TVBS|Yahoo|雅虎|奇摩|ETtoday|經貿時報|工商時報|經濟日報/;

/** Whether the text names the association of a company the footer names: 山河建设集团有限公司科学技术协会. */
function companysAssociation(footer: string, bodyText: string): boolean {
  const company = COMPANY_ASSOCIATION.exec(bodyText)?.[1];
  return company !== undefined && footer.includes(company);
}
/**
 * A company's name on a line of its own, as it signs: 置信物業管理有限公司; its office and manager may follow on the
 * same line: 置信物業管理有限公司瓏峰苑管理處物業經理黃志明.
 */
const COMPANY_SIGNATURE_LINE = /^[\s\u3000]*[\u4e00-\u9fff（）()]{2,30}(?:股份有限公司|有限责任公司|有限責任公司|有限公司)[\u4e00-\u9fff]{0,16}[\s\u3000]*$/;
const COMPANY_BODY_END = /(?:协会|協會|科协|科協|学会|學會|委员会|委員會|党委|黨委|工会|工會|团委|團委)$/;
/** A procurement's parties: its agent signs for its buyer. */
const PROCUREMENT = /采购人|採購人|招标人|招標人|采购代理|採購代理|招标代理|招標代理/;
/** How many of the body's last lines hold its signature (an account's credits may follow it: 供稿丨… / 编辑丨… / 审核丨…). */
const COMPANY_SIGNATURE_LINES = 8;

/**
 * Whether a company signs the body at its foot: its name on a line of its own among the last few, the date
 * under it (its office and manager may stand between: 置信物業管理有限公司 / 瓏峰苑管理處 / 物業經理黃志明 / 2026年5月4日).
 */
function companySigned(bodyText: string): boolean {
  const lines = bodyText.trimEnd().split('\n').slice(-COMPANY_SIGNATURE_LINES);
  // (Not a company named in a list's last row, the body signing under it: …有限公司 / 特此公告。 / 渭南市科学技术协会 / 2030年3月22日.)
  return lines.some((line, k) => {
    // (A company's own 科协 or party committee signs as a body: …有限公司科学技术协会.)
    if (!COMPANY_SIGNATURE_LINE.test(line) || COMPANY_BODY_END.test(line.trim())) return false;
    const date = lines.slice(k + 1, k + 4).findIndex((next) => SIGNATURE_DATE_LINE.test(next));
    return date >= 0 && !lines.slice(k + 1, k + 1 + date).some((between) => ISSUER.test(between));
  });
}

/** A company's department: 江苏恒润精密机械有限公司综合管理部. */
const COMPANY_DEPARTMENT = /(?:有限公司|有限责任公司|有限責任公司)[\u4e00-\u9fff]{2,8}(?:部|办公室|辦公室)$/;
const COMPANY_ASSOCIATION = new RegExp(`([\\u4e00-\\u9fff]{2,30}(?:股份有限公司|有限公司))(?:${ASSOCIATION})`);
/** An outlet's own compilation named as the source: 濠江快訊網綜合報道. */
const COMPILED_BY_OUTLET = /(?:綜合|综合)(?:報道|报道|報導|报导)$/;
/** A reporter's byline, the name masked maybe: 記者 潘○○／臺東報導. */
const REPORTER_BYLINE = /(?:^|\n|‧|〔|【|\[)[\s\u3000]*(?:記者|记者|撰文[:：]|文[／/∕╱])[\s\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff○〇]{1,3}(?:[\s\u3000／/∕╱]|$)/m;
/** A reporter's name and 报道 on a line of their own: 陈思颖 报道. */
const REPORTED_BY_LINE = /(?:^|\n)[\s\u3000]*[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:报道|報道|報導)[\s\u3000]*(?:\n|$)/;
const OWN_REPORTERS = /本網記者|本网记者|本網綜合報導|本网综合报道|本報記者|本报记者|【本報訊】|【本报讯】|本台記者|本台记者|本刊(?:發現|发现|記者|记者|調查|调查|分析|整理)|[报報][讯訊][（(](?:记者|記者)/;
// (Or a link of the foot's bar: 关于我们 | 联系我们 | 广告 | 隐私政策.)
/** An outlet's stamp on its own report, with its rights reserved: 本文为芯潮网原创，未经授权不得转载 (not 本文为作者原创). */
const OUTLET_ORIGINAL = /本文(?:为|為|系|係)(?!作者|本号|本號)[\u4e00-\u9fff]{2,12}?(?:原创|原創)(?:稿件|文章|内容|內容)?[，,。][\s\u3000]*(?:未经|未經)(?:授权|授權|许可|許可)/;
const ADVERTISING = /(?:^|\n|[|｜])[\s\u3000]*(?:廣告|广告)[\s\u3000]*(?:\n|$|[|｜])|[【〔［\[](?:廣告|广告)[】〕］\]]|廣告查詢|广告查询|廣告刊登|广告刊登|广告合作|廣告合作|广告服务|廣告服務|广告热线|廣告熱線/;
const STUDENT_CLUB = /(?:学院|學院|大学|大學|中学|中學|小学|小學|书院|書院)(?![\u4e00-\u9fff]*(?:科学技术协会|科學技術協會|科协|科協))[\u4e00-\u9fffA-Za-z]{2,10}(?:协会|協會|学会|學會|社)(?![\u4e00-\u9fff])/;
const PRIVATELY_FOUNDED = /民办学校办学许可证|民辦學校辦學許可證|(?:学校|學校|中学|中學|小学|小學|学院|學院|幼儿园|幼兒園)[（(](?:民办|民辦)[)）]|(?:办学许可证|辦學許可證)[:：]?[\s\u3000]*教民|民办非企业单位|民辦非企業單位|(?:举办者|舉辦者|举办单位|舉辦單位)[:：][^\n]{0,30}(?:有限公司|投資|投资)/;
const THIRD_PARTY = /(?:第三方)[\u4e00-\u9fff]{0,8}(?:平台|網站|网站)[\s\S]{0,20}?(?:无隶属关系|無隸屬關係)|(?:与|與)(?:各|所有)?(?:主办单位|主辦單位)(?:无|無)(?:隶属|隸屬)(?:关系|關係)|(?:与|與)(?:上述|有关|有關)?(?:政府机关|政府機關|政府部门|政府部門)[^，。\n]{0,12}?(?:无|無)(?:隶属|隸屬)/;
const GOVERNMENT_ENDOWED = /(?:部|院|會|会|政府)(?:捐助成立|出資成立|出资成立)/;
const TAX_EXEMPT_CHARITY = /(?:本會|本会|本機構|本机构)[^。\n]{0,24}(?:獲豁免繳稅|获豁免缴税)的慈善(?:機構|机构|團體|团体)/;
const RECORDED_BY_BODY = new RegExp(`(?:录制者|錄製者|上传者|上傳者)[:：][\\s\u3000]*[\u4e00-\u9fff]{0,20}(?:${ISSUER_WORDS})`);
/** A verified profile's line that names a body alone (its English name may follow). */
const BODY_PROFILE_LINE = new RegExp(`^[\\s\u3000]*[\u4e00-\u9fff]{0,20}(?:${ISSUER_WORDS}|局|處|处|署)[\u4e00-\u9fff]{0,4}(?:[\\s\u3000]+[A-Za-z][A-Za-z .,'&-]*)?[\\s\u3000]*$`, 'm');
const CHARITY = /(?:慈善|公益)基金[会會]/;
/** A footer's line of a studio's name and address: 映画影像工作室（建德市映画文化传播工作室）　地址：…. */
const STUDIO_FOOTER_LINE = /^[\s\u3000]*[\u4e00-\u9fff·]{2,16}工作室(?:[（(][\u4e00-\u9fff]{2,30}[)）])?[\s\u3000]*(?:地址|地點|电话|電話)[:：]/m;
const PRIVATE_STUDIO_ACCOUNT = /(?:功能介绍|功能介紹)[\s\u3000]*[\u4e00-\u9fff]{2,20}?(?:工作室|培训学校|培訓學校|培训中心|培訓中心)/;
const MEMBERS_OFFICE = /議員[\u4e00-\u9fff]{0,4}辦事處|议员[\u4e00-\u9fff]{0,4}办事处/;
const MEMBERS_OWN_VIEW = /只代表(?:議員|议员)本人/;
const POLITICIAN_PAGE = /^[\s\u3000]*(?:政治人物|Politician)[\s\u3000]*$/m;
/** Whether the site is a university's that no page of its says is private: Copyright © 2026 The University of Hong Kong 香港大學. */
function publicUniversitySite(footer: string): boolean {
  const name = UNIVERSITY_COPYRIGHT.exec(footer)?.[1];
  if (name !== undefined && !PRIVATE_UNIVERSITY.test(name)) return true;
  // (Or a national university's office named alone over its postcode and address: 國立竹南科技大學研究發展處 / 35053 苗栗縣….)
  const lines = footer.split('\n').map((line) => line.trim());
  return lines.some((line, i) => NATIONAL_UNIVERSITY_LINE.test(line) && POSTCODE_LINE.test(lines[i + 1] ?? ''));
}
/** A national university or one of its offices, alone on a line. */
const NATIONAL_UNIVERSITY_LINE = /^(?:國立|国立)[\u4e00-\u9fff]{2,12}(?:大學|大学|學院|学院)[\u4e00-\u9fff]{0,10}$/;
/** An address opening on its postcode: 35053 苗栗縣竹南鎮…. */
const POSTCODE_LINE = /^\d{3,6}[\s\u3000]*[\u4e00-\u9fff]{1,4}(?:縣|县|市)/;
/** Whether the site is a Taiwan public school's, its footer naming it before its address (publicSchoolName). */
function publicSchoolSite(footer: string): boolean {
  return footer.split('\n').some((line) => publicSchoolName(line) !== null);
}
/** A school a government runs, its name saying so: 臺東縣立新生國民中學, 臺北市立…國民小學, 國立…高級中學. */
const PUBLIC_SCHOOL = /(?:縣立|县立|市立|國立|国立|區立|区立|公立)[\u4e00-\u9fff]{1,12}(?:小學|中學|小学|中学)/;
/** A school's footer: 某某中學 版權所有, 版权所有：静乐县第一中学. */
const SCHOOL_OWNER = /(?:小學|中學|小学|中学|幼稚園|幼儿园|幼兒園)[\s\u3000]*(?:版權所有|版权所有|$)|(?:版權所有|版权所有)[:：][\s\u3000]*[\u4e00-\u9fff]{2,20}(?:小學|中學|小学|中学|幼稚園|幼儿园|幼兒園)(?![\u4e00-\u9fff])/;
const TRAINING_SCHOOL = /培训学校|培訓學校|培训中心|培訓中心|培训机构|培訓機構|补习|補習/;
/** A university's own association, as its pages name it: 校科协, 我校科协, 沈阳化工大学科学技术协会. */
const UNIVERSITY_ASSOCIATION = /校科[协協]|(?:大学|大學|学院|學院)(?:科学技术协会|科學技術協會|科协|科協)/;
const STUDENT_ASSOCIATION = /学生科学技术协会|學生科學技術協會|学生科协|學生科協/;
const STUDENT_WORDS = /社团|社團|招新|级学生|級學生|团委|團委|兴趣小组|興趣小組|顾问老师|顧問老師|干事会|幹事會/g;
/** A commercial site's readers: its comment count, its disclaimer to investors. */
const READERS = /(?:留言|評論|评论)[（(]\d+[)）]|不構成任何投資建議|不构成任何投资建议/;
/** Private universities of Macau and Hong Kong, which no page of theirs says are private (run by foundations, not the SAR). */
const PRIVATE_UNIVERSITY = /澳門科技大學|澳门科技大学|澳門城市大學|澳门城市大学|聖若瑟大學|圣若瑟大学|香港樹仁大學|香港树仁大学|香港恒生大學|香港恒生大学/;
/** A company the government founded says so where it introduces itself (香港特区政府于2000年成立的研发中心). */
const GOVERNMENT_FOUNDED = /(?:政府|特區政府|特区政府)(?:於|于)?(?:\d{4}年)?(?:成立|設立|设立|創立|创立|创办|創辦)的/;
/** A county's own media centre, run by the party's publicity department: 远安县融媒体中心主办. */
const COUNTY_MEDIA = /融媒体中心|融媒體中心/;
/** A party committee's paper: its publicity department supervises it (主管：中共许昌市委宣传部). */
const PARTY_PAPER = /(?:主管|主管单位|主管單位)[:：]?[\s\u3000]*中共[\u4e00-\u9fff]{2,12}(?:宣传部|宣傳部)/;
/**
 * A party paper's or a public broadcaster's own site or app (南方报业传媒集团 版权所有, 大众日报社主办, 香港電台版權所有): its
 * reporters' story of a body's work is news of that body, however plainly told.
 */
const PARTY_OUTLET = /(?:日报社|日報社|日报报业|日報報業|报业集团|報業集團|报业传媒集团|報業傳媒集團|广播电视台|廣播電視台|融媒体中心|融媒體中心|香港電台|香港电台)(?:[\s\u3000]*(?:版权所有|版權所有|主办|主辦))|(?:主办|主辦|主办单位|主辦單位)[:：]?[\s\u3000]*[\u4e00-\u9fff]{2,10}(?:日报社|日報社|报业集团|報業集團|报业传媒集团|報業傳媒集團|广播电视台|廣播電視台|融媒体中心|融媒體中心)/;
/** A content site's line naming the user who posted: 2029-08-09 由 白山生活圈 發表于 資訊. */
const USER_POST = /由[\s\u3000]*[^\s\u3000]{1,20}[\s\u3000]*(?:發表於|發表于|发表于|發佈於|发布于)/;
/** A platform's word that a post is its uploader's (本文为…“人民号”作者上传发布，仅代表该作者观点): not the outlet's reporting. */
const PLATFORM_UPLOAD = /(?:作者|用户|用戶)上传|(?:作者|用戶)上傳|(?:仅|僅)提供信息(?:发布|發布|存储|存儲)/;
/** A platform's word that its author posted a post (本文为速览号作者发布，不代表速览新闻观点; 本文由作者发布). */
const PLATFORM_AUTHOR = /(?:由|[号號])作者(?:发布|發布)/;
/** A self-media writer calling themselves the editor. */
const EDITOR_VOICE = /小编|小編/;
const STATE_MEDIA = /人民网|人民網|新华网|新華網|光明网|光明網|央视网|央視網|央广网|央廣網|中国新闻网|中國新聞網|中国日报|中國日報|求是网|中青网|中國青年網|中国青年网/;

/** Whether a page pitches a service (免费咨询, 服务热线, 预约试听…) more than once. */
export function sellsService(pageText: string): boolean {
  return count(SALES_PITCH, pageText, 2) >= 2;
}
/** A training firm's pitch for its classes: 辅导班, 立减, 仅需6800元, 热门课程 (apart from SALES_PITCH, which also names a
 * seller's page for its company: a firm retelling a notice is named for the body it retells). */
const COURSE_PITCH = /辅导班|輔導班|立减|立減|(?:仅需|僅需)\d|热门课程|熱門課程/g;
/** Whether the page sells a service or its classes (SALES_PITCH, COURSE_PITCH), twice at least. */
function sellsServiceOrClasses(pageText: string): boolean {
  return count(SALES_PITCH, pageText, 2) + count(COURSE_PITCH, pageText, 2) >= 2;
}

/** How many different words of `re` (global) `text` holds, counting at most `cap`. */
function distinctMatches(re: RegExp, text: string, cap: number): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m && seen.size < cap; m = re.exec(text)) seen.add(m[0]);
  return seen.size;
}

function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

/** How much of each end of a page holds its furniture (menus, toolbars, comment boxes). */
const FURNITURE_SPAN = 5000;

/**
 * Whether the footer shows a private owner that issues nothing official (a private school or centre,
 * a training school, a trade association, a self-declared third party): its page is its own.
 */
export function privatelyOwned(pageText: string): boolean {
  const { footer, ownerLines } = siteFooter(pageText);
  return (
    privateFooter(footer, ownerLines) ||
    THIRD_PARTY.test(pageText.slice(-FURNITURE_SPAN)) ||
    TAX_EXEMPT_CHARITY.test(footer) ||
    (COMPANY_CREDIT_CODE.test(footer) && ownerLines.some((line) => COMPANY_OWNER.test(line))) ||
    ownerLines.some((line) => CHARITY.test(line))
  );
}

/** The page's footer, and the site owner's lines in it (版权所有, 主办). */
function siteFooter(pageText: string): { footer: string; ownerLines: string[] } {
  const footer = pageText.slice(-2000);
  // (An event's credits, 指導單位：教育部　主辦單位：嘉義市政府, name its organisers, not a site's owner;
  // so do a ticket listing's, its company staging the event or selling its tickets: 承办单位：…文旅发展有限公司.)
  if (EVENT_STAGED.test(footer)) return { footer, ownerLines: [] };
  // (Nor does a work's own notice, © 本作品著作权归作者所有…甲方：松阳县科学技术协会: its author's, its client named.)
  // (A line may open on a Taiwan site's access key: :::國立科學工藝博物館　80765高雄市….)
  const lines = footer.split('\n').map((line) => line.replace(ACCESS_KEY, ''));
  // (Or the name alone over its postal address, as Taiwan's agencies sign their sites: 農業部茶及飲料作物改良場 /
  // 326011桃園市楊梅區….)
  const owns = (line: string, i: number) => SITE_OWNER.test(line) || (NAME_ALONE.test(line) && POSTAL_ADDRESS.test(lines[i + 1] ?? ''));
  return { footer, ownerLines: lines.filter((line, i) => owns(line, i) && !EVENT_CREDITS.test(line) && !AUTHORS_RIGHTS.test(line)) };
}
const NAME_ALONE = /^[\s\u3000]*[\u4e00-\u9fff]{4,30}[\s\u3000]*$/;
const POSTAL_ADDRESS = /^[\s\u3000]*\d{3,6}(?![\d年月日])[\s\u3000]*[\u4e00-\u9fff]{2,3}(?:市|縣|县)[^\n]{0,30}?(?:路|街|號|号)/;
const AUTHORS_RIGHTS = /(?:著作权|著作權|版权|版權)归作者|(?:著作權|版權)歸作者/;
const EVENT_CREDITS = /(?:指導單位|指导单位)[:：]/;
const EVENT_STAGED = /(?:承办|承辦)(?:单位|單位)?[:：][^\n]{2,30}(?:有限公司|有限責任公司)|(?:票务|票務)(?:总代理|總代理)[:：]/;

/** A footer line naming an issuer as the site's owner (a periodical's supervisor, an encyclopedia's terms and a private foundation are none). */
function namesOfficialOwner(line: string): boolean {
  return (ISSUER_OWNER.test((PERIODICAL.test(line) ? withoutSupervisor(line) : line).replace(ENCYCLOPEDIA_TERMS, '')) || BUREAU_OWNER.test(line)) && !PRIVATE_FOUNDATION.test(line);
}

/** What of the footer follows the article (all of it where the article's end is not found in it). */
function pastArticle(footer: string, bodyText: string): string {
  const end = bodyText.slice(-ARTICLE_END_CHARS).trim();
  const at = end.length >= 8 ? footer.lastIndexOf(end) : -1;
  return at >= 0 ? footer.slice(at + end.length) : footer;
}
const ARTICLE_END_CHARS = 40;

/**
 * Whether the footer names a private owner whose site reports its own activities, whatever
 * association or bureau it worked with: a school (© 2026 香港匯賢教育協進會天水圍小學 版權所有), a
 * training school (版权所有 聊城市天翔职业技能培训学校), a trade association (版权所有 湖北省光电子信息行业协会, 广东省智能装备产业促进会:
 * a body of companies, neither an association of science nor a public body), or a privately founded
 * school or centre (民办学校办学许可证, 举办者：…有限公司; 民办非企业单位).
 */
function privateFooter(footer: string, ownerLines: string[]): boolean {
  // (A government's training centre writes from a government address: info@cfjj.gov.mo.)
  if (GOVERNMENT_DOMAIN.test(footer)) return false;
  // (Its address may name another body's building: 澳門基金會　地址：…中華總商會大廈7樓.)
  // (Or its licence says so: 補習班立案字號：北市教終字第…號.)
  // (Or a temple's, 財團法人嘉義縣朴子市聖安宮, however it words its 公告.)
  return ownerLines.some((line) => (SCHOOL_OWNER.test(line) && !PUBLIC_SCHOOL.test(line)) || TEMPLE_OWNER.test(line) || TRAINING_SCHOOL.test(line) || TRADE_ASSOCIATION.test(line.replace(ADDRESS, '')) || PRIVATE_UNIVERSITY.test(line)) || PRIVATELY_FOUNDED.test(footer) || TRAINING_LICENCE.test(footer);
}
/** A source naming the site's owner by its kind alone: 协会秘书处, 本会办公室. */
const OWN_OFFICE_SOURCE = /^(?:协会|協會|本会|本會|商会|商會)/;
/** A copy's credit to the site it was taken from: 转自醴陵市科协官网. */
const REPOST_CREDIT = /(?:转自|轉自|转载自|轉載自)([\u4e00-\u9fff]{2,30}?)(?:官网|官網|网站|網站)/;
/** A cram school's licence, in its footer: 臺中市私立欣程電腦短期補習班　立案字號：…. */
// (Or a private school's licence to teach, its number marked 民: 办学许可证号：人社民4302111000123号.)
const TRAINING_LICENCE = /(?:補習班|补习班)[\s\u3000]*立案|(?:办学许可证|辦學許可證)(?:号|號)?[\s\u3000]*[:：]?[\s\u3000]*[\u4e00-\u9fff]{0,4}民/;
const TEMPLE_OWNER = /(?:財團法人|财团法人)[\u4e00-\u9fff]{2,20}(?:宮|宫|廟|庙|寺)(?![\u4e00-\u9fff])/;
const ADDRESS = /(?:地址|地點|地点)[:：].*$/;
/** An e-mail address of a government's domain (a link to a government's page is cited by anyone). */
const GOVERNMENT_DOMAIN = /@[\w.-]+\.gov\.(?:mo|hk|tw|cn)\b/i;

const ORIGIN_LINK = /原文链接|原文鏈接|原文网址|原文網址/;
const GOVERNMENT_URL = /https?:\/\/[\w.-]+\.gov\.(?:cn|tw|hk|mo)\//;
const GAMBLING = /线上开户|線上開戶|真人荷官|注册送|註冊送|彩金|返水|体育投注|體育投注|娱乐平台|娛樂平台/g;
const PLACEHOLDER = /(?<![A-Za-z])XX(?![A-Za-z])|(?<![A-Za-z0-9])x{2,4}(?![A-Za-z])|××|ＸＸ|ｘｘ/g;
const PLACEHOLDERS_MIN = 4;
/** How far into the text placeholders are looked for: a template shows them from its first lines. */
const PLACEHOLDER_SPAN = 20_000;
const INVOICE_FIELDS = /价税合计|價稅合計|开票人|開票人|发票号码|發票號碼/g;
/** A line naming a file with its size: …工作总结.docx48KB, 说明.txt 1KB. */
const LISTED_FILE = /\.(?:docx?|xlsx?|pptx?|pdf|txt|wps|zip|rar|ofd)[\s\u3000]*[\d.]+[\s\u3000]*[KMG]B/gi;
const LISTED_FILES_MIN = 3;

/** Whether `bodyText` is a list of files (three or more, named with their sizes) and no sentence. */
function isFileListing(bodyText: string): boolean {
  return bodyText.length < 5000 && !/[。！？]/.test(bodyText) && count(LISTED_FILE, bodyText, LISTED_FILES_MIN) >= LISTED_FILES_MIN;
}

/** Whether the page's head prints `org` as its publisher, before the day it came out. */
function publishedBy(pageText: string, org: string): boolean {
  const at = pageText.slice(0, PUBLISHER_SPAN).indexOf(org);
  return at >= 0 && PUBLISHED_ON_AFTER.test(pageText.slice(at + org.length, at + org.length + 12));
}
const PUBLISHER_SPAN = 1000;
const PUBLISHED_ON_AFTER = new RegExp(`^[\\s\\u3000]+${PUBLISHED_ON_LABEL}[\\s\\u3000]*[:：]`);

const TW_GOVERNMENT_SITE = /政府網站資料開放宣告|政府网站资料开放宣告/;

export function isOfficialPage(meta: PageMeta, pageText: string, bodyText: string): boolean {
  if (!bodyText.trim()) return false;
  // A site's error page (抱歉，您访问的信息已撤稿或不存在！) holds no document, on whoever's site.
  if (meta.title !== null && ERROR_PAGE_TITLE.test(meta.title)) return false;
  const furniture =
    pageText.length <= 2 * FURNITURE_SPAN
      ? pageText
      : `${pageText.slice(0, FURNITURE_SPAN)}\n${pageText.slice(-FURNITURE_SPAN)}`;
  // Nor does an open-data catalogue's page of a dataset (資料集識別碼, 檔案格式, 授權方式…), whoever provides it.
  if (count(DATASET_FIELDS, furniture, DATASET_FIELD_COUNT) >= DATASET_FIELD_COUNT) return false;
  // Nor does a gambling site's spam planted on a body's hacked pages (葡京娱乐场线上开户), on whatever domain.
  // (Looked for in the page's ends, as its furniture is: the whole of a 1M page would cost 1.4 ms.)
  if (count(GAMBLING, furniture, 2) >= 2) return false;
  // Nor does an invoice (发票号码, 价税合计, 开票人), in whatever reader a body's name on it is shown.
  if (count(INVOICE_FIELDS, furniture, 2) >= 2) return false;
  // Nor does a template, its names left as XX (在XX乡镇举办培训班X期, xx市xx学会, xxx人次, ××省科学技术协会文件), wherever it is sold or shared.
  if (count(PLACEHOLDER, bodyText.slice(0, PLACEHOLDER_SPAN), PLACEHOLDERS_MIN) >= PLACEHOLDERS_MIN) return false;
  // Nor does a cloud drive's share listing only files' names (…工作总结.docx 48KB): no text of any of them.
  if (isFileListing(bodyText)) return false;
  const { footer, ownerLines } = siteFooter(pageText);
  // An association's or a government's own site may have comment boxes and like buttons too.
  // (A private foundation, 財團法人…基金會, issues nothing official, however much it writes about policy.)
  // (An encyclopedia's 百科协议 holds the word 科协, and is no association's.)
  // (But one a ministry endowed is a public body: 本院為經濟部捐助成立之財團法人研究機構.)
  // (A periodical's supervisor, 主管单位：福建省教育厅 over a college's journal, does not make it the body's.)
  // (Or a body that writes from a government's domain, 法律及司法培訓中心 … info@cfjj.gov.mo.)
  // (Or a Taiwan public school's, named before its address: 國立竹山高級中學　55744南投縣….)
  // (Or a Taiwan government site's, its footer declaring its open data: 政府網站資料開放宣告.)
  const taiwanGovernmentSite = TW_GOVERNMENT_SITE.test(footer);
  const officialOwner = GOVERNMENT_ENDOWED.test(footer) || taiwanGovernmentSite || ownerLines.some(namesOfficialOwner) || (ownerLines.length > 0 && GOVERNMENT_DOMAIN.test(footer)) || publicSchoolSite(footer);
  // A document-sharing site sells its copies (¥5.00 立即购买); a copy of an official text is still one.
  // (So may an association's or a government's WeChat account, its name on a line of the header:
  // 原创 / 小科 / 白城科协, however chatty its post; or its social page, 屏東縣政府 / 5.1萬 位追蹤者.)
  const head = pageText.slice(0, ACCOUNT_HEAD);
  // (Or a government body's own fan page, its category under its name: 政府機關 · 南投縣鹿谷鄉中正路….)
  // (Or a verified account whose profile names a body alone: ntsec.tw 已驗證 / 國立臺灣科學教育館.)
  const ownAccount =
    ((WECHAT_BADGE.test(head) || FOLLOWERS_LINE.test(head) || FOLLOW_PROMPT.test(head)) && OWN_ACCOUNT_LINE.test(head)) ||
    POSTED_BY_BODY.test(head) ||
    HANDLE_OVER_NAME.test(head) ||
    VERIFIED_ACCOUNT.test(furniture) ||
    GOVERNMENT_PAGE.test(head) ||
    GOVERNMENT_ACCOUNT.test(furniture) ||
    (VERIFIED_BADGE.test(head) && BODY_PROFILE_LINE.test(head)) ||
    // (Or a meeting platform's share of a body's own recording: 录制者：富平县科协办公室.)
    RECORDED_BY_BODY.test(head) ||
    // (Or a channel's name over its handle: 新竹市政府 / @HsinchuCityGov.)
    NAME_OVER_HANDLE.test(head) ||
    // (Or an account the platform badges as a government's, its badge under its name: 房县融媒 / 政务.)
    GOVERNMENT_BADGE_UNDER_NAME.test(head);
  // (Nor does a county media centre's copy of a document whole, its number and its issuer's source
  // line kept: 来源：远安县科协 / 远科协发〔2026〕5号 between the app's ads, 远安县融媒体中心主办.)
  // (Or a party paper's portal, 主办：许昌日报社　主管：中共许昌市委宣传部.)
  const wholeDocument = meta.docNumber !== null && meta.source !== null && ISSUER.test(meta.source) && (COUNTY_MEDIA.test(footer) || PARTY_PAPER.test(footer));
  // (Nor an archive's copy that links the body's own page it was taken from: 原文链接 http://www.yanling.gov.cn/….)
  const citesOrigin = ORIGIN_LINK.test(furniture) && GOVERNMENT_URL.test(furniture);
  if (!officialOwner && !ownAccount && !wholeDocument && !citesOrigin && !SHARED_DOCUMENT.test(furniture) && count(NOT_OFFICIAL, furniture, 3) >= 2) return false;
  // (Nor a page that calls itself unofficial: 非官方頻道｜由義工整理水務署…公布嘅停水資訊.)
  if (SELF_DECLARED_UNOFFICIAL.test(head)) return false;
  // A writer who opens by introducing themselves (大家好，我是老周) posts on their own account,
  // whatever document they take apart; an association's mascot may too, on the association's.
  if (!officialOwner && !ownAccount && SELF_INTRODUCTION.test(bodyText.slice(0, 200))) return false;
  // (And a model essay a sharing site's AI wrote, on whatever site: 2030年XX县科协工作总结（AI生成范文）; so are
  // a company's meeting's minutes, whichever body it met: 发起人：赵晨（星河数智展陈科技有限公司）.)
  if (!officialOwner && !ownAccount && (AI_MODEL_ESSAY.test(furniture) || COMPANY_MEETING.test(furniture))) return false;
  // (And an exam coach's practice unit, whatever document its material retells: 给定材料, 作答要求, 参考答案, 阅卷提示.)
  if (!officialOwner && !ownAccount && distinctMatches(EXAM_PRACTICE, pageText, 3) >= 3) return false;
  // (And an account's post, 原创 over it, that sells its own service: 扫码添加顾问微信, 原价1980元…特惠, whatever
  // notice it retells.)
  // (Or a training centre's blog, selling its classes: © 2026 啟思升學教育中心 Kaisi Learning Centre, 立即WhatsApp報名.)
  // (Or a school's or a company's own news of itself, selling its courses: 喜报丨我校学员…, 原价3980元…仅需2980元/人.)
  // (Not an enterprise's own association, its 科协 on the company's site.)
  const sellerPost = WECHAT_BADGE.test(head) || WECHAT_BYLINE.test(head) || ownerLines.some((line) => TRAINING_CENTRE.test(line)) || (speaksAsCompany(pageText) && !companysAssociation(footer, bodyText));
  if (!officialOwner && !ownAccount && sellerPost && sellsServiceOrClasses(pageText)) return false;
  // (So does one who says the account is their own: 本号为个人公众号，所有文章仅代表个人观点; 本文只屬個人分享; a mother's
  // account, 功能介绍 一个科创娃妈妈的育儿日常.)
  // (Not the platform's own notice under every post: 本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点….)
  if (!officialOwner && PERSONAL_ACCOUNT.test(PLATFORM_UPLOAD.test(furniture) ? furniture.replace(PLATFORM_DISCLAIMER, '') : furniture)) return false;
  // (Or a company's newsletter, mailed to its subscribers: © 2026 上海启衡科技咨询有限公司 … 您收到此邮件，是因为您…订阅了.)
  if (!officialOwner && MAILING_LIST.test(furniture) && COMPANY_NAME_IN.test(footer)) return false;
  // (Or one that says it is none of a body's: 本中心為民間教育訓練機構…與各機關無隸屬關係, 本平台…与主办单位无隶属关系;
  // or that its documents are examples: 文中示例文号仅用于说明格式，不代表真实文件.)
  // (Its owner's line may say so, naming the government it is not: © 2026 启程职称网　本站与任何政府部门无隶属关系.)
  const disclaimingOwner = ownerLines.length > 0 && ownerLines.every((line) => DISCLAIMS_OFFICIAL.test(line));
  if ((!officialOwner || disclaimingOwner) && DISCLAIMS_OFFICIAL.test(furniture)) return false;
  // An expert's signed article, on whatever site (（作者系…人民医院…主任医师）), and an outlet's
  // commentary (新华网 > 时评 > 正文) are their writers' views: no notice, news, speech or report.
  // (So is a company's own post, 本文由…有限公司原创, or its account's, …有限公司旗下跨境支付服务号.)
  if (COMPANY_ORIGINAL.test(furniture) && !STATE_MEDIA.test(footer) && !STATE_OWNED.test(footer)) return false;
  // (So is a paper's own commentary, its byline 本报评论员 under the headline.)
  if (SIGNED_BY_EXPERT.test(bodyText.slice(-SIGNATURE_SPAN)) || COMMENTARY_COLUMN.test(furniture) || COMMENTATOR.test(bodyText.slice(0, COMMENTATOR_SPAN))) return false;
  // (So is a company head's speech to the company, wherever it is shared: 董事长在公司2029年度总结表彰大会上的讲话;
  // not one to the company's own association, 董事长在集团科协成立大会上的讲话.)
  if (COMPANY_HEAD_SPEECH.test(meta.title ?? '') && !ASSOCIATION_NAMED.test(meta.title ?? '')) return false;
  // (And a reader's essay on what they learned, 学习…开幕词心得体会: its writer's thoughts, whoever spoke; or a
  // model essay, 学会年度工作总结范文（精选3篇）: a sample for anyone to copy.)
  if (ESSAY_TITLE.test(meta.title ?? '')) return false;
  // (And a financial firm's commentary, which says it advises no one: 本報告內容僅供參考，並非任何投資建議.)
  if (!officialOwner && !ownAccount && INVESTMENT_DISCLAIMER.test(furniture)) return false;
  // (And a student's thesis, wherever it is shared: 本科毕业论文 / 学生姓名 / 指导教师.)
  if (THESIS.test(head) && THESIS_SUPERVISOR.test(head)) return false;
  // (Or a student's coursework, a mock notice under the assignment: 作业要求 / 学号.)
  if (COURSEWORK.test(head) && STUDENT_NUMBER.test(head)) return false;
  // (Or an exported chat, whatever notice someone pasted in it: 双河镇农技服务群的聊天记录 / 群聊：….)
  if (CHAT_EXPORT.test(head)) return false;
  // (Or a web designer's demo of a body's site, its footer naming the body as a placeholder: XX县科学技术协会（演示站）.)
  if (DEMO_SITE.test(furniture)) return false;
  // (Or a library's catalogue record of a body's book, 鹤壁市科学技术协会志: 题名/责任者, 索书号, 馆藏信息.)
  if (count(CATALOGUE_RECORD, furniture, 3) >= 3) return false;
  // (Or a webmaster tool's record of a body's domain, its ICP filing and SEO figures; or a site search's
  // results on the body's own site, 为您找到相关结果约23条: snippets of pages, none of them.)
  if (count(WEBMASTER_TOOL, furniture, 2) >= 2 || SEARCH_RESULTS.test(head)) return false;
  // (Or a phishing page, whatever body it names as its owner.)
  if (count(BAIT, furniture, 2) >= 2) return false;
  // (Or a squatter on a body's lapsed domain, whatever name it keeps.)
  if (UNOFFICIAL_SITE.test(furniture)) return false;
  // (Or a student's practice report, signed with school, subject and year: …专业 2027级.)
  if (PRACTICE_REPORT.test(meta.title ?? '') && STUDENT_LINE.test(head)) return false;
  // (Or a company's name with its tax number, as a Taiwan outlet's footer gives it: 竹苗生活傳媒股份有限公司　統一編號：54219876.)
  const companyFooter = COMPANY_OWNER.test(footer) || COMPANY_TAX_ID.test(footer);
  // (A company's WeChat account introduces it at the foot instead: 关于华瑞 / 衡阳华瑞智能电气股份有限公司成立于2003年.)
  const company = companyFooter || COMPANY_ABOUT.test(footer);
  // (A party or state outlet's company, 人民网股份有限公司, prints official replies and texts.)
  // (Nor does a state-owned enterprise's, 臺灣港務股份有限公司: it is a public body's.)
  // (Nor its own 科协's texts: 公司科协2025年工作总结…, a 科协 of the company's staff, r109_p02.)
  // (Or its source line names it over a number of its own: 来源：公司科协 / 诚瑞科协〔2026〕2号; not a company's news of its
  // staff's prizes, whoever its source line names.)
  const ownAssociation = OWN_ASSOCIATION_TITLE.test(meta.title ?? '') || (OWN_ASSOCIATION_SOURCE.test(meta.source ?? '') && meta.docNumber !== null);
  if (company && !ownAssociation && !STATE_MEDIA.test(footer) && !STATE_OWNED.test(footer) && (sellsServiceOrClasses(pageText) || speaksAsCompany(bodyText))) return false;
  // (So is a company's own document on its own site, however it is worded and numbered: 恒拓股份〔2029〕15号,
  // 关于印发《研发人员技术创新奖励管理办法》的通知, signed by the company; or in its own voice, a consultancy's
  // training "notice", 我公司定于…举办…培训班, 本公司联合…举办, its training centre's 我中心定于…; or signed by it.)
  if (companyFooter && meta.org !== null && COMPANY_NAME.test(meta.org) && (COMPANY_NUMBER.test(meta.docNumber ?? '') || OUR_COMPANY.test(bodyText) || signedBy(bodyText, meta.org)) && !ownAssociation && !STATE_OWNED.test(footer) && !GOVERNMENT_FOUNDED.test(footer)) return false;
  // (Or its estate's management office's, numbered as a department's: 管理處通告第18/2026號 under © 嘉運物業管理有限公司.)
  if (companyFooter && MANAGEMENT_OFFICE.test(meta.org ?? '') && !STATE_OWNED.test(footer) && !GOVERNMENT_FOUNDED.test(footer)) return false;
  // (Or its own report, its title opening on its name: 苏州某智谷科技园运营管理有限公司2029年度工作总结.)
  if (companyFooter && COMPANY_NAMED_TITLE.test(meta.title ?? '') && !ownAssociation && !STATE_MEDIA.test(footer) && !STATE_OWNED.test(footer) && !GOVERNMENT_FOUNDED.test(footer)) return false;
  // (A company's own account, …有限公司官方账号, posts the company's news, whatever honour an association gave it;
  // so does a company's own site, 版权所有：山西锦程会展服务有限公司, whatever notice it words like a body's.)
  // (A company registered as one, its credit code opening 91, not a public body's company.)
  const companyOwns = ownerLines.some((line) => COMPANY_OWNER.test(line)) && !officialOwner && COMPANY_CREDIT_CODE.test(footer);
  // (Or a WeChat account a company holds, 账号主体 平南县圈子文化传媒有限公司, whatever township's event it reports.)
  // (A company the government founded is a public body's: 香港应用科技研究院有限公司官方公众号.)
  if ((COMPANY_ACCOUNT.test(footer) || companyOwns || (ACCOUNT_HOLDER_COMPANY.test(footer) && !ownAccount)) && !ownAssociation && !STATE_MEDIA.test(footer) && !STATE_OWNED.test(footer) && !GOVERNMENT_FOUNDED.test(footer)) return false;
  // (So is a post a site says its users upload, 本站所有文章均由用戶上傳, or names its poster, 由 白山生活圈 發表于,
  // told in its poster's voice: 小編花了一個晚上….)
  if (!ownAccount && !officialOwner && (PLATFORM_UPLOAD.test(footer) || USER_POST.test(head)) && !SHARED_DOCUMENT.test(furniture) && count(SELF_MEDIA_CHATTER, furniture, 1) >= 1) return false;
  // (Or one a platform says its author posted, 本文为速览号作者发布，不代表平台观点, in an editor's voice, 小编整理了:
  // a body's account there reports, 临安科协 / 本文为天目号作者发布, but no body calls itself 小编.)
  if (!ownAccount && !officialOwner && PLATFORM_AUTHOR.test(footer) && EDITOR_VOICE.test(bodyText)) return false;
  // (Unless a body's own verified account posts there: 头条政务号认证：郴州市科学技术局官方账号.)
  if (!ownAccount && SELF_MEDIA_PLATFORM.test(furniture) && count(SELF_MEDIA_CHATTER, furniture, 2) >= 2) return false;
  // A student club's own site (河套学院星空天文协会: 社团, 招新) reports its own activities, whatever
  // association it worked with; a university's 科协 is an association.
  if (STUDENT_CLUB.test(furniture) && count(STUDENT_WORDS, pageText, 2) >= 2) return false;
  // (A students' 科协 is a student club too, whatever its notices look like; not a university's own 科协, whose site
  // links its students' in its menu: 校科协〔2026〕4号, 我校科协当选….)
  if (STUDENT_ASSOCIATION.test(furniture) && !UNIVERSITY_ASSOCIATION.test(`${meta.title ?? ''}\n${meta.source ?? ''}\n${meta.org ?? ''}\n${meta.docNumber ?? ''}`)) return false;
  // Nor does a private owner's site (a school, a training school, a trade association, a privately
  // founded centre): its news is its own.
  // (Past the article: a notice may list the private bodies it is about, 民办非企业单位39家.)
  const past = pastArticle(footer, bodyText);
  // (Unless it carries a body's numbered document whole, its issuer's source line kept: 宛科协〔2026〕8号 / 来源：市科协.)
  // (Not its own office's, 来源：协会秘书处, the private owner numbering its own notice.)
  const carriesDocument = meta.docNumber !== null && meta.source !== null && ISSUER.test(meta.source) && !OWN_OFFICE_SOURCE.test(meta.source);
  // (Or a body's news copied whole and credited to the body's site: 来源：醴陵市科协 / （转自醴陵市科协官网…）.)
  const creditedCopy = meta.source !== null && ISSUER.test(meta.source) && REPOST_CREDIT.exec(bodyText.slice(-SIGNATURE_SPAN))?.[1] === meta.source;
  if (privateFooter(past, ownerLines) && !carriesDocument && !creditedCopy) return false;
  // Nor does a third party that says so (本平台为第三方会务服务平台，与主办单位无隶属关系; 本公司為民間顧問公司，與政府機關無隸屬關係;
  // 与上述政府部门及群团组织无隶属关系),
  // whatever notice it copies to sell its services.
  if (THIRD_PARTY.test(furniture)) return false;
  // Nor does an elected member's own office or page (© 大埔區議員黃家樂辦事處, 內容只代表議員本人意見; a
  // 里長's fan page, 政治人物): a representative's, not the council's or the district's.
  if (ownerLines.some((line) => MEMBERS_OFFICE.test(line)) || MEMBERS_OWN_VIEW.test(footer) || POLITICIAN_PAGE.test(head)) return false;
  // (Nor a mainland charity's, 版权所有：福鼎市茗源慈善基金会, nor a private studio's WeChat account,
  // 功能介绍 常熟市青禾科普工作室官方公众号.)
  // (Nor a Hong Kong charity's: 獲豁免繳稅的慈善機構.)
  // (Nor a studio's own site, its name over its address in the footer: 映画影像工作室（建德市映画文化传播工作室）　地址：….)
  if (!officialOwner && (ownerLines.some((line) => CHARITY.test(line)) || STUDIO_FOOTER_LINE.test(footer) || PRIVATE_STUDIO_ACCOUNT.test(footer) || TAX_EXEMPT_CHARITY.test(footer))) return false;
  // Nor does a private foundation's own site (財團法人台灣綠苗公益基金會　版權所有), a private hospital's too
  // (彰明基督教醫療財團法人彰明醫院　地址：…): its news is its own.
  if (!officialOwner && ownerLines.some((line) => PRIVATE_FOUNDATION.test(line) && FOUNDATION.test(line))) return false;
  // (A company's own release, its source line naming the company, is the company's, whatever
  // portal's column prints it: 来源：湖南湘益智能装备股份有限公司 in a 高新区's 企业风采.)
  if (meta.source && COMPANY_SOURCE_LINE.test(meta.source) && !meta.docNumber && !STATE_MEDIA.test(meta.source)) return false;
  const credit = /供稿|供稿[)）]/.test(bodyText);
  if (meta.source && COMMERCIAL_SOURCE.test(meta.source) && !credit && !ownAccount) return false;
  // A commercial outlet's own site (its footer: 東森新媒體控股股份有限公司 版權所有) carries its own reporting.
  // (Not a sharing platform's copy of a body's text, whatever company runs it: © 网易公司 under a 有道云笔记 note.)
  // (Unless it prints a body's document whole, its number and its issuer's source line kept: 宜科协字〔2030〕7号 on a 搜狐号.)
  if (!credit && !ownAccount && !carriesDocument && !NOTE_PLATFORM.test(furniture) && ownerLines.some((line) => COMMERCIAL_SOURCE.test(line))) return false;
  // So does any company's news site: its reporters' bylines and its advertising (港樓資訊網有限公司);
  // a party or state outlet's copy of an official text is not one (人民网股份有限公司).
  // (Or an evening or city paper's, its copyright its own: 金陵晚报社版权所有.)
  const outlet = companyFooter || DESK_BYLINE.test(furniture) || MARKET_PAPER.test(footer);
  // (Its byline may be a desk's, or none: a comment count or an investment disclaimer tells it too.)
  const ownReporting = REPORTER_BYLINE.test(furniture) || REPORTED_BY_LINE.test(furniture) || READERS.test(furniture) || OWN_REPORTERS.test(furniture);
  // (Or its disclaimer: 本網站所刊載之新聞內容，係由本網記者採訪撰寫.)
  if (!credit && outlet && !STATE_MEDIA.test(footer) && ownReporting && (ADVERTISING.test(furniture) || OWN_REPORTERS.test(furniture))) return false;
  // (Or its stamp on its own report: 本文为芯潮网原创，未经授权不得转载; not an account's, 本文为作者原创.)
  if (!credit && outlet && !STATE_MEDIA.test(footer) && !STATE_OWNED.test(footer) && OUTLET_ORIGINAL.test(furniture)) return false;
  // (Or its own writers' rewrite, in their chatty voice or compiled from elsewhere: 作者：科技組小編, 來源：濠江快訊網綜合報道.)
  // (Not a company's own association, an enterprise 科协 on its site: 山河建设集团有限公司科学技术协会今天正式成立.)
  if (!credit && !ownAccount && companyFooter && !STATE_MEDIA.test(footer) && (count(SELF_MEDIA_CHATTER, furniture, 1) >= 1 || COMPILED_BY_OUTLET.test(meta.source ?? '')) && !companysAssociation(footer, bodyText)) return false;
  // (Or a media site that sells advertising, in its editor's chatty voice: 廣告查詢, 小編會幫你問清楚.)
  if (!credit && !officialOwner && !ownAccount && !STATE_MEDIA.test(footer) && ADVERTISING.test(furniture) && count(SELF_MEDIA_CHATTER, furniture, 1) >= 1) return false;
  const title = bareTitle(meta);
  const issuer =
    Boolean(meta.org || meta.docNumber || (meta.source && ISSUER.test(meta.source))) ||
    ISSUER.test(meta.title ?? '') ||
    // (A reply to a legislator's written inquiry is a body's, whatever its letterhead.)
    INQUIRY_REPLY.test(title) ||
    count(ISSUER_IN_TEXT, bodyText, 3) >= 3 ||
    // (A body's own account is its issuer, whatever the page names: 浙江安吉县科学技术局官方澎湃号.)
    ownAccount ||
    // (So is a head of government speaking, the title naming the post: 嘉義市長於…開幕典禮致詞稿.)
    (SPEECH.test(title) && GOVERNMENT_HEAD.test(title)) ||
    // (So is a government's release, its closing line 香港时间22时35分 under 新闻公报, whatever bureau it names.)
    (GOVERNMENT_RELEASE.test(furniture) && HK_RELEASE_CLOSING.test(pageText)) ||
    // (So is a public body's own site, a company the government owns, its name alone on a line of the footer:
    // 香港數碼港管理有限公司 / 香港數碼港道100號; or a public university's, its copyright line naming it.)
    STATE_OWNED_ALONE.test(footer) ||
    // (Or named as the owner in its copyright line: © 2026 香港科技園公司。版權所有。)
    ownerLines.some((line) => STATE_OWNED.test(line)) ||
    publicUniversitySite(footer) ||
    // (Or a public body's own site, its name over its postal address in the footer: 國立海洋科技博物館 / 202010基隆市….)
    ownerLines.some((line) => NAME_ALONE.test(line) && namesOfficialOwner(line));
  // (So does a department's letter, greeted, its head signing through an officer: 致：各幼稚園… / 各位校長： / … /
  // 衞生署衞生防護中心總監 / （梁文康　代行）.)
  if (signedLetter(pageText, bodyText)) return true;
  // (So does a release whose closing note says its issuer is a statutory body: 關於香港科技園公司 / 香港科技園公司是於2001年成立的法定機構….)
  if (statutoryBody(pageText) !== null) return true;
  // (So is a university head's speech, the title naming both: 香港科技大學校長在…開幕禮致辭.)
  if (SPEECH.test(title) && UNIVERSITY_HEAD.test(title)) return true;
  if (!issuer) return false;
  // (Nor is a company's own notice, its department signing, however officially worded: …有限公司综合管理部.)
  if (COMPANY_DEPARTMENT.test(meta.org ?? '')) return false;
  // (Nor is one a company signs at its foot, however numbered: 武汉乐码星球教育科技有限公司 / 2026年8月26日; a
  // procurement agent's notice is its buyer's, a state-owned company's its owner's.)
  if (companySigned(bodyText) && !PROCUREMENT.test(bodyText) && !STATE_OWNED.test(footer) && !STATE_OWNED.test(bodyText.slice(-SIGNATURE_SPAN)) && !GOVERNMENT_FOUNDED.test(footer)) return false;
  // A document number of its own makes it a document (a 通告 may use none of the words below);
  // so does a title in a document's form (关于…的公示), with an issuer.
  if (meta.docNumber) return true;
  // (So does its issuer's signature at its foot, the body's name over the date: 食物環境衞生署 / 二〇二五年六月三日.)
  if (meta.org && ISSUER.test(meta.org) && signedBy(bodyText, meta.org)) return true;
  // (So does its kind over its title, a body its issuer: 佈告 / 北河街街市暫停開放… / … / 食物環境衞生署署長.)
  if (meta.org && NOTICE_COLUMN_LINE.test(lineAbove(meta.title, pageText))) return true;
  // (So does a reply to a legislator's written inquiry: 對梁文華議員書面質詢的答覆.)
  if ((ISSUED.test(title) || INQUIRY_REPLY.test(title)) && NOTICE.test(title)) return true;
  // (So does a notice its title opens on its issuer: 江门市科学技术馆2025年国庆、中秋假期开放公告.)
  if (meta.org && ISSUER.test(meta.org) && title.startsWith(meta.org) && NOTICE.test(title)) return true;
  // A page whose own source line names a body (来源：重庆市綦江区科学技术协会) is that body's: a
  // short news item of it may use the official wording only once or twice.
  // So may a page on the body's own site (its footer: © 2024 香港科學會 版權所有).
  // (Or its publisher's line names the body before the day it came out: 政府統計處　　出版日期：2025年12月12日.)
  const ownSource = Boolean(meta.source && ISSUER.test(meta.source)) || (meta.org !== null && ISSUER.test(meta.org) && publishedBy(pageText, meta.org));
  const org = meta.org;
  // (The footer may name it without its region: © 2026 統計暨普查局 for 澳門特別行政區政府統計暨普查局.)
  const orgName = org?.replace(REGION_PREFIX, '') ?? '';
  // (Or the government whose portal it is, a department's news on it: 臺北市政府 / 臺北市政府工務局公園路燈工程管理處.)
  const ownSite = org !== null && ownerLines.some((line) => line.includes(org) || (orgName.length >= 3 && line.includes(orgName)) || departmentOf(org, line));
  // (A release on the site of the body that issues it, its owner printed in the footer as an
  // issuer, is official in any words: 國科會今日發布…成果.)
  if (officialOwner && ownSite) return true;
  // (So is a body's news on a government's site, its source line naming the body: 文章来源：襄阳市科学技术协会 over
  // 襄阳市人民政府办公室主办.)
  if (officialOwner && ownSource) return true;
  // (So is a head of government's speech, however few official words it says: …開幕典禮縣長致詞.)
  if (SPEECH.test(title) && GOVERNMENT_HEAD.test(title)) return true;
  // (Or a public body's head's, named under a title that names the body: 國立臺灣科學教育館 / 2026…頒獎典禮致詞稿 / 館長　陳志明.)
  if (SPEECH.test(title) && ISSUER.test(title) && SPEAKER_LINE.test(bodyText.slice(0, SPEAKER_SPAN).split('\n', 1)[0])) return true;
  // (So is a body's own report under its source line, however technical its words: 2029年定西市气候公报,
  // 来源：定西市气象局.)
  // (Or under a title that opens on the body's name, the body signing it: 環境保護局2025年工作總結 / … / 環境保護局.)
  const titledBySigner = org !== null && ISSUER.test(org) && title.startsWith(org) && bodyText.trimEnd().endsWith(org);
  // (Or with its issuers' line under its title: 2025年武义县科技经费投入统计公报 / 武义县统计局　武义县科学技术局.)
  const issuersUnder = org !== null && ISSUER.test(org) && subtitleUnder(meta.title, pageText).startsWith(org);
  if ((ownSource || ownSite || titledBySigner || issuersUnder) && REPORT.test(title) && !RELEASED.test(title)) return true;
  // (So is a release on a government body's letterhead, however plainly it gives its figures:
  // 統計暨普查局 / Direcção dos Serviços… / 新聞稿 / 2028年5月26日; and a state-owned company's on its own
  // site, 國營臺灣鐵路股份有限公司, however it words its timetable.)
  // (Or a body's news in a column of an official site, its owner named past the article: 版权所有：安化县人民政府
  // over 安化县科协开展…巡展, a department's or an association's news in its government's 部门动态.)
  const officialSite = officialOwner && siteFooter(past).ownerLines.some(namesOfficialOwner);
  // (An issuer's notice on its own site, however plainly worded: 修正「臺南市南瀛科學教育館參觀須知」部分規定.)
  if (ownSite && org !== null && ISSUER.test(org) && NOTICE.test(title)) return true;
  // (A body's own account, its source line naming the body, posts its own, in whatever tone: 暑期打卡｜柳州这5家科普教育基地
  // … 来源：柳州市科协科普部, under 柳州市科学技术协会官方公众号.)
  if (ownAccount && ownSource) return true;
  // (Or a body's verified account posting its own, however plainly it words it: 甘肃科协 / 甘肃省科学技术协会官方微博 / 【第40届…终评活动在兰州举行】.)
  if (org !== null && officialAccountOf(org, furniture)) return true;
  return GOVERNMENT_RELEASE.test(furniture) || STATE_OWNED.test(footer) || LETTERHEAD_RELEASE.test(pageText.slice(0, LETTERHEAD_SPAN)) || count(OFFICIAL_WORDS, bodyText, 6) >= (ownSource || ownSite || ownAccount || officialSite || taiwanGovernmentSite || publicUniversitySite(footer) || (PARTY_OUTLET.test(footer) && !PLATFORM_UPLOAD.test(furniture)) ? 1 : 3);
}

/** Whether a line names the account as `org`'s official one, alone: 甘肃省科学技术协会官方微博. */
function officialAccountOf(org: string, furniture: string): boolean {
  return furniture.split('\n').some((line) => {
    const at = line.indexOf(`${org}官方`);
    return at >= 0 && ACCOUNT_KIND_ALONE.test(line.slice(at + org.length + 2));
  });
}
const ACCOUNT_KIND_ALONE = /^(?:微博|微信公众号|微信公眾號|公众号|公眾號|账号|帳號)[\s\u3000]*$/;

/** Whether `org` is a department of the government a footer line opens on (臺北市政府　11008臺北市…). */
function departmentOf(org: string, line: string): boolean {
  const owner = OWNER_GOVERNMENT.exec(line)?.[1];
  return owner !== undefined && org.length > owner.length && org.startsWith(owner);
}
const OWNER_GOVERNMENT = /^[\s\u3000]*([\u4e00-\u9fff]{2,10}(?:人民政府|政府))(?![\u4e00-\u9fff])/;

/** …12件不符合規定: a finding against the rules, no rules issued. */
const MEETS_RULES = /(?:符合|违反|違反|依照|按照)(?:相关|相關|有关|有關)?(?:规定|規定)$/;
/** A meeting's headline, the document it puts into effect last: …联合召开视频会议 部署落实科技部 工信部 中国科协联合通知, 全市科技工作会议召开 部署2026年科技工作要点. */
const MEETS_ON_DOCUMENT = /(?:(?:召开|召開|举行|舉行|举办|舉辦)[\u4e00-\u9fff]{0,12}(?:会议|會議|会|會)|(?:会议|會議)(?:召开|召開|举行|舉行))[\s\u3000，,]*(?:部署|贯彻|貫徹|落实|落實|学习|學習)/;
const SERVES_PLANNING = /(?:助|為|为|供|支援|協助|协助)[\u4e00-\u9fff]{0,4}(?:规划|規劃)$/;
const RELEASED = /(?:发布|發布|發佈|公布|公佈)(?!会|會)/;
/** An annual report or a yearbook, as a <title> names the whole a chapter is of (成都科技年鉴2025). */
const ANNUAL_REPORT = /(?:\d{2,4}(?:\/\d{2,4})?|[〇○零一二三四五六七八九]{2,4}[／\/][〇○零一二三四五六七八九]{2,4})\s*年?度?(?:館務|馆务|會務|会务)?(?:年報|年报)|年度報告|年度报告|年鉴|年鑑/;
/** A legislature's research series, as its <title> names it (數據透視 - 香港的初創企業, 議題研析-立法院): analyses for members; a statistics office's (統計通報). */
const RESEARCH_SERIES = /議題研析|议题研析|數據透視|数据透视|研究簡報|研究简报|資料摘要|资料摘要|研究刊物|統計通報|统计通报/;
/** A breadcrumb ending on a research series' column: 首頁 > 統計資訊 > 統計通報. */
const SERIES_CRUMB = new RegExp(`[>›»][\\s\u3000]*(?:${RESEARCH_SERIES.source})[\\s\u3000]*(?:\\n|$)`, 'm');
/** A breadcrumb ending on a column of notices: 主頁 > 最新消息 > 通告. */
const NOTICE_CRUMB = /[>›»＞][\s\u3000]*(?:通告|公告|通知公告|通知|公示)[\s\u3000]*(?:\n|$)/m;
/** Where a page's breadcrumb stands: over its title. */
const CRUMB_SPAN = 600;
/** A chapter of a policy address, as its <title> names the whole (四、推動創新科技發展 | 行政長官2025年施政報告). */
const POLICY_ADDRESS = /施政報告|施政报告/;
/** What a <title> may name a page as part of: an annual report, a research series, a policy address. */
const REPORTS_BY_TITLE_TAG = [ANNUAL_REPORT, RESEARCH_SERIES, POLICY_ADDRESS];
const CHAPTER_TITLE = /^[一二三四五六七八九十]{1,3}、/;
/** A title that forwards another body's notice, as Taiwan's offices word it. */
const TRANSMITS = /^(?:轉知|转知)/;
/** A title opening on its yearbook's name: 《江门年鉴（2025）》. */
const YEARBOOK_OPENING = /^《[^》]{2,20}(?:年鉴|年鑑)[^》]{0,8}》/;
/** Where a page's text names its site: its first lines. */
const SITE_NAME_SPAN = 80;
const TO_NOTE = /備悉|备悉/;
const BOARD_REPLY = /(?:回复机构|回覆機構|答复单位|答覆單位)[:：]/;
const EXPLAINED = /解读|解讀|数读|數讀|图解|圖解|一图读懂|一圖讀懂|一图看懂|一圖看懂/;
/** A title that opens on its reading's kind: 一图读懂丨…, 图解：…. */
const READING_OPENS = new RegExp(`^[\\s\\u3000【]*(?:${EXPLAINED.source})`);
const APPROVAL = /(?:請|请)(?:各)?(?:委員|委员)批准/;
const LEGCO_PAPER = /^(?:立法會|立法会).*文件$/;
const SPEECH = /讲话|講話|致辞|致辭|致詞|演辭|演辞|发言|發言|报告会上的|講詞|讲稿|講稿|談話內容|谈话内容|开幕词|開幕詞|闭幕词|閉幕詞|贺信|賀信|贺词|賀詞/;
const REPORTED_SPEECH = /(?:讲话|講話|致辞|致辭|致詞|发言|發言)[\s\u3000]*(?:勉励|勉勵|强调|強調|指出|表示|鼓励|鼓勵|寄语|寄語|期勉|呼吁|呼籲)/;
const REPORT = /工作报告|工作報告|工作小结|工作小結|业务报告|業務報告|业务概况报告|業務概況報告|成果报告|成果報告|会务报告|會務報告|施政方针|施政方針|执法检查报告|執法檢查報告|实施情况的报告|實施情況的報告|工作总结(?![\u4e00-\u9fff]{0,5}[会會]|暨[^，。]{2,16}[会會]$)|工作總結(?![\u4e00-\u9fff]{0,5}[会會]|暨[^，。]{2,16}[会會]$)|(?:活动|活動)(?:总结|總結)$|述职[\u4e00-\u9fff]{0,4}报告|述職[\u4e00-\u9fff]{0,4}報告|履职[\u4e00-\u9fff]{0,4}报告|履職[\u4e00-\u9fff]{0,4}報告|(?:情况|情況|工作)的?(?:汇报|匯報)$|施政报告|施政報告|年度报告|年度報告|(?:统计|統計|普查|调查|調查|气候|氣候)[\u4e00-\u9fff]{0,6}(?:公报|公報)|情况的?报告(?![会會])|情況的?報告(?![会會])|调查报告|調查報告|调研报告|調研報告|部门预算|部門預算|部门决算|部門決算|专案报告|專案報告|财务报表|財務報表|年度报表|年度報表|预算草案的报告|預算草案的報告|(?:打算|安排|计划|計劃|設想|设想)的(?:报告|報告)$|自评报告|自評報告|分析报告|分析報告|评估报告|評估報告|(?:运行|運行)(?:简析|簡析|分析)$|工作年报|工作年報|(?:统计|統計)(?:年报|年報)(?!工作)|(?:统计|統計)(?:监测|監測)?(?:报告|報告|提要|分析)$|(?:统计|統計)(?:监测|監測)(?:简报|簡報)$|^[\u4e00-\u9fff]{2,12}(?:统计|統計)$|(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年度?[\u4e00-\u9fff]{2,8}(?:报告|報告)$/;
const NOTICE =
  /(?:通知|公告|通告|公示|决定|決定|意见|意見|办法|辦法|方案|要点|要點|工作计划|工作計畫|工作計劃|施政计划|施政計畫|施政計劃|实施计划|實施計畫|實施計劃|规定|規定|细则|細則|规划|規劃|批复|批覆|函|通报|通報|纪要|紀要|會議紀錄|会议纪录|會議記錄|会议记录|議事錄|议事录|令|名单|名單|招募|答覆|答复|答復|讣告|訃告|(?:申请|申請|徵件|征件|报名|報名|参观|參觀|预约|預約)(?:须知|須知)|采购意向(?:公开)?|採購意向(?:公開)?|(?:学年度|學年度)[\u4e00-\u9fff]{2,20}(?:计划|計畫|計劃)|(?:收費|收费|租用)[\u4e00-\u9fff]{0,2}(?:條款|条款)|(?:收費表|收费表))(?:[(（][^)）]*[)）])?$/;
/** A plan is a notice when issued as a document; a headline ending in one is news (創新科技署推動「創科博覽」計劃). */
const PLAN = /(?:计划|計畫|計劃)(?:[(（][^)）]*[)）])?$/;
const ISSUED = /^(?:关于|關於|《)/;
const ISSUES_DOCUMENT = /(?:关于|關於)(?:印发|印發|转发|轉發)[^，。]*的(?:通知|通告)$/;
/** How far a subtitle line may run. */
const SUBTITLE_SPAN = 120;
/** An audience addressed on the text's first line: 同志们：, 各位代表、同志们：, 主席、各位副主席、各位委员：. */
const SALUTATION = /^[\s\u3000]*[^\n。，,；;]{0,24}?(?:同志们|同志們|各位[\u4e00-\u9fff]{1,6}|委员们|委員們|朋友们|朋友們)[^\n。]{0,24}[：:][\s\u3000]*(?:\n|$)/;
/** A speaker presenting a report: 我代表…向大会作工作报告. */
const DELIVERED_REPORT = /我代表[^\n。]{2,40}(?:作|做)[^\n。]{0,6}(?:报告|報告)/;
/** How far into the text a speaker says what they present. */
const SALUTATION_SPAN = 300;
/** 對…議員書面質詢的答覆; a city council's …之書面質詢答復: as a title, or as a heading in the body. */
const INQUIRY_REPLY_WORDS = '(?:書面質詢|书面质询)[的之]?(?:答覆|答复|答復)';
const INQUIRY_REPLY = new RegExp(`${INQUIRY_REPLY_WORDS}$`);
const REPLY_HEADING_LINE = new RegExp(`(?:^|\\n)[\\s\\u3000]*[^\\n]{2,24}${INQUIRY_REPLY_WORDS}[\\s\\u3000]*(?:\\n|$)`);
/** A bureau or a ministry that owns its site: © 2026 統計暨普查局 版權所有, 農業部 版權所有, a ministry's department, 經濟部統計處 版權所有 (a 書局 is a publisher; a 俱樂部, 編輯部 or 總部 no ministry). */
const BUREAU_OWNER = /[\u4e00-\u9fff]{1,12}(?:(?<![書书])(?:局|署|事業處|事业处)|(?<![乐樂辑輯总總])部(?:[\u4e00-\u9fff]{1,8}(?:處|处|司))?)[\s\u3000]*(?:版權所有|版权所有)|©[\s\u00a0]*(?:\d{4}[\s\u00a0]*)?[\u4e00-\u9fff]{1,12}(?<![書书])(?:局|署)(?![\u4e00-\u9fff])/;
const REGION_PREFIX = /^(?:澳門特別行政區政府|澳门特别行政区政府|香港特別行政區政府|香港特别行政区政府|澳門特別行政區|澳门特别行政区|香港特別行政區|香港特别行政区)/;
const RECIPIENTS = /^[\s\u3000]*各[^\n。]{1,80}[:：][\s\u3000]*(?:\n|$)/;

const HELD = /公布|公佈|推出|结果|結果|举行|舉行|举办|舉辦|召开|召開|圆满|圓滿|成功|顺利|順利|落幕|闭幕|閉幕|走进|走進|开展|開展/;
/** A page of questions and their answers: …热点问答, 常見問答. */
const QUESTIONS_ANSWERED = /(?:问答|問答|答问|答問)(?![会會賽赛])/;
const REGISTRATION = /(?:报名|報名|申请|申請)(?:方式|方法|办法|辦法|日期|时间|時間|截止|须知|須知|程序|流程)|(?:报名|報名)[:：]|(?:登記|登记)(?:方式|方法|辦法|办法|日期|時間|时间|截止|期(?!限))|(?:預約|预约)(?:方式|方法|辦法|办法)/;
const QUOTA_OR_RULES = /名额|名額|(?<!資產|资产)(?:限额|限額)|注意事项|注意事項|参加对象|參加對象|招收对象|招收對象|活动对象|活動對象|申请资格|申請資格/;

const FULL_SPEECH_FOLLOWS = /(?:致詞|致辭|致词|致辞|講話|讲话|演說|演说|談話|谈话|發言|发言)[，,]?(?:全文|內容|内容)如下[:：。]/;
const FULL_SPEECH_SPAN = 600;
/** How far into the text a speech's speaker line stands. */
const SPEAKER_SPAN = 40;

/** The title without its closing punctuation. */
function bareTitle(meta: PageMeta): string {
  // (A heading spaced out, 通　告, reads as the word.)
  return (meta.title ?? '').replace(/[\s。.！!]+$/, '').replace(SPACE_IN_WORD, '');
}
const SPACE_IN_WORD = /(?<=^[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff]$)/;

/** The first line under the title where the page prints it (its subtitle, if it has one), or ''. */
function subtitleUnder(title: string | null, pageText: string): string {
  // (A title the page breaks over lines, 同心聚力 砥砺奋进<br>奋力开创…新局面, is found by its last phrase.)
  const tail = title && !pageText.includes(title) ? title.split(' ').pop()! : title;
  const at = tail ? pageText.indexOf(tail) : -1;
  if (at < 0) return '';
  return pageText.slice(at + tail!.length, at + tail!.length + SUBTITLE_SPAN).replace(/^[\s\u3000]+/, '').split('\n', 1)[0];
}

/** The line over the title where the page prints it (a column's label: 交通通告), or ''. */
function lineAbove(title: string | null, pageText: string): string {
  const at = title ? pageText.indexOf(title) : -1;
  if (at <= 0) return '';
  return pageText.slice(Math.max(0, at - SUBTITLE_SPAN), at).trimEnd().split('\n').pop()!;
}
/** A column of notices labelled over the title, or the notice's kind: 交通通告, 通知公告, 佈告. */
const NOTICE_COLUMN_LINE = /^[\s\u3000]*[\u4e00-\u9fff]{0,4}(?:通告|通知公告|公告通知|通知通告|佈告|布告)[\s\u3000]*$/;

/** A <title>'s column of notices, between separators: 創新科技署 - 通告 - …, …｜通知公告｜…. */
const NOTICE_COLUMN = /(?:^|\s[-|_｜—–]\s|[|｜_])[\s\u3000]*(?:通告|公告|通知公告|通知|公告通知|通知通告)[\s\u3000]*(?=\s[-|_｜—–]\s|[|｜_]|$)/;

/** Or under its notices by a field of its header: 類別：通告. */
const NOTICE_CATEGORY = /(?:^|\n)[\s\u3000]*(?:類別|类别|分類|分类|文種|文种)[\s\u3000]*[:：][\s\u3000]*(?:通告|公告|通知|通知公告)[\s\u3000]*(?:\n|$)/;
const CATEGORY_SPAN = 2000;
/** Whether the page is a department's letter, greeted or addressed, and signed for its head by an officer (…總監 / （梁文康　代行）). */
function signedLetter(pageText: string, bodyText: string): boolean {
  const head = pageText.slice(0, CATEGORY_SPAN).split('\n');
  return head.some((line) => GREETING_LINE.test(line) || ADDRESSEE_LINE.test(line)) && bodyText.split('\n').some((line) => SIGNED_FOR_LINE.test(line));
}
/** Whether a letter's addressee line has its greeting under it, past the addressees' own lines: 致：所有認可人士… / 敬啟者：. */
function addressedLetter(pageText: string): boolean {
  const lines = pageText.slice(0, CATEGORY_SPAN).split('\n');
  return lines.some((line, i) => ADDRESSEE_LINE.test(line) && lines.slice(i + 1, i + 2 + ADDRESSEE_LINES).some((l) => GREETING_LINE.test(l)));
}

/** `titleTag`: the page's <title> and og:title, which may name the report a chapter belongs to (行政總裁回顧 | 2024/25年報). */
export function pageKind(isOfficial: boolean, meta: PageMeta, bodyText: string, titleTag = '', pageText = ''): PageKind {
  if (!isOfficial) return 'other';
  // A body's signed answer on a message board (回复机构：新宁县科学技术协会 under the question) is a
  // document of the body's, as a reply to a written inquiry is.
  if (BOARD_REPLY.test(pageText) && pageText.includes('留言')) return 'notice';
  // (So is a legislature's page of a written inquiry with its reply under it: 對白德禮議員書面質詢的答覆.)
  if (REPLY_HEADING_LINE.test(bodyText)) return 'notice';
  const title = bareTitle(meta);
  // (营口市科协发布…调查报告 is news of the report's release; 【统计公报解读（五）】… explains one.)
  // (A text copy has no <title>: a chapter's heading, 六、改善民生…, under the site's name, 行政長官2025年施政報告.)
  // (Nor has a converted PDF, its <title> a file's name, NSNJ2025_kjcx_0612: its running head names the book, 南山年鉴（2025）.)
  // (A yearbook's entry may open its title on the book: 《江门年鉴（2025）》江门市科学技术协会.)
  const fileNamed = titleTag !== '' && !/[\u4e00-\u9fff]/.test(titleTag);
  const named = `${fileNamed ? '' : titleTag}\n${CHAPTER_TITLE.test(title) || fileNamed || !titleTag ? pageText.slice(0, SITE_NAME_SPAN) : ''}\n${YEARBOOK_OPENING.exec(title)?.[0] ?? ''}`;
  // (A notice that issues a report's tasks is a notice: …关于印发2026年《政府工作报告》重点工作任务分解方案的通知.)
  if (ISSUES_DOCUMENT.test(title)) return 'notice';
  // (So is an office's forward of a ministry's call, as Taiwan's offices title it: 轉知教育部「…」徵件訊息.)
  if (TRANSMITS.test(title)) return 'notice';
  // (Or its breadcrumb files it in such a series: 首頁 > 統計資訊 > 統計通報.)
  // (Or its own title names the annual report it is a chapter of: 114年度館務年報 第二章 經費與人力.)
  if (((REPORT.test(title) || ANNUAL_REPORT.test(title)) && !RELEASED.test(title) && !EXPLAINED.test(title)) || REPORTS_BY_TITLE_TAG.some((re) => re.test(named)) || SERIES_CRUMB.test(pageText.slice(0, CRUMB_SPAN))) return 'report';
  // (Not a headline that reports what the speaker urged: …社会文化司司长致辞勉励青年投身科创.)
  if (SPEECH.test(title) && !REPORTED_SPEECH.test(title)) return 'speech';
  // (A headline's subtitle over the text may say what it is: ——在…全体会议上的工作报告.)
  const firstLine = bodyText.slice(0, SUBTITLE_SPAN).split('\n', 1)[0];
  if (DASH_SUBTITLE.test(firstLine) && REPORT.test(firstLine)) return 'report';
  // (Or the line under the headline, printed apart from the body.)
  const under = subtitleUnder(meta.title, pageText);
  if (DASH_SUBTITLE.test(under) && REPORT.test(under)) return 'report';
  // (Or a speech: 让科普之花开遍东兰大地 / ——在全县科普示范基地授牌仪式上的讲话.)
  if ([firstLine, under].some((line) => DASH_SUBTITLE.test(line) && SPEECH.test(line) && !REPORTED_SPEECH.test(line))) return 'speech';
  // (So is a page that reports the occasion and then prints the speech: 總統致詞全文如下：.)
  if (FULL_SPEECH_FOLLOWS.test(bodyText.slice(0, FULL_SPEECH_SPAN))) return 'speech';
  // A paper for a Legislative Council panel reports to its members, and so does any council's
  // paper they are asked to note (請委員備悉本文件的內容); one that seeks their approval is a notice.
  const paper = meta.docNumber !== null && COUNCIL_PAPER.test(meta.docNumber);
  // (A finance paper asks the committee to approve a commitment: 請各委員批准….)
  if (paper && APPROVAL.test(bodyText)) return 'notice';
  if (paper && !NOTICE.test(title) && (LEGCO_PAPER.test(meta.docNumber!) || TO_NOTE.test(bodyText))) return 'report';
  // (…空間數據助城市規劃: a headline's clause, no plan.)
  // (Nor is a reading of a document, however it names it: 一图读懂丨台州市科技志愿服务积分管理办法.)
  if (NOTICE.test(title) && !SERVES_PLANNING.test(title) && !MEETS_RULES.test(title) && !MEETS_ON_DOCUMENT.test(title) && !READING_OPENS.test(title)) return 'notice';
  if (PLAN.test(title) && (meta.docNumber || ISSUED.test(title) || RECIPIENTS.test(bodyText))) return 'notice';
  if (!meta.title) {
    if (meta.docNumber) return 'notice';
    if (/^[\s\u3000]*(?:同志们|同志們|各位)/.test(bodyText)) return 'speech';
  }
  // A text that opens by addressing its audience on a line of its own (同志们：, 各位代表、同志们：,
  // 主席、各位副主席、各位委员：) was delivered, whatever its headline: a speech, or the report its
  // speaker presents (我代表…向大会作工作报告).
  if (!meta.docNumber && SALUTATION.test(bodyText)) return DELIVERED_REPORT.test(bodyText.slice(0, SALUTATION_SPAN)) ? 'report' : 'speech';
  // A page with its own document number is a document (a 公告 titled by what it does: 修正「…要點」).
  if (meta.docNumber) return 'notice';
  // So is a page the site files under its notices, as its <title> or a header field says: 創新科技署 - 通告 - 「…」2026/27年度接受申請, 類別：通告.
  // (Or its breadcrumb: 你在這裏：主頁 > 最新消息 > 通告.)
  if (NOTICE_COLUMN.test(titleTag) || NOTICE_CATEGORY.test(pageText.slice(0, CATEGORY_SPAN)) || NOTICE_CRUMB.test(pageText.slice(0, CRUMB_SPAN))) return 'notice';
  // (Or its label over the title: 交通通告 / 2026香港單車節特別交通安排.)
  if (NOTICE_COLUMN_LINE.test(lineAbove(meta.title, pageText))) return 'notice';
  // So is a department's letter to those it regulates, addressed and greeted: 致：所有認可人士… / 敬啟者：.
  if (addressedLetter(pageText) || signedLetter(pageText, bodyText)) return 'notice';
  // An activity's announcement (or a call for applications), with its places, registration and
  // rules, is a notice; a report of the activity once held, or of a round's results, is news
  // (舉行, 圓滿落幕, 公布…撥款結果).
  // (Not a hotline's answers to callers, one of which gives a museum's booking and its quota: …热点问答.)
  if (!HELD.test(title) && !QUESTIONS_ANSWERED.test(title) && REGISTRATION.test(bodyText) && QUOTA_OR_RULES.test(bodyText)) return 'notice';
  return 'news';
}
