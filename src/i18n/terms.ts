import type { FileSizeKey, Basis, DiskKind, HostOs, Localized, Method, Severity, Topology } from '../engine';

/**
 * Names of the scenario's choices in the guide's and Windows' terms (guide-digest.md), Japanese
 * first. Shared by the app, the printed report and the text output of hvsize.
 */
export const HOST_OS_NAMES: Record<HostOs, Localized> = {
  ws2016: { ja: 'Windows Server 2016', en: 'Windows Server 2016' },
  ws2019: { ja: 'Windows Server 2019', en: 'Windows Server 2019' },
  ws2022: { ja: 'Windows Server 2022', en: 'Windows Server 2022' },
  ws2025: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
};

export const TOPOLOGY_NAMES: Record<Topology, Localized> = {
  standalone: { ja: '非クラスター構成', en: 'Standalone' },
  'standalone-share': { ja: '非クラスター構成 (ファイル共有)', en: 'Standalone (file share)' },
  'cluster-shared-disk': { ja: 'クラスター構成 (共有ディスク)', en: 'Cluster (shared disk)' },
  'cluster-csv': { ja: 'クラスター構成 (CSV)', en: 'Cluster (CSV)' },
  'cluster-share': { ja: 'クラスター構成 (ファイル共有)', en: 'Cluster (file share)' },
};

export const METHOD_NAMES: Record<Method, Localized> = {
  'wsb-host': { ja: 'WSB (ホスト)', en: 'WSB on the host' },
  'wsb-guest': { ja: 'WSB (仮想マシン上)', en: 'WSB inside the VM' },
  export: { ja: 'エクスポート', en: 'Export' },
  'file-copy': { ja: 'ファイル コピー', en: 'File copy' },
};

export const DESTINATION_NAMES: Record<'local-drive' | 'remote-share' | 'guest-disk', Localized> = {
  'local-drive': { ja: 'ローカル ドライブ', en: 'Local drive' },
  'remote-share': { ja: 'リモート共有フォルダー', en: 'Remote shared folder' },
  'guest-disk': { ja: '仮想マシン上の仮想ハードディスク', en: 'Virtual disk of the VM' },
};

export const VOLUME_KIND_NAMES: Record<'local' | 'shared-disk' | 'csv' | 'smb-share', Localized> = {
  local: { ja: 'ローカル ディスク', en: 'Local disk' },
  'shared-disk': { ja: '共有ディスク', en: 'Shared disk' },
  csv: { ja: 'CSV', en: 'CSV' },
  'smb-share': { ja: 'リモート共有フォルダー (SMB)', en: 'Remote share (SMB)' },
};

export const VM_STATE_NAMES: Record<'running' | 'off' | 'saved' | 'paused', Localized> = {
  running: { ja: '実行中', en: 'Running' },
  off: { ja: 'オフ', en: 'Off' },
  saved: { ja: '保存状態', en: 'Saved' },
  paused: { ja: '一時停止', en: 'Paused' },
};

export const STOP_ACTION_NAMES: Record<'save' | 'shutdown' | 'turn-off', Localized> = {
  save: { ja: '保存', en: 'Save' },
  shutdown: { ja: 'シャットダウン', en: 'Shut down' },
  'turn-off': { ja: '電源オフ', en: 'Turn off' },
};

export const GUEST_OS_NAMES: Record<'windows-server' | 'windows-server-2008' | 'linux' | 'other', Localized> = {
  'windows-server': { ja: 'Windows Server', en: 'Windows Server' },
  'windows-server-2008': { ja: 'Windows Server 2008', en: 'Windows Server 2008' },
  linux: { ja: 'Linux', en: 'Linux' },
  other: { ja: 'その他', en: 'Other' },
};

export const DISK_KIND_NAMES: Record<DiskKind, Localized> = {
  vhdx: { ja: 'VHDX', en: 'VHDX' },
  vhd: { ja: 'VHD', en: 'VHD' },
  'shared-vhdx': { ja: '共有 VHDX', en: 'Shared VHDX' },
  passthrough: { ja: 'パススルー', en: 'Pass-through' },
  'guest-iscsi': { ja: 'ゲスト iSCSI', en: 'Guest iSCSI' },
  vfc: { ja: '仮想ファイバー チャネル', en: 'Virtual Fibre Channel' },
};

export const DISK_TYPE_NAMES: Record<'fixed' | 'dynamic' | 'differencing', Localized> = {
  fixed: { ja: '容量固定', en: 'Fixed' },
  dynamic: { ja: '容量可変', en: 'Dynamic' },
  differencing: { ja: '差分', en: 'Differencing' },
};

export const GUEST_ROLE_NAMES: Record<'system' | 'data', Localized> = {
  system: { ja: 'システム', en: 'System' },
  data: { ja: 'データ', en: 'Data' },
};

export const GUEST_VOLUMES_NAMES: Record<'system' | 'data' | 'both', Localized> = {
  system: { ja: 'システムのみ', en: 'System only' },
  data: { ja: 'データのみ', en: 'Data only' },
  both: { ja: 'システムとデータ', en: 'System and data' },
};

export const SCHEDULE_NAMES: Record<'scheduled' | 'one-off', Localized> = {
  scheduled: { ja: 'スケジュール', en: 'Scheduled' },
  'one-off': { ja: '単発', en: 'One-off' },
};

export const BASIS_NAMES: Record<Basis, Localized> = {
  maximum: { ja: '最大 (ガイドの最悪値)', en: 'Maximum (the guide’s worst case)' },
  current: { ja: '現状 (実測値)', en: 'Current (measured values)' },
};

export const SEVERITY_NAMES: Record<Severity, Localized> = {
  error: { ja: 'エラー', en: 'Error' },
  warning: { ja: '警告', en: 'Warning' },
  info: { ja: '情報', en: 'Info' },
};

/** The per-VM file constants of 表1.1–表1.4 in the guide's words (shown instead of the keys). */
export const FILE_SIZE_NAMES: Record<FileSizeKey, Localized> = {
  vmcxBytes: { ja: '仮想マシン構成情報ファイル (.vmcx)', en: 'VM configuration file (.vmcx)' },
  vmcxPerCheckpointBytes: { ja: '.vmcx: チェックポイント 1 個ごと', en: '.vmcx per checkpoint' },
  vmrsOfflineBytes: { ja: '状態保存ファイル (.vmrs): メモリを保存しない場合', en: 'Runtime state file (.vmrs) without memory' },
  vmrsPerProductionCheckpointBytes: { ja: '.vmrs: 運用チェックポイント 1 個ごと', en: '.vmrs per production checkpoint' },
  vmgsBytes: { ja: 'デバイス状態を含む内部ファイル (.vmgs)', en: 'Guest state file (.vmgs)' },
  vmgsPerCheckpointBytes: { ja: '.vmgs: チェックポイント 1 個ごと', en: '.vmgs per checkpoint' },
  recoveryXmlBytes: { ja: 'リカバリ ファイル (構成)', en: 'Recovery files (configuration)' },
  configXmlBytes: { ja: '構成ファイル (.xml)', en: 'Configuration file (.xml)' },
  configXmlPerCheckpointBytes: { ja: '.xml: チェックポイント 1 個ごと', en: '.xml per checkpoint' },
  vsvBytes: { ja: '保存状態ファイル (.vsv)', en: 'Saved state file (.vsv)' },
  vsvPerCheckpointBytes: { ja: '.vsv: チェックポイント 1 個ごと', en: '.vsv per checkpoint' },
};
