import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MiB } from '../../engine/units';
import { FieldCoder } from './field-coder';
import { LinkDamaged } from './range-coder';
import { fromWtf8, toWtf8 } from './wtf8';

/** Any JavaScript string, lone surrogates and NUL included: what a JSON scenario may hold. */
const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
const anyBytes = fc.oneof(
  fc.nat(),
  fc.maxSafeNat(),
  fc.integer({ min: 1, max: 64 }).map((n) => n * 1024 ** 3),
);
const key = fc.constantFrom('a', 'b', 'c');

/** One call of the coder with the value it writes; decoding replays it without the value. */
const stepArb = fc.oneof(
  fc.tuple(key, fc.boolean()).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: boolean) => c.flag(k, x) })),
  fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(key, fc.nat(n - 1)).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: number) => c.choice(k, n, x) }))),
  fc.tuple(key, fc.maxSafeNat()).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: number) => c.count(k, x) })),
  fc.maxSafeNat().chain((n) => fc.nat(n).map((v) => ({ v, code: (c: FieldCoder, x?: number) => c.uniform(n + 1, x) }))),
  fc.tuple(key, anyText).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: string) => c.text(k, x) })),
  fc.tuple(key, fc.constantFrom('os', 'data', '9.0', '10.0', '')).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: string) => c.word(k, x) })),
  fc.tuple(key, anyBytes).map(([k, v]) => ({ v, code: (c: FieldCoder, x?: number) => c.size(k, x) })),
  fc
    .tuple(key, anyBytes, fc.option(anyBytes, { nil: undefined }))
    .map(([k, bound, v]) => ({ v, code: (c: FieldCoder, x?: number) => c.measured(k, bound, x) })),
) as fc.Arbitrary<{ v: unknown; code: (c: FieldCoder, x?: never) => unknown }>;

function roundTrip(steps: { v: unknown; code: (c: FieldCoder, x?: never) => unknown }[]) {
  const writer = FieldCoder.writer();
  const written = steps.map((s) => s.code(writer, s.v as never));
  const bytes = writer.finish();
  const reader = FieldCoder.reader(bytes);
  return { written, read: steps.map((s) => s.code(reader)), bytes };
}

describe('field coder', () => {
  it('reads back every value of every kind exactly, in any mix of keys', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const { written, read } = roundTrip(steps);
        expect(written).toEqual(steps.map((s) => s.v));
        expect(read).toEqual(written);
      }),
      { numRuns: 1500 },
    );
  });

  it('learns: a repeated size, enum or word costs a fraction of a byte after the first', () => {
    const repeat = (n: number) =>
      roundTrip(
        Array.from({ length: n }, () => [
          { v: 8 * 1024 ** 3, code: (c: FieldCoder, x?: number) => c.size('memory', x) },
          { v: 'running', code: (c: FieldCoder, x?: string) => c.pick('state', ['running', 'off', 'saved'], x) },
          { v: 'os', code: (c: FieldCoder, x?: string) => c.word('disk', x) },
        ]).flat() as never,
      ).bytes.length;
    expect(repeat(101) - repeat(1)).toBeLessThan(6);
  });

  it('codes a measured size below its maximum in log2(maximum in MiB) bits', () => {
    const values = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 65536) * MiB);
    const { bytes } = roundTrip(values.map((v) => ({ v, code: (c: FieldCoder, x?: number) => c.measured('file', 65536 * MiB, x) })) as never);
    expect(bytes.length).toBeLessThanOrEqual((200 * 16) / 8 + 8);
  });

  it('stops on a damaged stream instead of decoding forever', () => {
    const reader = FieldCoder.reader(Uint8Array.from([0xff, 0xff, 0xff, 0xfe, 1, 2, 3]));
    expect(() => {
      for (;;) reader.text('t');
    }).toThrow(LinkDamaged);
  });
});

describe('WTF-8', () => {
  it('is UTF-8 for well-formed text and keeps lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(toWtf8(text)).toEqual([...new TextEncoder().encode(text)]);
      }),
    );
    fc.assert(fc.property(anyText, (text) => fromWtf8(toWtf8(text)) === text));
    expect(fromWtf8(toWtf8('\ud800x\udc00'))).toBe('\ud800x\udc00');
  });

  it('rejects bytes that are not WTF-8', () => {
    for (const bad of [[0x80], [0xc0, 0x80], [0xe3, 0x81], [0xf5, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(() => fromWtf8(bad)).toThrow(LinkDamaged);
    }
  });
});
