import { describe, expect, it } from 'vitest';
import { INVENTORY_FORMAT, readInventoryFiles, readInventoryFilesInSlices } from './inventory-import';
import { readInventoryCsv } from './inventory-csv';
import { diskRow, generatedCsv, inventoryCsvLines } from '../test-support/make-inventory-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A collector file of `vms` VMs with `disks` disks each, on C:. */
function collectorFile(host: string, vms: number, disks: number) {
  const vm = (i: number) => ({
    name: `${host}-vm${i}`,
    vmId: `${host}-${i}`,
    state: 'Running',
    memoryStartup: 4294967296,
    disks: Array.from({ length: disks }, (_, k) => ({ path: `C:\\VMs\\${i}\\${k}.vhdx`, vhd: { vhdFormat: 'VHDX', vhdType: 'Dynamic', size: 1073741824 } })),
  });
  const json = {
    format: INVENTORY_FORMAT,
    version: 1,
    computerName: host,
    volumes: [{ path: 'C:\\', fileSystem: 'NTFS' }],
    vms: Array.from({ length: vms }, (_, i) => vm(i)),
  };
  return { name: `${host}.json`, bytes: utf8(JSON.stringify(json)) };
}

describe('import limits (formats.md: disks ≤ 64,000 over all VMs, VMs ≤ 8,000)', () => {
  it('imports 64,000 disk rows of 8,000 VMs', () => {
    const r = readInventoryCsv('big.csv', generatedCsv(64_000, 8), 'en');
    expect(r.ok && r.counts).toEqual({ hosts: 1, volumes: 1, vms: 8_000, disks: 64_000 });
  }, 60_000);

  it('refuses 64,001 disk rows, and 100,000, naming the limit in both languages', () => {
    const over = readInventoryCsv('over.csv', generatedCsv(64_001, 20), 'en');
    expect(over).toEqual({
      ok: false,
      notes: [{ where: 'over.csv', message: 'more than 64,000 disks, so nothing is imported (the limit is 64,000 disks over all VMs)', kind: 'refused' }],
    });
    const ja = readInventoryCsv('100k.csv', generatedCsv(100_000, 20), 'ja');
    expect(ja).toEqual({
      ok: false,
      notes: [{ where: '100k.csv', message: 'ディスクが 64,000 個を超えるため取り込めません (上限: 全 VM で 64,000 個)', kind: 'refused' }],
    });
  }, 60_000);

  it('refuses more than 8,000 VMs', () => {
    const rows = Array.from({ length: 8_001 }, (_, i) => diskRow(i, 0, { DiskPath: '' }));
    const r = readInventoryCsv('vms.csv', utf8(inventoryCsvLines(rows).join('\n')), 'en');
    expect(r).toEqual({
      ok: false,
      notes: [{ where: 'vms.csv', message: 'more than 8,000 VMs, so nothing is imported (the limit is 8,000 VMs)', kind: 'refused' }],
    });
  }, 60_000);

  it('counts disks over all files of a cluster: 2 × 36,000 collector disks are refused', () => {
    const r = readInventoryFiles([collectorFile('HV01', 4_000, 9), collectorFile('HV02', 4_000, 9)], 'en');
    expect(r).toEqual({
      ok: false,
      notes: [{ where: 'HV02.json', message: 'more than 64,000 disks, so nothing is imported (the limit is 64,000 disks over all VMs)', kind: 'refused' }],
    });
  }, 60_000);

  it('refuses more than 1,000 volumes (a share per disk)', () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => diskRow(i, 0, { VMPath: `\\\\fs${i}\\vms`, DiskPath: `\\\\fs${i}\\vms\\a.vhdx` }));
    const r = readInventoryCsv('shares.csv', utf8(inventoryCsvLines(rows).join('\n')), 'en');
    expect(r).toEqual({
      ok: false,
      notes: [{ where: 'shares.csv', message: 'more than 1,000 volumes, so nothing is imported (the limit is 1,000 volumes)', kind: 'refused' }],
    });
  });

  it('does not read a file over 64 MiB', () => {
    const r = readInventoryFiles([{ name: 'huge.json', bytes: new Uint8Array(64 * 1024 * 1024 + 1) }], 'en');
    expect(r.notes).toContainEqual({ where: 'huge.json', message: 'the file is larger than 64 MiB, so it is not read (the limit is 64 MiB)', kind: 'refused' });
  });

  it('places a disk with a relative path on one volume "?" and notes each such disk', () => {
    const rows = [diskRow(1, 0, { DiskPath: 'vm1\\a.vhdx' }), diskRow(1, 1, { DiskPath: 'vm1\\b.vhdx' })];
    const r = readInventoryCsv('rel.csv', utf8(inventoryCsvLines(rows).join('\n')), 'en');
    if (!r.ok) throw new Error(JSON.stringify(r.notes));
    expect(r.scenario.volumes.map((v) => v.label).sort()).toEqual(['?', 'D:']);
    expect(r.notes.filter((n) => n.message.startsWith('no volume holds "vm1')).length).toBe(2);
  });
});

describe('import in slices, with progress', () => {
  it('reports rows, then VMs, then the check, and ends with the same result as at once', async () => {
    const bytes = generatedCsv(20_000, 10);
    const seen: [number, number, string][] = [];
    const sliced = await readInventoryFilesInSlices([{ name: 'p.csv', bytes }], 'en', (done, total, stage) => seen.push([done, total, stage]));
    expect(sliced).toEqual(readInventoryFiles([{ name: 'p.csv', bytes }], 'en'));
    const stages = seen.map(([, , s]) => s).filter((s, i, all) => s !== all[i - 1]);
    // Each stage once, in order; a stage done within one slice may go unreported, but not the check.
    expect(['rows', 'vms', 'check'].filter((s) => stages.includes(s))).toEqual(stages);
    expect(stages.at(-1)).toBe('check');
    for (const stage of ['rows', 'vms']) {
      const of = seen.filter(([, , s]) => s === stage);
      expect(of.every(([done, total], i) => done <= total && (i === 0 || done >= of[i - 1]![0]))).toBe(true);
    }
    // Rows count the file's lines: the header and 20,000 disk rows.
    expect(seen.filter(([, , s]) => s === 'rows').every(([, total]) => total === 20_001)).toBe(true);
  }, 60_000);
});
