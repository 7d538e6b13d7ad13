import { describe, expect, it } from 'vitest';
import { GiB, TiB } from '../../engine';
import { shadowStoragePercent, vssadminCommand } from './shadow-storage-command';

describe('shadow storage for WSB to a local drive', () => {
  it('is the needed diff area over the disk, rounded up to a whole percent, 1–100', () => {
    expect(shadowStoragePercent(815 * GiB, 12 * TiB)).toBe(7);
    expect(shadowStoragePercent(1 * GiB, 12 * TiB)).toBe(1);
    expect(shadowStoragePercent(0, 12 * TiB)).toBe(1);
    expect(shadowStoragePercent(20 * TiB, 12 * TiB)).toBe(100);
    expect(shadowStoragePercent(1, 0)).toBe(100);
  });
  it('is set with vssadmin for and on the destination', () => {
    expect(vssadminCommand('E:', 7)).toBe('vssadmin resize shadowstorage /for=E: /on=E: /maxsize=7%');
  });
});
