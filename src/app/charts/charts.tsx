import { useState } from 'react';
import { useT } from '../hooks/use-t';
import { useEstimate, useScenario } from '../store/derived';
import { InView } from './in-view';
import { CompositionChart, GenerationChart, HeldChart, ProjectionChart, VolumeChart } from './chart-parts';

/** The charts on screen: loaded lazily so the first result does not wait for recharts. */
export default function Charts() {
  const t = useT();
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const [jobIndex, setJobIndex] = useState(0);
  const safeIndex = Math.min(jobIndex, Math.max(0, scenario.jobs.length - 1));
  return (
    <section aria-labelledby="charts-heading" className="charts">
      <h2 id="charts-heading">{t('charts')}</h2>
      <figure>
        <figcaption>{t('chartComposition')}</figcaption>
        <InView height={170}>
          <CompositionChart scenario={scenario} result={result} />
        </InView>
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
          <InView height={240}>
            <GenerationChart scenario={scenario} result={result} jobIndex={safeIndex} />
          </InView>
          <p className="small muted chart-caption">{t('chartHeld')}</p>
          <InView height={220}>
            <HeldChart scenario={scenario} result={result} jobIndex={safeIndex} />
          </InView>
          <p className="small muted chart-caption">{t('chartProjection')}</p>
          <InView height={220}>
            <ProjectionChart scenario={scenario} result={result} jobIndex={safeIndex} />
          </InView>
        </figure>
      )}
      <figure>
        <figcaption>{t('chartVolumes')}</figcaption>
        <InView height={170}>
          <VolumeChart scenario={scenario} result={result} />
        </InView>
      </figure>
    </section>
  );
}
