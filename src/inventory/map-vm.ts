import { LIMITS, type ScenarioInput } from '../engine';
import { BOUNDS } from './inventory-limits';
import type { ValueReader } from './read-value';
import type { VolumeTable } from './volume-table';

type Raw = Record<string, unknown>;
type VmInput = ScenarioInput['vms'][number];
type DiskInput = VmInput['disks'][number];

/** Thrown where ConvertTo-Json left a type name in place of an object (too small a -Depth). */
export class Truncated extends Error {}

/** A list that ConvertTo-Json may have written as a single object, or not at all. */
export function list(v: unknown): Raw[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') throw new Truncated();
  return (Array.isArray(v) ? v : [v]).map((x) => {
    if (typeof x !== 'object' || x === null) throw new Truncated();
    return x as Raw;
  });
}

function obj(v: unknown): Raw | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw new Truncated();
  return v as Raw;
}

export const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/**
 * Enum values as the collector writes them: names, or the numbers of Hyper-V's enums. Maps, not
 * object literals, so that "constructor" or "__proto__" is an unknown value like any other.
 */
const STATE_BY_NUMBER = new Map([
  [2, 'Running'],
  [3, 'Off'],
  [6, 'Saved'],
  [9, 'Paused'],
]);
const STATES: ReadonlyMap<string, 'running' | 'off' | 'saved' | 'paused'> = new Map([
  ['running', 'running'],
  ['off', 'off'],
  ['saved', 'saved'],
  ['paused', 'paused'],
] as const);
const STOP_BY_NUMBER = new Map([
  [0, 'TurnOff'],
  [1, 'Save'],
  [2, 'ShutDown'],
]);
const STOPS = new Map([
  ['save', 'save'],
  ['shutdown', 'shutdown'],
  ['turnoff', 'turn-off'],
] as const);
const VHD_TYPE_BY_NUMBER = new Map([
  [2, 'Fixed'],
  [3, 'Dynamic'],
  [4, 'Differencing'],
]);
const VHD_TYPES = new Map([
  ['fixed', 'fixed'],
  ['dynamic', 'dynamic'],
  ['differencing', 'differencing'],
] as const);
const VHD_FORMAT_BY_NUMBER = new Map([
  [2, 'VHD'],
  [3, 'VHDX'],
  [4, 'VHDSet'],
]);
const VHD_FORMATS = new Map([
  ['vhd', 'vhd'],
  ['vhdx', 'vhdx'],
  ['vhdset', 'vhdset'],
] as const);

function enumName(v: unknown, byNumber: ReadonlyMap<number, string>): string {
  if (typeof v === 'number') return byNumber.get(v) ?? String(v);
  return typeof v === 'string' ? v : '';
}

export interface VmContext {
  host: string;
  id: string;
  read: ValueReader;
  volumes: VolumeTable;
}

function mapDisk(d: Raw, k: number, where: string, { read, volumes }: VmContext): DiskInput | null {
  const diskWhere = `${where} / ${text(d.path) || `disk ${k + 1}`}`;
  const role = k === 0 ? 'system' : 'data';
  const id = `d${k + 1}`;
  if (read.count(d.diskNumber, 'diskNumber', diskWhere) !== undefined) {
    const size = read.count(d.diskSize, 'diskSize', diskWhere);
    if (size === undefined) read.note(diskWhere, 'passthroughSize');
    const label = read.name(text(d.path) || `Disk ${text(d.diskNumber)}`, () => diskWhere);
    return { id, label, kind: 'passthrough', type: 'fixed', maxSizeBytes: size ?? 0, guestRole: role };
  }
  const vhd = obj(d.vhd);
  if (!vhd) {
    read.note(diskWhere, 'vhdFailed', text(d.vhdError) || '—');
    return null;
  }
  const format = read.choice(enumName(vhd.vhdFormat, VHD_FORMAT_BY_NUMBER), VHD_FORMATS, 'vhdx', 'vhdFormat', diskWhere);
  const type = read.choice(enumName(vhd.vhdType, VHD_TYPE_BY_NUMBER), VHD_TYPES, 'dynamic', 'vhdType', diskWhere);
  const shared = d.supportPersistentReservations === true || format === 'vhdset';
  const path = text(vhd.path) || text(d.path);
  return {
    id,
    label: read.name(path.split('\\').pop() || id, () => diskWhere),
    kind: shared ? 'shared-vhdx' : format === 'vhd' ? 'vhd' : 'vhdx',
    type,
    maxSizeBytes: read.required(vhd.size, 'vhd.size', diskWhere, format === 'vhd' ? BOUNDS.vhd : BOUNDS.vhdx),
    fileSizeBytes: read.count(vhd.fileSize, 'vhd.fileSize', diskWhere),
    parentSizeBytes: type === 'differencing' ? (read.count(vhd.parentSize, 'vhd.parentSize', diskWhere) ?? 0) : 0,
    checkpointFilesBytes: read.count(d.checkpointFilesBytes, 'checkpointFilesBytes', diskWhere),
    volumeId: volumes.of(path, diskWhere),
    guestRole: role,
  };
}

