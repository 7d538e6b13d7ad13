import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenario, type Scenario } from '../engine';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { job, scenario } from '../test-support/scenario-builder';
import { compareScenarios, matchJobRows, methodVariants } from './comparison';

const NAMES = { 'wsb-local': 'WSB → local', 'wsb-share': 'WSB → share', export: 'export', 'file-copy': 'file copy' };
const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

describe('comparison (formats.md)', () => {
  it('every figure equals what estimate gives for that scenario alone (property)', () => {
    fc.assert(
      fc.property(fc.array(scenarioArb, { minLength: 2, maxLength: 3 }), (inputs) => {
        const scenarios = inputs.map(parsed);
        const { comparison } = compareScenarios(scenarios);
        scenarios.forEach((s, i) => {
          const alone = estimate(s);
          expect(comparison.scenarios[i]!.totals).toEqual(alone.totals);
          for (const row of comparison.jobs) {
            const v = row.values[i];
            if (v === null || v === undefined) continue;
            const matches = alone.jobs.filter(
              (j) =>
                j.requiredCapacityBytes === v.requiredCapacityBytes && j.shortfallBytes === v.shortfallBytes && j.generationsThatFit === v.generationsThatFit,
            );
            expect(matches.length).toBeGreaterThan(0);
          }
          // Every job of every scenario is in exactly one row.
          expect(comparison.jobs.filter((r) => r.values[i] !== null).length).toBe(s.jobs.length);
          for (const f of comparison.findings) expect(f.counts[i]).toBe(alone.findings.filter((x) => x.id === f.id).length);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('matches jobs by id, then by exact name, each at most once; leftovers open rows keyed by their id', () => {
    const a = scenario({ jobs: [job({ id: 'daily', name: '日次' }), job({ id: 'weekly', name: '週次' })] });
    const b = scenario({ jobs: [job({ id: 'x', name: '週次' }), job({ id: 'daily', name: 'other' }), job({ id: 'y', name: '週次' })] });
    const rows = matchJobRows([a, b]);
    expect(rows.map((r) => [r.key, ...r.jobs.map((j) => j?.id ?? null)])).toEqual([
      ['daily', 'daily', 'daily'],
      ['weekly', 'weekly', 'x'],
      ['y', null, 'y'],
    ]);
  });

  it('compare methods keeps the VMs, generations, label and capacity, and builds the four variants', () => {
    const s = scenario({ jobs: [job({ generations: 5, destination: { kind: 'local-drive', label: 'E:', capacityBytes: 1e13 } })] });
    const variants = methodVariants(s, 'j1', NAMES);
    expect(variants.map((v) => [v.jobs[0]!.method, v.jobs[0]!.destination.kind, v.jobs[0]!.schedule])).toEqual([
      ['wsb-host', 'local-drive', 'scheduled'],
      ['wsb-host', 'remote-share', 'one-off'],
      ['export', 'local-drive', 'one-off'],
      ['file-copy', 'local-drive', 'one-off'],
    ]);
    for (const v of variants) {
      expect(v.jobs[0]!.generations).toBe(5);
      expect(v.jobs[0]!.destination.label).toBe('E:');
      expect(v.jobs[0]!.include.vmIds).toEqual(['vm1']);
      expect(parseScenario(v).ok).toBe(true);
    }
    expect(variants[3]!.vms[0]!.state).toBe('off');
    expect(estimate(variants[3]!).findings.some((f) => f.id === 'F-FILE-COPY-RUNNING')).toBe(false);
  });
});
