import { describe, expect, it } from 'vitest';
import type { ImportNote } from './inventory-types';
import { VolumeTable, withSlash } from './volume-table';

const table = () => {
  const notes: ImportNote[] = [];
  const volumes = new VolumeTable(notes, 'en');
  const c = volumes.add({ label: 'C:', prefix: withSlash('C:\\'), kind: 'local', fileSystem: 'NTFS' });
  const csv = volumes.add({ label: 'C:\\ClusterStorage\\Volume1', prefix: withSlash('C:\\ClusterStorage\\Volume1'), kind: 'csv', fileSystem: 'CSVFS' });
  return { notes, volumes, c, csv };
};

describe('finding the volume that holds a path', () => {
  it('takes the longest prefix, by whole folder names and in any case', () => {
    const { volumes, c, csv } = table();
    expect(volumes.of('c:\\clusterstorage\\VOLUME1\\vm\\a.vhdx', 'w')).toBe(csv);
    expect(volumes.of('C:\\ClusterStorage\\Volume10\\a.vhdx', 'w')).toBe(c);
    expect(volumes.of('C:\\VMs\\a.vhdx', 'w')).toBe(c);
    expect(volumes.add({ label: 'C:', prefix: 'c:\\', kind: 'local', fileSystem: 'NTFS' })).toBe(c);
  });

  it('adds a share for a UNC path, a volume for a volume GUID path, and "?" for a relative path, with notes', () => {
    const { notes, volumes } = table();
    const share = volumes.of('\\\\fs01\\vms\\web\\a.vhdx', 'w');
    expect(volumes.of('\\\\FS01\\VMs\\b.vhdx', 'w')).toBe(share);
    const guid = volumes.of('\\\\?\\Volume{0b5b1c5e-1111-2222-3333-444455556666}\\vm\\a.vhdx', 'w');
    const relative = volumes.of('vm\\a.vhdx', 'w');
    expect(volumes.of('other\\b.vhdx', 'w')).toBe(relative);
    expect(volumes.entries.map((e) => [e.id, e.label, e.kind])).toEqual([
      ['v1', 'C:', 'local'],
      ['v2', 'C:\\ClusterStorage\\Volume1', 'csv'],
      [share, '\\\\fs01\\vms', 'smb-share'],
      [guid, '\\\\?\\Volume{0b5b1c5e-1111-2222-3333-444455556666}', 'local'],
      [relative, '?', 'local'],
    ]);
    expect(notes.map((n) => n.message)).toEqual([
      'no volume holds "\\\\?\\Volume{0b5b1c5e-1111-2222-3333-444455556666}\\vm\\a.vhdx": a volume was added for it',
      'no volume holds "vm\\a.vhdx": a volume was added for it',
      'no volume holds "other\\b.vhdx": a volume was added for it',
    ]);
  });
});
