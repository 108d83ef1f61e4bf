// The library page: search, filters, sort, the virtual clip list with selection and inline edits,
// delete with undo, overview charts, the statistics table, and export/import.
import { errorText } from '../../lib/errors';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANGS, makeT, type Lang } from '../../lib/i18n';
import { applyFilters, collectFacets, hasFilters, NO_FILTERS, type LibraryFilters } from '../../lib/library/filters';
import { countBy, countByKind, countByMonth } from '../../lib/library/overview';
import { matchingIndices, queryTerms, type Simplify } from '../../lib/library/search';
import { selectRange, toggleAllVisible, toggleOne } from '../../lib/library/selection';
import { DEFAULT_SORT, sortIndices, type SortKey, type SortSpec } from '../../lib/library/sort';
import { orderSubset } from '../../lib/library/view';
import type { ClipChanges } from '../../lib/store/clips';
import { addedTag, setLastTag } from '../../lib/library/last-tag';
import type { Clip } from '../../lib/types';
import { BackupReminder } from '../common/BackupReminder';
import { HorizontalBars, MonthColumns } from './Charts';
import { ClipTable } from './ClipTable';
import { FilterBar } from './FilterBar';
import { TContext, useT } from './i18n';
import { applyTheme, saveLang, saveTheme, type Theme } from './prefs';
import { StatsTable } from './StatsTable';
import { TagColorEditor, TagColorsProvider } from './TagColors';
import { LIBRARY_STRINGS, type LibraryKey } from './strings';
import { Toasts, useToasts } from './Toasts';
import { TransferPanel } from './TransferPanel';
import { useLibrary, type LibraryStore } from './useLibrary';

/** What the extension page exposes to its own tests and the benchmark. */
export interface LibraryHook {
  ready: Promise<void>;
  /** Runs a search like typing it; resolves with the number of clips shown once rendered. */
  search(query: string): Promise<number>;
}

interface Props {
  store: LibraryStore;
  simplify: Simplify;
  initialLang: Lang;
  initialTheme: Theme;
  onHook?: (hook: LibraryHook) => void;
}

