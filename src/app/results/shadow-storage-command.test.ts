import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vssadminCommand, vssadminVolume } from './shadow-storage-command';

describe('the vssadmin command for a destination', () => {
  it('is set for and on a drive letter', () => {
    expect(vssadminCommand('E:', 7)).toBe('vssadmin resize shadowstorage /for=E: /on=E: /maxsize=7%');
    expect(vssadminCommand('e:\\', 15)).toBe('vssadmin resize shadowstorage /for=E: /on=E: /maxsize=15%');
  });

  it('is set for and on a volume GUID path', () => {
    const guid = '\\\\?\\Volume{0A1B2C3D-0000-1111-2222-333344445555}\\';
    expect(vssadminVolume(guid)).toBe('\\\\?\\Volume{0a1b2c3d-0000-1111-2222-333344445555}\\');
  });

  it('is not offered for anything else: shares, folders, commands chained after a drive', () => {
    for (const label of [
      '\\\\fs01\\backup',
      'E:\\Backups',
      'Backup disk',
      'E: & powershell -nop -c "iex x" & rem',
      'E:\r\nnet user x /add',
      'E:\n',
      'E:"',
      '',
      ':',
      '\\\\?\\Volume{0a1b2c3d-0000-1111-2222-333344445555}\\ & calc',
    ]) {
      expect(vssadminCommand(label, 10), JSON.stringify(label)).toBeNull();
    }
  });

  it('never holds more than the parsed volume and the percentage, whatever the label (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: -5, max: 120 }), (label, percent) => {
        const command = vssadminCommand(label, percent);
        if (command === null) return;
        expect(command).toMatch(/^vssadmin resize shadowstorage \/for=(\S+) \/on=\1 \/maxsize=(100|[1-9][0-9]?)%$/);
        expect(command).not.toMatch(/[&|<>^"\r\n%]\S*\s/);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.constantFrom('C', 'e', 'Z'), fc.string({ maxLength: 20 }), (letter, tail) => {
        const command = vssadminCommand(`${letter}:${tail}`, 10);
        if (command !== null) expect(command).toBe(`vssadmin resize shadowstorage /for=${letter.toUpperCase()}: /on=${letter.toUpperCase()}: /maxsize=10%`);
      }),
    );
  });
});
