import { describe, expect, it } from 'vitest';
import { diffEstimate } from '../test-support/compare-estimate';
import { loadFixturePairs } from '../test-support/fixtures';
import { estimate, parseScenario } from './index';

describe('reference fixtures', () => {
  const pairs = loadFixturePairs();
  it('finds the fixtures', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
  });
  for (const pair of pairs) {
    it(`${pair.name}: estimate() equals the expected estimate`, () => {
      const parsed = parseScenario(pair.scenario);
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      expect(diffEstimate(estimate(parsed.scenario), pair.expected)).toEqual([]);
    });
  }
});
