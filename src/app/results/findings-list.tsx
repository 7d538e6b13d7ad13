import { FINDING_RULE, type Finding, type FindingId, type Scenario, type Severity } from '../../engine';
import { SEVERITY_NAMES } from '../../i18n/terms';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useEstimate, useScenario } from '../store/derived';

const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SHOW_SUBJECTS = 12;
/** Findings whose message carries figures (sizes, a version) worth reading one by one. */
const WITH_FIGURES = new Set<FindingId>(['F-DEST-SHORT', 'F-SOURCE-SHORT', 'F-CONFIG-VERSION-HOST']);

export interface FindingGroup {
  id: FindingId;
  severity: Severity;
  findings: Finding[];
}

/** One group per kind of finding, errors first. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<FindingId, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.id);
    if (list) list.push(f);
    else groups.set(f.id, [f]);
  }
  return [...groups]
    .map(([id, list]) => ({ id, severity: FINDING_RULE[id].severity, findings: list }))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.findings.length - a.findings.length);
}

type Names = (f: Finding) => string;

/** Names of what findings concern (`job / vm`, a volume), looked up by id through maps built once. */
export function subjectNamer(scenario: Scenario): Names {
  const jobs = new Map(scenario.jobs.map((j) => [j.id, j.name]));
  const vms = new Map(scenario.vms.map((v) => [v.id, v.name]));
  const volumes = new Map(scenario.volumes.map((v) => [v.id, v.label]));
  return (f) => {
    const parts: string[] = [];
    if (f.jobId !== undefined) parts.push(jobs.get(f.jobId) ?? f.jobId);
    if (f.vmId !== undefined) parts.push(vms.get(f.vmId) ?? f.vmId);
    if (f.volumeId !== undefined) parts.push(volumes.get(f.volumeId) ?? f.volumeId);
    return parts.join(' / ');
  };
}

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
          const names = g.findings.slice(0, SHOW_SUBJECTS).map(nameOf).filter((n) => n !== '');
          return (
            <li key={g.id} className={`finding sev-${g.severity}`} data-finding={g.id}>
              <div className="finding-head">
                <span className={`badge badge-${g.severity}`}>
                  <span aria-hidden="true">{ICON[g.severity]} </span>
                  {SEVERITY_NAMES[g.severity][lang]}
                </span>
                <strong>{rule.title[lang]}</strong>
                <span className="muted small">
                  {t('findingCount', { n: g.findings.length })} · <code>{g.id}</code> · <span className="cite">{rule.source}</span>
                </span>
              </div>
              {names.length > 0 && !WITH_FIGURES.has(g.id) && (
                <p className="small">
                  {t('concerns')}: {names.join('、 ')}
                  {g.findings.length > SHOW_SUBJECTS && ` … (+${g.findings.length - SHOW_SUBJECTS})`}
                </p>
              )}
              {WITH_FIGURES.has(g.id) && (
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
