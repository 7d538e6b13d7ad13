import type { ScenarioInput } from '../src/engine';
import { GiB } from '../src/engine/units';

/**
 * The scenarios of the benchmarks (issue 14, engineering.md's performance targets):
 * - `all-jobs`: every VM in every one of 4 jobs, all disks VHDX on two CSVs.
 * - `findings-heavy`: the scenario engineering.md names — every VM in every job, mixed disk kinds and
 *   states — at about 30,000 findings for 8,000 VMs (33,196; 147,240 line items): pass-through, shared VHDX, VHD and
 *   differencing disks, saved and paused VMs, VMs on an SMB share, Linux guests, version 5.0 VMs.
 * - `findings-extreme`: beyond that, each VM raising every finding it can, in 5 jobs (8,000 VMs:
 *   94,590 findings, 188,468 line items): a stress case, three times the findings the target names.
 */
export type BenchScenarioKind = 'all-jobs' | 'findings-heavy' | 'findings-extreme';

/**
 * A large cluster scenario for benchmarks: `vmCount` VMs with 4 disks each over two CSVs, and 4 jobs
 * that each include every VM (WSB to a local drive, WSB to a share, export, WSB in the guests).
 */
export function generateScenario(vmCount: number, kind: BenchScenarioKind = 'all-jobs'): ScenarioInput {
  if (kind === 'findings-heavy') return findingsHeavy(vmCount);
  if (kind === 'findings-extreme') return findingsExtreme(vmCount);
  return allJobs(vmCount);
}

type BenchDisk = ScenarioInput['vms'][number]['disks'][number];

/** The last data disk of VM i made another kind, for one VM in ten each. */
function mixedDisk(i: number, disk: BenchDisk): BenchDisk {
  switch (i % 10) {
    case 1:
      return { ...disk, kind: 'passthrough', volumeId: undefined, fileSizeBytes: undefined };
    case 2:
      return { ...disk, kind: 'shared-vhdx', type: 'fixed', fileSizeBytes: disk.maxSizeBytes };
    case 3:
      return { ...disk, kind: 'vhd', maxSizeBytes: 127 * GiB, fileSizeBytes: 40 * GiB };
    case 4:
      return { ...disk, type: 'differencing', parentSizeBytes: 40 * GiB };
    default:
      return disk;
  }
}

function findingsHeavy(vmCount: number): ScenarioInput {
  const base = allJobs(vmCount);
  const vms = base.vms.map((vm, i) => {
    // One VM in twelve on the SMB share (F-SHARE-VM-HOST-WSB instead of F-CSV-SELECTION).
    const volumeId = i % 12 === 5 ? 'smb' : vm.volumeId;
    return {
      ...vm,
      volumeId,
      state: i % 13 === 6 ? ('saved' as const) : i % 17 === 8 ? ('paused' as const) : vm.state,
      // One in twenty a version 5.0 VM with a production checkpoint (F-V5-PRODUCTION, F-CONFIG-VERSION-HOST).
      configVersion: i % 20 === 7 ? '5.0' : vm.configVersion,
      checkpoints: i % 20 === 7 ? { standard: 0, production: 1 } : vm.checkpoints,
      guestOs: i % 8 === 3 ? ('linux' as const) : ('windows-server' as const),
      disks: vm.disks.map((d, k) => {
        const placed = { ...d, volumeId };
        return k === vm.disks.length - 1 ? mixedDisk(i, placed) : placed;
      }),
    };
  });
  return {
    ...base,
    name: `bench ${vmCount} VMs, findings-heavy`,
    volumes: [...base.volumes, { id: 'smb', label: '\\\\sofs\\vms', kind: 'smb-share', fileSystem: 'SMB' }],
    vms,
  };
}

