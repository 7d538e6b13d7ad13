/**
 * The enum lists exactly as links were written with them: deflate (legacy) links and range-coded
 * layout revision 0 store a choice as its index in these lists. They are copies, not the engine's
 * lists, so adding `ws2028` to the schema or reordering a list there cannot change what an existing
 * link means. A new value reaches links only in a new layout revision with lists of its own
 * (link-codec.ts); a test fails until then.
 */
export const REVISION_0_ENUMS = {
  hostOs: ['ws2016', 'ws2019', 'ws2022', 'ws2025'],
  topology: ['standalone', 'standalone-share', 'cluster-shared-disk', 'cluster-csv', 'cluster-share'],
  volumeKind: ['local', 'shared-disk', 'csv', 'smb-share'],
  fileSystem: ['NTFS', 'ReFS', 'CSVFS', 'SMB'],
  vmState: ['running', 'off', 'saved', 'paused'],
  stopAction: ['save', 'shutdown', 'turn-off'],
  guestOs: ['windows-server', 'windows-server-2008', 'linux', 'other'],
  diskKind: ['vhdx', 'vhd', 'shared-vhdx', 'passthrough', 'guest-iscsi', 'vfc'],
  diskType: ['fixed', 'dynamic', 'differencing'],
  guestRole: ['system', 'data'],
  method: ['wsb-host', 'wsb-guest', 'export', 'file-copy'],
  guestVolumes: ['system', 'data', 'both'],
  destinationKind: ['local-drive', 'remote-share', 'guest-disk'],
  schedule: ['scheduled', 'one-off'],
} as const;

/** Revision 1 adds the job's window, throughput and WSB performance setting (time-and-restore.md §2). */
export const REVISION_1_ENUMS = {
  ...REVISION_0_ENUMS,
  wsbPerformance: ['full', 'incremental'],
} as const;

/** Legacy links were written by the app that froze revision 0: the same lists. */
export const LEGACY_ENUMS = REVISION_0_ENUMS;
