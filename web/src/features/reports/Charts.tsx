import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartRow {
  label: string;
  value: number;
}

/**
 * Hand-made SVG bar charts: one image with a title and a description for screen readers, and the
 * same values in a table beneath (the accessible fallback, also for printing and copying).
 */
function DataTable({ rows, labelHeading }: { rows: ChartRow[]; labelHeading: string }) {
  const { t, i18n } = useTranslation('reports');
  return (
    <details className="chart-table">
      <summary>{t('ministry.showTable')}</summary>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="num">
              {t('ministry.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.value.toLocaleString(i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const niceMax = (values: number[]) => Math.max(1, ...values);

export function HorizontalBarChart({
  title,
  rows,
  labelHeading,
}: {
  title: string;
  rows: ChartRow[];
  labelHeading: string;
}) {
  const { t, i18n } = useTranslation('reports');
  const id = useId();
  const max = niceMax(rows.map((r) => r.value));
  const rowHeight = 46;
  const width = 600;
  const barWidth = width - 60;
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('ministry.chartDesc', { count: total })}</desc>
        {rows.map((row, i) => {
          const y = i * rowHeight;
          const w = (row.value / max) * barWidth;
          return (
            <g key={row.label}>
              <text x={0} y={y + 16} className="chart-label">
                {row.label}
              </text>
              <rect
                x={0}
                y={y + 22}
                width={Math.max(w, row.value ? 2 : 0)}
                height={16}
                className="chart-bar"
              />
              <text x={w + 6} y={y + 35} className="chart-value">
                {row.value.toLocaleString(i18n.language)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable rows={rows} labelHeading={labelHeading} />
    </figure>
  );
}

export function ColumnChart({
  title,
  rows,
  labelHeading,
}: {
  title: string;
  rows: ChartRow[];
  labelHeading: string;
}) {
  const { t, i18n } = useTranslation('reports');
  const id = useId();
  const max = niceMax(rows.map((r) => r.value));
  const width = 600;
  const height = 220;
  const plot = height - 50;
  const slot = width / rows.length;
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('ministry.chartDesc', { count: total })}</desc>
        <line x1={0} x2={width} y1={plot + 20} y2={plot + 20} className="chart-axis" />
        {rows.map((row, i) => {
          const h = (row.value / max) * plot;
          const x = i * slot + slot * 0.15;
          return (
            <g key={row.label}>
              <rect x={x} y={plot + 20 - h} width={slot * 0.7} height={h} className="chart-bar" />
              <text x={x + slot * 0.35} y={plot + 14 - h} textAnchor="middle" className="chart-value">
                {row.value.toLocaleString(i18n.language)}
              </text>
              <text x={x + slot * 0.35} y={height - 10} textAnchor="middle" className="chart-label">
                {row.label}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable rows={rows} labelHeading={labelHeading} />
    </figure>
  );
}
