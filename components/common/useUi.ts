// Settings and UI language for an extension page, kept live across contexts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeT, resolveLang, type Lang, type StringTable, type Translate } from '../../lib/i18n';
import { getSettings, onSettingsChanged, type Settings } from '../../lib/settings';

/** The current settings (null until loaded), updated when any context saves them. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const stop = onSettingsChanged(setSettings);
    getSettings().then((loaded) => live && setSettings(loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/**
 * A translator for the page's UI language. Also marks the document's language so the browser
 * renders CJK text with the right (Simplified or Traditional) glyph forms.
 */
export function useUi<K extends string>(table: StringTable<K>, settings: Settings | null): { lang: Lang; t: Translate<K> } {
  const lang = resolveLang(settings?.uiLang ?? 'auto');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = useMemo(() => makeT(table, lang), [table, lang]);
  return { lang, t };
}

/** The window title in the UI language (the HTML <title> feeds the manifest, not the reader). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
