import { GiB, TiB, type Lang, type Localized, type ScenarioInput, type Topology } from '../engine';

/**
 * Built-in samples: one per configuration of the guide's §1.2, each a plausible plan for that
 * configuration with the backups the guide's Table 1.5 allows there. Names follow the UI language.
 */
export interface Sample {
  id: Topology;
  title: Localized;
  build(lang: Lang): ScenarioInput;
}

type VmInput = ScenarioInput['vms'][number];

/** A sample's name or label in the UI language (samples are content, written in both). */
const t = (lang: Lang, ja: string, en: string) => ({ ja, en })[lang];

/** A VHDX; "os" is the guest's system disk, the others data. Fixed unless a file size is given. */
function vhdx(id: string, label: string, volumeId: string, maxGiB: number, fileGiB?: number) {
  const role: 'system' | 'data' = id === 'os' ? 'system' : 'data';
  return {
    id,
    label,
    kind: 'vhdx' as const,
    type: fileGiB === undefined ? ('fixed' as const) : ('dynamic' as const),
    maxSizeBytes: maxGiB * GiB,
    fileSizeBytes: fileGiB === undefined ? undefined : fileGiB * GiB,
    volumeId,
    guestRole: role,
  };
}

function vm(id: string, name: string, volumeId: string, memGiB: number, disks: VmInput['disks'], extra: Partial<VmInput> = {}): VmInput {
  return {
    id,
    name,
    configVersion: '10.0',
    generation: 2,
    state: 'running',
    memoryBytes: memGiB * GiB,
    volumeId,
    checkpoints: { standard: 0, production: 0 },
    onlineBackup: true,
    automaticStopAction: 'save',
    guestOs: 'windows-server',
    disks,
    ...extra,
  };
}

const base = (lang: Lang, name: string, host: ScenarioInput['host'], volumes: ScenarioInput['volumes']) => ({
  format: 'hyperv-backup-sizer/scenario' as const,
  version: 1 as const,
  name,
  notes: t(lang, 'サンプル シナリオ。値を変更して試してください。', 'A sample scenario: change any value to try it.'),
  host,
  volumes,
  assumptions: {},
});

const standalone: Sample = {
  id: 'standalone',
  title: { ja: '非クラスター構成', en: 'Standalone' },
  build: (lang) => ({
    ...base(
      lang,
      t(lang, 'サンプル: 非クラスター構成 (WSB + エクスポート)', 'Sample: standalone host (WSB + export)'),
      { os: 'ws2022', topology: 'standalone', nodes: 1, systemDriveBytes: 127 * GiB, systemVolumeId: 'c' },
      [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 237 * GiB, freeBytes: 150 * GiB },
        { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 4 * TiB, freeBytes: 2 * TiB },
      ],
    ),
    vms: [
      vm('dc01', 'dc01', 'd', 4, [vhdx('os', 'dc01.vhdx', 'd', 80, 28)]),
      vm('app01', 'app01', 'd', 8, [vhdx('os', 'app01.vhdx', 'd', 100, 41), vhdx('data', 'app01-data.vhdx', 'd', 300, 120)], {
        checkpoints: { standard: 0, production: 1 },
      }),
      vm('db01', 'db01', 'd', 16, [vhdx('os', 'db01.vhdx', 'd', 100), vhdx('data', 'db01-data.vhdx', 'd', 500)]),
    ],
    jobs: [
      {
        id: 'daily',
        name: t(lang, '日次 WSB (ホスト) → E:', 'Daily WSB on the host → E:'),
        method: 'wsb-host',
        include: { hostSystem: true, hyperVSettings: true, vmIds: ['dc01', 'app01', 'db01'] },
        destination: { kind: 'local-drive', label: 'E:', capacityBytes: 12 * TiB },
        generations: 7,
        schedule: 'scheduled',
        changePercentPerGeneration: 5,
      },
      {
        id: 'monthly',
        name: t(lang, '月次エクスポート → ファイル サーバー', 'Monthly export → file server'),
        method: 'export',
        include: { vmIds: ['db01'] },
        destination: { kind: 'remote-share', label: '\\\\fs01\\hv-export', capacityBytes: 4 * TiB },
        generations: 2,
      },
    ],
  }),
};

