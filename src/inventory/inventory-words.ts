import type { Lang } from '../engine';
import type { NoteKind } from './inventory-types';

interface Words {
  ja: string;
  en: string;
  /** What a note made of these words tells (a fragment that is never a note on its own: 'check'). */
  kind: NoteKind;
}

/** Every note the importers write, in both languages; `{v}` … `{w}` are filled in by `say`. */
export const WORDS = {
  truncated: {
    kind: 'refused',
    ja: 'JSON が途中で切り詰められています (ConvertTo-Json の -Depth が不足)。このファイルは取り込みません。収集スクリプトで出力し直してください',
    en: 'the JSON was cut short (ConvertTo-Json -Depth too small), so this file is not imported; run the collector script again',
  },
  notInventory: { kind: 'refused', ja: 'インベントリのファイルではありません', en: 'is not an inventory file' },
  notJson: { kind: 'refused', ja: 'JSON として読めません', en: 'is not valid JSON' },
  newerVersion: {
    kind: 'refused',
    ja: '収集スクリプトのバージョン {v} のファイルです。このアプリが読めるのはバージョン 1 と 2 です。新しいアプリで取り込んでください',
    en: 'was written by collector version {v}; this app reads versions 1 and 2: import it with a newer app',
  },
  badShape: {
    kind: 'skipped',
    ja: '{f} が収集スクリプトの書く形ではないため、この VM は取り込みません',
    en: '{f} is not in the shape the collector writes, so this VM is not imported',
  },
  noRows: { kind: 'refused', ja: '取り込める行がありません (VMName 列が必要)', en: 'no rows to import (a VMName column is needed)' },
  vmNotCollected: {
    kind: 'skipped',
    ja: '収集スクリプトがこの VM を読めませんでした ({v})。取り込みません。もう一度収集してください',
    en: 'the collector could not read this VM ({v}); not imported: collect again',
  },
  collectorProblem: { kind: 'check', ja: '収集時の問題 ({f}): {v}', en: 'problem while collecting ({f}): {v}' },
  unknownState: { kind: 'guessed', ja: '状態 "{v}" は対応していません。実行中として見積もります', en: 'state "{v}" is not known; sized as running' },
  unknownValue: { kind: 'guessed', ja: '{f} の値 "{v}" は対応していません。"{w}" とします', en: '{f} "{v}" is not known; taken as "{w}"' },
  vhdFailed: {
    kind: 'skipped',
    ja: 'Get-VHD が失敗したため、このディスクは取り込みません ({v})。所有者ノードで収集してください',
    en: 'Get-VHD failed, so this disk is not imported ({v}); collect on the owner node',
  },
  vfcUnknownSize: {
    kind: 'guessed',
    ja: '仮想ファイバー チャネルのディスクがあります。サイズを入力してください',
    en: 'has virtual Fibre Channel disks: enter their size',
  },
  passthroughSize: { kind: 'guessed', ja: 'パススルー ディスクのサイズが不明です。入力してください', en: 'pass-through disk size unknown: enter it' },
  noVolume: {
    kind: 'guessed',
    ja: 'パス "{v}" のボリュームが見つからないため、ボリュームを追加しました',
    en: 'no volume holds "{v}": a volume was added for it',
  },
  invalid: { kind: 'refused', ja: '取り込んだ結果が正しくありません', en: 'the imported scenario is not valid' },
  duplicate: { kind: 'skipped', ja: '複数のファイルにある同じ VM は 1 つにしました', en: 'the same VM in several files was imported once' },
  notNumber: { kind: 'check', ja: '{f} の値 "{v}" は数値ではありません', en: '{f} "{v}" is not a number' },
  negative: { kind: 'check', ja: '{f} の値 "{v}" が負の数です', en: '{f} "{v}" is negative' },
  tooLarge: { kind: 'check', ja: '{f} の値 "{v}" が大きすぎます (2^53 以上)', en: '{f} "{v}" is too large (2^53 or more)' },
  overBound: { kind: 'check', ja: '{f} の値 "{v}" が Hyper-V の上限 ({w}) を超えています', en: '{f} "{v}" is more than Hyper-V allows ({w})' },
  tooManyVmDisks: {
    kind: 'skipped',
    ja: 'ディスクが {v} 個を超えるため、{v} 個目より後は取り込みません (VM あたりの上限)',
    en: 'has more than {v} disks (the limit per VM): the disks after the {v}th are not imported',
  },
  missing: { kind: 'check', ja: '{f} がありません', en: '{f} is missing' },
  leftOut: { kind: 'skipped', ja: '。この値は取り込みません', en: '; left out' },
  setToZero: { kind: 'guessed', ja: '。0 にしました。正しい値を入力してください', en: '; set to 0: enter the right value' },
  generation: {
    kind: 'guessed',
    ja: 'Generation の値 "{v}" は 1 でも 2 でもありません。第 2 世代とします',
    en: 'Generation "{v}" is neither 1 nor 2; taken as 2',
  },
  badQuotes: {
    kind: 'skipped',
    ja: '引用符 (") の対応が取れていないため、この行は取り込みません',
    en: 'the quotes (") on this line do not pair up, so the line is not imported',
  },
  noVmName: { kind: 'skipped', ja: 'VMName が空のため、この行は取り込みません', en: 'VMName is empty, so the line is not imported' },
  tooManyFields: {
    kind: 'skipped',
    ja: '列が見出しより多いため ({v} 列)、この行は取り込みません。値に含まれるカンマは "" で囲んでください',
    en: 'has more fields than the header ({v}), so the line is not imported; put a value that holds a comma in quotes',
  },
  tooManyDisks: {
    kind: 'refused',
    ja: 'ディスクが {v} 個を超えるため取り込めません (上限: 全 VM で {v} 個)',
    en: 'more than {v} disks, so nothing is imported (the limit is {v} disks over all VMs)',
  },
  tooManyVms: {
    kind: 'refused',
    ja: '仮想マシンが {v} 台を超えるため取り込めません (上限: {v} 台)',
    en: 'more than {v} VMs, so nothing is imported (the limit is {v} VMs)',
  },
  tooManyVolumes: {
    kind: 'refused',
    ja: 'ボリュームが {v} 個を超えるため取り込めません (上限: {v} 個)',
    en: 'more than {v} volumes, so nothing is imported (the limit is {v} volumes)',
  },
  tooBig: {
    kind: 'refused',
    ja: 'ファイルが {v} を超えるため読みません (上限: {v})',
    en: 'the file is larger than {v}, so it is not read (the limit is {v})',
  },
  nameCut: { kind: 'capped', ja: '名前が {v} 文字を超えるため、{v} 文字に切り詰めました', en: 'the name is longer than {v} characters: cut to {v}' },
  memoryCapped: {
    kind: 'capped',
    ja: '動的メモリの最大 {v} がホストの物理メモリ {w} を超えるため、{w} で見積もります (Hyper-V の既定の最大は 1 TB)',
    en: "Dynamic Memory maximum {v} is more than the host's physical memory {w}: sized with {w} (Hyper-V's default maximum is 1 TB)",
  },
  memoryUncapped: {
    kind: 'check',
    ja: '動的メモリの最大 {v} で見積もります。ホストの物理メモリがファイルにありません (収集スクリプト バージョン 1 や CSV)。実際に使う最大値を入力してください',
    en: "sized with its Dynamic Memory maximum, {v}: the file does not give the host's physical memory (collector version 1, or a CSV); enter the most this VM really uses",
  },
  assignedOverMax: {
    kind: 'skipped',
    ja: '割り当て済みメモリ {v} が見積もりのメモリ {w} を超えるため、使用中のメモリとしては取り込みません',
    en: 'memory assigned, {v}, is more than the memory it is sized with, {w}: not taken as memory in use',
  },
  recoveryCheckpoints: {
    kind: 'skipped',
    ja: 'Recovery チェックポイント {v} 個 (バックアップ ソフトウェアが残したもの、§3.1.2(9)) は数えません。バックアップ中でなければ削除を検討してください',
    en: '{v} Recovery checkpoints (left by backup software, §3.1.2(9)) are not counted; if no backup is running, consider removing them',
  },
  recoveryCheckpointsV1: {
    kind: 'skipped',
    ja: '収集スクリプト バージョン 1 が「運用」として数えた {v} 個は Recovery チェックポイント (バックアップ ソフトウェアが残したもの、§3.1.2(9)) のため数えません',
    en: 'the {v} checkpoints collector version 1 counted as production are Recovery checkpoints (left by backup software, §3.1.2(9)): not counted',
  },
  replicaCheckpoints: {
    kind: 'skipped',
    ja: 'Hyper-V レプリカの回復ポイントまたはファイルのないチェックポイント {v} 個 (SnapshotType {f}) は数えません',
    en: '{v} Hyper-V Replica recovery points or checkpoints without files (SnapshotType {f}) are not counted',
  },
  checkpointKindGuessed: {
    kind: 'guessed',
    ja: 'チェックポイント {v} 個は、メモリの保存状態を持つかどうかがファイルにないため、VM のチェックポイントの種類 ({f}) から{w}として数えます',
    en: "{v} checkpoints: whether they hold a memory state is not in the file, so they are counted as {w} from the VM's checkpoint type ({f})",
  },
  checkpointsNoMemory: {
    kind: 'check',
    ja: 'メモリの保存状態を持たないチェックポイントは運用チェックポイントとして数えます。VM の停止中に作った標準チェックポイントも保存状態を持たないため区別できませんが、見積もりは同じです',
    en: 'checkpoints without a memory state are counted as production checkpoints: a standard checkpoint taken while the VM was off has none either and cannot be told apart, but it sizes the same',
  },
  tooManyCheckpoints: {
    kind: 'capped',
    ja: 'チェックポイントが {v} 個あり、Hyper-V の上限 ({w} 個) を超えるため {w} 個にしました',
    en: 'has {v} checkpoints, more than Hyper-V allows ({w}): counted as {w}',
  },
  chainPartial: {
    kind: 'guessed',
    ja: '差分ディスクの親を {v} から先は読めませんでした。親のサイズを確認して入力してください',
    en: "the differencing chain could not be read past {v}: check and enter the parents' size",
  },
  firstParentOnly: {
    kind: 'check',
    ja: '収集スクリプト バージョン 1 は差分ディスクの最初の親だけを測りました。親がさらに差分ディスクなら収集し直してください',
    en: 'collector version 1 measured only the first parent of a differencing disk: if that parent has parents, collect again',
  },
  vhdSetMetadata: {
    kind: 'guessed',
    ja: 'VHD セット (.vhds) のサイズがメタデータ ファイルだけのものです (データを持つ .avhdx のサイズがファイルにありません)。収集し直すか、サイズを入力してください',
    en: 'this VHD Set (.vhds) is sized by its metadata file alone (the file does not give its .avhdx files): collect again, or enter its size',
  },
  sharedCounted: {
    kind: 'skipped',
    ja: '共有 VHDX "{v}" は {w} にも接続されています。{w} で 1 回だけ数えます',
    en: 'the shared VHDX "{v}" is also attached to {w}: counted once, with {w}',
  },
  replicaLeftOut: {
    kind: 'skipped',
    ja: 'Hyper-V レプリカの複製先 VM です (プライマリ サーバー: {v})。プライマリで保護されるため取り込みません。含めるには「Hyper-V レプリカの複製先 VM も含める」を選んでください (hvsize: --include-replicas)',
    en: 'a Hyper-V Replica VM (primary server: {v}): protected by its primary, so not imported; to size it, choose "Include Replica VMs" (hvsize: --include-replicas)',
  },
  replicaIncluded: {
    kind: 'check',
    ja: 'Hyper-V レプリカの複製先 VM ですが、指定により取り込みました (プライマリ サーバー: {v})',
    en: 'a Hyper-V Replica VM (primary server: {v}), imported as asked',
  },
  volumeUnused: { kind: 'skipped', ja: 'どの VM も使っていないため、このボリュームは取り込みません', en: 'no VM uses this volume, so it is not imported' },
  systemDriveTaken: {
    kind: 'check',
    ja: 'ホストのシステム ドライブは、各ノードのうち最大の {v} ({w}) で見積もります (各ノードのホストのジョブに同じ値を使います): {f}',
    en: "the host system drive is sized as the largest of the nodes', {v} ({w}); every node's host job uses this figure: {f}",
  },
  osDiffer: {
    kind: 'check',
    ja: 'ノードの OS のビルドが異なります ({v})。最も古い {w} として見積もります',
    en: "the nodes' OS builds differ ({v}): sized for the oldest, {w}",
  },
  clusterNodesMissing: {
    kind: 'check',
    ja: 'クラスター {v} のノード {w} のファイルがありません。そのノードの VM とローカル ボリュームは含まれていません。そのノードでも収集スクリプトを実行してください',
    en: 'no file from node {w} of cluster {v}: its VMs and local volumes are missing; run the collector there too',
  },
  liveSharedVhdx: {
    kind: 'check',
    ja: '実行中で共有 VHDX を使い、CSV または共有フォルダー上にあるため、提案するジョブに含めません。ホストの WSB は CSV 上の VM を選べず (§3.1.2(6))、ライブ エクスポートは共有 VHDX を扱えません (§3.2.2)。ゲスト内の WSB か、停止してからのエクスポートを検討してください',
    en: 'running with a shared VHDX on CSV or a share, so it is in no proposed job: WSB on the host cannot select VMs on CSV (§3.1.2(6)) and live export cannot take a shared VHDX (§3.2.2); use WSB inside the guest, or export it while it is off',
  },
  destinationNeeded: {
    kind: 'check',
    ja: 'バックアップ先 ("{v}") とその容量はまだ入力されていません。入力してください (世代数 {w} は仮の値です)',
    en: 'the destination ("{v}") and its capacity are still to be entered; {w} generations is a placeholder',
  },
  systemDriveUnknown: {
    kind: 'guessed',
    ja: 'ホストのシステム ドライブのサイズがファイルにないため、127 GB とします。入力してください',
    en: 'the file does not give the size of the host system drive: taken as 127 GB; enter it',
  },
  tooManyHosts: {
    kind: 'refused',
    ja: 'ホストが {v} 台を超えるため取り込めません (上限: クラスターのノード {v} 台)',
    en: 'more than {v} hosts, so nothing is imported (the limit is {v} cluster nodes)',
  },
  hostJobName: { kind: 'check', ja: 'WSB (ホスト) {v}', en: 'WSB on the host {v}' },
  hostJobDestination: { kind: 'check', ja: '{v} のバックアップ用ディスク', en: '{v} backup disk' },
  exportJobName: { kind: 'check', ja: 'エクスポート ({v})', en: 'Export ({v})' },
  exportJobVms: { kind: 'check', ja: 'CSV・共有フォルダー上の VM', en: 'VMs on CSV and shares' },
  exportShareDestination: { kind: 'check', ja: 'エクスポート先の共有フォルダー', en: 'export share' },
  exportDiskDestination: { kind: 'check', ja: 'エクスポート先のディスク', en: 'export disk' },
  productionKind: { kind: 'check', ja: '運用チェックポイント', en: 'production checkpoints' },
  standardKind: { kind: 'check', ja: '標準チェックポイント', en: 'standard checkpoints' },
} as const satisfies Record<string, Words>;

export type WordKey = keyof typeof WORDS;

/** The words for `key` in `lang`, with `{v}`, `{f}` (a field) and `{w}` filled in. */
export function say(key: WordKey, lang: Lang, v = '', f = '', w = ''): string {
  // One pass with a function, so a value holding `{f}` or `$&` is shown as it is.
  const fill: Record<string, string> = { v, f, w };
  return WORDS[key][lang].replace(/\{([vfw])\}/g, (_, k: string) => fill[k]!);
}

/** A note made of `key`'s words, of `key`'s kind. */
export function noteOf(where: string, key: WordKey, lang: Lang, v = '', f = '', w = ''): { where: string; message: string; kind: NoteKind } {
  return { where, message: say(key, lang, v, f, w), kind: WORDS[key].kind };
}
