import { describe, expect, it } from 'vitest';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { estimate } from './estimate';
import { GiB, TiB } from './units';

/** One VM whose only item is a 100 GiB VHD: an off VM on file copy has B = 100 GiB + small config files. */
const firstOf = (s: Parameters<typeof estimate>[0]) => estimate(s).jobs[0]!;

describe('destinations (§1.6(1)(2))', () => {
  it('dest.share-full: WSB to a share needs N × B, and floor(K / B) generations fit', () => {
    const s = scenario({ jobs: [job({ generations: 3, destination: { kind: 'remote-share', label: 's', capacityBytes: 1 * TiB } })] });
    const j = firstOf(s);
    expect(j.requiredBy).toBe('dest.share-full');
    expect(j.laterGenerationBytes).toBe(j.firstGenerationBytes);
    expect(j.requiredCapacityBytes).toBe(3 * j.firstGenerationBytes);
    expect(j.dataBytes).toBe(3 * j.firstGenerationBytes);
    expect(j.shadowStorageNeededBytes).toBeNull();
    expect(j.generationsThatFit).toBe(Math.floor(TiB / j.firstGenerationBytes));
  });

  it('dest.export-generations: export to any destination needs N × B', () => {
    for (const kind of ['local-drive', 'remote-share'] as const) {
      const s = scenario({ jobs: [job({ method: 'export', generations: 2, destination: { kind, label: 'E:' } })] });
      const j = firstOf(s);
      expect(j.requiredBy).toBe('dest.export-generations');
      expect(j.requiredCapacityBytes).toBe(2 * j.firstGenerationBytes);
      expect(j.generationsThatFit).toBeNull();
    }
  });

  it('dest.local-factor decides for one generation on a local drive', () => {
    const s = scenario({ jobs: [job({ generations: 1, destination: { kind: 'local-drive', label: 'E:' } })] });
    const j = firstOf(s);
    expect(j.requiredBy).toBe('dest.local-factor');
    expect(j.requiredCapacityBytes).toBe(Math.ceil(j.firstGenerationBytes * 1.5));
    expect(j.shadowStorageNeededBytes).toBe(0);
  });

  it('dest.local-versions decides when shadow storage is generous', () => {
    const s = scenario({
      jobs: [job({ generations: 20, changePercentPerGeneration: 10, destination: { kind: 'local-drive', label: 'E:' } })],
      assumptions: { shadowStoragePercent: 100 },
    });
    const j = firstOf(s);
    expect(j.laterGenerationBytes).toBe(Math.ceil(j.firstGenerationBytes * 0.1));
    expect(j.requiredBy).toBe('dest.local-versions');
    expect(j.requiredCapacityBytes).toBe(j.firstGenerationBytes + 19 * j.laterGenerationBytes);
  });

  it('dest.shadow-storage decides with a fixed 10 % and several generations', () => {
    const s = scenario({
      jobs: [job({ generations: 7, changePercentPerGeneration: 5, destination: { kind: 'local-drive', label: 'E:' } })],
      assumptions: { shadowStoragePercent: 10 },
    });
    const j = firstOf(s);
    expect(j.requiredBy).toBe('dest.shadow-storage');
    expect(j.shadowStorageNeededBytes).toBe(6 * j.laterGenerationBytes);
    expect(j.requiredCapacityBytes).toBe(Math.ceil((6 * j.laterGenerationBytes) / 0.1));
    expect(j.dataBytes).toBe(j.firstGenerationBytes + 6 * j.laterGenerationBytes);
    expect(j.requiredTerms.map((t) => t.id)).toEqual(['dest.local-factor', 'dest.local-versions', 'dest.shadow-storage']);
  });

  it('with shadow storage as needed (the default) the disk needs max(1.5 × B, B + (N−1)·L)', () => {
    const s = scenario({ jobs: [job({ generations: 7, changePercentPerGeneration: 20, destination: { kind: 'local-drive', label: 'E:' } })] });
    const j = firstOf(s);
    const b = j.firstGenerationBytes;
    expect(j.laterGenerationBytes).toBe(Math.ceil(b * 0.2));
    expect(j.requiredTerms).toEqual([
      { id: 'dest.local-factor', bytes: Math.ceil(b * 1.5) },
      { id: 'dest.local-versions', bytes: b + 6 * j.laterGenerationBytes },
    ]);
    expect(j.requiredBy).toBe('dest.local-versions');
    expect(j.requiredCapacityBytes).toBe(b + 6 * j.laterGenerationBytes);
  });

  it('requiredCapacityBytes is the max of requiredTerms, and requiredBy names the first largest', () => {
    for (const shadowStoragePercent of ['as-needed', 10, 100] as const) {
      for (const generations of [1, 2, 5, 30]) {
        const s = scenario({ jobs: [job({ generations, destination: { kind: 'local-drive', label: 'E:' } })], assumptions: { shadowStoragePercent } });
        const j = firstOf(s);
        const max = Math.max(...j.requiredTerms.map((t) => t.bytes));
        expect(j.requiredCapacityBytes).toBe(max);
        expect(j.requiredBy).toBe(j.requiredTerms.find((t) => t.bytes === max)!.id);
      }
    }
    const share = firstOf(scenario({ jobs: [job({ generations: 3, destination: { kind: 'remote-share', label: 's' } })] }));
    expect(share.requiredTerms).toEqual([{ id: 'dest.share-full', bytes: share.requiredCapacityBytes }]);
  });

  it('shortfallBytes is required − capacity, 0 when it fits, null without a capacity', () => {
    const at = (capacityBytes?: number) =>
      firstOf(scenario({ jobs: [job({ generations: 3, destination: { kind: 'remote-share', label: 's', capacityBytes } })] }));
    const required = at().requiredCapacityBytes;
    expect(at().shortfallBytes).toBeNull();
    expect(at(GiB).shortfallBytes).toBe(required - GiB);
    expect(at(required).shortfallBytes).toBe(0);
    expect(at(10 * TiB).shortfallBytes).toBe(0);
  });

  describe('shadowStorageNeededPercent', () => {
    const local = (capacityBytes: number | undefined, generations = 7) =>
      firstOf(
        scenario({
          vms: [vm({ state: 'off', disks: [disk()] })],
          jobs: [job({ method: 'wsb-guest', generations, destination: { kind: 'local-drive', label: 'E:', capacityBytes } })],
        }),
      );
    it('is ceil(100 × (N−1)·L ÷ K) when the job fits', () => {
      // B = 100 GiB, L = 10 GiB, 6 later versions = 60 GiB on 1 TiB: 5.86 % → 6 %.
      expect(local(1 * TiB).shadowStorageNeededPercent).toBe(6);
      expect(local(600 * GiB).shadowStorageNeededPercent).toBe(10);
    });
    it('is null without a capacity, when the job is short, and with one generation', () => {
      expect(local(undefined).shadowStorageNeededPercent).toBeNull();
      expect(local(100 * GiB).shortfallBytes).toBeGreaterThan(0);
      expect(local(100 * GiB).shadowStorageNeededPercent).toBeNull();
      expect(local(1 * TiB, 1).shadowStorageNeededPercent).toBeNull();
    });
    it('is null for shares and exports', () => {
      const s = scenario({ jobs: [job({ destination: { kind: 'remote-share', label: 's', capacityBytes: TiB } })] });
      expect(firstOf(s).shadowStorageNeededPercent).toBeNull();
    });
  });

  it('localDestinationFactor is an assumption', () => {
    const s = scenario({ jobs: [job({ destination: { kind: 'local-drive', label: 'E:' } })], assumptions: { localDestinationFactor: 2 } });
    const j = firstOf(s);
    expect(j.requiredCapacityBytes).toBe(2 * j.firstGenerationBytes);
  });

  it('guest-disk is sized like a local drive', () => {
    const s = scenario({ jobs: [job({ method: 'wsb-guest', generations: 3, destination: { kind: 'guest-disk', label: 'F:' } })] });
    const j = firstOf(s);
    expect(j.firstGenerationBytes).toBe(100 * GiB);
    expect(j.requiredBy).toBe('dest.local-factor');
    expect(j.laterGenerationBytes).toBe(10 * GiB);
    expect(j.shadowStorageNeededBytes).toBe(20 * GiB);
  });

  describe('generationsThatFit on a local drive', () => {
    const local = (generations: number, capacityBytes: number, change = 10, shadowStoragePercent: 'as-needed' | number = 'as-needed') =>
      firstOf(
        scenario({
          vms: [vm({ state: 'off', disks: [disk()] })],
          jobs: [
            job({ method: 'wsb-guest', generations, changePercentPerGeneration: change, destination: { kind: 'local-drive', label: 'E:', capacityBytes } }),
          ],
          assumptions: { shadowStoragePercent },
        }),
      );

    it('is the largest N whose requirement fits, with a fixed shadow storage percentage', () => {
      // B = 100 GiB, L = 10 GiB: N needs max(150, 100 + 10(N−1), 100(N−1)) GiB.
      expect(local(1, 1 * TiB, 10, 10).generationsThatFit).toBe(11);
      expect(local(1, 1000 * GiB, 10, 10).generationsThatFit).toBe(11);
      expect(local(1, 999 * GiB, 10, 10).generationsThatFit).toBe(10);
    });

    it('is the largest N whose requirement fits, with shadow storage as needed', () => {
      // B = 100 GiB, L = 10 GiB: N needs max(150, 100 + 10(N−1)) GiB.
      expect(local(1, 1 * TiB).generationsThatFit).toBe(93);
      expect(local(1, 1000 * GiB).generationsThatFit).toBe(91);
      expect(local(1, 999 * GiB).generationsThatFit).toBe(90);
      expect(local(1, 150 * GiB).generationsThatFit).toBe(6);
    });

    it('is 0 when one generation does not fit', () => {
      expect(local(1, 149 * GiB).generationsThatFit).toBe(0);
    });

    it('is capped at 512 shadow copies, also when L = 0', () => {
      expect(local(1, 1024 * TiB, 0).generationsThatFit).toBe(512);
      expect(local(1, 60 * TiB, 1).generationsThatFit).toBe(512);
    });

    it('is null without a capacity', () => {
      const s = scenario({ jobs: [job({ destination: { kind: 'local-drive', label: 'E:' } })] });
      expect(firstOf(s).generationsThatFit).toBeNull();
    });
  });

  it('a share with B = 0 gives null generations that fit', () => {
    const s = scenario({ jobs: [job({ include: { vmIds: [] }, destination: { kind: 'remote-share', label: 's', capacityBytes: TiB } })] });
    expect(firstOf(s).firstGenerationBytes).toBe(0);
    expect(firstOf(s).generationsThatFit).toBeNull();
  });
});

