import { z } from 'zod';
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

const bytes = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const percent = () => z.number().min(0).max(100);
const id = () => z.string().min(1).max(200);

export const HOST_OS = ['ws2016', 'ws2019', 'ws2022', 'ws2025'] as const;
export const TOPOLOGIES = [
  'standalone',
  'standalone-share',
  'cluster-shared-disk',
  'cluster-csv',
  'cluster-share',
] as const;
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

export const hostSchema = z.object({
  os: z.enum(HOST_OS),
  topology: z.enum(TOPOLOGIES),
  nodes: z.number().int().min(1).max(LIMITS.clusterNodesMax).default(1),
  systemDriveBytes: bytes(),
  systemVolumeId: id().optional(),
});

export const volumeSchema = z.object({
  id: id(),
  label: z.string(),
  kind: z.enum(VOLUME_KINDS),
  fileSystem: z.enum(FILE_SYSTEMS),
  capacityBytes: bytes().optional(),
  freeBytes: bytes().optional(),
});

export const diskSchema = z.object({
  id: id(),
  label: z.string().optional(),
  kind: z.enum(DISK_KINDS),
  type: z.enum(DISK_TYPES),
  maxSizeBytes: bytes(),
  fileSizeBytes: bytes().optional(),
  parentSizeBytes: bytes().default(0),
  checkpointFilesBytes: bytes().optional(),
  volumeId: id().optional(),
  guestRole: z.enum(GUEST_ROLES),
  guestUsedBytes: bytes().optional(),
});

export const vmSchema = z.object({
  id: id(),
  name: z.string(),
  configVersion: z.string().regex(/^\d{1,3}\.\d{1,3}$/),
  generation: z.literal([1, 2]).default(2),
  state: z.enum(VM_STATES),
  memoryBytes: bytes().max(LIMITS.vmMemoryMaxBytes),
  memoryInUseBytes: bytes().max(LIMITS.vmMemoryMaxBytes).optional(),
  volumeId: id(),
  checkpoints: z
    .object({
      standard: z.number().int().min(0).max(LIMITS.checkpointsPerVm).default(0),
      production: z.number().int().min(0).max(LIMITS.checkpointsPerVm).default(0),
    })
    .default({ standard: 0, production: 0 }),
  onlineBackup: z.boolean().default(true),
  automaticStopAction: z.enum(STOP_ACTIONS).default('save'),
  guestOs: z.enum(GUEST_OSES).default('windows-server'),
  disks: z.array(diskSchema),
});

export const jobSchema = z.object({
  id: id(),
  name: z.string(),
  method: z.enum(METHODS),
  include: z.object({
    hostSystem: z.boolean().default(false),
    hyperVSettings: z.boolean().default(false),
    vmIds: z.array(id()).default([]),
    guestVolumes: z.enum(GUEST_VOLUMES).default('both'),
  }),
  destination: z.object({
    kind: z.enum(DESTINATION_KINDS),
    label: z.string(),
    capacityBytes: bytes().optional(),
  }),
  generations: z.number().int().min(1).max(LIMITS.generationsMax),
  schedule: z.enum(SCHEDULES).default('scheduled'),
  changePercentPerGeneration: percent().default(10),
});

const fileSizesOverrideSchema = z.object(
  Object.fromEntries(FILE_SIZE_KEYS.map((key) => [key, bytes().optional()])) as Record<
    (typeof FILE_SIZE_KEYS)[number],
    z.ZodOptional<ReturnType<typeof bytes>>
  >,
);

export const assumptionsSchema = z.object({
  basis: z.enum(BASES).optional(),
  vmrsOverheadPercent: percent().optional(),
  hyperVSettingsBytes: bytes().optional(),
  localDestinationFactor: z
    .number()
    .min(LIMITS.localDestinationFactorMin)
    .max(LIMITS.localDestinationFactorMax)
    .optional(),
  shadowStoragePercent: z.number().gt(0).max(100).optional(),
  sourceWritePercent: percent().optional(),
  vssMinFreeBytes: bytes().optional(),
  fileSizes: z
    .object(
      Object.fromEntries(CONFIG_COLUMNS.map((column) => [column, fileSizesOverrideSchema.optional()])) as Record<
        (typeof CONFIG_COLUMNS)[number],
        z.ZodOptional<typeof fileSizesOverrideSchema>
      >,
    )
    .optional(),
});

export const scenarioObjectSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  name: z.string(),
  notes: z.string().default(''),
  host: hostSchema,
  volumes: z.array(volumeSchema),
  vms: z.array(vmSchema).max(LIMITS.vmsPerScenario),
  jobs: z.array(jobSchema),
  assumptions: assumptionsSchema.default({}),
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
