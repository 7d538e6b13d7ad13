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

  const uniqueIds = (items: readonly { id: string }[], listPath: (string | number)[]) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, i);
      else add([...listPath, i, 'id'], { code: 'duplicate-id', id: item.id, firstPath: formatPath([...listPath, seen]) });
    });
    return first;
  };

  const volumeIds = uniqueIds(s.volumes, ['volumes']);
  const vmIds = uniqueIds(s.vms, ['vms']);
  uniqueIds(s.jobs, ['jobs']);

  const checkVolume = (volumeId: string, path: (string | number)[]) => {
    if (!volumeIds.has(volumeId)) add(path, { code: 'unknown-ref', id: volumeId, list: 'volumes' });
  };

  if (s.host.systemVolumeId !== undefined) checkVolume(s.host.systemVolumeId, ['host', 'systemVolumeId']);
  if ((s.host.topology === 'standalone' || s.host.topology === 'standalone-share') && s.host.nodes !== 1) {
    add(['host', 'nodes'], { code: 'standalone-nodes' });
  }

  s.volumes.forEach((v, i) => {
    if (v.freeBytes !== undefined && v.capacityBytes !== undefined && v.freeBytes > v.capacityBytes) {
      add(['volumes', i, 'freeBytes'], { code: 'not-above', other: 'capacityBytes' });
    }
  });

  s.vms.forEach((vm, i) => {
    const at = ['vms', i];
    checkVolume(vm.volumeId, [...at, 'volumeId']);
    if (vm.memoryInUseBytes !== undefined && vm.memoryInUseBytes > vm.memoryBytes) {
      add([...at, 'memoryInUseBytes'], { code: 'not-above', other: 'memoryBytes' });
    }
    if (vm.checkpoints.standard + vm.checkpoints.production > LIMITS.checkpointsPerVm) {
      add([...at, 'checkpoints'], { code: 'checkpoints-total', max: LIMITS.checkpointsPerVm });
    }
    uniqueIds(vm.disks, [...at, 'disks']);
    vm.disks.forEach((disk, d) => {
      const diskAt = [...at, 'disks', d];
      if (isFileBacked(disk.kind)) {
        if (disk.volumeId === undefined) add([...diskAt, 'volumeId'], { code: 'volume-required', kind: disk.kind });
        else checkVolume(disk.volumeId, [...diskAt, 'volumeId']);
      } else if (disk.volumeId !== undefined) {
        add([...diskAt, 'volumeId'], { code: 'volume-forbidden', kind: disk.kind });
      }
      const maxBytes = disk.kind === 'vhd' ? LIMITS.vhdMaxBytes : isFileBacked(disk.kind) ? LIMITS.vhdxMaxBytes : undefined;
      if (maxBytes !== undefined && disk.maxSizeBytes > maxBytes) {
        add([...diskAt, 'maxSizeBytes'], { code: 'disk-too-big', kind: disk.kind, maxBytes });
      }
      if (disk.guestUsedBytes !== undefined && disk.guestUsedBytes > disk.maxSizeBytes) {
        add([...diskAt, 'guestUsedBytes'], { code: 'not-above', other: 'maxSizeBytes' });
      }
    });
  });

  s.jobs.forEach((job, j) => {
    const listed = new Set<string>();
    job.include.vmIds.forEach((vmId, k) => {
      const path = ['jobs', j, 'include', 'vmIds', k];
      if (!vmIds.has(vmId)) add(path, { code: 'unknown-ref', id: vmId, list: 'vms' });
      else if (listed.has(vmId)) add(path, { code: 'duplicate-vm-in-job', id: vmId });
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
