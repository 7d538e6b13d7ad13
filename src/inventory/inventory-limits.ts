import { LIMITS, type Lang } from '../engine';
import type { ImportNote } from './inventory-types';
import { noteOf, type WordKey } from './inventory-words';

/**
 * formats.md, Bounds ("against crafted files and links"): what one import may hold. An import that
 * would cross one is refused as a whole, naming the limit, before more is built.
 */
export const INVENTORY_LIMITS = {
  disks: LIMITS.disksPerScenario,
  vms: LIMITS.vmsPerScenario,
  volumes: LIMITS.volumesPerScenario,
  nameChars: LIMITS.nameMaxChars,
  /** The bound on a scenario file, applied to each inventory file before it is decoded. */
  fileBytes: LIMITS.scenarioFileMaxBytes,
} as const;

/** A value's upper bound (Hyper-V's own limits); a value above it is noted and left out. */
export interface Bound {
  max: number;
  /** Shown as bytes (`64.0 TB`) rather than as a count. */
  bytes: boolean;
}

export const BOUNDS = {
  memory: { max: LIMITS.vmMemoryMaxBytes, bytes: true },
  vhdx: { max: LIMITS.vhdxMaxBytes, bytes: true },
  vhd: { max: LIMITS.vhdMaxBytes, bytes: true },
  checkpoints: { max: LIMITS.checkpointsPerVm, bytes: false },
} as const satisfies Record<string, Bound>;

/** Thrown while building when a count crosses its limit; the import says which, and stops. */
export class OverLimit extends Error {
  constructor(
    readonly key: Extract<WordKey, 'tooManyDisks' | 'tooManyVms' | 'tooManyVolumes'>,
    readonly limit: number,
  ) {
    super(key);
  }
}

/** The note that refuses an import over a limit, naming the limit. */
export function overLimitNote(error: OverLimit, where: string, lang: Lang): ImportNote {
  return noteOf(where, error.key, lang, error.limit.toLocaleString('en-US'));
}
