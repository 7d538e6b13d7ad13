import { useId } from 'react';
import { RULES } from '../../engine';
import { guideLocation } from '../../i18n/messages';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';

/**
 * A rule id with its guide location; its wording (from RULES) shows on hover and on keyboard focus
 * and is the accessible description.
 */
export function RuleCite({ ruleId, source, showTitle }: { ruleId: string; source?: string; showTitle?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const tipId = useId();
  const rule = RULES[ruleId];
  if (!rule) return <code>{ruleId}</code>;
  return (
    <span className="rule-cite" tabIndex={0} aria-describedby={tipId}>
      {showTitle ? rule.title[lang] : <code>{ruleId}</code>} <span className="cite">{guideLocation(source ?? rule.source, lang)}</span>
      <span role="tooltip" id={tipId} className="tip">
        <strong>{rule.title[lang]}</strong> — {rule.wording[lang]}
        {rule.beyondGuide && (
          <>
            <br />
            <em>
              {t('beyondGuide')}: {rule.beyondGuide[lang]}
            </em>
          </>
        )}
      </span>
    </span>
  );
}
