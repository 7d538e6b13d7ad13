import type { ResolvedAssumptions } from './assumptions';
import type { DestinationRuleId } from './estimate-types';
import { LIMITS } from './limits';
import type { Job } from './scenario-schema';
import { ceilBytes } from './units';

export interface DestinationSizing {
  laterGenerationBytes: number;
  dataBytes: number;
  requiredCapacityBytes: number;
  requiredBy: DestinationRuleId;
  shadowStorageNeededBytes: number | null;
  generationsThatFit: number | null;
}

/**
 * WSB keeps later versions on a local drive (or the guest's own disk) as VSS differences (§1.5(1)).
 * Export and file copy always write every generation in full (§1.6(2)); so does WSB to a share
 * (§1.6(1)(b)).
 */
export function isLocalDestination(job: Job): boolean {
  const wsb = job.method === 'wsb-host' || job.method === 'wsb-guest';
  return wsb && (job.destination.kind === 'local-drive' || job.destination.kind === 'guest-disk');
}

interface LocalTerms {
  factor: number;
  versions: number;
  shadow: number;
}

/** The three terms of §1.6(1)(a) for N generations; the required capacity is their max. */
function localTerms(b: number, l: number, n: number, a: ResolvedAssumptions): LocalTerms {
  const later = (n - 1) * l;
  return {
    factor: b * a.localDestinationFactor,
    versions: b + later,
    shadow: later / (a.shadowStoragePercent / 100),
  };
}

function localRequired(b: number, l: number, n: number, a: ResolvedAssumptions): number {
  const t = localTerms(b, l, n, a);
  return ceilBytes(Math.max(t.factor, t.versions, t.shadow));
}

/** The largest N ≤ 512 whose local requirement fits in K; 0 when even one generation does not. */
function localGenerationsThatFit(b: number, l: number, k: number, a: ResolvedAssumptions): number {
  const cap = LIMITS.shadowCopiesPerVolume;
  if (localRequired(b, l, 1, a) > k) return 0;
  if (l === 0) return cap;
  const byVersions = (k - b) / l;
  const byShadow = (k * (a.shadowStoragePercent / 100)) / l;
  let n = Math.min(cap, 1 + Math.floor(Math.min(byVersions, byShadow)));
  // The closed form can be one off through floating point; settle it against the rounded figure.
  while (n > 1 && localRequired(b, l, n, a) > k) n--;
  while (n < cap && localRequired(b, l, n + 1, a) <= k) n++;
  return n;
}

/**
 * Destination sizing of a job whose first generation is B bytes (sizing-rules.md §4): required
 * capacity for N generations, which rule decides it, and how many generations fit.
 */
export function sizeDestination(job: Job, b: number, a: ResolvedAssumptions): DestinationSizing {
  const n = job.generations;
  const k = job.destination.capacityBytes;
  if (isLocalDestination(job)) {
    const l = ceilBytes((b * job.changePercentPerGeneration) / 100);
    const t = localTerms(b, l, n, a);
    const max = Math.max(t.factor, t.versions, t.shadow);
    const requiredBy: DestinationRuleId =
      t.factor === max ? 'dest.local-factor' : t.versions === max ? 'dest.local-versions' : 'dest.shadow-storage';
    return {
      laterGenerationBytes: l,
      dataBytes: b + (n - 1) * l,
      requiredCapacityBytes: ceilBytes(max),
      requiredBy,
      shadowStorageNeededBytes: (n - 1) * l,
      generationsThatFit: k === undefined ? null : localGenerationsThatFit(b, l, k, a),
    };
  }
  const requiredBy: DestinationRuleId =
    job.method === 'export' || job.method === 'file-copy' ? 'dest.export-generations' : 'dest.share-full';
  return {
    laterGenerationBytes: b,
    dataBytes: n * b,
    requiredCapacityBytes: n * b,
    requiredBy,
    shadowStorageNeededBytes: null,
    generationsThatFit: k === undefined || b === 0 ? null : Math.floor(k / b),
  };
}
