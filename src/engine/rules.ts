import type { DestinationRuleId, FindingId, LineItemId, Severity, SourceItemId } from './estimate-types';
import { DEFAULT_ASSUMPTIONS, WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT } from './assumptions';
import type { ConfigColumn } from './config-column';
import { DEFAULT_FILE_SIZES, type FileSizeKey } from './file-size-table';
import { HOST_CONFIG_VERSIONS } from './host-compatibility';
import type { Localized } from './lang';
import { LIMITS } from './limits';
import type { HostOs } from './scenario-schema';

/**
 * A constant as the guide writes it (`68 KB`, `4,097 KB`, `5.33 MB`, `1 GB`): the wording is built
 * from the constants the engine computes with, so the two cannot disagree.
 */
export function guideBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, name] of units) if (bytes >= size && bytes % size === 0) return `${(bytes / size).toLocaleString('en-US')} ${name}`;
  return bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(2)} MB` : `${bytes} bytes`;
}

const size = (column: ConfigColumn, key: FileSizeKey) => guideBytes(DEFAULT_FILE_SIZES[column][key] ?? 0);
const A = DEFAULT_ASSUMPTIONS;
const factor = String(A.localDestinationFactor);

/** `WS2016: 5.0–8.0, WS2019: 5.0–9.0, …` from the one table the finding itself applies. */
function hostVersionRanges(dash: string, separator: string): string {
  return (Object.entries(HOST_CONFIG_VERSIONS) as [HostOs, { from: string; upTo: string }][])
    .map(([os, r]) => `${os.toUpperCase()}: ${r.from}${dash}${r.upTo}`)
    .join(separator);
}

/**
 * Every rule of sizing-rules.md as data: its guide location and its wording in Japanese and English.
 * Line items and findings point here by id; the UI and the report render citations only from here.
 */
export interface RuleEntry {
  id: string;
  kind: 'line-item' | 'destination' | 'source' | 'finding';
  /** The guide location(s) as the guide numbers them (`表1.1`, `§3.1.2(6)`). */
  source: string;
  title: Localized;
  wording: Localized;
  /** Set when the rule refines the guide from Microsoft's documentation (sizing-rules.md §8). */
  beyondGuide?: Localized;
}

export interface FindingRule extends RuleEntry {
  kind: 'finding';
  severity: Severity;
  subjects: readonly ('job' | 'vm' | 'volume')[];
  advice: Localized;
}

type LineItemRules = Record<LineItemId | DestinationRuleId | SourceItemId, RuleEntry>;

const LINE_ITEM_RULES: LineItemRules = {
  'vm.vmcx': {
    id: 'vm.vmcx',
    kind: 'line-item',
    source: '表1.1–表1.3',
    title: { ja: '仮想マシン構成情報ファイル (.vmcx)', en: 'VM configuration file (.vmcx)' },
    wording: {
      ja: `構成ファイル ${size('10.0', 'vmcxBytes')} (構成バージョン 9.0/10.0)、${size('8.0', 'vmcxBytes')} (8.0) に、チェックポイント 1 個ごとに ${size('10.0', 'vmcxPerCheckpointBytes')} (10.0)、${size('9.0', 'vmcxPerCheckpointBytes')} (8.0/9.0) を加算する。`,
      en: `${size('10.0', 'vmcxBytes')} (configuration version 9.0/10.0) or ${size('8.0', 'vmcxBytes')} (8.0), plus ${size('10.0', 'vmcxPerCheckpointBytes')} (10.0) or ${size('9.0', 'vmcxPerCheckpointBytes')} (8.0/9.0) per checkpoint.`,
    },
  },
  'vm.vmrs': {
    id: 'vm.vmrs',
    kind: 'line-item',
    source: '表1.1–表1.3',
    title: { ja: '状態保存ファイル (.vmrs)', en: 'Runtime state file (.vmrs)' },
    wording: {
      ja: `メモリを保存する場合は割り当てられた最大メモリサイズ + α (既定 ${A.vmrsOverheadPercent} %)、保存しない場合は ${size('10.0', 'vmrsOfflineBytes')} (8.0 は ${size('8.0', 'vmrsOfflineBytes')})。標準チェックポイントごとにメモリサイズ + α、運用チェックポイントごとに ${size('10.0', 'vmrsPerProductionCheckpointBytes')} (8.0 は ${size('8.0', 'vmrsPerProductionCheckpointBytes')}) を加算する。`,
      en: `With memory captured, the maximum assigned memory + α (default ${A.vmrsOverheadPercent} %); otherwise ${size('10.0', 'vmrsOfflineBytes')} (${size('8.0', 'vmrsOfflineBytes')} for 8.0). Plus memory + α per standard checkpoint and ${size('10.0', 'vmrsPerProductionCheckpointBytes')} (${size('8.0', 'vmrsPerProductionCheckpointBytes')} for 8.0) per production checkpoint.`,
    },
    beyondGuide: {
      ja: '実行中の VM のメモリ サイズのプレースホルダーは自動停止アクションが「保存」の場合のみ (Microsoft のドキュメント)。',
      en: 'A running VM keeps a memory-sized placeholder only with the automatic stop action Save (Microsoft documentation).',
    },
  },
  'vm.vmgs': {
    id: 'vm.vmgs',
    kind: 'line-item',
    source: '表1.1–表1.2',
    title: { ja: 'デバイス状態を含む内部ファイル (.vmgs)', en: 'Guest state file (.vmgs)' },
    wording: {
      ja: `${size('10.0', 'vmgsBytes')} に、チェックポイント 1 個ごとに ${size('10.0', 'vmgsPerCheckpointBytes')} を加算する (構成バージョン 9.0 以降)。`,
      en: `${size('10.0', 'vmgsBytes')} plus ${size('10.0', 'vmgsPerCheckpointBytes')} per checkpoint (configuration version 9.0 and later).`,
    },
  },
  'vm.config-xml': {
    id: 'vm.config-xml',
    kind: 'line-item',
    source: '表1.4',
    title: { ja: '構成ファイル (.xml)', en: 'Configuration file (.xml)' },
    wording: {
      ja: `${size('5.0', 'configXmlBytes')} に、チェックポイント 1 個ごとに ${size('5.0', 'configXmlPerCheckpointBytes')} を加算する (構成バージョン 5.0)。`,
      en: `${size('5.0', 'configXmlBytes')} plus ${size('5.0', 'configXmlPerCheckpointBytes')} per checkpoint (configuration version 5.0).`,
    },
  },
  'vm.bin': {
    id: 'vm.bin',
    kind: 'line-item',
    source: '表1.4',
    title: { ja: 'メモリ ファイル (.bin)', en: 'Memory file (.bin)' },
    wording: {
      ja: 'メモリを保存する場合はメモリ サイズ、チェックポイント 1 個ごとにメモリ サイズを加算する (構成バージョン 5.0)。',
      en: 'The memory size when memory is captured, plus the memory size per checkpoint (configuration version 5.0).',
    },
    beyondGuide: {
      ja: '表1.4 はライブ/保存状態のエクスポートについて記載。実行中で自動停止アクションが「保存」の VM は .bin を保持する (Microsoft のドキュメント)。',
      en: 'Table 1.4 names live and saved-state export; a running VM with the stop action Save keeps its .bin (Microsoft documentation).',
    },
  },
  'vm.vsv': {
    id: 'vm.vsv',
    kind: 'line-item',
    source: '表1.4',
    title: { ja: '保存状態ファイル (.vsv)', en: 'Saved state file (.vsv)' },
    wording: {
      ja: `メモリを保存する場合 ${size('5.0', 'vsvBytes')}、チェックポイント 1 個ごとに ${size('5.0', 'vsvPerCheckpointBytes')} を加算する (構成バージョン 5.0)。`,
      en: `${size('5.0', 'vsvBytes')} when memory is captured, plus ${size('5.0', 'vsvPerCheckpointBytes')} per checkpoint (configuration version 5.0).`,
    },
  },
  'vm.avhdx': {
    id: 'vm.avhdx',
    kind: 'line-item',
    source: '表1.1–表1.4',
    title: { ja: 'チェックポイント ファイル (.avhdx)', en: 'Checkpoint differencing disks (.avhdx)' },
    wording: {
      ja: 'チェックポイント数 × 仮想ハードディスクの最大サイズの合計。現状ベースでは実測の .avhdx ファイル サイズ。',
      en: 'Number of checkpoints × the sum of the virtual hard disks’ maximum sizes; on the current basis, the measured .avhdx files.',
    },
  },
  'vm.vhd': {
    id: 'vm.vhd',
    kind: 'line-item',
    source: '表1.1–表1.4',
    title: { ja: '仮想ハードディスク (.vhdx/.vhd)', en: 'Virtual hard disks (.vhdx/.vhd)' },
    wording: {
      ja: '各仮想ハードディスクの最大サイズ (現状ベースではファイル サイズ)。差分ディスクを使用している場合は親仮想ハードディスクのサイズを加算する。',
      en: 'Each virtual hard disk’s maximum size (file size on the current basis); for a differencing disk, add its parent’s size.',
    },
  },
  'vm.recovery-avhdx': {
    id: 'vm.recovery-avhdx',
    kind: 'line-item',
    source: '表1.1–表1.4 リカバリファイル',
    title: { ja: 'リカバリ ファイル (.avhdx)', en: 'Recovery files (.avhdx)' },
    wording: {
      ja: `オンライン バックアップ時のみ: バックアップ中の書き込みを受けるチェックポイント。各 VHD/VHDX のサイズ × 書き込み率 (既定 ${A.sourceWritePercent} %)。`,
      en: `Online backup only: the checkpoint that takes writes during the backup; each VHD/VHDX size × the write percentage (default ${A.sourceWritePercent} %).`,
    },
  },
  'vm.recovery-xml': {
    id: 'vm.recovery-xml',
    kind: 'line-item',
    source: '表1.1–表1.4 リカバリファイル',
    title: { ja: 'リカバリ ファイル (構成)', en: 'Recovery files (configuration)' },
    wording: {
      ja: `オンライン バックアップ時のみ: ${size('10.0', 'recoveryXmlBytes')} (構成バージョン 10.0)、${size('9.0', 'recoveryXmlBytes')} (その他)。`,
      en: `Online backup only: ${size('10.0', 'recoveryXmlBytes')} (configuration version 10.0) or ${size('9.0', 'recoveryXmlBytes')} (others).`,
    },
  },
  'host.system': {
    id: 'host.system',
    kind: 'line-item',
    source: '§1.6(3)(a)',
    title: { ja: 'ホストのシステム', en: 'Host system' },
    wording: { ja: 'システム ドライブと同等の容量。', en: 'As much as the system drive.' },
  },
  'host.hyperv-settings': {
    id: 'host.hyperv-settings',
    kind: 'line-item',
    source: '§1.6(3)(b)',
    title: { ja: 'Hyper-V 設定', en: 'Hyper-V settings' },
    wording: {
      ja: `数十 KB (既定 ${guideBytes(A.hyperVSettingsBytes)}: ガイドの例では Host Component のバックアップで 393 KB を転送)。`,
      en: `Tens of KB (default ${guideBytes(A.hyperVSettingsBytes)}: in the guide’s example the Host Component backup transferred 393 KB).`,
    },
  },
  'guest.system': {
    id: 'guest.system',
    kind: 'line-item',
    source: '§1.6(4)(a)',
    title: { ja: '仮想マシンのシステム', en: 'VM system' },
    wording: {
      ja: '仮想マシンのシステム ドライブのサイズ (現状ベースではゲスト内の使用量)。',
      en: 'The size of the VM’s system drive (on the current basis, the space used in the guest).',
    },
  },
  'guest.data': {
    id: 'guest.data',
    kind: 'line-item',
    source: '§1.6(4)(b)',
    title: { ja: '仮想マシンのデータ', en: 'VM data' },
    wording: {
      ja: '仮想マシンのデータ ドライブのサイズ。パススルー、ゲスト iSCSI、仮想ファイバー チャネルのディスクを含む (ゲストからのみバックアップできる)。',
      en: 'The size of the VM’s data drives, pass-through, guest iSCSI and virtual Fibre Channel disks included (only the guest can back them up).',
    },
  },
  'dest.local-factor': {
    id: 'dest.local-factor',
    kind: 'destination',
    source: '§1.6(1)(a)',
    title: { ja: `ローカル ドライブ: 初回 (B) の ${factor} 倍`, en: `Local drive: ${factor} × the first generation (B)` },
    wording: {
      ja: `ローカル ドライブには、バックアップ データの ${factor} 倍以上の容量を確保する。`,
      en: `Keep at least ${factor} times the backup data on a local drive.`,
    },
  },
  'dest.local-versions': {
    id: 'dest.local-versions',
    kind: 'destination',
    source: '§1.6(1)(a)',
    title: { ja: 'ローカル ドライブ: 初回 + 以降の世代の差分', en: 'Local drive: first + the later generations’ changes' },
    wording: {
      ja: '2 回目以降は VSS により差分として保持される: 初回 + (世代数 − 1) × 初回 × 世代ごとの変更率。',
      en: 'Later versions are kept by VSS as differences: first + (generations − 1) × first × change per generation.',
    },
  },
  'dest.shadow-storage': {
    id: 'dest.shadow-storage',
    kind: 'destination',
    source: '§1.6(1)(a)',
    title: { ja: 'ローカル ドライブ: シャドウ コピー記憶域', en: 'Local drive: shadow copy storage' },
    wording: {
      ja: `保持できる世代数はシャドウ コピーのサイズ (既定でディスクの ${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} %) に依存する。シャドウ コピー記憶域を固定の割合とする場合、以降の世代の差分がその割合に収まるディスク容量。必要に応じて拡張する設計 (既定) では、この項は使わない。`,
      en: `How many versions are kept depends on the shadow copy storage (${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} % of the disk by default). With a fixed percentage, the disk must be large enough for the later versions to fit in that share of it; a design that increases it as needed (the default) does not use this term.`,
    },
    beyondGuide: {
      ja: `シャドウ コピーはボリュームあたり最大 ${LIMITS.shadowCopiesPerVolume} 個 (Microsoft のドキュメント)。`,
      en: `At most ${LIMITS.shadowCopiesPerVolume} shadow copies per volume (Microsoft documentation).`,
    },
  },
  'dest.share-full': {
    id: 'dest.share-full',
    kind: 'destination',
    source: '§1.6(1)(b), §1.5(2)',
    title: { ja: 'リモート共有フォルダー: 世代ごとにフル', en: 'Remote share: full size per generation' },
    wording: {
      ja: 'リモート共有フォルダーへの WSB は毎回フル バックアップ: 世代数 × フル サイズ。',
      en: 'WSB to a remote share takes a full backup every time: generations × the full size.',
    },
  },
  'dest.export-generations': {
    id: 'dest.export-generations',
    kind: 'destination',
    source: '§1.6(2)',
    title: { ja: 'エクスポート: 世代ごとにファイル合計', en: 'Export: total files per generation' },
    wording: {
      ja: 'エクスポート (およびファイル コピー) は世代ごとに仮想マシンのファイルの合計サイズが必要。',
      en: 'Export (and file copy) needs the total size of the VM’s files for every generation.',
    },
  },
  'source.checkpoint-growth': {
    id: 'source.checkpoint-growth',
    kind: 'source',
    source: '§1.6(5), §3.2.2',
    title: { ja: 'バックアップ中のチェックポイント', en: 'Checkpoint during the backup' },
    wording: {
      ja: 'オンライン バックアップ/ライブ エクスポート中の書き込みを受けるため、最大で VHD/VHDX ファイルと同等の空き容量がバックアップ元に必要。',
      en: 'During an online backup or live export the writes go to a checkpoint: the source needs free space up to each VHD/VHDX file’s size.',
    },
  },
  'source.vss-free': {
    id: 'source.vss-free',
    kind: 'source',
    source: '§3.1.2(1)',
    title: { ja: 'VSS 用の空き容量', en: 'Free space for VSS' },
    wording: {
      ja: `WSB は VSS を使用するため、バックアップ対象の各ボリュームに ${guideBytes(A.vssMinFreeBytes)} 以上の空き容量が必要。`,
      en: `WSB uses VSS: keep at least ${guideBytes(A.vssMinFreeBytes)} free on every volume it backs up.`,
    },
  },
};

type FindingRules = Record<FindingId, FindingRule>;

const finding = (
  id: FindingId,
  severity: Severity,
  subjects: FindingRule['subjects'],
  source: string,
  title: Localized,
  advice: Localized,
  beyondGuide?: Localized,
): FindingRule => ({ id, kind: 'finding', severity, subjects, source, title, wording: title, advice, beyondGuide });

const FINDING_RULES: FindingRules = {
  'F-SHARE-VM-HOST-WSB': finding(
    'F-SHARE-VM-HOST-WSB',
    'error',
    ['job', 'vm'],
    '§1.4(1)(a), §3.1.2(7), 表1.5 ×(*2)',
    {
      ja: 'リモート共有フォルダー上の仮想マシンは、ホストの WSB ではバックアップできません。',
      en: 'WSB on the host cannot back up a VM stored on a remote share.',
    },
    {
      ja: 'エクスポートでバックアップするか、仮想マシン上の WSB でシステムとデータを取得してください (他のバックアップ ソフトウェアも可)。',
      en: 'Back it up by export, or with WSB inside the VM for its system and data (other backup software can also do it).',
    },
  ),
  'F-HOST-EXCLUDED-DISKS': finding(
    'F-HOST-EXCLUDED-DISKS',
    'warning',
    ['job', 'vm'],
    '§1.4(1)(a), §3.1.2(2)',
    {
      ja: 'パススルー、ゲスト iSCSI、仮想ファイバー チャネルのディスクはホストの WSB ではバックアップされません。',
      en: 'Pass-through, guest iSCSI and virtual Fibre Channel disks are not backed up by WSB on the host.',
    },
    {
      ja: 'これらのディスクは仮想マシン上の WSB でバックアップしてください。',
      en: 'Back these disks up with WSB inside the VM.',
    },
  ),
  'F-EXPORT-EXCLUDED-DISKS': finding(
    'F-EXPORT-EXCLUDED-DISKS',
    'warning',
    ['job', 'vm'],
    '§3.2.2',
    {
      ja: 'パススルー、ゲスト iSCSI、仮想ファイバー チャネルのディスク、共有 VHDX/VHD セットはエクスポートされません。',
      en: 'Pass-through, guest iSCSI and virtual Fibre Channel disks and shared VHDX / VHD Set files are not exported.',
    },
    {
      ja: 'これらのディスクは仮想マシン上の WSB など別の方法でバックアップしてください。',
      en: 'Back these disks up another way, such as WSB inside the VM.',
    },
  ),
  'F-LIVE-EXPORT-SHARED-VHDX': finding(
    'F-LIVE-EXPORT-SHARED-VHDX',
    'error',
    ['job', 'vm'],
    '§3.2.2',
    {
      ja: '共有仮想ディスクを持つ仮想マシンはライブ エクスポートできません。',
      en: 'A VM with a shared virtual disk cannot be exported live.',
    },
    {
      ja: '仮想マシンを停止してからエクスポートするか、別の方法でバックアップしてください。',
      en: 'Shut the VM down before exporting it, or back it up another way.',
    },
  ),
  'F-LIVE-EXPORT-LOAD': finding(
    'F-LIVE-EXPORT-LOAD',
    'info',
    ['job', 'vm'],
    '§3.2.2',
    {
      ja: 'ライブ エクスポートは VHD のボリュームに非常に高い負荷をかけます。',
      en: 'Live export puts a very heavy load on the VHD volume.',
    },
    {
      ja: '業務時間帯を避けるなど、本番運用の前に影響を検証してください。インポートすると保存状態の仮想マシンになります。',
      en: 'Verify the impact before production use, for example outside business hours. Importing it gives a saved VM.',
    },
  ),
  'F-CSV-SELECTION': finding(
    'F-CSV-SELECTION',
    'warning',
    ['job', 'vm'],
    '§1.4(1)(a), §3.1.1(5), §3.1.2(6)',
    {
      ja: 'CSV 上の仮想マシンは WSB で個別に選択できません。',
      en: 'WSB cannot select individual VMs on a CSV.',
    },
    {
      ja: 'CSV のボリュームまたはフォルダーをバックアップしてください。リストアでは仮想マシンは登録されないため、リストア後にインポートします。',
      en: 'Back up the CSV volume or folder. A restore registers no VM: import the VMs afterwards.',
    },
  ),
  'F-CSV-MIXED': finding(
    'F-CSV-MIXED',
    'error',
    ['job'],
    '§1.4(1)(a), §3.1.1(5) ポイント, §3.1.2(6)',
    {
      ja: 'CSV (CSVFS) と NTFS/ReFS のボリューム (ホストのシステムを含む) は 1 つのバックアップに混在できません。',
      en: 'A CSV (CSVFS) and NTFS/ReFS volumes (the host system included) cannot be in one backup.',
    },
    {
      ja: 'ジョブを CSV 用とそれ以外に分けてください。',
      en: 'Split the job: one for the CSV, one for the rest.',
    },
  ),
  'F-SHARED-DISK-OWNER': finding(
    'F-SHARED-DISK-OWNER',
    'info',
    ['job', 'vm'],
    '§3.1.2(5)',
    {
      ja: '共有ディスクは所有者ノード以外からバックアップできません。',
      en: 'A shared disk cannot be backed up from a node that does not own it.',
    },
    {
      ja: 'ディスクの所有者ノードで実行してください。',
      en: 'Run the backup on the disk’s owner node.',
    },
  ),
  'F-SHARE-GENERATIONS': finding(
    'F-SHARE-GENERATIONS',
    'error',
    ['job'],
    '§1.5(2), §1.6(1)(b), §3.1.2(1)',
    {
      ja: 'リモート共有フォルダーへのスケジュール バックアップは 1 世代しか保持できません (2 回目は上書き)。',
      en: 'A scheduled backup to a remote share keeps one generation (the next one overwrites it).',
    },
    {
      ja: '複数世代が必要な場合は、単発のバックアップで別々のフォルダーに保存してください。',
      en: 'For more generations, use one-off backups to separate folders.',
    },
  ),
  'F-LOCAL-DEST-ONE-KIND': finding(
    'F-LOCAL-DEST-ONE-KIND',
    'error',
    ['job'],
    '§1.5(1)',
    {
      ja: '1 つのボリュームには 1 種類の WSB バックアップしか保存できません。このジョブは先のジョブと同じローカル ドライブを使っています。',
      en: 'A volume holds one kind of WSB backup; this job uses the same local drive as an earlier job.',
    },
    {
      ja: 'ジョブごとに別のバックアップ先ボリュームを用意するか、ジョブを 1 つにまとめてください。',
      en: 'Give each job its own destination volume, or combine the jobs into one.',
    },
  ),
  'F-LOCAL-DEST-HOST-FAILURE': finding(
    'F-LOCAL-DEST-HOST-FAILURE',
    'info',
    ['job'],
    '§1.5(1)',
    {
      ja: 'ホストのローカル ドライブのバックアップは、ホストのハードウェア障害で失われる可能性があります。',
      en: 'A backup on the host’s local drive can be lost with a hardware fault of the host.',
    },
    {
      ja: '別のストレージにもコピーしてください。',
      en: 'Copy it to other storage as well.',
    },
  ),
  'F-GUEST-DISK-DEST': finding(
    'F-GUEST-DISK-DEST',
    'warning',
    ['job'],
    '§1.5(3)',
    {
      ja: '仮想マシン上の仮想ハードディスクへのバックアップは、ホストのハードウェア障害で失われます。',
      en: 'A backup on the VM’s own virtual disk is lost if the host’s hardware fails.',
    },
    {
      ja: 'リモート共有フォルダーなど、ホストの外にもバックアップを置いてください。',
      en: 'Keep a backup outside the host too, such as on a remote share.',
    },
  ),
  'F-OFFLINE-BACKUP': finding(
    'F-OFFLINE-BACKUP',
    'info',
    ['job', 'vm'],
    '§3.1.2(3)',
    {
      ja: 'オンライン バックアップの条件を満たさないため、バックアップ中は仮想マシンが保存状態になります。',
      en: 'The VM does not meet the conditions for online backup: it is put into a saved state during the backup.',
    },
    {
      ja: '統合サービスの「バックアップ (ボリューム シャドウ コピー)」を有効にし、ゲストのディスクをベーシック ディスク (NTFS/ReFS) にするとオンラインで取得できます。',
      en: 'Enable the integration service “Backup (volume shadow copy)” and use basic NTFS/ReFS disks in the guest to back it up online.',
    },
  ),
  'F-GUEST-WSB-UNSUPPORTED': finding(
    'F-GUEST-WSB-UNSUPPORTED',
    'error',
    ['job', 'vm'],
    '§1.4(1)(b)',
    {
      ja: 'WSB は Windows Server のゲストでのみ使えます。',
      en: 'WSB runs only in Windows Server guests.',
    },
    {
      ja: 'ホストの WSB またはエクスポートでバックアップしてください。',
      en: 'Back the VM up with WSB on the host or by export.',
    },
  ),
  'F-GUEST-NO-CONFIG': finding(
    'F-GUEST-NO-CONFIG',
    'warning',
    ['vm'],
    '§1.4(1)(b)',
    {
      ja: '仮想マシン上の WSB では仮想マシンの構成ファイルはバックアップされません。',
      en: 'WSB inside the VM does not back up the VM’s configuration.',
    },
    {
      ja: 'ホストの WSB またはエクスポートのジョブを追加してください。',
      en: 'Add a WSB-on-the-host or export job.',
    },
  ),
  'F-GUEST-2008-SCSI': finding(
    'F-GUEST-2008-SCSI',
    'info',
    ['job', 'vm'],
    '§1.5(3) ポイント, §3.1.2',
    {
      ja: 'Windows Server 2008 のゲストのシステム バックアップ先に仮想 SCSI ディスクは推奨されません。',
      en: 'For a Windows Server 2008 guest, a virtual SCSI disk is not recommended for the system backup.',
    },
    {
      ja: '仮想 IDE ディスクまたはリモート共有フォルダーを使ってください。共有フォルダーからのリストアにはレガシ ネットワーク アダプターが必要です。',
      en: 'Use a virtual IDE disk or a remote share; restoring from a share needs a legacy network adapter.',
    },
  ),
  'F-FILE-COPY-RUNNING': finding(
    'F-FILE-COPY-RUNNING',
    'error',
    ['job', 'vm'],
    '付録(1)',
    {
      ja: 'ファイル コピーによるバックアップは仮想マシンをシャットダウンしてから行います。',
      en: 'A file-copy backup needs the VM shut down.',
    },
    {
      ja: 'コピーの前に仮想マシンを停止するか、エクスポートを使ってください。',
      en: 'Shut the VM down before copying, or use export.',
    },
  ),
  'F-FILE-COPY-DIFFERENCING': finding(
    'F-FILE-COPY-DIFFERENCING',
    'warning',
    ['job', 'vm'],
    '付録',
    {
      ja: '差分ディスクを使う仮想マシンはファイル コピーでは親ディスクが漏れるおそれがあります。',
      en: 'A VM with differencing disks needs its parent disk, which a folder copy can miss.',
    },
    {
      ja: 'エクスポートを使ってください。',
      en: 'Use export instead.',
    },
  ),
  'F-V5-PRODUCTION': finding(
    'F-V5-PRODUCTION',
    'warning',
    ['vm'],
    'Microsoft: production checkpoints need configuration version 6.2 or later (表1.4 has no production row)',
    {
      ja: '構成バージョン 5.0 には運用チェックポイントがありません。標準チェックポイントとして見積もりました。',
      en: 'Configuration version 5.0 has no production checkpoints; they are sized as standard checkpoints.',
    },
    {
      ja: 'チェックポイントの種類と構成バージョンを確認してください。',
      en: 'Check the checkpoint type and the configuration version.',
    },
    {
      ja: '運用チェックポイントには構成バージョン 6.2 以降が必要 (Microsoft のドキュメント)。表1.4 に運用チェックポイントの行はない。',
      en: 'Production checkpoints need configuration version 6.2 or later (Microsoft documentation); Table 1.4 has no production row.',
    },
  ),
  'F-VM-UNPROTECTED': finding(
    'F-VM-UNPROTECTED',
    'warning',
    ['vm'],
    '§1.1',
    {
      ja: 'この仮想マシンはどのバックアップ ジョブにも含まれていません。',
      en: 'This VM is in no backup job.',
    },
    {
      ja: 'ホストと仮想マシンの両方を定期的にバックアップしてください。',
      en: 'Back up both the host and its VMs regularly.',
    },
  ),
  'F-CHECKPOINTS-NOT-BACKUP': finding(
    'F-CHECKPOINTS-NOT-BACKUP',
    'info',
    ['vm'],
    '§1.1 ポイント',
    {
      ja: 'チェックポイントは恒久的なバックアップではありません。',
      en: 'Checkpoints are not a permanent backup.',
    },
    {
      ja: 'チェックポイントに頼らず、バックアップ ジョブで保護してください。チェックポイントはバックアップ容量も増やします。',
      en: 'Protect the VM with a backup job rather than checkpoints; checkpoints also add to the backup size.',
    },
  ),
  'F-DEST-SHORT': finding(
    'F-DEST-SHORT',
    'error',
    ['job'],
    '§1.6',
    {
      ja: 'バックアップ先の容量が、計画した世代数に必要な容量より不足しています。',
      en: 'The destination is smaller than the planned generations need.',
    },
    {
      ja: 'バックアップ先を増やすか、世代数を減らしてください。',
      en: 'Give the destination more capacity, or keep fewer generations.',
    },
  ),
  'F-SHADOW-SETTING': finding(
    'F-SHADOW-SETTING',
    'warning',
    ['job'],
    '§1.6(1)(a)',
    {
      ja: `シャドウ コピー記憶域が Windows の既定 (ディスクの ${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} %) のままでは、計画した世代数を保持できません。`,
      en: `With Windows’ default shadow copy storage (${WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT} % of the disk) fewer generations are kept than planned.`,
    },
    {
      ja: 'vssadmin resize shadowstorage で、計画した世代に必要な割合にシャドウ コピー記憶域を拡張してください。',
      en: 'Increase the shadow copy storage with vssadmin resize shadowstorage to the percentage the planned generations need.',
    },
  ),
  'F-EXPORT-SHARE-DOMAIN': finding(
    'F-EXPORT-SHARE-DOMAIN',
    'info',
    ['job'],
    '§3.2.2',
    {
      ja: 'リモート共有フォルダーへのエクスポートでは、共有とフォルダーにホストのコンピューター アカウントへのアクセス許可が必要です。',
      en: 'Exporting to a remote share needs the share and the folder to grant access to the host’s computer account.',
    },
    {
      ja: 'ファイル サーバーとホストを同じドメインに参加させ、コンピューター アカウントにフル コントロールを付与してください。',
      en: 'Keep the file server and the host in the same domain, and give the host’s computer account full control.',
    },
  ),
  'F-GROWTH-SHORT': finding(
    'F-GROWTH-SHORT',
    'warning',
    ['job'],
    'beyond the guide: time-and-restore.md §1',
    {
      ja: 'データが増えると、見積もり期間のうちにバックアップ先の容量が不足します。',
      en: 'As the data grows, the destination becomes too small within the horizon.',
    },
    {
      ja: '不足する時期までに容量を増やすか、世代数や増加率の前提を見直してください。',
      en: 'Add capacity before then, or revisit the generations and the growth assumption.',
    },
    {
      ja: 'ガイド外の見積もり: 年間増加率を前提に、現状ベースの各ディスクを月ごとに増やして算出 (最大ベースでは増えない)。',
      en: 'Beyond the guide: each disk of the current basis grown month by month at the yearly rate (the maximum basis does not grow).',
    },
  ),
  'F-WINDOW-EXCEEDED': finding(
    'F-WINDOW-EXCEEDED',
    'warning',
    ['job'],
    'beyond the guide: time-and-restore.md §2',
    {
      ja: '2 回目以降のバックアップがバックアップ時間枠に収まりません。',
      en: 'The later backup runs do not fit in the backup window.',
    },
    {
      ja: '時間枠を広げる、スループットを上げる (10 GbE など)、ジョブを分ける、または「高速なバックアップ パフォーマンス」を検討してください。',
      en: 'Widen the window, raise the throughput (10 GbE, for example), split the job, or consider "Faster backup performance".',
    },
    {
      ja: 'ガイド外の見積もり: 転送量 ÷ スループット。',
      en: 'Beyond the guide: bytes moved ÷ throughput.',
    },
  ),
  'F-FIRST-RUN-LONG': finding(
    'F-FIRST-RUN-LONG',
    'info',
    ['job'],
    'beyond the guide: time-and-restore.md §2',
    {
      ja: '初回のバックアップは時間枠に収まりません (2 回目以降は収まります)。',
      en: 'The first backup run does not fit in the window (the later runs do).',
    },
    {
      ja: '初回は週末など長い時間を確保して実行してください。',
      en: 'Plan the first run for a weekend or another long slot.',
    },
    {
      ja: 'ガイド外の見積もり: 転送量 ÷ スループット。',
      en: 'Beyond the guide: bytes moved ÷ throughput.',
    },
  ),
  'F-CSV-RESTORE-SPACE': finding(
    'F-CSV-RESTORE-SPACE',
    'warning',
    ['job', 'volume'],
    '§3.3.5, §3.1.2(6)',
    {
      ja: 'CSV 上の仮想マシンを復元するための空き容量が CSV にありません。',
      en: 'The CSV does not have the free space to restore its largest VM.',
    },
    {
      ja: 'CSV の仮想マシンは別のフォルダーに復元してからインポートします (§3.3.5)。最大の仮想マシンの分の空きを確保してください。',
      en: 'A VM on a CSV is restored to another folder and then imported (§3.3.5): keep free space for the largest VM.',
    },
  ),
  'F-SOURCE-SHORT': finding(
    'F-SOURCE-SHORT',
    'error',
    ['volume'],
    '§1.6(5), §3.1.2(1)',
    {
      ja: 'バックアップ中にバックアップ元ボリュームの空き容量が不足します。',
      en: 'The source volume does not have the free space the backup needs while it runs.',
    },
    {
      ja: '空き容量を増やすか、オンライン バックアップ/ライブ エクスポートの対象を分けてください。',
      en: 'Free up space, or split the online backups and live exports over time.',
    },
  ),
  'F-CONFIG-VERSION-HOST': finding(
    'F-CONFIG-VERSION-HOST',
    'error',
    ['vm'],
    'Microsoft: Upgrade virtual machine version in Hyper-V',
    {
      ja: 'この構成バージョンの仮想マシンはホストの Windows Server では実行できません。',
      en: 'A VM of this configuration version cannot run on the host’s Windows Server version.',
    },
    {
      ja: `構成バージョンまたはホストの OS を確認してください (${hostVersionRanges('〜', '、')})。`,
      en: `Check the configuration version or the host OS (${hostVersionRanges('–', ', ')}).`,
    },
    {
      ja: 'Microsoft Learn「Upgrade virtual machine version in Hyper-V」による (ガイド外)。',
      en: 'From Microsoft Learn, “Upgrade virtual machine version in Hyper-V” (beyond the guide).',
    },
  ),
  'F-HOST-OS-OUTSIDE-GUIDE': finding(
    'F-HOST-OS-OUTSIDE-GUIDE',
    'info',
    [],
    'はじめに',
    {
      ja: 'ガイドの対象は Windows Server 2019/2022 です。表は構成バージョンで適用しています。',
      en: 'The guide covers Windows Server 2019/2022; its tables are applied by configuration version.',
    },
    {
      ja: '実機で容量を確認してください。',
      en: 'Confirm the sizes on a real system.',
    },
  ),
  'F-WS2022-SYSTEM-STATE': finding(
    'F-WS2022-SYSTEM-STATE',
    'info',
    ['job'],
    '§3.1.2(1)',
    {
      ja: 'Windows Server 2022 では、フル サーバー バックアップからシステム状態のみをリストアするとログオン画面が表示されなくなることがあります。',
      en: 'On Windows Server 2022, restoring only the system state from a full server backup can leave no logon screen.',
    },
    {
      ja: 'ボリューム全体をリストアしてください。',
      en: 'Restore the whole volume instead.',
    },
  ),
};

/** Every line-item, destination, source and finding rule by id (sizing-rules.md). */
export const RULES: Readonly<Record<string, RuleEntry>> = { ...LINE_ITEM_RULES, ...FINDING_RULES };
export const FINDING_RULE: Readonly<FindingRules> = FINDING_RULES;
export const LINE_ITEM_RULE: Readonly<LineItemRules> = LINE_ITEM_RULES;
