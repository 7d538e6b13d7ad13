import {
  GiB,
  parseScenario,
  SCENARIO_FORMAT,
  type Lang,
  type Scenario,
  type ScenarioInput,
} from '../../engine';
import { decodeText } from '../decode-text';

/**
 * Maps the collector's JSON (public/collect-hyperv-inventory.ps1, one file per host or cluster node)
 * to a scenario. Facts from inventory.md: sizes are bytes; enums may be numbers; a single VM is an
 * object, not a list; ConvertTo-Json at too small a depth leaves type names where objects should be;
 * Get-VHD fails for disks a node does not own. What cannot be mapped is reported, the rest imports.
 */

export const INVENTORY_FORMAT = 'hyperv-backup-sizer/inventory';

export interface ImportNote {
  /** Where: `host01 / vm web01 / disk 2` … */
  where: string;
  message: string;
}

export type ImportResult =
  | { ok: true; scenario: Scenario; notes: ImportNote[]; counts: { hosts: number; volumes: number; vms: number; disks: number } }
  | { ok: false; notes: ImportNote[] };

type Raw = Record<string, unknown>;

const WORDS = {
  truncated: {
    ja: 'JSON が途中で切り詰められています (ConvertTo-Json の -Depth が不足)。収集スクリプトで出力し直してください',
    en: 'the JSON was cut short (ConvertTo-Json -Depth too small); run the collector script again',
  },
  notInventory: { ja: 'インベントリのファイルではありません', en: 'is not an inventory file' },
  unknownState: { ja: '状態 "{v}" は対応していません。実行中として見積もります', en: 'state "{v}" is not known; sized as running' },
  vhdFailed: {
    ja: 'Get-VHD が失敗したため、このディスクは取り込みません ({v})。所有者ノードで収集してください',
    en: 'Get-VHD failed, so this disk is not imported ({v}); collect on the owner node',
  },
  vfcUnknownSize: {
    ja: '仮想ファイバー チャネルのディスクがあります。サイズを入力してください',
    en: 'has virtual Fibre Channel disks: enter their size',
  },
  passthroughSize: { ja: 'パススルー ディスクのサイズが不明です。入力してください', en: 'pass-through disk size unknown: enter it' },
  noVolume: { ja: 'パス "{v}" のボリュームが見つからないため、ボリュームを追加しました', en: 'no volume holds "{v}": a volume was added for it' },
  invalid: { ja: '取り込んだ結果が正しくありません', en: 'the imported scenario is not valid' },
  duplicate: { ja: '複数のファイルにある同じ VM は 1 つにしました', en: 'the same VM in several files was imported once' },
} as const;

const say = (key: keyof typeof WORDS, lang: Lang, v = '') => WORDS[key][lang].replace('{v}', v);

class Truncated extends Error {}

/** Enum values as the collector writes them: names, or the numbers of Hyper-V's enums. */
const STATE_BY_NUMBER: Record<number, string> = { 2: 'Running', 3: 'Off', 6: 'Saved', 9: 'Paused' };
const STATES: Record<string, 'running' | 'off' | 'saved' | 'paused'> = { running: 'running', off: 'off', saved: 'saved', paused: 'paused' };
const STOP_BY_NUMBER: Record<number, string> = { 0: 'TurnOff', 1: 'Save', 2: 'ShutDown' };
const STOPS: Record<string, 'save' | 'shutdown' | 'turn-off'> = { save: 'save', shutdown: 'shutdown', turnoff: 'turn-off' };
const VHD_TYPE_BY_NUMBER: Record<number, string> = { 2: 'Fixed', 3: 'Dynamic', 4: 'Differencing' };
const VHD_FORMAT_BY_NUMBER: Record<number, string> = { 2: 'VHD', 3: 'VHDX', 4: 'VHDSet' };

function enumName(v: unknown, byNumber: Record<number, string>): string {
  if (typeof v === 'number') return byNumber[v] ?? String(v);
  return typeof v === 'string' ? v : '';
}

/** A list that ConvertTo-Json may have written as a single object, or not at all. */
function list(v: unknown): Raw[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') throw new Truncated();
  return (Array.isArray(v) ? v : [v]).map((x) => {
    if (typeof x !== 'object' || x === null) throw new Truncated();
    return x as Raw;
  });
}

