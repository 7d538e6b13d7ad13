import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimate, GiB, MiB, TiB, type Scenario } from '../engine';
import { readInventoryCsv } from './inventory-csv';
import { readInventoryFiles, type ImportResult } from './inventory-import';

/**
 * What real hosts return (inventory.md), as hand-made collector files of the cmdlets' documented
 * shapes (src/inventory/samples/osk-hv0*.json, sa-hv01.json): a three-node CSV cluster and a
 * standalone host with a VM on a share.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'samples');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) });
const CLUSTER = ['osk-hv01.json', 'osk-hv02.json', 'osk-hv03.json'];

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.notes));
  return r;
}
const imported = (names: string[], options = {}) => ok(readInventoryFiles(names.map(file), 'en', options));
const vmOf = (s: Scenario, name: string) => s.vms.find((v) => v.name === name)!;
const notesAbout = (r: ImportResult, where: string) => r.notes.filter((n) => n.where === where || n.where.startsWith(`${where} / `));

/** Findings the proposed jobs would cause, were they proposed against the guide (sizing-rules.md §7). */
const APP_MADE = [
  'F-CSV-SELECTION',
  'F-CSV-MIXED',
  'F-SHARE-VM-HOST-WSB',
  'F-LIVE-EXPORT-SHARED-VHDX',
  'F-LOCAL-DEST-ONE-KIND',
  'F-SHARE-GENERATIONS',
  'F-DEST-SHORT',
  'F-SHADOW-SETTING',
  'F-GUEST-NO-CONFIG',
  'F-GUEST-DISK-DEST',
  'F-FILE-COPY-RUNNING',
  'F-FILE-COPY-DIFFERENCING',
  'F-V5-PRODUCTION',
];

