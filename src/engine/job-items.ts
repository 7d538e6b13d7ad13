import type { ResolvedAssumptions } from './assumptions';
import type { JobLineItem } from './estimate-types';
import { LINE_ITEM_RULE } from './rules';
import type { Disk, Job, Scenario } from './scenario-schema';
import type { VmFacts } from './vm-facts';
import { sizeVmFiles } from './vm-files';

/** Guest-side size of a disk (§1.6(4)): its maximum; basis current: used, else file size, else maximum. */
function guestDiskBytes(disk: Disk, current: boolean): number {
  if (!current) return disk.maxSizeBytes;
  return disk.guestUsedBytes ?? disk.fileSizeBytes ?? disk.maxSizeBytes;
}

function sizeGuestVolumes(f: VmFacts, job: Job, a: ResolvedAssumptions, out: JobLineItem[]): void {
  const current = a.basis === 'current';
  const wanted = job.include.guestVolumes;
  for (const role of ['system', 'data'] as const) {
    if (wanted !== 'both' && wanted !== role) continue;
    let bytes = 0;
    for (const disk of f.vm.disks) if (disk.guestRole === role) bytes += guestDiskBytes(disk, current);
    const id = role === 'system' ? 'guest.system' : 'guest.data';
    if (bytes > 0) out.push({ id, vmId: f.vm.id, bytes, source: LINE_ITEM_RULE[id].source });
  }
}

/**
 * What a job puts into one backup (sizing-rules.md §3): host items, guest volumes or each VM's file
 * set. The sum of these is B, the first generation.
 */
export function sizeJobItems(
  job: Job,
  scenario: Scenario,
  facts: Map<string, VmFacts>,
  a: ResolvedAssumptions,
): JobLineItem[] {
  const items: JobLineItem[] = [];
  if (job.method === 'wsb-host') {
    if (job.include.hostSystem && scenario.host.systemDriveBytes > 0) {
      items.push({ id: 'host.system', bytes: scenario.host.systemDriveBytes, source: LINE_ITEM_RULE['host.system'].source });
    }
    if (job.include.hyperVSettings && a.hyperVSettingsBytes > 0) {
      const source = LINE_ITEM_RULE['host.hyperv-settings'].source;
      items.push({ id: 'host.hyperv-settings', bytes: a.hyperVSettingsBytes, source });
    }
  }
  for (const vmId of job.include.vmIds) {
    const f = facts.get(vmId);
    if (f === undefined) continue;
    if (job.method === 'wsb-guest') sizeGuestVolumes(f, job, a, items);
    else sizeVmFiles(f, job.method, a, items);
  }
  return items;
}
