import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioInput } from '../test-support/scenario-builder';
import { run } from './cli-harness';
import { visible } from './visible-text';

/** What must never reach a terminal raw: C0 but the line feed, DEL, C1, bidi controls, line separators. */
// eslint-disable-next-line no-control-regex -- the characters looked for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE_UNITS = [
  '\u001b',
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  '\u2028',
  'a',
  '名',
  ' ',
];
const hostile = fc.array(fc.constantFrom(...HOSTILE_UNITS), { minLength: 1, maxLength: 8 }).map((parts) => `x${parts.join('')}`);

/** The builder's scenario with every name, label and id (references kept in step) replaced. */
function scenarioNamed(t: string[]) {
  const s = structuredClone(scenarioInput());
  const [name, volumeLabel, volumeId, vmId, vmName, diskId, diskLabel, jobId, jobName, destination] = t as [string, ...string[]];
  s.name = name;
  s.volumes[1]!.label = volumeLabel!;
  s.volumes[1]!.id = volumeId!;
  const vm = s.vms[0]!;
  Object.assign(vm, { id: vmId, name: vmName, volumeId });
  Object.assign(vm.disks[0]!, { id: diskId, label: diskLabel, volumeId });
  Object.assign(s.jobs[0]!, { id: jobId, name: jobName, include: { vmIds: [vmId] }, destination: { kind: 'local-drive', label: destination } });
  return s;
}

describe('text for a terminal', () => {
  it('estimate --format text shows control and bidi characters in names, labels and ids as escapes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 10, maxLength: 10 }), fc.constantFrom('ja', 'en'), async (texts, lang) => {
        const r = await run(['estimate', '-', '--format', 'text', '--lang', lang], JSON.stringify(scenarioNamed(texts)));
        expect(r.stderr).toBe('');
        expect(r.stdout).not.toMatch(RAW);
        expect(r.stdout).toContain(visible(texts[0]!));
        expect(r.stdout).toContain(visible(texts[8]!));
      }),
      { numRuns: 150 },
    );
  });

  it('error lines show them as escapes too, and say each problem once', async () => {
    const s = scenarioNamed(Array(10).fill('x'));
    s.vms.push({ ...s.vms[0]!, id: '\u001b]0;owned\u0007' }, { ...s.vms[0]!, id: '\u001b]0;owned\u0007' });
    s.volumes[0]!.capacityBytes = 2 ** 60;
    const r = await run(['estimate', '-', '--lang', 'en'], JSON.stringify(s));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('duplicate id "\\u001b]0;owned\\u0007" (also at vms[1])');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('capacityBytes'))).toEqual([
      'hvsize: stdin: volumes[0].capacityBytes: must be ≤ 8.00 PB (9,007,199,254,740,991 bytes)',
    ]);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a file that is not JSON is refused without echoing its control characters', async () => {
    const r = await run(['estimate', '-'], '\u001b[2J\u202e');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('JSON として読めません');
  });
});
