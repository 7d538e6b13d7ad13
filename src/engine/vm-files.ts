import type { ResolvedAssumptions } from './assumptions';
import type { LineItemId } from './estimate-types';
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
 * Receives a VM's line items, bytes already rounded up and never zero: as objects for the estimate,
 * or only their bytes where a sum is all that is needed (every month of the projection).
 */
export type ItemSink = (id: LineItemId, bytes: number) => void;

/** Sinks that want only the sum use the sizing functions' return value. */
export const ignoreItems: ItemSink = () => undefined;

function pushItem(out: ItemSink, id: LineItemId, exact: number): number {
  const bytes = ceilBytes(exact);
  if (bytes > 0) out(id, bytes);
  return bytes;
}

/**
 * The VM's file set as line items, bytes rounded up, zeros left out (表1.1–表1.4, §1.3(3)).
 * Export and file copy leave shared-vhdx disks out; recovery files only for an online WSB backup.
 * Returns their sum.
 */
export function sizeVmFiles(f: VmFacts, method: Method, a: ResolvedAssumptions, out: ItemSink): number {
  const s = f.sizes;
  const c = f.checkpoints;
  const captured = isMemoryCaptured(f, method);
  const disks = method === 'export' || method === 'file-copy' ? f.exportDisks : f.allDisks;
  let total = 0;

  if (f.column === '5.0') {
    total += pushItem(out, 'vm.config-xml', s.configXmlBytes + c * s.configXmlPerCheckpointBytes);
    total += pushItem(out, 'vm.bin', (captured ? f.memBytes : 0) + c * f.memBytes);
    total += pushItem(out, 'vm.vsv', (captured ? s.vsvBytes : 0) + c * s.vsvPerCheckpointBytes);
  } else {
    total += pushItem(out, 'vm.vmcx', s.vmcxBytes + c * s.vmcxPerCheckpointBytes);
    const vmrsBase = captured ? f.memStateBytes : s.vmrsOfflineBytes;
    total += pushItem(out, 'vm.vmrs', vmrsBase + f.standard * f.memStateBytes + f.production * s.vmrsPerProductionCheckpointBytes);
    if (f.column !== '8.0') total += pushItem(out, 'vm.vmgs', s.vmgsBytes + c * s.vmgsPerCheckpointBytes);
  }
  const measuredCheckpoints = a.basis === 'current' && c > 0 ? disks.checkpointFilesBytes : null;
  total += pushItem(out, 'vm.avhdx', measuredCheckpoints ?? c * disks.maxSizeBytes);
  total += pushItem(out, 'vm.vhd', disks.sizeBytes);
  if (isOnlineBackup(f, method)) {
    total += pushItem(out, 'vm.recovery-avhdx', (disks.ownSizeBytes * a.sourceWritePercent) / 100);
    total += pushItem(out, 'vm.recovery-xml', s.recoveryXmlBytes);
  }
  return total;
}
