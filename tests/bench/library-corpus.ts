// A deterministic library of realistic clips for the library.100k.* metrics: tasks, statistics and
// selections from 科协 / government pages in both scripts, with varied organisations, dates, tags
// and notes. Same count → same clips, so runs and machines compare.
import { getConverter } from '../../lib/convert/engine';
import { exportBackup } from '../../lib/export/backup';
import { clipKey } from '../../lib/store/identity';
import type { Clip, ClipKind, ClipPage, PageKind } from '../../lib/types';
import { prng } from '../fixtures/prng';

const ORGS: { name: string; short: string; host: string; prefix: string }[] = [
  { name: '中国科学技术协会', short: '中国科协', host: 'www.cast.org.cn', prefix: '科协发' },
  { name: '湖北省科学技术协会', short: '省科协', host: 'www.hbast.org.cn', prefix: '鄂科协办' },
  { name: '河南省科学技术协会', short: '河南省科协', host: 'www.hast.net.cn', prefix: '豫科协' },
  { name: '山东省科学技术协会', short: '山东省科协', host: 'www.sdast.org.cn', prefix: '鲁科协字' },
  { name: '云南省科学技术协会', short: '云南省科协', host: 'www.ynast.org.cn', prefix: '云科协发' },
  { name: '北京市科学技术协会', short: '北京市科协', host: 'www.bast.net.cn', prefix: '京科协发' },
  { name: '广东省科学技术协会', short: '广东省科协', host: 'www.gdsta.cn', prefix: '粤科协' },
  { name: '四川省科学技术协会', short: '四川省科协', host: 'www.sckx.org.cn', prefix: '川科协' },
  { name: '武汉市科学技术协会', short: '武汉市科协', host: 'www.whast.org.cn', prefix: '武科协' },
  { name: '中国老科学技术工作者协会', short: '中国老科协', host: 'www.castscn.org.cn', prefix: '老科协发' },
  { name: '中国科普作家协会', short: '科普作协', host: 'www.kpcswa.org.cn', prefix: '科普作协' },
  { name: '湖南省人民政府办公厅', short: '省政府办公厅', host: 'www.hunan.gov.cn', prefix: '湘政办发' },
];
const SUBJECTS = [
  '各级科协组织', '全省学会（协会、研究会）', '基层科协', '科普志愿者', '院士专家工作站', '企业科协',
  '高校科协', '农村专业技术协会', '青少年科技教育基地', '科技智库', '市县科技馆', '海智计划工作站',
  '科技工作者之家', '科普中国信息员', '学会服务站',
];
const ACTIONS = [
  '深入推进创新驱动助力工程', '切实加强科普阵地建设', '广泛开展学术交流活动', '着力提升公民科学素质',
  '扎实开展决策咨询服务', '全面加强基层组织建设', '持续深化科协系统改革', '积极服务科技工作者',
  '认真落实党风廉政建设责任', '努力打造科普品牌活动', '加快推进科普信息化建设', '大力弘扬科学家精神',
  '组织开展全国科普日活动', '健全科普志愿者服务体系', '做好优秀科技工作者表彰推荐', '推动学会承接政府转移职能',
];
const CLAUSES = [
  '坚持问题导向和目标导向', '围绕中心、服务大局', '统筹兼顾、突出重点', '强化责任、狠抓落实',
  '完善工作机制和考核办法', '推动发展方式转变', '提高服务质量和效率', '形成上下联动的工作格局',
];
const STAT_PHRASES: { before: string; unit: string; scale: number }[] = [
  { before: '投入资金', unit: '万元', scale: 10 },
  { before: '争取专项经费', unit: '万元', scale: 50 },
  { before: '培训科普志愿者', unit: '人次', scale: 100 },
  { before: '举办学术会议', unit: '场次', scale: 1 },
  { before: '建成科普示范基地', unit: '个', scale: 1 },
  { before: '服务企业', unit: '家', scale: 1 },
  { before: '覆盖农村专业技术协会', unit: '个', scale: 1 },
  { before: '惠及群众', unit: '万人', scale: 1 },
];
const QUALIFIERS = [null, null, '超过', '约', '近', '累计'];
const TAGS = ['科普', '学会', '重点任务', '待办', '经费', '志愿者', '基层组织', '年度计划', '智库', '人才'];
const NOTES = ['', '', '', '', '与去年对比', '写入季度总结', '核实数据来源', '转发给办公室'];
const KINDS: PageKind[] = ['notice', 'notice', 'news', 'news', 'speech', 'report'];
const CLIPS_PER_PAGE = 20;


/** Text in the page's script and in Simplified, built from phrases converted once each. */
interface Texts {
  shown: string;
  simplified: string;
}

