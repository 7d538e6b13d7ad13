import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenario } from '../engine';
import { loadFixturePairs } from '../test-support/fixtures';
import { run } from './cli-harness';
import { jsonChunks } from './write-json';

describe('JSON written in chunks', () => {
  it('is JSON.stringify(value, null, 2) byte for byte, whatever the value and the chunk size', () => {
    const withHoles = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withNullPrototype: false, withBigInt: false, withDate: true, withMap: false, withSet: false, withTypedArray: false }),
    );
    fc.assert(
      fc.property(withHoles, fc.integer({ min: 1, max: 200 }), (value, chunkChars) => {
        const chunks = [...jsonChunks(value, chunkChars)];
        expect(chunks.join('')).toBe(JSON.stringify(value, null, 2) ?? 'null');
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('estimate --format json prints exactly JSON.stringify(estimate, null, 2) for every fixture', async () => {
    for (const pair of loadFixturePairs()) {
      const parsed = parseScenario(pair.scenario);
      if (!parsed.ok) throw new Error(pair.name);
      const { stdout, code } = await run(['estimate', pair.scenarioPath, '--format', 'json']);
      expect(code).toBe(0);
      expect(stdout).toBe(JSON.stringify(estimate(parsed.scenario, { lang: 'ja' }), null, 2) + '\n');
    }
  });

  it('a large estimate goes out in many writes of bounded size, never as one string', async () => {
    const pair = loadFixturePairs().find((p) => p.name === 'inventory-100-vms')!;
    const { stdout, stdoutWrites, largestWrite } = await run(['estimate', pair.scenarioPath]);
    expect(stdout.length).toBeGreaterThan(2 * 65_536);
    expect(stdoutWrites).toBeGreaterThan(2);
    expect(largestWrite).toBeLessThan(65_536 + 4096);
  });
});
