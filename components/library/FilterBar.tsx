// Facet filters: kind (check boxes), organisation, site, document and tag (one value each),
// and a date range on the page date or the clipped date.
import type { DateBasis, Facets, FacetValue, LibraryFilters } from '../../lib/library/filters';
import { hasFilters, NO_FILTERS } from '../../lib/library/filters';
import type { ClipKind } from '../../lib/types';
import { useT } from './i18n';
import type { LibraryKey } from './strings';

interface Props {
  facets: Facets;
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
}

const KINDS: ClipKind[] = ['task', 'statistic', 'selection'];

export function FilterBar({ facets, filters, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  const toggleKind = (kind: ClipKind) =>
    set({ kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] });

  return (
    <div class="filters" role="group" aria-label={t('filters')}>
      <fieldset class="kinds">
        <legend>{t('filterKind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={() => toggleKind(kind)} />
            {t(`kind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <FacetSelect label="filterOrg" values={facets.orgs} selected={filters.orgs} onPick={(orgs) => set({ orgs })} emptyLabel={t('noOrg')} />
      <FacetSelect label="filterHost" values={facets.hosts} selected={filters.hosts} onPick={(hosts) => set({ hosts })} />
      <FacetSelect label="filterDoc" values={facets.docs} selected={filters.docs} onPick={(docs) => set({ docs })} />
      <FacetSelect label="filterTag" values={facets.tags} selected={filters.tags} onPick={(tags) => set({ tags })} />
      <fieldset class="dates">
        <legend>{t('filterDate')}</legend>
        <select
          aria-label={t('filterDate')}
          value={filters.dateBasis}
          onChange={(e) => set({ dateBasis: e.currentTarget.value as DateBasis })}
        >
          <option value="page">{t('dateBasisPage')}</option>
          <option value="clipped">{t('dateBasisClipped')}</option>
        </select>
        <label>
          {t('dateFrom')}
          <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || null })} />
        </label>
        <label>
          {t('dateTo')}
          <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || null })} />
        </label>
      </fieldset>
      <button type="button" disabled={!hasFilters(filters)} onClick={() => onChange({ ...NO_FILTERS, dateBasis: filters.dateBasis })}>
        {t('clearFilters')}
      </button>
    </div>
  );
}

// Facets can hold thousands of documents; a native <select> handles that and is keyboard-ready.
const ANY = '\u0000any';

function FacetSelect(props: {
  label: LibraryKey;
  values: readonly FacetValue[];
  selected: readonly string[];
  onPick: (values: string[]) => void;
  emptyLabel?: string;
}) {
  const t = useT();
  const { label, values, selected, onPick, emptyLabel = '—' } = props;
  return (
    <label class="facet">
      {t(label)}
      <select value={selected[0] ?? ANY} onChange={(e) => onPick(e.currentTarget.value === ANY ? [] : [e.currentTarget.value])}>
        <option value={ANY}>{t('filterAny')}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {`${truncate(v.label || emptyLabel)} (${v.count})`}
          </option>
        ))}
      </select>
    </label>
  );
}

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
