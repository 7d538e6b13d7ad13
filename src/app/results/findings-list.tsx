import { FINDING_RULE } from '../../engine';
import { guideLocation } from '../../i18n/messages';
import { SEVERITY_NAMES } from '../../i18n/terms';
import { FINDINGS_WITH_FIGURES, groupFindings, SEVERITY_ICON, subjectNamer } from '../../presentation/finding-groups';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';

const SHOW_SUBJECTS = 12;

export function FindingsList() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const groups = groupFindings(result.findings);
  const nameOf = subjectNamer(scenario);
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findings')}</h2>
      {groups.length === 0 && <p className="muted">{t('noFindings')}</p>}
      <ul className="findings">
        {groups.map((g) => {
          const rule = FINDING_RULE[g.id];
          const names = g.findings
            .slice(0, SHOW_SUBJECTS)
            .map(nameOf)
            .filter((n) => n !== '');
          return (
            <li key={g.id} className={`finding sev-${g.severity}`} data-finding={g.id}>
              <div className="finding-head">
                <span className={`badge badge-${g.severity}`}>
                  <span aria-hidden="true">{SEVERITY_ICON[g.severity]} </span>
                  {SEVERITY_NAMES[g.severity][lang]}
                </span>
                <strong>{rule.title[lang]}</strong>
                <span className="muted small">
                  {t('findingCount', { n: g.findings.length })} · <code>{g.id}</code> · <span className="cite">{guideLocation(rule.source, lang)}</span>
                </span>
              </div>
              {names.length > 0 && !FINDINGS_WITH_FIGURES.has(g.id) && (
                <p className="small">
                  {t('concerns')}: {names.join(t('listSeparator'))}
                  {g.findings.length > SHOW_SUBJECTS && ` … (+${g.findings.length - SHOW_SUBJECTS})`}
                </p>
              )}
              {FINDINGS_WITH_FIGURES.has(g.id) && (
                <ul className="small finding-messages">
                  {g.findings.slice(0, SHOW_SUBJECTS).map((f, k) => (
                    <li key={k}>{f.message}</li>
                  ))}
                </ul>
              )}
              <p className="small">
                {t('advice')}: {rule.advice[lang]}
              </p>
              {rule.beyondGuide && (
                <p className="small muted">
                  {t('beyondGuide')}: {rule.beyondGuide[lang]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
