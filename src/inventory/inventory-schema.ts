import * as z from 'zod/mini';

/**
 * The collector's JSON (public/collect-hyperv-inventory.ps1), versions 1 and 2, as zod schemas that
 * end in one shape, the model below, so that the mappers read one shape whatever the version.
 *
 * What the schemas check is the shape: lists and objects where the collector writes them. A string
 * where an object or a list belongs is what ConvertTo-Json leaves at too small a -Depth (a type name
 * such as `Microsoft.HyperV.PowerShell.HardDiskDrive` or `@{standard=0; production=0}`): the caller
 * refuses such a file (see `isTruncation`). Leaves are lenient on purpose: a number may come as text
 * (`"1073741824"`), an enum as its name or its number, a list of one as the object itself (a single VM
 * serializes so) or, from Windows PowerShell 5.1's type data, as `{ "value": [...], "Count": n }`.
 * Numbers stay as written (`unknown`) for ValueReader, which takes them or notes why not, naming the
 * field: a file is never refused for one bad value.
 */

/** Any value, or none: a key the collector did not write reads as undefined. */
const anything = z.optional(z.unknown());

/** A number as a tool wrote it: ValueReader reads it, or notes what it cannot take. */
const num = anything;

const text = z.pipe(
  anything,
  z.transform((v): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '')),
);

/** true / false, or the text PowerShell may write for them; anything else is unknown. */
const flag = z.pipe(
  anything,
  z.transform((v): boolean | undefined => {
    if (typeof v === 'boolean') return v;
    const t = typeof v === 'string' ? v.trim().toLowerCase() : '';
    return t === 'true' ? true : t === 'false' ? false : undefined;
  }),
);

/** An enum as its name, or as the number of Hyper-V's enum (inventory.md: "enums may come as numbers"). */
const enumName = (byNumber: ReadonlyMap<number, string>) =>
  z.pipe(
    anything,
    z.transform((v): string => (typeof v === 'number' ? (byNumber.get(v) ?? String(v)) : typeof v === 'string' ? v : '')),
  );

// Maps, not object literals, so that "constructor" or "__proto__" is an unknown value like any other.
const VM_STATE_NUMBERS = new Map([
  [2, 'Running'],
  [3, 'Off'],
  [6, 'Saved'],
  [9, 'Paused'],
]);
const STOP_ACTION_NUMBERS = new Map([
  [0, 'TurnOff'],
  [1, 'Save'],
  [2, 'ShutDown'],
]);
const VHD_TYPE_NUMBERS = new Map([
  [2, 'Fixed'],
  [3, 'Dynamic'],
  [4, 'Differencing'],
]);
const VHD_FORMAT_NUMBERS = new Map([
  [2, 'VHD'],
  [3, 'VHDX'],
  [4, 'VHDSet'],
]);
/** SnapshotType's numbers are not documented: a number stays a number, read as an unknown type. */
const NO_NUMBERS = new Map<number, string>();

/** A list the collector wrote: a list, a single object, PowerShell 5.1's `{ value, Count }`, or nothing. */
function many<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.optional(z.union([z.null(), z.array(item), z.object({ value: z.array(item) }), item])),
    z.transform((v): z.output<T>[] => {
      if (v === null || v === undefined) return [];
      if (Array.isArray(v)) return v as z.output<T>[];
      const wrapped = v as { value?: unknown };
      return Array.isArray(wrapped.value) ? (wrapped.value as z.output<T>[]) : [v as z.output<T>];
    }),
  );
}

const maybe = <T extends z.ZodMiniType>(item: T) => z.optional(z.nullable(item));

// ——— The model: what the mappers read ———

/** One level of a disk's chain: the file the VM writes to first, then its parents. */
export interface ChainLevel {
  /** The field as the file names it, for notes: `vhd` (version 1) or `chain[0]`. */
  field: string;
  path: string;
  format: string;
  type: string;
  size: unknown;
  fileSize: unknown;
  /** A VHD Set's backing files (Get-VHDSet -GetAllPaths), each with its size. */
  setFiles: { path: string; fileSize?: unknown }[];
}

