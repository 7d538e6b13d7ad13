import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportNote } from './inventory-types';
import { say } from './inventory-words';
import { ValueReader } from './read-value';

const reader = (lang: 'ja' | 'en' = 'en') => {
  const notes: ImportNote[] = [];
  return { notes, read: new ValueReader(notes, lang) };
};

describe('reading the values tools write', () => {
  it('reads numbers written as text, with or without thousands separators', () => {
    const { notes, read } = reader();
    expect(read.count('1073741824', 'DiskSizeBytes', 'vm1')).toBe(1073741824);
    expect(read.count(' 1,073,741,824 ', 'DiskSizeBytes', 'vm1')).toBe(1073741824);
    expect(read.count('1e3', 'DiskSizeBytes', 'vm1')).toBe(1000);
    expect(read.count(0, 'DiskSizeBytes', 'vm1')).toBe(0);
    expect(read.count('', 'DiskSizeBytes', 'vm1')).toBeUndefined();
    expect(read.count(null, 'DiskSizeBytes', 'vm1')).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('leaves out "abc", 1e400, negative numbers and numbers beyond 2^53, naming the field', () => {
    const { notes, read } = reader();
    for (const v of ['abc', '1e400', Infinity, -5, '-5', 2 ** 53, '1,0,0', true, { a: 1 }])
      expect(read.count(v, 'vhd.size', 'HV01 / vm1 / a.vhdx')).toBeUndefined();
    expect(notes.map((n) => n.message)).toEqual([
      'vhd.size "abc" is not a number; left out',
      'vhd.size "1e400" is too large (2^53 or more); left out',
      'vhd.size "Infinity" is too large (2^53 or more); left out',
      'vhd.size "-5" is negative; left out',
      'vhd.size "-5" is negative; left out',
      'vhd.size "9007199254740992" is too large (2^53 or more); left out',
      'vhd.size "1,0,0" is not a number; left out',
      'vhd.size "true" is not a number; left out',
      'vhd.size "{"a":1}" is not a number; left out',
    ]);
    expect(new Set(notes.map((n) => n.where))).toEqual(new Set(['HV01 / vm1 / a.vhdx']));
  });

  it('sets a required value it cannot read to 0 and asks for it, in both languages', () => {
    const en = reader('en');
    expect(en.read.required('abc', 'MemoryBytes', 'HV01 / vm1')).toBe(0);
    expect(en.read.required(undefined, 'MemoryBytes', 'HV01 / vm1')).toBe(0);
    expect(en.notes.map((n) => n.message)).toEqual([
      'MemoryBytes "abc" is not a number; set to 0: enter the right value',
      'MemoryBytes is missing; set to 0: enter the right value',
    ]);
    const ja = reader('ja');
    ja.read.required('-1', 'MemoryBytes', 'HV01 / vm1');
    expect(ja.notes[0]!.message).toBe('MemoryBytes の値 "-1" が負の数です。0 にしました。正しい値を入力してください');
  });

  it('reads generation "1" as 1, and notes any other value but 1 or 2', () => {
    const { notes, read } = reader();
    expect([read.generation('1', 'w'), read.generation(1, 'w'), read.generation('2', 'w'), read.generation(undefined, 'w')]).toEqual([1, 1, 2, 2]);
    expect(notes).toEqual([]);
    expect([read.generation('3', 'w'), read.generation('Gen1', 'w'), read.generation(1.5, 'w')]).toEqual([2, 2, 2]);
    expect(notes.map((n) => n.message)).toEqual([
      'Generation "3" is neither 1 nor 2; taken as 2',
      'Generation "Gen1" is neither 1 nor 2; taken as 2',
      'Generation "1.5" is neither 1 nor 2; taken as 2',
    ]);
  });

  it('takes "constructor", "__proto__" and other property names as unknown values, not as properties', () => {
    const table = new Map([['save', 'save' as const]]);
    const { notes, read } = reader();
    for (const v of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(read.choice(v, table, 'save', 'automaticStopAction', 'vm1')).toBe('save');
    expect(notes).toHaveLength(5);
    expect(notes[0]!.message).toBe('automaticStopAction "constructor" is not known; taken as "save"');
  });

  it('shows a value holding `$&` or `{f}` as it is', () => {
    expect(say('notNumber', 'en', '$& {f} $1', 'size')).toBe('size "$& {f} $1" is not a number');
  });

  it('cuts names over 256 characters with a note, never inside a surrogate pair', () => {
    const { notes, read } = reader();
    expect(read.name('a'.repeat(300), () => 'w')).toHaveLength(256);
    const cut = read.name('a'.repeat(255) + '😀'.repeat(5), () => 'w');
    expect(cut).toBe('a'.repeat(255));
    expect(notes).toEqual([
      { where: 'w', message: 'the name is longer than 256 characters: cut to 256', kind: 'capped' },
      { where: 'w', message: 'the name is longer than 256 characters: cut to 256', kind: 'capped' },
    ]);
  });

  it('reads every value either as the number it writes or with a note naming the field: never a silent 0 (property)', () => {
    const readable = fc.oneof(
      fc.maxSafeNat(),
      fc.maxSafeNat().map(String),
      fc.maxSafeNat().map((n) => n.toLocaleString('en-US')),
    );
    const unreadable = fc.oneof(
      fc.string().filter((s) => s.trim() !== '' && !/^[\s\d.,eE+-]*$/.test(s)),
      fc.integer({ max: -1 }),
      fc.integer({ max: -1 }).map(String),
      fc.double({ min: 2 ** 53, noNaN: true }),
      fc.constantFrom('1e400', '-0.5', 'NaN', 'Infinity', '0x10'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          readable.map((v) => ({ v, ok: true })),
          unreadable.map((v) => ({ v, ok: false })),
        ),
        ({ v, ok }) => {
          const { notes, read } = reader();
          const got = read.count(v, 'DiskSizeBytes', 'HV01 / vm1 / a.vhdx');
          if (ok) {
            expect(got).toBe(Number(String(v).replaceAll(',', '')));
            expect(notes).toEqual([]);
          } else {
            expect(got).toBeUndefined();
            expect(notes).toHaveLength(1);
            expect(notes[0]!.where).toBe('HV01 / vm1 / a.vhdx');
            expect(notes[0]!.message).toMatch(/^DiskSizeBytes ".*" is (not a number|negative|too large)/s);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