const standaloneShare: Sample = {
  id: 'standalone-share',
  title: { ja: '非クラスター構成 (ファイル共有)', en: 'Standalone (file share)' },
  build: (lang) => ({
    ...base(
      lang,
      t(lang, 'サンプル: 非クラスター構成 (ファイル共有)', 'Sample: standalone host with VMs on a file share'),
      { os: 'ws2022', topology: 'standalone-share', nodes: 1, systemDriveBytes: 127 * GiB, systemVolumeId: 'c' },
      [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 237 * GiB, freeBytes: 160 * GiB },
        { id: 'share', label: '\\\\fs01\\vms', kind: 'smb-share', fileSystem: 'SMB', capacityBytes: 8 * TiB, freeBytes: 3 * TiB },
      ],
    ),
    vms: [
      vm('web01', 'web01', 'share', 4, [vhdx('os', 'web01.vhdx', 'share', 80, 30)]),
      vm('file01', 'file01', 'share', 8, [vhdx('os', 'file01.vhdx', 'share', 80, 32), vhdx('data', 'file01-data.vhdx', 'share', 1024, 610)]),
    ],
    jobs: [
      {
        id: 'host',
        name: t(lang, 'ホストのシステム (WSB) → 共有フォルダー', 'Host system (WSB) → share'),
        method: 'wsb-host',
        include: { hostSystem: true, hyperVSettings: true, vmIds: [] },
        destination: { kind: 'remote-share', label: '\\\\fs02\\hv-system', capacityBytes: 1 * TiB },
        generations: 1,
        schedule: 'scheduled',
      },
      {
        id: 'export',
        name: t(lang, '週次エクスポート', 'Weekly export'),
        method: 'export',
        include: { vmIds: ['web01', 'file01'] },
        destination: { kind: 'remote-share', label: '\\\\fs02\\hv-export', capacityBytes: 6 * TiB },
        generations: 2,
      },
      {
        id: 'guest',
        name: t(lang, 'file01 のデータ (仮想マシン上の WSB)', 'file01 data (WSB inside the VM)'),
        method: 'wsb-guest',
        include: { vmIds: ['file01'], guestVolumes: 'data' },
        destination: { kind: 'remote-share', label: '\\\\fs02\\file01', capacityBytes: 2 * TiB },
        generations: 1,
        schedule: 'scheduled',
      },
    ],
  }),
};

const clusterSharedDisk: Sample = {
  id: 'cluster-shared-disk',
  title: { ja: 'クラスター構成 (共有ディスク)', en: 'Cluster (shared disk)' },
  build: (lang) => ({
    ...base(
      lang,
      t(lang, 'サンプル: クラスター構成 (共有ディスク)', 'Sample: 2-node cluster on a shared disk'),
      { os: 'ws2019', topology: 'cluster-shared-disk', nodes: 2, systemDriveBytes: 127 * GiB, systemVolumeId: 'c' },
      [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 237 * GiB, freeBytes: 140 * GiB },
        { id: 's', label: 'S:', kind: 'shared-disk', fileSystem: 'NTFS', capacityBytes: 4 * TiB, freeBytes: 1536 * GiB },
      ],
    ),
    vms: [
      vm('erp01', 'erp01', 's', 16, [vhdx('os', 'erp01.vhdx', 's', 127), vhdx('data', 'erp01-data.vhdx', 's', 400)], { configVersion: '9.0' }),
      vm('mail01', 'mail01', 's', 8, [vhdx('os', 'mail01.vhdx', 's', 127, 48), vhdx('data', 'mail01-data.vhdx', 's', 300, 150)], {
        configVersion: '9.0',
        checkpoints: { standard: 1, production: 0 },
      }),
    ],
    jobs: [
      {
        id: 'owner',
        name: t(lang, '所有者ノードで WSB → E:', 'WSB on the owner node → E:'),
        method: 'wsb-host',
        include: { hostSystem: true, hyperVSettings: true, vmIds: ['erp01', 'mail01'] },
        destination: { kind: 'local-drive', label: 'E:', capacityBytes: 10 * TiB },
        generations: 5,
        schedule: 'scheduled',
        changePercentPerGeneration: 5,
      },
    ],
  }),
};

