import { describe, expect, it } from 'vitest';
import { parseClip, parseClipInput } from '../../lib/store/schema';
import type { ClipInput } from '../../lib/types';
import { clipInput } from './store-fixtures';

type Mutation = (c: ClipInput) => unknown;
const withPage = (page: Partial<Record<keyof ClipInput['page'], unknown>>): Mutation => (c) => ({ ...c, page: { ...c.page, ...page } });

describe('parseClipInput', () => {
  it('accepts a well-formed clip and drops unknown fields', () => {
    const input = clipInput();
    expect(parseClipInput({ ...input, extra: 'x' })).toEqual(input);
  });

  it.each<[string, Mutation, RegExp]>([
    ['not an object', () => 'clip', /Invalid clip: .*Object/],
    ['unknown kind', (c) => ({ ...c, kind: 'paragraph' }), /kind:/],
    ['empty text', (c) => ({ ...c, text: '  ' }), /text: must not be empty/],
    ['text not a string', (c) => ({ ...c, text: 5 }), /text:/],
    ['text too long', (c) => ({ ...c, textOriginal: 'x'.repeat(100_001) }), /textOriginal: a clip is at most 100,000 characters; this one has 100001/],
    ['anchor too long', (c) => ({ ...c, anchor: { ...c.anchor, exact: 'x'.repeat(100_001) } }), /anchor\.exact: .*100,000/],
    ['NaN value', (c) => ({ ...c, value: Number.NaN }), /value:/],
    ['infinite value', (c) => ({ ...c, valueMax: Infinity }), /valueMax:/],
    ['string value', (c) => ({ ...c, value: '200' }), /value:/],
    ['fractional level', (c) => ({ ...c, level: 1.5 }), /level:/],
    ['javascript: URL', withPage({ url: 'javascript:alert(1)' }), /page\.url: must be an http\(s\) URL/],
    ['file: URL', withPage({ url: 'file:///etc/passwd' }), /page\.url: must be an http\(s\) URL/],
    ['relative URL', withPage({ url: '/a.html' }), /page\.url/],
    ['huge URL', withPage({ url: `https://x.cn/${'a'.repeat(9000)}` }), /page\.url/],
    ['bad fragment URL', (c) => ({ ...c, anchor: { ...c.anchor, fragmentUrl: 'data:text/html,x' } }), /anchor\.fragmentUrl/],
    ['bad date', withPage({ date: '2024/08/01' }), /page\.date: must be a date/],
    ['unknown page kind', withPage({ kind: 'blog' }), /page\.kind/],
    ['unknown script', withPage({ script: 'latin' }), /page\.script/],
    ['missing page title', withPage({ title: undefined }), /page\.title/],
    ['51 tags', (c) => ({ ...c, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }), /at most 50 tags/],
    ['long tag', (c) => ({ ...c, tags: ['t'.repeat(101)] }), /tags\.0/],
    ['tags not strings', (c) => ({ ...c, tags: [1] }), /tags\.0/],
    ['long note', (c) => ({ ...c, note: 'n'.repeat(20_001) }), /note:/],
    ['long marker', (c) => ({ ...c, marker: 'm'.repeat(101) }), /marker:/],
  ])('rejects %s', (_name, mutate, message) => {
    expect(() => parseClipInput(mutate(clipInput()))).toThrow(message);
  });

  it('lists several problems at once', () => {
    expect(() => parseClipInput({ ...clipInput(), kind: 'x', value: 'y' })).toThrow(/kind: .*; value: /);
  });
});

describe('parseClip', () => {
  const stored = {
    ...clipInput(),
    id: 'c1',
    key: 'k',
    textSimplified: '加强',
    clippedAt: '2024-09-01T16:00:00+08:00',
    createdAt: '2024-09-01T08:00:00.000Z',
  };

  it('stores times in UTC so that the index sorts them by instant', () => {
    const clip = parseClip(stored);
    expect(clip.clippedAt).toBe('2024-09-01T08:00:00.000Z');
    expect(clip.createdAt).toBe('2024-09-01T08:00:00.000Z');
  });

  it.each([
    ['a time without offset', { clippedAt: '2024-09-01T08:00:00' }, /clippedAt/],
    ['a date only', { createdAt: '2024-09-01' }, /createdAt/],
    ['an empty id', { id: '' }, /id:/],
    ['no Simplified text', { textSimplified: undefined }, /textSimplified/],
  ])('rejects %s', (_name, change, message) => {
    expect(() => parseClip({ ...stored, ...change })).toThrow(message);
  });
});
