import { describe, expect, it } from 'vitest';
import { estimate, parseScenario } from '../engine';
import { encodeShareFragment } from '../share/link-codec';
import { loadFixturePairs } from '../test-support/fixtures';
import { run } from './cli-harness';

const parsed = (input: unknown) => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error('fixture');
  return r.scenario;
};

describe('hvsize compare', () => {
  const [a, b] = loadFixturePairs();
  it('compares a file and a link: JSON whose figures are each scenario’s own estimate', async () => {
    const { code, stdout, stderr } = await run(['compare', a!.scenarioPath, await encodeShareFragment(parsed(b!.scenario))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    expect(c.format).toBe('hyperv-backup-sizer/comparison');
    expect(c.scenarios.map((s: { totals: unknown }) => s.totals)).toEqual([estimate(parsed(a!.scenario)).totals, estimate(parsed(b!.scenario)).totals]);
  });

  it('prints a text table in the chosen language', async () => {
    const { code, stdout } = await run(['compare', a!.scenarioPath, b!.scenarioPath, '--format', 'text', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Design alternatives compared');
  });

  it('takes 2 or 3 alternatives, and names what cannot be read', async () => {
    expect((await run(['compare', a!.scenarioPath])).code).toBe(2);
    const bad = await run(['compare', a!.scenarioPath, '#s=1.AAAA']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('link');
    expect(bad.stdout).toBe('');
  });
});
