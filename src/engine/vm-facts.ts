import type { ResolvedAssumptions } from './assumptions';
import { COLUMN_TABLE, configColumnOf, type ConfigColumn } from './config-column';
import type { FileSizes } from './file-size-table';
import type { JobLineItem } from './estimate-types';
import { isFileBacked, type Disk, type Vm } from './scenario-schema';

/** Sums over one set of a VM's file-backed disks (sizing-rules.md §1). */
export interface DiskSetFacts {
  /** Dmax: Σ maxSizeBytes. */
  maxSizeBytes: number;
  /** Σ disk size: max (or measured file) size, plus the parent of a differencing disk. */
  sizeBytes: number;
  /** Σ own size: max (or measured file) size, no parent: what a checkpoint can grow to. */
  ownSizeBytes: number;
  /** Σ checkpointFilesBytes, or null when any disk of the set does not give it. */
  checkpointFilesBytes: number | null;
}

/** What the engine needs of one VM, worked out once per estimate and shared by every job. */
export interface VmFacts {
  vm: Vm;
  column: ConfigColumn;
  /** 表1.1–表1.4: the source of every vm.* line item of this VM. */
  table: string;
  sizes: Required<FileSizes>;
  standard: number;
  production: number;
  /** C = standard + production. */
  checkpoints: number;
  memBytes: number;
  /** mem × (1 + α/100): exact, rounded only in the line items. */
  memStateBytes: number;
  running: boolean;
  /** Every file-backed disk (vhdx, vhd, shared-vhdx). */
  allDisks: DiskSetFacts;
  /** Without shared-vhdx: what export and file copy take. */
  exportDisks: DiskSetFacts;
  fileBackedDisks: readonly Disk[];
  hasSharedVhdx: boolean;
  hasNonFileDisk: boolean;
  hasDifferencingFile: boolean;
  /** The file set per method, filled on first use by the jobs of this estimate. */
  fileSets: Partial<Record<'wsb-host' | 'export' | 'file-copy', JobLineItem[]>>;
  /** The restore size R per method (time-and-restore.md §3), filled on first use. */
  restoreBytes: Partial<Record<'wsb-host' | 'export' | 'file-copy', number>>;
}

/** A disk's size for the file set: maxSizeBytes (basis current: fileSizeBytes) + parent (表1.1). */
export function diskSizeBytes(disk: Disk, current: boolean): number {
  return ownSizeBytes(disk, current) + (disk.type === 'differencing' ? disk.parentSizeBytes : 0);
}

export function ownSizeBytes(disk: Disk, current: boolean): number {
  return current && disk.fileSizeBytes !== undefined ? disk.fileSizeBytes : disk.maxSizeBytes;
}

function emptySet(): DiskSetFacts {
  return { maxSizeBytes: 0, sizeBytes: 0, ownSizeBytes: 0, checkpointFilesBytes: 0 };
}

function addDisk(set: DiskSetFacts, disk: Disk, current: boolean): void {
  set.maxSizeBytes += disk.maxSizeBytes;
  set.sizeBytes += diskSizeBytes(disk, current);
  set.ownSizeBytes += ownSizeBytes(disk, current);
  set.checkpointFilesBytes =
    set.checkpointFilesBytes === null || disk.checkpointFilesBytes === undefined ? null : set.checkpointFilesBytes + disk.checkpointFilesBytes;
}

export function vmFactsOf(vm: Vm, a: ResolvedAssumptions): VmFacts {
  const current = a.basis === 'current';
  const column = configColumnOf(vm.configVersion);
  // Version 5.0 has standard checkpoints only: a production count is sized as standard (表1.4).
  const standard = column === '5.0' ? vm.checkpoints.standard + vm.checkpoints.production : vm.checkpoints.standard;
  const production = column === '5.0' ? 0 : vm.checkpoints.production;
  const memBytes = current && vm.memoryInUseBytes !== undefined ? vm.memoryInUseBytes : vm.memoryBytes;
  const allDisks = emptySet();
  let fileBacked = 0;
  let hasSharedVhdx = false;
  let hasDifferencingFile = false;
  for (const disk of vm.disks) {
    if (disk.kind === 'passthrough' || disk.kind === 'guest-iscsi' || disk.kind === 'vfc') continue;
    fileBacked++;
    addDisk(allDisks, disk, current);
    if (disk.kind === 'shared-vhdx') hasSharedVhdx = true;
    else if (disk.type === 'differencing') hasDifferencingFile = true;
  }
  // Most VMs have only file-backed disks and no shared VHDX: share the lists rather than copy them.
  const hasNonFileDisk = fileBacked !== vm.disks.length;
  const fileBackedDisks = hasNonFileDisk ? vm.disks.filter((d) => isFileBacked(d.kind)) : vm.disks;
  let exportDisks = allDisks;
  if (hasSharedVhdx) {
    exportDisks = emptySet();
    for (const disk of fileBackedDisks) if (disk.kind !== 'shared-vhdx') addDisk(exportDisks, disk, current);
  }
  return {
    vm,
    column,
    table: COLUMN_TABLE[column],
    sizes: a.fileSizes[column],
    standard,
    production,
    checkpoints: standard + production,
    memBytes,
    memStateBytes: memBytes * (1 + a.vmrsOverheadPercent / 100),
    running: vm.state === 'running' || vm.state === 'paused',
    allDisks,
    exportDisks,
    fileBackedDisks,
    hasSharedVhdx,
    hasNonFileDisk,
    hasDifferencingFile,
    fileSets: {},
    restoreBytes: {},
  };
}
