/**
 * The guide sizes VM files with one table per configuration version (表1.1–表1.4). Any "N.M" that
 * Get-VM reports maps to one of those columns (sizing-rules.md §1).
 */
export const CONFIG_COLUMNS = ['10.0', '9.0', '8.0', '5.0'] as const;
export type ConfigColumn = (typeof CONFIG_COLUMNS)[number];

export interface ConfigVersion {
  major: number;
  minor: number;
}

const parsedVersions = new Map<string, ConfigVersion>();

/** "9.0" → {9, 0}; remembered, since a scenario repeats a handful of versions over thousands of VMs. */
export function parseConfigVersion(text: string): ConfigVersion {
  let v = parsedVersions.get(text);
  if (v === undefined) {
    const [major = '0', minor = '0'] = text.split('.');
    v = { major: Number(major), minor: Number(minor) };
    if (parsedVersions.size < 1000) parsedVersions.set(text, v);
  }
  return v;
}

export function configColumnOf(configVersion: string): ConfigColumn {
  const { major } = parseConfigVersion(configVersion);
  if (major < 6) return '5.0';
  if (major < 9) return '8.0';
  if (major < 10) return '9.0';
  return '10.0';
}

/** The guide table that sizes a column's files: the `source` of every vm.* line item. */
export const COLUMN_TABLE: Record<ConfigColumn, string> = {
  '10.0': '表1.1',
  '9.0': '表1.2',
  '8.0': '表1.3',
  '5.0': '表1.4',
};

export function compareVersions(a: ConfigVersion, b: ConfigVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
