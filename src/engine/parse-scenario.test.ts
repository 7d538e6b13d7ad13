import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disk, job, scenarioInput, vm } from '../test-support/scenario-builder';
import { LIMITS } from './limits';
import { formatPath } from './scenario-checks';
import { checkScenarioCounts } from './scenario-counts';
import { parseScenario, type Problem } from './parse-scenario';
import { GiB, TiB } from './units';

const problemsOf = (input: unknown, lang: 'ja' | 'en' = 'en'): Problem[] => {
  const r = parseScenario(input, lang);
  return r.ok ? [] : r.problems;
};
const checkCountPaths = (input: unknown) => checkScenarioCounts(input).map((p) => formatPath(p.path));
const mutate = (edit: (s: ReturnType<typeof scenarioInput> & Record<string, unknown>) => void) => {
  const s = structuredClone(scenarioInput()) as ReturnType<typeof scenarioInput> & Record<string, unknown>;
  edit(s);
  return s;
};

describe('parseScenario', () => {
  it('fills in every documented default', () => {
    const r = parseScenario(
      scenarioInput({
        host: { os: 'ws2022', topology: 'standalone', systemDriveBytes: 0 },
        vms: [
          {
            id: 'v',
            name: 'v',
            configVersion: '9.0',
            state: 'off',
            memoryBytes: GiB,
            volumeId: 'd',
            disks: [{ id: 'x', kind: 'vhdx', type: 'fixed', maxSizeBytes: GiB, volumeId: 'd', guestRole: 'system' }],
          },
        ],
        jobs: [{ id: 'j', name: 'j', method: 'wsb-host', include: {}, destination: { kind: 'remote-share', label: 's' }, generations: 1 }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.notes).toBe('');
    expect(s.host.nodes).toBe(1);
    expect(s.assumptions).toEqual({});
    expect(s.vms[0]).toMatchObject({
      generation: 2,
      checkpoints: { standard: 0, production: 0 },
      onlineBackup: true,
      automaticStopAction: 'save',
      guestOs: 'windows-server',
    });
    expect(s.vms[0]!.disks[0]!.parentSizeBytes).toBe(0);
    expect(s.jobs[0]).toMatchObject({
      include: { hostSystem: false, hyperVSettings: false, vmIds: [], guestVolumes: 'both' },
      schedule: 'scheduled',
      changePercentPerGeneration: 10,
    });
  });

  it('rejects what is not an object, with one problem', () => {
    for (const input of [null, 3, 'text', [], undefined]) {
      expect(problemsOf(input)).toEqual([{ path: 'scenario', message: 'must be an object' }]);
    }
  });

  it('rejects a wrong format tag before anything else', () => {
    expect(problemsOf({ format: 'something-else', version: 1 })).toEqual([
      { path: 'format', message: 'must be "hyperv-backup-sizer/scenario" (this is not a Hyper-V Backup Sizer scenario)' },
    ]);
  });

  it('rejects an unknown version', () => {
    expect(problemsOf(mutate((s) => (s.version = 2 as 1)))).toEqual([{ path: 'version', message: 'version 2 is unknown (this app reads version 1)' }]);
  });

  it.each([
    [
      'wrong type',
      (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.memoryBytes = '4GB'),
      'vms[0].memoryBytes',
      'must be a whole number of bytes ≥ 0',
    ],
    [
      'fractional bytes',
      (s: Record<string, unknown>) => ((s.vms as { disks: Record<string, unknown>[] }[])[0]!.disks[0]!.maxSizeBytes = 1.5),
      'vms[0].disks[0].maxSizeBytes',
      'must be a whole number of bytes ≥ 0',
    ],
    [
      'negative bytes',
      (s: Record<string, unknown>) => ((s.host as Record<string, unknown>).systemDriveBytes = -1),
      'host.systemDriveBytes',
      'must be a whole number of bytes ≥ 0',
    ],
    ['missing field', (s: Record<string, unknown>) => delete (s.vms as Record<string, unknown>[])[0]!.state, 'vms[0].state', 'is required'],
    [
      'unknown enum',
      (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.method = 'tape'),
      'jobs[0].method',
      'must be one of "wsb-host", "wsb-guest", "export", "file-copy"',
    ],
    [
      'generations out of bounds',
      (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.generations = 513),
      'jobs[0].generations',
      'must be ≤ 512',
    ],
    ['generations zero', (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.generations = 0), 'jobs[0].generations', 'must be ≥ 1'],
    [
      'memory above 12 TiB',
      (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.memoryBytes = 13 * TiB),
      'vms[0].memoryBytes',
      'must be ≤ 12.0 TB (13,194,139,533,312 bytes)',
    ],
    [
      'percent above 100',
      (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.changePercentPerGeneration = 101),
      'jobs[0].changePercentPerGeneration',
      'must be ≤ 100',
    ],
    [
      'shadow storage 0 %',
      (s: Record<string, unknown>) => (s.assumptions = { shadowStoragePercent: 0 }),
      'assumptions.shadowStoragePercent',
      'must be above 0',
    ],
    ['factor below 1', (s: Record<string, unknown>) => (s.assumptions = { localDestinationFactor: 0.5 }), 'assumptions.localDestinationFactor', 'must be ≥ 1'],
    [
      'config version text',
      (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.configVersion = 'ten'),
      'vms[0].configVersion',
      'must be a version "N.M", such as "10.0"',
    ],
    [
      'nodes above 64',
      (s: Record<string, unknown>) => (s.host = { os: 'ws2022', topology: 'cluster-csv', nodes: 65, systemDriveBytes: 0 }),
      'host.nodes',
      'must be ≤ 64',
    ],
  ])('%s names the field', (_name, edit, path, message) => {
    expect(problemsOf(mutate(edit as (s: Record<string, unknown>) => void))).toEqual([{ path, message }]);
  });

  it('rejects more than 8000 VMs', () => {
    const vms = Array.from({ length: 8001 }, (_, i) => vm({ id: `v${i}` }));
    expect(problemsOf(scenarioInput({ vms, jobs: [] }))).toEqual([{ path: 'vms', message: 'must have at most 8,000 entries' }]);
  });

  it('rejects a VHD above 2040 GiB and a VHDX above 64 TiB', () => {
    const s = scenarioInput({ vms: [vm({ disks: [disk({ kind: 'vhd', maxSizeBytes: 2041 * GiB }), disk({ id: 'd2', maxSizeBytes: 65 * TiB })] })] });
    expect(problemsOf(s)).toEqual([
      { path: 'vms[0].disks[0].maxSizeBytes', message: 'must be at most 2,190,433,320,960 bytes for a vhd disk' },
      { path: 'vms[0].disks[1].maxSizeBytes', message: 'must be at most 70,368,744,177,664 bytes for a vhdx disk' },
    ]);
  });

  it('rejects more than 50 checkpoints in all', () => {
    const s = scenarioInput({ vms: [vm({ checkpoints: { standard: 30, production: 21 } })] });
    expect(problemsOf(s)).toEqual([{ path: 'vms[0].checkpoints', message: 'standard + production must be at most 50 per VM' }]);
  });

  it('rejects duplicate ids in every list', () => {
    const s = scenarioInput({
      volumes: [
        { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS' },
        { id: 'd', label: 'E:', kind: 'local', fileSystem: 'NTFS' },
      ],
      host: { os: 'ws2022', topology: 'standalone', systemDriveBytes: 0 },
      vms: [vm({ disks: [disk(), disk()] }), vm()],
      jobs: [job(), job()],
    });
    expect(problemsOf(s)).toEqual([
      { path: 'volumes[1].id', message: 'duplicate id "d" (also at volumes[0])' },
      { path: 'vms[1].id', message: 'duplicate id "vm1" (also at vms[0])' },
      { path: 'jobs[1].id', message: 'duplicate id "j1" (also at jobs[0])' },
      { path: 'vms[0].disks[1].id', message: 'duplicate id "d1" (also at vms[0].disks[0])' },
    ]);
  });

  it('rejects dangling references and a VM listed twice in a job', () => {
    const s = scenarioInput({
      host: { os: 'ws2022', topology: 'standalone', systemDriveBytes: 0, systemVolumeId: 'z' },
      vms: [vm({ volumeId: 'q', disks: [disk({ volumeId: 'r' })] })],
      jobs: [job({ include: { vmIds: ['vm1', 'nope', 'vm1'] } })],
    });
    expect(problemsOf(s)).toEqual([
      { path: 'host.systemVolumeId', message: 'refers to "z", which is not in volumes' },
      { path: 'vms[0].volumeId', message: 'refers to "q", which is not in volumes' },
      { path: 'vms[0].disks[0].volumeId', message: 'refers to "r", which is not in volumes' },
      { path: 'jobs[0].include.vmIds[1]', message: 'refers to "nope", which is not in vms' },
      { path: 'jobs[0].include.vmIds[2]', message: 'lists VM "vm1" more than once' },
    ]);
  });

  it('requires a volume for file-backed disks and forbids it for the others', () => {
    const s = scenarioInput({
      vms: [vm({ disks: [disk({ volumeId: undefined }), disk({ id: 'p', kind: 'guest-iscsi', volumeId: 'd' })] })],
    });
    expect(problemsOf(s)).toEqual([
      { path: 'vms[0].disks[0].volumeId', message: 'is required for a vhdx disk' },
      { path: 'vms[0].disks[1].volumeId', message: 'must be left out for a guest-iscsi disk (it is not a file on a volume)' },
    ]);
  });

  it('checks values that must not exceed another', () => {
    const s = scenarioInput({
      volumes: [{ id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', capacityBytes: GiB, freeBytes: 2 * GiB }],
      host: { os: 'ws2022', topology: 'standalone', systemDriveBytes: 0 },
      vms: [vm({ memoryInUseBytes: 8 * GiB, disks: [disk({ guestUsedBytes: 200 * GiB })] })],
    });
    expect(problemsOf(s)).toEqual([
      { path: 'volumes[0].freeBytes', message: 'must not exceed the capacity' },
      { path: 'vms[0].memoryInUseBytes', message: 'must not exceed the memory' },
      { path: 'vms[0].disks[0].guestUsedBytes', message: 'must not exceed the maximum size' },
    ]);
    // Named as the editor labels the other field, never by its key (capacityBytes).
    expect(problemsOf(s, 'ja').map((p) => p.message)).toEqual([
      '容量を超えることはできません',
      'メモリを超えることはできません',
      '最大サイズを超えることはできません',
    ]);
  });

  it('allows a file a little larger than its maximum size (fixed VHDX metadata)', () => {
    expect(problemsOf(scenarioInput({ vms: [vm({ disks: [disk({ fileSizeBytes: 100 * GiB + 4194304 })] })] }))).toEqual([]);
  });

  it('guest-disk goes only with wsb-guest; standalone has one node', () => {
    const s = scenarioInput({
      host: { os: 'ws2022', topology: 'standalone', nodes: 2, systemDriveBytes: 0 },
      jobs: [job({ destination: { kind: 'guest-disk', label: 'F:' } })],
    });
    expect(problemsOf(s)).toEqual([
      { path: 'host.nodes', message: 'must be 1 for a standalone topology' },
      { path: 'jobs[0].destination.kind', message: 'guest-disk goes only with method wsb-guest' },
    ]);
  });

  it('speaks Japanese when asked', () => {
    const s = mutate((x) => ((x.jobs as unknown as Record<string, unknown>[])[0]!.generations = 600));
    expect(problemsOf(s, 'ja')).toEqual([{ path: 'jobs[0].generations', message: '512 以下で指定してください' }]);
  });

  it('rejects counts past the bounds against crafted files before the schema, one problem per bound', () => {
    const vms = Array.from({ length: 250 }, (_, i) => vm({ id: `v${i}`, disks: Array.from({ length: i === 3 ? 261 : 257 }, (_, d) => disk({ id: `d${d}` })) }));
    const jobs = Array.from({ length: 101 }, (_, j) => job({ id: `j${j}`, include: { vmIds: [] } }));
    const volumes = Array.from({ length: 1001 }, (_, i) => ({ id: `x${i}`, label: 'X:', kind: 'local' as const, fileSystem: 'NTFS' as const }));
    // The name is wrong too, but the count pass stops before the schema would look at it.
    const input = { ...scenarioInput({ vms, jobs, volumes }), name: 5 };
    expect(problemsOf(input)).toEqual([
      { path: 'volumes', message: 'must have at most 1,000 entries' },
      { path: 'jobs', message: 'must have at most 100 entries' },
      { path: 'vms[3].disks', message: 'must have at most 260 entries' },
      // 249 VMs of 257 disks and one of 261 make 63,997; the 250th VM takes the total past 64,000.
      { path: 'vms[249].disks', message: 'takes the disks over all VMs past 64,000' },
    ]);
    expect(problemsOf(scenarioInput({ jobs }), 'ja')).toEqual([{ path: 'jobs', message: '100 件までです' }]);
  });

  it('rejects references over all jobs past 64,000 at the job that passes it', () => {
    const vms = Array.from({ length: 8000 }, (_, i) => vm({ id: `v${i}` }));
    const everyVm = vms.map((v) => v.id);
    const jobs = Array.from({ length: 9 }, (_, j) => job({ id: `j${j}`, include: { vmIds: everyVm } }));
    expect(problemsOf(scenarioInput({ vms, jobs }))).toEqual([{ path: 'jobs[8].include.vmIds', message: 'takes the VMs listed over all jobs past 64,000' }]);
    expect(problemsOf(scenarioInput({ vms, jobs }), 'ja')).toEqual([
      { path: 'jobs[8].include.vmIds', message: '全ジョブの VM 指定が合計 64,000 件を超えます' },
    ]);
  });

  it('refuses exactly the counts past a bound, whatever the mix (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 110 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 270 }), (jobCount, vmsPerJob, diskCount) => {
        const ids = Array.from({ length: vmsPerJob }, (_, i) => `v${i}`);
        const input = { volumes: [], vms: [{ disks: Array(diskCount).fill({}) }], jobs: Array.from({ length: jobCount }, () => ({ include: { vmIds: ids } })) };
        const paths = checkCountPaths(input);
        expect(paths.includes('jobs')).toBe(jobCount > LIMITS.jobsPerScenario);
        expect(paths.includes('vms[0].disks')).toBe(diskCount > LIMITS.disksPerVm);
        expect(paths.some((p) => /^jobs\[\d+\]\.include\.vmIds$/.test(p))).toBe(jobCount * vmsPerJob > LIMITS.vmReferencesPerScenario);
      }),
    );
  });

  it('bounds the length of ids, names, labels and notes', () => {
    const long = (n: number) => 'x'.repeat(n);
    const s = mutate((x) => {
      x.name = long(257);
      x.notes = long(10_001);
      x.volumes[1]!.label = long(257);
      x.vms[0]!.id = long(201);
      x.vms[0]!.name = long(257);
      x.vms[0]!.disks[0]!.label = long(257);
      x.jobs[0]!.name = long(257);
      x.jobs[0]!.destination.label = long(257);
    });
    const problems = problemsOf(s);
    for (const path of ['name', 'volumes[1].label', 'vms[0].name', 'vms[0].disks[0].label', 'jobs[0].name', 'jobs[0].destination.label']) {
      expect(problems).toContainEqual({ path, message: 'must be at most 256 characters' });
    }
    expect(problems).toContainEqual({ path: 'notes', message: 'must be at most 10,000 characters' });
    expect(problems).toContainEqual({ path: 'vms[0].id', message: 'must be at most 200 characters' });
    expect(
      problemsOf(
        mutate((x) => (x.name = long(257))),
        'ja',
      ),
    ).toEqual([{ path: 'name', message: '256 文字以内で指定してください' }]);
    expect(problemsOf(mutate((x) => (x.name = long(256))))).toEqual([]);
  });

  it('says a byte figure past 2^53 is too large once, not twice', () => {
    expect(problemsOf(mutate((x) => (x.volumes[0]!.capacityBytes = 2 ** 60)))).toEqual([
      { path: 'volumes[0].capacityBytes', message: 'must be ≤ 8.00 PB (9,007,199,254,740,991 bytes)' },
    ]);
  });

  it('accepts every shared fixture’s kind of input and ignores unknown extra fields', () => {
    expect(parseScenario({ ...scenarioInput(), extra: 1 }).ok).toBe(true);
  });
});
