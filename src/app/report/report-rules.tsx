import { RULES, type Estimate } from '../../engine';
import { guideLocation } from '../../i18n/messages';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

/** Every rule the estimate drew on: line items, the deciding destination rules, volume items, findings. */
function rulesUsed(e: Estimate): string[] {
  const ids = new Set<string>();
  for (const j of e.jobs) {
    ids.add(j.requiredBy);
    for (const i of j.lineItems) ids.add(i.id);
  }
  for (const v of e.sourceVolumes) for (const i of v.lineItems) ids.add(i.id);
  for (const f of e.findings) ids.add(f.id);
  return Object.keys(RULES).filter((id) => ids.has(id));
}

export function ReportRules({ e }: ReportSectionProps) {
  const { t, lang } = useReportFormat();
  return (
    <section>
      <h2>{t('rulesUsed')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('ruleId')}</th>
            <th>{t('source')}</th>
            <th>{t('ruleWording')}</th>
          </tr>
        </thead>
        <tbody>
          {rulesUsed(e).map((id) => {
            const rule = RULES[id]!;
            return (
              <tr key={id}>
                <td>
                  <code>{id}</code>
                </td>
                <td className="small">{guideLocation(rule.source, lang)}</td>
                <td className="small">
                  <strong>{rule.title[lang]}</strong> {rule.wording !== rule.title && rule.wording[lang]}
                  {rule.beyondGuide && (
                    <em>
                      {' '}
                      ({t('beyondGuide')}: {rule.beyondGuide[lang]})
                    </em>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
