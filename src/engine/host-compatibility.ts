import { compareVersions, parseConfigVersion } from './config-column';
import type { HostOs } from './scenario-schema';

/**
 * Configuration versions each host OS runs, compared as (major, minor) with both bounds included
 * (Microsoft Learn, "Upgrade virtual machine version in Hyper-V", sizing-rules.md §7–§8): 8.3 is
 * above ws2016's 8.0 and 9.3 above ws2019's 9.0.
 */
export const HOST_CONFIG_VERSIONS: Record<HostOs, { from: string; upTo: string }> = {
  ws2016: { from: '5.0', upTo: '8.0' },
  ws2019: { from: '5.0', upTo: '9.0' },
  ws2022: { from: '8.0', upTo: '10.0' },
  ws2025: { from: '8.0', upTo: '12.0' },
};

export function canHostRun(os: HostOs, configVersion: string): boolean {
  const v = parseConfigVersion(configVersion);
  const range = HOST_CONFIG_VERSIONS[os];
  return compareVersions(v, parseConfigVersion(range.from)) >= 0 && compareVersions(v, parseConfigVersion(range.upTo)) <= 0;
}

/** The guide covers Windows Server 2019 and 2022 (はじめに). */
export function isHostOsInGuide(os: HostOs): boolean {
  return os === 'ws2019' || os === 'ws2022';
}
