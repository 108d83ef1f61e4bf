// Builders for clip inputs used by the store, CSV and backup tests.
import type { ClipInput } from '../../lib/types';

export function clipInput(overrides: Partial<ClipInput> & { url?: string } = {}): ClipInput {
  const { url = 'https://www.cast.org.cn/xw/tzgg/art/2024/art_1.html', ...rest } = overrides;
  const text = rest.text ?? '（一）加强科普基础设施建设。';
  return {
    kind: 'task',
    text,
    textOriginal: text,
    marker: '（一）',
    level: 2,
    value: null,
    valueMax: null,
    unit: null,
    qualifier: null,
    context: `各地要${text}`,
    page: {
      url,
      title: '中国科协关于开展2024年全国科普日活动的通知',
      org: '中国科协',
      date: '2024-08-01',
      docNumber: '科协发普字〔2024〕12号',
      source: '中国科协办公厅',
      kind: 'notice',
      script: 'simplified',
    },
    anchor: { exact: text, prefix: '各地要', suffix: '', fragmentUrl: `${url}#:~:text=${encodeURIComponent(text)}` },
    tags: [],
    note: '',
    ...rest,
  };
}

export function statInput(overrides: Partial<ClipInput> & { url?: string } = {}): ClipInput {
  return clipInput({
    kind: 'statistic',
    text: '近200人',
    marker: null,
    level: null,
    value: 200,
    valueMax: null,
    unit: '人',
    qualifier: '近',
    ...overrides,
  });
}
