// Tag colours (settings.tagColors): chips in the clip list and a place to choose each tag's colour.
// The colours come through a context so that a settings change re-renders the chips, not the page.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { saveSettings } from '../../lib/settings';
import type { Clip } from '../../lib/types';
import { useSettings } from '../common/useUi';
import { useT } from './i18n';

type TagColors = Readonly<Record<string, string>>;
const NONE: TagColors = {};
const TagColorsContext = createContext<TagColors>(NONE);

export function TagColorsProvider({ children }: { children: ComponentChildren }) {
  const colors = useSettings()?.tagColors ?? NONE;
  return <TagColorsContext.Provider value={colors}>{children}</TagColorsContext.Provider>;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000000' : '#ffffff';
}

export function TagChip({ tag }: { tag: string }) {
  const color = useContext(TagColorsContext)[tag];
  const style = color ? { background: color, color: textOn(color), borderColor: color } : undefined;
  return (
    <span class="tag-chip" style={style}>
      {tag}
    </span>
  );
}

export function TagChips({ tags }: { tags: readonly string[] }) {
  return (
    <>
      {tags.map((tag) => (
        <TagChip key={tag} tag={tag} />
      ))}
    </>
  );
}

/** Every tag in the library with a colour picker; a change is saved at once. */
export function TagColorEditor({ clips, onError }: { clips: readonly Clip[]; onError: (e: unknown) => void }) {
  const t = useT();
  const colors = useContext(TagColorsContext);
  const tags = useMemo(() => [...new Set(clips.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b)), [clips]);

  const setColor = (tag: string, color: string | null) => {
    const next = { ...colors };
    if (color) next[tag] = color;
    else delete next[tag];
    saveSettings({ tagColors: next }).catch(onError);
  };

  return (
    <section class="tag-colors" aria-labelledby="tag-colors-title">
      <h2 id="tag-colors-title">{t('tagColors')}</h2>
      {tags.length === 0 ? (
        <p class="muted">{t('noTags')}</p>
      ) : (
        <ul>
          {tags.map((tag) => (
            <li key={tag}>
              <TagChip tag={tag} />
              <input
                type="color"
                aria-label={t('tagColorOf', { tag })}
                value={colors[tag] ?? '#e0e0e0'}
                onChange={(e) => setColor(tag, e.currentTarget.value)}
              />
              {colors[tag] && (
                <button type="button" aria-label={t('tagColorClearOf', { tag })} onClick={() => setColor(tag, null)}>
                  {t('tagColorClear')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
