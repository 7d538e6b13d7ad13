import { resolveAssumptions } from '../../engine';
import { growthLine, restoreLine, runTimes } from '../../presentation/over-time';
import { jobsWithResults } from '../../presentation/job-pairs';
import { ProjectionChart } from '../charts/chart-parts';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

/** 運用 (over time): run times against the window, growth, the largest restore; beyond the guide, said so. */
export function ReportOverTime({ s, e }: ReportSectionProps) {
  const { t, lang, units } = useReportFormat();
  const a = resolveAssumptions(s.assumptions, e.basis);
  const growing = a.basis === 'current' && a.growthPercentPerYear > 0;
  return (
    <section>
      <h2>{t('overTime')}</h2>
      <table className="report-table report-over-time">
        <thead>
          <tr>
            <th>{t('jobName')}</th>
            <th>{t('runFirst')}</th>
            <th>{t('runLater')}</th>
            <th>{t('windowStatusHead')}</th>
            <th>{t('growthOutlookHead')}</th>
            <th>{t('largestRestore')}</th>
          </tr>
        </thead>
        <tbody>
          {jobsWithResults(s, e).map(({ job, result }) => {
            const runs = runTimes(job, result, lang, units);
            return (
              <tr key={job.id} className={runs.status === 'exceeded' ? 'row-bad' : undefined}>
                <td className="break">{job.name}</td>
                <td className="small">{runs.first}</td>
                <td className="small">{runs.later}</td>
                <td className="small">{runs.window}</td>
                <td className="small">{growthLine(job, result, a, lang)}</td>
                <td className="small">{restoreLine(job, result, s, lang, units)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {a.basis === 'maximum' && <p className="small">{t('runsAssumeFull')}</p>}
      {growing &&
        s.jobs.map((job, i) => (
          <figure className="keep" key={job.id}>
            <figcaption>
              {t('chartProjection')}: {job.name}
            </figcaption>
            <ProjectionChart scenario={s} result={e} width={660} jobIndex={i} />
          </figure>
        ))}
    </section>
  );
}
