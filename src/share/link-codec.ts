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
  parseScenario,
  SCENARIO_FORMAT,
  SCHEDULES,
  STOP_ACTIONS,
  TOPOLOGIES,
  VM_STATES,
  VOLUME_KINDS,
  type Lang,
  type Problem,
  type Scenario,
} from '../engine';

/**
 * The share link of formats.md: `#s=1.<payload>`, the scenario compressed (deflate-raw) and
 * base64url-encoded in the URL fragment. Before compression the scenario is packed: enums become
 * indexes, VMs and disks become columns, byte figures count MiB where they can, VM references become
 * index runs, and labels that repeat the VM name become templates. Every field round-trips exactly;
 * the 100-VM inventory fixture fits in well under 2,048 characters.
 */

export const LINK_VERSION = 1;
const PREFIX = `${LINK_VERSION}.`;
const MiB = 1024 * 1024;

type Packed = unknown[];

const enumIndex = <T extends string>(values: readonly T[], v: T) => values.indexOf(v);
const enumValue = <T extends string>(values: readonly T[], i: unknown): T => {
  const v = values[i as number];
  if (v === undefined) throw new LinkDamaged(`unknown value ${String(i)}`);
  return v;
};

const GiB = 1024 * MiB;

/** Whole GiB as a negative count, whole MiB as a count, anything else as its byte count in a string. */
const packBytes = (b: number | undefined) =>
  b === undefined ? null : b > 0 && b % GiB === 0 ? -(b / GiB) : b % MiB === 0 ? b / MiB : String(b);
const unpackBytes = (v: unknown): number | undefined => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v < 0 ? -v * GiB : v * MiB;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  throw new LinkDamaged('bad size');
};

/** Disk labels usually repeat the VM's name: `web01.vhdx`, `web01-data.vhdx`. */
const LABEL_TEMPLATES = [
  (vm: string) => `${vm}.vhdx`,
  (vm: string, disk: string) => `${vm}-${disk}.vhdx`,
  (vm: string) => `${vm}.vhd`,
  (vm: string, disk: string) => `${vm}-${disk}.vhd`,
];
function packLabel(label: string | undefined, vm: string, disk: string): string | number | null {
  if (label === undefined) return null;
  const t = LABEL_TEMPLATES.findIndex((f) => f(vm, disk) === label);
  return t >= 0 ? t : label;
}
function unpackLabel(v: unknown, vm: string, disk: string): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') {
    const f = LABEL_TEMPLATES[v];
    if (!f) throw new LinkDamaged('bad label');
    return f(vm, disk);
  }
  return str(v);
}

/** Sorted index lists as runs: [gap, length, gap, length, …]; a job of every VM is [0, n]. */
function packIndexes(indexes: number[]): number[] | null {
  const runs: number[] = [];
  let end = 0;
  let k = 0;
  while (k < indexes.length) {
    const start = indexes[k]!;
    let len = 1;
    while (indexes[k + len] === start + len) len++;
    runs.push(start - end, len);
    end = start + len;
    k += len;
  }
  return runs;
}
function unpackIndexes(runs: unknown): number[] {
  const list = arr(runs);
  const out: number[] = [];
  let end = 0;
  for (let k = 0; k + 1 < list.length; k += 2) {
    const start = end + int(list[k]);
    const len = int(list[k + 1]);
    if (len > 10000) throw new LinkDamaged('bad run');
    for (let i = 0; i < len; i++) out.push(start + i);
    end = start + len;
  }
  return out;
}

class LinkDamaged extends Error {}
const arr = (v: unknown): unknown[] => {
  if (!Array.isArray(v)) throw new LinkDamaged('expected a list');
  return v;
};
const int = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new LinkDamaged('expected a whole number');
  return v;
};
const str = (v: unknown): string => {
  if (typeof v !== 'string') throw new LinkDamaged('expected text');
  return v;
};
const opt = <T>(v: unknown, read: (x: unknown) => T): T | undefined => (v === null || v === undefined ? undefined : read(v));

/**
 * Rows of alike fields as a table of distinct rows plus one index per row: a cluster's VMs share a
 * handful of shapes (version, state, memory, disk layout), which then cost a few bits each.
 */
function packRows(rows: unknown[][]): [unknown[][], number[]] {
  const distinct: unknown[][] = [];
  const seen = new Map<string, number>();
  const indexes = rows.map((row) => {
    const key = JSON.stringify(row);
    let i = seen.get(key);
    if (i === undefined) {
      i = distinct.length;
      seen.set(key, i);
      distinct.push(row);
    }
    return i;
  });
  return [distinct, indexes];
}

function unpackRows(packed: unknown, width: number): unknown[][] {
  const [distinct, indexes] = arr(packed);
  const table = arr(distinct).map((row) => {
    const r = arr(row);
    if (r.length !== width) throw new LinkDamaged('bad row');
    return r;
  });
  return arr(indexes).map((i) => {
    const row = table[int(i)];
    if (!row) throw new LinkDamaged('bad row index');
    return row;
  });
}

