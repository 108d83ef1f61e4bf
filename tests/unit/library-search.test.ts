import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../lib/convert/engine';
import { clipHaystack, matchingIndices, memoSimplify, queryTerms } from '../../lib/library/search';
import { makeClip } from './library-fixtures';

const search = (clips: ReturnType<typeof makeClip>[], query: string) => {
  const hays = clips.map((clip) => clipHaystack(clip, toSimplified));
  return matchingIndices(hays, queryTerms(query, toSimplified));
};

describe('library search', () => {
  const simplifiedClip = makeClip({ text: '充分发挥科协组织作用', context: '各级科协要充分发挥作用' });
  const traditionalClip = makeClip({
    text: '加強學會建設',
    textSimplified: '加强学会建设',
    context: '中國科學技術協會關於加強學會建設的意見',
    page: { title: '臺灣學會通訊', script: 'traditional' },
  });
  const englishClip = makeClip({ text: 'Annual Report', note: 'Check the GDP figure', tags: ['Economy'] });
  const clips = [simplifiedClip, traditionalClip, englishClip];

  it('finds Traditional text with a Simplified query and the reverse', () => {
    expect(search(clips, '协会')).toEqual([1]);
    expect(search(clips, '協會')).toEqual([1]);
    expect(search(clips, '發揮')).toEqual([0]);
  });

  it('matches inside Chinese text without spaces', () => {
    expect(search(clips, '挥科')).toEqual([0]);
    expect(search(clips, '学会')).toEqual([1]);
  });

  it('searches context, page title, note and tags, case-insensitively', () => {
    expect(search(clips, '台湾')).toEqual([1]); // title 臺灣 normalised to 台湾
    expect(search(clips, 'gdp')).toEqual([2]);
    expect(search(clips, 'ECONOMY')).toEqual([2]);
    expect(search(clips, '各级')).toEqual([0]);
  });

  it('requires every whitespace-separated term', () => {
    expect(search(clips, '学会 建设')).toEqual([1]);
    expect(search(clips, '学会 发挥')).toEqual([]);
  });

  it('does not match across field boundaries', () => {
    const clip = makeClip({ text: '甲乙', context: '丙丁' });
    expect(search([clip], '乙丙')).toEqual([]);
  });

  it('treats an empty query as no search', () => {
    expect(search(clips, '   ')).toBeNull();
  });

  it('memoised simplifier converts each distinct string once', () => {
    let calls = 0;
    const simplify = memoSimplify((text) => {
      calls++;
      return toSimplified(text);
    });
    expect(simplify('協會')).toBe('协会');
    expect(simplify('協會')).toBe('协会');
    expect(calls).toBe(1);
  });
});
