import { GiB, TiB } from './units';

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
  generationsMax: 512,
  clusterNodesMax: 64,
  localDestinationFactorMin: 1,
  localDestinationFactorMax: 10,
  /** VSS keeps at most 512 shadow copies per volume (MaxShadowCopies). */
  shadowCopiesPerVolume: 512,
} as const;