export interface InvDisk {
  path: string;
  diskNumber: unknown;
  diskSize: unknown;
  /** SupportPersistentReservations: a shared VHDX or VHD Set. */
  shared: boolean;
  /** Get-VHD (or Get-Disk) failed for the disk itself. */
  error: string;
  /** From the drive's file down to the base disk and its parents (version 1: the base disk only). */
  levels: ChainLevel[];
  /** A parent that could not be read: the levels before it are kept. */
  chainError: string;
  /**
   * Totals stated by the file instead of a chain level by level: version 1 (the .avhdx files' total and
   * the first parent's size, as that collector measured them) or a hand-made file (the CSV).
   */
  totals?: { checkpointFilesBytes: unknown; parentSize: unknown; firstParentOnly: boolean };
}

export interface InvCheckpoint {
  name: string;
  /** Get-VMSnapshot SnapshotType: Standard, Recovery, Planned, Missing, Replica, AppConsistentReplica, SyncedReplica. */
  type: string;
  /** The size of the checkpoint's saved-state file (.vmrs, or .bin for configuration version 5.0). */
  savedStateBytes: unknown;
  /** A kind stated by whoever wrote the file (the one-row-per-disk CSV), not measured. */
  stated: '' | 'standard' | 'production';
}

export interface InvVm {
  name: string;
  vmId: string;
  state: string;
  version: string;
  generation: unknown;
  memoryStartup: unknown;
  memoryMaximum: unknown;
  memoryAssigned: unknown;
  dynamicMemory: boolean;
  automaticStopAction: string;
  checkpointType: string;
  configurationPath: string;
  isClustered: boolean;
  replicationMode: string;
  primaryServer: string;
  backupIntegration: boolean;
  fibreChannel: boolean;
  checkpoints: InvCheckpoint[];
  /** Version 1: counts of SnapshotType Standard (`standard`) and Recovery (`production`), as that collector counted. */
  v1Snapshots?: { standard: unknown; production: unknown };
  disks: InvDisk[];
}

export interface InvVolume {
  /** Drive letters, mounted folders and the volume GUID path, each a prefix of the paths on it. */
  paths: string[];
  fileSystem: string;
  driveType: string;
  size: unknown;
  free: unknown;
  /** On a clustered disk (not a CSV): a shared disk of the cluster. */
  clustered: boolean;
}

export interface InvCsv {
  path: string;
  size: unknown;
  free: unknown;
}

export interface InvProblem {
  scope: string;
  target: string;
  step: string;
  message: string;
  vmId: string;
}

export interface InvHost {
  version: 1 | 2;
  computerName: string;
  osCaption: string;
  osVersion: string;
  isClustered: boolean;
  clusterName: string;
  clusterNodes: string[];
  /** Get-VMHost MemoryCapacity, else Win32_ComputerSystem TotalPhysicalMemory; version 1 has neither. */
  hostMemory: unknown;
  systemDrive: string;
  systemDriveBytes: unknown;
  volumes: InvVolume[];
  csvs: InvCsv[];
  problems: InvProblem[];
  /** Each VM as written: parsed one by one (`VM_SCHEMAS`), so one bad VM does not take the file with it. */
  vms: unknown[];
}

// ——— Version 1 ———

const csvSchema = z.pipe(
  z.looseObject({ friendlyVolumeName: text, size: num, freeSpace: num }),
  z.transform((c): InvCsv => ({ path: c.friendlyVolumeName, size: c.size, free: c.freeSpace })),
);

const v1Volume = z.pipe(
  z.looseObject({ path: text, fileSystem: text, size: num, sizeRemaining: num, shared: flag }),
  z.transform((v): InvVolume => ({
    paths: v.path ? [v.path] : [],
    fileSystem: v.fileSystem,
    driveType: '',
    size: v.size,
    free: v.sizeRemaining,
    clustered: v.shared === true,
  })),
);

const vhdFormat = enumName(VHD_FORMAT_NUMBERS);
const vhdType = enumName(VHD_TYPE_NUMBERS);

/** Get-VMHardDiskDrive's part of a disk, the same in both versions. */
const driveFields = { path: text, diskNumber: num, diskSize: num, supportPersistentReservations: flag };
const driveOf = (d: z.output<ReturnType<typeof z.looseObject<typeof driveFields>>>) => ({
  path: d.path,
  diskNumber: d.diskNumber,
  diskSize: d.diskSize,
  shared: d.supportPersistentReservations === true,
});

