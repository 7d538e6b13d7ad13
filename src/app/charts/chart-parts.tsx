import type { ComponentProps, ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Estimate, Scenario } from '../../engine';
import { useFormatBytes } from '../hooks/use-format';
import { useT } from '../hooks/use-t';
import { byteAxis, CATEGORIES, CATEGORY_COLORS, CATEGORY_LABEL, compositionSeries, generationSeries, volumeSeries } from '../results/chart-series';
import { useAppStore } from '../store/app-store';
import { heldSeries } from '../../presentation/over-time';

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

/**
 * A byte axis with round ticks in the chosen units reaching `max` (capacity lines included), labelled
 * `0, 2, 4 TB` style, and tooltips with the exact count.
 */
export function useByteAxis(max: number) {
  const { short, exact } = useFormatBytes();
  const units = useAppStore((s) => s.units);
  const { ticks, unit, unitBytes } = byteAxis(max, units);
  const label = (v: number) => (v === 0 ? '0' : `${Number((v / unitBytes).toPrecision(6))} ${unit}`);
  return {
    axisProps: { type: 'number' as const, ticks, domain: [0, ticks[ticks.length - 1]!], tickFormatter: label, interval: 0 as const },
    tooltip: (v: unknown) => (typeof v === 'number' ? `${short(v)} (${exact(v)})` : String(v)),
  };
}

/** Legend text in the body colour (readable on white); the swatch carries the series colour. */
const legendText = (value: string) => <span style={{ color: 'var(--ink, #1a1a1a)' }}>{value}</span>;

