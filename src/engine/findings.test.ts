import { describe, expect, it } from 'vitest';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { estimate } from './estimate';
import type { FindingId } from './estimate-types';
import { FINDING_RULE } from './rules';
import type { ScenarioInput } from './scenario-schema';
import { GiB, TiB } from './units';

type Overrides = Partial<ScenarioInput>;
interface Case {
  id: FindingId;
  applies: Overrides;
  subjects: { jobId?: string; vmId?: string; volumeId?: string }[];
  doesNot: Overrides;
}

const host = (os: 'ws2016' | 'ws2019' | 'ws2022' | 'ws2025', topology: ScenarioInput['host']['topology'] = 'standalone') => ({
  os,
  topology,
  nodes: topology.startsWith('cluster') ? 2 : 1,
  systemDriveBytes: 100 * GiB,
  systemVolumeId: 'c',
});
const volumes = (extra: ScenarioInput['volumes']): ScenarioInput['volumes'] => [
  { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS' },
  { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS' },
  ...extra,
];
const onVolume = (volumeId: string) => vm({ volumeId, disks: [disk({ volumeId })] });
const passthrough = disk({ id: 'p', kind: 'passthrough', volumeId: undefined, guestRole: 'data' });
const sharedVhdx = disk({ id: 's', kind: 'shared-vhdx', guestRole: 'data' });
const jv = { jobId: 'j1', vmId: 'vm1' };

const CASES: Case[] = [
  {
    id: 'F-SHARE-VM-HOST-WSB',
    applies: {
      volumes: volumes([{ id: 'smb', label: '\\\\fs\\vms', kind: 'smb-share', fileSystem: 'SMB' }]),
      vms: [vm({ disks: [disk({ volumeId: 'smb' })] })],
    },
    subjects: [jv],
    doesNot: {
      volumes: volumes([{ id: 'smb', label: '\\\\fs\\vms', kind: 'smb-share', fileSystem: 'SMB' }]),
      vms: [onVolume('smb')],
      jobs: [job({ method: 'export' })],
    },
  },
  {
    id: 'F-HOST-EXCLUDED-DISKS',
    applies: { vms: [vm({ disks: [disk(), passthrough] })] },
    subjects: [jv],
    doesNot: { vms: [vm({ disks: [disk(), sharedVhdx] })] },
  },
  {
    id: 'F-EXPORT-EXCLUDED-DISKS',
    applies: { vms: [vm({ state: 'off', disks: [disk(), sharedVhdx] })], jobs: [job({ method: 'export' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ disks: [disk(), passthrough] })] },
  },
  {
    id: 'F-LIVE-EXPORT-SHARED-VHDX',
    applies: { vms: [vm({ disks: [disk(), sharedVhdx] })], jobs: [job({ method: 'export' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ state: 'off', disks: [disk(), sharedVhdx] })], jobs: [job({ method: 'export' })] },
  },
  {
    id: 'F-LIVE-EXPORT-LOAD',
    applies: { vms: [vm({ state: 'paused' })], jobs: [job({ method: 'export' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ state: 'saved' })], jobs: [job({ method: 'export' })] },
  },
  {
    id: 'F-CSV-SELECTION',
    applies: {
      host: host('ws2022', 'cluster-csv'),
      volumes: volumes([{ id: 'csv', label: 'C:\\ClusterStorage\\Volume1', kind: 'csv', fileSystem: 'CSVFS' }]),
      vms: [onVolume('csv')],
    },
    subjects: [jv],
    doesNot: {
      host: host('ws2022', 'cluster-csv'),
      volumes: volumes([{ id: 'csv', label: 'V1', kind: 'csv', fileSystem: 'CSVFS' }]),
      vms: [onVolume('csv')],
      jobs: [job({ method: 'export' })],
    },
  },
  {
    id: 'F-CSV-MIXED',
    applies: {
      host: host('ws2019', 'cluster-csv'),
      volumes: volumes([{ id: 'csv', label: 'V1', kind: 'csv', fileSystem: 'CSVFS' }]),
      vms: [onVolume('csv'), vm({ id: 'vm2', name: 'b' })],
      jobs: [job({ include: { vmIds: ['vm1', 'vm2'] } })],
    },
    subjects: [{ jobId: 'j1' }],
    doesNot: {
      host: host('ws2019', 'cluster-csv'),
      volumes: volumes([{ id: 'csv', label: 'V1', kind: 'csv', fileSystem: 'CSVFS' }]),
      vms: [onVolume('csv'), vm({ id: 'vm2', name: 'b' })],
      jobs: [job({ include: { vmIds: ['vm1'], hyperVSettings: true } }), job({ id: 'j2', include: { vmIds: ['vm2'] } })],
    },
  },
  {
    id: 'F-SHARED-DISK-OWNER',
    applies: {
      host: host('ws2022', 'cluster-shared-disk'),
      volumes: volumes([{ id: 'sd', label: 'S:', kind: 'shared-disk', fileSystem: 'NTFS' }]),
      vms: [onVolume('sd')],
    },
    subjects: [jv],
    doesNot: {
      host: host('ws2022', 'cluster-shared-disk'),
      volumes: volumes([{ id: 'sd', label: 'S:', kind: 'shared-disk', fileSystem: 'NTFS' }]),
      vms: [onVolume('sd')],
      jobs: [job({ method: 'export' })],
    },
  },
  {
    id: 'F-SHARE-GENERATIONS',
    applies: { jobs: [job({ method: 'wsb-guest', schedule: 'scheduled', generations: 2 })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ schedule: 'one-off', generations: 2 }), job({ id: 'j2', method: 'export', schedule: 'scheduled', generations: 3 })] },
  },
  {
    id: 'F-LOCAL-DEST-ONE-KIND',
    applies: {
      jobs: [
        job({ destination: { kind: 'local-drive', label: 'E:' } }),
        job({ id: 'j2', method: 'wsb-guest', destination: { kind: 'local-drive', label: 'e:' } }),
        job({ id: 'j3', destination: { kind: 'local-drive', label: 'E:' } }),
      ],
    },
    subjects: [{ jobId: 'j2' }, { jobId: 'j3' }],
    doesNot: {
      jobs: [
        job({ destination: { kind: 'local-drive', label: 'E:' } }),
        job({ id: 'j2', destination: { kind: 'local-drive', label: 'F:' } }),
        job({ id: 'j3', method: 'export', destination: { kind: 'local-drive', label: 'E:' } }),
      ],
    },
  },
  {
    id: 'F-LOCAL-DEST-HOST-FAILURE',
    applies: { jobs: [job({ destination: { kind: 'local-drive', label: 'E:' } })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ method: 'wsb-guest', destination: { kind: 'local-drive', label: 'E:' } })] },
  },
  {
    id: 'F-GUEST-DISK-DEST',
    applies: { jobs: [job({ method: 'wsb-guest', destination: { kind: 'guest-disk', label: 'F:' } })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ method: 'wsb-guest', destination: { kind: 'remote-share', label: '\\\\fs\\b' } })] },
  },
  {
    id: 'F-OFFLINE-BACKUP',
    applies: { vms: [vm({ onlineBackup: false })] },
    subjects: [jv],
    doesNot: { vms: [vm({ state: 'off', onlineBackup: false })] },
  },
  {
    id: 'F-GUEST-WSB-UNSUPPORTED',
    applies: { vms: [vm({ guestOs: 'linux' })], jobs: [job({ method: 'wsb-guest' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ guestOs: 'windows-server-2008' })], jobs: [job({ method: 'wsb-guest' })] },
  },
  {
    id: 'F-GUEST-NO-CONFIG',
    applies: { jobs: [job({ method: 'wsb-guest' })] },
    subjects: [{ vmId: 'vm1' }],
    doesNot: { jobs: [job({ method: 'wsb-guest' }), job({ id: 'j2', method: 'export' })] },
  },
  {
    id: 'F-GUEST-2008-SCSI',
    applies: { vms: [vm({ guestOs: 'windows-server-2008' })], jobs: [job({ method: 'wsb-guest', include: { vmIds: ['vm1'], guestVolumes: 'system' } })] },
    subjects: [jv],
    doesNot: { vms: [vm({ guestOs: 'windows-server-2008' })], jobs: [job({ method: 'wsb-guest', include: { vmIds: ['vm1'], guestVolumes: 'data' } })] },
  },
  {
    id: 'F-FILE-COPY-RUNNING',
    applies: { vms: [vm({ state: 'saved' })], jobs: [job({ method: 'file-copy' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ state: 'off' })], jobs: [job({ method: 'file-copy' })] },
  },
  {
    id: 'F-FILE-COPY-DIFFERENCING',
    applies: { vms: [vm({ state: 'off', disks: [disk({ type: 'differencing', parentSizeBytes: GiB })] })], jobs: [job({ method: 'file-copy' })] },
    subjects: [jv],
    doesNot: { vms: [vm({ state: 'off', disks: [disk({ type: 'differencing', parentSizeBytes: GiB })] })], jobs: [job({ method: 'export' })] },
  },
  {
    id: 'F-V5-PRODUCTION',
    applies: { host: host('ws2019'), vms: [vm({ configVersion: '5.0', checkpoints: { standard: 0, production: 1 } })], jobs: [] },
    subjects: [{ vmId: 'vm1' }],
    doesNot: { host: host('ws2019'), vms: [vm({ configVersion: '8.0', checkpoints: { standard: 0, production: 1 } })] },
  },
  {
    id: 'F-VM-UNPROTECTED',
    applies: { jobs: [job({ include: { hostSystem: true, vmIds: [] } })] },
    subjects: [{ vmId: 'vm1' }],
    doesNot: { jobs: [job({ method: 'wsb-guest' })] },
  },
  {
    id: 'F-CHECKPOINTS-NOT-BACKUP',
    applies: { vms: [vm({ checkpoints: { standard: 0, production: 1 } })], jobs: [] },
    subjects: [{ vmId: 'vm1' }],
    doesNot: {},
  },
  {
    id: 'F-DEST-SHORT',
    applies: { jobs: [job({ destination: { kind: 'remote-share', label: 's', capacityBytes: 100 * GiB } })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ destination: { kind: 'remote-share', label: 's', capacityBytes: TiB } }), job({ id: 'j2' })] },
  },
  {
    // B = 100 GiB (guest system disk), L = 10 GiB: 6 later versions take 60 GiB, above 10 % of 400 GiB.
    id: 'F-SHADOW-SETTING',
    applies: {
      vms: [vm({ state: 'off' })],
      jobs: [job({ method: 'wsb-guest', generations: 7, destination: { kind: 'local-drive', label: 'E:', capacityBytes: 400 * GiB } })],
    },
    subjects: [{ jobId: 'j1' }],
    doesNot: {
      vms: [vm({ state: 'off' })],
      jobs: [
        // 60 GiB ≤ 10 % of 600 GiB; a fixed percentage; too small (F-DEST-SHORT instead); no capacity; a share.
        job({ method: 'wsb-guest', generations: 7, destination: { kind: 'local-drive', label: 'E:', capacityBytes: 600 * GiB } }),
        job({ id: 'j2', method: 'wsb-guest', generations: 7, destination: { kind: 'local-drive', label: 'F:', capacityBytes: 150 * GiB } }),
        job({ id: 'j3', method: 'wsb-guest', generations: 7, destination: { kind: 'local-drive', label: 'G:' } }),
        job({ id: 'j4', generations: 1, schedule: 'one-off', destination: { kind: 'remote-share', label: 's', capacityBytes: 400 * GiB } }),
      ],
    },
  },
  {
    id: 'F-EXPORT-SHARE-DOMAIN',
    applies: { jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: '\\\\nas\\export' } })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: {
      jobs: [
        job({ method: 'export', destination: { kind: 'local-drive', label: 'E:' } }),
        job({ id: 'j2', destination: { kind: 'remote-share', label: 's' } }),
      ],
    },
  },
  {
    // Current basis, a 50 GiB file of a 100 GiB disk doubling each year: fits 60 GiB today, not in 4 months.
    id: 'F-GROWTH-SHORT',
    applies: {
      vms: [vm({ state: 'off', disks: [disk({ fileSizeBytes: 50 * GiB })] })],
      jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: 's', capacityBytes: 60 * GiB } })],
      assumptions: { basis: 'current', growthPercentPerYear: 100 },
    },
    subjects: [{ jobId: 'j1' }],
    doesNot: {
      vms: [vm({ state: 'off', disks: [disk({ fileSizeBytes: 50 * GiB })] })],
      jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: 's', capacityBytes: 60 * GiB } })],
      assumptions: { basis: 'current', growthPercentPerYear: 0 },
    },
  },
  {
    id: 'F-WINDOW-EXCEEDED',
    applies: { jobs: [job({ windowHours: 0.5, throughputBytesPerSecond: 1_000_000 })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ windowHours: 0.5, throughputBytesPerSecond: 1e12 }), job({ id: 'j2', throughputBytesPerSecond: 1 })] },
  },
  {
    // "Faster backup performance" to a local drive: later runs move L = 10 % of B and fit, the first does not.
    id: 'F-FIRST-RUN-LONG',
    applies: {
      jobs: [
        job({
          generations: 3,
          destination: { kind: 'local-drive', label: 'E:' },
          windowHours: 0.5,
          throughputBytesPerSecond: 100_000_000,
          wsbPerformance: 'incremental',
        }),
      ],
    },
    subjects: [{ jobId: 'j1' }],
    doesNot: { jobs: [job({ generations: 3, destination: { kind: 'local-drive', label: 'E:' }, windowHours: 0.5, throughputBytesPerSecond: 100_000_000 })] },
  },
  {
    id: 'F-CSV-RESTORE-SPACE',
    applies: {
      volumes: volumes([{ id: 'v', label: 'C:\\ClusterStorage\\Volume1', kind: 'csv', fileSystem: 'CSVFS', freeBytes: 10 * GiB }]),
      vms: [onVolume('v')],
    },
    subjects: [{ jobId: 'j1', volumeId: 'v' }],
    doesNot: {
      volumes: volumes([{ id: 'v', label: 'C:\\ClusterStorage\\Volume1', kind: 'csv', fileSystem: 'CSVFS', freeBytes: 1024 * GiB }]),
      vms: [onVolume('v')],
    },
  },
  {
    id: 'F-SOURCE-SHORT',
    applies: {
      volumes: [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS' },
        { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', freeBytes: 100 * GiB },
      ],
    },
    subjects: [{ volumeId: 'd' }],
    doesNot: {
      volumes: [
        { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS' },
        { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', freeBytes: 101 * GiB },
      ],
    },
  },
  {
    id: 'F-CONFIG-VERSION-HOST',
    applies: { host: host('ws2022'), vms: [vm({ configVersion: '5.0' }), vm({ id: 'vm2', configVersion: '10.1' })], jobs: [] },
    subjects: [{ vmId: 'vm1' }, { vmId: 'vm2' }],
    doesNot: { host: host('ws2022'), vms: [vm({ configVersion: '8.0' }), vm({ id: 'vm2', configVersion: '10.0' })] },
  },
  {
    id: 'F-HOST-OS-OUTSIDE-GUIDE',
    applies: { host: host('ws2025') },
    subjects: [{}],
    doesNot: { host: host('ws2019') },
  },
  {
    id: 'F-WS2022-SYSTEM-STATE',
    applies: { jobs: [job({ include: { hostSystem: true, vmIds: ['vm1'] } })] },
    subjects: [{ jobId: 'j1' }],
    doesNot: { host: host('ws2019'), jobs: [job({ include: { hostSystem: true, vmIds: ['vm1'] } })] },
  },
];

const findingsOf = (overrides: Overrides, id: FindingId) => estimate(scenario(overrides)).findings.filter((f) => f.id === id);

describe('findings (sizing-rules.md §7)', () => {
  it('has a case for every finding rule', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(Object.keys(FINDING_RULE).sort());
  });

  for (const c of CASES) {
    describe(c.id, () => {
      it('is raised where it applies, once per subject, with its rule’s severity and source', () => {
        const found = findingsOf(c.applies, c.id);
        const rule = FINDING_RULE[c.id];
        expect(found.map(({ jobId, vmId, volumeId }) => JSON.parse(JSON.stringify({ jobId, vmId, volumeId })))).toEqual(c.subjects);
        for (const f of found) {
          expect(f.severity).toBe(rule.severity);
          expect(f.source).toBe(rule.source);
          expect(f.message.length).toBeGreaterThan(10);
        }
      });
      it('is not raised where it does not apply', () => {
        expect(findingsOf(c.doesNot, c.id)).toEqual([]);
      });
    });
  }

  it('messages come in the requested language and name the subjects', () => {
    const s = scenario({ jobs: [job({ name: '夜間', destination: { kind: 'remote-share', label: 's', capacityBytes: GiB } })] });
    const ja = estimate(s, { lang: 'ja' }).findings.find((f) => f.id === 'F-DEST-SHORT')!;
    const en = estimate(s, { lang: 'en' }).findings.find((f) => f.id === 'F-DEST-SHORT')!;
    expect(ja.message).toContain('ジョブ「夜間」');
    expect(ja.message).toContain('不足');
    expect(en.message).toContain('Job "夜間"');
    expect(en.message).toContain('short by');
  });

  it('F-CONFIG-VERSION-HOST compares (major, minor) with both bounds included', () => {
    const runs = (os: 'ws2016' | 'ws2019' | 'ws2022' | 'ws2025', configVersion: string) =>
      findingsOf({ host: host(os), vms: [vm({ configVersion })], jobs: [] }, 'F-CONFIG-VERSION-HOST').length === 0;
    expect(runs('ws2016', '8.0')).toBe(true);
    expect(runs('ws2016', '8.3')).toBe(false);
    expect(runs('ws2016', '5.0')).toBe(true);
    expect(runs('ws2016', '4.9')).toBe(false);
    expect(runs('ws2019', '9.0')).toBe(true);
    expect(runs('ws2019', '9.3')).toBe(false);
    expect(runs('ws2022', '7.9')).toBe(false);
    expect(runs('ws2022', '10.0')).toBe(true);
    expect(runs('ws2025', '12.0')).toBe(true);
    expect(runs('ws2025', '12.1')).toBe(false);
  });

  it('F-SHADOW-SETTING names the generations the default keeps and the percentage to set', () => {
    const s = scenario({
      vms: [vm({ state: 'off' })],
      jobs: [job({ method: 'wsb-guest', generations: 7, destination: { kind: 'local-drive', label: 'E:', capacityBytes: 400 * GiB } })],
    });
    const e = estimate(s, { lang: 'en' });
    // floor(0.1 × 400 ÷ 10) + 1 = 5 generations kept; 60 ÷ 400 = 15 %.
    expect(e.jobs[0]!.shadowStorageNeededPercent).toBe(15);
    expect(e.findings.find((f) => f.id === 'F-SHADOW-SETTING')!.message).toContain('keeps 5 generations of the 7 planned: set it to 15 %');
    expect(estimate(s).findings.find((f) => f.id === 'F-SHADOW-SETTING')!.message).toContain('5 世代');
  });

  it('totals add destination and source shortfalls', () => {
    const e = estimate(
      scenario({
        volumes: [
          { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS' },
          { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', freeBytes: 100 * GiB },
        ],
        jobs: [job({ generations: 1, schedule: 'one-off', destination: { kind: 'remote-share', label: 's', capacityBytes: GiB } })],
      }),
    );
    expect(e.totals.destinationShortfallBytes).toBe(e.jobs[0]!.shortfallBytes);
    expect(e.totals.destinationShortfallBytes).toBeGreaterThan(0);
    expect(e.totals.sourceShortfallBytes).toBe(GiB);
    expect(e.totals.shortfallBytes).toBe(e.totals.destinationShortfallBytes + GiB);
  });

  it('totals count errors and warnings', () => {
    const e = estimate(scenario({ vms: [vm({ disks: [disk(), passthrough] })], jobs: [job({ method: 'file-copy' })] }));
    expect(e.totals.errors).toBe(e.findings.filter((f) => f.severity === 'error').length);
    expect(e.totals.errors).toBe(1);
    expect(e.totals.warnings).toBe(1);
  });
});
