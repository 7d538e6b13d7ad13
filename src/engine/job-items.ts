import type { ResolvedAssumptions } from './assumptions';
import type { JobLineItem, LargestRestore, LineItemId } from './estimate-types';
import { LINE_ITEM_RULE } from './rules';
import type { Disk, Job } from './scenario-schema';
import type { SizingContext } from './sizing-context';
import { FILE_SET_METHODS, grown, type FileSetRange, type VmFacts } from './vm-facts';
import { ceilBytes } from './units';
import { ignoreItems, sizeVmFiles, type ItemSink } from './vm-files';

/**
 * Guest-side size of a disk (§1.6(4)): its maximum; basis current: used, else file size, else
 * maximum, grown by `factor` in the projection's later months.
 */
function guestDiskBytes(disk: Disk, current: boolean, factor: number): number {
  if (!current) return disk.maxSizeBytes;
  const max = disk.maxSizeBytes;
  return grown(disk.guestUsedBytes, max, factor) ?? grown(disk.fileSizeBytes, max, factor) ?? max;
}

/** The guest volumes a job takes of one VM, as line items; returns their sum. */
function sizeGuestVolumes(f: VmFacts, job: Job, a: ResolvedAssumptions, out: ItemSink): number {
  const current = a.basis === 'current';
  const wanted = job.include.guestVolumes;
  let total = 0;
  for (const role of ['system', 'data'] as const) {
    if (wanted !== 'both' && wanted !== role) continue;
    let exact = 0;
    for (const disk of f.vm.disks) if (disk.guestRole === role) exact += guestDiskBytes(disk, current, f.factor);
    // Grown sizes (time-and-restore.md §1) are fractional: rounded up once, as every line item.
    const bytes = ceilBytes(exact);
    if (bytes > 0) out(role === 'system' ? 'guest.system' : 'guest.data', bytes);
    total += bytes;
  }
  return total;
}

/** The host's own items of a WSB job on the host: the system drive and the Hyper-V settings. */
function hostItems(ctx: SizingContext, job: Job): JobLineItem[] {
  const { scenario, a } = ctx;
  const items: JobLineItem[] = [];
  if (job.method !== 'wsb-host') return items;
  if (job.include.hostSystem && scenario.host.systemDriveBytes > 0) {
    items.push({ id: 'host.system', vmId: undefined, bytes: scenario.host.systemDriveBytes, source: LINE_ITEM_RULE['host.system'].source });
  }
  if (job.include.hyperVSettings && a.hyperVSettingsBytes > 0) {
    const source = LINE_ITEM_RULE['host.hyperv-settings'].source;
    items.push({ id: 'host.hyperv-settings', vmId: undefined, bytes: a.hyperVSettingsBytes, source });
  }
  return items;
}

/**
 * The item of the same id and bytes in a VM's file set of another method, if one is made: export and
 * file copy, and often WSB, size most files alike, and an estimate of 8,000 VMs makes hundreds of
 * thousands of items. Items are never changed once made, so jobs can share them.
 */
function sameItemIn(set: FileSetRange | undefined, id: LineItemId, bytes: number): JobLineItem | undefined {
  if (set === undefined) return undefined;
  for (let k = set.start; k < set.end; k++) {
    const item = set.list[k]!;
    if (item.id === id && item.bytes === bytes) return item;
  }
  return undefined;
}

const isRecoveryFile = (id: LineItemId) => id === 'vm.recovery-avhdx' || id === 'vm.recovery-xml';

/** R of a VM (time-and-restore.md §3): its file set without the recovery files. */
export function restoreBytesOf(set: FileSetRange): number {
  let sum = 0;
  for (let k = set.start; k < set.end; k++) {
    const item = set.list[k]!;
    if (!isRecoveryFile(item.id)) sum += item.bytes;
  }
  return sum;
}

/** A job's line items, B (their sum) and the VM with the largest restore size R (time-and-restore.md §3). */
export interface JobItems {
  items: JobLineItem[];
  bytes: number;
  /** null for WSB inside the guest (restored there) and for jobs without VMs. */
  largestRestore: LargestRestore | null;
}

/**
 * What a job puts into one backup (sizing-rules.md §3): host items, guest volumes or each VM's file
 * set; B, the first generation, their sum; and the VM it would take most room to restore.
 */
export function sizeJobItems(ctx: SizingContext, jobIndex: number): JobItems {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  const method = job.method;
  const vms = ctx.jobVms[jobIndex]!;
  const items = hostItems(ctx, job);
  let bytes = 0;
  for (const item of items) bytes += item.bytes;
  if (method === 'wsb-guest') {
    let vmId = '';
    const write: ItemSink = (id, bytes) => items.push({ id, vmId, bytes, source: LINE_ITEM_RULE[id].source });
    for (const f of vms) {
      vmId = f.vm.id;
      bytes += sizeGuestVolumes(f, job, a, write);
    }
    return { items, bytes, largestRestore: null };
  }
  // The VM with the largest R, worked out in this walk (not one more over thousands of VMs); the first on a tie.
  let largestVmId = '';
  let largestBytes = -1;
  let vmId = '';
  let source = '';
  // The VM's file sets of the other methods, if made (at most two).
  let otherSet: FileSetRange | undefined;
  let anotherSet: FileSetRange | undefined;
  // One writer per job, not per VM: jobs of thousands of VMs make hundreds of thousands of items.
  const write: ItemSink = (id, bytes) => items.push(sameItemIn(otherSet, id, bytes) ?? sameItemIn(anotherSet, id, bytes) ?? { id, vmId, bytes, source });
  for (const f of vms) {
    // A VM's file set depends only on the VM and the method: jobs of one method share its items.
    let set = f.fileSets[method];
    const made = set === undefined;
    if (set === undefined) {
      vmId = f.vm.id;
      source = f.table;
      otherSet = anotherSet = undefined;
      for (const other of FILE_SET_METHODS) {
        const otherMade = other === method ? undefined : f.fileSets[other];
        if (otherMade === undefined) continue;
        if (otherSet === undefined) otherSet = otherMade;
        else anotherSet = otherMade;
      }
      const start = items.length;
      sizeVmFiles(f, method, a, write);
      f.fileSets[method] = set = { list: items, start, end: items.length };
    }
    // One pass over the VM's items: copied (when another job made them), summed, and R without the recovery files.
    let restore = 0;
    for (let k = set.start; k < set.end; k++) {
      const item = set.list[k]!;
      if (!made) items.push(item);
      bytes += item.bytes;
      if (!isRecoveryFile(item.id)) restore += item.bytes;
    }
    if (restore > largestBytes) {
      largestBytes = restore;
      largestVmId = f.vm.id;
    }
  }
  return { items, bytes, largestRestore: largestBytes < 0 ? null : { vmId: largestVmId, bytes: largestBytes } };
}

/**
 * B of a job, the sum of its line items, without making them: the projection sizes every month of
 * the horizon over thousands of VMs.
 */
export function firstGenerationBytes(ctx: SizingContext, jobIndex: number): number {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  let total = 0;
  for (const item of hostItems(ctx, job)) total += item.bytes;
  for (const f of ctx.jobVms[jobIndex]!) {
    total += job.method === 'wsb-guest' ? sizeGuestVolumes(f, job, a, ignoreItems) : sizeVmFiles(f, job.method, a, ignoreItems);
  }
  return total;
}
