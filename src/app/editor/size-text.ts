import type { UnitSystem } from '../../engine';

/**
 * Sizes are typed in the chosen units and stored in bytes. "GB" follows the units setting (GiB as
 * Windows shows it, or 10⁹); "GiB"/"TiB" are always binary. A bare number is GB.
 */
const BINARY: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 2 ** 10, mb: 2 ** 20, gb: 2 ** 30, tb: 2 ** 40, pb: 2 ** 50 };
const DECIMAL: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15 };
const ALWAYS_BINARY: Record<string, number> = { kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40, pib: 2 ** 50, バイト: 1 };

const SIZE_PATTERN = /^([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*([a-zA-Zバイト]*)$/;

/** Bytes from what a person typed, or null when it is not a size. */
export function parseSizeText(text: string, units: UnitSystem): number | null {
  const normalized = text.normalize('NFKC').trim();
  const match = SIZE_PATTERN.exec(normalized);
  if (!match) return null;
  const value = Number(match[1]!.replaceAll(',', ''));
  const unitText = (match[2] ?? '').toLowerCase();
  const table = units === 'binary' ? BINARY : DECIMAL;
  const factor = unitText === '' ? table.gb! : (ALWAYS_BINARY[unitText] ?? table[unitText]);
  if (factor === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * factor);
}

const UNIT_STEPS = [
  ['TB', 4],
  ['GB', 3],
  ['MB', 2],
  ['KB', 1],
] as const;

/**
 * The text a size field shows, up to 3 decimals: the largest unit whose text reads back to the very
 * bytes in at most four digits (`4 TB`, `2040 GB`: people size disks in whole GB), else the largest unit reached (`4.398 TB`,
 * not `4398.047 GB`). The exact bytes stay in the field until it is edited, and show on hover.
 */
export function formatSizeText(bytes: number, units: UnitSystem): string {
  const base = units === 'binary' ? 1024 : 1000;
  const reached = UNIT_STEPS.filter(([, power]) => bytes >= base ** power).map(
    ([name, power]) => `${Math.round((bytes / base ** power) * 1000) / 1000} ${name}`,
  );
  // Exact, and short enough to read at a glance (`2040 GB`, not `41717 MB`).
  const exact = reached.find((text) => parseSizeText(text, units) === bytes && parseFloat(text) < 10_000);
  return exact ?? reached[0] ?? `${bytes} bytes`;
}