function findingsExtreme(vmCount: number): ScenarioInput {
  const base = allJobs(vmCount);
  const vms = base.vms.map((vm, i) => ({
    ...vm,
    // Every third VM on the SMB share (F-SHARE-VM-HOST-WSB), every fifth a version 5.0 VM with a production checkpoint.
    volumeId: i % 3 === 0 ? 'smb' : vm.volumeId,
    configVersion: i % 5 === 0 ? '5.0' : vm.configVersion,
    checkpoints: { standard: 1, production: 1 },
    onlineBackup: i % 2 === 0 ? false : vm.onlineBackup,
    guestOs: i % 4 === 0 ? ('linux' as const) : ('windows-server' as const),
    disks: [
      ...vm.disks.map((d) => ({ ...d, volumeId: i % 3 === 0 ? 'smb' : d.volumeId })),
      { id: 'pt', label: 'pass-through', kind: 'passthrough' as const, type: 'fixed' as const, maxSizeBytes: 100 * GiB, guestRole: 'data' as const },
      {
        id: 'sh',
        label: 'shared.vhds',
        kind: 'shared-vhdx' as const,
        type: 'fixed' as const,
        maxSizeBytes: 50 * GiB,
        volumeId: 'csv1',
        guestRole: 'data' as const,
      },
    ],
  }));
  const all = vms.map((v) => v.id);
  return {
    ...base,
    name: `bench ${vmCount} VMs, findings-extreme`,
    volumes: [...base.volumes, { id: 'smb', label: '\\\\sofs\\vms', kind: 'smb-share', fileSystem: 'SMB' }],
    vms,
    jobs: [
      ...base.jobs,
      {
        id: 'copy',
        name: 'File copy',
        method: 'file-copy',
        include: { vmIds: all },
        destination: { kind: 'remote-share', label: '\\\\nas\\copy' },
        generations: 1,
      },
    ],
  };
}

function allJobs(vmCount: number): ScenarioInput {
  const vms: ScenarioInput['vms'] = Array.from({ length: vmCount }, (_, i) => {
    const volumeId = i % 2 === 0 ? 'csv1' : 'csv2';
    return {
      id: `vm${i + 1}`,
      name: `vm-${String(i + 1).padStart(4, '0')}`,
      configVersion: i % 3 === 0 ? '9.0' : '10.0',
      state: i % 7 === 0 ? 'off' : 'running',
      memoryBytes: (4 + (i % 4) * 4) * GiB,
      memoryInUseBytes: 2 * GiB,
      volumeId,
      checkpoints: { standard: i % 5 === 0 ? 1 : 0, production: i % 3 === 0 ? 1 : 0 },
      onlineBackup: i % 11 !== 0,
      disks: Array.from({ length: 4 }, (_, d) => ({
        id: `d${d}`,
        label: `vm${i + 1}-d${d}.vhdx`,
        kind: 'vhdx' as const,
        type: d === 0 ? ('fixed' as const) : ('dynamic' as const),
        maxSizeBytes: (d === 0 ? 80 : 200) * GiB,
        fileSizeBytes: (d === 0 ? 80 : 60) * GiB,
        volumeId,
        guestRole: d === 0 ? ('system' as const) : ('data' as const),
      })),
    };
  });
  const all = vms.map((v) => v.id);
  return {
    format: 'hyperv-backup-sizer/scenario',
    version: 1,
    name: `bench ${vmCount} VMs`,
    host: { os: 'ws2022', topology: 'cluster-csv', nodes: 16, systemDriveBytes: 200 * GiB, systemVolumeId: 'c' },
    volumes: [
      { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 500 * GiB, freeBytes: 300 * GiB },
      { id: 'csv1', label: 'C:\\ClusterStorage\\Volume1', kind: 'csv', fileSystem: 'CSVFS', capacityBytes: 1024 * 1024 * GiB, freeBytes: 512 * 1024 * GiB },
      { id: 'csv2', label: 'C:\\ClusterStorage\\Volume2', kind: 'csv', fileSystem: 'CSVFS', capacityBytes: 1024 * 1024 * GiB, freeBytes: 512 * 1024 * GiB },
    ],
    vms,
    jobs: [
      {
        id: 'local',
        name: 'WSB to E:',
        method: 'wsb-host',
        include: { vmIds: all },
        destination: { kind: 'local-drive', label: 'E:', capacityBytes: 4096 * 1024 * GiB },
        generations: 14,
        changePercentPerGeneration: 5,
      },
      {
        id: 'share',
        name: 'WSB to share',
        method: 'wsb-host',
        include: { vmIds: all },
        destination: { kind: 'remote-share', label: '\\\\fs\\b' },
        generations: 1,
        schedule: 'one-off',
      },
      { id: 'export', name: 'Export', method: 'export', include: { vmIds: all }, destination: { kind: 'remote-share', label: '\\\\nas\\x' }, generations: 3 },
      {
        id: 'guest',
        name: 'Guest WSB',
        method: 'wsb-guest',
        include: { vmIds: all },
        destination: { kind: 'remote-share', label: '\\\\fs\\g' },
        generations: 1,
        schedule: 'one-off',
      },
    ],
    assumptions: {},
  };
}
