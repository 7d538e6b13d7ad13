import type { ResolvedAssumptions } from './assumptions';
import type { JobLineItem, LineItemId } from './estimate-types';
import type { Method } from './scenario-schema';
import { ceilBytes } from './units';
import type { VmFacts } from './vm-facts';

/**
 * Whether a memory-sized state file is in the VM's file set (sizing-rules.md §1, "Memory captured"):
 * saved VMs always (but file copy needs the VM off); running VMs for live export, for a WSB offline
 * backup (saved for it), and for an online WSB backup only with the stop action Save.
 */
export function isMemoryCaptured(f: VmFacts, method: Method): boolean {
  if (method === 'file-copy') return false;
  if (f.vm.state === 'saved') return true;
  if (!f.running) return false;
  if (method === 'export') return true;
  if (method === 'wsb-host') return !isOnlineBackup(f, method) || f.vm.automaticStopAction === 'save';
  return false;
}

/** WSB on the host takes the VM while it runs (§3.1.2(3)); otherwise it saves it for the backup. */
export function isOnlineBackup(f: VmFacts, method: Method): boolean {
  return method === 'wsb-host' && f.running && f.vm.onlineBackup;
}

/** Live export: a running VM exported takes writes into a checkpoint meanwhile (§3.2.2). */
export function isLiveExport(f: VmFacts, method: Method): boolean {
  return method === 'export' && f.running;
}

function pushItem(out: JobLineItem[], id: LineItemId, f: VmFacts, exact: number): void {
  const bytes = ceilBytes(exact);
  if (bytes > 0) out.push({ id, vmId: f.vm.id, bytes, source: f.table });
}

/**
 * The VM's file set as line items, bytes rounded up, zeros left out (表1.1–表1.4, §1.3(3)).
 * Export and file copy leave shared-vhdx disks out; recovery files only for an online WSB backup.
 */
export function sizeVmFiles(f: VmFacts, method: Method, a: ResolvedAssumptions, out: JobLineItem[]): void {
  const s = f.sizes;
  const c = f.checkpoints;
  const captured = isMemoryCaptured(f, method);
  const disks = method === 'export' || method === 'file-copy' ? f.exportDisks : f.allDisks;

  if (f.column === '5.0') {
    pushItem(out, 'vm.config-xml', f, s.configXmlBytes + c * s.configXmlPerCheckpointBytes);
    pushItem(out, 'vm.bin', f, (captured ? f.memBytes : 0) + c * f.memBytes);
    pushItem(out, 'vm.vsv', f, (captured ? s.vsvBytes : 0) + c * s.vsvPerCheckpointBytes);
  } else {
    pushItem(out, 'vm.vmcx', f, s.vmcxBytes + c * s.vmcxPerCheckpointBytes);
    const vmrsBase = captured ? f.memStateBytes : s.vmrsOfflineBytes;
    pushItem(out, 'vm.vmrs', f, vmrsBase + f.standard * f.memStateBytes + f.production * s.vmrsPerProductionCheckpointBytes);
    if (f.column !== '8.0') pushItem(out, 'vm.vmgs', f, s.vmgsBytes + c * s.vmgsPerCheckpointBytes);
  }
  const measuredCheckpoints = a.basis === 'current' && c > 0 ? disks.checkpointFilesBytes : null;
  pushItem(out, 'vm.avhdx', f, measuredCheckpoints ?? c * disks.maxSizeBytes);
  pushItem(out, 'vm.vhd', f, disks.sizeBytes);
  if (isOnlineBackup(f, method)) {
    pushItem(out, 'vm.recovery-avhdx', f, (disks.ownSizeBytes * a.sourceWritePercent) / 100);
    pushItem(out, 'vm.recovery-xml', f, s.recoveryXmlBytes);
  }
}