describe('a three-node CSV cluster (collector version 2)', () => {
  const r = imported(CLUSTER);
  const s = r.scenario;
  const row = (name: string) => r.preview.vms.find((v) => v.name === name)!;

  it('caps a Dynamic Memory maximum of 1 TiB by the physical memory of the largest node of the cluster, and says so', () => {
    expect(vmOf(s, 'web-dyn')).toMatchObject({ memoryBytes: 256 * GiB, memoryInUseBytes: 6 * GiB });
    expect(row('web-dyn')).toMatchObject({ memoryReason: 'dynamic-capped', memoryMaximumBytes: 1 * TiB, inUseReason: 'assigned' });
    expect(r.notes).toContainEqual({
      where: 'OSK-HV01 / web-dyn',
      message: "Dynamic Memory maximum 1.00 TB is more than the host's physical memory 256 GB: sized with 256 GB (Hyper-V's default maximum is 1 TB)",
      kind: 'capped',
    });
    // A VM that is not clustered stays on its own host: that host's memory.
    expect(vmOf(s, 'batch-dyn').memoryBytes).toBe(128 * GiB);
  });

  it('keeps a saved VM’s memory: no memory in use rather than 0, so the current basis uses its memory', () => {
    expect(vmOf(s, 'saved01')).toMatchObject({ state: 'saved', memoryBytes: 16 * GiB, memoryInUseBytes: undefined });
    expect(row('saved01').inUseReason).toBe('saved');
    const current = estimate(s, { basis: 'current' });
    const vmrs = current.jobs.flatMap((j) => j.lineItems).find((i) => i.id === 'vm.vmrs' && i.vmId === vmOf(s, 'saved01').id)!;
    expect(vmrs.bytes).toBeGreaterThan(16 * GiB);
  });

  it('tells standard from production checkpoints by the saved-state file, leaves Recovery checkpoints out, and says what it guessed', () => {
    // パッチ適用前: a 34 GB saved state (standard); 月次: 45 KiB (production); Veeam Backup: Recovery; 作業前: no evidence.
    expect(vmOf(s, 'db01').checkpoints).toEqual({ standard: 1, production: 2 });
    expect(row('db01').checkpoints).toEqual({ standard: 1, production: 2, recovery: 1, replica: 0, guessed: 1 });
    expect(
      notesAbout(r, 'OSK-HV01 / db01')
        .filter((n) => n.kind !== 'check')
        .map((n) => [n.kind, n.message]),
    ).toEqual([
      [
        'guessed',
        "1 checkpoints: whether they hold a memory state is not in the file, so they are counted as production checkpoints from the VM's checkpoint type (Production)",
      ],
      ['skipped', '1 Recovery checkpoints (left by backup software, §3.1.2(9)) are not counted; if no backup is running, consider removing them'],
    ]);
    expect(r.notes).toContainEqual(
      expect.objectContaining({
        where: 'OSK-HV01 / db01',
        kind: 'check',
        message: expect.stringMatching(/^checkpoints without a memory state are counted as production/),
      }),
    );
  });

  it('walks a differencing chain to its base: every checkpoint file and every parent counts', () => {
    const [os, data] = vmOf(s, 'db01').disks;
    expect(os).toMatchObject({
      label: 'db01-os.vhdx',
      type: 'dynamic',
      maxSizeBytes: 127 * GiB,
      fileSizeBytes: 40 * GiB,
      checkpointFilesBytes: 4 * GiB + 768 * MiB,
    });
    expect(data).toMatchObject({ label: 'db01-data.vhdx', type: 'fixed', checkpointFilesBytes: 4 * GiB + 512 * MiB });
    // app-diff.vhdx → child-base.vhdx (8 GB) → ws2022-base.vhdx (12 GB).
    expect(vmOf(s, 'app-diff').disks[0]).toMatchObject({ type: 'differencing', fileSizeBytes: 5 * GiB, parentSizeBytes: 20 * GiB });
    expect(r.notes).toContainEqual(
      expect.objectContaining({
        where: 'OSK-HV02 / broken-disk / C:\\ClusterStorage\\Volume1\\broken-disk\\logs_9F8E7D6C-0000-4000-8000-000000000000.avhdx',
        kind: 'guessed',
        message: expect.stringMatching(/^the differencing chain could not be read past C:\\ClusterStorage\\Volume1\\broken-disk\\logs\.vhdx/),
      }),
    );
  });

  it('sizes a VHD Set by its backing files and counts a shared VHDX attached to two VMs once', () => {
    const gc1 = vmOf(s, 'gc-node1').disks;
    expect(gc1.map((d) => [d.label, d.kind, d.fileSizeBytes])).toEqual([
      ['os.vhdx', 'vhdx', 25 * GiB],
      ['quorum.vhdx', 'shared-vhdx', 1 * GiB + 4 * MiB],
      ['data.vhds', 'shared-vhdx', 120 * GiB + 4 * MiB],
    ]);
    expect(vmOf(s, 'gc-node2').disks.map((d) => d.label)).toEqual(['os.vhdx']);
    expect(
      notesAbout(r, 'OSK-HV02 / gc-node2')
        .filter((n) => n.kind === 'skipped')
        .map((n) => n.message),
    ).toEqual([
      'the shared VHDX "C:\\ClusterStorage\\Volume2\\GuestCluster\\quorum.vhdx" is also attached to OSK-HV01 / gc-node1: counted once, with OSK-HV01 / gc-node1',
      'the shared VHDX "C:\\ClusterStorage\\Volume2\\GuestCluster\\data.vhds" is also attached to OSK-HV01 / gc-node1: counted once, with OSK-HV01 / gc-node1',
    ]);
  });

  it('keeps each node’s own volumes apart (labelled with the node), a mount point as its own volume, and each CSV once', () => {
    expect(s.volumes.map((v) => [v.label, v.kind, v.fileSystem])).toEqual([
      ['C:\\ClusterStorage\\Volume1', 'csv', 'CSVFS'],
      ['C:\\ClusterStorage\\Volume2', 'csv', 'CSVFS'],
      ['OSK-HV01 C:', 'local', 'NTFS'],
      ['OSK-HV01 D:', 'local', 'NTFS'],
      ['OSK-HV02 C:', 'local', 'NTFS'],
      ['OSK-HV02 D:', 'local', 'NTFS'],
      ['OSK-HV02 D:\\Mount\\Data', 'local', 'ReFS'],
      ['OSK-HV03 C:', 'local', 'NTFS'],
    ]);
    const label = (id: string | undefined) => s.volumes.find((v) => v.id === id)?.label;
    expect(vmOf(s, 'app-diff').disks.map((d) => label(d.volumeId))).toEqual(['OSK-HV02 D:', 'OSK-HV02 D:\\Mount\\Data']);
    expect(s.volumes.find((v) => v.label === 'OSK-HV02 D:\\Mount\\Data')).toMatchObject({ capacityBytes: 1 * TiB, freeBytes: 700 * GiB });
    expect(r.notes).toContainEqual({ where: 'OSK-HV02 / E:', message: 'no VM uses this volume, so it is not imported', kind: 'skipped' });
  });

  it('takes the largest node’s system drive for the host, and says so with each node’s figure', () => {
    expect(s.host).toMatchObject({ topology: 'cluster-csv', nodes: 3, systemDriveBytes: 255 * GiB });
    expect(s.volumes.find((v) => v.id === s.host.systemVolumeId)?.label).toBe('OSK-HV02 C:');
    expect(r.preview.systemDrive).toEqual({ bytes: 255 * GiB, host: 'OSK-HV02' });
    expect(r.notes).toContainEqual({
      where: 'OSK-HV01, OSK-HV02, OSK-HV03',
      message:
        "the host system drive is sized as the largest of the nodes', 255 GB (OSK-HV02); every node's host job uses this figure: OSK-HV01 127 GB, OSK-HV02 255 GB, OSK-HV03 127 GB",
      kind: 'check',
    });
  });

  it('leaves a Hyper-V Replica VM out and lists it; asked to, imports it and puts it in a job', () => {
    expect(s.vms.some((v) => v.name === 'dr-web01')).toBe(false);
    expect(row('dr-web01')).toMatchObject({ included: false, replica: true });
    expect(r.preview.replicaVms).toBe(1);
    expect(notesAbout(r, 'OSK-HV02 / dr-web01').map((n) => n.kind)).toEqual(['skipped']);
    const withReplicas = imported(CLUSTER, { includeReplicas: true });
    const dr = vmOf(withReplicas.scenario, 'dr-web01');
    expect(withReplicas.scenario.jobs.find((j) => j.include.vmIds.includes(dr.id))?.method).toBe('export');
  });

  it('lists the collector’s problem entries and the disk Get-VHD could not read, and imports the rest', () => {
    expect(r.notes).toContainEqual({
      where: 'OSK-HV02 / ghost01',
      message: 'the collector could not read this VM (The operation failed because the file was not found.); not imported: collect again',
      kind: 'skipped',
    });
    expect(r.notes).toContainEqual(expect.objectContaining({ where: 'OSK-HV03 / FailoverClusters', kind: 'check' }));
    expect(vmOf(s, 'broken-disk').disks.map((d) => d.label)).toEqual(['os.vhdx', 'logs_9F8E7D6C-0000-4000-8000-000000000000.avhdx']);
  });

  it('reads a single VM written as an object, and Windows PowerShell 5.1’s { value, Count } for a list', () => {
    expect(vmOf(s, 'batch-dyn').disks).toHaveLength(1);
    expect(r.preview.hosts.map((h) => [h.name, h.vms, h.memoryBytes, h.version])).toEqual([
      ['OSK-HV01', 5, 256 * GiB, 2],
      ['OSK-HV02', 4, 256 * GiB, 2],
      ['OSK-HV03', 1, 128 * GiB, 2],
    ]);
  });

  it('says which nodes of the cluster have no file', () => {
    const two = imported(['osk-hv01.json', 'osk-hv02.json']);
    expect(two.notes).toContainEqual({
      where: 'OSK-CL01',
      message: 'no file from node OSK-HV03 of cluster OSK-CL01: its VMs and local volumes are missing; run the collector there too',
      kind: 'check',
    });
  });
});

