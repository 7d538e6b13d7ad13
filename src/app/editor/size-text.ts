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
 * The text a size field shows: the largest unit the value reaches, up to 3 decimals (`127 GB`).
 * TB when it reads back to the same bytes (`4 TB`, but `2040 GB`, since people size disks in GB), or
 * from 10 TB on, where GB would be a long number (`13.194 TB`, not `13194.14 GB`); the exact bytes
 * stay in the field until it is edited, and show on hover.
 */
export function formatSizeText(bytes: number, units: UnitSystem): string {
  const base = units === 'binary' ? 1024 : 1000;
  for (const [name, power] of UNIT_STEPS) {
    const factor = base ** power;
    if (bytes < factor) continue;
    const text = `${Math.round((bytes / factor) * 1000) / 1000} ${name}`;
    if (name !== 'TB' || parseSizeText(text, units) === bytes || bytes >= 10 * factor) return text;
  }
  return `${bytes} bytes`;
}
