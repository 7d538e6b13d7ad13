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

/**
 * The VM's file set as line items, bytes rounded up, zeros left out (表1.1–表1.4, §1.3(3)).
 * Export and file copy leave shared-vhdx disks out; recovery files only for an online WSB backup.
 */
export function sizeVmFiles(f: VmFacts, method: Method, a: ResolvedAssumptions, out: JobLineItem[]): void {
  const vmId = f.vm.id;
  const source = f.table;
  const push = (id: LineItemId, exact: number) => {
    const bytes = ceilBytes(exact);
    if (bytes > 0) out.push({ id, vmId, bytes, source });
  };
  const s = f.sizes;
  const c = f.checkpoints;
  const captured = isMemoryCaptured(f, method);
  const online = isOnlineBackup(f, method);
  const disks = method === 'export' || method === 'file-copy' ? f.exportDisks : f.allDisks;

  if (f.column === '5.0') {
    push('vm.config-xml', s.configXmlBytes + c * s.configXmlPerCheckpointBytes);
    push('vm.bin', (captured ? f.memBytes : 0) + c * f.memBytes);
    push('vm.vsv', (captured ? s.vsvBytes : 0) + c * s.vsvPerCheckpointBytes);
  } else {
    push('vm.vmcx', s.vmcxBytes + c * s.vmcxPerCheckpointBytes);
    push(
      'vm.vmrs',
      (captured ? f.memStateBytes : s.vmrsOfflineBytes) +
        f.standard * f.memStateBytes +
        f.production * s.vmrsPerProductionCheckpointBytes,
    );
    if (f.column !== '8.0') push('vm.vmgs', s.vmgsBytes + c * s.vmgsPerCheckpointBytes);
  }
  const measuredCheckpoints = a.basis === 'current' && c > 0 ? disks.checkpointFilesBytes : null;
  push('vm.avhdx', measuredCheckpoints ?? c * disks.maxSizeBytes);
  push('vm.vhd', disks.sizeBytes);
  if (online) {
    push('vm.recovery-avhdx', (disks.ownSizeBytes * a.sourceWritePercent) / 100);
    push('vm.recovery-xml', s.recoveryXmlBytes);
  }
}
