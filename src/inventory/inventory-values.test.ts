import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GiB, LIMITS } from '../engine';
import { readInventoryCsv } from './inventory-csv';
import { readInventoryFiles, type ImportResult } from './inventory-import';
import { diskRow, inventoryCsvLines, type CsvRowValues } from '../test-support/make-inventory-csv';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), 'samples', 'tky-hv03.utf8.json');
// The collector's JSON as the tests edit it: any shape, as a hostile file may have.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

/** The one-host sample with its first VM changed by `edit`, imported. */
function importEdited(edit: (vm: Raw) => void, lang: 'ja' | 'en' = 'en'): ImportResult {
  const json = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Raw;
  edit(json.vms[0]);
  return readInventoryFiles([{ name: 'hv03.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }], lang);
}
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.notes));
  return r;
};
const csv = (rows: CsvRowValues[]) => readInventoryCsv('inv.csv', new TextEncoder().encode(inventoryCsvLines(rows).join('\n')), 'en');

describe('importers read numbers as written, or say why not (collector JSON)', () => {
  it('reads numbers written as text and generation "1" as 1, with no note on a value', () => {
    const r = ok(importEdited((vm) => Object.assign(vm, { memoryStartup: '4294967296', generation: '1', snapshots: { standard: '2', production: 0 } })));
    // Version 1 counted SnapshotType Standard: production or standard, told by the VM's checkpoint type (Production).
    expect(r.scenario.vms[0]).toMatchObject({ memoryBytes: 4 * GiB, generation: 1, checkpoints: { standard: 0, production: 2 } });
    expect(r.notes.filter((n) => n.where.startsWith('TKY-HV03 / web01') && n.message.includes('"'))).toEqual([]);
  });

  it('never turns "abc", 1e400, a negative number or one beyond 2^53 into a silent 0', () => {
    const text = JSON.stringify(JSON.parse(readFileSync(SAMPLE, 'utf8')))
      .replace('"size":85899345920', '"size":1e400')
      .replace('"fileSize":10737418240', '"fileSize":-1');
    const r = ok(readInventoryFiles([{ name: 'hv03.json', bytes: new TextEncoder().encode(text) }], 'en'));
    const where = 'TKY-HV03 / web01 / C:\\ClusterStorage\\Volume1\\web01\\web01.vhdx';
    expect(r.notes).toContainEqual({ where, message: 'vhd.size "Infinity" is too large (2^53 or more); set to 0: enter the right value', kind: 'guessed' });
    expect(r.notes).toContainEqual({ where, message: 'vhd.fileSize "-1" is negative; left out', kind: 'skipped' });
    expect(r.scenario.vms[0]!.disks[0]!.fileSizeBytes).toBeUndefined();

    const abc = ok(importEdited((vm) => Object.assign(vm, { memoryStartup: 'abc', memoryAssigned: 2 ** 60 }), 'ja'));
    expect(abc.notes).toContainEqual({
      where: 'TKY-HV03 / web01',
      message: 'memoryStartup の値 "abc" は数値ではありません。0 にしました。正しい値を入力してください',
      kind: 'guessed',
    });
    expect(abc.notes).toContainEqual({
      where: 'TKY-HV03 / web01',
      message: 'memoryAssigned の値 "1152921504606847000" が大きすぎます (2^53 以上)。この値は取り込みません',
      kind: 'skipped',
    });
  });

  it('notes a state of "constructor" (or __proto__, toString…) for that VM and imports the rest', () => {
    for (const state of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = ok(importEdited((vm) => Object.assign(vm, { state, automaticStopAction: state, vhdType: state })));
      expect(r.scenario.vms[0]).toMatchObject({ name: 'web01', state: 'running', automaticStopAction: 'save' });
      expect(r.notes).toContainEqual({ where: 'TKY-HV03 / web01', message: `state "${state}" is not known; sized as running`, kind: 'guessed' });
      expect(r.notes).toContainEqual({ where: 'TKY-HV03 / web01', message: `automaticStopAction "${state}" is not known; taken as "save"`, kind: 'guessed' });
    }
  });

  /** A field, how to set it, how to read it back, and what it is when left out (required: 0 with a note). */
  const FIELDS: [
    string,
    (vm: Raw, v: unknown) => void,
    (r: Extract<ImportResult, { ok: true }>) => unknown,
    { required: boolean; fallback: unknown; max: number },
  ][] = [
    ['memoryStartup', (vm, v) => (vm.memoryStartup = v), (r) => r.scenario.vms[0]!.memoryBytes, { required: true, fallback: 0, max: LIMITS.vmMemoryMaxBytes }],
    [
      'vhd.size',
      (vm, v) => (vm.disks[0].vhd.size = v),
      (r) => r.scenario.vms[0]!.disks[0]!.maxSizeBytes,
      { required: true, fallback: 0, max: LIMITS.vhdxMaxBytes },
    ],
    [
      'vhd.fileSize',
      (vm, v) => (vm.disks[0].vhd.fileSize = v),
      (r) => r.scenario.vms[0]!.disks[0]!.fileSizeBytes,
      { required: false, fallback: undefined, max: Number.MAX_SAFE_INTEGER },
    ],
    [
      'snapshots.standard',
      (vm, v) => (vm.snapshots.standard = v),
      (r) => r.scenario.vms[0]!.checkpoints.standard + r.scenario.vms[0]!.checkpoints.production,
      { required: false, fallback: 0, max: LIMITS.checkpointsPerVm },
    ],
  ];

  it('any value in a numeric field is the number it writes, or noted naming the VM and field (property)', () => {
    const small = fc.nat(40);
    const big = fc.oneof(fc.constant(51), fc.constant(LIMITS.vhdxMaxBytes + 1), fc.maxSafeNat());
    const value = fc.oneof(
      small,
      small.map(String),
      big,
      fc.string(),
      fc.integer({ min: -1e6, max: -1 }),
      fc.constantFrom<unknown>(2 ** 53, 1e300, '1e400', 'abc', '-0.5', ' 7 ', '', null, true, [1]),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), value, ([field, set, get, { required, fallback, max }], v) => {
        const r = ok(importEdited((vm) => set(vm, v)));
        const noted = r.notes.some((note) => note.where.startsWith('TKY-HV03 / web01') && note.message.startsWith(`${field} `));
        const absent = v === null || (typeof v === 'string' && v.trim() === '');
        const number = typeof v === 'number' ? v : typeof v === 'string' && /^\s*(\d+\.?\d*|\.\d+)\s*$/.test(v) ? Math.round(Number(v)) : undefined;
        if (number !== undefined && number >= 0 && number <= max) expect([get(r), noted]).toEqual([number, false]);
        else if (absent) expect([get(r), noted]).toEqual([fallback, required]);
        else expect([get(r), noted]).toEqual([fallback, true]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('importers read numbers as written, or say why not (CSV)', () => {
  it('reads generation "1" as 1 and sizes written with separators', () => {
    const r = ok(csv([diskRow(1, 0, { Generation: '1', DiskSizeBytes: '"1,099,511,627,776"' })]));
    expect(r.scenario.vms[0]).toMatchObject({ generation: 1, disks: [{ maxSizeBytes: 1024 * GiB }] });
    expect(r.notes.filter((n) => n.where.startsWith('HV01 / ') && !n.message.startsWith('no volume holds'))).toEqual([]);
  });

  it('notes "abc", 1e400 and negative sizes naming the disk and column, and imports the disk', () => {
    const r = ok(
      csv([
        diskRow(1, 0, { DiskSizeBytes: 'abc' }),
        diskRow(1, 1, { DiskSizeBytes: '1e400', DiskFileSizeBytes: '-5' }),
        diskRow(1, 2, { MemoryBytes: 'lots' }),
      ]),
    );
    expect(r.scenario.vms[0]!.disks.map((d) => d.maxSizeBytes)).toEqual([0, 0, 136365211648]);
    expect(r.notes).toEqual(
      expect.arrayContaining([
        { where: 'HV01 / vm1 / D:\\VMs\\vm1\\disk0.vhdx', message: 'DiskSizeBytes "abc" is not a number; set to 0: enter the right value', kind: 'guessed' },
        {
          where: 'HV01 / vm1 / D:\\VMs\\vm1\\disk1.vhdx',
          message: 'DiskSizeBytes "1e400" is too large (2^53 or more); set to 0: enter the right value',
          kind: 'guessed',
        },
        { where: 'HV01 / vm1 / D:\\VMs\\vm1\\disk1.vhdx', message: 'DiskFileSizeBytes "-5" is negative; left out', kind: 'skipped' },
      ]),
    );
    // VM columns are read from the VM's first row.
    expect(r.scenario.vms[0]!.memoryBytes).toBe(4 * GiB);
  });

  it('notes a State of "constructor" for that VM only', () => {
    const r = ok(
      csv([diskRow(1, 0, { State: 'constructor' }), diskRow(2, 0, { State: 'Off' }), diskRow(3, 0, { State: '__proto__', AutomaticStopAction: 'toString' })]),
    );
    expect(r.scenario.vms.map((v) => v.state)).toEqual(['running', 'off', 'running']);
    expect(r.notes).toContainEqual({ where: 'HV01 / vm1', message: 'state "constructor" is not known; sized as running', kind: 'guessed' });
    expect(r.notes).toContainEqual({ where: 'HV01 / vm3', message: 'automaticStopAction "toString" is not known; taken as "save"', kind: 'guessed' });
    expect(r.notes.some((n) => n.where === 'HV01 / vm2')).toBe(false);
  });
});
