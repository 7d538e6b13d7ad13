import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Scenario } from '../../engine';
import { decodeShareLink } from '../link-codec';
import { crowdedScenario, rangeCodedLink } from '../../test-support/crafted-links';

const opened = async (link: string, lang: 'ja' | 'en' = 'en') => {
  const r = await decodeShareLink(link, lang);
  return r.ok
    ? { ok: true as const, scenario: r.scenario, notes: r.notes ?? [] }
    : { ok: false as const, text: r.problems.map((p) => `${p.path}: ${p.message}`).join('\n') };
};
const refusal = async (s: Scenario) => {
  const r = await opened(rangeCodedLink(s));
  if (r.ok) throw new Error('a link over a bound opened');
  return r.text;
};
/** Not a time limit (timings belong in the benchmark): room for a loaded machine before vitest gives up. */
const HEAVY = 60_000;
const long = (n: number) => 'x'.repeat(n);
const disks = (n: number) => Array.from({ length: n }, (_, i) => ({ ...crowdedScenario(1, 0).vms[0]!.disks[0]!, id: `d${i}` }));

describe('current-format links built to exhaust the reader', () => {
  // The case: 21 KB, once 28 s and 1.3 GB before `RangeError: Invalid string length`.
  it(
    '8,000 VMs and 4,000 jobs each listing every VM are refused at the job count',
    async () => {
      const link = rangeCodedLink(crowdedScenario(8000, 4000));
      expect(link.length).toBeLessThan(25_000);
      expect(await opened(link)).toEqual({ ok: false, text: 'link: jobs: must have at most 100 entries' });
    },
    HEAVY,
  );

  it.each<[string, () => Scenario, string]>([
    [
      'volumes',
      () => crowdedScenario(1, 1, (s) => (s.volumes = Array.from({ length: 1001 }, (_, i) => ({ ...s.volumes[0]!, id: `v${i}` })))),
      'link: volumes: must have at most 1,000 entries',
    ],
    ['VMs', () => crowdedScenario(8001, 0), 'link: vms: must have at most 8,000 entries'],
    ['disks of one VM', () => crowdedScenario(2, 0, (s) => (s.vms[1]!.disks = disks(261))), 'link: vms[1].disks: must have at most 260 entries'],
    [
      'disks over all VMs',
      () => crowdedScenario(250, 0, (s) => s.vms.forEach((vm) => (vm.disks = disks(257)))),
      'link: vms[249].disks: takes the disks over all VMs past 64,000',
    ],
    ['VM references over all jobs', () => crowdedScenario(1000, 65), 'link: jobs[64].include.vmIds: takes the VMs listed over all jobs past 64,000'],
    ['a volume id', () => crowdedScenario(1, 0, (s) => (s.volumes[0]!.id = long(201))), 'link: volumes[0].id: must be at most 200 characters'],
    ['a VM id', () => crowdedScenario(3, 0, (s) => (s.vms[2]!.id = `${long(199)}日本`)), 'link: vms[2].id: must be at most 200 characters'],
    ['a disk id', () => crowdedScenario(3, 0, (s) => (s.vms[1]!.disks[0]!.id = long(600))), 'link: vms[1].disks[0].id: must be at most 200 characters'],
    ['a job id', () => crowdedScenario(3, 2, (s) => (s.jobs[1]!.id = long(201))), 'link: jobs[1].id: must be at most 200 characters'],
    [
      'a VM id spelled in a job',
      () => crowdedScenario(3, 1, (s) => (s.jobs[0]!.include.vmIds = ['vm2', long(201)])),
      'link: jobs[0].include.vmIds[1]: must be at most 200 characters',
    ],
    ['a volume reference', () => crowdedScenario(3, 0, (s) => (s.vms[2]!.volumeId = long(300))), 'link: vms[2].volumeId: must be at most 200 characters'],
    ['the notes', () => crowdedScenario(1, 0, (s) => (s.notes = long(10_001))), 'link: notes: must be at most 10,000 characters'],
  ])('too many or too long: %s, refused naming the field', async (_name, build, message) => {
    expect(await refusal(build())).toBe(message);
  });

  it(
    'is refused exactly when a count passes its bound (jobs × VMs)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 110 }), async (vmCount, jobCount) => {
          const r = await opened(rangeCodedLink(crowdedScenario(vmCount, jobCount)));
          const over = jobCount > LIMITS.jobsPerScenario || vmCount * jobCount > LIMITS.vmReferencesPerScenario;
          expect(r.ok).toBe(!over);
          if (!r.ok)
            expect(r.text).toMatch(/^link: (jobs: must have at most 100 entries|jobs\[\d+\]\.include\.vmIds: takes the VMs listed over all jobs past 64,000)$/);
        }),
        { numRuns: 40 },
      );
    },
    HEAVY,
  );

  it(
    'opens a scenario at the bounds: 8,000 VMs in 8 jobs of every VM (64,000 references)',
    async () => {
      const s = crowdedScenario(8000, 8);
      const r = await opened(rangeCodedLink(s));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.scenario.jobs.map((j) => j.include.vmIds.length)).toEqual(Array(8).fill(8000));
    },
    HEAVY,
  );

  it('cuts names and labels over 256 characters to 256, with a note', async () => {
    const s = crowdedScenario(3, 1, (x) => {
      x.name = long(300);
      x.vms[1]!.name = `${long(255)}😀😀`;
      x.vms[2]!.disks[0]!.label = long(257);
      x.volumes[0]!.label = long(256);
      x.jobs[0]!.destination.label = long(1000);
    });
    const en = await opened(rangeCodedLink(s));
    const ja = await opened(rangeCodedLink(s), 'ja');
    if (!en.ok || !ja.ok) throw new Error('refused');
    expect(en.scenario.name).toBe(long(256));
    expect(en.scenario.vms[1]!.name).toBe(long(255));
    expect(en.scenario.vms[2]!.disks[0]!.label).toBe(long(256));
    expect(en.scenario.volumes[0]!.label).toBe(long(256));
    expect(en.scenario.jobs[0]!.destination.label).toBe(long(256));
    expect(en.notes).toEqual([{ path: 'link: name', message: 'names and labels longer than 256 characters were cut to 256 (4 in all)' }]);
    expect(ja.notes).toEqual([{ path: 'link: name', message: '256 文字を超える名前とラベルを 256 文字に切り詰めました (計 4 件)' }]);
  });
});
