// Clip factory shared by the library tests.
import type { Clip } from '../../lib/types';

let counter = 0;

type ClipOverrides = Partial<Omit<Clip, 'page'>> & { page?: Partial<Clip['page']> };

export function makeClip(overrides: ClipOverrides = {}): Clip {
  counter++;
  const { page, ...rest } = overrides;
  const text = rest.text ?? `第${counter}项任务`;
  return {
    id: `c${counter}`,
    key: `k${counter}`,
    kind: 'task',
    text,
    textOriginal: text,
    textSimplified: text,
    marker: null,
    level: null,
    value: null,
    valueMax: null,
    unit: null,
    qualifier: null,
    context: '',
    tags: [],
    note: '',
    clippedAt: '2024-05-01T10:00:00+08:00',
    createdAt: '2024-05-01T10:00:00+08:00',
    anchor: { exact: text, prefix: '', suffix: '', fragmentUrl: 'https://www.cast.org.cn/a.html#:~:text=x' },
    ...rest,
    page: {
      url: 'https://www.cast.org.cn/a.html',
      title: '通知',
      org: '中国科协',
      date: '2024-04-30',
      docNumber: null,
      source: null,
      kind: 'notice',
      script: 'simplified',
      ...page,
    },
  };
}
