import { describe, expect, it } from 'vitest';
import type { ImportNote } from './inventory-types';
import { VolumeTable } from './volume-table';

const table = () => {
  const notes: ImportNote[] = [];
  const volumes = new VolumeTable(notes, 'en');
  const c1 = volumes.add(['C:\\'], { kind: 'local', fileSystem: 'NTFS' }, 'HV01')!;
  const c2 = volumes.add(['C:\\'], { kind: 'local', fileSystem: 'NTFS' }, 'HV02')!;
  const mount = volumes.add(['D:\\Mount\\Data\\', '\\\\?\\Volume{0b5b1c5e-1111-2222-3333-444455556666}\\'], { kind: 'local', fileSystem: 'ReFS' }, 'HV02')!;
  const csv = volumes.add(['C:\\ClusterStorage\\Volume1'], { kind: 'csv', fileSystem: 'CSVFS' })!;
  return { notes, volumes, c1, c2, mount, csv };
};

describe('finding the volume that holds a path', () => {
  it('keeps each node’s own volumes apart, and a CSV once whatever node reports it', () => {
    const { volumes, c1, c2, csv } = table();
    expect(volumes.of('C:\\VMs\\a.vhdx', 'HV01', 'w')).toBe(c1);
    expect(volumes.of('C:\\VMs\\a.vhdx', 'HV02', 'w')).toBe(c2);
    expect(volumes.add(['C:\\ClusterStorage\\Volume1\\'], { kind: 'csv', fileSystem: 'CSVFS', capacityBytes: 1 })).toBe(csv);
    expect(csv.capacityBytes).toBeUndefined();
    expect(volumes.of('c:\\clusterstorage\\VOLUME1\\vm\\a.vhdx', 'HV01', 'w')).toBe(csv);
    expect(volumes.of('C:\\ClusterStorage\\Volume10\\a.vhdx', 'HV02', 'w')).toBe(c2);
    expect([c1.path, c2.path, csv.path]).toEqual(['C:', 'C:', 'C:\\ClusterStorage\\Volume1']);
  });

  it('places a path under a mount point on the mount point’s volume, also by its volume GUID path', () => {
    const { volumes, mount, notes } = table();
    expect(volumes.of('D:\\Mount\\Data\\vm\\data.vhdx', 'HV02', 'w')).toBe(mount);
    expect(volumes.of('\\\\?\\Volume{0B5B1C5E-1111-2222-3333-444455556666}\\vm\\a.vhdx', 'HV02', 'w')).toBe(mount);
    expect(mount.path).toBe('D:\\Mount\\Data');
    // D: itself was not listed by HV02's file: it is added, with a note.
    const d = volumes.of('D:\\Other\\b.vhdx', 'HV02', 'w');
    expect([d.path, d.node, d.listed]).toEqual(['D:', 'HV02', false]);
    expect(notes).toEqual([{ where: 'w', message: 'no volume holds "D:\\Other\\b.vhdx": a volume was added for it', kind: 'guessed' }]);
  });

  it('adds a share for a UNC path (common to every node) and "?" for a relative path, with a note', () => {
    const { notes, volumes } = table();
    const share = volumes.of('\\\\fs01\\vms\\web\\a.vhdx', 'HV01', 'w');
    expect(volumes.of('\\\\FS01\\VMs\\b.vhdx', 'HV02', 'w')).toBe(share);
    expect([share.path, share.kind, share.node]).toEqual(['\\\\fs01\\vms', 'smb-share', undefined]);
    const relative = volumes.of('vm\\a.vhdx', 'HV01', 'w');
    expect(volumes.of('other\\b.vhdx', 'HV01', 'w')).toBe(relative);
    expect(relative.path).toBe('?');
    expect(notes.map((n) => n.message)).toEqual([
      'no volume holds "vm\\a.vhdx": a volume was added for it',
      'no volume holds "other\\b.vhdx": a volume was added for it',
    ]);
  });
});
