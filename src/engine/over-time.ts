import type { ResolvedAssumptions } from './assumptions';
import { isLocalDestination, sizeDestination } from './destination';
import type { JobEstimate, LargestRestore, ProjectionPoint, Transfer } from './estimate-types';
import { firstGenerationBytes, restoreBytesOf } from './job-items';
import type { Job } from './scenario-schema';
import { growingContext, type SizingContext } from './sizing-context';

/**
 * Beyond the guide (time-and-restore.md): how a job's figures move over the horizon, how long its
 * runs take, and the largest VM it would restore. Shown as assumptions and derivations, never as
 * guide rules.
 */

/**
 * Per job, the required capacity for every month 0…12 × horizon (§1). Flat on the maximum basis and
 * without growth (the maximum already sizes every disk full); on the current basis each month is
 * sized as its own estimate from grown disks, and the steps pause after each month (see estimateSteps).
 */
export function* projectRequired(ctx: SizingContext, jobs: JobEstimate[]): Generator<void, ProjectionPoint[][]> {
  const { a, scenario } = ctx;
  const months = 12 * a.horizonYears;
  const flat = a.basis === 'maximum' || a.growthPercentPerYear === 0;
  const out = jobs.map((j) => [{ month: 0, requiredCapacityBytes: j.requiredCapacityBytes }]);
  const growing = flat ? null : growingContext(ctx);
  for (let m = 1; m <= months; m++) {
    if (growing === null) {
      jobs.forEach((j, i) => out[i]!.push({ month: m, requiredCapacityBytes: j.requiredCapacityBytes }));
      continue;
    }
    const factor = (1 + a.growthPercentPerYear / 100) ** (m / 12);
    // Sums only: each month is a whole sizing of every VM, and its line items are never shown.
    growing.growTo(factor);
    scenario.jobs.forEach((job, i) => {
      out[i]!.push({ month: m, requiredCapacityBytes: sizeDestination(job, firstGenerationBytes(growing.ctx, i), a).requiredCapacityBytes });
    });
    yield;
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

/**
 * Per CSV a job's VMs are on (a VM is on the CSV of its configuration), the VM with the largest
 * restore size R (§3); on a tie, the first in include.vmIds. CSVs in the order their first VM comes.
 */
export function largestRestoreByCsv(ctx: SizingContext, j: number): Map<string, LargestRestore> {
  const job = ctx.scenario.jobs[j]!;
  const byCsv = new Map<string, LargestRestore>();
  if (job.method === 'wsb-guest') return byCsv;
  for (const f of ctx.jobVms[j]!) {
    const volumeId = f.vm.volumeId;
    if (ctx.volumes.get(volumeId)?.kind !== 'csv') continue;
    // R was summed when the job's items were made (the findings come after every job is sized).
    const bytes = restoreBytesOf(f.fileSets[job.method]!);
    const best = byCsv.get(volumeId);
    if (best === undefined || bytes > best.bytes) byCsv.set(volumeId, { vmId: f.vm.id, bytes });
  }
  return byCsv;
}