/** One VM of a collector file → the scenario's VM; what cannot be mapped is noted, the rest kept. */
export function mapVm(vm: Raw, ctx: VmContext): VmInput {
  const { host, read, volumes } = ctx;
  const name = read.name(text(vm.name), (cut) => `${host} / ${cut}`);
  const where = `${host} / ${name}`;
  const stateName = enumName(vm.state, STATE_BY_NUMBER);
  const state = STATES.get(stateName.toLowerCase());
  if (!state) read.note(where, 'unknownState', stateName);
  const dynamic = vm.dynamicMemoryEnabled === true;
  const memoryBytes = dynamic
    ? read.required(vm.memoryMaximum, 'memoryMaximum', where, BOUNDS.memory)
    : read.required(vm.memoryStartup, 'memoryStartup', where, BOUNDS.memory);
  const assigned = read.count(vm.memoryAssigned, 'memoryAssigned', where, BOUNDS.memory);
  const configPath = text(vm.configurationLocation) || text(vm.path);
  const snapshots = obj(vm.snapshots);
  const listed = list(vm.disks);
  const vfc = Array.isArray(vm.fibreChannel) ? vm.fibreChannel.length > 0 : vm.fibreChannel === true;
  const room = LIMITS.disksPerVm - (vfc ? 1 : 0);
  if (listed.length > room) read.note(where, 'tooManyVmDisks', String(room));
  const disks: DiskInput[] = [];
  listed.slice(0, room).forEach((d, k) => {
    const disk = mapDisk(d, k, where, ctx);
    if (disk) disks.push(disk);
  });
  if (vfc) {
    read.note(where, 'vfcUnknownSize');
    // Numbered after every listed disk, also those left out, so that the ids stay unique.
    disks.push({ id: `d${listed.length + 1}`, label: 'vFC', kind: 'vfc', type: 'fixed', maxSizeBytes: 0, guestRole: 'data' });
  }
  const version = text(vm.version).trim();
  if (version !== '' && !/^\d+\.\d+$/.test(version)) read.note(where, 'unknownValue', version, 'version', '10.0');
  return {
    id: ctx.id,
    name,
    configVersion: /^\d+\.\d+$/.test(version) ? version : '10.0',
    generation: read.generation(vm.generation, where),
    state: state ?? 'running',
    memoryBytes,
    memoryInUseBytes: assigned !== undefined && assigned <= memoryBytes ? assigned : undefined,
    volumeId: volumes.of(configPath || 'C:\\', where),
    checkpoints: {
      standard: read.count(snapshots?.standard, 'snapshots.standard', where, BOUNDS.checkpoints) ?? 0,
      production: read.count(snapshots?.production, 'snapshots.production', where, BOUNDS.checkpoints) ?? 0,
    },
    onlineBackup: vm.backupIntegrationEnabled !== false,
    automaticStopAction: read.choice(enumName(vm.automaticStopAction, STOP_BY_NUMBER), STOPS, 'save', 'automaticStopAction', where),
    disks,
  };
}