const clusterCsv: Sample = {
  id: 'cluster-csv',
  title: { ja: 'クラスター構成 (CSV)', en: 'Cluster (CSV)' },
  build: (lang) => ({
    ...base(
      lang,
      t(lang, 'サンプル: クラスター構成 (CSV)', 'Sample: 2-node cluster on a CSV'),
      { os: 'ws2022', topology: 'cluster-csv', nodes: 2, systemDriveBytes: 127 * GiB, systemVolumeId: 'c' },
      [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 237 * GiB, freeBytes: 150 * GiB },
        { id: 'csv1', label: 'C:\\ClusterStorage\\Volume1', kind: 'csv', fileSystem: 'CSVFS', capacityBytes: 6 * TiB, freeBytes: 2 * TiB },
      ],
    ),
    vms: [
      vm('web01', 'web01', 'csv1', 4, [vhdx('os', 'web01.vhdx', 'csv1', 80, 26)]),
      vm('web02', 'web02', 'csv1', 4, [vhdx('os', 'web02.vhdx', 'csv1', 80, 27)]),
      vm('sql01', 'sql01', 'csv1', 32, [
        vhdx('os', 'sql01.vhdx', 'csv1', 127),
        vhdx('data', 'sql01-data.vhdx', 'csv1', 800),
        vhdx('log', 'sql01-log.vhdx', 'csv1', 200),
      ]),
    ],
    jobs: [
      {
        id: 'csv',
        name: t(lang, 'CSV の WSB → E:', 'WSB of the CSV → E:'),
        method: 'wsb-host',
        include: { vmIds: ['web01', 'web02', 'sql01'] },
        destination: { kind: 'local-drive', label: 'E:', capacityBytes: 16 * TiB },
        generations: 7,
        schedule: 'scheduled',
        changePercentPerGeneration: 5,
      },
      {
        id: 'system',
        name: t(lang, 'ホストのシステム → 共有フォルダー', 'Host system → share'),
        method: 'wsb-host',
        include: { hostSystem: true, hyperVSettings: true, vmIds: [] },
        destination: { kind: 'remote-share', label: '\\\\fs01\\hv-system', capacityBytes: 1 * TiB },
        generations: 1,
        schedule: 'scheduled',
      },
    ],
  }),
};

const clusterShare: Sample = {
  id: 'cluster-share',
  title: { ja: 'クラスター構成 (ファイル共有)', en: 'Cluster (file share)' },
  build: (lang) => ({
    ...base(
      lang,
      t(lang, 'サンプル: クラスター構成 (ファイル共有)', 'Sample: 3-node cluster on a file share'),
      { os: 'ws2022', topology: 'cluster-share', nodes: 3, systemDriveBytes: 127 * GiB, systemVolumeId: 'c' },
      [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 237 * GiB, freeBytes: 160 * GiB },
        { id: 'sofs', label: '\\\\sofs\\vms', kind: 'smb-share', fileSystem: 'SMB', capacityBytes: 20 * TiB, freeBytes: 9 * TiB },
      ],
    ),
    vms: [
      vm('ap01', 'ap01', 'sofs', 8, [vhdx('os', 'ap01.vhdx', 'sofs', 127, 40)]),
      vm('ap02', 'ap02', 'sofs', 8, [vhdx('os', 'ap02.vhdx', 'sofs', 127, 42)]),
      vm('db01', 'db01', 'sofs', 64, [vhdx('os', 'db01.vhdx', 'sofs', 127), vhdx('data', 'db01-data.vhdx', 'sofs', 2048)]),
    ],
    jobs: [
      {
        id: 'export',
        name: t(lang, '週次エクスポート → バックアップ サーバー', 'Weekly export → backup server'),
        method: 'export',
        include: { vmIds: ['ap01', 'ap02', 'db01'] },
        destination: { kind: 'remote-share', label: '\\\\bk01\\export', capacityBytes: 12 * TiB },
        generations: 2,
      },
      {
        id: 'guest',
        name: t(lang, 'db01 のシステムとデータ (仮想マシン上の WSB)', 'db01 system and data (WSB inside the VM)'),
        method: 'wsb-guest',
        include: { vmIds: ['db01'], guestVolumes: 'both' },
        destination: { kind: 'remote-share', label: '\\\\bk01\\db01', capacityBytes: 4 * TiB },
        generations: 1,
        schedule: 'one-off',
      },
    ],
  }),
};

export const SAMPLES: readonly Sample[] = [standalone, standaloneShare, clusterSharedDisk, clusterCsv, clusterShare];
export const DEFAULT_SAMPLE = standalone;
