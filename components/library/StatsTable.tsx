// Statistic clips side by side, sortable by any column, so figures can be compared across
// pages and years. Virtual-scrolled like the clip list: a library may hold tens of thousands.
import { useMemo, useState } from 'preact/hooks';
import { sortStatRows, statRows, type StatColumn } from '../../lib/library/overview';
import type { Clip } from '../../lib/types';
import { useT } from './i18n';
import { useVirtualList } from './useVirtualList';
import type { LibraryKey } from './strings';

const ROW_H = 30;

const COLUMNS: { key: StatColumn; label: LibraryKey }[] = [
  { key: 'value', label: 'statValue' },
  { key: 'unit', label: 'statUnit' },
  { key: 'qualifier', label: 'statQualifier' },
  { key: 'text', label: 'statText' },
  { key: 'org', label: 'statOrg' },
  { key: 'date', label: 'statDate' },
];

const formatValue = (value: number | null, max: number | null, unit: string) => {
  if (value === null) return '';
  // Percent-like units hold fractions (三成 → 0.3); show them as people read them.
  const show = (n: number) => (unit === '%' ? `${+(n * 100).toFixed(4)}` : n.toLocaleString());
  return max === null ? show(value) : `${show(value)}–${show(max)}`;
};

export function StatsTable({ clips, indices }: { clips: readonly Clip[]; indices: readonly number[] }) {
  const t = useT();
  const [sort, setSort] = useState<{ column: StatColumn; dir: 'asc' | 'desc' }>({ column: 'unit', dir: 'asc' });
  const rows = useMemo(() => sortStatRows(statRows(clips, indices), sort.column, sort.dir), [clips, indices, sort]);
  const { scrollRef, virtualizer } = useVirtualList(rows.length, ROW_H);

  const toggle = (column: StatColumn) =>
    setSort((s) => ({ column, dir: s.column === column && s.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <section class="stats" aria-label={t('tabStats')}>
      <p class="muted">{t('statsCaption', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('noStats')}</p>
      ) : (
        <div class="stat-grid" role="table" aria-rowcount={rows.length + 1}>
          <div class="stat-row head" role="row" aria-rowindex={1}>
            {COLUMNS.map((col) => (
              <span
                key={col.key}
                role="columnheader"
                aria-sort={sort.column === col.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => toggle(col.key)}>
                  {t(col.label)}
                  {sort.column === col.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </span>
            ))}
          </div>
          <div class="stat-scroll" ref={scrollRef} role="rowgroup" tabIndex={0} aria-label={t('tabStats')}>
            <div class="clip-canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index];
                return (
                  <div
                    key={row.index}
                    class="stat-row"
                    role="row"
                    aria-rowindex={item.index + 2}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span role="cell" class="num">
                      {formatValue(row.value, row.valueMax, row.unit)}
                    </span>
                    <span role="cell">{row.unit}</span>
                    <span role="cell">{row.qualifier}</span>
                    <span role="cell" class="ellipsis" title={row.title ? `${row.text} — ${row.title}` : row.text}>
                      {row.text}
                    </span>
                    <span role="cell" class="ellipsis" title={row.org}>
                      {row.org}
                    </span>
                    <span role="cell">{row.date}</span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