function obj(v: unknown): Raw | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw new Truncated();
  return v as Raw;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : undefined);
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Host OS from the build number of Win32_OperatingSystem.Version ("10.0.20348"). */
function hostOsOf(version: string): 'ws2016' | 'ws2019' | 'ws2022' | 'ws2025' {
  const build = Number(version.split('.')[2] ?? 0);
  if (build >= 26100) return 'ws2025';
  if (build >= 20348) return 'ws2022';
  if (build >= 17763) return 'ws2019';
  return 'ws2016';
}

interface VolumeEntry {
  id: string;
  label: string;
  /** Lower-case path prefix with a trailing backslash, for longest-prefix matching. */
  prefix: string;
  kind: 'local' | 'shared-disk' | 'csv' | 'smb-share';
  fileSystem: 'NTFS' | 'ReFS' | 'CSVFS' | 'SMB';
  capacityBytes?: number;
  freeBytes?: number;
}

const withSlash = (p: string) => (p.endsWith('\\') ? p : `${p}\\`).toLowerCase();

/** `\\server\share\dir\file` → `\\server\share`. */
function shareRoot(path: string): string | null {
  const m = /^(\\\\[^\\]+\\[^\\]+)/.exec(path);
  return m ? m[1]! : null;
}

class VolumeTable {
  readonly entries: VolumeEntry[] = [];
  constructor(private readonly notes: ImportNote[], private readonly lang: Lang) {}

  add(entry: Omit<VolumeEntry, 'id'>): string {
    const existing = this.entries.find((e) => e.prefix === entry.prefix);
    if (existing) return existing.id;
    const id = `v${this.entries.length + 1}`;
    this.entries.push({ ...entry, id });
    return id;
  }

  /** The volume holding a path: the longest matching prefix; a share or an unknown drive is added. */
  of(path: string, where: string): string {
    const p = withSlash(path);
    let best: VolumeEntry | undefined;
    for (const e of this.entries) if (p.startsWith(e.prefix) && (!best || e.prefix.length > best.prefix.length)) best = e;
    if (best) return best.id;
    const share = shareRoot(path);
    if (share) return this.add({ label: share, prefix: withSlash(share), kind: 'smb-share', fileSystem: 'SMB' });
    const drive = /^[a-z]:/i.exec(path)?.[0]?.toUpperCase() ?? (path || '?');
    this.notes.push({ where, message: say('noVolume', this.lang, path) });
    return this.add({ label: drive, prefix: withSlash(drive), kind: 'local', fileSystem: 'NTFS' });
  }
}

/**
 * One or several collector files (each already JSON-decoded) merged into one scenario: the hosts of a
 * cluster, each listing its own VMs. Returns notes for everything that could not be mapped.
 */
