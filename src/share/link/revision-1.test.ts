import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { scenarioArb } from '../../test-support/arbitrary-scenario';
import { job, scenario } from '../../test-support/scenario-builder';
import { decodeShareLink, encodeScenarioBytes, encodeShareFragment } from '../link-codec';

const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

const timeFields = fc.record(
  {
    windowHours: fc.oneof(fc.constantFrom(0.5, 8, 24), fc.double({ min: 0.5, max: 24, noNaN: true })),
    throughputBytesPerSecond: fc.integer({ min: 1, max: 1e12 }),
    wsbPerformance: fc.constantFrom('full' as const, 'incremental' as const),
  },
  { requiredKeys: [] },
);

describe('layout revision 1: the job’s window, throughput and WSB performance', () => {
  it('travel through a link and come back exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.array(timeFields, { maxLength: 6 }), async (input, times) => {
        const s = parsed({ ...input, jobs: input.jobs.map((j, i) => ({ ...j, ...(times[i] ?? {}) })) });
        const back = await decodeShareLink(await encodeShareFragment(s));
        expect(back.ok && back.scenario).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('is written only when a job uses them: other scenarios keep their revision-0 links', () => {
    expect(encodeScenarioBytes(scenario())[0]! >> 3).toBe(0);
    expect(encodeScenarioBytes(scenario({ jobs: [job({ windowHours: 8 })] }))[0]! >> 3).toBe(1);
    expect(encodeScenarioBytes(scenario({ jobs: [job({ wsbPerformance: 'incremental' })] }))[0]! >> 3).toBe(1);
  });
});