describe('the jobs an import proposes follow the guide for the topology', () => {
  const cases: [string, () => ImportResult][] = [
    ['a three-node CSV cluster', () => imported(CLUSTER)],
    ['the same with its Replica VM', () => imported(CLUSTER, { includeReplicas: true })],
    ['a standalone host with a VM on a share', () => imported(['sa-hv01.json'])],
    ['version 1 files of a CSV cluster', () => imported(['tky-hv01.utf16le.json', 'tky-hv02.utf8bom.json', 'tky-hv03.utf8.json'])],
    ['a one-row-per-disk CSV', () => ok(readInventoryCsv('one-row-per-disk.csv', file('one-row-per-disk.csv').bytes, 'en'))],
  ];
  for (const [name, load] of cases) {
    it(`${name}: no finding of the app's own making, and no capacity invented`, () => {
      const r = ok(load());
      const e = estimate(r.scenario);
      expect(e.findings.filter((f) => APP_MADE.includes(f.id)).map((f) => `${f.id} ${f.jobId ?? ''} ${f.vmId ?? ''}`)).toEqual([]);
      // A VM in no job is one the preview says was left out of the jobs, and why.
      for (const f of e.findings.filter((x) => x.id === 'F-VM-UNPROTECTED')) {
        const vm = r.scenario.vms.find((v) => v.id === f.vmId)!;
        expect(r.notes.some((n) => n.where.endsWith(` / ${vm.name}`) && n.message.startsWith('running with a shared VHDX'))).toBe(true);
      }
      for (const job of e.jobs) expect([job.shortfallBytes, job.generationsThatFit]).toEqual([null, null]);
      expect(r.scenario.jobs.every((j) => j.destination.capacityBytes === undefined)).toBe(true);
      // Every node backs up its host system; no WSB job selects a VM on CSV or on a share.
      const shared = new Set(r.scenario.volumes.filter((v) => v.kind === 'csv' || v.kind === 'smb-share').map((v) => v.id));
      for (const job of r.scenario.jobs.filter((j) => j.method === 'wsb-host')) {
        expect(job.include.hostSystem).toBe(true);
        for (const id of job.include.vmIds) expect(shared.has(r.scenario.vms.find((v) => v.id === id)!.volumeId)).toBe(false);
      }
      expect(r.scenario.jobs.filter((j) => j.method === 'wsb-host')).toHaveLength(r.counts.hosts);
    });
  }

  it('puts the VMs of a standalone host in its WSB job and the VM on a share in an export job', () => {
    const r = imported(['sa-hv01.json']);
    const jobOf = (name: string) => r.scenario.jobs.find((j) => j.include.vmIds.includes(vmOf(r.scenario, name).id))!;
    expect(r.scenario.host).toMatchObject({ os: 'ws2019', topology: 'standalone-share', nodes: 1 });
    expect(r.scenario.volumes.map((v) => v.label)).toEqual(['C:', 'D:', '\\\\fs02\\vms']);
    expect([jobOf('fs01').method, jobOf('sql-dyn').method, jobOf('old-v5').method, jobOf('share-vm').method]).toEqual([
      'wsb-host',
      'wsb-host',
      'wsb-host',
      'export',
    ]);
    expect(jobOf('share-vm').destination).toEqual({ kind: 'local-drive', label: 'export disk' });
    // Configuration version 5.0 has no production checkpoints: a checkpoint without memory is still standard.
    expect(vmOf(r.scenario, 'old-v5').checkpoints).toEqual({ standard: 1, production: 0 });
    expect(vmOf(r.scenario, 'old-v5').disks[0]).toMatchObject({ kind: 'vhd', checkpointFilesBytes: 1 * GiB, fileSizeBytes: 10 * GiB });
  });
});

