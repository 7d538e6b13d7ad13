import type { ResolvedAssumptions } from './assumptions';
import type { SourceLineItem, SourceVolumeEstimate } from './estimate-types';
import type { Job, Scenario } from './scenario-schema';
import { ceilBytes } from './units';
import { ownSizeBytes, type VmFacts } from './vm-facts';
import { isLiveExport, isOnlineBackup } from './vm-files';

const CHECKPOINT_ONLINE_SOURCE = '§1.6(5)';
const CHECKPOINT_LIVE_EXPORT_SOURCE = '§3.2.2';
const VSS_FREE_SOURCE = '§3.1.2(1)';

/**
 * What one job needs free on each source volume while it runs (sizing-rules.md §5): checkpoint growth
 * for every disk it takes online or exports live, and the VSS minimum on every volume WSB reads.
 */
export function jobSourceItems(
  job: Job,
  scenario: Scenario,
  facts: Map<string, VmFacts>,
  a: ResolvedAssumptions,
): Map<string, SourceLineItem[]> {
  const byVolume = new Map<string, SourceLineItem[]>();
  const add = (volumeId: string, item: SourceLineItem) => {
    const list = byVolume.get(volumeId);
    if (list === undefined) byVolume.set(volumeId, [item]);
    else list.push(item);
  };
  const wsbHost = job.method === 'wsb-host';
  const read = new Set<string>();
  if (wsbHost && job.include.hostSystem && scenario.host.systemVolumeId !== undefined) {
    read.add(scenario.host.systemVolumeId);
  }
  const current = a.basis === 'current';
  for (const vmId of job.include.vmIds) {
    const f = facts.get(vmId);
    if (f === undefined) continue;
    const online = isOnlineBackup(f, job.method);
    const grows = online || isLiveExport(f, job.method);
    if (wsbHost) read.add(f.vm.volumeId);
    for (const disk of f.fileBackedDisks) {
      if (disk.volumeId === undefined) continue;
      if (wsbHost) read.add(disk.volumeId);
      if (!grows || (job.method === 'export' && disk.kind === 'shared-vhdx')) continue;
      const bytes = ceilBytes((ownSizeBytes(disk, current) * a.sourceWritePercent) / 100);
      if (bytes === 0) continue;
      add(disk.volumeId, {
        id: 'source.checkpoint-growth',
        jobId: job.id,
        vmId: f.vm.id,
        diskId: disk.id,
        bytes,
        source: online ? CHECKPOINT_ONLINE_SOURCE : CHECKPOINT_LIVE_EXPORT_SOURCE,
      });
    }
  }
  if (a.vssMinFreeBytes > 0) {
    for (const volumeId of read) {
      add(volumeId, { id: 'source.vss-free', jobId: job.id, bytes: a.vssMinFreeBytes, source: VSS_FREE_SOURCE });
    }
  }
  return byVolume;
}

/** Per volume, the most any one job needs (jobs do not run at the same time) against its free space. */
export function sizeSourceVolumes(scenario: Scenario, perJob: Map<string, SourceLineItem[]>[]): SourceVolumeEstimate[] {
  return scenario.volumes.map((volume) => {
    let required = 0;
    let byJob: string | null = null;
    let lineItems: SourceLineItem[] = [];
    perJob.forEach((volumes, j) => {
      const items = volumes.get(volume.id);
      if (items === undefined) return;
      let sum = 0;
      for (const item of items) sum += item.bytes;
      if (sum > required) {
        required = sum;
        byJob = scenario.jobs[j]?.id ?? null;
        lineItems = items;
      }
    });
    const free = volume.freeBytes ?? null;
    return {
      volumeId: volume.id,
      requiredFreeBytes: required,
      freeBytes: free,
      shortfallBytes: free === null ? null : Math.max(0, required - free),
      requiredByJobId: byJob,
      lineItems,
    };
  });
}
