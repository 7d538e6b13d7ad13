import { formatBytes, LIMITS, TiB, type Lang, type ScenarioInput } from '../engine';
import { BOUNDS } from './inventory-limits';
import type { DiskPreview, InUseReason, MemoryReason, VmPreview } from './inventory-types';
import type { InvVm } from './inventory-schema';
import { countCheckpoints } from './map-checkpoints';
import { mapDisk } from './map-disk';
import type { ValueReader } from './read-value';
import type { VolumeTable } from './volume-table';

type VmInput = ScenarioInput['vms'][number];
type DiskInput = VmInput['disks'][number];

const STATES: ReadonlyMap<string, VmInput['state'] & string> = new Map([
  ['running', 'running'],
  ['off', 'off'],
  ['saved', 'saved'],
  ['paused', 'paused'],
] as const);
const STOPS = new Map([
  ['save', 'save'],
  ['shutdown', 'shutdown'],
  ['turnoff', 'turn-off'],
] as const);

/** Get-VM ReplicationMode of a VM that Hyper-V Replica keeps as a copy of another host's VM. */
const REPLICA_MODES = new Set(['replica', 'extendedreplica']);

export const isReplica = (vm: InvVm) => REPLICA_MODES.has(vm.replicationMode.trim().toLowerCase());

export interface VmContext {
  host: string;
  id: string;
  read: ValueReader;
  volumes: VolumeTable;
  lang: Lang;
  /** The most memory a VM of this host can be given (the host's physical memory), when the file says. */
  memoryCap?: number;
  /** Shared VHDX and VHD Sets seen so far, by path (see mapDisk). */
  shared: Map<string, string>;
}

export interface MappedVm {
  vm: VmInput;
  preview: VmPreview;
  /** Some checkpoint was counted as production because its saved state holds no memory. */
  byEmptySavedState: boolean;
  /** A shared VHDX or VHD Set is attached, whether it is counted with this VM or another. */
  sharedDisk: boolean;
}

interface Memory {
  memoryBytes: number;
  memoryReason: MemoryReason;
  memoryMaximumBytes?: number;
}

/**
 * The memory a VM is sized with (inventory.md, memory): startup memory when static; with Dynamic
 * Memory the maximum, capped by the host's physical memory, since Hyper-V's default maximum (1 TiB)
 * is more than any host gives a VM. Without the host's memory (version 1), a maximum of 1 TiB or
 * more is taken as it is, with a note asking for the real figure.
 */
function memoryOf(vm: InvVm, where: string, ctx: VmContext): Memory {
  const { read, lang, memoryCap } = ctx;
  if (!vm.dynamicMemory) return { memoryBytes: read.required(vm.memoryStartup, 'memoryStartup', where, BOUNDS.memory), memoryReason: 'static' };
  const maximum = read.required(vm.memoryMaximum, 'memoryMaximum', where);
  let memory: Memory;
  if (memoryCap !== undefined && memoryCap > 0 && maximum > memoryCap) {
    read.note(where, 'memoryCapped', formatBytes(maximum, lang), '', formatBytes(memoryCap, lang));
    memory = { memoryBytes: memoryCap, memoryReason: 'dynamic-capped', memoryMaximumBytes: maximum };
  } else if (memoryCap === undefined && maximum >= TiB) {
    read.note(where, 'memoryUncapped', formatBytes(maximum, lang));
    memory = { memoryBytes: maximum, memoryReason: 'dynamic-uncapped' };
  } else memory = { memoryBytes: maximum, memoryReason: 'dynamic-maximum' };
  // Above Hyper-V's own limit it is a typo, noted and set to 0 like any value out of bounds.
  if (memory.memoryBytes > BOUNDS.memory.max) memory.memoryBytes = read.required(memory.memoryBytes, 'memoryMaximum', where, BOUNDS.memory);
  return memory;
}

/**
 * Memory in use (the current basis): MemoryAssigned of a running or paused VM. A saved VM's memory is
 * on disk and MemoryAssigned is 0, so it gets none (the current basis falls back to its memory), as
 * does a VM that is off: never 0.
 */