function corpus(count: number): Clip[] {
  const rand = prng(20240226);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const toTw = getConverter('tw');
  const converted = new Map<string, string>();
  const tw = (s: string) => {
    let out = converted.get(s);
    if (out === undefined) converted.set(s, (out = toTw(s)));
    return out;
  };

  const clips: Clip[] = [];
  const keys = new Set<string>();
  const newest = Date.UTC(2025, 5, 30, 8, 0, 0);
  for (let p = 0; clips.length < count; p++) {
    const org = pick(ORGS);
    const traditional = rand() < 0.3;
    // Phrases are converted (once each), numbers kept, and already built texts reused as they are.
    const join = (parts: (string | number | Texts)[]): Texts => ({
      simplified: parts.map((x) => (typeof x === 'object' ? x.simplified : x)).join(''),
      shown: parts
        .map((x) => (typeof x === 'object' ? x.shown : typeof x === 'string' && traditional ? tw(x) : x))
        .join(''),
    });
    const year = int(2016, 2024);
    const date = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const kind = pick(KINDS);
    const title = join(
      kind === 'notice'
        ? ['关于印发《', org.short, year, '年工作要点》的通知']
        : kind === 'speech'
          ? [org.short, '主要负责同志在', year, '年全委会议上的讲话']
          : [org.name, pick(ACTIONS), '工作综述'],
    );
    const url = `https://${org.host}/art/${date.replaceAll('-', '/')}/art_${1000 + p}_${int(10000, 99999)}.html`;
    const page: ClipPage = {
      url,
      title: title.shown,
      org: traditional ? tw(org.name) : org.name,
      date,
      docNumber: kind === 'notice' ? `${traditional ? tw(org.prefix) : org.prefix}〔${year}〕${int(1, 60)}号` : null,
      source: traditional ? tw(org.short) : org.short,
      kind,
      script: traditional ? 'traditional' : 'simplified',
    };

    for (let i = 0; i < CLIPS_PER_PAGE && clips.length < count; i++) {
      const roll = rand();
      const clipKind: ClipKind = roll < 0.5 ? 'task' : roll < 0.85 ? 'statistic' : 'selection';
      const stat = pick(STAT_PHRASES);
      const amount = int(1, 999) * stat.scale;
      const qualifier = pick(QUALIFIERS);
      const statText = join([stat.before, qualifier ?? '', amount, stat.unit]);
      const sentence = join([pick(SUBJECTS), pick(ACTIONS), '，', pick(CLAUSES), '，', stat.before, qualifier ?? '', amount, stat.unit, '。']);
      const marker = clipKind === 'task' ? pick(['一、', '二、', '（三）', '（四）', `${int(1, 9)}.`, `${int(1, 9)}、`]) : null;
      const text =
        clipKind === 'task'
          ? join([pick(SUBJECTS), pick(ACTIONS), '，', pick(CLAUSES), '，全年完成', int(10, 999), '项'])
          : clipKind === 'statistic'
            ? statText
            : sentence;
      const context = clipKind === 'statistic' ? sentence : join([text, '。', pick(CLAUSES), '。']);
      const clippedAt = new Date(newest - clips.length * 7 * 60_000).toISOString();
      const clip: Clip = {
        id: `bench-${clips.length.toString(36).padStart(4, '0')}`,
        key: '',
        kind: clipKind,
        text: text.shown,
        textOriginal: text.shown,
        textSimplified: text.simplified,
        marker,
        level: clipKind === 'task' ? int(1, 3) : null,
        value: clipKind === 'statistic' ? amount : null,
        valueMax: null,
        unit: clipKind === 'statistic' ? stat.unit : null,
        qualifier: clipKind === 'statistic' ? qualifier : null,
        context: context.shown,
        page,
        anchor: {
          exact: text.shown,
          prefix: context.shown.slice(0, Math.max(0, context.shown.indexOf(text.shown))).slice(-20),
          suffix: '。',
          fragmentUrl: `${url}#:~:text=${encodeURIComponent(text.shown)}`,
        },
        tags: [...new Set(Array.from({ length: int(0, 3) }, () => pick(TAGS)))],
        note: pick(NOTES),
        clippedAt,
        createdAt: clippedAt,
      };
      // Identity merges the same item on the same page: draw again rather than count one twice.
      const key = clipKey(clip);
      if (keys.has(key)) continue;
      keys.add(key);
      clips.push(clip);
    }
  }
  return clips;
}

/** A JSON backup (lib/export/backup.ts format) of `count` distinct clips. */
export function libraryBackup(count: number): string {
  return exportBackup(corpus(count), { now: new Date(Date.UTC(2025, 5, 30, 12, 0, 0)) });
}
