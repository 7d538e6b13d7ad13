import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkDamaged, RangeDecoder, RangeEncoder } from './range-coder';

type Op = { kind: 'bit'; chance: number; bit: number } | { kind: 'uniform'; n: number; value: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('bit' as const), chance: fc.integer({ min: 1, max: 4095 }), bit: fc.integer({ min: 0, max: 1 }) }),
  fc
    .integer({ min: 1, max: 0x10000 })
    .chain((n) => fc.record({ kind: fc.constant('uniform' as const), n: fc.constant(n), value: fc.integer({ min: 0, max: n - 1 }) })),
);

function write(ops: Op[]): Uint8Array {
  const encoder = new RangeEncoder();
  for (const op of ops) {
    if (op.kind === 'bit') encoder.bitWithChance(op.chance, op.bit);
    else encoder.uniform(op.value, op.n);
  }
  return encoder.finish();
}

describe('range coder', () => {
  it('reads back every bit and uniform value it wrote, whatever the probabilities', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), (ops) => {
        const decoder = new RangeDecoder(write(ops));
        const read = ops.map((op) => (op.kind === 'bit' ? decoder.bitWithChance(op.chance) : decoder.uniform(op.n)));
        expect(read).toEqual(ops.map((op) => (op.kind === 'bit' ? op.bit : op.value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('spends next to nothing on well-predicted bits and log2(n) bits on a uniform value', () => {
    expect(write(Array.from({ length: 10_000 }, () => ({ kind: 'bit', chance: 1, bit: 0 }) as Op)).length).toBeLessThanOrEqual(2);
    const values = Array.from({ length: 1000 }, (_, i) => ({ kind: 'uniform', n: 1000, value: (i * 7919) % 1000 }) as Op);
    const ideal = (1000 * Math.log2(1000)) / 8;
    expect(write(values).length).toBeGreaterThanOrEqual(Math.floor(ideal));
    expect(write(values).length).toBeLessThanOrEqual(Math.ceil(ideal) + 2);
  });

  it('drops the always-zero first byte and the zero bytes the flush leaves', () => {
    expect(write([]).length).toBe(0);
    expect(write([{ kind: 'uniform', n: 256, value: 0x9c }]).length).toBe(1);
  });

  it('refuses to read far past the end of a truncated stream', () => {
    const bytes = write(Array.from({ length: 40 }, (_, i) => ({ kind: 'uniform', n: 256, value: (i * 37) % 256 }) as Op));
    const decoder = new RangeDecoder(bytes.subarray(0, 10));
    expect(() => {
      for (let i = 0; i < 40; i++) decoder.uniform(256);
    }).toThrow(LinkDamaged);
  });
});