const v1Disk = z.pipe(
  z.looseObject({
    ...driveFields,
    vhd: maybe(z.looseObject({ path: text, vhdFormat, vhdType, size: num, fileSize: num, parentSize: num })),
    vhdError: text,
    checkpointFilesBytes: num,
  }),
  z.transform((d): InvDisk => ({
    ...driveOf(d),
    error: d.vhd ? '' : d.vhdError || '—',
    levels: d.vhd
      ? [{ field: 'vhd', path: d.vhd.path || d.path, format: d.vhd.vhdFormat, type: d.vhd.vhdType, size: d.vhd.size, fileSize: d.vhd.fileSize, setFiles: [] }]
      : [],
    chainError: '',
    totals: { checkpointFilesBytes: d.checkpointFilesBytes, parentSize: d.vhd?.parentSize, firstParentOnly: true },
  })),
);

const vmCommon = {
  name: text,
  vmId: text,
  state: enumName(VM_STATE_NUMBERS),
  version: text,
  generation: num,
  memoryStartup: num,
  memoryMaximum: num,
  memoryAssigned: num,
  dynamicMemoryEnabled: flag,
  automaticStopAction: enumName(STOP_ACTION_NUMBERS),
  checkpointType: text,
  path: text,
  configurationLocation: text,
  isClustered: flag,
  backupIntegrationEnabled: flag,
  /** SanNames (version 2), HBA objects or `true` (older files): any entry means vFC disks. */
  fibreChannel: anything,
};

type VmCommon = z.output<ReturnType<typeof z.looseObject<typeof vmCommon>>>;

function commonVm(vm: VmCommon): Omit<InvVm, 'checkpoints' | 'disks' | 'replicationMode' | 'primaryServer'> {
  const fc = vm.fibreChannel;
  return {
    name: vm.name,
    vmId: vm.vmId,
    state: vm.state,
    version: vm.version,
    generation: vm.generation,
    memoryStartup: vm.memoryStartup,
    memoryMaximum: vm.memoryMaximum,
    memoryAssigned: vm.memoryAssigned,
    dynamicMemory: vm.dynamicMemoryEnabled === true,
    automaticStopAction: vm.automaticStopAction,
    checkpointType: vm.checkpointType,
    configurationPath: vm.configurationLocation || vm.path,
    isClustered: vm.isClustered === true,
    backupIntegration: vm.backupIntegrationEnabled !== false,
    fibreChannel: Array.isArray(fc) ? fc.length > 0 : fc === true,
  };
}

const v1Vm = z.pipe(
  z.looseObject({ ...vmCommon, snapshots: maybe(z.looseObject({ standard: num, production: num })), disks: many(v1Disk) }),
  z.transform((vm): InvVm => ({
    ...commonVm(vm),
    replicationMode: '',
    primaryServer: '',
    checkpoints: [],
    v1Snapshots: { standard: vm.snapshots?.standard, production: vm.snapshots?.production },
    disks: vm.disks,
  })),
);

const hostCommon = {
  computerName: text,
  osCaption: text,
  osVersion: text,
  isClustered: flag,
  clusterName: text,
  systemDriveBytes: num,
  csvs: many(csvSchema),
  vms: many(anything),
};

/** The host facts both versions write alike. */
const hostOf = (h: z.output<ReturnType<typeof z.looseObject<typeof hostCommon>>>) => ({
  computerName: h.computerName,
  osCaption: h.osCaption,
  osVersion: h.osVersion,
  isClustered: h.isClustered === true,
  clusterName: h.clusterName,
  systemDriveBytes: h.systemDriveBytes,
  csvs: h.csvs,
  vms: h.vms,
});

const v1Host = z.pipe(
  z.looseObject({ ...hostCommon, volumes: many(v1Volume) }),
  z.transform((h): InvHost => ({
    ...hostOf(h),
    version: 1,
    clusterNodes: [],
    hostMemory: undefined,
    systemDrive: 'C:',
    volumes: h.volumes,
    problems: [],
  })),
);

// ——— Version 2 ———

