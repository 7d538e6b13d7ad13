import type { ResolvedAssumptions } from './assumptions';
import type { JobLineItem } from './estimate-types';
import { LINE_ITEM_RULE } from './rules';
import type { Disk, Job, Method } from './scenario-schema';
import type { SizingContext } from './sizing-context';
import type { VmFacts } from './vm-facts';
import { ceilBytes } from './units';
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
    // Grown sizes (time-and-restore.md §1) are fractional: rounded up once, as every line item.
    if (bytes > 0) out.push({ id, vmId: f.vm.id, bytes: ceilBytes(bytes), source: LINE_ITEM_RULE[id].source });
  }
}

/** A VM's file set depends only on the VM and the method: jobs of one method share the items. */
export function vmFileSet(f: VmFacts, method: Exclude<Method, 'wsb-guest'>, a: ResolvedAssumptions): JobLineItem[] {
  let items = f.fileSets[method];
  if (items === undefined) {
    items = [];
    sizeVmFiles(f, method, a, items);
    f.fileSets[method] = items;
  }
  return items;
}

/**
 * What a job puts into one backup (sizing-rules.md §3): host items, guest volumes or each VM's file
 * set. The sum of these is B, the first generation.
 */
export function sizeJobItems(ctx: SizingContext, jobIndex: number): JobLineItem[] {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  const items: JobLineItem[] = [];
  if (job.method === 'wsb-host') {
    if (job.include.hostSystem && scenario.host.systemDriveBytes > 0) {
      items.push({ id: 'host.system', vmId: undefined, bytes: scenario.host.systemDriveBytes, source: LINE_ITEM_RULE['host.system'].source });
    }
    if (job.include.hyperVSettings && a.hyperVSettingsBytes > 0) {
      const source = LINE_ITEM_RULE['host.hyperv-settings'].source;
      items.push({ id: 'host.hyperv-settings', vmId: undefined, bytes: a.hyperVSettingsBytes, source });
    }
  }
  const vms = ctx.jobVms[jobIndex]!;
  if (job.method === 'wsb-guest') {
    for (const f of vms) sizeGuestVolumes(f, job, a, items);
    return items;
  }
  // One concat sizes the job's list once, rather than growing it item by item.
  const parts: JobLineItem[][] = [items];
  for (const f of vms) parts.push(vmFileSet(f, job.method, a));
  return ([] as JobLineItem[]).concat(...parts);
}
