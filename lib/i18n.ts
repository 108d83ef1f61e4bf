// UI language detection and typed string tables for the extension's own pages.
// Every table holds the same keys in all three languages; the types make a missing key a
// compile error, and `missingKeys` lets tests check the same at run time.

export type Lang = 'zh-CN' | 'zh-TW' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

/** A string table: the keys are taken from `en`; the other languages must have exactly those. */
export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

// Regions and scripts that read Traditional Chinese; every other Chinese tag reads Simplified.
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Maps a BCP 47 tag (navigator.language, or Chrome's `zh_TW` form) to a UI language.
 * An explicit script subtag wins over the region: zh-Hant-CN → zh-TW, zh-Hans-HK → zh-CN.
 */
export function detectLang(navigatorLanguage?: string): Lang {
  const tag = navigatorLanguage ?? globalThis.navigator?.language ?? '';
  const [language, ...rest] = tag.toLowerCase().split(/[-_]/);
  if (language !== 'zh') return 'en';
  if (rest.includes('hant')) return 'zh-TW';
  if (rest.includes('hans')) return 'zh-CN';
  return rest.some((sub) => TRADITIONAL_REGIONS.has(sub)) ? 'zh-TW' : 'zh-CN';
}

/** The UI language for a stored preference (`'auto'` follows the browser). */
export function resolveLang(preference: Lang | 'auto', navigatorLanguage?: string): Lang {
  return preference === 'auto' ? detectLang(navigatorLanguage) : preference;
}

/**
 * Declares a string table. Keys are inferred from `en` only, so a key missing from (or extra in)
 * `zh-CN` or `zh-TW` is a type error at the declaration.
 */
export function defineStrings<K extends string>(
  table: { en: Record<K, string> } & Record<Exclude<Lang, 'en'>, Record<NoInfer<K>, string>>,
): StringTable<K> {
  return table;
}

/**
 * A translator for one language. `{name}` in a string is replaced by `vars.name`; placeholders
 * without a value are left visible so a forgotten variable shows up instead of vanishing.
 */
export function makeT<K extends string>(table: StringTable<K>, lang: Lang): Translate<K> {
  const strings = table[lang];
  return (key, vars) => {
    // Falls back to English and then the key itself: tables typed elsewhere may be cast.
    const template = strings[key] ?? table.en[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]) : whole,
    );
  };
}

/** Keys present in some language but absent (or empty) in another, as `lang:key`. */
export function missingKeys(table: Record<Lang, Record<string, string>>): string[] {
  const all = new Set(LANGS.flatMap((lang) => Object.keys(table[lang])));
  const missing: string[] = [];
  for (const lang of LANGS) {
    for (const key of all) {
      if (!table[lang][key]) missing.push(`${lang}:${key}`);
    }
  }
  return missing;
}
