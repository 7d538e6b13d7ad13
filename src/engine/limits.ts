import { GiB, MiB, TiB } from './units';

/**
 * Hyper-V's own limits (Microsoft Learn, "Hyper-V maximum scale limits in Windows Server"), used as
 * bounds so that a typo (GB typed as TB) is caught at input (formats.md, Bounds).
 */
export const LIMITS = {
  vhdxMaxBytes: 64 * TiB,
  vhdMaxBytes: 2040 * GiB,
  vmMemoryMaxBytes: 12 * TiB,
  checkpointsPerVm: 50,
  vmsPerScenario: 8000,
  /** 4 SCSI controllers × 64 disks and 4 IDE. */
  disksPerVm: 260,
  generationsMax: 512,
  clusterNodesMax: 64,
  localDestinationFactorMin: 1,
  localDestinationFactorMax: 10,
  /** VSS keeps at most 512 shadow copies per volume (MaxShadowCopies). */
  shadowCopiesPerVolume: 512,

  // Over time (time-and-restore.md): bounds of the growth, horizon, window and throughput inputs.
  growthPercentPerYearMax: 1000,
  horizonYearsMax: 10,
  windowHoursMin: 0.5,
  windowHoursMax: 24,
  throughputMaxBytesPerSecond: 1e12,

  // Against crafted files and links (formats.md): a few bytes must not stand for work without end.
  jobsPerScenario: 100,
  /** include.vmIds over all jobs: 100 jobs of every VM would be 800,000, beyond any real plan. */
  vmReferencesPerScenario: 64_000,
  volumesPerScenario: 1000,
  disksPerScenario: 64_000,
  idMaxChars: 200,
  /** Names and labels: of the scenario, volumes, VMs, disks, jobs and destinations. */
  nameMaxChars: 256,
  notesMaxChars: 10_000,
  scenarioFileMaxBytes: 64 * MiB,
  /** An old-format (deflate) link's payload inflated; the inflater stops there. */
  linkInflatedMaxBytes: 16 * MiB,
} as const;
