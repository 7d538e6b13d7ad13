import { formatBytes, GiB, LIMITS, parseScenario, SCENARIO_FORMAT, type HostOs, type Lang, type ScenarioInput } from '../engine';
import { INVENTORY_LIMITS, OverLimit, overLimitNote } from './inventory-limits';
import { VM_SCHEMAS, HOST_SCHEMAS, headerSchema, isTruncation, type InvHost, type InvVm } from './inventory-schema';
import {
  INVENTORY_FORMAT,
  type HostPreview,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
  type InventoryFile,
  type Steps,
  type VmPreview,
} from './inventory-types';
import { noteOf, say } from './inventory-words';
import { isReplica, mapVm } from './map-vm';
import { proposeJobs, type PlacedVm } from './propose-jobs';
import { ValueReader } from './read-value';
import { VolumeTable, type VolumeEntry } from './volume-table';

/**
 * Maps the collector's JSON (public/collect-hyperv-inventory.ps1, one file per host or cluster node)
 * to a scenario, with the preview's tables and a note for everything capped, skipped or guessed
 * (inventory.md). Files are read through the schemas of inventory-schema.ts; each host, volume, VM,
 * disk and checkpoint has its mapper; the jobs follow the guide for the topology (propose-jobs.ts).
 */

interface ParsedFile {
  file: string;
  name: string;
  host: InvHost;
  vms: InvVm[];
}

type FileRead = { ok: true; file: ParsedFile } | { ok: false; note: ImportNote };

const DEFAULT_SYSTEM_DRIVE_BYTES = 127 * GiB;

/** Host OS from the build number of Win32_OperatingSystem.Version ("10.0.20348"). */
function buildOf(version: string): number {
  return Number(version.split('.')[2] ?? 0) || 0;
}
function hostOsOf(build: number): HostOs {
  if (build >= 26100) return 'ws2025';
  if (build >= 20348) return 'ws2022';
  if (build >= 17763) return 'ws2019';
  if (build > 0) return 'ws2016';
  return 'ws2022';
}

const listedLength = (v: unknown) => (Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : 1);
const vmsListed = (json: unknown) => (typeof json === 'object' && json !== null ? listedLength((json as { vms?: unknown }).vms) : 0);

/**
 * A file's host part and VMs, or the note that refuses it: not an inventory, from a newer collector,
 * or cut short by ConvertTo-Json's depth (anywhere in it: then every VM of it is suspect). A VM in
 * a shape the collector never writes is left out with a note; the same VM listed by an earlier
 * file (it moved between nodes) is imported once.
 */
function* readFile(
  file: InventoryFile,
  lang: Lang,
  read: ValueReader,
  seen: Set<string>,
  progress: { done: number; total: number },
): Generator<{ stage: 'vms'; done: number; total: number }, FileRead, void> {
  const refuse = (key: 'notInventory' | 'truncated' | 'newerVersion', v = ''): FileRead => ({ ok: false, note: noteOf(file.name, key, lang, v) });
  const header = headerSchema.safeParse(file.json);
  if (!header.success || header.data.format !== INVENTORY_FORMAT) return refuse('notInventory');
  const version = header.data.version ?? 1;
  if (version !== 1 && version !== 2)
    return typeof version === 'number' && Number.isInteger(version) && version > 2 ? refuse('newerVersion', String(version)) : refuse('notInventory');
  const parsedHost = HOST_SCHEMAS[version].safeParse(file.json);
  if (!parsedHost.success) return refuse(isTruncation(file.json, parsedHost.error.issues) ? 'truncated' : 'notInventory');
  const host = parsedHost.data;
  const name = read.name(host.computerName || file.name, (cut) => cut);
  const vms: InvVm[] = [];
  const skipped: ImportNote[] = [];
  const keys = new Set<string>();
  for (const raw of host.vms) {
    const parsed = VM_SCHEMAS[version].safeParse(raw);
    progress.done++;
    if (progress.done % 64 === 0) yield { stage: 'vms', ...progress };
    if (!parsed.success) {
      if (isTruncation(raw, parsed.error.issues)) return refuse('truncated');
      const vmName = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : '?';
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '—'))].join(', ');
      skipped.push(noteOf(`${name} / ${vmName}`, 'badShape', lang, '', fields));
      continue;
    }
    const vm = parsed.data;
    const key = vm.vmId || `${name}/${vm.name}`;
    if (seen.has(key) || keys.has(key)) {
      skipped.push(noteOf(`${name} / ${vm.name}`, 'duplicate', lang));
      continue;
    }
    keys.add(key);
    if (seen.size + keys.size > INVENTORY_LIMITS.vms) throw new OverLimit('tooManyVms', INVENTORY_LIMITS.vms);
    vms.push(vm);
  }
  for (const key of keys) seen.add(key);
  read.notes.push(...skipped);
  return { ok: true, file: { file: file.name, name, host, vms } };
}

