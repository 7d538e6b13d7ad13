import type { Scenario } from '../engine';

/**
 * What a note tells: a file or an import that is refused, something left out, a value capped, a
 * value the importer had to guess, or something to check. The preview groups notes by it.
 */
export type NoteKind = 'refused' | 'skipped' | 'capped' | 'guessed' | 'check';

export interface ImportNote {
  /** Where: `host01 / vm web01 / disk 2` … */
  where: string;
  message: string;
  kind: NoteKind;
}

/** Why a VM's memory is the figure it is (inventory.md, memory). */
export type MemoryReason = 'static' | 'dynamic-maximum' | 'dynamic-capped' | 'dynamic-uncapped';
/** Why a VM has, or has no, memory in use (the current basis). */
export type InUseReason = 'assigned' | 'saved' | 'off' | 'none';

export interface CheckpointCounts {
  standard: number;
  production: number;
  /** SnapshotType Recovery: left by backup software (§3.1.2(9)); not counted. */
  recovery: number;
  /** Hyper-V Replica's recovery points (Replica, Planned, AppConsistentReplica, SyncedReplica), and Missing: not counted. */
  replica: number;
  /** Of standard + production, those whose kind was guessed (no saved-state evidence). */
  guessed: number;
}

export interface DiskPreview {
  label: string;
  kind: Scenario['vms'][number]['disks'][number]['kind'];
  type: Scenario['vms'][number]['disks'][number]['type'];
  maxSizeBytes: number;
  fileSizeBytes?: number;
  parentSizeBytes: number;
  checkpointFilesBytes?: number;
  /** The volume's label, for file-backed disks. */
  volume?: string;
}

/** One VM as the preview shows it: what it became, and why. */
export interface VmPreview {
  host: string;
  name: string;
  state: Scenario['vms'][number]['state'];
  /** False for a VM left out of the scenario (a Hyper-V Replica VM). */
  included: boolean;
  replica: boolean;
  memoryBytes: number;
  memoryReason: MemoryReason;
  /** Dynamic Memory's maximum as configured, when it differs from memoryBytes. */
  memoryMaximumBytes?: number;
  memoryInUseBytes?: number;
  inUseReason: InUseReason;
  volume: string;
  disks: DiskPreview[];
  checkpoints: CheckpointCounts;
  /** The proposed job that takes it, if any. */
  job?: string;
}

export interface HostPreview {
  name: string;
  os: string;
  memoryBytes?: number;
  systemDriveBytes?: number;
  vms: number;
  /** The collector's file version (1 or 2). */
  version: number;
}

export interface VolumePreview {
  label: string;
  kind: Scenario['volumes'][number]['kind'];
  capacityBytes?: number;
  freeBytes?: number;
}

export interface JobPreview {
  name: string;
  method: Scenario['jobs'][number]['method'];
  hostSystem: boolean;
  vms: number;
  destination: string;
  generations: number;
}

/** The preview's tables: hosts, VMs, volumes and the jobs the import proposes. */
export interface ImportPreview {
  hosts: HostPreview[];
  vms: VmPreview[];
  volumes: VolumePreview[];
  jobs: JobPreview[];
  /** The host system drive taken for the scenario, and whose it is (the largest node's). */
  systemDrive?: { bytes: number; host: string };
  /** Hyper-V Replica VMs seen, included or not. */
  replicaVms: number;
}

export interface ImportCounts {
  hosts: number;
  volumes: number;
  vms: number;
  disks: number;
}

export type ImportResult =
  { ok: true; scenario: Scenario; notes: ImportNote[]; counts: ImportCounts; preview: ImportPreview } | { ok: false; notes: ImportNote[] };

/** Choices the preview offers before anything is imported. */
export interface ImportOptions {
  /** Put Hyper-V Replica VMs in the scenario (and its jobs) too; by default they are left out. */
  includeReplicas?: boolean;
}

/** A collector file already JSON-decoded, or a CSV's rows in the same shape. */
export interface InventoryFile {
  name: string;
  json: unknown;
}

/** Called as work goes on: `done` of `total` items of the stage (CSV rows, then VMs) so far. */
export type OnProgress = (done: number, total: number, stage: Progress['stage']) => void;

export const INVENTORY_FORMAT = 'hyperv-backup-sizer/inventory';
/** The collector's file version this app writes and reads; version 1 files still import. */
export const INVENTORY_VERSION = 2;

/** How far an import is: CSV rows read, then VMs mapped, then the scenario checked. */
export interface Progress {
  stage: 'rows' | 'vms' | 'check';
  done: number;
  total: number;
}

/** Import work as a generator that yields its progress, so it can run at once or in slices. */
export type Steps<T> = Generator<Progress, T, void>;
