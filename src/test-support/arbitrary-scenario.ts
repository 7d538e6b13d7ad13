import fc from 'fast-check';
import type { ScenarioInput } from '../engine';
import { GiB, MiB } from '../engine/units';

type VolumeInput = ScenarioInput['volumes'][number];
type VmInput = ScenarioInput['vms'][number];
type DiskInput = VmInput['disks'][number];
type JobInput = ScenarioInput['jobs'][number];

const FS_BY_KIND = { local: ['NTFS', 'ReFS'], 'shared-disk': ['NTFS', 'ReFS'], csv: ['CSVFS'], 'smb-share': ['SMB'] } as const;

const volumeArb = (id: string): fc.Arbitrary<VolumeInput> =>
  fc
    .record({
      kind: fc.constantFrom('local', 'shared-disk', 'csv', 'smb-share' as const),
      capacity: fc.option(fc.integer({ min: 0, max: 64 * 1024 }), { nil: undefined }),
      freeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      fsPick: fc.nat(1),
    })
    .map(({ kind, capacity, freeShare, fsPick }) => {
      const systems = FS_BY_KIND[kind];
      const capacityBytes = capacity === undefined ? undefined : capacity * GiB;
      return {
        id,
        label: id.toUpperCase(),
        kind,
        fileSystem: systems[fsPick % systems.length]!,
        capacityBytes,
        freeBytes: capacityBytes === undefined ? undefined : Math.floor(capacityBytes * freeShare),
      };
    });

/** Measured values (file, used, checkpoint files) never exceed the maximums, as in a real inventory. */
const diskArb = (id: string, volumeIds: string[]): fc.Arbitrary<DiskInput> =>
  fc
    .record({
      kind: fc.constantFrom('vhdx', 'vhd', 'shared-vhdx', 'passthrough', 'guest-iscsi', 'vfc' as const),
      type: fc.constantFrom('fixed', 'dynamic', 'differencing' as const),
      maxMiB: fc.integer({ min: 0, max: 2040 * 1024 }),
      fileShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      usedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      cpShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      parentMiB: fc.integer({ min: 0, max: 512 * 1024 }),
      volume: fc.constantFrom(...volumeIds),
      guestRole: fc.constantFrom('system', 'data' as const),
    })
    .map((d) => {
      const maxSizeBytes = d.maxMiB * MiB;
      const fileBacked = d.kind === 'vhdx' || d.kind === 'vhd' || d.kind === 'shared-vhdx';
      const part = (share: number | undefined) => (share === undefined ? undefined : Math.floor(maxSizeBytes * share));
      return {
        id,
        kind: d.kind,
        type: d.type,
        maxSizeBytes,
        fileSizeBytes: part(d.fileShare),
        parentSizeBytes: d.type === 'differencing' ? d.parentMiB * MiB : 0,
        checkpointFilesBytes: part(d.cpShare),
        volumeId: fileBacked ? d.volume : undefined,
        guestRole: d.guestRole,
        guestUsedBytes: part(d.usedShare),
      };
    });

const vmArb = (id: string, volumeIds: string[]): fc.Arbitrary<VmInput> =>
  fc
    .record({
      configVersion: fc.constantFrom('5.0', '8.0', '9.0', '10.0', '12.0'),
      state: fc.constantFrom('running', 'off', 'saved', 'paused' as const),
      memMiB: fc.integer({ min: 0, max: 1024 * 1024 }),
      inUseShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      standard: fc.integer({ min: 0, max: 10 }),
      production: fc.integer({ min: 0, max: 10 }),
      onlineBackup: fc.boolean(),
      automaticStopAction: fc.constantFrom('save', 'shutdown', 'turn-off' as const),
      guestOs: fc.constantFrom('windows-server', 'windows-server-2008', 'linux', 'other' as const),
      volume: fc.constantFrom(...volumeIds),
      diskCount: fc.integer({ min: 0, max: 4 }),
    })
    .chain((v) =>
      fc.tuple(...Array.from({ length: v.diskCount }, (_, i) => diskArb(`d${i}`, volumeIds))).map((disks) => ({
        id,
        name: id,
        configVersion: v.configVersion,
        state: v.state,
        memoryBytes: v.memMiB * MiB,
        memoryInUseBytes: v.inUseShare === undefined ? undefined : Math.floor(v.memMiB * MiB * v.inUseShare),
        volumeId: v.volume,
        checkpoints: { standard: v.standard, production: v.production },
        onlineBackup: v.onlineBackup,
        automaticStopAction: v.automaticStopAction,
        guestOs: v.guestOs,
        disks,
      })),
    );

