import type { SourceLineItem, SourceVolumeEstimate } from './estimate-types';
import type { Disk } from './scenario-schema';
import type { SizingContext } from './sizing-context';
import { ceilBytes } from './units';
import { ownSizeBytes, type VmFacts } from './vm-facts';
import { isLiveExport, isOnlineBackup } from './vm-files';

const CHECKPOINT_ONLINE_SOURCE = '§1.6(5)';
const CHECKPOINT_LIVE_EXPORT_SOURCE = '§3.2.2';
const VSS_FREE_SOURCE = '§3.1.2(1)';

/** One checkpoint-growth term: a disk the job takes online or exports live. */
type GrowthVisitor = (f: VmFacts, disk: Disk & { volumeId: string }, bytes: number, online: boolean) => void;

/**
 * Walks what one job needs free on source volumes (sizing-rules.md §5): checkpoint growth for every
 * disk it takes online or exports live, and returns the volumes WSB on the host reads (each needs the
 * VSS minimum).
 */
function walkJob(ctx: SizingContext, jobIndex: number, visit: GrowthVisitor): Set<string> {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  const wsbHost = job.method === 'wsb-host';
  const read = new Set<string>();
  if (wsbHost && job.include.hostSystem && scenario.host.systemVolumeId !== undefined) {
    read.add(scenario.host.systemVolumeId);
  }
  const current = a.basis === 'current';
  for (const f of ctx.jobVms[jobIndex]!) {
    const online = isOnlineBackup(f, job.method);
    const grows = online || isLiveExport(f, job.method);
    if (wsbHost) read.add(f.vm.volumeId);
    for (const disk of f.fileBackedDisks) {
      if (disk.volumeId === undefined) continue;
      if (wsbHost) read.add(disk.volumeId);
      if (!grows || (job.method === 'export' && disk.kind === 'shared-vhdx')) continue;
      const bytes = ceilBytes((ownSizeBytes(disk, current) * a.sourceWritePercent) / 100);
      if (bytes > 0) visit(f, disk as Disk & { volumeId: string }, bytes, online);
    }
  }
  return read;
}

/** Bytes one job needs free on each volume. */
function jobSums(ctx: SizingContext, jobIndex: number): Map<string, number> {
  const sums = new Map<string, number>();
  const a = ctx.a;
  const read = walkJob(ctx, jobIndex, (_f, disk, bytes) => {
    sums.set(disk.volumeId, (sums.get(disk.volumeId) ?? 0) + bytes);
  });
  if (a.vssMinFreeBytes > 0) for (const v of read) sums.set(v, (sums.get(v) ?? 0) + a.vssMinFreeBytes);
  return sums;
}

/** The line items of one job on the volumes it decides. */
function jobItems(ctx: SizingContext, jobIndex: number, keep: Set<string>) {
  const job = ctx.scenario.jobs[jobIndex]!;
  const a = ctx.a;
  const byVolume = new Map<string, SourceLineItem[]>();
  for (const v of keep) byVolume.set(v, []);
  const read = walkJob(ctx, jobIndex, (f, disk, bytes, online) => {
    byVolume.get(disk.volumeId)?.push({
      id: 'source.checkpoint-growth',
      jobId: job.id,
      vmId: f.vm.id,
      diskId: disk.id,
      bytes,
      source: online ? CHECKPOINT_ONLINE_SOURCE : CHECKPOINT_LIVE_EXPORT_SOURCE,
    });
  });
  if (a.vssMinFreeBytes > 0) {
    for (const v of read) {
      byVolume.get(v)?.push({ id: 'source.vss-free', jobId: job.id, vmId: undefined, diskId: undefined, bytes: a.vssMinFreeBytes, source: VSS_FREE_SOURCE });
    }
  }
  return byVolume;
}

/**
 * Per volume, the most any one job needs (jobs do not run at the same time) against its free space.
 * Sums come first; line items are built only for the job that decides each volume.
 */
export function sizeSourceVolumes(ctx: SizingContext): SourceVolumeEstimate[] {
  const scenario = ctx.scenario;
  const sums = scenario.jobs.map((_, j) => jobSums(ctx, j));
  const winner = scenario.volumes.map((volume) => {
    let best = -1;
    let required = 0;
    sums.forEach((byVolume, j) => {
      const sum = byVolume.get(volume.id) ?? 0;
      if (sum > required) {
        required = sum;
        best = j;
      }
    });
    return { best, required };
  });
  const itemsByJob = new Map<number, Map<string, SourceLineItem[]>>();
  scenario.jobs.forEach((_, j) => {
    const keep = new Set(scenario.volumes.filter((_, i) => winner[i]!.best === j).map((v) => v.id));
    if (keep.size > 0) itemsByJob.set(j, jobItems(ctx, j, keep));
  });
  return scenario.volumes.map((volume, i) => {
    const { best, required } = winner[i]!;
    const free = volume.freeBytes ?? null;
    return {
      volumeId: volume.id,
      requiredFreeBytes: required,
      freeBytes: free,
      shortfallBytes: free === null ? null : Math.max(0, required - free),
      requiredByJobId: best < 0 ? null : scenario.jobs[best]!.id,
      lineItems: best < 0 ? [] : (itemsByJob.get(best)?.get(volume.id) ?? []),
    };
  });
}
