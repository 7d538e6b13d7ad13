import type { ScenarioInput } from '../engine';
import { BOUNDS } from './inventory-limits';
import type { DiskPreview } from './inventory-types';
import type { ChainLevel, InvDisk } from './inventory-schema';
import type { ValueReader } from './read-value';
import type { VolumeTable } from './volume-table';

type DiskInput = ScenarioInput['vms'][number]['disks'][number];

const VHD_TYPES = new Map([
  ['fixed', 'fixed'],
  ['dynamic', 'dynamic'],
  ['differencing', 'differencing'],
] as const);
const VHD_FORMATS = new Map([
  ['vhd', 'vhd'],
  ['vhdx', 'vhdx'],
  ['vhdset', 'vhdset'],
] as const);

/** A checkpoint's differencing file (`.avhdx`, or `.avhd` for a VHD), as opposed to the VM's own disk. */
const isCheckpointFile = (path: string) => /\.avhdx?$/i.test(path);

export interface DiskContext {
  host: string;
  vm: string;
  read: ValueReader;
  volumes: VolumeTable;
  /** Shared VHDX and VHD Sets seen so far, by path: `host / vm` of the VM that counts each. */
  shared: Map<string, string>;
}

export interface MappedDisk {
  disk: DiskInput;
  preview: DiskPreview;
}

/** The FileSize of these levels added up; undefined (noted) when one cannot be read. */
function fileSizes(levels: ChainLevel[], where: string, read: ValueReader): number | undefined {
  let total: number | undefined = 0;
  for (const level of levels) {
    const size = read.count(level.fileSize, `${level.field}.fileSize`, where);
    total = size === undefined || total === undefined ? undefined : total + size;
  }
  return total;
}

/** A VHD Set's size on disk: its backing files (Get-VHDSet -GetAllPaths) added up; none listed, its own FileSize (noted). */
function setSize(own: ChainLevel, where: string, read: ValueReader): number | undefined {
  if (own.setFiles.length === 0) {
    read.note(where, 'vhdSetMetadata');
    return read.count(own.fileSize, `${own.field}.fileSize`, where);
  }
  let total: number | undefined = 0;
  for (const [i, f] of own.setFiles.entries()) {
    const size = read.count(f.fileSize, `${own.field}.setFiles[${i}].fileSize`, where);
    total = size === undefined || total === undefined ? undefined : total + size;
  }
  return total;
}

/**
 * One drive of a VM → the scenario's disk (inventory.md, Get-VMHardDiskDrive and Get-VHD). The chain
 * runs from the file the VM writes to (the newest checkpoint's .avhdx) down to the VM's own disk and,
 * for a differencing disk, its parents: the .avhdx files are the disk's checkpoint files, every parent
 * level counts in the parent size. A pass-through disk is sized by Get-Disk; a disk Get-VHD could not
 * read is left out (noted); a shared VHDX attached to several VMs counts once, with the first.
 */
export function mapDisk(d: InvDisk, k: number, where: string, ctx: DiskContext): MappedDisk | null {
  const { read } = ctx;
  const diskWhere = `${where} / ${d.path || `disk ${k + 1}`}`;
  const guestRole = k === 0 ? 'system' : 'data';
  const id = `d${k + 1}`;
  if (read.count(d.diskNumber, 'diskNumber', diskWhere) !== undefined) {
    const size = read.count(d.diskSize, 'diskSize', diskWhere);
    if (size === undefined) read.note(diskWhere, 'passthroughSize');
    const label = read.name(d.path || `Disk ${String(d.diskNumber)}`, () => diskWhere);
    const disk: DiskInput = { id, label, kind: 'passthrough', type: 'fixed', maxSizeBytes: size ?? 0, guestRole };
    return { disk, preview: { label, kind: 'passthrough', type: 'fixed', maxSizeBytes: size ?? 0, parentSizeBytes: 0 } };
  }
  if (d.levels.length === 0) {
    read.note(diskWhere, 'vhdFailed', d.error || '—');
    return null;
  }
  const ownIndex = d.levels.findIndex((l) => !isCheckpointFile(l.path));
  const own = d.levels[ownIndex === -1 ? d.levels.length - 1 : ownIndex]!;
  const checkpointLevels = d.levels.slice(0, ownIndex === -1 ? d.levels.length - 1 : ownIndex);
  const parentLevels = ownIndex === -1 ? [] : d.levels.slice(ownIndex + 1);
  const format = read.choice(own.format, VHD_FORMATS, 'vhdx', `${own.field}.vhdFormat`, diskWhere);
  const type = read.choice(own.type, VHD_TYPES, 'dynamic', `${own.field}.vhdType`, diskWhere);
  const shared = d.shared || format === 'vhdset';
  const path = own.path || d.path;
  if (shared) {
    const key = path.toLowerCase();
    const first = ctx.shared.get(key);
    if (first !== undefined) {
      read.note(diskWhere, 'sharedCounted', path, '', first);
      return null;
    }
    ctx.shared.set(key, `${ctx.host} / ${ctx.vm}`);
  }
  const maxSizeBytes = read.required(own.size, `${own.field}.size`, diskWhere, format === 'vhd' ? BOUNDS.vhd : BOUNDS.vhdx);
  const fileSizeBytes = format === 'vhdset' ? setSize(own, diskWhere, read) : read.count(own.fileSize, `${own.field}.fileSize`, diskWhere);
  const { totals } = d;
  const checkpointFilesBytes = totals
    ? read.count(totals.checkpointFilesBytes, 'checkpointFilesBytes', diskWhere)
    : fileSizes(checkpointLevels, diskWhere, read);
  let parentSizeBytes = 0;
  if (type === 'differencing') {
    if (totals) {
      parentSizeBytes = read.count(totals.parentSize, totals.firstParentOnly ? 'vhd.parentSize' : 'parentSize', diskWhere) ?? 0;
      if (totals.firstParentOnly) read.note(diskWhere, 'firstParentOnly');
    } else {
      parentSizeBytes = fileSizes(parentLevels, diskWhere, read) ?? 0;
      if (parentLevels.length === 0 && d.chainError === '') read.note(diskWhere, 'chainPartial', path);
    }
  }
  if (d.chainError !== '') read.note(diskWhere, 'chainPartial', d.chainError);
  const volume = ctx.volumes.of(path, ctx.host, diskWhere);
  const label = read.name(path.split('\\').pop() || id, () => diskWhere);
  const kind = shared ? 'shared-vhdx' : format === 'vhd' ? 'vhd' : 'vhdx';
  const disk: DiskInput = { id, label, kind, type, maxSizeBytes, fileSizeBytes, parentSizeBytes, checkpointFilesBytes, volumeId: volume.id, guestRole };
  const preview: DiskPreview = { label, kind, type, maxSizeBytes, fileSizeBytes, parentSizeBytes, checkpointFilesBytes, volume: volume.id };
  return { disk, preview };
}
