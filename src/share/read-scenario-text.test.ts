import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioInput, vm } from '../test-support/scenario-builder';
import { decodeText } from './decode-text';
import { readScenarioBytes, readScenarioText } from './read-scenario-text';
import { encodeShiftJis } from '../test-support/shift-jis-encoder';

describe('opening a scenario file', () => {
  const good = JSON.stringify(scenarioInput(), null, 2);

  it('reads UTF-8 with or without BOM and UTF-16 LE/BE with BOM', () => {
    const utf16le = new Uint8Array([0xff, 0xfe, ...Buffer.from(good, 'utf16le')]);
    const be = Buffer.from(good, 'utf16le');
    be.swap16();
    const utf16be = new Uint8Array([0xfe, 0xff, ...be]);
    for (const bytes of [Buffer.from(good), Buffer.from('\uFEFF' + good), utf16le, utf16be]) {
      expect(readScenarioText(decodeText(new Uint8Array(bytes))).ok).toBe(true);
    }
  });

  it('opens a scenario saved as Shift_JIS with its Japanese names, and says how it was read', () => {
    const japanese = JSON.stringify(scenarioInput({ name: '経理システム', vms: [vm({ name: 'ファイルサーバー' })] }));
    const r = readScenarioBytes(encodeShiftJis(japanese), 'en');
    expect(r.ok && [r.scenario.name, r.scenario.vms[0]!.name]).toEqual(['経理システム', 'ファイルサーバー']);
    expect(r.notes).toEqual([{ path: 'file', message: 'read as Shift_JIS (it is not UTF-8); check that the names look right' }]);
    const utf8 = readScenarioBytes(new TextEncoder().encode(japanese), 'en');
    expect(utf8.ok && utf8.notes).toEqual([]);
    // The text-only path the CLI uses reads it too.
    expect(readScenarioText(decodeText(encodeShiftJis(japanese))).ok).toBe(true);
  });

  it('says why a file in another encoding cannot be opened', () => {
    const latin1 = new Uint8Array([...Buffer.from('{"name":"caf', 'latin1'), 0xe9, 0xff, ...Buffer.from('"}', 'latin1')]);
    expect(readScenarioBytes(latin1, 'en')).toEqual({
      ok: false,
      problems: [{ path: 'file', message: 'is neither UTF-8 nor Shift_JIS text, so it cannot be read; save it as UTF-8' }],
      notes: [],
    });
  });

  it('names the field of a bad value and explains broken files', () => {
    const bad = readScenarioText(good.replace('"memoryBytes": 4294967296', '"memoryBytes": "4 GB"'));
    expect(bad).toEqual({ ok: false, problems: [{ path: 'vms[0].memoryBytes', message: 'must be a whole number of bytes ≥ 0' }] });
    expect(readScenarioText('')).toEqual({ ok: false, problems: [{ path: 'file', message: 'is empty' }] });
    const notJson = readScenarioText('{"format":');
    expect(!notJson.ok && notJson.problems[0]!.message).toMatch(/^is not valid JSON( \(near character [0-9,]+\))?$/);
  });

  it('never throws on random or mutated files (10,000 cases)', () => {
    const mutated = fc
      .tuple(fc.nat(good.length), fc.string({ maxLength: 6 }), fc.nat(10))
      .map(([at, insert, cut]) => good.slice(0, at) + insert + good.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        const r = readScenarioText(text);
        if (!r.ok) for (const p of r.problems) expect(p.message.length).toBeGreaterThan(3);
      }),
      { numRuns: 10_000 },
    );
  });
});
