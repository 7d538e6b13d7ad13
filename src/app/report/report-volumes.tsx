import { RULES } from '../../engine';
import { volumeDerivation } from '../../presentation/derivation';
import { DerivationList, ReportMath } from '../results/derivation-list';
import { guideLocation } from '../../i18n/messages';
import { useReportFormat, volumeLabels, type ReportSectionProps } from './use-report-format';

/** Per source volume: the free space a backup needs while it runs, against what it has. */
export function ReportVolumes({ s, e }: ReportSectionProps) {
  const { t, lang, units, fb } = useReportFormat();
  const label = volumeLabels(s);
  const jobName = new Map(s.jobs.map((j) => [j.id, j.name]));
  return (
    <section>
      <h2>{t('sourceVolumes')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('volume')}</th>
            <th className="num">{t('requiredFree')}</th>
            <th className="num">{t('free')}</th>
            <th className="num">{t('shortfall')}</th>
            <th>{t('decidingJob')}</th>
            <th>{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {e.sourceVolumes.map((v) => (
            <tr key={v.volumeId} className={v.shortfallBytes ? 'row-bad' : undefined}>
              <td className="break">{label.get(v.volumeId)}</td>
              <td className="num">{fb(v.requiredFreeBytes)}</td>
              <td className="num">{fb(v.freeBytes)}</td>
              <td className="num">{v.shortfallBytes ? `✖ ${fb(v.shortfallBytes)}` : fb(v.shortfallBytes)}</td>
              <td className="break">{v.requiredByJobId === null ? t('notGiven') : (jobName.get(v.requiredByJobId) ?? t('notGiven'))}</td>
              <td className="small">
                {[...new Set(v.lineItems.map((i) => `${RULES[i.id]?.title[lang] ?? i.id} (${guideLocation(i.source, lang)})`))].join(t('listSeparator'))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReportMath title={t('showMath')}>
        {e.sourceVolumes
          .filter((v) => v.requiredByJobId !== null)
          .map((v) => (
            <DerivationList
              key={v.volumeId}
              prefix={`${label.get(v.volumeId)} — `}
              lines={volumeDerivation(v, jobName.get(v.requiredByJobId!), lang, units).lines}
            />
          ))}
      </ReportMath>
    </section>
  );
}