const v2Level = z.looseObject({ path: text, vhdFormat, vhdType, size: num, fileSize: num, setFiles: many(z.looseObject({ path: text, fileSize: num })) });

const v2Disk = z.pipe(
  z.looseObject({
    ...driveFields,
    chain: many(v2Level),
    chainError: text,
    error: text,
    /** Not written by the collector: a hand-made file (the CSV) may state these totals instead of a chain. */
    parentSize: num,
    checkpointFilesBytes: num,
  }),
  z.transform((d): InvDisk => ({
    ...driveOf(d),
    error: d.error || (d.chain.length === 0 && (d.diskNumber === null || d.diskNumber === undefined) ? '—' : ''),
    levels: d.chain.map((l, i) => ({
      field: `chain[${i}]`,
      path: l.path,
      format: l.vhdFormat,
      type: l.vhdType,
      size: l.size,
      fileSize: l.fileSize,
      setFiles: l.setFiles,
    })),
    chainError: d.chainError,
    totals:
      d.parentSize === undefined && d.checkpointFilesBytes === undefined
        ? undefined
        : { checkpointFilesBytes: d.checkpointFilesBytes, parentSize: d.parentSize, firstParentOnly: false },
  })),
);

const v2Checkpoint = z.pipe(
  z.looseObject({ name: text, snapshotType: enumName(NO_NUMBERS), savedStateBytes: num, kind: text }),
  z.transform((c): InvCheckpoint => ({
    name: c.name,
    type: c.snapshotType,
    savedStateBytes: c.savedStateBytes,
    stated: c.kind === 'standard' || c.kind === 'production' ? c.kind : '',
  })),
);

const v2Vm = z.pipe(
  z.looseObject({
    ...vmCommon,
    replication: maybe(z.looseObject({ mode: text, primaryServer: text })),
    checkpoints: many(v2Checkpoint),
    disks: many(v2Disk),
  }),
  z.transform((vm): InvVm => ({
    ...commonVm(vm),
    replicationMode: vm.replication?.mode ?? '',
    primaryServer: vm.replication?.primaryServer ?? '',
    checkpoints: vm.checkpoints,
    disks: vm.disks,
  })),
);

const v2Volume = z.pipe(
  z.looseObject({ path: text, accessPaths: many(text), fileSystem: text, driveType: text, size: num, sizeRemaining: num, isClusteredDisk: flag }),
  z.transform((v): InvVolume => ({
    paths: [...v.accessPaths.filter((p) => p !== ''), ...(v.path ? [v.path] : [])],
    fileSystem: v.fileSystem,
    driveType: v.driveType,
    size: v.size,
    free: v.sizeRemaining,
    clustered: v.isClusteredDisk === true,
  })),
);

const v2Problem = z.looseObject({ scope: text, target: text, step: text, message: text, vmId: text });

const v2Host = z.pipe(
  z.looseObject({
    ...hostCommon,
    hostMemoryBytes: num,
    physicalMemoryBytes: num,
    clusterNodes: many(text),
    systemDrive: text,
    volumes: many(v2Volume),
    problems: many(v2Problem),
  }),
  z.transform((h): InvHost => ({
    ...hostOf(h),
    version: 2,
    clusterNodes: h.clusterNodes.filter((n) => n !== ''),
    hostMemory: h.hostMemoryBytes ?? h.physicalMemoryBytes,
    systemDrive: h.systemDrive || 'C:',
    volumes: h.volumes,
    problems: h.problems,
  })),
);

/** The host part of a file (its VMs still as written), by the file's `version`. */
export const HOST_SCHEMAS = { 1: v1Host, 2: v2Host } as const;
/** One VM, by the file's `version`. */
export const VM_SCHEMAS = { 1: v1Vm, 2: v2Vm } as const;

/** The part every version shares, read first: which format, which version. */
export const headerSchema = z.looseObject({ format: anything, version: anything });

/**
 * Whether a failed parse met what ConvertTo-Json leaves at too small a -Depth: a string where an
 * object or a list belongs.
 */
export function isTruncation(input: unknown, issues: readonly { path: readonly PropertyKey[] }[]): boolean {
  return issues.some((issue) => {
    let v: unknown = input;
    for (const key of issue.path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    return typeof v === 'string';
  });
}
