import { formatBytes, isLocalDestination, type Job, type JobEstimate, type Lang, type ResolvedAssumptions, type Scenario, type UnitSystem } from '../engine';
import { translate, type MessageKey, type MessageVars } from '../i18n/messages';

/**
 * What the screen, the report, the CSV and hvsize say about a job over time (time-and-restore.md),
 * worded from the engine's own figures: run times against the window, when growth makes the
 * destination too small, and where the largest VM would be restored.
 */

const tr = (lang: Lang) => (key: MessageKey, vars?: MessageVars) => translate(lang, key, vars);

/** Seconds as hours and minutes, rounded up to the minute: `7 時間 05 分`, `25,190 h 00 min`, `21 分`. */
export function durationText(seconds: number, lang: Lang): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return tr(lang)('durationM', { m: minutes });
  return tr(lang)('durationHm', { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') });
}

export type WindowStatus = 'none' | 'fits' | 'first-only' | 'exceeded';

export function windowStatus(job: Job, r: JobEstimate): WindowStatus {
  if (job.windowHours === undefined) return 'none';
  const window = job.windowHours * 3600;
  if (r.transfer.laterRunSeconds > window) return 'exceeded';
  return r.transfer.firstRunSeconds > window ? 'first-only' : 'fits';
}

export interface RunTimes {
  first: string;
  later: string;
  /** How the runs compare with the window, or that none is given. */
  window: string;
  status: WindowStatus;
}

export function runTimes(job: Job, r: JobEstimate, lang: Lang, units: UnitSystem): RunTimes {
  const t = tr(lang);
  const rate = r.transfer.throughputBytesPerSecond / 1e6;
  const detail = (bytes: number) => t('runDetail', { bytes: formatBytes(bytes, lang, units), rate });
  const status = windowStatus(job, r);
  const h = job.windowHours ?? 0;
  const window: Record<WindowStatus, string> = {
    none: t('windowNotSet'),
    fits: t('windowFits', { h }),
    'first-only': t('windowFirstOnly', { h }),
    exceeded: t('windowExceeded', { h }),
  };
  return {
    first: `${durationText(r.transfer.firstRunSeconds, lang)} (${detail(r.transfer.firstRunBytes)})`,
    later: `${durationText(r.transfer.laterRunSeconds, lang)} (${detail(r.transfer.laterRunBytes)})`,
    window: window[status],
    status,
  };
}

/** When growth makes the destination too small, or why the projection is flat (§1). */
export function growthLine(job: Job, r: JobEstimate, a: Pick<ResolvedAssumptions, 'basis' | 'growthPercentPerYear' | 'horizonYears'>, lang: Lang): string {
  const t = tr(lang);
  if (a.basis === 'maximum') return t('growthFlatMaximum');
  if (job.destination.capacityBytes === undefined) return t('growthNoCapacity');
  if (r.monthsUntilShort === 0) return t('growthShortNow');
  if (a.growthPercentPerYear === 0) return t('growthNone');
  if (r.monthsUntilShort !== null) return t('growthShortIn', { g: a.growthPercentPerYear, m: r.monthsUntilShort });
  return t('growthFitsHorizon', { g: a.growthPercentPerYear, y: a.horizonYears });
}

/** The largest VM to restore and where its space is needed, in the guide's restore procedures (§3). */
export function restoreLine(job: Job, r: JobEstimate, s: Scenario, lang: Lang, units: UnitSystem): string {
  const t = tr(lang);
  if (job.method === 'wsb-guest') return t('restoreGuest');
  if (r.largestRestore === null) return '';
  const vm = s.vms.find((v) => v.id === r.largestRestore!.vmId);
  const size = formatBytes(r.largestRestore.bytes, lang, units);
  const onCsv = s.volumes.find((v) => v.id === vm?.volumeId)?.kind === 'csv';
  const how = job.method === 'wsb-host' ? (onCsv ? 'restoreCsv' : 'restoreInPlace') : 'restoreImport';
  return `${t('namedThing', { what: t('vmSingular'), name: vm?.name ?? r.largestRestore.vmId })} ${size}: ${t(how, { r: size })}`;
}

export interface HeldPoint {
  run: number;
  held: number;
}

/**
 * What the destination holds after runs 1…N + 3 (§3b): WSB to a local kind B + min(k − 1, N − 1) × L
 * (from run N the oldest version goes as a new one arrives), shares, export and file copy min(k, N) × B.
 */
export function heldSeries(job: Job, r: JobEstimate): HeldPoint[] {
  const n = r.generations;
  const local = isLocalDestination(job);
  return Array.from({ length: n + 3 }, (_, i) => {
    const k = i + 1;
    return { run: k, held: local ? r.firstGenerationBytes + Math.min(k - 1, n - 1) * r.laterGenerationBytes : Math.min(k, n) * r.firstGenerationBytes };
  });
}
