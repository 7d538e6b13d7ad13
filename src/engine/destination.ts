import type { ResolvedAssumptions } from './assumptions';
import type { DestinationRuleId, JobEstimate, RequiredTerm } from './estimate-types';
import { LIMITS } from './limits';
import type { Job } from './scenario-schema';
import { ceilBytes } from './units';

/** The figures of a job's estimate that its destination decides (sizing-rules.md §4). */
export type DestinationSizing = Pick<
  JobEstimate,
  | 'laterGenerationBytes'
  | 'dataBytes'
  | 'requiredCapacityBytes'
  | 'requiredBy'
  | 'requiredTerms'
  | 'shadowStorageNeededBytes'
  | 'shadowStorageNeededPercent'
  | 'shortfallBytes'
  | 'generationsThatFit'
>;

/**
 * WSB keeps later versions on a local drive (or the guest's own disk) as VSS differences (§1.5(1)).
 * Export and file copy always write every generation in full (§1.6(2)); so does WSB to a share
 * (§1.6(1)(b)).
 */
export function isLocalDestination(job: Job): boolean {
  const wsb = job.method === 'wsb-host' || job.method === 'wsb-guest';
  return wsb && (job.destination.kind === 'local-drive' || job.destination.kind === 'guest-disk');
}

/**
 * The terms of §1.6(1)(a) for N generations, in the order that breaks ties; the required capacity is
 * their max. The shadow-storage term exists only for a fixed percentage: "as needed" means the
 * shadow storage is set to what the later versions take (F-SHADOW-SETTING says how).
 */
function localTerms(b: number, l: number, n: number, a: ResolvedAssumptions): RequiredTerm[] {
  const later = (n - 1) * l;
  const terms: RequiredTerm[] = [
    { id: 'dest.local-factor', bytes: b * a.localDestinationFactor },
    { id: 'dest.local-versions', bytes: b + later },
  ];
  if (a.shadowStoragePercent !== 'as-needed') {
    terms.push({ id: 'dest.shadow-storage', bytes: later / (a.shadowStoragePercent / 100) });
  }
  return terms;
}

/** The first of the largest terms (sizing-rules.md §4 `requiredBy`). */
function largest(terms: RequiredTerm[]): RequiredTerm {
  let best = terms[0]!;
  for (const t of terms) if (t.bytes > best.bytes) best = t;
  return best;
}

function localRequired(b: number, l: number, n: number, a: ResolvedAssumptions): number {
  return ceilBytes(largest(localTerms(b, l, n, a)).bytes);
}

/** The largest N ≤ 512 whose local requirement fits in K; 0 when even one generation does not. */
function localGenerationsThatFit(b: number, l: number, k: number, a: ResolvedAssumptions): number {
  const cap = LIMITS.shadowCopiesPerVolume;
  if (localRequired(b, l, 1, a) > k) return 0;
  if (l === 0) return cap;
  const byVersions = (k - b) / l;
  const p = a.shadowStoragePercent;
  const byShadow = p === 'as-needed' ? Infinity : (k * (p / 100)) / l;
  let n = Math.min(cap, 1 + Math.floor(Math.min(byVersions, byShadow)));
  // The closed form can be one off through floating point; settle it against the rounded figure.
  while (n > 1 && localRequired(b, l, n, a) > k) n--;
  while (n < cap && localRequired(b, l, n + 1, a) <= k) n++;
  return n;
}

const shortfall = (required: number, k: number | undefined) => (k === undefined ? null : Math.max(0, required - k));

/**
 * Destination sizing of a job whose first generation is B bytes (sizing-rules.md §4): required
 * capacity for N generations and the terms it is the max of, which rule decides it, how many
 * generations fit, the shortfall and the shadow storage to set.
 */
export function sizeDestination(job: Job, b: number, a: ResolvedAssumptions): DestinationSizing {
  const n = job.generations;
  const k = job.destination.capacityBytes;
  if (isLocalDestination(job)) {
    const l = ceilBytes((b * job.changePercentPerGeneration) / 100);
    const exact = localTerms(b, l, n, a);
    const decisive = largest(exact);
    const required = ceilBytes(decisive.bytes);
    const later = (n - 1) * l;
    const fits = k !== undefined && required <= k;
    return {
      laterGenerationBytes: l,
      dataBytes: b + later,
      requiredCapacityBytes: required,
      requiredBy: decisive.id,
      requiredTerms: exact.map((t) => ({ id: t.id, bytes: ceilBytes(t.bytes) })),
      shadowStorageNeededBytes: later,
      // The percentage vssadmin takes; never offered for a disk that is too small (F-DEST-SHORT).
      shadowStorageNeededPercent: fits && later > 0 ? Math.ceil((100 * later) / k) : null,
      shortfallBytes: shortfall(required, k),
      generationsThatFit: k === undefined ? null : localGenerationsThatFit(b, l, k, a),
    };
  }
  const requiredBy: DestinationRuleId = job.method === 'export' || job.method === 'file-copy' ? 'dest.export-generations' : 'dest.share-full';
  const required = n * b;
  return {
    laterGenerationBytes: b,
    dataBytes: required,
    requiredCapacityBytes: required,
    requiredBy,
    requiredTerms: [{ id: requiredBy, bytes: required }],
    shadowStorageNeededBytes: null,
    shadowStorageNeededPercent: null,
    shortfallBytes: shortfall(required, k),
    generationsThatFit: k === undefined || b === 0 ? null : Math.floor(k / b),
  };
}

/**
 * Generations Windows' default shadow storage (10 % of K) keeps when the later versions take L each:
 * floor(0.1·K ÷ L) + 1, at most 512 (F-SHADOW-SETTING).
 */
export function generationsKeptByDefaultShadowStorage(l: number, k: number, defaultPercent: number): number {
  if (l <= 0) return LIMITS.shadowCopiesPerVolume;
  return Math.min(LIMITS.shadowCopiesPerVolume, Math.floor(((defaultPercent / 100) * k) / l) + 1);
}
