import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../engine';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { decodeComparisonLink, encodeComparisonFragment } from './comparison-link';
import { encodeShareFragment } from './link-codec';

const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

describe('comparison links', () => {
  it('round-trip 2 or 3 scenarios, each payload exactly its scenario link’s (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(scenarioArb, { minLength: 2, maxLength: 3 }), async (inputs) => {
        const scenarios = inputs.map(parsed);
        const link = encodeComparisonFragment(scenarios);
        const payloads = link.slice('#c=1.'.length).split('.');
        for (const [i, s] of scenarios.entries()) expect(`#s=1.${payloads[i]}`).toBe(await encodeShareFragment(s));
        const back = await decodeComparisonLink(`https://example.invalid/${link}`);
        expect(back.ok && back.scenarios).toEqual(scenarios);
      }),
      { numRuns: 40 },
    );
  });

  it('refuse one scenario, four, or a damaged payload, naming which', async () => {
    const s = parsed(fc.sample(scenarioArb, { numRuns: 1, seed: 3 })[0]);
    const one = encodeComparisonFragment([s]);
    expect((await decodeComparisonLink(one, 'ja')).ok).toBe(false);
    expect((await decodeComparisonLink(encodeComparisonFragment([s, s, s, s]))).ok).toBe(false);
    const damaged = await decodeComparisonLink(encodeComparisonFragment([s, s]).slice(0, -4));
    expect(damaged.ok ? '' : damaged.problems[0]!.path).toMatch(/^2: link/);
  });
});
