import * as z from 'zod/mini';
import { CONFIG_COLUMNS } from './config-column';
import { FILE_SIZE_KEYS } from './file-size-table';
import { LIMITS } from './limits';

/**
 * The scenario file of formats.md: the single source of the scenario types. Defaults of optional
 * fields are filled in on parse; cross-field rules (unique ids, references, bounds that depend on
 * another field) are checked in `checkScenarioReferences`.
 */

export const SCENARIO_FORMAT = 'hyperv-backup-sizer/scenario';
export const SCENARIO_VERSION = 1;

// z.int() already stops at 2^53 − 1; a second maximum there would report the same problem twice.
const bytes = (max?: number) => z.int().check(z.minimum(0), ...(max === undefined ? [] : [z.maximum(max)]));
const percent = () => z.number().check(z.minimum(0), z.maximum(100));
const id = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.idMaxChars));
/** A name or label (formats.md: ≤ 256 characters). */
const name = () => z.string().check(z.maxLength(LIMITS.nameMaxChars));
const throughput = () => z.int().check(z.minimum(1), z.maximum(LIMITS.throughputMaxBytesPerSecond));
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

// Share links store these choices by index, from frozen copies (src/share/link/frozen-enums.ts): add a
// value only at the end, and expect a new link layout revision for it; never reorder or remove one.
export const HOST_OS = ['ws2016', 'ws2019', 'ws2022', 'ws2025'] as const;
export const TOPOLOGIES = ['standalone', 'standalone-share', 'cluster-shared-disk', 'cluster-csv', 'cluster-share'] as const;
export const VOLUME_KINDS = ['local', 'shared-disk', 'csv', 'smb-share'] as const;
export const FILE_SYSTEMS = ['NTFS', 'ReFS', 'CSVFS', 'SMB'] as const;
export const VM_STATES = ['running', 'off', 'saved', 'paused'] as const;
export const STOP_ACTIONS = ['save', 'shutdown', 'turn-off'] as const;
export const GUEST_OSES = ['windows-server', 'windows-server-2008', 'linux', 'other'] as const;
export const DISK_KINDS = ['vhdx', 'vhd', 'shared-vhdx', 'passthrough', 'guest-iscsi', 'vfc'] as const;
export const FILE_BACKED_DISK_KINDS = ['vhdx', 'vhd', 'shared-vhdx'] as const;
export const DISK_TYPES = ['fixed', 'dynamic', 'differencing'] as const;
export const GUEST_ROLES = ['system', 'data'] as const;
export const METHODS = ['wsb-host', 'wsb-guest', 'export', 'file-copy'] as const;
export const GUEST_VOLUMES = ['system', 'data', 'both'] as const;
export const DESTINATION_KINDS = ['local-drive', 'remote-share', 'guest-disk'] as const;
export const SCHEDULES = ['scheduled', 'one-off'] as const;
export const BASES = ['maximum', 'current'] as const;
/** Windows' "Normal backup performance" (every run reads and writes all) or "Faster" (changes only). */
export const WSB_PERFORMANCE = ['full', 'incremental'] as const;

export const hostSchema = z.object({
  os: z.enum(HOST_OS),
  topology: z.enum(TOPOLOGIES),
  nodes: z._default(z.int().check(z.minimum(1), z.maximum(LIMITS.clusterNodesMax)), 1),
  systemDriveBytes: bytes(),
  systemVolumeId: z.optional(id()),
});

export const volumeSchema = z.object({
  id: id(),
  label: name(),
  kind: z.enum(VOLUME_KINDS),
  fileSystem: z.enum(FILE_SYSTEMS),
  capacityBytes: z.optional(bytes()),
  freeBytes: z.optional(bytes()),
});

export const diskSchema = z.object({
  id: id(),
  label: z.optional(name()),
  kind: z.enum(DISK_KINDS),
  type: z.enum(DISK_TYPES),
  maxSizeBytes: bytes(),
  fileSizeBytes: z.optional(bytes()),
  parentSizeBytes: z._default(bytes(), 0),
  checkpointFilesBytes: z.optional(bytes()),
  volumeId: z.optional(id()),
  guestRole: z.enum(GUEST_ROLES),
  guestUsedBytes: z.optional(bytes()),
});

