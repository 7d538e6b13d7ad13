import { describe, expect, it } from 'vitest';
import { estimate, formatBytes, parseScenario, resolveAssumptions, type Scenario } from '../engine';
import { loadFixturePairs } from '../test-support/fixtures';
import { jobDerivation, volumeDerivation } from './derivation';

const fixture = (name: string): Scenario => {
  const r = parseScenario(loadFixturePairs().find((p) => p.name === name)!.scenario);
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

describe('derivations show the math with the engine’s own figures', () => {
  const s = fixture('csv-cluster');
  const e = estimate(s);
  const a = resolveAssumptions(s.assumptions, e.basis);
  const fb = (b: number) => formatBytes(b, 'ja');

  it('a local WSB job: the max of its terms, each with its bytes, and the rule’s location', () => {
    const job = s.jobs.find((j) => j.id === 'wsb')!;
    const r = e.jobs.find((j) => j.id === 'wsb')!;
    const { lines } = jobDerivation(job, r, a, 'ja', 'binary');
    const [factor, versions] = r.requiredTerms;
    expect(lines).toContain(
      `必要容量 = max(1.5 × B = ${fb(factor!.bytes)}, B + ${r.generations - 1} × L = ${fb(versions!.bytes)}) = ${fb(r.requiredCapacityBytes)} — §1.6(1)(a)`,
    );
    expect(lines[0]).toBe(
      `B = ${fb(r.firstGenerationBytes)}, L = ${fb(r.laterGenerationBytes)} (B × ${job.changePercentPerGeneration} %), N = ${r.generations}`,
    );
    expect(lines.some((l) => l.includes(`= ${r.generationsThatFit} (最大 512`))).toBe(true);
  });

  it('an export: N × B, and no capacity means no fit or shortfall line', () => {
    const job = s.jobs.find((j) => j.id === 'exp')!;
    const r = e.jobs.find((j) => j.id === 'exp')!;
    const { lines } = jobDerivation(job, r, a, 'en', 'decimal');
    expect(lines).toEqual([
      `B = ${formatBytes(r.firstGenerationBytes, 'en', 'decimal')}, L = ${formatBytes(r.laterGenerationBytes, 'en', 'decimal')}, N = 2`,
      `Required capacity = 2 × B = ${formatBytes(r.requiredCapacityBytes, 'en', 'decimal')} — §1.6(2)`,
    ]);
  });

  it('a short job and a short volume say by how much, as required − available', () => {
    const big = fixture('inventory-100-vms');
    const be = estimate(big);
    const job = big.jobs.find((j) => j.id === 'wsb')!;
    const r = be.jobs.find((j) => j.id === 'wsb')!;
    const lines = jobDerivation(job, r, resolveAssumptions(big.assumptions), 'ja', 'binary').lines;
    expect(lines).toContain(`不足 = ${fb(r.requiredCapacityBytes)} − ${fb(job.destination.capacityBytes!)} = ${fb(r.shortfallBytes!)}`);
    const v = be.sourceVolumes.find((x) => (x.shortfallBytes ?? 0) > 0)!;
    const vl = volumeDerivation(v, 'x', 'ja', 'binary').lines;
    expect(vl[0]).toContain(`= ${fb(v.requiredFreeBytes)}`);
    expect(vl[1]).toBe(`不足 = ${fb(v.requiredFreeBytes)} − ${fb(v.freeBytes!)} = ${fb(v.shortfallBytes!)}`);
  });
});