/** The collector's own problem entries, as notes: disks and checkpoints show in their entries already. */
function collectorNotes(f: ParsedFile, lang: Lang): ImportNote[] {
  return f.host.problems
    .filter((p) => p.scope !== 'disk' && p.scope !== 'checkpoint')
    .map((p) => {
      const where = `${f.name} / ${p.target || p.scope}`;
      const wholeVm = p.scope === 'vm' && p.step === 'Get-VM' && p.target !== f.host.computerName;
      return wholeVm ? noteOf(where, 'vmNotCollected', lang, p.message) : noteOf(where, 'collectorProblem', lang, p.message, p.step);
    });
}

/** Each node's volumes: CSVs (one each), clustered disks (shared disks) and its own volumes. */
function addVolumes(f: ParsedFile, read: ValueReader, volumes: VolumeTable): VolumeEntry | undefined {
  const where = (path: string) => `${f.name} / ${path}`;
  for (const c of f.host.csvs) {
    volumes.add([c.path], {
      kind: 'csv',
      fileSystem: 'CSVFS',
      capacityBytes: read.count(c.size, 'size', where(c.path)),
      freeBytes: read.count(c.free, 'freeSpace', where(c.path)),
    });
  }
  const systemPrefix = `${f.host.systemDrive.replace(/\\$/, '')}\\`.toLowerCase();
  let system: VolumeEntry | undefined;
  for (const v of f.host.volumes) {
    const path = v.paths[0] ?? '';
    const fs = v.fileSystem.toUpperCase();
    const figures = { capacityBytes: read.count(v.size, 'size', where(path)), freeBytes: read.count(v.free, 'sizeRemaining', where(path)) };
    const fileSystem = fs === 'REFS' ? 'ReFS' : fs === 'CSVFS' ? 'CSVFS' : 'NTFS';
    const entry =
      fs === 'CSVFS'
        ? volumes.add(v.paths, { kind: 'csv', fileSystem, ...figures })
        : v.clustered
          ? volumes.add(v.paths, { kind: 'shared-disk', fileSystem, ...figures })
          : volumes.add(v.paths, { kind: 'local', fileSystem, ...figures }, f.name);
    if (entry && entry.kind === 'local' && (v.driveType === '' || v.driveType === 'Fixed')) entry.noteIfUnused = true;
    if (entry && entry.kind === 'local' && v.paths.some((p) => p.toLowerCase() === systemPrefix)) system = entry;
  }
  if (system) system.system = true;
  return system;
}

/** The memory cap of each file's VMs: its host's memory; for a clustered VM, the largest node's of its cluster. */
function memoryCaps(files: ParsedFile[], read: ValueReader): { own: (number | undefined)[]; cluster: (number | undefined)[] } {
  const own = files.map((f) => {
    const bytes = read.count(f.host.hostMemory, 'hostMemoryBytes', f.name);
    return bytes === 0 ? undefined : bytes;
  });
  const byCluster = new Map<string, number>();
  files.forEach((f, i) => {
    if (!f.host.isClustered || own[i] === undefined) return;
    const key = f.host.clusterName.toLowerCase();
    byCluster.set(key, Math.max(byCluster.get(key) ?? 0, own[i]));
  });
  const cluster = files.map((f, i) => (f.host.isClustered ? (byCluster.get(f.host.clusterName.toLowerCase()) ?? own[i]) : own[i]));
  return { own, cluster };
}

function topologyOf(clustered: boolean, volumes: readonly VolumeEntry[], vms: ScenarioInput['vms']): ScenarioInput['host']['topology'] {
  const used = new Set(vms.flatMap((vm) => [vm.volumeId, ...vm.disks.map((d) => d.volumeId)]));
  const onShare = volumes.some((v) => v.kind === 'smb-share' && used.has(v.id));
  if (clustered) return volumes.some((v) => v.kind === 'csv') ? 'cluster-csv' : onShare ? 'cluster-share' : 'cluster-shared-disk';
  return onShare ? 'standalone-share' : 'standalone';
}

/**
 * One or several collector files (each already JSON-decoded) merged into one scenario: the nodes of a
 * cluster, each listing its own VMs. Returns the preview's tables and notes for everything capped,
 * skipped or guessed; an import that crosses a bound of formats.md is refused, naming the bound.
 */
