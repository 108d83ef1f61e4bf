// Clip identity (CONTRACTS.md "Clip identity"): the same item on the same page is one clip, however
// the reader reached the page (share links, campaign tags, fragments) and whichever script it showed.
import type { ClipKind } from '../types';
import { rememberLast } from './remember-last';

/** Query parameters that only say how the reader arrived, never which page they read. */
const TRACKING_PARAMS = new Set([
  'spm', // Alibaba / Taobao family
  'spm_id_from', // Bilibili
  'vd_source', // Bilibili
  'from', // WeChat, Weibo, many CMS share buttons
  'isappinstalled', // WeChat
  'scene', // WeChat
  'clicktime', // WeChat
  'enterid', // WeChat
  'share_token',
  'share_source',
  'share_medium',
  'share_plat',
  'share_from',
  'fbclid', // Facebook
  'gclid', // Google Ads
  'msclkid', // Bing Ads
]);
const TRACKING_PREFIXES = ['utm_', 'wxshare', 'sharer_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The page URL as identity sees it: no fragment, no tracking parameters, lower-case host (the URL
 * parser does that and drops a default port). The remaining parameters keep their order and their
 * exact encoding, because sites differ in what they treat as equivalent. A string that is not an
 * absolute URL only loses its fragment. (Each clip's key needs its URL twice: remember the last.)
 */
export const normalizePageUrl = rememberLast(normalize);

function normalize(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim().replace(/#.*$/s, '');
  }
  parsed.hash = '';
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeName(pair.split('=', 1)[0])));
  parsed.search = kept.length ? `?${kept.join('&')}` : '';
  return parsed.href;
}

export interface ClipIdentity {
  page: { url: string };
  kind: ClipKind;
  textSimplified: string;
  marker: string | null;
}

/**
 * The identity key. Whitespace runs count as one space and ends are trimmed, so a selection that
 * caught a trailing line break is still the same clip. The marker only counts for tasks: two
 * tasks with the same wording under different numbers are different items.
 */
export function clipKey(clip: ClipIdentity): string {
  const text = clip.textSimplified.replace(/\s+/g, ' ').trim();
  const marker = clip.kind === 'task' ? (clip.marker ?? '') : '';
  return JSON.stringify([normalizePageUrl(clip.page.url), clip.kind, text, marker]);
}