const jobArb = (id: string, vmIds: string[]): fc.Arbitrary<JobInput> =>
  fc
    .record({
      method: fc.constantFrom('wsb-host', 'wsb-guest', 'export', 'file-copy' as const),
      hostSystem: fc.boolean(),
      hyperVSettings: fc.boolean(),
      vmIds: fc.subarray(vmIds),
      guestVolumes: fc.constantFrom('system', 'data', 'both' as const),
      destKind: fc.constantFrom('local-drive', 'remote-share', 'guest-disk' as const),
      label: fc.constantFrom('E:', 'e:', 'F:', '\\\\fs\\b'),
      capacity: fc.option(fc.integer({ min: 0, max: 200 * 1024 }), { nil: undefined }),
      generations: fc.integer({ min: 1, max: 40 }),
      schedule: fc.constantFrom('scheduled', 'one-off' as const),
      change: fc.integer({ min: 0, max: 100 }),
    })
    .map((j) => ({
      id,
      name: id,
      method: j.method,
      include: { hostSystem: j.hostSystem, hyperVSettings: j.hyperVSettings, vmIds: j.vmIds, guestVolumes: j.guestVolumes },
      destination: {
        kind: j.destKind === 'guest-disk' && j.method !== 'wsb-guest' ? 'local-drive' : j.destKind,
        label: j.label,
        capacityBytes: j.capacity === undefined ? undefined : j.capacity * GiB,
      },
      generations: j.generations,
      schedule: j.schedule,
      changePercentPerGeneration: j.change,
    }));

/** Valid scenarios of every shape the format allows, small enough to run thousands of times. */
export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    volumeCount: fc.integer({ min: 1, max: 3 }),
    vmCount: fc.integer({ min: 0, max: 5 }),
    jobCount: fc.integer({ min: 0, max: 4 }),
    os: fc.constantFrom('ws2016', 'ws2019', 'ws2022', 'ws2025' as const),
    topology: fc.constantFrom('standalone', 'standalone-share', 'cluster-shared-disk', 'cluster-csv', 'cluster-share' as const),
    systemGiB: fc.integer({ min: 0, max: 2048 }),
    basis: fc.constantFrom('maximum', 'current' as const),
    vmrsOverheadPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    shadowStoragePercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    localDestinationFactor: fc.option(fc.double({ min: 1, max: 10, noNaN: true }), { nil: undefined }),
    sourceWritePercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .chain((s) => {
    const volumeIds = Array.from({ length: s.volumeCount }, (_, i) => `v${i}`);
    const vmIds = Array.from({ length: s.vmCount }, (_, i) => `vm${i}`);
    return fc
      .tuple(
        fc.tuple(...volumeIds.map((id) => volumeArb(id))),
        fc.tuple(...vmIds.map((id) => vmArb(id, volumeIds))),
        fc.tuple(...Array.from({ length: s.jobCount }, (_, i) => jobArb(`j${i}`, vmIds))),
      )
      .map(([volumes, vms, jobs]) => ({
        format: 'hyperv-backup-sizer/scenario' as const,
        version: 1 as const,
        name: 'generated',
        host: {
          os: s.os,
          topology: s.topology,
          nodes: s.topology.startsWith('cluster') ? 2 : 1,
          systemDriveBytes: s.systemGiB * GiB,
          systemVolumeId: 'v0',
        },
        volumes,
        vms,
        jobs,
        assumptions: {
          basis: s.basis,
          vmrsOverheadPercent: s.vmrsOverheadPercent,
          shadowStoragePercent: s.shadowStoragePercent,
          localDestinationFactor: s.localDestinationFactor,
          sourceWritePercent: s.sourceWritePercent,
        },
      }));
  });

export const TOLERANCE = (expected: number) => Math.max(4, Math.abs(expected) * 1e-9);