describe('source volumes (§1.6(5), §3.1.2(1))', () => {
  const volume = (s: Parameters<typeof estimate>[0], id: string) => estimate(s).sourceVolumes.find((v) => v.volumeId === id)!;

  it('an online backup needs each disk’s size on its volume plus 1 GiB for VSS', () => {
    const v = volume(scenario(), 'd');
    expect(v.requiredFreeBytes).toBe(101 * GiB);
    expect(v.lineItems).toEqual([
      { id: 'source.checkpoint-growth', jobId: 'j1', vmId: 'vm1', diskId: 'd1', bytes: 100 * GiB, source: '§1.6(5)' },
      { id: 'source.vss-free', jobId: 'j1', bytes: GiB, source: '§3.1.2(1)' },
    ]);
    expect(v.shortfallBytes).toBe(0);
  });

  it('an offline backup adds no checkpoint growth, only VSS free space', () => {
    const v = volume(scenario({ vms: [vm({ onlineBackup: false })] }), 'd');
    expect(v.requiredFreeBytes).toBe(GiB);
  });

  it('live export needs checkpoint growth (§3.2.2) but no VSS free space; shared VHDX excluded', () => {
    const disks = [disk(), disk({ id: 'sh', kind: 'shared-vhdx', guestRole: 'data' })];
    const v = volume(scenario({ vms: [vm({ disks })], jobs: [job({ method: 'export' })] }), 'd');
    expect(v.lineItems).toEqual([{ id: 'source.checkpoint-growth', jobId: 'j1', vmId: 'vm1', diskId: 'd1', bytes: 100 * GiB, source: '§3.2.2' }]);
  });

  it('an export of an off VM needs nothing', () => {
    const v = volume(scenario({ vms: [vm({ state: 'off' })], jobs: [job({ method: 'export' })] }), 'd');
    expect(v.requiredFreeBytes).toBe(0);
    expect(v.requiredByJobId).toBeNull();
    expect(v.lineItems).toEqual([]);
  });

  it('the host system volume gets VSS free space when the host system is included', () => {
    const s = scenario({ jobs: [job({ include: { hostSystem: true, vmIds: [] } })] });
    expect(volume(s, 'c').requiredFreeBytes).toBe(GiB);
    expect(volume(s, 'd').requiredFreeBytes).toBe(0);
    const settingsOnly = scenario({ jobs: [job({ include: { hyperVSettings: true, vmIds: [] } })] });
    expect(volume(settingsOnly, 'c').requiredFreeBytes).toBe(0);
  });

  it('takes the max over jobs, naming the first job on a tie', () => {
    const s = scenario({ jobs: [job(), job({ id: 'j2' }), job({ id: 'j3', method: 'export' })] });
    const v = volume(s, 'd');
    expect(v.requiredFreeBytes).toBe(101 * GiB);
    expect(v.requiredByJobId).toBe('j1');
  });

  it('reports a shortfall, and null without a known free space', () => {
    const s = scenario({
      volumes: [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS' },
        { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', freeBytes: 50 * GiB },
      ],
    });
    const e = estimate(s);
    expect(volume(s, 'd').shortfallBytes).toBe(51 * GiB);
    expect(volume(s, 'c').freeBytes).toBeNull();
    expect(volume(s, 'c').shortfallBytes).toBeNull();
    expect(e.totals.sourceShortfallBytes).toBe(51 * GiB);
    expect(e.totals.destinationShortfallBytes).toBe(0);
    expect(e.totals.shortfallBytes).toBe(51 * GiB);
  });

  it('sourceWritePercent and vssMinFreeBytes are assumptions', () => {
    const s = scenario({ assumptions: { sourceWritePercent: 25, vssMinFreeBytes: 0 } });
    expect(volume(s, 'd').requiredFreeBytes).toBe(25 * GiB);
  });

  it('lists every scenario volume', () => {
    expect(estimate(scenario()).sourceVolumes.map((v) => v.volumeId)).toEqual(['c', 'd']);
  });
});
