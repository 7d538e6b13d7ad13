import { GiB, parseScenario, SCENARIO_FORMAT, type Lang, type ScenarioInput } from '../engine';
import { INVENTORY_LIMITS, OverLimit, overLimitNote } from './inventory-limits';
import { INVENTORY_FORMAT, type ImportNote, type ImportResult, type InventoryFile, type Steps } from './inventory-types';
import { say } from './inventory-words';
import { list, mapVm, text, Truncated } from './map-vm';
import { ValueReader } from './read-value';
import { VolumeTable, withSlash, type VolumeEntry } from './volume-table';

/**
 * Maps the collector's JSON (public/collect-hyperv-inventory.ps1, one file per host or cluster node)
 * to a scenario. Facts from inventory.md: sizes are bytes; enums may be numbers; a single VM is an
 * object, not a list; ConvertTo-Json at too small a depth leaves type names where objects should be;
 * Get-VHD fails for disks a node does not own. What cannot be mapped is reported, the rest imports.
 */

type Raw = Record<string, unknown>;
type HostOs = 'ws2016' | 'ws2019' | 'ws2022' | 'ws2025';

/** Host OS from the build number of Win32_OperatingSystem.Version ("10.0.20348"). */
function hostOsOf(version: string): HostOs {
  const build = Number(version.split('.')[2] ?? 0);
  if (build >= 26100) return 'ws2025';
  if (build >= 20348) return 'ws2022';
  if (build >= 17763) return 'ws2019';
  return 'ws2016';
}

const listedLength = (v: unknown) => (Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : 1);

function addVolumes(root: Raw, host: string, read: ValueReader, volumes: VolumeTable): void {
  for (const v of list(root.volumes)) {
    const path = text(v.path);
    if (!path) continue;
    const where = `${host} / ${path}`;
    const fs = text(v.fileSystem).toUpperCase();
    volumes.add({
      label: read.name(path.replace(/\\$/, '') || path, () => where),
      prefix: withSlash(path),
      kind: fs === 'CSVFS' ? 'csv' : v.shared === true ? 'shared-disk' : 'local',
      fileSystem: fs === 'REFS' ? 'ReFS' : fs === 'CSVFS' ? 'CSVFS' : 'NTFS',
      capacityBytes: read.count(v.size, 'size', where),
      freeBytes: read.count(v.sizeRemaining, 'sizeRemaining', where),
    });
  }
  for (const c of list(root.csvs)) {
    const path = text(c.friendlyVolumeName);
    if (!path) continue;
    const where = `${host} / ${path}`;
    const label = read.name(path, () => where);
    volumes.add({
      label,
      prefix: withSlash(path),
      kind: 'csv',
      fileSystem: 'CSVFS',
      capacityBytes: read.count(c.size, 'size', where),
      freeBytes: read.count(c.freeSpace, 'freeSpace', where),
    });
  }
}

function topologyOf(clustered: boolean, entries: VolumeEntry[], vms: ScenarioInput['vms']): ScenarioInput['host']['topology'] {
  const used = new Set(vms.map((vm) => vm.volumeId));
  const onShare = entries.some((v) => v.kind === 'smb-share' && used.has(v.id));
  if (clustered) return entries.some((v) => v.kind === 'csv') ? 'cluster-csv' : onShare ? 'cluster-share' : 'cluster-shared-disk';
  return onShare ? 'standalone-share' : 'standalone';
}

/**
 * One or several collector files (each already JSON-decoded) merged into one scenario: the hosts of a
 * cluster, each listing its own VMs. Returns notes for everything that could not be mapped; an
 * import that crosses a bound of formats.md is refused, naming the bound.
 */
export function* importInventorySteps(files: InventoryFile[], lang: Lang): Steps<ImportResult> {
  const notes: ImportNote[] = [];
  const read = new ValueReader(notes, lang);
  const volumes = new VolumeTable(notes, lang);
  const vms: ScenarioInput['vms'] = [];
  const seenVm = new Set<string>();
  let os: HostOs = 'ws2022';
  let clustered = false;
  let systemDriveBytes = 0;
  const hosts: string[] = [];
  let listedDisks = 0;
  const totalVms = files.reduce((n, f) => n + (typeof f.json === 'object' && f.json !== null ? listedLength((f.json as Raw).vms) : 0), 0);

  for (const file of files) {
    const root = file.json as Raw;
    try {
      if (typeof root !== 'object' || root === null || root.format !== INVENTORY_FORMAT) {
        notes.push({ where: file.name, message: say('notInventory', lang) });
        continue;
      }
      const host = read.name(text(root.computerName) || file.name, (cut) => cut);
      hosts.push(host);
      os = hostOsOf(text(root.osVersion));
      clustered ||= root.isClustered === true;
      systemDriveBytes = Math.max(systemDriveBytes, read.count(root.systemDriveBytes, 'systemDriveBytes', host) ?? 0);
      addVolumes(root, host, read, volumes);
      for (const vm of list(root.vms)) {
        const key = text(vm.vmId) || `${host}/${text(vm.name)}`;
        if (seenVm.has(key)) {
          notes.push({ where: `${host} / ${text(vm.name)}`, message: say('duplicate', lang) });
          continue;
        }
        seenVm.add(key);
        if (vms.length >= INVENTORY_LIMITS.vms) throw new OverLimit('tooManyVms', INVENTORY_LIMITS.vms);
        listedDisks += listedLength(vm.disks);
        if (listedDisks > INVENTORY_LIMITS.disks) throw new OverLimit('tooManyDisks', INVENTORY_LIMITS.disks);
        vms.push(mapVm(vm, { host, id: `vm${vms.length + 1}`, read, volumes }));
        yield { stage: 'vms', done: vms.length, total: totalVms };
      }
    } catch (error) {
      if (error instanceof OverLimit) return { ok: false, notes: [overLimitNote(error, file.name, lang)] };
      if (error instanceof Truncated) notes.push({ where: file.name, message: say('truncated', lang) });
      else throw error;
    }
  }

  if (hosts.length === 0) return { ok: false, notes };
  yield { stage: 'check', done: 0, total: 1 };
  const entries = volumes.entries;
  const system = entries.find((v) => v.prefix === 'c:\\');
  const input: ScenarioInput = {
    format: SCENARIO_FORMAT,
    version: 1,
    name: read.name(hosts.join(', '), () => 'name'),
    notes: '',
    host: {
      os,
      topology: topologyOf(clustered, entries, vms),
      nodes: clustered ? Math.max(2, hosts.length) : 1,
      systemDriveBytes: systemDriveBytes || 127 * GiB,
      systemVolumeId: system?.id,
    },
    volumes: entries.map(({ id, label, kind, fileSystem, capacityBytes, freeBytes }) => ({
      id,
      label,
      kind,
      fileSystem,
      capacityBytes,
      freeBytes: freeBytes !== undefined && capacityBytes !== undefined && freeBytes > capacityBytes ? capacityBytes : freeBytes,
    })),
    vms,
    jobs: [
      {
        id: 'j1',
        name: say('jobName', lang),
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
  // The preview's count is of virtual hard disks, as before: pass-through and vFC disks are in the notes.
  const disks = parsed.scenario.vms.reduce((n, vm) => n + vm.disks.filter((d) => d.volumeId !== undefined).length, 0);
  return { ok: true, scenario: parsed.scenario, notes, counts: { hosts: hosts.length, volumes: entries.length, vms: vms.length, disks } };
}
