import { describe, expect, it } from 'vitest';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { estimate } from './estimate';
import type { JobLineItem } from './estimate-types';
import { GiB, KiB, MiB } from './units';

const items = (s: Parameters<typeof estimate>[0], jobIndex = 0): JobLineItem[] => estimate(s).jobs[jobIndex]?.lineItems ?? [];
const item = (list: JobLineItem[], id: string, vmId = 'vm1') => list.find((i) => i.id === id && i.vmId === vmId);
const bytesOf = (list: JobLineItem[], id: string, vmId = 'vm1') => item(list, id, vmId)?.bytes;

const mem4 = 4 * GiB;
const memState4 = mem4 * 1.05;

describe('per-VM files (表1.1–表1.4)', () => {
  it('vm.vmcx: config + per checkpoint, by column', () => {
    const s = scenario({ vms: [vm({ checkpoints: { standard: 1, production: 2 } })] });
    expect(bytesOf(items(s), 'vm.vmcx')).toBe(68 * KiB + 3 * 51 * KiB);
    const v9 = scenario({ vms: [vm({ configVersion: '9.0', checkpoints: { standard: 1, production: 0 } })] });
    expect(bytesOf(items(v9), 'vm.vmcx')).toBe(68 * KiB + 52 * KiB);
    const v8 = scenario({ vms: [vm({ configVersion: '8.0' })] });
    expect(bytesOf(items(v8), 'vm.vmcx')).toBe(49 * KiB);
    expect(item(items(v8), 'vm.vmcx')?.source).toBe('表1.3');
  });

  it('vm.vmcx, vm.vmrs and vm.vmgs do not apply to version 5.0', () => {
    const list = items(scenario({ host: { os: 'ws2019', topology: 'standalone', systemDriveBytes: 0 }, vms: [vm({ configVersion: '5.0' })] }));
    expect(item(list, 'vm.vmcx')).toBeUndefined();
    expect(item(list, 'vm.vmrs')).toBeUndefined();
    expect(item(list, 'vm.vmgs')).toBeUndefined();
  });

  it('vm.vmrs: memory captured for an online backup with stop action Save', () => {
    const list = items(scenario());
    expect(bytesOf(list, 'vm.vmrs')).toBe(Math.ceil(memState4));
    expect(item(list, 'vm.vmrs')?.source).toBe('表1.1');
  });

  it('vm.vmrs: no memory for an online backup with stop action Shut down, nor for an off VM', () => {
    expect(bytesOf(items(scenario({ vms: [vm({ automaticStopAction: 'shutdown' })] })), 'vm.vmrs')).toBe(48 * KiB);
    expect(bytesOf(items(scenario({ vms: [vm({ state: 'off' })] })), 'vm.vmrs')).toBe(48 * KiB);
    expect(bytesOf(items(scenario({ vms: [vm({ configVersion: '8.0', state: 'off' })] })), 'vm.vmrs')).toBe(116 * KiB);
  });

  it('vm.vmrs: an offline WSB backup saves the VM, so memory is captured whatever the stop action', () => {
    const s = scenario({ vms: [vm({ onlineBackup: false, automaticStopAction: 'turn-off' })] });
    expect(bytesOf(items(s), 'vm.vmrs')).toBe(Math.ceil(memState4));
  });

  it('vm.vmrs: a saved VM is captured by export and WSB, never by file copy', () => {
    const saved = [vm({ state: 'saved', automaticStopAction: 'shutdown' })];
    expect(bytesOf(items(scenario({ vms: saved, jobs: [job({ method: 'export' })] })), 'vm.vmrs')).toBe(Math.ceil(memState4));
    expect(bytesOf(items(scenario({ vms: saved })), 'vm.vmrs')).toBe(Math.ceil(memState4));
    expect(bytesOf(items(scenario({ vms: saved, jobs: [job({ method: 'file-copy' })] })), 'vm.vmrs')).toBe(48 * KiB);
  });

  it('vm.vmrs: live export captures memory whatever the stop action', () => {
    const s = scenario({ vms: [vm({ automaticStopAction: 'turn-off' })], jobs: [job({ method: 'export' })] });
    expect(bytesOf(items(s), 'vm.vmrs')).toBe(Math.ceil(memState4));
  });

  it('vm.vmrs: standard checkpoints hold memory state, production ones a small file', () => {
    const s = scenario({ vms: [vm({ state: 'off', checkpoints: { standard: 2, production: 3 } })] });
    expect(bytesOf(items(s), 'vm.vmrs')).toBe(Math.ceil(48 * KiB + 2 * memState4 + 3 * 45 * KiB));
  });

  it('vm.vmrs: the α overhead is an assumption', () => {
    const s = scenario({ assumptions: { vmrsOverheadPercent: 0 } });
    expect(bytesOf(items(s), 'vm.vmrs')).toBe(mem4);
  });

  it('vm.vmgs: only for columns 9.0 and 10.0', () => {
    const s = scenario({ vms: [vm({ checkpoints: { standard: 0, production: 2 } })] });
    expect(bytesOf(items(s), 'vm.vmgs')).toBe(4 * MiB + 2 * 4097 * KiB);
    expect(item(items(scenario({ vms: [vm({ configVersion: '8.0' })] })), 'vm.vmgs')).toBeUndefined();
  });

  it('a fileSizes override replaces one key of one column, and a key the column lacks is ignored', () => {
    const s = scenario({ assumptions: { fileSizes: { '10.0': { vmgsBytes: 8 * MiB } } } });
    expect(bytesOf(items(s), 'vm.vmgs')).toBe(8 * MiB);
    expect(bytesOf(items(s), 'vm.vmcx')).toBe(68 * KiB);
    const v8 = scenario({ vms: [vm({ configVersion: '8.0' })], assumptions: { fileSizes: { '8.0': { vmgsBytes: 8 * MiB } } } });
    expect(item(items(v8), 'vm.vmgs')).toBeUndefined();
  });

  it('configuration versions map to columns: 7.1 → 8.0, 9.3 → 9.0, 12.0 → 10.0, 4.0 → 5.0', () => {
    const sourceFor = (configVersion: string) =>
      item(items(scenario({ host: { os: 'ws2016', topology: 'standalone', systemDriveBytes: 0 }, vms: [vm({ configVersion })] })), 'vm.vhd')?.source;
    expect(sourceFor('7.1')).toBe('表1.3');
    expect(sourceFor('9.3')).toBe('表1.2');
    expect(sourceFor('12.0')).toBe('表1.1');
    expect(sourceFor('4.0')).toBe('表1.4');
  });

  describe('version 5.0 (表1.4)', () => {
    const v5 = (overrides: Parameters<typeof vm>[0] = {}, method: 'wsb-host' | 'export' | 'file-copy' = 'wsb-host') =>
      items(
        scenario({
          host: { os: 'ws2019', topology: 'standalone', systemDriveBytes: 0 },
          vms: [vm({ configVersion: '5.0', ...overrides })],
          jobs: [job({ method })],
        }),
      );

    it('vm.config-xml: 8 KB + 8 KB per checkpoint', () => {
      expect(bytesOf(v5({ checkpoints: { standard: 2, production: 0 } }), 'vm.config-xml')).toBe(24 * KiB);
    });
    it('vm.bin: memory when captured plus memory per checkpoint; none when off without checkpoints', () => {
      expect(bytesOf(v5({ checkpoints: { standard: 1, production: 0 } }), 'vm.bin')).toBe(2 * mem4);
      expect(item(v5({ state: 'off' }), 'vm.bin')).toBeUndefined();
    });
    it('vm.vsv: 4 MB when captured plus 4 MB per checkpoint', () => {
      expect(bytesOf(v5({ checkpoints: { standard: 1, production: 0 } }), 'vm.vsv')).toBe(8 * MiB);
      expect(item(v5({ state: 'off' }), 'vm.vsv')).toBeUndefined();
    });
    it('production checkpoints are sized as standard', () => {
      const asProduction = v5({ checkpoints: { standard: 0, production: 2 } });
      const asStandard = v5({ checkpoints: { standard: 2, production: 0 } });
      expect(asProduction).toEqual(asStandard);
    });
  });

  it('vm.avhdx: checkpoints × the sum of maximum sizes, shared VHDX left out of export', () => {
    const disks = [disk(), disk({ id: 'd2', kind: 'shared-vhdx', maxSizeBytes: 50 * GiB, guestRole: 'data' })];
    const s = scenario({ vms: [vm({ checkpoints: { standard: 1, production: 1 }, disks })], jobs: [job(), job({ id: 'j2', method: 'export' })] });
    expect(bytesOf(items(s, 0), 'vm.avhdx')).toBe(2 * 150 * GiB);
    expect(bytesOf(items(s, 1), 'vm.avhdx')).toBe(2 * 100 * GiB);
    expect(item(items(scenario()), 'vm.avhdx')).toBeUndefined();
  });

  it('vm.vhd: file-backed disks only, parent added for differencing disks', () => {
    const disks = [
      disk({ type: 'differencing', parentSizeBytes: 20 * GiB }),
      disk({ id: 'p', kind: 'passthrough', volumeId: undefined, guestRole: 'data', maxSizeBytes: 500 * GiB }),
    ];
    expect(bytesOf(items(scenario({ vms: [vm({ disks })] })), 'vm.vhd')).toBe(120 * GiB);
  });

  it('vm.recovery-avhdx and vm.recovery-xml: online WSB backup only', () => {
    const online = items(scenario());
    expect(bytesOf(online, 'vm.recovery-avhdx')).toBe(100 * GiB);
    expect(bytesOf(online, 'vm.recovery-xml')).toBe(Math.ceil(5.33 * MiB));
    const offline = items(scenario({ vms: [vm({ onlineBackup: false })] }));
    expect(item(offline, 'vm.recovery-avhdx')).toBeUndefined();
    expect(item(offline, 'vm.recovery-xml')).toBeUndefined();
    const exported = items(scenario({ jobs: [job({ method: 'export' })] }));
    expect(item(exported, 'vm.recovery-xml')).toBeUndefined();
  });

  it('vm.recovery-avhdx: own size without the parent, scaled by sourceWritePercent', () => {
    const s = scenario({
      vms: [vm({ disks: [disk({ type: 'differencing', parentSizeBytes: 20 * GiB })] })],
      assumptions: { sourceWritePercent: 50 },
    });
    expect(bytesOf(items(s), 'vm.recovery-avhdx')).toBe(50 * GiB);
  });

  it('basis current uses measured memory, file sizes and checkpoint files', () => {
    const s = scenario({
      vms: [
        vm({
          memoryInUseBytes: 1 * GiB,
          checkpoints: { standard: 1, production: 0 },
          disks: [disk({ fileSizeBytes: 30 * GiB, checkpointFilesBytes: 5 * GiB })],
        }),
      ],
      assumptions: { basis: 'current' },
    });
    const list = items(s);
    expect(bytesOf(list, 'vm.vmrs')).toBe(Math.ceil(2 * GiB * 1.05));
    expect(bytesOf(list, 'vm.vhd')).toBe(30 * GiB);
    expect(bytesOf(list, 'vm.avhdx')).toBe(5 * GiB);
    expect(bytesOf(list, 'vm.recovery-avhdx')).toBe(30 * GiB);
  });

  it('basis current falls back to C × Dmax when a disk gives no checkpoint files', () => {
    const s = scenario({
      vms: [vm({ checkpoints: { standard: 1, production: 0 }, disks: [disk(), disk({ id: 'd2', checkpointFilesBytes: 1 * GiB })] })],
      assumptions: { basis: 'current' },
    });
    expect(bytesOf(items(s), 'vm.avhdx')).toBe(200 * GiB);
  });

  it('file copy never captures memory and adds no recovery files', () => {
    const list = items(scenario({ vms: [vm({ state: 'off' })], jobs: [job({ method: 'file-copy' })] }));
    expect(list.map((i) => i.id).sort()).toEqual(['vm.vhd', 'vm.vmcx', 'vm.vmgs', 'vm.vmrs']);
  });
});

