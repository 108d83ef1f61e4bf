// Short labels for the toolbar tooltip and context menu, in the browser's UI language.
import { browser } from 'wxt/browser';
import type { Script, Target } from '../types';

type Lang = 'zh-CN' | 'zh-TW' | 'en';

function uiLang(): Lang {
  const l = (browser.i18n?.getUILanguage?.() ?? 'en').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  return l.startsWith('zh') ? 'zh-CN' : 'en';
}

const SCRIPT: Record<Lang, Record<Script, string>> = {
  'zh-CN': { simplified: '简体', traditional: '繁体', mixed: '简繁混合', none: '无中文' },
  'zh-TW': { simplified: '簡體', traditional: '繁體', mixed: '簡繁混合', none: '無中文' },
  en: { simplified: 'Simplified', traditional: 'Traditional', mixed: 'Mixed script', none: 'No Chinese' },
};

const TARGET: Record<Lang, Record<Target, string>> = {
  'zh-CN': { tw: '繁体（台湾）', hk: '繁体（香港）', t: '繁体（OpenCC）', twp: '繁体（台湾用词）', cn: '简体' },
  'zh-TW': { tw: '繁體（臺灣）', hk: '繁體（香港）', t: '繁體（OpenCC）', twp: '繁體（臺灣用詞）', cn: '簡體' },
  en: { tw: 'Traditional (Taiwan)', hk: 'Traditional (Hong Kong)', t: 'Traditional (OpenCC)', twp: 'Traditional (Taiwan words)', cn: 'Simplified' },
};

export function scriptLabel(script: Script): string {
  return SCRIPT[uiLang()][script];
}

export function targetLabel(target: Target): string {
  return TARGET[uiLang()][target];
}
