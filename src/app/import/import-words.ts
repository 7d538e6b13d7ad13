import type { Lang } from '../../engine';
import { translate, type MessageKey } from '../../i18n/messages';
import type { ImportCounts, InUseReason, MemoryReason, NoteKind, Progress } from '../../inventory/inventory-types';

const STAGE: Record<Progress['stage'], MessageKey> = { rows: 'importProgressRows', vms: 'importProgressVms', check: 'importProgressCheck' };

/** What the progress bar's label says for `progress` (null: the files are still being read). */
export function progressText(progress: Progress | null, lang: Lang): string {
  if (!progress) return translate(lang, 'importProgressStart');
  return translate(lang, STAGE[progress.stage], { done: progress.done, total: progress.total });
}

export const moreNotesText = (n: number, lang: Lang) => translate(lang, 'importMoreNotes', { n });

/** The preview's own words, both languages (the message catalogue holds the dialog's older ones). */
interface PreviewWords {
  summary: (c: ImportCounts, jobs: number) => string;
  includeReplicas: (n: number) => string;
  hosts: string;
  vms: string;
  volumes: string;
  jobs: string;
  notes: string;
  host: string;
  os: string;
  physicalMemory: string;
  systemDrive: string;
  systemDriveTaken: string;
  vmCount: string;
  vm: string;
  state: string;
  memory: string;
  inUse: string;
  disks: string;
  volume: string;
  checkpoints: string;
  job: string;
  kind: string;
  capacity: string;
  free: string;
  method: string;
  hostSystem: string;
  destination: string;
  generations: string;
  capacityNeeded: string;
  yes: string;
  no: string;
  noJob: string;
  leftOut: string;
  where: string;
  reason: string;
  noteKind: Record<NoteKind, string>;
  memoryReason: Record<MemoryReason, string>;
  inUseReason: Record<InUseReason, string>;
  checkpointCounts: (standard: number, production: number) => string;
  guessed: (n: number) => string;
  notCounted: (recovery: number, replica: number) => string;
  fileSize: string;
  checkpointFiles: string;
  parent: string;
  moreVms: (n: number) => string;
}

export const PREVIEW_WORDS: Record<Lang, PreviewWords> = {
  ja: {
    summary: (c, jobs) =>
      `ホスト ${c.hosts} 台、ボリューム ${c.volumes} 個、仮想マシン ${c.vms} 台、ディスク ${c.disks} 個を作成し、ガイドに沿ったバックアップ ジョブを ${jobs} 個提案します。バックアップ先とその容量は取り込み後に入力してください。`,
    includeReplicas: (n) => `Hyper-V レプリカの複製先 VM (${n} 台) も含める`,
    hosts: 'ホスト',
    vms: '仮想マシン',
    volumes: 'ボリューム',
    jobs: '提案するバックアップ ジョブ',
    notes: '制限・除外・推定した項目と理由',
    host: 'ホスト',
    os: 'OS',
    physicalMemory: '物理メモリ',
    systemDrive: 'システム ドライブ',
    systemDriveTaken: '(見積もりに使用)',
    vmCount: 'VM',
    vm: '仮想マシン',
    state: '状態',
    memory: '見積もりのメモリ',
    inUse: '使用中のメモリ',
    disks: 'ディスク',
    volume: 'ボリューム',
    checkpoints: 'チェックポイント',
    job: 'ジョブ',
    kind: '種類',
    capacity: '容量',
    free: '空き',
    method: '方法',
    hostSystem: 'ホストのシステム',
    destination: 'バックアップ先',
    generations: '世代数',
    capacityNeeded: '未入力 (入力が必要)',
    yes: 'あり',
    no: 'なし',
    noJob: 'なし (理由は下の表)',
    leftOut: '取り込まない',
    where: '対象',
    reason: '内容と理由',
    noteKind: { refused: '取り込めない', skipped: '除外', capped: '上限で制限', guessed: '推定', check: '確認' },
    memoryReason: {
      static: '起動メモリ (静的メモリ)',
      'dynamic-maximum': '動的メモリの最大',
      'dynamic-capped': 'ホストの物理メモリで制限',
      'dynamic-uncapped': '動的メモリの最大 (要確認)',
    },
    inUseReason: { assigned: '割り当て済み', saved: '保存状態: メモリはディスク上', off: 'オフ', none: '—' },
    checkpointCounts: (s, p) => `標準 ${s}・運用 ${p}`,
    guessed: (n) => `うち ${n} 個は推定`,
    notCounted: (r, x) => [r > 0 ? `Recovery ${r} 個を除外` : '', x > 0 ? `レプリカ等 ${x} 個を除外` : ''].filter(Boolean).join('、'),
    fileSize: 'ファイル',
    checkpointFiles: 'チェックポイント',
    parent: '親',
    moreVms: (n) => `ほか ${n} 台`,
  },
  en: {
    summary: (c, jobs) =>
      `Creates ${c.hosts} hosts, ${c.volumes} volumes, ${c.vms} VMs and ${c.disks} disks, and proposes ${jobs} backup jobs that follow the guide. Enter their destinations and capacities after the import.`,
    includeReplicas: (n) => `Include Replica VMs (${n}) of Hyper-V Replica`,
    hosts: 'Hosts',
    vms: 'Virtual machines',
    volumes: 'Volumes',
    jobs: 'Proposed backup jobs',
    notes: 'Capped, skipped or guessed, and why',
    host: 'Host',
    os: 'OS',
    physicalMemory: 'Physical memory',
    systemDrive: 'System drive',
    systemDriveTaken: '(used for sizing)',
    vmCount: 'VMs',
    vm: 'VM',
    state: 'State',
    memory: 'Memory for sizing',
    inUse: 'Memory in use',
    disks: 'Disks',
    volume: 'Volume',
    checkpoints: 'Checkpoints',
    job: 'Job',
    kind: 'Kind',
    capacity: 'Capacity',
    free: 'Free',
    method: 'Method',
    hostSystem: 'Host system',
    destination: 'Destination',
    generations: 'Generations',
    capacityNeeded: 'not entered (input needed)',
    yes: 'yes',
    no: 'no',
    noJob: 'none (see the table below)',
    leftOut: 'not imported',
    where: 'Where',
    reason: 'What and why',
    noteKind: { refused: 'refused', skipped: 'skipped', capped: 'capped', guessed: 'guessed', check: 'to check' },
    memoryReason: {
      static: 'startup (static memory)',
      'dynamic-maximum': 'Dynamic Memory maximum',
      'dynamic-capped': "capped by the host's physical memory",
      'dynamic-uncapped': 'Dynamic Memory maximum (to check)',
    },
    inUseReason: { assigned: 'assigned', saved: 'saved: its memory is on disk', off: 'off', none: '—' },
    checkpointCounts: (s, p) => `standard ${s}, production ${p}`,
    guessed: (n) => `${n} of them guessed`,
    notCounted: (r, x) => [r > 0 ? `${r} Recovery not counted` : '', x > 0 ? `${x} Replica or missing not counted` : ''].filter(Boolean).join(', '),
    fileSize: 'file',
    checkpointFiles: 'checkpoints',
    parent: 'parent',
    moreVms: (n) => `and ${n} more`,
  },
};