export const vmSchema = z.object({
  id: id(),
  name: name(),
  configVersion: z.string().check(z.regex(/^\d{1,3}\.\d{1,3}$/)),
  generation: z._default(z.literal([1, 2]), 2),
  state: z.enum(VM_STATES),
  memoryBytes: bytes(LIMITS.vmMemoryMaxBytes),
  memoryInUseBytes: z.optional(bytes(LIMITS.vmMemoryMaxBytes)),
  volumeId: id(),
  checkpoints: z._default(
    z.object({
      standard: z._default(count(LIMITS.checkpointsPerVm), 0),
      production: z._default(count(LIMITS.checkpointsPerVm), 0),
    }),
    { standard: 0, production: 0 },
  ),
  onlineBackup: z._default(z.boolean(), true),
  automaticStopAction: z._default(z.enum(STOP_ACTIONS), 'save'),
  guestOs: z._default(z.enum(GUEST_OSES), 'windows-server'),
  disks: z.array(diskSchema).check(z.maxLength(LIMITS.disksPerVm)),
});

export const jobSchema = z.object({
  id: id(),
  name: name(),
  method: z.enum(METHODS),
  include: z.object({
    hostSystem: z._default(z.boolean(), false),
    hyperVSettings: z._default(z.boolean(), false),
    vmIds: z._default(z.array(id()).check(z.maxLength(LIMITS.vmsPerScenario)), []),
    guestVolumes: z._default(z.enum(GUEST_VOLUMES), 'both'),
  }),
  destination: z.object({
    kind: z.enum(DESTINATION_KINDS),
    label: name(),
    capacityBytes: z.optional(bytes()),
  }),
  generations: z.int().check(z.minimum(1), z.maximum(LIMITS.generationsMax)),
  schedule: z._default(z.enum(SCHEDULES), 'scheduled'),
  changePercentPerGeneration: z._default(percent(), 10),
  windowHours: z.optional(z.number().check(z.minimum(LIMITS.windowHoursMin), z.maximum(LIMITS.windowHoursMax))),
  throughputBytesPerSecond: z.optional(throughput()),
  wsbPerformance: z._default(z.enum(WSB_PERFORMANCE), 'full'),
});

const fileSizesOverrideSchema = z.object(
  Object.fromEntries(FILE_SIZE_KEYS.map((key) => [key, z.optional(bytes())])) as Record<
    (typeof FILE_SIZE_KEYS)[number],
    z.ZodMiniOptional<ReturnType<typeof bytes>>
  >,
);

export const assumptionsSchema = z.object({
  basis: z.optional(z.enum(BASES)),
  vmrsOverheadPercent: z.optional(percent()),
  hyperVSettingsBytes: z.optional(bytes()),
  localDestinationFactor: z.optional(z.number().check(z.minimum(LIMITS.localDestinationFactorMin), z.maximum(LIMITS.localDestinationFactorMax))),
  shadowStoragePercent: z.optional(z.union([z.literal('as-needed'), z.number().check(z.gt(0), z.maximum(100))])),
  sourceWritePercent: z.optional(percent()),
  vssMinFreeBytes: z.optional(bytes()),
  growthPercentPerYear: z.optional(z.number().check(z.minimum(0), z.maximum(LIMITS.growthPercentPerYearMax))),
  horizonYears: z.optional(z.int().check(z.minimum(1), z.maximum(LIMITS.horizonYearsMax))),
  localThroughputBytesPerSecond: z.optional(throughput()),
  shareThroughputBytesPerSecond: z.optional(throughput()),
  fileSizes: z.optional(
    z.object(
      Object.fromEntries(CONFIG_COLUMNS.map((column) => [column, z.optional(fileSizesOverrideSchema)])) as Record<
        (typeof CONFIG_COLUMNS)[number],
        z.ZodMiniOptional<typeof fileSizesOverrideSchema>
      >,
    ),
  ),
});

export const scenarioObjectSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  name: name(),
  notes: z._default(z.string().check(z.maxLength(LIMITS.notesMaxChars)), ''),
  host: hostSchema,
  volumes: z.array(volumeSchema).check(z.maxLength(LIMITS.volumesPerScenario)),
  vms: z.array(vmSchema).check(z.maxLength(LIMITS.vmsPerScenario)),
  jobs: z.array(jobSchema).check(z.maxLength(LIMITS.jobsPerScenario)),
  assumptions: z._default(assumptionsSchema, {}),
});

export type ScenarioInput = z.input<typeof scenarioObjectSchema>;
export type Scenario = z.output<typeof scenarioObjectSchema>;
export type Host = Scenario['host'];
export type Volume = Scenario['volumes'][number];
export type Vm = Scenario['vms'][number];
export type Disk = Vm['disks'][number];
export type Job = Scenario['jobs'][number];
export type Assumptions = Scenario['assumptions'];
export type Method = (typeof METHODS)[number];
export type DiskKind = (typeof DISK_KINDS)[number];
export type Basis = (typeof BASES)[number];
export type HostOs = (typeof HOST_OS)[number];
export type Topology = (typeof TOPOLOGIES)[number];

export function isFileBacked(kind: DiskKind): boolean {
  return kind === 'vhdx' || kind === 'vhd' || kind === 'shared-vhdx';
}
