import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb, TOLERANCE } from '../test-support/arbitrary-scenario';
import { estimate, requiredCapacityTotal } from './estimate';
import type { Estimate } from './estimate-types';
import { LIMITS } from './limits';
import { parseScenario } from './parse-scenario';
import type { Scenario, ScenarioInput } from './scenario-schema';
import { GiB } from './units';

const parsed = (input: ScenarioInput): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(`generator made an invalid scenario: ${JSON.stringify(r.problems)}`);
  return r.scenario;
};

function allByteFigures(e: Estimate): number[] {
  const out: number[] = [];
  for (const j of e.jobs) {
    out.push(j.firstGenerationBytes, j.laterGenerationBytes, j.dataBytes, j.requiredCapacityBytes);
    if (j.shadowStorageNeededBytes !== null) out.push(j.shadowStorageNeededBytes);
    for (const i of j.lineItems) out.push(i.bytes);
  }
  for (const v of e.sourceVolumes) {
    out.push(v.requiredFreeBytes);
    if (v.shortfallBytes !== null) out.push(v.shortfallBytes);
    for (const i of v.lineItems) out.push(i.bytes);
  }
  out.push(e.totals.requiredCapacityBytes, e.totals.shortfallBytes);
  return out;
}

const RUNS = { numRuns: 400 };

/** Every job's requirement in `after` is at least that in `before`. */
function neverFalls(before: Estimate, after: Estimate) {
  before.jobs.forEach((j, i) => {
    const later = after.jobs[i]!;
    expect(later.requiredCapacityBytes).toBeGreaterThanOrEqual(j.requiredCapacityBytes - TOLERANCE(j.requiredCapacityBytes));
  });
}

describe('estimate() over generated scenarios', () => {
  it('produces whole, non-negative, finite byte figures and generation counts', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const e = estimate(parsed(input));
        for (const b of allByteFigures(e)) {
          expect(Number.isFinite(b)).toBe(true);
          expect(Number.isInteger(b)).toBe(true);
          expect(b).toBeGreaterThanOrEqual(0);
        }
        for (const j of e.jobs) {
          if (j.generationsThatFit !== null) {
            expect(Number.isInteger(j.generationsThatFit)).toBe(true);
            expect(j.generationsThatFit).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('needs no less capacity when generations grow', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100 }), (input, more) => {
        const grown = structuredClone(input);
        for (const j of grown.jobs) j.generations = Math.min(512, j.generations + more);
        neverFalls(estimate(parsed(input)), estimate(parsed(grown)));
      }),
      RUNS,
    );
  });

  it('needs no less capacity when checkpoints grow', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (input, s, p) => {
        const grown = structuredClone(input);
        for (const v of grown.vms) {
          v.checkpoints = { standard: (v.checkpoints?.standard ?? 0) + s, production: (v.checkpoints?.production ?? 0) + p };
        }
        neverFalls(estimate(parsed(input)), estimate(parsed(grown)));
      }),
      RUNS,
    );
  });

  it('needs no less capacity when memory grows', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 64 }), (input, moreGiB) => {
        const grown = structuredClone(input);
        for (const v of grown.vms) v.memoryBytes += moreGiB * GiB;
        neverFalls(estimate(parsed(input)), estimate(parsed(grown)));
      }),
      RUNS,
    );
  });

  it('needs no less capacity when disk sizes grow', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 500 }), (input, moreGiB) => {
        const grown = structuredClone(input);
        for (const v of grown.vms) {
          for (const d of v.disks) {
            const limit = d.kind === 'vhd' ? LIMITS.vhdMaxBytes : LIMITS.vhdxMaxBytes;
            d.maxSizeBytes = Math.min(limit, d.maxSizeBytes + moreGiB * GiB);
          }
        }
        neverFalls(estimate(parsed(input)), estimate(parsed(grown)));
      }),
      RUNS,
    );
  });

  it('basis current never exceeds basis maximum when measured values are within the maximums', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = parsed(input);
        const max = estimate(s, { basis: 'maximum' });
        const cur = estimate(s, { basis: 'current' });
        max.jobs.forEach((j, i) => {
          const c = cur.jobs[i]!;
          expect(c.requiredCapacityBytes).toBeLessThanOrEqual(j.requiredCapacityBytes + TOLERANCE(j.requiredCapacityBytes));
          expect(c.firstGenerationBytes).toBeLessThanOrEqual(j.firstGenerationBytes + TOLERANCE(j.firstGenerationBytes));
        });
        max.sourceVolumes.forEach((v, i) => {
          expect(cur.sourceVolumes[i]!.requiredFreeBytes).toBeLessThanOrEqual(v.requiredFreeBytes);
        });
      }),
      RUNS,
    );
  });
});

describe('the total alone', () => {
  it('requiredCapacityTotal is the estimate’s total on either basis (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const s = parsed(input);
        for (const basis of ['maximum', 'current'] as const) {
          expect(requiredCapacityTotal(s, basis)).toBe(estimate(s, { basis }).totals.requiredCapacityBytes);
        }
      }),
      RUNS,
    );
  });
});
