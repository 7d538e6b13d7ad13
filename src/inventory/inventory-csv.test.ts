import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GiB, TiB } from '../engine';
import { encodeShiftJis } from '../test-support/shift-jis-encoder';
import { readInventoryCsv } from './inventory-csv';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), 'samples', 'one-row-per-disk.csv');

describe('inventory import (one row per disk CSV)', () => {
  it('groups rows into VMs with their disks, pass-through included', () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const r = readInventoryCsv('one-row-per-disk.csv', bytes, 'en');
    if (!r.ok) throw new Error(JSON.stringify(r.notes));
    const [fs, ad] = r.scenario.vms;
    expect(fs).toMatchObject({
      name: 'ファイルサーバー',
      state: 'running',
      memoryBytes: 8 * GiB,
      memoryInUseBytes: 4 * GiB,
      checkpoints: { standard: 0, production: 1 },
    });
    expect(fs!.disks.map((d) => [d.kind, d.type, d.maxSizeBytes])).toEqual([
      ['vhdx', 'dynamic', 127 * GiB],
      ['vhdx', 'fixed', TiB],
      ['passthrough', 'fixed', 500 * GiB],
    ]);
    expect(ad).toMatchObject({ state: 'off', automaticStopAction: 'shutdown', configVersion: '9.0' });
    expect(r.scenario.volumes.map((v) => v.label)).toEqual(['D:']);
  });

  it('reads the same file saved as UTF-8 with BOM and as UTF-16LE with BOM', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const utf8bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    for (const bytes of [utf16, utf8bom]) {
      const r = readInventoryCsv('x.csv', bytes, 'en');
      expect(r.ok && r.scenario.vms[0]!.name).toBe('ファイルサーバー');
    }
  });

  it('reads the file Excel in Japan saves (Shift_JIS) with its Japanese names, and says so', () => {
    const r = readInventoryCsv('sjis.csv', encodeShiftJis(readFileSync(SAMPLE, 'utf8')), 'en');
    expect(r.ok && r.scenario.vms.map((v) => v.name)).toEqual(['ファイルサーバー', 'ad01']);
    expect(r.notes).toContainEqual({ where: 'sjis.csv', message: 'read as Shift_JIS (it is not UTF-8); check that the names look right', kind: 'check' });
  });

  it('says why a file in neither UTF-8 nor Shift_JIS cannot be read, naming the file', () => {
    const r = readInventoryCsv('latin1.csv', new Uint8Array([...Buffer.from('VMName\ncaf', 'latin1'), 0xe9, 0xff]), 'ja');
    expect(r).toEqual({
      ok: false,
      notes: [{ where: 'latin1.csv', message: 'UTF-8 でも Shift_JIS でもないため読めません。UTF-8 で保存し直してください', kind: 'refused' }],
    });
  });

  it('says when there is nothing to import', () => {
    const r = readInventoryCsv('empty.csv', new TextEncoder().encode('a,b\n1,2\n'), 'en');
    expect(r).toEqual({ ok: false, notes: [{ where: 'empty.csv', message: 'no rows to import (a VMName column is needed)', kind: 'refused' }] });
  });

  it('never throws on random or mutated CSV (10,000 cases)', () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const mutated = fc
      .tuple(fc.nat(sample.length), fc.string({ maxLength: 8 }), fc.nat(12))
      .map(([at, insert, cut]) => sample.slice(0, at) + insert + sample.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        const r = readInventoryCsv('f.csv', new TextEncoder().encode(text), 'en');
        for (const note of r.notes) expect(note.message.length).toBeGreaterThan(3);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