describe('files the importer refuses', () => {
  it('refuses a version 2 file cut short by ConvertTo-Json’s depth, and the import of nothing else', () => {
    const r = readInventoryFiles([file('depth-truncated-v2.json')], 'en');
    expect(r).toEqual({
      ok: false,
      notes: [
        {
          where: 'depth-truncated-v2.json',
          message: 'the JSON was cut short (ConvertTo-Json -Depth too small), so this file is not imported; run the collector script again',
          kind: 'refused',
        },
      ],
    });
  });

  it('imports the other files of a cluster when one is cut short, and says so', () => {
    const r = ok(readInventoryFiles([file('osk-hv01.json'), { ...file('depth-truncated-v2.json'), name: 'hv02.json' }], 'en'));
    expect(r.counts.hosts).toBe(1);
    expect(r.notes[0]).toMatchObject({ where: 'hv02.json', kind: 'refused' });
  });

  it('refuses a file from a newer collector, saying which version', () => {
    const json = JSON.parse(readFileSync(join(DIR, 'sa-hv01.json'), 'utf8')) as Record<string, unknown>;
    const r = readInventoryFiles([{ name: 'v3.json', bytes: new TextEncoder().encode(JSON.stringify({ ...json, version: 3 })) }], 'ja');
    expect(r).toEqual({
      ok: false,
      notes: [
        {
          where: 'v3.json',
          message: '収集スクリプトのバージョン 3 のファイルです。このアプリが読めるのはバージョン 1 と 2 です。新しいアプリで取り込んでください',
          kind: 'refused',
        },
      ],
    });
  });

  it('leaves out a VM in a shape the collector never writes, naming the field, and imports the rest', () => {
    const json = JSON.parse(readFileSync(join(DIR, 'sa-hv01.json'), 'utf8')) as { vms: Record<string, unknown>[] };
    json.vms[0]!.disks = 42;
    const r = ok(readInventoryFiles([{ name: 'odd.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }], 'en'));
    expect(r.scenario.vms.map((v) => v.name)).toEqual(['sql-dyn', 'share-vm', 'old-v5']);
    expect(r.notes).toContainEqual({
      where: 'SA-HV01 / fs01',
      message: 'disks is not in the shape the collector writes, so this VM is not imported',
      kind: 'skipped',
    });
  });
});
