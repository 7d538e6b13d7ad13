import { GiB, LIMITS, MiB, SCENARIO_FORMAT } from '../../engine';
import { LEGACY_ENUMS as LEGACY } from './frozen-enums';
import { checkCount, LinkTotals } from './link-bounds';
import { LinkDamaged } from './range-coder';

/**
 * Reads the first payload of link version 1 (made until 2026-11-27): the scenario packed as JSON
 * (enums as indexes, VMs and disks as columns and row tables, sizes in MiB or GiB, VM lists as index
 * runs, disk labels as templates of the VM name), then deflate-raw. Links made then must keep
 * opening (formats.md); new links use the binary payload of scenario-coder.ts.
 */

const enumValue = <T extends string>(values: readonly T[], i: unknown): T => {
  const v = values[i as number];
  if (v === undefined) throw new LinkDamaged(`unknown value ${String(i)}`);
  return v;
};

/** Disk labels that repeat the VM's name (`web01.vhdx`, `web01-data.vhdx`) travelled as a form number. */
const LABEL_TEMPLATES = [
  (vm: string) => `${vm}.vhdx`,
  (vm: string, disk: string) => `${vm}-${disk}.vhdx`,
  (vm: string) => `${vm}.vhd`,
  (vm: string, disk: string) => `${vm}-${disk}.vhd`,
] as const;

/** Whole GiB as a negative count, whole MiB as a count, anything else as its byte count in a string. */
const unpackBytes = (v: unknown): number | undefined => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v < 0 ? -v * GiB : v * MiB;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  throw new LinkDamaged('bad size');
};

function unpackLabel(v: unknown, vm: string, disk: string): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') {
    const f = LABEL_TEMPLATES[v];
    if (!f) throw new LinkDamaged('bad label');
    return f(vm, disk);
  }
  return str(v);
}

/**
 * Sorted index lists as runs: [gap, length, gap, length, …]; a job of every VM is [0, n]. Each run
 * is counted before it is built: a few hundred bytes of repeated runs inflate to millions of VMs.
 */
function unpackIndexes(runs: unknown, listed: (n: number) => void): number[] {
  const list = arr(runs);
  const out: number[] = [];
  let end = 0;
  for (let k = 0; k + 1 < list.length; k += 2) {
    const start = end + int(list[k]);
    const len = int(list[k + 1]);
    if (len > 10000) throw new LinkDamaged('bad run');
    listed(len);
    for (let i = 0; i < len; i++) out.push(start + i);
    end = start + len;
  }
  return out;
}

const arr = (v: unknown): unknown[] => {
  if (!Array.isArray(v)) throw new LinkDamaged('expected a list');
  return v;
};
const int = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new LinkDamaged('expected a whole number');
  return v;
};
const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new LinkDamaged('expected text');
  return v;
};
const opt = <T>(v: unknown, read: (x: unknown) => T): T | undefined => (v === null || v === undefined ? undefined : read(v));

/**
 * Rows of alike fields as a table of distinct rows plus one index per row: a cluster's VMs share a
 * handful of shapes (version, state, memory, disk layout), which then cost a few bits each.
 */
function unpackRows(packed: unknown, width: number): unknown[][] {
  const [distinct, indexes] = arr(packed);
  const table = arr(distinct).map((row) => {
    const r = arr(row);
    if (r.length !== width) throw new LinkDamaged('bad row');
    return r;
  });
  return arr(indexes).map((i) => {
    const row = table[int(i)];
    if (!row) throw new LinkDamaged('bad row index');
    return row;
  });
}

/** A measured file size; at or above its maximum (fixed disks) only the difference, in a list. */
const unpackFile = (v: unknown, max: number): number | undefined => (Array.isArray(v) ? max + (unpackBytes(v[0]) ?? 0) : unpackBytes(v));