function inUseOf(vm: InvVm, state: VmInput['state'] | undefined, memoryBytes: number, where: string, read: ValueReader, lang: Lang) {
  const assigned = read.count(vm.memoryAssigned, 'memoryAssigned', where, BOUNDS.memory);
  if (state === 'saved' || state === 'off') return { inUseReason: state as InUseReason };
  if (assigned === undefined || assigned === 0) return { inUseReason: 'none' as const };
  if (assigned > memoryBytes) {
    read.note(where, 'assignedOverMax', formatBytes(assigned, lang), '', formatBytes(memoryBytes, lang));
    return { inUseReason: 'none' as const };
  }
  return { memoryInUseBytes: assigned, inUseReason: 'assigned' as const };
}

/** One VM of a collector file → the scenario's VM and its preview row; what cannot be mapped is noted, the rest kept. */
export function mapVm(vm: InvVm, ctx: VmContext): MappedVm {
  const { host, read, volumes } = ctx;
  const name = read.name(vm.name, (cut) => `${host} / ${cut}`);
  const where = `${host} / ${name}`;
  const state = STATES.get(vm.state.trim().toLowerCase());
  if (!state) read.note(where, 'unknownState', vm.state);
  const memory = memoryOf(vm, where, ctx);
  const inUse = inUseOf(vm, state, memory.memoryBytes, where, read, ctx.lang);
  const room = LIMITS.disksPerVm - (vm.fibreChannel ? 1 : 0);
  if (vm.disks.length > room) read.note(where, 'tooManyVmDisks', String(room));
  const disks: DiskInput[] = [];
  const diskRows: DiskPreview[] = [];
  vm.disks.slice(0, room).forEach((d, k) => {
    const mapped = mapDisk(d, k, where, { host, vm: name, read, volumes: ctx.volumes, shared: ctx.shared });
    if (!mapped) return;
    disks.push(mapped.disk);
    diskRows.push(mapped.preview);
  });
  if (vm.fibreChannel) {
    read.note(where, 'vfcUnknownSize');
    // Numbered after every listed disk, also those left out, so that the ids stay unique.
    const vfc = { id: `d${vm.disks.length + 1}`, label: 'vFC', kind: 'vfc', type: 'fixed', maxSizeBytes: 0, guestRole: 'data' } as const;
    disks.push(vfc);
    diskRows.push({ label: vfc.label, kind: vfc.kind, type: vfc.type, maxSizeBytes: 0, parentSizeBytes: 0 });
  }
  const version = vm.version.trim();
  if (version !== '' && !/^\d+\.\d+$/.test(version)) read.note(where, 'unknownValue', version, 'version', '10.0');
  const { counts, byEmptySavedState } = countCheckpoints(vm, where, read, ctx.lang);
  const volume = volumes.of(vm.configurationPath || 'C:\\', host, where);
  const scenarioVm: VmInput = {
    id: ctx.id,
    name,
    configVersion: /^\d+\.\d+$/.test(version) ? version : '10.0',
    generation: read.generation(vm.generation, where),
    state: state ?? 'running',
    memoryBytes: memory.memoryBytes,
    memoryInUseBytes: inUse.memoryInUseBytes,
    volumeId: volume.id,
    checkpoints: { standard: counts.standard, production: counts.production },
    onlineBackup: vm.backupIntegration,
    automaticStopAction: read.choice(vm.automaticStopAction, STOPS, 'save', 'automaticStopAction', where),
    disks,
  };
  const preview: VmPreview = {
    host,
    name,
    state: scenarioVm.state,
    included: true,
    replica: isReplica(vm),
    ...memory,
    ...inUse,
    volume: volume.id,
    disks: diskRows,
    checkpoints: counts,
  };
  return { vm: scenarioVm, preview, byEmptySavedState, sharedDisk: vm.disks.some((d) => d.shared || d.levels[0]?.format.toLowerCase() === 'vhdset') };
}
