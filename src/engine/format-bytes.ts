import type { Lang } from './lang';

export type UnitSystem = 'binary' | 'decimal';

const BINARY = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];
const DECIMAL = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };
/** "bytes" as each language says it after a count. */
const BYTE_WORD: Record<Lang, (count: number) => string> = { ja: () => 'バイト', en: (n) => (n === 1 ? 'byte' : 'bytes') };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to create; results show hundreds of figures per keystroke. */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

/**
 * A byte count as people read it: three significant digits and the unit named (`5.78 TB`, `412 GB`).
 * `binary` is what Windows shows (GB = GiB, sizing-rules.md §0); `decimal` uses powers of 1000.
 */
export function formatBytes(bytes: number, lang: Lang, units: UnitSystem = 'binary'): string {
  const base = units === 'binary' ? 1024 : 1000;
  const names = units === 'binary' ? BINARY : DECIMAL;
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let i = 0;
  while (value >= base && i < names.length - 1) {
    value /= base;
    i++;
  }
  // After rounding to 3 significant digits 1023.9 KB shows as "1,020 KB"; move up once it reaches the base.
  let rounded = Number(value.toPrecision(3));
  if (rounded >= base && i < names.length - 1) {
    rounded = Number((rounded / base).toPrecision(3));
    i++;
  }
  const locale = LOCALE[lang];
  const digits = i === 0 ? 0 : rounded >= 100 ? 0 : rounded >= 10 ? 1 : 2;
  const text = numberFormat(locale, digits).format(rounded);
  const unit = i === 0 ? BYTE_WORD[lang](bytes) : names[i];
  return `${sign}${text} ${unit}`;
}

/** The exact count with grouping, for hover text and the report: `1,624,198,432,116 bytes`. */
export function formatExactBytes(bytes: number, lang: Lang): string {
  return `${numberFormat(LOCALE[lang], 0).format(bytes)} ${BYTE_WORD[lang](2)}`;
}
