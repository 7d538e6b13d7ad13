import type { ResolvedAssumptions } from './assumptions';
import { COLUMN_TABLE, configColumnOf, type ConfigColumn } from './config-column';
import type { FileSizes } from './file-size-table';
import type { JobLineItem } from './estimate-types';
import { isFileBacked, type Disk, type Vm } from './scenario-schema';
import type { Placement } from './findings';
import type { VmVolumeTerms } from './source-volumes';

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

/** The methods that take a VM's files (WSB in the guest takes its volumes instead). */
export const FILE_SET_METHODS = ['wsb-host', 'export', 'file-copy'] as const;
export type FileSetMethod = (typeof FILE_SET_METHODS)[number];

/** Where a VM's file set for a method was first written: a range of that job's line items. */
export interface FileSetRange {
  list: readonly JobLineItem[];
  start: number;
  end: number;
}

/** What the engine needs of one VM, worked out once per estimate and shared by every job. */
export interface VmFacts {
  vm: Vm;
  /** The VM's place in the scenario's list: per-VM marks of an estimate are arrays by this index. */
  index: number;
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
  fileSets: Partial<Record<FileSetMethod, FileSetRange>>;
  /** The growth factor of the measured sizes these facts were worked out with (1: as measured). */
  factor: number;
  /** What the VM adds to source volumes' free space, filled on first use (source-volumes.ts). */
  volumeTerms?: VmVolumeTerms;
  /** The kinds of volume the VM lives on, filled on first use (findings.ts). */
  placement?: Placement;
}

/**
 * A measured size grown by `factor` and held at its cap (time-and-restore.md §1): one at or above the
 * cap stays as measured. Factor 1 is the estimate itself; the projection sizes later months with more.
 */
export function grown(x: number | undefined, cap: number, factor: number): number | undefined {
  return x === undefined || factor === 1 || x >= cap ? x : Math.min(cap, x * factor);
}

/** A disk's size for the file set: maxSizeBytes (basis current: fileSizeBytes) + parent (表1.1); parents never grow. */
export function diskSizeBytes(disk: Disk, current: boolean, factor = 1): number {
  return ownSizeBytes(disk, current, factor) + (disk.type === 'differencing' ? disk.parentSizeBytes : 0);
}

export function ownSizeBytes(disk: Disk, current: boolean, factor = 1): number {
  return current && disk.fileSizeBytes !== undefined ? grown(disk.fileSizeBytes, disk.maxSizeBytes, factor)! : disk.maxSizeBytes;
}

function emptySet(): DiskSetFacts {
  return { maxSizeBytes: 0, sizeBytes: 0, ownSizeBytes: 0, checkpointFilesBytes: 0 };
}

function clear(set: DiskSetFacts): void {
  set.maxSizeBytes = set.sizeBytes = set.ownSizeBytes = 0;
  set.checkpointFilesBytes = 0;
}

/** `checkpoints`: the VM's count, which caps how far its checkpoint files can grow (C × max). */
function addDisk(set: DiskSetFacts, disk: Disk, current: boolean, factor: number, checkpoints: number): void {
  set.maxSizeBytes += disk.maxSizeBytes;
  set.sizeBytes += diskSizeBytes(disk, current, factor);
  set.ownSizeBytes += ownSizeBytes(disk, current, factor);
  const measured = grown(disk.checkpointFilesBytes, checkpoints * disk.maxSizeBytes, factor);
  set.checkpointFilesBytes = set.checkpointFilesBytes === null || measured === undefined ? null : set.checkpointFilesBytes + measured;
}

/** Works out the sums of the VM's disk sets, with its measured sizes grown by `factor` (in place). */
export function fillDiskSets(f: VmFacts, current: boolean, factor: number): void {
  const all = f.allDisks;
  const exported = f.exportDisks;
  clear(all);
  clear(exported);
  for (const disk of f.fileBackedDisks) {
    addDisk(all, disk, current, factor, f.checkpoints);
    if (exported !== all && disk.kind !== 'shared-vhdx') addDisk(exported, disk, current, factor, f.checkpoints);
  }
  f.factor = factor;
}

export function vmFactsOf(vm: Vm, index: number, a: ResolvedAssumptions): VmFacts {
  const current = a.basis === 'current';
  const column = configColumnOf(vm.configVersion);
  // Version 5.0 has standard checkpoints only: a production count is sized as standard (表1.4).
  const standard = column === '5.0' ? vm.checkpoints.standard + vm.checkpoints.production : vm.checkpoints.standard;
  const production = column === '5.0' ? 0 : vm.checkpoints.production;
  const memBytes = current && vm.memoryInUseBytes !== undefined ? vm.memoryInUseBytes : vm.memoryBytes;
  let fileBacked = 0;
  let hasSharedVhdx = false;
  let hasDifferencingFile = false;
  for (const disk of vm.disks) {
    if (!isFileBacked(disk.kind)) continue;
    fileBacked++;
    if (disk.kind === 'shared-vhdx') hasSharedVhdx = true;
    else if (disk.type === 'differencing') hasDifferencingFile = true;
  }
  // Most VMs have only file-backed disks and no shared VHDX: share the lists rather than copy them.
  const hasNonFileDisk = fileBacked !== vm.disks.length;
  const allDisks = emptySet();
  const f: VmFacts = {
    vm,
    index,
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
    exportDisks: hasSharedVhdx ? emptySet() : allDisks,
    fileBackedDisks: hasNonFileDisk ? vm.disks.filter((d) => isFileBacked(d.kind)) : vm.disks,
    hasSharedVhdx,
    hasNonFileDisk,
    hasDifferencingFile,
    fileSets: {},
    factor: 1,
    volumeTerms: undefined,
    placement: undefined,
  };
  fillDiskSets(f, current, 1);
  return f;
}

/**
 * A copy of the facts for the projection's later months, to be regrown month by month with
 * `fillDiskSets`: nothing but the disk sums changes with growth, and every month sizes every VM.
 */
export function growingCopy(f: VmFacts): VmFacts {
  const allDisks = emptySet();
  return { ...f, allDisks, exportDisks: f.hasSharedVhdx ? emptySet() : allDisks, fileSets: {}, volumeTerms: undefined, placement: undefined };
}
