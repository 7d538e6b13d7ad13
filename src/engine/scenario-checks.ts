import { LIMITS } from './limits';
import type { ProblemCode } from './problem-messages';
import { checkScenarioTotals } from './scenario-counts';
import { isFileBacked, type Scenario } from './scenario-schema';

export interface RawProblem {
  path: (string | number)[];
  problem: ProblemCode;
}

/**
 * The rules of formats.md that relate one field to another: unique ids in every list, references
 * that resolve, a job listing a VM once, bounds that depend on a sibling (freeBytes ≤ capacity, …).
 */
export function checkScenarioReferences(s: Scenario): RawProblem[] {
  const problems: RawProblem[] = [];
  const add = (path: (string | number)[], problem: ProblemCode) => problems.push({ path, problem });

  const uniqueIds = (items: readonly { id: string }[], listPath: () => (string | number)[]) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, i);
      else add([...listPath(), i, 'id'], { code: 'duplicate-id', id: item.id, firstPath: formatPath([...listPath(), seen]) });
    });
    return first;
  };
  /** A VM's few disks: compared pairwise, without a map for each of thousands of VMs. */
  const uniqueDiskIds = (disks: readonly { id: string }[], listPath: () => (string | number)[]) => {
    for (let d = 1; d < disks.length; d++) {
      const seen = disks.findIndex((other, k) => k < d && other.id === disks[d]!.id);
      if (seen >= 0) add([...listPath(), d, 'id'], { code: 'duplicate-id', id: disks[d]!.id, firstPath: formatPath([...listPath(), seen]) });
    }
  };

  const volumeIds = uniqueIds(s.volumes, () => ['volumes']);
  const vmIds = uniqueIds(s.vms, () => ['vms']);
  uniqueIds(s.jobs, () => ['jobs']);
  const unknownVolume = (id: string): ProblemCode => ({ code: 'unknown-ref', id, list: 'volumes' });

  if (s.host.systemVolumeId !== undefined && !volumeIds.has(s.host.systemVolumeId)) add(['host', 'systemVolumeId'], unknownVolume(s.host.systemVolumeId));
  if ((s.host.topology === 'standalone' || s.host.topology === 'standalone-share') && s.host.nodes !== 1) {
    add(['host', 'nodes'], { code: 'standalone-nodes' });
  }

  s.volumes.forEach((v, i) => {
    if (v.freeBytes !== undefined && v.capacityBytes !== undefined && v.freeBytes > v.capacityBytes) {
      add(['volumes', i, 'freeBytes'], { code: 'not-above', other: 'capacityBytes' });
    }
  });

  // Paths are made only for a problem: a scenario of 8,000 VMs is checked on every keystroke.
  s.vms.forEach((vm, i) => {
    if (!volumeIds.has(vm.volumeId)) add(['vms', i, 'volumeId'], unknownVolume(vm.volumeId));
    if (vm.memoryInUseBytes !== undefined && vm.memoryInUseBytes > vm.memoryBytes) {
      add(['vms', i, 'memoryInUseBytes'], { code: 'not-above', other: 'memoryBytes' });
    }
    if (vm.checkpoints.standard + vm.checkpoints.production > LIMITS.checkpointsPerVm) {
      add(['vms', i, 'checkpoints'], { code: 'checkpoints-total', max: LIMITS.checkpointsPerVm });
    }
    uniqueDiskIds(vm.disks, () => ['vms', i, 'disks']);
    vm.disks.forEach((disk, d) => {
      if (isFileBacked(disk.kind)) {
        if (disk.volumeId === undefined) add(['vms', i, 'disks', d, 'volumeId'], { code: 'volume-required', kind: disk.kind });
        else if (!volumeIds.has(disk.volumeId)) add(['vms', i, 'disks', d, 'volumeId'], unknownVolume(disk.volumeId));
      } else if (disk.volumeId !== undefined) {
        add(['vms', i, 'disks', d, 'volumeId'], { code: 'volume-forbidden', kind: disk.kind });
      }
      const maxBytes = disk.kind === 'vhd' ? LIMITS.vhdMaxBytes : isFileBacked(disk.kind) ? LIMITS.vhdxMaxBytes : undefined;
      if (maxBytes !== undefined && disk.maxSizeBytes > maxBytes) {
        add(['vms', i, 'disks', d, 'maxSizeBytes'], { code: 'disk-too-big', kind: disk.kind, maxBytes });
      }
      if (disk.guestUsedBytes !== undefined && disk.guestUsedBytes > disk.maxSizeBytes) {
        add(['vms', i, 'disks', d, 'guestUsedBytes'], { code: 'not-above', other: 'maxSizeBytes' });
      }
    });
  });

  s.jobs.forEach((job, j) => {
    const listed = new Set<string>();
    job.include.vmIds.forEach((vmId, k) => {
      if (!vmIds.has(vmId)) add(['jobs', j, 'include', 'vmIds', k], { code: 'unknown-ref', id: vmId, list: 'vms' });
      else if (listed.has(vmId)) add(['jobs', j, 'include', 'vmIds', k], { code: 'duplicate-vm-in-job', id: vmId });
      listed.add(vmId);
    });
    if (job.destination.kind === 'guest-disk' && job.method !== 'wsb-guest') {
      add(['jobs', j, 'destination', 'kind'], { code: 'guest-disk-method' });
    }
  });

  // Forms validate with the schema alone, without parseScenario's count pass before it.
  problems.push(...checkScenarioTotals(s));
  return problems;
}

/** `['vms', 3, 'disks', 0, 'maxSizeBytes']` → `vms[3].disks[0].maxSizeBytes`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'scenario' : out;
}
