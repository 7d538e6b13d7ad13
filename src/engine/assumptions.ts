import { CONFIG_COLUMNS, type ConfigColumn } from './config-column';
import { resolveFileSizes, type FileSizes } from './file-size-table';
import type { Assumptions, Basis } from './scenario-schema';
import { GiB, KiB } from './units';

/** `as-needed`, or a fixed percentage of the destination volume (0 < p ≤ 100). */
export type ShadowStorageSetting = 'as-needed' | number;

/** What Windows sets the shadow storage to when nobody resizes it (§1.6(1)(a)). */
export const WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT = 10;

/** Defaults of sizing-rules.md §6: every one overridable in the scenario's `assumptions`. */
export const DEFAULT_ASSUMPTIONS = {
  basis: 'maximum' as Basis,
  /** 表1.1 example: a 4 GB VM's .vmrs was 4.2 GB. */
  vmrsOverheadPercent: 5,
  /** §1.6(3)(b) "数十 KB"; its example Host Component backup transferred 393 KB. */
  hyperVSettingsBytes: 400 * KiB,
  /** §1.6(1)(a): keep at least 1.5× the backup data on a local drive. */
  localDestinationFactor: 1.5,
  /**
   * §1.6(1)(a): versions kept depend on the shadow storage size, "increase it as needed". A design sets
   * it to what the generations need (F-SHADOW-SETTING when Windows' 10 % would keep fewer); a scenario
   * that states a fixed percentage is sized against it.
   */
  shadowStoragePercent: 'as-needed' as ShadowStorageSetting,
  /** §1.6(5): "最大で VHD/VHDX ファイルと同等の空き容量". */
  sourceWritePercent: 100,
  /** §3.1.2(1): keep at least 1 GB free on each volume WSB backs up. */
  vssMinFreeBytes: 1 * GiB,
  /** Beyond the guide (time-and-restore.md §1): how fast the data inside the virtual disks grows. */
  growthPercentPerYear: 0,
  /** Beyond the guide (time-and-restore.md §1): how far projections look ahead. */
  horizonYears: 3,
  /** Beyond the guide (time-and-restore.md §2): one 7,200 rpm disk's sequential rate, 150 MB/s. */
  localThroughputBytesPerSecond: 150_000_000,
  /** Beyond the guide (time-and-restore.md §2): what 1 GbE carries in practice, 110 MB/s. */
  shareThroughputBytesPerSecond: 110_000_000,
} as const;

export type AssumptionKey = keyof typeof DEFAULT_ASSUMPTIONS | 'fileSizes';

/** The source of each assumption's default, for the editor and the report. */
export const ASSUMPTION_SOURCES: Record<AssumptionKey, string> = {
  // A setting of this tool (the guide's formulas are the maximum basis), not a guide location.
  basis: '—',
  vmrsOverheadPercent: '表1.1',
  hyperVSettingsBytes: '§1.6(3)(b)',
  localDestinationFactor: '§1.6(1)(a)',
  shadowStoragePercent: '§1.6(1)(a)',
  sourceWritePercent: '§1.6(5)',
  vssMinFreeBytes: '§3.1.2(1)',
  growthPercentPerYear: '—',
  horizonYears: '—',
  localThroughputBytesPerSecond: '—',
  shareThroughputBytesPerSecond: '—',
  fileSizes: '表1.1–表1.4',
};

export interface ResolvedAssumptions {
  basis: Basis;
  vmrsOverheadPercent: number;
  hyperVSettingsBytes: number;
  localDestinationFactor: number;
  shadowStoragePercent: ShadowStorageSetting;
  sourceWritePercent: number;
  vssMinFreeBytes: number;
  growthPercentPerYear: number;
  horizonYears: number;
  localThroughputBytesPerSecond: number;
  shareThroughputBytesPerSecond: number;
  fileSizes: Record<ConfigColumn, Required<FileSizes>>;
}

export function resolveAssumptions(a: Assumptions, basisOverride?: Basis): ResolvedAssumptions {
  const fileSizes = {} as Record<ConfigColumn, Required<FileSizes>>;
  for (const column of CONFIG_COLUMNS) fileSizes[column] = resolveFileSizes(column, a.fileSizes?.[column]);
  return {
    basis: basisOverride ?? a.basis ?? DEFAULT_ASSUMPTIONS.basis,
    vmrsOverheadPercent: a.vmrsOverheadPercent ?? DEFAULT_ASSUMPTIONS.vmrsOverheadPercent,
    hyperVSettingsBytes: a.hyperVSettingsBytes ?? DEFAULT_ASSUMPTIONS.hyperVSettingsBytes,
    localDestinationFactor: a.localDestinationFactor ?? DEFAULT_ASSUMPTIONS.localDestinationFactor,
    shadowStoragePercent: a.shadowStoragePercent ?? DEFAULT_ASSUMPTIONS.shadowStoragePercent,
    sourceWritePercent: a.sourceWritePercent ?? DEFAULT_ASSUMPTIONS.sourceWritePercent,
    vssMinFreeBytes: a.vssMinFreeBytes ?? DEFAULT_ASSUMPTIONS.vssMinFreeBytes,
    growthPercentPerYear: a.growthPercentPerYear ?? DEFAULT_ASSUMPTIONS.growthPercentPerYear,
    horizonYears: a.horizonYears ?? DEFAULT_ASSUMPTIONS.horizonYears,
    localThroughputBytesPerSecond: a.localThroughputBytesPerSecond ?? DEFAULT_ASSUMPTIONS.localThroughputBytesPerSecond,
    shareThroughputBytesPerSecond: a.shareThroughputBytesPerSecond ?? DEFAULT_ASSUMPTIONS.shareThroughputBytesPerSecond,
    fileSizes,
  };
}