export function importInventory(files: { name: string; json: unknown }[], lang: Lang = 'ja'): ImportResult {
  const notes: ImportNote[] = [];
  const volumes = new VolumeTable(notes, lang);
  const vms: ScenarioInput['vms'] = [];
  const seenVm = new Set<string>();
  let os: ReturnType<typeof hostOsOf> = 'ws2022';
  let clustered = false;
  let systemDriveBytes = 0;
  const hosts: string[] = [];
  let disks = 0;

  for (const file of files) {
    const root = file.json as Raw;
    try {
      if (typeof root !== 'object' || root === null || root.format !== INVENTORY_FORMAT) {
        notes.push({ where: file.name, message: say('notInventory', lang) });
        continue;
      }
      const host = text(root.computerName) || file.name;
      hosts.push(host);
      os = hostOsOf(text(root.osVersion));
      clustered ||= root.isClustered === true;
      systemDriveBytes = Math.max(systemDriveBytes, num(root.systemDriveBytes) ?? 0);
      for (const v of list(root.volumes)) {
        const path = text(v.path);
        if (!path) continue;
        const fs = text(v.fileSystem).toUpperCase();
        volumes.add({
          label: path.replace(/\\$/, '') || path,
          prefix: withSlash(path),
          kind: fs === 'CSVFS' ? 'csv' : v.shared === true ? 'shared-disk' : 'local',
          fileSystem: fs === 'REFS' ? 'ReFS' : fs === 'CSVFS' ? 'CSVFS' : 'NTFS',
          capacityBytes: num(v.size),
          freeBytes: num(v.sizeRemaining),
        });
      }
      for (const c of list(root.csvs)) {
        const path = text(c.friendlyVolumeName);
        if (!path) continue;
        volumes.add({ label: path, prefix: withSlash(path), kind: 'csv', fileSystem: 'CSVFS', capacityBytes: num(c.size), freeBytes: num(c.freeSpace) });
      }
      for (const vm of list(root.vms)) {
        const name = text(vm.name);
        const key = text(vm.vmId) || `${host}/${name}`;
        if (seenVm.has(key)) {
          notes.push({ where: `${host} / ${name}`, message: say('duplicate', lang) });
          continue;
        }
        seenVm.add(key);
        const where = `${host} / ${name}`;
        const stateName = enumName(vm.state, STATE_BY_NUMBER).toLowerCase();
        const state = STATES[stateName];
        if (!state) notes.push({ where, message: say('unknownState', lang, enumName(vm.state, STATE_BY_NUMBER)) });
        const dynamic = vm.dynamicMemoryEnabled === true;
        const memoryBytes = (dynamic ? num(vm.memoryMaximum) : num(vm.memoryStartup)) ?? 0;
        const assigned = num(vm.memoryAssigned);
        const configPath = text(vm.configurationLocation) || text(vm.path);
        const snapshots = obj(vm.snapshots);
        const vmDisks: ScenarioInput['vms'][number]['disks'] = [];
        list(vm.disks).forEach((d, k) => {
          const diskWhere = `${where} / ${text(d.path) || `disk ${k + 1}`}`;
          const role = k === 0 ? 'system' : 'data';
          const id = `d${k + 1}`;
          if (num(d.diskNumber) !== undefined) {
            const size = num(d.diskSize);
            if (size === undefined) notes.push({ where: diskWhere, message: say('passthroughSize', lang) });
            vmDisks.push({ id, label: text(d.path) || `Disk ${text(d.diskNumber)}`, kind: 'passthrough', type: 'fixed', maxSizeBytes: size ?? 0, guestRole: role });
            return;
          }
          const vhd = obj(d.vhd);
          if (!vhd) {
            notes.push({ where: diskWhere, message: say('vhdFailed', lang, text(d.vhdError) || '—') });
            return;
          }
          const format = enumName(vhd.vhdFormat, VHD_FORMAT_BY_NUMBER).toUpperCase();
          const type = enumName(vhd.vhdType, VHD_TYPE_BY_NUMBER).toLowerCase();
          const shared = d.supportPersistentReservations === true || format === 'VHDSET';
          const path = text(vhd.path) || text(d.path);
          vmDisks.push({
            id,
            label: path.split('\\').pop() || id,
            kind: shared ? 'shared-vhdx' : format === 'VHD' ? 'vhd' : 'vhdx',
            type: type === 'fixed' ? 'fixed' : type === 'differencing' ? 'differencing' : 'dynamic',
            maxSizeBytes: num(vhd.size) ?? 0,
            fileSizeBytes: num(vhd.fileSize),
            parentSizeBytes: type === 'differencing' ? (num(vhd.parentSize) ?? 0) : 0,
            checkpointFilesBytes: num(d.checkpointFilesBytes),
            volumeId: volumes.of(path, diskWhere),
            guestRole: role,
          });
          disks++;
        });
        if (Array.isArray(vm.fibreChannel) ? vm.fibreChannel.length > 0 : vm.fibreChannel === true) {
          notes.push({ where, message: say('vfcUnknownSize', lang) });
          vmDisks.push({ id: `d${vmDisks.length + 1}`, label: 'vFC', kind: 'vfc', type: 'fixed', maxSizeBytes: 0, guestRole: 'data' });
        }
        vms.push({
          id: `vm${vms.length + 1}`,
          name,
          configVersion: /^\d+\.\d+$/.test(text(vm.version)) ? text(vm.version) : '10.0',
          generation: num(vm.generation) === 1 ? 1 : 2,
          state: state ?? 'running',
          memoryBytes,
          memoryInUseBytes: assigned !== undefined && assigned <= memoryBytes ? assigned : undefined,
          volumeId: volumes.of(configPath || 'C:\\', where),
          checkpoints: { standard: num(snapshots?.standard) ?? 0, production: num(snapshots?.production) ?? 0 },
          onlineBackup: vm.backupIntegrationEnabled !== false,
          automaticStopAction: STOPS[enumName(vm.automaticStopAction, STOP_BY_NUMBER).toLowerCase()] ?? 'save',
          disks: vmDisks,
        });
      }
    } catch (error) {
      if (error instanceof Truncated) notes.push({ where: file.name, message: say('truncated', lang) });
      else throw error;
    }
  }

  if (hosts.length === 0) return { ok: false, notes };
  const entries = volumes.entries;
  const onShare = entries.some((v) => v.kind === 'smb-share' && vms.some((vm) => vm.volumeId === v.id));
  const topology = clustered
    ? entries.some((v) => v.kind === 'csv')
      ? 'cluster-csv'
      : onShare
        ? 'cluster-share'
        : 'cluster-shared-disk'
    : onShare
      ? 'standalone-share'
      : 'standalone';
  const system = entries.find((v) => v.prefix === 'c:\\');
  const input: ScenarioInput = {
    format: SCENARIO_FORMAT,
    version: 1,
    name: hosts.join(', '),
    notes: '',
    host: { os, topology, nodes: clustered ? Math.max(2, hosts.length) : 1, systemDriveBytes: systemDriveBytes || 127 * GiB, systemVolumeId: system?.id },
    volumes: entries.map(({ id, label, kind, fileSystem, capacityBytes, freeBytes }) => ({ id, label, kind, fileSystem, capacityBytes, freeBytes: freeBytes !== undefined && capacityBytes !== undefined && freeBytes > capacityBytes ? capacityBytes : freeBytes })),
    vms,
    jobs: [
      {
        id: 'j1',
        name: lang === 'ja' ? 'WSB (ホスト) → E:' : 'WSB on the host → E:',
        method: 'wsb-host',
        include: { hostSystem: false, hyperVSettings: false, vmIds: vms.map((v) => v.id) },
        destination: { kind: 'local-drive', label: 'E:' },
        generations: 7,
        schedule: 'scheduled',
        changePercentPerGeneration: 10,
      },
    ],
    assumptions: {},
  };
  const parsed = parseScenario(input, lang);
  if (!parsed.ok) return { ok: false, notes: [...notes, ...parsed.problems.map((p) => ({ where: p.path, message: `${say('invalid', lang)}: ${p.message}` }))] };
  return { ok: true, scenario: parsed.scenario, notes, counts: { hosts: hosts.length, volumes: entries.length, vms: vms.length, disks } };
}

