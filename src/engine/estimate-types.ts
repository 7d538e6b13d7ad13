import type { Basis } from './scenario-schema';

export const LINE_ITEM_IDS = [
  'vm.vmcx',
  'vm.vmrs',
  'vm.vmgs',
  'vm.config-xml',
  'vm.bin',
  'vm.vsv',
  'vm.avhdx',
  'vm.vhd',
  'vm.recovery-avhdx',
  'vm.recovery-xml',
  'host.system',
  'host.hyperv-settings',
  'guest.system',
  'guest.data',
] as const;
export type LineItemId = (typeof LINE_ITEM_IDS)[number];

export const DESTINATION_RULE_IDS = ['dest.local-factor', 'dest.local-versions', 'dest.shadow-storage', 'dest.share-full', 'dest.export-generations'] as const;
export type DestinationRuleId = (typeof DESTINATION_RULE_IDS)[number];

export const SOURCE_ITEM_IDS = ['source.checkpoint-growth', 'source.vss-free'] as const;
export type SourceItemId = (typeof SOURCE_ITEM_IDS)[number];

export const FINDING_IDS = [
  'F-SHARE-VM-HOST-WSB',
  'F-HOST-EXCLUDED-DISKS',
  'F-EXPORT-EXCLUDED-DISKS',
  'F-LIVE-EXPORT-SHARED-VHDX',
  'F-LIVE-EXPORT-LOAD',
  'F-CSV-SELECTION',
  'F-CSV-MIXED',
  'F-SHARED-DISK-OWNER',
  'F-SHARE-GENERATIONS',
  'F-LOCAL-DEST-ONE-KIND',
  'F-LOCAL-DEST-HOST-FAILURE',
  'F-GUEST-DISK-DEST',
  'F-OFFLINE-BACKUP',
  'F-GUEST-WSB-UNSUPPORTED',
  'F-GUEST-NO-CONFIG',
  'F-GUEST-2008-SCSI',
  'F-FILE-COPY-RUNNING',
  'F-FILE-COPY-DIFFERENCING',
  'F-V5-PRODUCTION',
  'F-VM-UNPROTECTED',
  'F-CHECKPOINTS-NOT-BACKUP',
  'F-DEST-SHORT',
  'F-SHADOW-SETTING',
  'F-EXPORT-SHARE-DOMAIN',
  'F-SOURCE-SHORT',
  'F-CONFIG-VERSION-HOST',
  'F-HOST-OS-OUTSIDE-GUIDE',
  'F-WS2022-SYSTEM-STATE',
  // Beyond the guide (time-and-restore.md §4); the reference fixtures do not compare these.
  'F-GROWTH-SHORT',
  'F-WINDOW-EXCEEDED',
  'F-FIRST-RUN-LONG',
  'F-CSV-RESTORE-SPACE',
] as const;

/** Findings of time-and-restore.md: left out of the reference fixtures' comparison (formats.md). */
export const OVER_TIME_FINDING_IDS: readonly FindingId[] = ['F-GROWTH-SHORT', 'F-WINDOW-EXCEEDED', 'F-FIRST-RUN-LONG', 'F-CSV-RESTORE-SPACE'];
export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface JobLineItem {
  id: LineItemId;
  vmId?: string;
  bytes: number;
  source: string;
}

export interface SourceLineItem {
  id: SourceItemId;
  jobId: string;
  vmId?: string;
  diskId?: string;
  bytes: number;
  source: string;
}

/** One term of the max that gives a job's required capacity (sizing-rules.md §4), rounded up. */
export interface RequiredTerm {
  id: DestinationRuleId;
  bytes: number;
}

/** A month of a job's projection (time-and-restore.md §1). */
export interface ProjectionPoint {
  month: number;
  requiredCapacityBytes: number;
}

/** How much a job's runs move and how long they take (time-and-restore.md §2). */
export interface Transfer {
  firstRunBytes: number;
  laterRunBytes: number;
  throughputBytesPerSecond: number;
  firstRunSeconds: number;
  laterRunSeconds: number;
}

/** The VM with the largest restore size R of a job (time-and-restore.md §3). */
export interface LargestRestore {
  vmId: string;
  bytes: number;
}

export interface JobEstimate {
  id: string;
  /** B: the first generation. */
  firstGenerationBytes: number;
  /** L: each later generation (= B for share, export and file copy). */
  laterGenerationBytes: number;
  generations: number;
  /** B + (N−1)·L. */
  dataBytes: number;
  requiredCapacityBytes: number;
  requiredBy: DestinationRuleId;
  /** The terms whose maximum is requiredCapacityBytes, so a screen shows the math without recomputing. */
  requiredTerms: RequiredTerm[];
  /** Local kinds: (N−1)·L, the VSS diff area the later versions need; else null. */
  shadowStorageNeededBytes: number | null;
  /** Local kinds with K known, not short and (N−1)·L > 0: ceil(100·(N−1)·L ÷ K), the vssadmin %; else null. */
  shadowStorageNeededPercent: number | null;
  /** max(0, required − capacity); null when no capacity is given. */
  shortfallBytes: number | null;
  generationsThatFit: number | null;
  lineItems: JobLineItem[];
  /** Months 0…12 × horizonYears on the estimate's basis (flat on the maximum basis). */
  projection: ProjectionPoint[];
  /** The first month the destination is too small: 0 already, null unknown or never within the horizon. */
  monthsUntilShort: number | null;
  transfer: Transfer;
  /** null for WSB inside the guest and jobs without VMs. */
  largestRestore: LargestRestore | null;
}

export interface SourceVolumeEstimate {
  volumeId: string;
  requiredFreeBytes: number;
  freeBytes: number | null;
  shortfallBytes: number | null;
  requiredByJobId: string | null;
  lineItems: SourceLineItem[];
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  jobId?: string;
  vmId?: string;
  volumeId?: string;
  source: string;
  message: string;
}

export interface Estimate {
  format: 'hyperv-backup-sizer/estimate';
  version: 1;
  basis: Basis;
  jobs: JobEstimate[];
  sourceVolumes: SourceVolumeEstimate[];
  findings: Finding[];
  totals: {
    requiredCapacityBytes: number;
    /** Σ of the jobs' known shortfalls. */
    destinationShortfallBytes: number;
    /** Σ of the source volumes' known shortfalls. */
    sourceShortfallBytes: number;
    /** destination + source: the one "shortfall" a headline shows, saying what it is made of. */
    shortfallBytes: number;
    errors: number;
    warnings: number;
  };
}
