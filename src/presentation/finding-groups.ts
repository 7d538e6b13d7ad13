import { translate, type MessageKey } from '../i18n/messages';
import { FINDING_RULE, type Estimate, type Finding, type FindingId, type Lang, type Scenario, type Severity } from '../engine';

/** How each severity is marked on screen, in the report and in text output. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
/** Errors first: the plan cannot work as written; then risks; then procedure notes. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings whose message carries figures (sizes, a version, generation counts) worth reading one by one. */
export const FINDINGS_WITH_FIGURES: ReadonlySet<FindingId> = new Set<FindingId>([
  'F-DEST-SHORT',
  'F-SOURCE-SHORT',
  'F-CONFIG-VERSION-HOST',
  'F-SHADOW-SETTING',
]);

export interface FindingGroup {
  id: FindingId;
  severity: Severity;
  findings: Finding[];
}

/** One group per kind of finding, errors first, then the most frequent. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingId, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.id);
    if (list) list.push(f);
    else groups.set(f.id, [f]);
  }
  return [...groups]
    .map(([id, list]) => ({ id, severity: FINDING_RULE[id].severity, findings: list }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings.length - a.findings.length || a.id.localeCompare(b.id));
}

/** Findings in reading order: errors first, then by id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id));
}

/** Names of what a finding concerns (`job / vm`, a volume), looked up through maps built once. */
export function subjectNamer(scenario: Scenario): (f: Finding) => string {
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

/**
 * Whether any figure of the estimate passes 2^53 bytes (8 PiB), where double-precision bytes are no
 * longer exact: the bounds keep single values below it, but sums over 64,000 large disks can pass it.
 */
export function hasInexactFigures(e: Estimate): boolean {
  const big = (n: number | null) => n !== null && n > Number.MAX_SAFE_INTEGER;
  if (big(e.totals.requiredCapacityBytes) || big(e.totals.shortfallBytes)) return true;
  return e.jobs.some((j) => big(j.requiredCapacityBytes) || big(j.dataBytes)) || e.sourceVolumes.some((v) => big(v.requiredFreeBytes));
}

export type VerdictKind = 'problems' | 'incomplete' | 'ok';

export interface Verdict {
  kind: VerdictKind;
  /** Jobs whose destination capacity is not given, and volumes a backup reads whose free space is not. */
  unknownDestinations: number;
  unknownVolumes: number;
}

/**
 * The answer the banner gives: problems when there is an error; "inputs still needed" when a
 * destination's capacity or a read volume's free space is unknown (never "fits" unchecked); else fits.
 */
export function verdictOf(s: Scenario, e: Estimate): Verdict {
  const unknownDestinations = s.jobs.filter((j) => j.destination.capacityBytes === undefined).length;
  const unknownVolumes = e.sourceVolumes.filter((v) => v.freeBytes === null && v.requiredFreeBytes > 0).length;
  const kind = e.totals.errors > 0 ? 'problems' : unknownDestinations + unknownVolumes > 0 ? 'incomplete' : 'ok';
  return { kind, unknownDestinations, unknownVolumes };
}

/** How each verdict reads: its mark and its words (the banner, the report and the comparison). */
export const VERDICT_LOOK: Record<VerdictKind, { icon: string; words: MessageKey; tone: 'ok' | 'warning' | 'bad' }> = {
  ok: { icon: '✔', words: 'verdictOk', tone: 'ok' },
  incomplete: { icon: '⚠', words: 'verdictIncomplete', tone: 'warning' },
  problems: { icon: '✖', words: 'verdictProblems', tone: 'bad' },
};

/** What is still to be entered before the verdict can say "fits", naming only what is missing. */
export function incompleteText(v: Verdict, lang: Lang): string {
  const vars = { d: v.unknownDestinations, v: v.unknownVolumes };
  if (v.unknownVolumes === 0) return translate(lang, 'verdictIncompleteDestinations', vars);
  if (v.unknownDestinations === 0) return translate(lang, 'verdictIncompleteVolumes', vars);
  return translate(lang, 'verdictIncompleteDetail', vars);
}
