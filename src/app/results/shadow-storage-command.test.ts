import { describe, expect, it } from 'vitest';
import { vssadminCommand } from './shadow-storage-command';

describe('shadow storage for WSB to a local drive', () => {
  it('is set with vssadmin for and on the destination', () => {
    expect(vssadminCommand('E:', 7)).toBe('vssadmin resize shadowstorage /for=E: /on=E: /maxsize=7%');
  });
});
