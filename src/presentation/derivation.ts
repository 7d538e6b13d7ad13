import {
  formatBytes,
  isLocalDestination,
  LIMITS,
  RULES,
  type Job,
  type JobEstimate,
  type Lang,
  type ResolvedAssumptions,
  type SourceVolumeEstimate,
  type UnitSystem,
} from '../engine';
import { guideLocation, translate } from '../i18n/messages';

/**
 * How each headline figure was reached, with the actual numbers, worded from the engine's own output
 * (requiredTerms, B, L, N, the line items) — the screen, the report and the text output show these
 * lines and never recompute a figure of their own.
 */
export interface Derivation {
  /** One line per figure: `必要容量 = max(1.5 × B = 3.98 TB, B + 6 × L = 3.45 TB) = 3.98 TB — §1.6(1)(a)`. */
  lines: string[];
}

function bytesText(lang: Lang, units: UnitSystem) {
  return (b: number) => formatBytes(b, lang, units);
}

/** The required capacity, generations that fit and shortfall of a job, with their rules. */
export function jobDerivation(
  job: Job,
  r: JobEstimate,
  a: Pick<ResolvedAssumptions, 'localDestinationFactor' | 'shadowStoragePercent'>,
  lang: Lang,
  units: UnitSystem,
): Derivation {
  const fb = bytesText(lang, units);
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
  const later = r.generations - 1;
  const term = (id: string, bytes: number) => {
    switch (id) {
      case 'dest.local-factor':
        return `${a.localDestinationFactor} × B = ${fb(bytes)}`;
      case 'dest.local-versions':
        return `B + ${later} × L = ${fb(bytes)}`;
      case 'dest.shadow-storage':
        return `${later} × L ÷ ${a.shadowStoragePercent} % = ${fb(bytes)}`;
      default:
        return `${r.generations} × B = ${fb(bytes)}`;
    }
  };
  const terms = r.requiredTerms.map((x) => term(x.id, x.bytes));
  const formula = terms.length === 1 ? terms[0]! : `max(${terms.join(', ')}) = ${fb(r.requiredCapacityBytes)}`;
  const lines = [
    `B = ${fb(r.firstGenerationBytes)}, L = ${fb(r.laterGenerationBytes)}${isLocalDestination(job) ? ` (B × ${job.changePercentPerGeneration} %)` : ''}, N = ${r.generations}`,
    `${t('required')} = ${formula} — ${guideLocation(RULES[r.requiredBy]?.source ?? '', lang)}`,
  ];
  const k = job.destination.capacityBytes;
  if (k !== undefined) {
    if (r.generationsThatFit !== null) {
      if (isLocalDestination(job)) {
        const max = LIMITS.shadowCopiesPerVolume;
        lines.push(t('derivationFitLocal', { k: fb(k), n: r.generationsThatFit, max }));
      } else {
        lines.push(`${t('generationsThatFit')} = floor(K ÷ B) = floor(${fb(k)} ÷ ${fb(r.firstGenerationBytes)}) = ${r.generationsThatFit}`);
      }
    }
    if (r.shortfallBytes !== null && r.shortfallBytes > 0) {
      lines.push(`${t('shortfall')} = ${fb(r.requiredCapacityBytes)} − ${fb(k)} = ${fb(r.shortfallBytes)}`);
    }
  }
  return { lines };
}

/** A source volume's required free space: the items of the job that needs the most, and the shortfall. */
export function volumeDerivation(v: SourceVolumeEstimate, jobName: string | undefined, lang: Lang, units: UnitSystem): Derivation {
  const fb = bytesText(lang, units);
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
  if (v.requiredByJobId === null) return { lines: [t('derivationVolumeNothing')] };
  const sums = new Map<string, number>();
  for (const item of v.lineItems) sums.set(item.id, (sums.get(item.id) ?? 0) + item.bytes);
  const parts = [...sums].map(([id, bytes]) => `${RULES[id]?.title[lang] ?? id} ${fb(bytes)} (${guideLocation(RULES[id]?.source ?? '', lang)})`);
  const lines = [t('derivationVolume', { job: jobName ?? v.requiredByJobId, parts: parts.join(' + '), total: fb(v.requiredFreeBytes) })];
  if (v.freeBytes !== null && v.shortfallBytes !== null && v.shortfallBytes > 0) {
    lines.push(`${t('shortfall')} = ${fb(v.requiredFreeBytes)} − ${fb(v.freeBytes)} = ${fb(v.shortfallBytes)}`);
  }
  return { lines };
}
