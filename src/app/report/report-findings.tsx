import { FINDING_RULE } from '../../engine';
import { formatCount, guideLocation } from '../../i18n/messages';
import { SEVERITY_NAMES } from '../../i18n/terms';
import { groupFindings, SEVERITY_ICON, subjectNamer } from '../../presentation/finding-groups';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

const SHOW_SUBJECTS = 30;

/** Findings grouped by kind, errors first, with whom they concern, the advice and the guide location. */
export function ReportFindings({ s, e }: ReportSectionProps) {
  const { t, lang } = useReportFormat();
  const nameOf = subjectNamer(s);
  return (
    <section>
      <h2>{t('findings')}</h2>
      {e.findings.length === 0 && <p>{t('noFindings')}</p>}
      {groupFindings(e.findings).map((g) => {
        const rule = FINDING_RULE[g.id];
        const names = g.findings.map(nameOf).filter((n) => n !== '');
        return (
          <div key={g.id} className={`report-finding keep sev-${g.severity}`}>
            <p>
              <strong>
                {SEVERITY_ICON[g.severity]} {SEVERITY_NAMES[g.severity][lang]}: {rule.title[lang]}
              </strong>{' '}
              <span className="small">
                ({t('findingCount', { n: g.findings.length })}) {g.id} · {guideLocation(rule.source, lang)}
              </span>
            </p>
            {names.length > 0 && (
              <p className="small">
                {t('concerns')}: {names.slice(0, SHOW_SUBJECTS).join(t('listSeparator'))}
                {names.length > SHOW_SUBJECTS && ` … (+${formatCount(names.length - SHOW_SUBJECTS, lang)})`}
              </p>
            )}
            <p className="small">
              {t('advice')}: {rule.advice[lang]}
            </p>
          </div>
        );
      })}
    </section>
  );
}
