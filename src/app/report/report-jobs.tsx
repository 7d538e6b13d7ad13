import { resolveAssumptions, RULES } from '../../engine';
import { jobDerivation } from '../../presentation/derivation';
import { guideLocation } from '../../i18n/messages';
import { DESTINATION_NAMES, METHOD_NAMES } from '../../i18n/terms';
import { jobsWithResults } from '../../presentation/job-pairs';
import { useReportFormat, type ReportSectionProps } from './use-report-format';
import { DerivationList, ReportMath } from '../results/derivation-list';

/** Per job: B, L, N, the required capacity and the rule that sets it, capacity, shortfall, fit, shadow storage. */
export function ReportJobs({ s, e }: ReportSectionProps) {
  const { t, lang, units, fb, exact } = useReportFormat();
  const pairs = jobsWithResults(s, e);
  const assumptions = resolveAssumptions(s.assumptions, e.basis);
  return (
    <section>
      <h2>
        {t('resultsSection')}: {t('jobResults')}
      </h2>
      <table className="report-table report-jobs">
        <thead>
          <tr>
            <th>{t('jobName')}</th>
            <th className="num">{t('firstGeneration')}</th>
            <th className="num">{t('laterGeneration')}</th>
            <th className="num">{t('generations')}</th>
            <th className="num">{t('required')}</th>
            <th>{t('decidedBy')}</th>
            <th className="num">{t('destinationCapacityShort')}</th>
            <th className="num">{t('generationsThatFit')}</th>
            <th className="num">{t('shadowStorage')}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ job, result: j }) => {
            const short = j.shortfallBytes !== null && j.shortfallBytes > 0;
            return (
              <tr key={j.id} className={short ? 'row-bad' : undefined}>
                <td className="break">
                  {job.name}
                  <br />
                  <span className="muted small">
                    {METHOD_NAMES[job.method][lang]} → {DESTINATION_NAMES[job.destination.kind][lang]} {job.destination.label}
                  </span>
                </td>
                <td className="num">{fb(j.firstGenerationBytes)}</td>
                <td className="num">{fb(j.laterGenerationBytes)}</td>
                <td className="num">{j.generations}</td>
                <td className="num">
                  <strong>{fb(j.requiredCapacityBytes)}</strong>
                  <br />
                  <span className="muted small wrap">{exact(j.requiredCapacityBytes)}</span>
                </td>
                <td className="small">
                  {RULES[j.requiredBy]?.title[lang]}
                  <br />
                  {guideLocation(RULES[j.requiredBy]?.source ?? '', lang)}
                </td>
                <td className="num">
                  {fb(job.destination.capacityBytes)}
                  {short && (
                    <>
                      <br />
                      <span className="status-bad small wrap">
                        ✖ {t('shortfall')} {fb(j.shortfallBytes)}
                      </span>
                    </>
                  )}
                </td>
                <td className="num">{j.generationsThatFit ?? t('notGiven')}</td>
                <td className="num">
                  {fb(j.shadowStorageNeededBytes)}
                  {j.shadowStorageNeededPercent !== null && (
                    <>
                      <br />
                      <span className="small wrap">{t('percentOfDisk', { percent: j.shadowStorageNeededPercent })}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReportMath title={t('showMath')}>
        {pairs.map(({ job, result }) => (
          <div key={job.id} className="keep">
            <p>{job.name}</p>
            <DerivationList lines={jobDerivation(job, result, assumptions, lang, units).lines} />
          </div>
        ))}
      </ReportMath>
    </section>
  );
}
