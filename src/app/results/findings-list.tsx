import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState } from 'react';
import { FINDING_RULE, type Finding } from '../../engine';
import { formatCount, guideLocation } from '../../i18n/messages';
import { SEVERITY_NAMES } from '../../i18n/terms';
import { FINDINGS_WITH_FIGURES, groupFindings, SEVERITY_ICON, subjectNamer } from '../../presentation/finding-groups';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';

const SHOW_SUBJECTS = 12;

/**
 * Every finding of one group, virtualized: a cluster of 8,000 VMs gives 16,000 findings of one kind,
 * and only the rows in view are in the page (each message is built when its row is drawn). Rows may
 * wrap in a narrow panel, so each is measured once drawn.
 */
function AllFindings({ id, label, findings }: { id: string; label: string; findings: readonly Finding[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: findings.length, getScrollElement: () => ref.current, estimateSize: () => 26, overscan: 10 });
  return (
    // Focusable so the keyboard can scroll it (arrows, Page Down, End), as a mouse wheel would.
    <div ref={ref} id={id} className="finding-all small" role="list" aria-label={label} tabIndex={0}>
      <div role="none" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => (
          <div
            key={v.key}
            ref={virtualizer.measureElement}
            data-index={v.index}
            role="listitem"
            aria-posinset={v.index + 1}
            aria-setsize={findings.length}
            className="finding-all-row"
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {findings[v.index]!.message}
          </div>
        ))}
      </div>
    </div>
  );
}

export function FindingsList() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const scenario = useScenario({ deferred: true });
  const result = useEstimate({ deferred: true });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const baseId = useId();
  const groups = groupFindings(result.findings);
  const nameOf = subjectNamer(scenario);
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
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
          const count = formatCount(g.findings.length, lang);
          const titleId = `${baseId}-${g.id}-title`;
          const listId = `${baseId}-${g.id}-all`;
          const expanded = open.has(g.id);
          return (
            <li key={g.id} className={`finding sev-${g.severity}`} data-finding={g.id}>
              <div className="finding-head">
                <span className={`badge badge-${g.severity}`}>
                  <span aria-hidden="true">{SEVERITY_ICON[g.severity]} </span>
                  {SEVERITY_NAMES[g.severity][lang]}
                </span>
                <strong id={titleId}>{rule.title[lang]}</strong>
                <span className="muted small">
                  {t('findingCount', { n: g.findings.length })} · <code>{g.id}</code> · <span className="cite">{guideLocation(rule.source, lang)}</span>
                </span>
              </div>
              {names.length > 0 && !FINDINGS_WITH_FIGURES.has(g.id) && (
                <p className="small">
                  {t('concerns')}: {names.join(t('listSeparator'))}
                  {g.findings.length > SHOW_SUBJECTS && ` … (+${formatCount(g.findings.length - SHOW_SUBJECTS, lang)})`}
                </p>
              )}
              {FINDINGS_WITH_FIGURES.has(g.id) && (
                <ul className="small finding-messages">
                  {g.findings.slice(0, SHOW_SUBJECTS).map((f, k) => (
                    <li key={k}>{f.message}</li>
                  ))}
                </ul>
              )}
              {g.findings.length > SHOW_SUBJECTS && (
                <>
                  <button
                    type="button"
                    className="btn-small"
                    aria-expanded={expanded}
                    aria-controls={listId}
                    aria-describedby={titleId}
                    onClick={() => toggle(g.id)}
                  >
                    <span aria-hidden="true">{expanded ? '▾' : '▸'} </span>
                    {t('showAllFindings', { n: count })}
                  </button>
                  {expanded && <AllFindings id={listId} label={t('allFindingsOf', { title: rule.title[lang], n: count })} findings={g.findings} />}
                </>
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
