import type { ResolvedAssumptions } from './assumptions';
import { isLocalDestination, sizeDestination } from './destination';
import type { JobEstimate, LargestRestore, ProjectionPoint, Transfer } from './estimate-types';
import { sizeJobItems, vmFileSet } from './job-items';
import type { Disk, Job, Scenario } from './scenario-schema';
import { makeSizingContext, type SizingContext } from './sizing-context';
import type { VmFacts } from './vm-facts';

/**
 * Beyond the guide (time-and-restore.md): how a job's figures move over the horizon, how long its
 * runs take, and the largest VM it would restore. Shown as assumptions and derivations, never as
 * guide rules.
 */

/** A size that the current basis uses, grown by the factor and held at its cap (§1); one at or above the cap stays. */
const grow = (x: number | undefined, cap: number, factor: number) => (x === undefined || x >= cap ? x : Math.min(cap, x * factor));

/** The scenario with every disk's measured sizes grown by `factor`; nothing else changes (parents never grow). */
function grownScenario(s: Scenario, factor: number): Scenario {
  return {
    ...s,
    vms: s.vms.map((vm) => {
      const c = vm.checkpoints.standard + vm.checkpoints.production;
      const disks = vm.disks.map((d): Disk => ({
        ...d,
        fileSizeBytes: grow(d.fileSizeBytes, d.maxSizeBytes, factor),
        guestUsedBytes: grow(d.guestUsedBytes, d.maxSizeBytes, factor),
        checkpointFilesBytes: grow(d.checkpointFilesBytes, c * d.maxSizeBytes, factor),
      }));
      return { ...vm, disks };
    }),
  };
}

/**
 * Per job, the required capacity for every month 0…12 × horizon (§1). Flat on the maximum basis and
 * without growth (the maximum already sizes every disk full); on the current basis each month is
 * sized as its own estimate from grown disks.
 */
export function projectRequired(ctx: SizingContext, jobs: JobEstimate[]): ProjectionPoint[][] {
  const { a, scenario } = ctx;
  const months = 12 * a.horizonYears;
  const flat = a.basis === 'maximum' || a.growthPercentPerYear === 0;
  const out = jobs.map((j) => [{ month: 0, requiredCapacityBytes: j.requiredCapacityBytes }]);
  for (let m = 1; m <= months; m++) {
    if (flat) {
      jobs.forEach((j, i) => out[i]!.push({ month: m, requiredCapacityBytes: j.requiredCapacityBytes }));
      continue;
    }
    const factor = (1 + a.growthPercentPerYear / 100) ** (m / 12);
    const grown = makeSizingContext(grownScenario(scenario, factor), a.basis);
    scenario.jobs.forEach((job, i) => {
      let b = 0;
      for (const item of sizeJobItems(grown, i)) b += item.bytes;
      out[i]!.push({ month: m, requiredCapacityBytes: sizeDestination(job, b, grown.a).requiredCapacityBytes });
    });
  }
  return out;
}

/** The first month whose requirement passes the capacity: 0 when already short, null when unknown or never. */
export function monthsUntilShort(projection: ProjectionPoint[], capacity: number | undefined): number | null {
  if (capacity === undefined) return null;
  return projection.find((p) => p.requiredCapacityBytes > capacity)?.month ?? null;
}

/** Throughput a job's runs move at: the job's own, else the default for where the data goes (§2). */
export function throughputOf(job: Job, a: ResolvedAssumptions): number {
  if (job.throughputBytesPerSecond !== undefined) return job.throughputBytesPerSecond;
  return job.destination.kind === 'remote-share' ? a.shareThroughputBytesPerSecond : a.localThroughputBytesPerSecond;
}

/**
 * Bytes and seconds of the first and later runs (§2). Later runs move L only for WSB to a local kind
 * set to "Faster backup performance"; shares, export and file copy copy everything each time.
 */
export function transferOf(job: Job, b: number, l: number, a: ResolvedAssumptions): Transfer {
  const throughput = throughputOf(job, a);
  const laterRunBytes = isLocalDestination(job) && job.wsbPerformance === 'incremental' ? l : b;
  return {
    firstRunBytes: b,
    laterRunBytes,
    throughputBytesPerSecond: throughput,
    firstRunSeconds: Math.ceil(b / throughput),
    laterRunSeconds: Math.ceil(laterRunBytes / throughput),
  };
}

/** A VM's restore size R for a method: its file set without the recovery files, summed once per VM. */
function restoreBytes(f: VmFacts, method: Exclude<Job['method'], 'wsb-guest'>, a: ResolvedAssumptions): number {
  let r = f.restoreBytes[method];
  if (r === undefined) {
    r = 0;
    for (const item of vmFileSet(f, method, a)) if (item.id !== 'vm.recovery-avhdx' && item.id !== 'vm.recovery-xml') r += item.bytes;
    f.restoreBytes[method] = r;
  }
  return r;
}

/**
 * The VM with the largest restore size R among a job's VMs (§3): its line items without the recovery
 * files; null for WSB inside the guest (restored there) and for jobs without VMs. On a tie, the first
 * in include.vmIds (the job's VMs are in that order). `among` limits the VMs considered (those on one CSV).
 */
export function largestRestoreOf(ctx: SizingContext, j: number, among?: (f: VmFacts) => boolean): LargestRestore | null {
  const job = ctx.scenario.jobs[j]!;
  if (job.method === 'wsb-guest') return null;
  let best: LargestRestore | null = null;
  for (const f of ctx.jobVms[j]!) {
    if (among && !among(f)) continue;
    const bytes = restoreBytes(f, job.method, ctx.a);
    if (best === null || bytes > best.bytes) best = { vmId: f.vm.id, bytes };
  }
  return best;
}
