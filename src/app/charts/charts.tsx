import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatBytes } from '../i18n/use-format';
import { useT } from '../i18n/use-t';
import { useEstimate, useScenario } from '../store/derived';
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_LABEL, compositionSeries, generationSeries, volumeSeries } from '../results/chart-series';

/**
 * The three charts of product.md. They only display: every series comes from the pure functions in
 * chart-series.ts. Loaded lazily so the first result does not wait for recharts.
 */
export default function Charts({ animate = false }: { animate?: boolean }) {
  const t = useT();
  const { short, exact } = useFormatBytes();
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const [jobIndex, setJobIndex] = useState(0);
  const composition = compositionSeries(scenario, result);
  const usedCategories = CATEGORIES.filter((c) => composition.some((row) => row[c] > 0));
  const safeIndex = Math.min(jobIndex, Math.max(0, scenario.jobs.length - 1));
  const generations = generationSeries(scenario, result, safeIndex);
  const capacity = scenario.jobs[safeIndex]?.destination.capacityBytes;
  const volumes = volumeSeries(scenario, result).map((v) => ({ ...v, free: v.free ?? 0 }));
  const tooltip = (value: unknown) => (typeof value === 'number' ? `${short(value)} (${exact(value)})` : String(value));
  const axis = (v: number) => short(v);

  return (
    <section aria-labelledby="charts-heading" className="charts">
      <h2 id="charts-heading">{t('charts')}</h2>
      <figure>
        <figcaption>{t('chartComposition')}</figcaption>
        <ResponsiveContainer width="100%" height={Math.max(160, 60 + composition.length * 44)}>
          <BarChart data={composition} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={axis} />
            <YAxis type="category" dataKey="job" width={150} tick={{ fontSize: 12 }} />
            <Tooltip formatter={tooltip} />
            <Legend />
            {usedCategories.map((c) => (
              <Bar key={c} dataKey={c} name={t(CATEGORY_LABEL[c])} stackId="a" fill={CATEGORY_COLORS[c]} isAnimationActive={animate} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {scenario.jobs.length > 0 && (
        <figure>
          <figcaption>
            {t('chartGenerations')}{' '}
            <label>
              <span className="visually-hidden">{t('tabJobs')}</span>
              <select value={safeIndex} onChange={(e) => setJobIndex(Number(e.target.value))}>
                {scenario.jobs.map((j, i) => (
                  <option key={j.id} value={i}>
                    {j.name}
                  </option>
                ))}
              </select>
            </label>
          </figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={generations} margin={{ left: 8, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="generations" />
              <YAxis tickFormatter={axis} width={72} />
              <Tooltip formatter={tooltip} labelFormatter={(n) => t('generationsShort', { n: String(n) })} />
              <Legend />
              <Line type="monotone" dataKey="required" name={t('chartRequired')} stroke="#1f5fa8" strokeWidth={2} dot={false} isAnimationActive={animate} />
              {capacity !== undefined && <ReferenceLine y={capacity} stroke="#c62828" strokeDasharray="6 3" label={{ value: t('chartCapacityLine'), position: 'insideTopRight', fill: '#c62828', fontSize: 12 }} />}
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
      <figure>
        <figcaption>{t('chartVolumes')}</figcaption>
        <ResponsiveContainer width="100%" height={Math.max(160, 60 + volumes.length * 44)}>
          <BarChart data={volumes} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={axis} />
            <YAxis type="category" dataKey="volume" width={150} tick={{ fontSize: 12 }} />
            <Tooltip formatter={tooltip} />
            <Legend />
            <Bar dataKey="free" name={t('chartFree')} fill="#2e7d4f" isAnimationActive={animate} />
            <Bar dataKey="required" name={t('chartRequired')} fill="#b5651d" isAnimationActive={animate} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </section>
  );
}
