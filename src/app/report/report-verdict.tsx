import { formatCount } from '../../i18n/messages';
import { hasInexactFigures, incompleteText, VERDICT_LOOK, verdictOf } from '../../presentation/finding-groups';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

/** The answer first: fits or not, the totals, and what the shortfall is made of. */
export function ReportVerdict({ s, e }: ReportSectionProps) {
  const { t, lang, fb, exact } = useReportFormat();
  const verdict = verdictOf(s, e);
  const look = VERDICT_LOOK[verdict.kind];
  return (
    <section className="report-verdict keep">
      <h2>{t('verdict')}</h2>
      <p className={`status-${look.tone}`}>
        {look.icon} {t(look.words)}
      </p>
      {verdict.unknownDestinations + verdict.unknownVolumes > 0 && <p className="small">{incompleteText(verdict, lang)}</p>}
      <dl className="kv">
        <dt>{t('totalRequired')}</dt>
        <dd>
          {fb(e.totals.requiredCapacityBytes)} ({exact(e.totals.requiredCapacityBytes)})
        </dd>
        <dt>{t('shortfall')}</dt>
        <dd>
          {fb(e.totals.shortfallBytes)} ({t('shortfallDestination')} {fb(e.totals.destinationShortfallBytes)} · {t('shortfallSource')}{' '}
          {fb(e.totals.sourceShortfallBytes)})
        </dd>
        <dt>
          {t('errors')} / {t('warnings')}
        </dt>
        <dd>
          {formatCount(e.totals.errors, lang)} / {formatCount(e.totals.warnings, lang)}
        </dd>
      </dl>
      {hasInexactFigures(e) && <p className="small">{t('inexactFigures')}</p>}
    </section>
  );
}
