import { describe, expect, it } from 'vitest';
import { disk, job, scenarioInput, vm } from '../test-support/scenario-builder';
import { parseScenario, type Problem } from './parse-scenario';
import { GiB, TiB } from './units';

const problemsOf = (input: unknown, lang: 'ja' | 'en' = 'en'): Problem[] => {
  const r = parseScenario(input, lang);
  return r.ok ? [] : r.problems;
};
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
        vms: [{ id: 'v', name: 'v', configVersion: '9.0', state: 'off', memoryBytes: GiB, volumeId: 'd', disks: [{ id: 'x', kind: 'vhdx', type: 'fixed', maxSizeBytes: GiB, volumeId: 'd', guestRole: 'system' }] }],
        jobs: [{ id: 'j', name: 'j', method: 'wsb-host', include: {}, destination: { kind: 'remote-share', label: 's' }, generations: 1 }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.notes).toBe('');
    expect(s.host.nodes).toBe(1);
    expect(s.assumptions).toEqual({});
    expect(s.vms[0]).toMatchObject({ generation: 2, checkpoints: { standard: 0, production: 0 }, onlineBackup: true, automaticStopAction: 'save', guestOs: 'windows-server' });
    expect(s.vms[0]!.disks[0]!.parentSizeBytes).toBe(0);
    expect(s.jobs[0]).toMatchObject({ include: { hostSystem: false, hyperVSettings: false, vmIds: [], guestVolumes: 'both' }, schedule: 'scheduled', changePercentPerGeneration: 10 });
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
    expect(problemsOf(mutate((s) => (s.version = 2 as 1)))).toEqual([
      { path: 'version', message: 'version 2 is unknown (this app reads version 1)' },
    ]);
  });

  it.each([
    ['wrong type', (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.memoryBytes = '4GB'), 'vms[0].memoryBytes', 'must be a whole number of bytes ≥ 0'],
    ['fractional bytes', (s: Record<string, unknown>) => (((s.vms as { disks: Record<string, unknown>[] }[])[0]!.disks[0]!.maxSizeBytes = 1.5)), 'vms[0].disks[0].maxSizeBytes', 'must be a whole number of bytes ≥ 0'],
    ['negative bytes', (s: Record<string, unknown>) => ((s.host as Record<string, unknown>).systemDriveBytes = -1), 'host.systemDriveBytes', 'must be a whole number of bytes ≥ 0'],
    ['missing field', (s: Record<string, unknown>) => delete (s.vms as Record<string, unknown>[])[0]!.state, 'vms[0].state', 'is required'],
    ['unknown enum', (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.method = 'tape'), 'jobs[0].method', 'must be one of "wsb-host", "wsb-guest", "export", "file-copy"'],
    ['generations out of bounds', (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.generations = 513), 'jobs[0].generations', 'must be ≤ 512'],
    ['generations zero', (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.generations = 0), 'jobs[0].generations', 'must be ≥ 1'],
    ['memory above 12 TiB', (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.memoryBytes = 13 * TiB), 'vms[0].memoryBytes', 'must be ≤ 13,194,139,533,312 bytes'],
    ['percent above 100', (s: Record<string, unknown>) => ((s.jobs as Record<string, unknown>[])[0]!.changePercentPerGeneration = 101), 'jobs[0].changePercentPerGeneration', 'must be ≤ 100'],
    ['shadow storage 0 %', (s: Record<string, unknown>) => (s.assumptions = { shadowStoragePercent: 0 }), 'assumptions.shadowStoragePercent', 'must be above 0'],
    ['factor below 1', (s: Record<string, unknown>) => (s.assumptions = { localDestinationFactor: 0.5 }), 'assumptions.localDestinationFactor', 'must be ≥ 1'],
    ['config version text', (s: Record<string, unknown>) => ((s.vms as Record<string, unknown>[])[0]!.configVersion = 'ten'), 'vms[0].configVersion', 'must be a version "N.M", such as "10.0"'],
    ['nodes above 64', (s: Record<string, unknown>) => (s.host = { os: 'ws2022', topology: 'cluster-csv', nodes: 65, systemDriveBytes: 0 }), 'host.nodes', 'must be ≤ 64'],
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
      { path: 'volumes[0].freeBytes', message: 'must not exceed capacityBytes' },
      { path: 'vms[0].memoryInUseBytes', message: 'must not exceed memoryBytes' },
      { path: 'vms[0].disks[0].guestUsedBytes', message: 'must not exceed maxSizeBytes' },
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

  it('accepts every shared fixture’s kind of input and ignores unknown extra fields', () => {
    expect(parseScenario({ ...scenarioInput(), extra: 1 }).ok).toBe(true);
  });
});
