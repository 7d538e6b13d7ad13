import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GiB, TiB } from '../../engine';
import { byteAxis } from './chart-series';

describe('byte axes', () => {
  it('tick at round values of one unit, capacity included', () => {
    expect(byteAxis(12 * TiB, 'binary')).toEqual({ ticks: [0, 2.5, 5, 7.5, 10, 12.5].map((n) => n * TiB), unit: 'TB', unitBytes: TiB });
    const decimal = byteAxis(2.73e12, 'decimal');
    expect(decimal.unit).toBe('TB');
    expect(decimal.ticks.map((t) => t / 1e12)).toEqual([0, 1, 2, 3]);
    expect(byteAxis(698 * GiB, 'binary').ticks.map((t) => t / GiB)).toEqual([0, 200, 400, 600, 800]);
    // An estate of thousands of VMs: petabytes, not thousands of TB.
    expect(byteAxis(3.2 * 1024 * TiB, 'binary')).toMatchObject({ unit: 'PB', unitBytes: 1024 * TiB });
    expect(byteAxis(3.2e15, 'decimal')).toMatchObject({ unit: 'PB', unitBytes: 1e15 });
    expect(byteAxis(800e3, 'decimal').unit).toBe('kB');
  });

  it('always start at 0, rise evenly and reach the largest value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('binary' as const, 'decimal' as const), (max, units) => {
        const { ticks, unitBytes } = byteAxis(max, units);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(12);
        const step = (ticks[1]! - ticks[0]!) / unitBytes;
        expect([1, 2, 2.5, 5].some((s) => Math.abs(step / 10 ** Math.floor(Math.log10(step)) - s) < 1e-9)).toBe(true);
      }),
    );
  });
});
