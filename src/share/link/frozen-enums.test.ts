import { describe, expect, it } from 'vitest';
import {
  DESTINATION_KINDS,
  DISK_KINDS,
  DISK_TYPES,
  FILE_SYSTEMS,
  GUEST_OSES,
  GUEST_ROLES,
  GUEST_VOLUMES,
  HOST_OS,
  METHODS,
  SCHEDULES,
  STOP_ACTIONS,
  TOPOLOGIES,
  VM_STATES,
  VOLUME_KINDS,
} from '../../engine';
import { REVISION_0_ENUMS } from './frozen-enums';

describe('the enum lists links are written with', () => {
  const engine: Record<keyof typeof REVISION_0_ENUMS, readonly string[]> = {
    hostOs: HOST_OS,
    topology: TOPOLOGIES,
    volumeKind: VOLUME_KINDS,
    fileSystem: FILE_SYSTEMS,
    vmState: VM_STATES,
    stopAction: STOP_ACTIONS,
    guestOs: GUEST_OSES,
    diskKind: DISK_KINDS,
    diskType: DISK_TYPES,
    guestRole: GUEST_ROLES,
    method: METHODS,
    guestVolumes: GUEST_VOLUMES,
    destinationKind: DESTINATION_KINDS,
    schedule: SCHEDULES,
  };
  for (const [name, frozen] of Object.entries(REVISION_0_ENUMS)) {
    it(`${name}: the frozen list covers every value the engine accepts (a new value needs a new link revision)`, () => {
      const missing = engine[name as keyof typeof REVISION_0_ENUMS].filter((v) => !(frozen as readonly string[]).includes(v));
      expect(missing).toEqual([]);
    });
  }
  it('the frozen lists are what revision 0 was written with (never reordered)', () => {
    expect(REVISION_0_ENUMS.hostOs).toEqual(['ws2016', 'ws2019', 'ws2022', 'ws2025']);
    expect(REVISION_0_ENUMS.method).toEqual(['wsb-host', 'wsb-guest', 'export', 'file-copy']);
    expect(REVISION_0_ENUMS.diskKind).toEqual(['vhdx', 'vhd', 'shared-vhdx', 'passthrough', 'guest-iscsi', 'vfc']);
  });
});
