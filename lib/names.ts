// Names of conversion targets and scripts, shared by the popup, the options page and the toolbar.
import { defineStrings } from './i18n';
import type { Target } from './types';

/** Full, localised names for choosing a target. */
export const targetStrings = defineStrings({
  en: {
    tw: 'Traditional (Taiwan)',
    hk: 'Traditional (Hong Kong)',
    t: 'Traditional (standard OpenCC)',
    twp: 'Traditional (Taiwan, with Taiwan vocabulary)',
    cn: 'Simplified (mainland)',
  },
  'zh-CN': {
    tw: '繁体（台湾字形）',
    hk: '繁体（香港字形）',
    t: '繁体（OpenCC 标准）',
    twp: '繁体（台湾字形及用语）',
    cn: '简体（大陆）',
  },
  'zh-TW': {
    tw: '繁體（台灣字形）',
    hk: '繁體（香港字形）',
    t: '繁體（OpenCC 標準）',
    twp: '繁體（台灣字形及用語）',
    cn: '簡體（大陸）',
  },
});

/**
 * Short names in the script they name (like language names in a language menu), so a reader
 * recognises them whatever the UI language.
 */
export const TARGET_SHORT: Record<Target, string> = {
  tw: '繁體(台灣)',
  hk: '繁體(香港)',
  t: '繁體',
  twp: '繁體(台灣用語)',
  cn: '简体',
};

/** Localised names of a page's script. */
export const scriptStrings = defineStrings({
  en: { simplified: 'Simplified', traditional: 'Traditional', mixed: 'Mixed script', none: 'No Chinese' },
  'zh-CN': { simplified: '简体', traditional: '繁体', mixed: '简繁混合', none: '无中文' },
  'zh-TW': { simplified: '簡體', traditional: '繁體', mixed: '簡繁混合', none: '無中文' },
});
