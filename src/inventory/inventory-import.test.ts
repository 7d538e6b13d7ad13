import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GiB } from '../engine';
import { encodeShiftJis } from '../test-support/shift-jis-encoder';
import { readInventoryFiles } from './inventory-import';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'samples');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) });

describe('inventory import (collector JSON, version 1 files still import)', () => {
  const result = readInventoryFiles([file('tky-hv01.utf16le.json'), file('tky-hv02.utf8bom.json'), file('tky-hv03.utf8.json')], 'en');
  if (!result.ok) throw new Error(JSON.stringify(result.notes));
  const s = result.scenario;
  const vm = (name: string) => s.vms.find((v) => v.name === name)!;

  it('merges the nodes of a cluster into one scenario, each VM once, each node’s C: its own', () => {
    expect(s.vms.map((v) => v.name)).toEqual(['業務サーバー01', 'web01', '経理DB', 'batch01']);
    expect(result.counts).toEqual({ hosts: 3, volumes: 4, vms: 4, disks: 5 });
    expect(s.host).toMatchObject({ os: 'ws2022', topology: 'cluster-csv', nodes: 3, systemDriveBytes: 127 * GiB });
    expect(s.volumes.map((v) => [v.label, v.kind, v.fileSystem])).toEqual([
      ['C:\\ClusterStorage\\Volume1', 'csv', 'CSVFS'],
      ['TKY-HV01 C:', 'local', 'NTFS'],
      ['TKY-HV02 C:', 'local', 'NTFS'],
      ['TKY-HV03 C:', 'local', 'NTFS'],
    ]);
    expect(s.name).toBe('TKY-CL01 (TKY-HV01, TKY-HV02, TKY-HV03)');
    expect(result.notes).toContainEqual({ where: 'TKY-HV03 / web01', message: 'the same VM in several files was imported once', kind: 'skipped' });
  });

  it('reads UTF-16LE with BOM and keeps Japanese names', () => {
    expect(vm('業務サーバー01').disks.map((d) => d.label)).toEqual(['os.vhdx', 'data.vhdx']);
  });

  it('maps memory, checkpoints, disks and the volumes they live on', () => {
    const a = vm('業務サーバー01');
    expect(a).toMatchObject({
      memoryBytes: 16 * GiB,
      memoryInUseBytes: 6 * GiB,
      state: 'running',
      automaticStopAction: 'save',
      // Version 1 counted SnapshotType Recovery (backup software's) as "production": not counted now.
      checkpoints: { standard: 0, production: 0 },
    });
    expect(result.notes).toContainEqual({
      where: 'TKY-HV01 / 業務サーバー01',
      message: 'the 1 checkpoints collector version 1 counted as production are Recovery checkpoints (left by backup software, §3.1.2(9)): not counted',
      kind: 'skipped',
    });
    expect(a.disks[0]).toMatchObject({
      kind: 'vhdx',
      type: 'dynamic',
      maxSizeBytes: 127 * GiB,
      fileSizeBytes: 40 * GiB,
      checkpointFilesBytes: 3 * GiB,
      guestRole: 'system',
    });
    expect(a.disks[1]).toMatchObject({ type: 'fixed', maxSizeBytes: 500 * GiB, guestRole: 'data' });
    expect(a.volumeId).toBe(s.volumes[0]!.id);
    // Off: no memory in use (never 0).
    expect(vm('web01')).toMatchObject({
      state: 'off',
      automaticStopAction: 'shutdown',
      configVersion: '9.0',
      memoryBytes: 4 * GiB,
      memoryInUseBytes: undefined,
    });
    expect(vm('web01').disks[0]).toMatchObject({ type: 'differencing', parentSizeBytes: 20 * GiB });
  });

  it('reads numeric enums and a single VM written as an object', () => {
    expect(vm('経理DB')).toMatchObject({ state: 'paused', automaticStopAction: 'save' });
    expect(vm('経理DB').disks[0]).toMatchObject({ kind: 'vhdx', type: 'fixed' });
  });

  it('lists what could not be mapped and imports the rest', () => {
    expect(vm('経理DB').disks.map((d) => d.kind)).toEqual(['vhdx', 'vfc']);
    expect(result.notes).toContainEqual({
      where: 'TKY-HV02 / 経理DB / C:\\ClusterStorage\\Volume1\\経理DB\\data.vhdx',
      message: 'Get-VHD failed, so this disk is not imported (The system cannot find the file specified.); collect on the owner node',
      kind: 'skipped',
    });
    expect(result.notes).toContainEqual({ where: 'TKY-HV02 / 経理DB', message: 'has virtual Fibre Channel disks: enter their size', kind: 'guessed' });
    expect(result.notes).toContainEqual({ where: 'TKY-HV03 / batch01', message: 'state "10" is not known; sized as running', kind: 'guessed' });
    expect(vm('batch01').state).toBe('running');
  });

  it('proposes a job per node for its host system, and export for the VMs on CSV', () => {
    expect(s.jobs.map((j) => [j.name, j.method, j.include.hostSystem, j.include.vmIds.length, j.destination.capacityBytes])).toEqual([
      ['WSB on the host TKY-HV01', 'wsb-host', true, 0, undefined],
      ['WSB on the host TKY-HV02', 'wsb-host', true, 0, undefined],
      ['WSB on the host TKY-HV03', 'wsb-host', true, 0, undefined],
      ['Export (VMs on CSV and shares)', 'export', false, 4, undefined],
    ]);
  });

  it('refuses a file cut short by ConvertTo-Json’s depth, saying so: never a 0-byte scenario', () => {
    const r = readInventoryFiles([file('depth-truncated.json')], 'ja');
    expect(r).toEqual({
      ok: false,
      notes: [
        {
          where: 'depth-truncated.json',
          message: 'JSON が途中で切り詰められています (ConvertTo-Json の -Depth が不足)。このファイルは取り込みません。収集スクリプトで出力し直してください',
          kind: 'refused',
        },
      ],
    });
  });

  it('reads a collector file saved as Shift_JIS, and says so', () => {
    const text = readFileSync(join(DIR, 'tky-hv03.utf8.json'), 'utf8').replace('"web01"', '"ウェブ01"');
    const r = readInventoryFiles([{ name: 'hv03-sjis.json', bytes: encodeShiftJis(text) }], 'en');
    expect(r.ok && r.scenario.vms.map((v) => v.name)).toEqual(['ウェブ01', 'batch01']);
    expect(r.notes).toContainEqual({ where: 'hv03-sjis.json', message: 'read as Shift_JIS (it is not UTF-8); check that the names look right', kind: 'check' });
  });

  it('rejects what is not JSON or not an inventory, naming the file', () => {
    const r = readInventoryFiles(
      [
        { name: 'x.json', bytes: new TextEncoder().encode('{oops') },
        { name: 'y.json', bytes: new TextEncoder().encode('{"a":1}') },
      ],
      'en',
    );
    expect(r.ok).toBe(false);
    expect(r.notes).toEqual([
      { where: 'x.json', message: 'is not valid JSON', kind: 'refused' },
      { where: 'y.json', message: 'is not an inventory file', kind: 'refused' },
    ]);
  });

  it('never throws on random or mutated files (10,000 cases)', () => {
    const samples = readdirSync(DIR).map((n) => readFileSync(join(DIR, n), 'utf8'));
    const mutated = fc.tuple(fc.constantFrom(...samples), fc.nat(), fc.string({ maxLength: 6 }), fc.nat(8)).map(([text, at, insert, cut]) => {
      const i = at % Math.max(1, text.length);
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        const r = readInventoryFiles([{ name: 'f.json', bytes: new TextEncoder().encode(text) }], 'en');
        for (const n of r.notes) expect(n.message.length).toBeGreaterThan(3);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