/**
 * Files as picked or dropped: bytes in any of the encodings PowerShell writes, the collector's JSON
 * or (with `csv`) the one-row-per-disk CSV, all merged into one scenario.
 */
export function readInventoryFiles(
  files: { name: string; bytes: Uint8Array }[],
  lang: Lang = 'ja',
  csv?: (name: string, bytes: Uint8Array) => { name: string; json: unknown }[],
): ImportResult {
  const decoded: { name: string; json: unknown }[] = [];
  const notes: ImportNote[] = [];
  for (const f of files) {
    if (csv && /\.csv$/i.test(f.name)) {
      const rows = csv(f.name, f.bytes);
      if (rows.length === 0) notes.push({ where: f.name, message: lang === 'ja' ? '取り込める行がありません (VMName 列が必要)' : 'no rows to import (a VMName column is needed)' });
      decoded.push(...rows);
      continue;
    }
    try {
      decoded.push({ name: f.name, json: JSON.parse(decodeText(f.bytes).replace(/^\uFEFF/, '')) });
    } catch {
      notes.push({ where: f.name, message: lang === 'ja' ? 'JSON として読めません' : 'is not valid JSON' });
    }
  }
  const result = importInventory(decoded, lang);
  return { ...result, notes: [...notes, ...result.notes] };
}
