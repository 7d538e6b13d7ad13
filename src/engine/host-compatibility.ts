import { compareVersions, parseConfigVersion } from './config-column';
import type { HostOs } from './scenario-schema';

/**
 * Configuration versions each host OS runs (Microsoft Learn, "Upgrade virtual machine version in
 * Hyper-V", sizing-rules.md §8). `below` is exclusive ("up to any 8.x" = below 9.0); `upTo` inclusive.
 */
const SUPPORTED: Record<HostOs, { from: string; below?: string; upTo?: string }> = {
  ws2016: { from: '5.0', below: '9.0' },
  ws2019: { from: '5.0', below: '10.0' },
  ws2022: { from: '8.0', upTo: '10.0' },
  ws2025: { from: '8.0', upTo: '12.0' },
};

export function canHostRun(os: HostOs, configVersion: string): boolean {
  const v = parseConfigVersion(configVersion);
  const range = SUPPORTED[os];
  if (compareVersions(v, parseConfigVersion(range.from)) < 0) return false;
  if (range.below !== undefined) return compareVersions(v, parseConfigVersion(range.below)) < 0;
  return compareVersions(v, parseConfigVersion(range.upTo ?? range.from)) <= 0;
}

/** The guide covers Windows Server 2019 and 2022 (はじめに). */
export function isHostOsInGuide(os: HostOs): boolean {
  return os === 'ws2019' || os === 'ws2022';
}