/** A measured file size; at or above its maximum (fixed disks) only the difference, in a list. */
const packFile = (file: number | undefined, max: number) =>
  file === undefined ? null : file >= max ? [packBytes(file - max)] : packBytes(file);
const unpackFile = (v: unknown, max: number): number | undefined =>
  Array.isArray(v) ? max + (unpackBytes(v[0]) ?? 0) : unpackBytes(v);

/** The scenario as the compact structure the link carries. */
export function packScenario(s: Scenario): Packed {
  const volumeIndex = new Map(s.volumes.map((v, i) => [v.id, i]));
  const vmIndex = new Map(s.vms.map((v, i) => [v.id, i]));
  const volIdx = (id: string | undefined) => (id === undefined ? null : (volumeIndex.get(id) ?? id));
  const vms = s.vms;
  const sequentialIds = vms.every((vm, i) => vm.id === `vm${i + 1}`);
  return [
    s.name,
    s.notes,
    [enumIndex(HOST_OS, s.host.os), enumIndex(TOPOLOGIES, s.host.topology), s.host.nodes, packBytes(s.host.systemDriveBytes), volIdx(s.host.systemVolumeId)],
    s.volumes.map((v) => [v.id, v.label, enumIndex(VOLUME_KINDS, v.kind), enumIndex(FILE_SYSTEMS, v.fileSystem), packBytes(v.capacityBytes), packBytes(v.freeBytes)]),
    [
      sequentialIds ? null : vms.map((v) => v.id),
      vms.map((v) => v.name),
      vms.map((v) => packBytes(v.memoryInUseBytes)),
      packRows(
        vms.map((v) => [
          v.configVersion,
          v.generation,
          enumIndex(VM_STATES, v.state),
          packBytes(v.memoryBytes),
          volIdx(v.volumeId),
          v.checkpoints.standard,
          v.checkpoints.production,
          v.onlineBackup ? 1 : 0,
          enumIndex(STOP_ACTIONS, v.automaticStopAction),
          enumIndex(GUEST_OSES, v.guestOs),
          v.disks.length,
        ]),
      ),
      vms.flatMap((v) => v.disks.map((d) => packFile(d.fileSizeBytes, d.maxSizeBytes))),
      packRows(
        vms.flatMap((v) =>
          v.disks.map((d) => [
            d.id,
            packLabel(d.label, v.name, d.id),
            enumIndex(DISK_KINDS, d.kind),
            enumIndex(DISK_TYPES, d.type),
            packBytes(d.maxSizeBytes),
            packBytes(d.parentSizeBytes),
            packBytes(d.checkpointFilesBytes),
            volIdx(d.volumeId),
            enumIndex(GUEST_ROLES, d.guestRole),
            packBytes(d.guestUsedBytes),
          ]),
        ),
      ),
    ],
    s.jobs.map((j) => {
      const indexes = j.include.vmIds.map((id) => vmIndex.get(id) ?? -1);
      const inOrder = indexes.every((x, k) => x >= 0 && (k === 0 || x > indexes[k - 1]!));
      return [
        j.id,
        j.name,
        enumIndex(METHODS, j.method),
        (j.include.hostSystem ? 1 : 0) + (j.include.hyperVSettings ? 2 : 0),
        enumIndex(GUEST_VOLUMES, j.include.guestVolumes),
        inOrder ? packIndexes(indexes) : j.include.vmIds,
        enumIndex(DESTINATION_KINDS, j.destination.kind),
        j.destination.label,
        packBytes(j.destination.capacityBytes),
        j.generations,
        enumIndex(SCHEDULES, j.schedule),
        j.changePercentPerGeneration,
      ];
    }),
    s.assumptions,
  ];
}

