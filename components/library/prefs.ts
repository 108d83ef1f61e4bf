// Language and theme of the library page, remembered in the page's localStorage (the extension
// origin, so no web page can read or set them).
import { detectLang, LANGS, type Lang } from '../../lib/i18n';

export type Theme = 'auto' | 'light' | 'dark';

const LANG_KEY = 'gongwen-lens.library.lang';
const THEME_KEY = 'gongwen-lens.library.theme';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled: fall back to defaults
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // not remembered, still applied
  }
}

export function loadLang(): Lang {
  const stored = read(LANG_KEY);
  return (LANGS as readonly string[]).includes(stored ?? '') ? (stored as Lang) : detectLang();
}

export function saveLang(lang: Lang): void {
  write(LANG_KEY, lang);
}

export function loadTheme(): Theme {
  const stored = read(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

export function saveTheme(theme: Theme): void {
  write(THEME_KEY, theme);
}

/** 'auto' leaves the choice to prefers-color-scheme in the stylesheet. */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