export function* importInventorySteps(files: InventoryFile[], lang: Lang, options: ImportOptions = {}): Steps<ImportResult> {
  const notes: ImportNote[] = [];
  const read = new ValueReader(notes, lang);
  const progress = { done: 0, total: 2 * files.reduce((n, f) => n + vmsListed(f.json), 0) };
  const parsed: ParsedFile[] = [];
  const seen = new Set<string>();
  // The file being read or mapped: an import over a bound is refused naming it.
  const at = { file: files[0]?.name ?? '' };
  try {
    for (const file of files) {
      at.file = file.name;
      const r = yield* readFile(file, lang, read, seen, progress);
      if (r.ok) parsed.push(r.file);
      else notes.push(r.note);
    }
    if (parsed.length > LIMITS.clusterNodesMax) return { ok: false, notes: [noteOf(files[0]!.name, 'tooManyHosts', lang, String(LIMITS.clusterNodesMax))] };
    return yield* buildScenario(parsed, notes, read, lang, options, progress, at);
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, notes: [overLimitNote(error, at.file, lang)] };
    throw error;
  }
}

function* buildScenario(
  files: ParsedFile[],
  notes: ImportNote[],
  read: ValueReader,
  lang: Lang,
  options: ImportOptions,
  progress: { done: number; total: number },
  at: { file: string },
): Steps<ImportResult> {
  if (files.length === 0) return { ok: false, notes };
  const volumes = new VolumeTable(notes, lang);
  const systems = files.map((f) => addVolumes(f, read, volumes));
  for (const f of files) notes.push(...collectorNotes(f, lang));
  const caps = memoryCaps(files, read);
  const shared = new Map<string, string>();
  const placed: PlacedVm[] = [];
  const rows: VmPreview[] = [];
  const emptySavedState: string[] = [];
  let listedDisks = 0;
  let replicaVms = 0;
  for (const [i, f] of files.entries()) {
    at.file = f.file;
    for (const vm of f.vms) {
      progress.done++;
      if (progress.done % 64 === 0) yield { stage: 'vms', ...progress };
      const cap = vm.isClustered ? caps.cluster[i] : caps.own[i];
      const replica = isReplica(vm);
      if (replica) replicaVms++;
      if (replica && !options.includeReplicas) {
        // Shown in the preview, so that it can be ticked in; mapped aside, so nothing of it is counted.
        const aside = mapVm(vm, {
          host: f.name,
          id: 'aside',
          read: new ValueReader([], lang),
          volumes: new VolumeTable([], lang),
          lang,
          memoryCap: cap,
          shared: new Map(),
        });
        rows.push({ ...aside.preview, included: false, volume: '', disks: aside.preview.disks.map((d) => ({ ...d, volume: undefined })) });
        notes.push(noteOf(`${f.name} / ${aside.vm.name}`, 'replicaLeftOut', lang, vm.primaryServer || '—'));
        continue;
      }
      listedDisks += vm.disks.length;
      if (listedDisks > INVENTORY_LIMITS.disks) throw new OverLimit('tooManyDisks', INVENTORY_LIMITS.disks);
      const mapped = mapVm(vm, { host: f.name, id: `vm${placed.length + 1}`, read, volumes, lang, memoryCap: cap, shared });
      if (replica) notes.push(noteOf(`${f.name} / ${mapped.vm.name}`, 'replicaIncluded', lang, vm.primaryServer || '—'));
      if (mapped.byEmptySavedState) emptySavedState.push(`${f.name} / ${mapped.vm.name}`);
      placed.push({ vm: mapped.vm, host: f.name, sharedDisk: mapped.sharedDisk });
      rows.push(mapped.preview);
    }
  }
  if (emptySavedState.length > 0) notes.push(noteOf(emptySavedState.join(', '), 'checkpointsNoMemory', lang));
  yield { stage: 'check', done: 0, total: 1 };

  // The host: the oldest OS of the nodes, the largest system drive, the cluster's size.
  const hostNames = files.map((f) => f.name);
  const clustered = files.some((f) => f.host.isClustered);
  const builds = files.map((f) => buildOf(f.host.osVersion)).filter((b) => b > 0);
  const oldest = builds.length > 0 ? Math.min(...builds) : 0;
  const os = hostOsOf(oldest);
  if (new Set(builds).size > 1) notes.push(noteOf(files.map((f) => f.name).join(', '), 'osDiffer', lang, [...new Set(builds)].join(', '), '', os));
  const drives = files.map((f) => read.count(f.host.systemDriveBytes, 'systemDriveBytes', f.name));
  const largest = drives.reduce<number>((best, d, i) => (d !== undefined && (best === -1 || d > drives[best]!) ? i : best), -1);
  const systemDriveBytes = largest === -1 ? DEFAULT_SYSTEM_DRIVE_BYTES : drives[largest]!;
  if (largest === -1) notes.push(noteOf(hostNames.join(', '), 'systemDriveUnknown', lang));
  else if (files.length > 1) {
    const each = files.map((f, i) => `${f.name} ${drives[i] === undefined ? '—' : formatBytes(drives[i], lang)}`).join(', ');
    notes.push(noteOf(hostNames.join(', '), 'systemDriveTaken', lang, formatBytes(systemDriveBytes, lang), each, files[largest]!.name));
  }
  const system = largest === -1 ? systems.find((s) => s !== undefined) : (systems[largest] ?? systems.find((s) => s !== undefined));
  const clusterNodes = new Map<string, string>();
  for (const f of files) for (const node of f.host.clusterNodes) clusterNodes.set(node.toLowerCase(), node);
  const imported = new Set(hostNames.map((h) => h.toLowerCase()));
  const missing = [...clusterNodes].filter(([key]) => !imported.has(key)).map(([, node]) => node);
  const clusterName = files.find((f) => f.host.clusterName !== '')?.host.clusterName ?? '';
  if (missing.length > 0) notes.push(noteOf(clusterName || hostNames.join(', '), 'clusterNodesMissing', lang, clusterName, '', missing.join(', ')));

  // Volumes: those a VM uses, each node's system drive, and the cluster's storage (CSVs, shared disks).
  const kept = volumes.entries.filter((v) => v.used || v.system || v.kind === 'csv' || (v.kind === 'shared-disk' && v.listed));
  for (const v of volumes.entries)
    if (!kept.includes(v) && v.noteIfUnused && !v.path.startsWith('\\\\?\\'))
      notes.push(noteOf(v.node ? `${v.node} / ${v.path}` : v.path, 'volumeUnused', lang));
  const labelOf = (v: VolumeEntry) => read.name(v.node && files.length > 1 ? `${v.node} ${v.path}` : v.path, () => v.path);
  const labels = new Map(kept.map((v) => [v.id, labelOf(v)]));

  const vms = placed.map((p) => p.vm);
  const proposal = proposeJobs(placed, hostNames, kept, clustered, lang, notes);
  const input: ScenarioInput = {
    format: SCENARIO_FORMAT,
    version: 1,
    name: read.name(clusterName ? `${clusterName} (${hostNames.join(', ')})` : hostNames.join(', '), () => 'name'),
    notes: '',
    host: {
      os,
      topology: topologyOf(clustered, kept, vms),
      nodes: clustered ? Math.min(LIMITS.clusterNodesMax, Math.max(2, clusterNodes.size, files.length)) : 1,
      systemDriveBytes,
      systemVolumeId: system?.id,
    },
    volumes: kept.map((v) => ({
      id: v.id,
      label: labels.get(v.id)!,
      kind: v.kind,
      fileSystem: v.fileSystem,
      capacityBytes: v.capacityBytes,
      freeBytes: v.freeBytes !== undefined && v.capacityBytes !== undefined && v.freeBytes > v.capacityBytes ? v.capacityBytes : v.freeBytes,
    })),
    vms,
    jobs: proposal.jobs,
    assumptions: {},
  };
  const parsed = parseScenario(input, lang);
  if (!parsed.ok)
    return {
      ok: false,
      notes: [...notes, ...parsed.problems.map((p) => ({ where: p.path, message: `${say('invalid', lang)}: ${p.message}`, kind: 'refused' as const }))],
    };

  const hosts: HostPreview[] = files.map((f, i) => ({
    name: f.name,
    os: f.host.osCaption || hostOsOf(buildOf(f.host.osVersion)),
    memoryBytes: caps.own[i],
    systemDriveBytes: drives[i],
    vms: rows.filter((r) => r.host === f.name).length,
    version: f.host.version,
  }));
  const jobByVm = new Map(placed.map((p) => [p.vm, proposal.jobOfVm.get(p.vm.id)]));
  let k = 0;
  const vmRows = rows.map((row) => {
    if (!row.included) return row;
    const vm = placed[k++]!.vm;
    return {
      ...row,
      volume: labels.get(row.volume) ?? row.volume,
      disks: row.disks.map((d) => ({ ...d, volume: d.volume && labels.get(d.volume) })),
      job: jobByVm.get(vm),
    };
  });
  // The preview's count is of virtual hard disks: pass-through and vFC disks are in the notes.
  const disks = parsed.scenario.vms.reduce((n, vm) => n + vm.disks.filter((d) => d.volumeId !== undefined).length, 0);
  return {
    ok: true,
    scenario: parsed.scenario,
    notes,
    counts: { hosts: files.length, volumes: kept.length, vms: vms.length, disks },
    preview: {
      hosts,
      vms: vmRows,
      volumes: input.volumes.map((v) => ({ label: v.label, kind: v.kind, capacityBytes: v.capacityBytes, freeBytes: v.freeBytes })),
      jobs: proposal.previews,
      systemDrive: largest === -1 ? undefined : { bytes: systemDriveBytes, host: files[largest]!.name },
      replicaVms,
    },
  };
}
