import { describe, expect, it } from 'vitest';
import { formatSizeText, parseSizeText } from './size-text';

describe('size text', () => {
  it('reads a bare number as GB in the chosen units', () => {
    expect(parseSizeText('4', 'binary')).toBe(4 * 2 ** 30);
    expect(parseSizeText('4', 'decimal')).toBe(4e9);
  });
  it('reads units, grouping, decimals and full-width digits', () => {
    expect(parseSizeText('1.5 TB', 'binary')).toBe(1.5 * 2 ** 40);
    expect(parseSizeText('1,024 MB', 'binary')).toBe(2 ** 30);
    expect(parseSizeText('２ＧＢ', 'binary')).toBe(2 * 2 ** 30);
    expect(parseSizeText('400 KiB', 'decimal')).toBe(409600);
    expect(parseSizeText('512 bytes', 'binary')).toBe(512);
  });
  it('rejects what is not a size', () => {
    for (const text of ['', 'abc', '4 XB', '-1', '1e3', '4 GB GB']) expect(parseSizeText(text, 'binary')).toBeNull();
  });
  it('shows the largest unit reached', () => {
    expect(formatSizeText(127 * 2 ** 30, 'binary')).toBe('127 GB');
    expect(formatSizeText(4 * 2 ** 40, 'binary')).toBe('4 TB');
    expect(formatSizeText(12 * 2 ** 40, 'binary')).toBe('12 TB');
    expect(formatSizeText(409600, 'binary')).toBe('400 KB');
    expect(formatSizeText(0, 'binary')).toBe('0 bytes');
    expect(formatSizeText(43743444992, 'binary')).toBe('40.739 GB');
    expect(formatSizeText(4e9, 'decimal')).toBe('4 GB');
  });
  it('shows large sizes in TB, not a long number of GB (12 TiB in decimal units)', () => {
    expect(formatSizeText(12 * 2 ** 40, 'decimal')).toBe('13.194 TB');
    expect(formatSizeText(4 * 2 ** 40, 'decimal')).toBe('4.398 TB');
    expect(formatSizeText(127 * 2 ** 30, 'decimal')).toBe('136.365 GB');
    expect(formatSizeText(2040 * 2 ** 30, 'binary')).toBe('2040 GB');
  });
  it('round-trips whole GB values exactly', () => {
    for (const gb of [1, 4, 80, 127, 2040]) {
      const bytes = gb * 2 ** 30;
      expect(parseSizeText(formatSizeText(bytes, 'binary'), 'binary')).toBe(bytes);
    }
  });
});
