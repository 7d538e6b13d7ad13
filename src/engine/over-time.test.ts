import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { estimate } from './estimate';
import { parseScenario } from './parse-scenario';
import type { Disk, Scenario, ScenarioInput } from './scenario-schema';
import { GiB } from './units';

const withTime = (input: ScenarioInput, growthPercentPerYear: number, basis: 'maximum' | 'current') => {
  const r = parseScenario({ ...input, assumptions: { ...input.assumptions, growthPercentPerYear, basis, horizonYears: 2 } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

/** The definition of month m (time-and-restore.md §1), written plainly: every measured size grown and capped. */
function grownScenario(s: Scenario, factor: number): Scenario {
  const grow = (x: number | undefined, cap: number) => (x === undefined || x >= cap ? x : Math.min(cap, x * factor));
  return {
    ...s,
    vms: s.vms.map((v) => {
      const c = v.checkpoints.standard + v.checkpoints.production;
      const disks = v.disks.map((d): Disk => ({
        ...d,
        fileSizeBytes: grow(d.fileSizeBytes, d.maxSizeBytes),
        guestUsedBytes: grow(d.guestUsedBytes, d.maxSizeBytes),
        checkpointFilesBytes: grow(d.checkpointFilesBytes, c * d.maxSizeBytes),
      }));
      return { ...v, disks };
    }),
  };
}

describe('projection over the horizon (time-and-restore.md §1)', () => {
  it('each month is the whole estimate of the scenario with its measured sizes grown (property)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.5, max: 400, noNaN: true }), (input, growth) => {
        const s = withTime(input, growth, 'current');
        const e = estimate(s);
        for (const m of [1, 7, 12, 24]) {
          const month = estimate(grownScenario(s, (1 + growth / 100) ** (m / 12)));
          e.jobs.forEach((j, i) => expect(j.projection[m]!.requiredCapacityBytes).toBe(month.jobs[i]!.requiredCapacityBytes));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('month 0 is today’s figure, no month falls, and the maximum basis is flat (property)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1000, noNaN: true }), (input, growth) => {
        for (const basis of ['maximum', 'current'] as const) {
          const e = estimate(withTime(input, growth, basis));
          for (const j of e.jobs) {
            expect(j.projection).toHaveLength(25);
            expect(j.projection[0]).toEqual({ month: 0, requiredCapacityBytes: j.requiredCapacityBytes });
            for (let m = 1; m < j.projection.length; m++) {
              expect(j.projection[m]!.requiredCapacityBytes).toBeGreaterThanOrEqual(j.projection[m - 1]!.requiredCapacityBytes);
              if (basis === 'maximum') expect(j.projection[m]!.requiredCapacityBytes).toBe(j.requiredCapacityBytes);
            }
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('grows a measured disk per month as x × (1 + g)^(m/12), up to its maximum size', () => {
    const s = withTime(
      {
        ...scenario(),
        vms: [vm({ state: 'off', disks: [disk({ fileSizeBytes: 50 * GiB })] })],
        jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: 's', capacityBytes: 60 * GiB } })],
      } as ScenarioInput,
      100,
      'current',
    );
    const j = estimate(s).jobs[0]!;
    const vhd = (m: number) => Math.min(100 * GiB, Math.ceil(50 * GiB * 2 ** (m / 12)));
    const others = j.requiredCapacityBytes - 50 * GiB;
    expect(j.projection[6]!.requiredCapacityBytes).toBe(others + vhd(6));
    expect(j.projection[24]!.requiredCapacityBytes).toBe(others + 100 * GiB);
    // 50 × 2^(m/12) > 60 − others first at m = 4.
    expect(j.monthsUntilShort).toBe(4);
  });

  it('months until short: 0 when already short, null with no capacity or when it never gets short', () => {
    const base = { vms: [vm({ state: 'off', disks: [disk({ fileSizeBytes: 50 * GiB })] })] };
    const at = (capacityBytes?: number) =>
      estimate(
        withTime(
          { ...scenario(), ...base, jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: 's', capacityBytes } })] } as ScenarioInput,
          100,
          'current',
        ),
      ).jobs[0]!.monthsUntilShort;
    expect(at(GiB)).toBe(0);
    expect(at(undefined)).toBeNull();
    expect(at(1024 * GiB)).toBeNull();
  });
});

describe('backup window (§2)', () => {
  it('doubling the throughput halves the run time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5e11 }), (throughput) => {
        const run = (t: number) => estimate(scenario({ jobs: [job({ throughputBytesPerSecond: t })] })).jobs[0]!.transfer;
        const one = run(throughput);
        const two = run(throughput * 2);
        expect(Math.abs(2 * two.firstRunSeconds - one.firstRunSeconds)).toBeLessThanOrEqual(2);
        expect(one.firstRunSeconds).toBe(Math.ceil(one.firstRunBytes / throughput));
      }),
      { numRuns: 200 },
    );
  });

  it('defaults by where the data goes; later runs move L only for incremental WSB to a local drive', () => {
    const local = estimate(scenario({ jobs: [job({ generations: 3, destination: { kind: 'local-drive', label: 'E:' }, wsbPerformance: 'incremental' })] }))
      .jobs[0]!;
    expect(local.transfer.throughputBytesPerSecond).toBe(150_000_000);
    expect(local.transfer.laterRunBytes).toBe(local.laterGenerationBytes);
    const full = estimate(scenario({ jobs: [job({ generations: 3, destination: { kind: 'local-drive', label: 'E:' } })] })).jobs[0]!;
    expect(full.transfer.laterRunBytes).toBe(full.firstGenerationBytes);
    const share = estimate(scenario({ jobs: [job({ wsbPerformance: 'incremental' })] })).jobs[0]!;
    expect(share.transfer.throughputBytesPerSecond).toBe(110_000_000);
    expect(share.transfer.laterRunBytes).toBe(share.firstGenerationBytes);
  });
});

describe('restore space (§3)', () => {
  it('names the VM with the largest restore size, recovery files left out; the first of a tie', () => {
    const s = scenario({
      vms: [vm(), vm({ id: 'vm2', name: 'b' }), vm({ id: 'vm3', name: 'c', disks: [disk({ maxSizeBytes: 10 * GiB })] })],
      jobs: [job({ include: { vmIds: ['vm3', 'vm2', 'vm1'] } })],
    });
    const j = estimate(s).jobs[0]!;
    const r = (vmId: string) => j.lineItems.filter((i) => i.vmId === vmId && !i.id.startsWith('vm.recovery')).reduce((n, i) => n + i.bytes, 0);
    expect(j.largestRestore).toEqual({ vmId: 'vm2', bytes: r('vm2') });
  });
  it('is null for WSB inside the guest and for a job without VMs', () => {
    expect(estimate(scenario({ jobs: [job({ method: 'wsb-guest' })] })).jobs[0]!.largestRestore).toBeNull();
    expect(estimate(scenario({ jobs: [job({ include: { vmIds: [] } })] })).jobs[0]!.largestRestore).toBeNull();
  });
});