export function CompositionChart({ scenario, result, width }: ChartProps) {
  const t = useT();
  const rows = compositionSeries(scenario, result);
  const used = CATEGORIES.filter((c) => rows.some((row) => row[c] > 0));
  const { axisProps, tooltip } = useByteAxis(Math.max(0, ...rows.map((r) => CATEGORIES.reduce((n, c) => n + r[c], 0))));
  const height = Math.max(170, 90 + rows.length * 42);
  return (
    <Frame width={width} height={height}>
      <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 24, bottom: 14 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis {...axisProps} label={{ value: t('chartAxisFirstGeneration'), position: 'insideBottom', offset: -10, fontSize: 12 }} />
        <YAxis type="category" dataKey="job" width={160} tick={{ fontSize: 12 }} />
        {width === undefined && <Tooltip formatter={tooltip} separator=": " />}
        <Legend formatter={legendText} wrapperStyle={{ paddingTop: 14 }} />
        {used.map((c) => (
          <Bar key={c} dataKey={c} name={t(CATEGORY_LABEL[c])} stackId="a" fill={CATEGORY_COLORS[c]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

/** The capacity line of a job's destination, labelled; absent when the capacity is not given. */
function capacityLine(capacity: number | undefined, label: string) {
  if (capacity === undefined) return null;
  return (
    <ReferenceLine y={capacity} stroke="#c62828" strokeDasharray="6 3" label={{ value: label, position: 'insideTopRight', fill: '#c62828', fontSize: 12 }} />
  );
}

/**
 * A job's required capacity as a line over some x (generations, months), with the destination's
 * capacity always in range: the axis reaches the larger of it and the line.
 */
function RequiredLineChart<P extends object>(props: {
  points: P[];
  x: keyof P & string;
  y: keyof P & string;
  xAxis: Partial<ComponentProps<typeof XAxis>>;
  capacity: number | undefined;
  width?: number;
  height: number;
  labelFormatter?: (label: unknown) => string;
}) {
  const t = useT();
  const { points, x, y, xAxis, capacity, width, height, labelFormatter } = props;
  const { axisProps, tooltip } = useByteAxis(Math.max(capacity ?? 0, ...points.map((p) => p[y] as number)));
  return (
    <Frame width={width} height={height}>
      <LineChart width={width} height={height} data={points} margin={{ top: 12, left: 16, right: 24, bottom: 14 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x} type="number" {...xAxis} />
        <YAxis
          {...axisProps}
          width={80}
          label={{ value: t('required'), angle: -90, position: 'insideLeft', offset: -6, fontSize: 12, style: { textAnchor: 'middle' } }}
        />
        {width === undefined && <Tooltip formatter={tooltip} separator=": " labelFormatter={labelFormatter} />}
        <Legend formatter={legendText} wrapperStyle={{ paddingTop: 14 }} />
        <Line dataKey={y} name={t('chartRequired')} stroke="#1f5fa8" strokeWidth={2} dot={false} isAnimationActive={false} />
        {capacityLine(capacity, t('chartCapacityLine'))}
      </LineChart>
    </Frame>
  );
}

export function GenerationChart({ scenario, result, width, jobIndex }: ChartProps & { jobIndex: number }) {
  const t = useT();
  return (
    <RequiredLineChart
      points={generationSeries(scenario, result, jobIndex)}
      x="generations"
      y="required"
      xAxis={{ domain: [1, 'dataMax'], allowDecimals: false, label: { value: t('generations'), position: 'insideBottom', offset: -10, fontSize: 12 } }}
      capacity={scenario.jobs[jobIndex]?.destination.capacityBytes}
      width={width}
      height={width === undefined ? 240 : 200}
      labelFormatter={(n) => t('generationsShort', { n: String(n) })}
    />
  );
}

export function VolumeChart({ scenario, result, width }: ChartProps) {
  const t = useT();
  const rows = volumeSeries(scenario, result).map((v) => ({ ...v, free: v.free ?? 0 }));
  const { axisProps, tooltip } = useByteAxis(Math.max(0, ...rows.map((r) => Math.max(r.free, r.required))));
  const height = Math.max(170, 90 + rows.length * 42);
  return (
    <Frame width={width} height={height}>
      <BarChart width={width} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 24, bottom: 14 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis {...axisProps} label={{ value: t('chartAxisFreeSpace'), position: 'insideBottom', offset: -10, fontSize: 12 }} />
        <YAxis type="category" dataKey="volume" width={160} tick={{ fontSize: 12 }} />
        {width === undefined && <Tooltip formatter={tooltip} separator=": " />}
        <Legend formatter={legendText} wrapperStyle={{ paddingTop: 14 }} />
        <Bar dataKey="free" name={t('chartFree')} fill="#2e7d4f" isAnimationActive={false} />
        <Bar dataKey="required" name={t('chartRequired')} fill="#b5651d" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/** A job's required capacity month by month (time-and-restore.md §1), with its destination's capacity. */
export function ProjectionChart({ scenario, result, width, jobIndex }: ChartProps & { jobIndex: number }) {
  const t = useT();
  const job = scenario.jobs[jobIndex];
  const points = result.jobs.find((j) => j.id === job?.id)?.projection ?? [];
  return (
    <RequiredLineChart
      points={points}
      x="month"
      y="requiredCapacityBytes"
      xAxis={{
        domain: [0, 'dataMax'],
        ticks: points.filter((p) => p.month % 6 === 0).map((p) => p.month),
        label: { value: t('chartMonths'), position: 'insideBottom', offset: -10, fontSize: 12 },
      }}
      capacity={job?.destination.capacityBytes}
      width={width}
      height={width === undefined ? 220 : 180}
    />
  );
}

/** What the destination holds after each run (time-and-restore.md §3b), beside the required capacity and the capacity. */
export function HeldChart({ scenario, result, width, jobIndex }: ChartProps & { jobIndex: number }) {
  const t = useT();
  const job = scenario.jobs[jobIndex];
  const r = result.jobs.find((j) => j.id === job?.id);
  const capacity = job?.destination.capacityBytes;
  const points = job && r ? heldSeries(job, r) : [];
  const required = r?.requiredCapacityBytes ?? 0;
  const { axisProps, tooltip } = useByteAxis(Math.max(capacity ?? 0, required, ...points.map((p) => p.held)));
  const height = width === undefined ? 220 : 180;
  return (
    <Frame width={width} height={height}>
      <BarChart width={width} height={height} data={points} margin={{ top: 12, left: 16, right: 24, bottom: 14 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="run" label={{ value: t('chartRuns'), position: 'insideBottom', offset: -10, fontSize: 12 }} />
        <YAxis {...axisProps} width={80} />
        {width === undefined && <Tooltip formatter={tooltip} separator=": " />}
        <Legend formatter={legendText} wrapperStyle={{ paddingTop: 14 }} />
        <Bar dataKey="held" name={t('chartHeldSeries')} fill="#6a9fd8" isAnimationActive={false} />
        <ReferenceLine
          y={required}
          stroke="#1f5fa8"
          strokeDasharray="4 2"
          label={{ value: t('required'), position: 'insideTopLeft', fill: '#1f5fa8', fontSize: 12 }}
        />
        {capacityLine(capacity, t('chartCapacityLine'))}
      </BarChart>
    </Frame>
  );
}
