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

/**
 * One VM's checkpoint growth per volume (by index in the scenario's volumes), each disk's term rounded
 * up as its line item is: with every file-backed disk (WSB online) and without shared VHDX (live
 * export). Worked out per VM, not per disk and job: 8,000 VMs × their disks × every job were the bulk
 * of the source volumes' work.
 */
export interface VmVolumeTerms {
  /** Volumes WSB on the host reads for this VM: its configuration's and its disks'. */
  read: number[];
  /** Per volume its disks are on, three numbers: the volume, the growth of all disks, and without shared VHDX. */
  growth: number[];
}

function volumeTermsOf(f: VmFacts, ctx: SizingContext, indexOf: Map<string, number>): VmVolumeTerms {
  if (f.volumeTerms !== undefined) return f.volumeTerms;
  const current = ctx.a.basis === 'current';
  const read = [indexOf.get(f.vm.volumeId)!];
  const growth: number[] = [];
  for (const disk of f.fileBackedDisks) {
    if (disk.volumeId === undefined) continue;
    const volume = indexOf.get(disk.volumeId)!;
    if (!read.includes(volume)) read.push(volume);
    const bytes = ceilBytes((ownSizeBytes(disk, current) * ctx.a.sourceWritePercent) / 100);
    let at = 0;
    while (at < growth.length && growth[at] !== volume) at += 3;
    if (at === growth.length) growth.push(volume, 0, 0);
    growth[at + 1]! += bytes;
    if (disk.kind !== 'shared-vhdx') growth[at + 2]! += bytes;
  }
  return (f.volumeTerms = { read, growth });
}

/** Bytes one job needs free on each volume (by index): the sums of the line items walkJob makes. */
function jobSums(ctx: SizingContext, jobIndex: number, indexOf: Map<string, number>): number[] {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  const wsbHost = job.method === 'wsb-host';
  const sums = new Array<number>(scenario.volumes.length).fill(0);
  // WSB inside the guest and file copy neither read host volumes with VSS nor make checkpoints.
  if (job.method === 'wsb-guest' || job.method === 'file-copy') return sums;
  const read = new Array<boolean>(scenario.volumes.length).fill(false);
  const systemVolume = scenario.host.systemVolumeId === undefined ? undefined : indexOf.get(scenario.host.systemVolumeId);
  if (wsbHost && job.include.hostSystem && systemVolume !== undefined) read[systemVolume] = true;
  for (const f of ctx.jobVms[jobIndex]!) {
    const online = isOnlineBackup(f, job.method);
    const grows = online || isLiveExport(f, job.method);
    if (!wsbHost && !grows) continue;
    const terms = volumeTermsOf(f, ctx, indexOf);
    if (wsbHost) for (const v of terms.read) read[v] = true;
    if (!grows) continue;
    const growth = terms.growth;
    for (let at = 0; at < growth.length; at += 3) sums[growth[at]!]! += growth[at + (online ? 1 : 2)]!;
  }
  if (a.vssMinFreeBytes > 0) read.forEach((r, v) => r && (sums[v]! += a.vssMinFreeBytes));
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
  const indexOf = new Map(scenario.volumes.map((v, i) => [v.id, i]));
  const sums = scenario.jobs.map((_, j) => jobSums(ctx, j, indexOf));
  const winner = scenario.volumes.map((_volume, i) => {
    let best = -1;
    let required = 0;
    sums.forEach((byVolume, j) => {
      const sum = byVolume[i]!;
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
