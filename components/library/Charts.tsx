// Overview charts as plain SVG: horizontal bars for categories, columns for months. Each chart
// has a text alternative (its figures as a list) for screen readers.
import type { Bar } from '../../lib/library/overview';
import { useT } from './i18n';

const BAR_H = 22;
const LABEL_W = 150;
const CHART_W = 560;

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function describe(bars: readonly Bar[], label: (key: string) => string): string {
  return bars.map((bar) => `${label(bar.key)}: ${bar.count}`).join('; ');
}

interface ChartProps {
  title: string;
  bars: readonly Bar[];
  label?: (key: string) => string;
}

export function HorizontalBars({ title, bars, label = (k) => k }: ChartProps) {
  const t = useT();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * BAR_H + 4;
  const barSpace = CHART_W - LABEL_W - 60;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p class="muted">{t('chartEmpty')}</p>
      ) : (
        <svg viewBox={`0 0 ${CHART_W} ${height}`} width="100%" role="img" aria-label={`${title}. ${describe(bars, label)}`}>
          {bars.map((bar, i) => {
            const y = i * BAR_H + 2;
            const w = Math.max(1, (bar.count / max) * barSpace);
            return (
              <g key={bar.key}>
                <title>{`${label(bar.key)}: ${bar.count}`}</title>
                <text x={LABEL_W - 6} y={y + BAR_H / 2 + 4} text-anchor="end" class="chart-label">
                  {truncate(label(bar.key), 12)}
                </text>
                <rect x={LABEL_W} y={y + 3} width={w} height={BAR_H - 6} rx="2" class="chart-bar" />
                <text x={LABEL_W + w + 6} y={y + BAR_H / 2 + 4} class="chart-value">
                  {bar.count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

export function MonthColumns({ title, bars }: ChartProps) {
  const t = useT();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const plotH = 140;
  const colW = Math.max(4, Math.min(36, (CHART_W - 40) / Math.max(1, bars.length)));
  const width = Math.max(CHART_W, bars.length * colW + 40);
  // Label about eight months along the axis, whatever the span.
  const every = Math.max(1, Math.ceil(bars.length / 8));
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p class="muted">{t('chartEmpty')}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${plotH + 40}`} width="100%" role="img" aria-label={`${title}. ${describe(bars, (k) => k)}`}>
          <line x1="20" y1={plotH + 10} x2={width - 10} y2={plotH + 10} class="chart-axis" />
          {bars.map((bar, i) => {
            const h = (bar.count / max) * plotH;
            const x = 20 + i * colW;
            return (
              <g key={bar.key}>
                <title>{`${bar.key}: ${bar.count}`}</title>
                <rect x={x + 1} y={plotH + 10 - h} width={Math.max(1, colW - 2)} height={h} class="chart-bar" />
                {i % every === 0 && (
                  <text x={x + colW / 2} y={plotH + 28} text-anchor="middle" class="chart-label">
                    {bar.key}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
