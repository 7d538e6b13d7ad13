import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Estimate, Scenario } from '../../engine';
import { useFormatBytes } from '../i18n/use-format';
import { useT } from '../i18n/use-t';
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_LABEL, compositionSeries, generationSeries, volumeSeries } from '../results/chart-series';

/**
 * The charts of product.md, shared by the screen and the printed report. They only display: the
 * series come from chart-series.ts. With `width` a chart has that fixed size, no animation and no
 * tooltip, as print needs (print layout does not re-run recharts' own sizing); without it, it fills
 * its container.
 */
interface ChartProps {
  scenario: Scenario;
  result: Estimate;
  width?: number;
}

function Frame({ width, height, children }: { width?: number; height: number; children: ReactElement }) {
  return width === undefined ? (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  ) : (
    <div style={{ width, height }}>{children}</div>
  );
}

function useBytesFormatting() {
  const { short, exact } = useFormatBytes();
  return { axis: (v: number) => short(v), tooltip: (v: unknown) => (typeof v === 'number' ? `${short(v)} (${exact(v)})` : String(v)) };
}

export function CompositionChart({ scenario, result, width }: ChartProps) {
  const t = useT();
  const { axis, tooltip } = useBytesFormatting();
  const rows = compositionSeries(scenario, result);
  const used = CATEGORIES.filter((c) => rows.some((row) => row[c] > 0));
  const height = Math.max(160, 70 + rows.length * 42);
  return (
    <Frame width={width} height={height}>
      <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={axis} />
        <YAxis type="category" dataKey="job" width={160} tick={{ fontSize: 12 }} />
        {width === undefined && <Tooltip formatter={tooltip} />}
        <Legend />
        {used.map((c) => (
          <Bar key={c} dataKey={c} name={t(CATEGORY_LABEL[c])} stackId="a" fill={CATEGORY_COLORS[c]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

export function GenerationChart({ scenario, result, width, jobIndex }: ChartProps & { jobIndex: number }) {
  const t = useT();
  const { axis, tooltip } = useBytesFormatting();
  const capacity = scenario.jobs[jobIndex]?.destination.capacityBytes;
  const height = width === undefined ? 220 : 180;
  return (
    <Frame width={width} height={height}>
      <LineChart width={width} height={height} data={generationSeries(scenario, result, jobIndex)} margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="generations" />
        <YAxis tickFormatter={axis} width={80} />
        {width === undefined && <Tooltip formatter={tooltip} labelFormatter={(n) => t('generationsShort', { n: String(n) })} />}
        <Legend />
        <Line dataKey="required" name={t('chartRequired')} stroke="#1f5fa8" strokeWidth={2} dot={false} isAnimationActive={false} />
        {capacity !== undefined && (
          <ReferenceLine y={capacity} stroke="#c62828" strokeDasharray="6 3" label={{ value: t('chartCapacityLine'), position: 'insideTopRight', fill: '#c62828', fontSize: 12 }} />
        )}
      </LineChart>
    </Frame>
  );
}

export function VolumeChart({ scenario, result, width }: ChartProps) {
  const t = useT();
  const { axis, tooltip } = useBytesFormatting();
  const rows = volumeSeries(scenario, result).map((v) => ({ ...v, free: v.free ?? 0 }));
  const height = Math.max(160, 70 + rows.length * 42);
  return (
    <Frame width={width} height={height}>
      <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={axis} />
        <YAxis type="category" dataKey="volume" width={160} tick={{ fontSize: 12 }} />
        {width === undefined && <Tooltip formatter={tooltip} />}
        <Legend />
        <Bar dataKey="free" name={t('chartFree')} fill="#2e7d4f" isAnimationActive={false} />
        <Bar dataKey="required" name={t('chartRequired')} fill="#b5651d" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