/** The packed structure back to a scenario object (validated afterwards like a file). */
export function unpackScenario(packed: unknown): unknown {
  const [name, notes, host, volumes, vmCols, jobs, assumptions] = arr(packed);
  const volumeList = arr(volumes).map((raw) => {
    const [id, label, kind, fs, cap, free] = arr(raw);
    return { id: str(id), label: str(label), kind: enumValue(VOLUME_KINDS, kind), fileSystem: enumValue(FILE_SYSTEMS, fs), capacityBytes: unpackBytes(cap), freeBytes: unpackBytes(free) };
  });
  const volId = (v: unknown) => (v === null ? undefined : typeof v === 'number' ? (volumeList[v]?.id ?? String(v)) : str(v));
  const [os, topology, nodes, systemDrive, systemVolume] = arr(host);
  const [ids, namesRaw, inUseRaw, vmRowsRaw, filesRaw, diskRowsRaw] = arr(vmCols);
  const names = arr(namesRaw);
  const inUse = arr(inUseRaw);
  const vmRows = unpackRows(vmRowsRaw, 11);
  const files = arr(filesRaw);
  const diskRows = unpackRows(diskRowsRaw, 10);
  const idList = ids === null ? null : arr(ids);
  if (vmRows.length !== names.length || inUse.length !== names.length || (idList && idList.length !== names.length) || files.length !== diskRows.length) {
    throw new LinkDamaged('bad VM table');
  }
  let nextDisk = 0;
  const vms = names.map((nameRaw, i) => {
    const vmName = str(nameRaw);
    const [version, generation, state, memory, volume, standard, production, online, stop, guest, diskCount] = vmRows[i]!;
    return {
      id: idList ? str(idList[i]) : `vm${i + 1}`,
      name: vmName,
      configVersion: str(version),
      generation,
      state: enumValue(VM_STATES, state),
      memoryBytes: unpackBytes(memory),
      memoryInUseBytes: unpackBytes(inUse[i]),
      volumeId: volId(volume),
      checkpoints: { standard, production },
      onlineBackup: online === 1,
      automaticStopAction: enumValue(STOP_ACTIONS, stop),
      guestOs: enumValue(GUEST_OSES, guest),
      disks: Array.from({ length: int(diskCount) }, () => {
        const k = nextDisk++;
        const row = diskRows[k];
        if (!row) throw new LinkDamaged('bad disk table');
        const [id, label, kind, type, max, parent, cp, volumeRef, role, used] = row;
        const diskId = str(id);
        const maxSizeBytes = unpackBytes(max) ?? 0;
        return {
          id: diskId,
          label: unpackLabel(label, vmName, diskId),
          kind: enumValue(DISK_KINDS, kind),
          type: enumValue(DISK_TYPES, type),
          maxSizeBytes,
          fileSizeBytes: unpackFile(files[k], maxSizeBytes),
          parentSizeBytes: unpackBytes(parent),
          checkpointFilesBytes: unpackBytes(cp),
          volumeId: volId(volumeRef),
          guestRole: enumValue(GUEST_ROLES, role),
          guestUsedBytes: unpackBytes(used),
        };
      }),
    };
  });
  const jobList = arr(jobs).map((raw) => {
    const [id, jobName, method, flags, guestVolumes, members, destKind, destLabel, capacity, gens, schedule, change] = arr(raw);
    const list = arr(members);
    const vmIds = list.every((x) => typeof x === 'number') ? unpackIndexes(list).map((i) => vms[i]?.id ?? `#${i}`) : list.map(str);
    return {
      id: str(id),
      name: str(jobName),
      method: enumValue(METHODS, method),
      include: { hostSystem: (int(flags) & 1) === 1, hyperVSettings: (int(flags) & 2) === 2, vmIds, guestVolumes: enumValue(GUEST_VOLUMES, guestVolumes) },
      destination: { kind: enumValue(DESTINATION_KINDS, destKind), label: str(destLabel), capacityBytes: unpackBytes(capacity) },
      generations: gens,
      schedule: enumValue(SCHEDULES, schedule),
      changePercentPerGeneration: change,
    };
  });
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    name: str(name),
    notes: str(notes),
    host: {
      os: enumValue(HOST_OS, os),
      topology: enumValue(TOPOLOGIES, topology),
      nodes,
      systemDriveBytes: unpackBytes(systemDrive),
      systemVolumeId: opt(systemVolume, volId),
    },
    volumes: volumeList,
    vms,
    jobs: jobList,
    assumptions,
  };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new LinkDamaged('not base64url');
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment for a scenario: `#s=1.<payload>`. */
export async function encodeShareFragment(s: Scenario): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(packScenario(s)));
  return `#s=${PREFIX}${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

export type LinkResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

const MESSAGES = {
  notALink: { ja: 'シナリオのリンクではありません (#s=1.… の形式)', en: 'is not a scenario link (#s=1.…)' },
  newer: { ja: 'このアプリより新しい形式のリンクです (バージョン {v})', en: 'comes from a newer version of the app (link version {v})' },
  damaged: { ja: 'リンクが途中で切れているか、壊れています', en: 'is truncated or damaged' },
} as const;

const linkProblem = (key: keyof typeof MESSAGES, lang: Lang, v = ''): LinkResult => ({
  ok: false,
  problems: [{ path: 'link', message: MESSAGES[key][lang].replace('{v}', v) }],
});

/**
 * A link, a fragment (`#s=1.…`, `s=1.…`) or a bare payload (`1.…`) back to a validated scenario, or
 * what is wrong with it. Never throws: a broken, truncated or tampered link is a problem to show.
 */
export async function decodeShareLink(input: string, lang: Lang = 'en'): Promise<LinkResult> {
  const text = input.trim();
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const match = /^(?:s=)?(\d+)\.(.*)$/s.exec(fragment);
  if (!match) return linkProblem('notALink', lang);
  const version = Number(match[1]);
  if (version !== LINK_VERSION) return version > LINK_VERSION ? linkProblem('newer', lang, String(version)) : linkProblem('notALink', lang);
  let packed: unknown;
  try {
    const json = await pipe(fromBase64Url(match[2]!), new DecompressionStream('deflate-raw'));
    packed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return linkProblem('damaged', lang);
  }
  let candidate: unknown;
  try {
    candidate = unpackScenario(packed);
  } catch {
    return linkProblem('damaged', lang);
  }
  const parsed = parseScenario(candidate, lang);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => ({ ...p, path: `link: ${p.path}` })) };
}
