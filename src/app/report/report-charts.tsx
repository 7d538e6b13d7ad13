import type { Estimate, Scenario } from '../../engine';
import { CompositionChart, GenerationChart, VolumeChart } from '../charts/chart-parts';
import { useT } from '../hooks/use-t';

const WIDTH = 660;

/** The report's charts: the screen's, at a fixed size, one capacity chart per job. */
export function ReportCharts({ scenario, result }: { scenario: Scenario; result: Estimate }) {
  const t = useT();
  return (
    <div className="report-charts">
      <figure className="keep">
        <figcaption>{t('chartComposition')}</figcaption>
        <CompositionChart scenario={scenario} result={result} width={WIDTH} />
      </figure>
      {scenario.jobs.map((job, i) => (
        <figure className="keep" key={job.id}>
          <figcaption>
            {t('chartGenerations')}: {job.name}
          </figcaption>
          <GenerationChart scenario={scenario} result={result} width={WIDTH} jobIndex={i} />
        </figure>
      ))}
      <figure className="keep">
        <figcaption>{t('chartVolumes')}</figcaption>
        <VolumeChart scenario={scenario} result={result} width={WIDTH} />
      </figure>
    </div>
  );
}