type Tab = 'clips' | 'overview' | 'stats' | 'transfer';
const TABS: { id: Tab; label: LibraryKey }[] = [
  { id: 'clips', label: 'tabClips' },
  { id: 'overview', label: 'tabOverview' },
  { id: 'stats', label: 'tabStats' },
  { id: 'transfer', label: 'tabTransfer' },
];
const SORTS: { key: SortKey; label: LibraryKey }[] = [
  { key: 'clipped', label: 'sortClipped' },
  { key: 'date', label: 'sortDate' },
  { key: 'org', label: 'sortOrg' },
  { key: 'value', label: 'sortValue' },
];
const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function App({ store, simplify, initialLang, initialTheme, onHook }: Props) {
  const [lang, setLang] = useState(initialLang);
  const [theme, setTheme] = useState(initialTheme);
  const t = useMemo(() => makeT(LIBRARY_STRINGS, lang), [lang]);
  const formatCount = useMemo(() => new Intl.NumberFormat(lang).format, [lang]);
  const library = useLibrary(store, simplify);
  const { collection, version, phase } = library;
  const clips = collection.clips;

  const [tab, setTab] = useState<Tab>('clips');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const toasts = useToasts();
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('appTitle')} · Gongwen Lens`;
  }, [lang]);
  useEffect(() => applyTheme(theme), [theme]);

  // The full order is recomputed only when the clips or the sort change; a search or a filter
  // reads its subset off it (see lib/library/view.ts).
  const order = useMemo(() => sortIndices(clips, clips.map((_, i) => i), sort), [clips, sort]);
  const terms = useMemo(() => queryTerms(query, simplify), [query, simplify]);
  const matched = useMemo(() => matchingIndices(collection.haystacks, terms), [version, terms]);
  const filtered = useMemo(
    () => (hasFilters(filters) ? applyFilters(clips, matched, filters) : matched),
    [clips, matched, filters],
  );
  const rows = useMemo(() => orderSubset(order, filtered), [order, filtered]);
  // Facets scan every clip (and parse every URL): only while the filter panel is open.
  const facets = useMemo(() => (filtersOpen ? collectFacets(clips) : null), [clips, filtersOpen]);

  // Test/bench hook: a search resolves once the page has rendered its result. Each search is
  // numbered and the number rendered with its query: an effect left over from a render before the
  // search (effects run after paint) must not answer it with the previous query's rows.
  const pendingSearch = useRef<{ seq: number; resolve: (count: number) => void }[]>([]);
  const searchSeq = useRef(0);
  const [renderedSearch, setRenderedSearch] = useState(0);
  useEffect(() => {
    const waiting = pendingSearch.current;
    pendingSearch.current = waiting.filter((s) => s.seq > renderedSearch);
    for (const s of waiting) if (s.seq <= renderedSearch) s.resolve(rows.length);
  });
  useEffect(() => {
    onHook?.({
      ready: library.ready,
      search: (q) =>
        new Promise((resolve) => {
          const seq = ++searchSeq.current;
          pendingSearch.current.push({ seq, resolve });
          setQuery(q);
          setTab('clips');
          setRenderedSearch(seq);
        }),
    });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTextField(e.target)) {
        e.preventDefault();
        setTab('clips');
        queueMicrotask(() => searchBox.current?.focus());
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !isTextField(e.target)) {
        if (toasts.undoLatest()) e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toasts]);

  const visibleIds = () => rows.map((i) => clips[i].id);

  function select(id: string, range: boolean) {
    setSelected((sel) => (range ? selectRange(sel, visibleIds(), anchor.current, id) : toggleOne(sel, id)));
    anchor.current = id;
  }

  function failed(e: unknown) {
    toasts.show(errorText(t, e, 'actionFailed'));
  }

  async function remove(ids: string[]) {
    if (ids.length === 0) return;
    try {
      const deleted = await library.remove(ids);
      setSelected((sel) => {
        const next = new Set(sel);
        for (const id of ids) next.delete(id);
        return next;
      });
      toasts.show(t('deleted', { count: deleted.length }), {
        label: t('undo'),
        run: () =>
          library.restore(deleted).then(() => toasts.show(t('restored', { count: deleted.length })), failed),
      });
    } catch (e) {
      failed(e);
    }
  }

  const save = (id: string, patch: ClipChanges) => {
    const before = clips.find((c) => c.id === id)?.tags ?? [];
    // The tag added last is the one the "clip with the last-used tag" shortcut adds.
    const added = patch.tags ? addedTag(before, patch.tags) : null;
    void library
      .update(id, patch)
      .then(() => (added === null ? undefined : setLastTag(added)))
      .catch(failed);
  };

  const allVisibleSelected = rows.length > 0 && selected.size >= rows.length && rows.every((i) => selected.has(clips[i].id));
  const someSelected = selected.size > 0;
  const status =
    phase === 'loading'
      ? t('loading')
      : phase === 'indexing'
        ? t('indexing', { percent: Math.floor((collection.haystacks.length / Math.max(1, clips.length)) * 100) })
        : phase === 'error'
          ? t('loadFailed', { error: library.error ?? '' })
          : '';

  return (
    <TContext.Provider value={t}>
      <TagColorsProvider>
        <header class="top">
          <h1>{t('appTitle')}</h1>
          <div class="prefs">
            <label>
              {t('language')}
              <select
                value={lang}
                onChange={(e) => {
                  const next = e.currentTarget.value as Lang;
                  setLang(next);
                  saveLang(next);
                }}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('theme')}
              <select
                value={theme}
                onChange={(e) => {
                  const next = e.currentTarget.value as Theme;
                  setTheme(next);
                  saveTheme(next);
                }}
              >
                <option value="auto">{t('themeAuto')}</option>
                <option value="light">{t('themeLight')}</option>
                <option value="dark">{t('themeDark')}</option>
              </select>
            </label>
          </div>
        </header>

        <BackupReminder lang={lang} clipCount={phase === 'loading' ? null : clips.length} />

        <div role="tablist" class="tabs" aria-label={t('appTitle')}>
          {TABS.map(({ id, label }, i) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                e.preventDefault();
                const next = TABS[(i + step + TABS.length) % TABS.length].id;
                setTab(next);
                queueMicrotask(() => document.getElementById(`tab-${next}`)?.focus());
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>

        <div class="toolbar">
          <input
            ref={searchBox}
            type="search"
            class="search"
            aria-label={t('searchLabel')}
            placeholder={t('searchPlaceholder')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="button" aria-expanded={filtersOpen} aria-controls="filter-panel" onClick={() => setFiltersOpen(!filtersOpen)}>
            {t('filters')}
            {hasFilters(filters) ? ' •' : ''}
          </button>
          <label>
            {t('sortBy')}
            <select value={sort.key} onChange={(e) => setSort({ ...sort, key: e.currentTarget.value as SortKey })}>
              {SORTS.map((s) => (
                <option key={s.key} value={s.key}>
                  {t(s.label)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-label={sort.dir === 'asc' ? t('sortAsc') : t('sortDesc')}
            title={sort.dir === 'asc' ? t('sortAsc') : t('sortDesc')}
            onClick={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
          >
            {sort.dir === 'asc' ? '↑' : '↓'}
          </button>
          <span class="count" aria-live="polite">
            {t('countShown', { shown: formatCount(rows.length), total: formatCount(clips.length) })}
          </span>
          {status && (
            <span class={phase === 'error' ? 'error' : 'muted'} role={phase === 'error' ? 'alert' : undefined}>
              {status}
            </span>
          )}
        </div>
        {filtersOpen && facets && (
          <div id="filter-panel">
            <FilterBar facets={facets} filters={filters} onChange={setFilters} />
          </div>
        )}

        <main>
          {tab === 'clips' && (
            <section id="panel-clips" role="tabpanel" aria-labelledby="tab-clips" class="panel-clips">
              <div class="selection-bar">
                <label>
                  <input
                    type="checkbox"
                    checked={allVisibleSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = someSelected && !allVisibleSelected;
                    }}
                    onChange={() => setSelected((sel) => toggleAllVisible(sel, visibleIds()))}
                  />
                  {t('selectAllVisible', { count: formatCount(rows.length) })}
                </label>
                {someSelected && <span>{t('selectedCount', { count: selected.size })}</span>}
                <button type="button" disabled={!someSelected} onClick={() => void remove([...selected])}>
                  {t('deleteSelected')}
                </button>
                <span class="muted hint">{t('keyboardHelp')}</span>
              </div>
              {clips.length === 0 && phase !== 'loading' ? (
                <p class="empty">{t('emptyLibrary')}</p>
              ) : rows.length === 0 && phase !== 'loading' ? (
                <p class="empty">{t('noMatches')}</p>
              ) : (
                <ClipTable clips={clips} rows={rows} selected={selected} onSelect={select} onSave={save} onDelete={(ids) => void remove(ids)} />
              )}
            </section>
          )}
          {tab === 'overview' && (
            <section id="panel-overview" role="tabpanel" aria-labelledby="tab-overview" class="overview">
              <p class="muted">{t('chartScope', { count: rows.length })}</p>
              <Overview clips={clips} rows={rows} />
              <TagColorEditor clips={clips} onError={failed} />
            </section>
          )}
          {tab === 'stats' && (
            <section id="panel-stats" role="tabpanel" aria-labelledby="tab-stats">
              <StatsTable clips={clips} indices={rows} />
            </section>
          )}
          {tab === 'transfer' && (
            <section id="panel-transfer" role="tabpanel" aria-labelledby="tab-transfer">
              <TransferPanel
                allClips={() => clips}
                shownClips={() => rows.map((i) => clips[i])}
                allCount={clips.length}
                shownCount={rows.length}
                onImported={() => void library.reload()}
              />
            </section>
          )}
        </main>
        <Toasts toasts={toasts} />
      </TagColorsProvider>
    </TContext.Provider>
  );
}

function Overview({ clips, rows }: { clips: readonly Clip[]; rows: readonly number[] }) {
  const t = useT();
  const other = t('chartOther');
  const byOrg = useMemo(() => countBy(clips, rows, (c) => c.page.org ?? '', 12, other), [clips, rows, other]);
  const byKind = useMemo(() => countByKind(clips, rows), [clips, rows]);
  const byMonth = useMemo(() => countByMonth(clips, rows), [clips, rows]);
  return (
    <div class="charts">
      <HorizontalBars title={t('chartByOrg')} bars={byOrg} label={(key) => key || t('noOrg')} />
      <HorizontalBars title={t('chartByKind')} bars={byKind} label={(key) => t(`kind_${key}` as LibraryKey)} />
      <MonthColumns title={t('chartByMonth')} bars={byMonth} />
    </div>
  );
}
