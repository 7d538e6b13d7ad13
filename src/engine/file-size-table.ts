import type { ConfigColumn } from './config-column';
import { KiB, MiB } from './units';

/**
 * Per-VM file sizes by configuration column (表1.1–表1.4, sizing-rules.md §1). A key a column lacks
 * is a file that version does not have; an override of such a key is ignored.
 */
export const FILE_SIZE_KEYS = [
  'vmcxBytes',
  'vmcxPerCheckpointBytes',
  'vmrsOfflineBytes',
  'vmrsPerProductionCheckpointBytes',
  'vmgsBytes',
  'vmgsPerCheckpointBytes',
  'recoveryXmlBytes',
  'configXmlBytes',
  'configXmlPerCheckpointBytes',
  'vsvBytes',
  'vsvPerCheckpointBytes',
] as const;
export type FileSizeKey = (typeof FILE_SIZE_KEYS)[number];
export type FileSizes = Partial<Record<FileSizeKey, number>>;

export const DEFAULT_FILE_SIZES: Record<ConfigColumn, FileSizes> = {
  '10.0': {
    vmcxBytes: 68 * KiB,
    vmcxPerCheckpointBytes: 51 * KiB,
    vmrsOfflineBytes: 48 * KiB,
    vmrsPerProductionCheckpointBytes: 45 * KiB,
    vmgsBytes: 4 * MiB,
    vmgsPerCheckpointBytes: 4097 * KiB,
    recoveryXmlBytes: 5.33 * MiB,
  },
  '9.0': {
    vmcxBytes: 68 * KiB,
    vmcxPerCheckpointBytes: 52 * KiB,
    vmrsOfflineBytes: 48 * KiB,
    vmrsPerProductionCheckpointBytes: 45 * KiB,
    vmgsBytes: 4 * MiB,
    vmgsPerCheckpointBytes: 4097 * KiB,
    recoveryXmlBytes: 5.43 * MiB,
  },
  '8.0': {
    vmcxBytes: 49 * KiB,
    vmcxPerCheckpointBytes: 52 * KiB,
    vmrsOfflineBytes: 116 * KiB,
    vmrsPerProductionCheckpointBytes: 89 * KiB,
    recoveryXmlBytes: 5.43 * MiB,
  },
  '5.0': {
    recoveryXmlBytes: 5.43 * MiB,
    configXmlBytes: 8 * KiB,
    configXmlPerCheckpointBytes: 8 * KiB,
    vsvBytes: 4 * MiB,
    vsvPerCheckpointBytes: 4 * MiB,
  },
};

/** The column's table with the scenario's overrides applied to the keys the column has. */
export function resolveFileSizes(column: ConfigColumn, overrides: FileSizes | undefined): Required<FileSizes> {
  const defaults = DEFAULT_FILE_SIZES[column];
  const resolved = {} as Required<FileSizes>;
  for (const key of FILE_SIZE_KEYS) {
    const base = defaults[key];
    resolved[key] = base === undefined ? 0 : (overrides?.[key] ?? base);
  }
  return resolved;
}
