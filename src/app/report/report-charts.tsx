import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Estimate, Scenario } from '../../engine';
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_LABEL, compositionSeries, generationSeries, volumeSeries } from '../results/chart-series';
import { useFormatBytes } from '../i18n/use-format';
import { useT } from '../i18n/use-t';

const WIDTH = 660;

/**
 * The charts of the report: fixed pixel sizes and no animation, since print layout does not re-run
 * recharts' own sizing (engineering.md). Series from the same pure functions as the screen.
 */
export function ReportCharts({ scenario, result }: { scenario: Scenario; result: Estimate }) {
  const t = useT();
  const { short } = useFormatBytes();
  const composition = compositionSeries(scenario, result);
  const used = CATEGORIES.filter((c) => composition.some((row) => row[c] > 0));
  const volumes = volumeSeries(scenario, result).map((v) => ({ ...v, free: v.free ?? 0 }));
  return (
    <div className="report-charts">
      <figure className="keep">
        <figcaption>{t('chartComposition')}</figcaption>
        <BarChart width={WIDTH} height={70 + composition.length * 40} data={composition} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={short} />
          <YAxis type="category" dataKey="job" width={170} tick={{ fontSize: 11 }} />
          <Legend />
          {used.map((c) => (
            <Bar key={c} dataKey={c} name={t(CATEGORY_LABEL[c])} stackId="a" fill={CATEGORY_COLORS[c]} isAnimationActive={false} />
          ))}
        </BarChart>
      </figure>
      {scenario.jobs.map((job, i) => (
        <figure className="keep" key={job.id}>
          <figcaption>
            {t('chartGenerations')}: {job.name}
          </figcaption>
          <LineChart width={WIDTH} height={180} data={generationSeries(scenario, result, i)} margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="generations" />
            <YAxis tickFormatter={short} width={80} />
            <Line dataKey="required" name={t('chartRequired')} stroke="#1f5fa8" strokeWidth={2} dot={false} isAnimationActive={false} />
            {job.destination.capacityBytes !== undefined && (
              <ReferenceLine y={job.destination.capacityBytes} stroke="#c62828" strokeDasharray="6 3" label={{ value: t('chartCapacityLine'), position: 'insideTopRight', fill: '#c62828', fontSize: 11 }} />
            )}
            <Legend />
          </LineChart>
        </figure>
      ))}
      <figure className="keep">
        <figcaption>{t('chartVolumes')}</figcaption>
        <BarChart width={WIDTH} height={70 + volumes.length * 40} data={volumes} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={short} />
          <YAxis type="category" dataKey="volume" width={170} tick={{ fontSize: 11 }} />
          <Legend />
          <Bar dataKey="free" name={t('chartFree')} fill="#2e7d4f" isAnimationActive={false} />
          <Bar dataKey="required" name={t('chartRequired')} fill="#b5651d" isAnimationActive={false} />
        </BarChart>
      </figure>
    </div>
  );
}