describe('host and guest items (§1.6(3)(4))', () => {
  it('host.system and host.hyperv-settings when included, with their sources', () => {
    const s = scenario({ jobs: [job({ include: { hostSystem: true, hyperVSettings: true, vmIds: [] } })] });
    const list = items(s);
    expect(list).toEqual([
      { id: 'host.system', bytes: 100 * GiB, source: '§1.6(3)(a)' },
      { id: 'host.hyperv-settings', bytes: 400 * KiB, source: '§1.6(3)(b)' },
    ]);
  });

  it('no host items when not included, nor for methods other than wsb-host', () => {
    expect(items(scenario()).some((i) => i.id.startsWith('host.'))).toBe(false);
    const exported = scenario({ jobs: [job({ method: 'export', include: { hostSystem: true, vmIds: ['vm1'] } })] });
    expect(items(exported).some((i) => i.id.startsWith('host.'))).toBe(false);
  });

  it('guest.system and guest.data by role, pass-through disks included in data', () => {
    const disks = [
      disk({ parentSizeBytes: 10 * GiB, type: 'differencing' }),
      disk({ id: 'data', guestRole: 'data', maxSizeBytes: 200 * GiB }),
      disk({ id: 'p', kind: 'passthrough', volumeId: undefined, guestRole: 'data', maxSizeBytes: 300 * GiB }),
    ];
    const s = scenario({ vms: [vm({ disks })], jobs: [job({ method: 'wsb-guest' })] });
    expect(items(s)).toEqual([
      { id: 'guest.system', vmId: 'vm1', bytes: 100 * GiB, source: '§1.6(4)(a)' },
      { id: 'guest.data', vmId: 'vm1', bytes: 500 * GiB, source: '§1.6(4)(b)' },
    ]);
    const systemOnly = scenario({ vms: [vm({ disks })], jobs: [job({ method: 'wsb-guest', include: { vmIds: ['vm1'], guestVolumes: 'system' } })] });
    expect(items(systemOnly).map((i) => i.id)).toEqual(['guest.system']);
  });

  it('guest items on basis current: used, else file size, else maximum', () => {
    const disks = [disk({ guestUsedBytes: 10 * GiB, fileSizeBytes: 40 * GiB }), disk({ id: 'd2', guestRole: 'data', fileSizeBytes: 40 * GiB })];
    const s = scenario({ vms: [vm({ disks })], jobs: [job({ method: 'wsb-guest' })], assumptions: { basis: 'current' } });
    expect(items(s).map((i) => i.bytes)).toEqual([10 * GiB, 40 * GiB]);
  });

  it('a guest job holds no VM files', () => {
    const list = items(scenario({ jobs: [job({ method: 'wsb-guest' })] }));
    expect(list.every((i) => i.id.startsWith('guest.'))).toBe(true);
  });
});
