import type { ResolvedAssumptions } from './assumptions';
import type { JobLineItem } from './estimate-types';
import { LINE_ITEM_RULE } from './rules';
import type { Disk, Job } from './scenario-schema';
import type { SizingContext } from './sizing-context';
import { grown, type VmFacts } from './vm-facts';
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
 * What a job puts into one backup (sizing-rules.md §3): host items, guest volumes or each VM's file
 * set. The sum of these is B, the first generation.
 */
export function sizeJobItems(ctx: SizingContext, jobIndex: number): JobLineItem[] {
  const { scenario, a } = ctx;
  const job = scenario.jobs[jobIndex]!;
  const method = job.method;
  const items = hostItems(ctx, job);
  let vmId = '';
  let source = '';
  // One writer per job, not per VM: jobs of thousands of VMs make hundreds of thousands of items.
  const write: ItemSink =
    method === 'wsb-guest'
      ? (id, bytes) => items.push({ id, vmId, bytes, source: LINE_ITEM_RULE[id].source })
      : (id, bytes) => items.push({ id, vmId, bytes, source });
  for (const f of ctx.jobVms[jobIndex]!) {
    vmId = f.vm.id;
    if (method === 'wsb-guest') {
      sizeGuestVolumes(f, job, a, write);
      continue;
    }
    // A VM's file set depends only on the VM and the method: jobs of one method share its items.
    const done = f.fileSets[method];
    if (done !== undefined) {
      for (let k = done.start; k < done.end; k++) items.push(done.list[k]!);
      continue;
    }
    source = f.table;
    const start = items.length;
    sizeVmFiles(f, method, a, write);
    f.fileSets[method] = { list: items, start, end: items.length };
  }
  return items;
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
