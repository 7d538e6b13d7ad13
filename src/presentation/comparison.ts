import { estimate, type Basis, type Estimate, type FindingId, type Job, type Lang, type Scenario } from '../engine';

/** formats.md "Comparison": design alternatives side by side, every figure what `estimate` gives alone. */
export interface ComparisonValues {
  requiredCapacityBytes: number;
  generationsThatFit: number | null;
  shortfallBytes: number | null;
}

export interface Comparison {
  format: 'hyperv-backup-sizer/comparison';
  version: 1;
  scenarios: { name: string; basis: Basis; totals: Estimate['totals'] }[];
  jobs: { key: string; values: (ComparisonValues | null)[] }[];
  findings: { id: FindingId; counts: number[] }[];
}

interface Row {
  key: string;
  name: string;
  jobs: (Job | null)[];
}

/**
 * Rows of jobs across the scenarios: rows start from the first scenario's jobs; a later scenario's job
 * joins the row opened by a job with its id, failing that the first row with no job from that
 * scenario yet whose opening job has exactly its name; each job joins at most one row; leftovers open
 * rows of their own, keyed by their id.
 */
export function matchJobRows(scenarios: Scenario[]): Row[] {
  const rows: Row[] = [];
  scenarios.forEach((s, i) => {
    for (const job of s.jobs) {
      const free = (r: Row) => r.jobs[i] === null;
      const row = rows.find((r) => free(r) && r.key === job.id) ?? rows.find((r) => free(r) && r.name === job.name);
      if (row) row.jobs[i] = job;
      else rows.push({ key: job.id, name: job.name, jobs: scenarios.map((_, k) => (k === i ? job : null)) });
    }
  });
  return rows;
}

/** The comparison of 2–3 scenarios (estimated here, each alone, with the same basis override). */
export function compareScenarios(scenarios: Scenario[], options: { basis?: Basis; lang?: Lang } = {}): { comparison: Comparison; estimates: Estimate[] } {
  const estimates = scenarios.map((s) => estimate(s, options));
  const rows = matchJobRows(scenarios);
  const ids = new Set<FindingId>();
  for (const e of estimates) for (const f of e.findings) ids.add(f.id);
  const comparison: Comparison = {
    format: 'hyperv-backup-sizer/comparison',
    version: 1,
    scenarios: scenarios.map((s, i) => ({ name: s.name, basis: estimates[i]!.basis, totals: estimates[i]!.totals })),
    jobs: rows.map((row) => ({
      key: row.key,
      values: row.jobs.map((job, i) => {
        const r = job && estimates[i]!.jobs.find((j) => j.id === job.id);
        return r ? { requiredCapacityBytes: r.requiredCapacityBytes, generationsThatFit: r.generationsThatFit, shortfallBytes: r.shortfallBytes } : null;
      }),
    })),
    findings: [...ids].map((id) => ({ id, counts: estimates.map((e) => e.findings.filter((f) => f.id === id).length) })),
  };
  return { comparison, estimates };
}

export type MethodVariant = 'wsb-local' | 'wsb-share' | 'export' | 'file-copy';
export const METHOD_VARIANTS: readonly MethodVariant[] = ['wsb-local', 'wsb-share', 'export', 'file-copy'];

/**
 * "Compare methods" for one job (formats.md): the same VMs, generations, destination label and
 * capacity, as WSB on the host to a local drive (scheduled), WSB on the host to a share (one-off, one
 * generation per folder), export, and file copy (VMs off) — each a full scenario.
 */
export function methodVariants(s: Scenario, jobId: string, names: Record<MethodVariant, string>): Scenario[] {
  const base = s.jobs.find((j) => j.id === jobId);
  if (base === undefined) return [];
  const variant = (v: MethodVariant): Scenario => {
    const job: Job = { ...base, include: { ...base.include }, destination: { ...base.destination } };
    if (v === 'wsb-local') Object.assign(job, { method: 'wsb-host', schedule: 'scheduled', destination: { ...job.destination, kind: 'local-drive' } });
    if (v === 'wsb-share') Object.assign(job, { method: 'wsb-host', schedule: 'one-off', destination: { ...job.destination, kind: 'remote-share' } });
    if (v === 'export')
      Object.assign(job, {
        method: 'export',
        destination: { ...job.destination, kind: job.destination.kind === 'guest-disk' ? 'local-drive' : job.destination.kind },
      });
    if (v === 'file-copy')
      Object.assign(job, {
        method: 'file-copy',
        destination: { ...job.destination, kind: job.destination.kind === 'guest-disk' ? 'local-drive' : job.destination.kind },
      });
    const included = new Set(job.include.vmIds);
    const vms = v === 'file-copy' ? s.vms.map((vm) => (included.has(vm.id) ? { ...vm, state: 'off' as const } : vm)) : s.vms;
    return { ...s, name: `${s.name} — ${names[v]}`, vms, jobs: s.jobs.map((j) => (j.id === jobId ? job : j)) };
  };
  return METHOD_VARIANTS.map(variant);
}