/** The packed structure back to a scenario object (validated afterwards like a file). */
export function unpackScenario(packed: unknown): unknown {
  const [name, notes, host, volumes, vmCols, jobs, assumptions] = arr(packed);
  const totals = new LinkTotals();
  checkCount(() => 'volumes', arr(volumes).length, LIMITS.volumesPerScenario);
  checkCount(() => 'jobs', arr(jobs).length, LIMITS.jobsPerScenario);
  const volumeList = arr(volumes).map((raw) => {
    const [id, label, kind, fs, cap, free] = arr(raw);
    return {
      id: str(id),
      label: str(label),
      kind: enumValue(LEGACY.volumeKind, kind),
      fileSystem: enumValue(LEGACY.fileSystem, fs),
      capacityBytes: unpackBytes(cap),
      freeBytes: unpackBytes(free),
    };
  });
  const volId = (v: unknown) => (v === null ? undefined : typeof v === 'number' ? (volumeList[v]?.id ?? String(v)) : str(v));
  const [os, topology, nodes, systemDrive, systemVolume] = arr(host);
  const [ids, namesRaw, inUseRaw, vmRowsRaw, filesRaw, diskRowsRaw] = arr(vmCols);
  const names = arr(namesRaw);
  checkCount(() => 'vms', names.length, LIMITS.vmsPerScenario);
  const inUse = arr(inUseRaw);
  const vmRows = unpackRows(vmRowsRaw, 11);
  const files = arr(filesRaw);
  const diskRows = unpackRows(diskRowsRaw, 10);
  const idList = ids === null ? null : arr(ids);
  if (vmRows.length !== names.length || inUse.length !== names.length || (idList && idList.length !== names.length) || files.length !== diskRows.length) {
    throw new LinkDamaged('bad VM table');
  }
  let nextDisk = 0;
  const vms = names.map((nameRaw, i) => {
    const vmName = str(nameRaw);
    const [version, generation, state, memory, volume, standard, production, online, stop, guest, diskCount] = vmRows[i]!;
    checkCount(() => `vms[${i}].disks`, int(diskCount), LIMITS.disksPerVm);
    totals.addDisks(() => `vms[${i}].disks`, int(diskCount));
    return {
      id: idList ? str(idList[i]) : `vm${i + 1}`,
      name: vmName,
      configVersion: str(version),
      generation,
      state: enumValue(LEGACY.vmState, state),
      memoryBytes: unpackBytes(memory),
      memoryInUseBytes: unpackBytes(inUse[i]),
      volumeId: volId(volume),
      checkpoints: { standard, production },
      onlineBackup: online === 1,
      automaticStopAction: enumValue(LEGACY.stopAction, stop),
      guestOs: enumValue(LEGACY.guestOs, guest),
      disks: Array.from({ length: int(diskCount) }, () => {
        const k = nextDisk++;
        const row = diskRows[k];
        if (!row) throw new LinkDamaged('bad disk table');
        const [id, label, kind, type, max, parent, cp, volumeRef, role, used] = row;
        const diskId = str(id);
        const maxSizeBytes = unpackBytes(max) ?? 0;
        return {
          id: diskId,
          label: unpackLabel(label, vmName, diskId),
          kind: enumValue(LEGACY.diskKind, kind),
          type: enumValue(LEGACY.diskType, type),
          maxSizeBytes,
          fileSizeBytes: unpackFile(files[k], maxSizeBytes),
          parentSizeBytes: unpackBytes(parent),
          checkpointFilesBytes: unpackBytes(cp),
          volumeId: volId(volumeRef),
          guestRole: enumValue(LEGACY.guestRole, role),
          guestUsedBytes: unpackBytes(used),
        };
      }),
    };
  });
  const jobList = arr(jobs).map((raw, j) => {
    const [id, jobName, method, flags, guestVolumes, members, destKind, destLabel, capacity, gens, schedule, change] = arr(raw);
    const list = arr(members);
    const listed = (n: number) => totals.addVmReferences(() => `jobs[${j}].include.vmIds`, n);
    const byIndex = list.every((x) => typeof x === 'number');
    if (!byIndex) listed(list.length);
    const vmIds = byIndex ? unpackIndexes(list, listed).map((i) => vms[i]?.id ?? `#${i}`) : list.map(str);
    return {
      id: str(id),
      name: str(jobName),
      method: enumValue(LEGACY.method, method),
      include: {
        hostSystem: (int(flags) & 1) === 1,
        hyperVSettings: (int(flags) & 2) === 2,
        vmIds,
        guestVolumes: enumValue(LEGACY.guestVolumes, guestVolumes),
      },
      destination: { kind: enumValue(LEGACY.destinationKind, destKind), label: str(destLabel), capacityBytes: unpackBytes(capacity) },
      generations: gens,
      schedule: enumValue(LEGACY.schedule, schedule),
      changePercentPerGeneration: change,
    };
  });
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    name: str(name),
    notes: str(notes),
    host: {
      os: enumValue(LEGACY.hostOs, os),
      topology: enumValue(LEGACY.topology, topology),
      nodes,
      systemDriveBytes: unpackBytes(systemDrive),
      systemVolumeId: opt(systemVolume, volId),
    },
    volumes: volumeList,
    vms,
    jobs: jobList,
    assumptions,
  };
}
