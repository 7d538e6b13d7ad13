import { LIMITS, SCENARIO_FORMAT, type Disk, type Job, type Scenario, type Vm, type Volume } from '../../engine';
import { REVISION_0_ENUMS as R0, REVISION_1_ENUMS as R1 } from './frozen-enums';
import type { FieldCoder, TextLimit } from './field-coder';
import { checkCount, LinkTotals } from './link-bounds';
import { LinkDamaged } from './range-coder';

/**
 * The scenario field by field through a FieldCoder: the same function writes a link (given the
 * scenario) and reads one (given nothing), so the two directions cannot drift apart. Its order, its
 * keys and the models behind them are the link format: links already shared decode only with them,
 * so a change needs a new layout revision (link-codec.ts) that keeps reading revision 0.
 *
 * Reading, every count and id is checked against formats.md's bounds as soon as it is read, before
 * the items it announces are built; names and labels are left whole (an older link may hold longer
 * ones, cut with a note after decoding).
 */
export function codeScenario(c: FieldCoder, s?: Scenario, revision: LayoutRevision = 0): unknown {
  const totals = new LinkTotals();
  const name = c.text('name', s?.name);
  const notes = c.text('notes', s?.notes, { maxChars: LIMITS.notesMaxChars, path: () => 'notes' });
  const volumes = list(
    c,
    'volumes',
    s?.volumes,
    (v, i) => codeVolume(c, i, v),
    atMost(LIMITS.volumesPerScenario, () => 'volumes'),
  );
  const volumeIds = volumes.map((v) => v.id);
  const host = {
    os: c.pick('host.os', R0.hostOs, s?.host.os),
    topology: c.pick('host.topology', R0.topology, s?.host.topology),
    nodes: c.count('host.nodes', s?.host.nodes),
    systemDriveBytes: c.size('host.system', s?.host.systemDriveBytes),
    systemVolumeId: c.optional('host.volume?', s?.host.systemVolumeId, (id) => reference(c, 'host.volume', volumeIds, () => 'host.systemVolumeId', id)),
  };
  const vms = codeVms(c, volumeIds, totals, s?.vms);
  const jobs = list(
    c,
    'jobs',
    s?.jobs,
    (job, j) => codeJob(c, vms, totals, j, revision, job),
    atMost(LIMITS.jobsPerScenario, () => 'jobs'),
  );
  const assumptions = c.text('assumptions', s && JSON.stringify(s.assumptions));
  return { format: SCENARIO_FORMAT, version: 1, name, notes, host, volumes, vms, jobs, assumptions: parseJson(assumptions) };
}

/** A list's length, then its items; reading, `limit` sees the length before any item is built. */
function list<T, R>(
  c: FieldCoder,
  key: string,
  items: readonly T[] | undefined,
  code: (item: T | undefined, index: number) => R,
  limit: (n: number) => void,
): R[] {
  const n = c.count(key, items?.length);
  if (c.reading) limit(n);
  return Array.from({ length: n }, (_, i) => code(items?.[i], i));
}

const atMost = (max: number, path: () => string) => (n: number) => checkCount(path, n, max);
const idLimit = (path: () => string): TextLimit => ({ maxChars: LIMITS.idMaxChars, path });

/** An id among those listed (by index), or spelled out when it is not one of them. */
function reference(c: FieldCoder, key: string, ids: string[], path: () => string, id?: string): string {
  const at = id === undefined ? undefined : ids.indexOf(id);
  const i = c.choice(key, ids.length + 1, at === undefined ? undefined : at < 0 ? ids.length : at);
  return i < ids.length ? ids[i]! : c.text(key, id, idLimit(path));
}

function codeVolume(c: FieldCoder, index: number, v?: Volume) {
  return {
    id: c.text(
      'volume.id',
      v?.id,
      idLimit(() => `volumes[${index}].id`),
    ),
    label: c.text('volume.label', v?.label),
    kind: c.pick('volume.kind', R0.volumeKind, v?.kind),
    fileSystem: c.pick('volume.fs', R0.fileSystem, v?.fileSystem),
    capacityBytes: c.optional('volume.capacity?', v?.capacityBytes, (x) => c.size('volume.capacity', x)),
    freeBytes: c.optional('volume.free?', v?.freeBytes, (x) => c.size('volume.free', x)),
  };
}

function codeVms(c: FieldCoder, volumeIds: string[], totals: LinkTotals, vms?: Vm[]) {
  const sequentialIds = c.flag(
    'vm.sequential-ids',
    vms?.every((vm, i) => vm.id === `vm${i + 1}`),
  );
  const names = new NameCoder();
  return list(
    c,
    'vms',
    vms,
    (vm, i) => {
      const at = () => `vms[${i}]`;
      const id = sequentialIds
        ? `vm${i + 1}`
        : c.text(
            'vm.id',
            vm?.id,
            idLimit(() => `${at()}.id`),
          );
      return codeVm(c, volumeIds, totals, at, id, names.code(c, vm?.name), vm);
    },
    atMost(LIMITS.vmsPerScenario, () => 'vms'),
  );
}

/**
 * VM names are mostly a stem and a number (`tky-web01`). The stem is usually the one that followed
 * the previous VM's stem last time (round-robin names) or that same stem (a sorted list); the number
 * is the stem's last one plus one, or for a new stem the number the first stem started with. Only
 * what breaks the pattern is spelled out.
 */
class NameCoder {
  private previousStem = '';
  private firstNumber: string | undefined;
  private readonly nextStem = new Map<string, string>();
  private readonly lastNumber = new Map<string, string>();

  code(c: FieldCoder, name?: string): string {
    const [, givenStem, givenNumber] = name === undefined ? [] : /^(.*?)(\d*)$/s.exec(name)!;
    const predictedStem = this.nextStem.get(this.previousStem) ?? this.previousStem;
    const stem = c.flag('vm.name.stem-as-predicted', name === undefined ? undefined : givenStem === predictedStem)
      ? predictedStem
      : c.word('vm.name.stem', givenStem);
    const last = this.lastNumber.get(stem);
    const predictedNumber = last === undefined ? this.firstNumber : increment(last);
    const asPredicted =
      predictedNumber !== undefined &&
      c.flag(
        last === undefined ? 'vm.name.number-as-predicted-new' : 'vm.name.number-as-predicted',
        name === undefined ? undefined : givenNumber === predictedNumber,
      );
    const number = asPredicted ? predictedNumber : c.text('vm.name.number', givenNumber);
    this.nextStem.set(this.previousStem, stem);
    this.previousStem = stem;
    this.lastNumber.set(stem, number);
    this.firstNumber ??= number;
    return stem + number;
  }
}

/** `09` → `10`, `99` → `100`: a name's number counted on, its width kept. */
function increment(digits: string): string {
  if (digits === '') return '';
  const chars = [...digits];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

function codeVm(c: FieldCoder, volumeIds: string[], totals: LinkTotals, at: () => string, id: string, name: string, vm?: Vm) {
  const memoryBytes = c.size('vm.memory', vm?.memoryBytes);
  const volumeId = reference(c, 'vm.volume', volumeIds, () => `${at()}.volumeId`, vm?.volumeId);
  return {
    id,
    name,
    configVersion: c.word('vm.version', vm?.configVersion),
    generation: c.pick('vm.generation', [1, 2] as const, vm?.generation),
    state: c.pick('vm.state', R0.vmState, vm?.state),
    memoryBytes,
    memoryInUseBytes: c.measured('vm.in-use', memoryBytes, vm?.memoryInUseBytes),
    volumeId,
    checkpoints: {
      standard: c.count('vm.checkpoints.standard', vm?.checkpoints.standard),
      production: c.count('vm.checkpoints.production', vm?.checkpoints.production),
    },
    onlineBackup: c.flag('vm.online', vm?.onlineBackup),
    automaticStopAction: c.pick('vm.stop', R0.stopAction, vm?.automaticStopAction),
    guestOs: c.pick('vm.guest', R0.guestOs, vm?.guestOs),
    disks: list(
      c,
      'vm.disks',
      vm?.disks,
      (disk, place) => codeDisk(c, volumeIds, { id, name, volumeId }, () => `${at()}.disks[${place}]`, place, disk),
      (n) => {
        checkCount(() => `${at()}.disks`, n, LIMITS.disksPerVm);
        totals.addDisks(() => `${at()}.disks`, n);
      },
    ),
  };
}

/**
 * Disk labels are mostly the VM's name or id and the disk's id in a fixed pattern (`web01.vhdx`,
 * `web01-data.vhdx`, `vm7-d0.vhdx`): the label travels as that pattern, which repeats from VM to VM
 * and then costs its index among the patterns seen. A label its pattern cannot restore exactly is
 * spelled out.
 */
const PLACEHOLDERS = ['\u0001', '\u0002', '\u0003'] as const;
const LABEL_FORMS = ['none', 'pattern', 'spelled'] as const;

const hasPlaceholder = (text: string) => PLACEHOLDERS.some((p) => text.includes(p));

function toPattern(label: string, parts: string[]): string | undefined {
  let pattern = label;
  parts.forEach((part, i) => {
    if (part !== '') pattern = pattern.replaceAll(part, PLACEHOLDERS[i]!);
  });
  // Without placeholder characters in the texts the replacements undo exactly; with them, check.
  const exact = !hasPlaceholder(label) && !parts.some(hasPlaceholder);
  return exact || fromPattern(pattern, parts) === label ? pattern : undefined;
}

function fromPattern(pattern: string, parts: string[]): string {
  let label = pattern;
  for (let i = parts.length - 1; i >= 0; i--) label = label.replaceAll(PLACEHOLDERS[i]!, () => parts[i]!);
  return label;
}

function codeLabel(c: FieldCoder, keys: PlaceKeys, parts: string[], label?: string): string | undefined {
  const pattern = label === undefined ? undefined : toPattern(label, parts);
  const form = c.pick(keys.labelForm, LABEL_FORMS, c.reading ? undefined : label === undefined ? 'none' : pattern !== undefined ? 'pattern' : 'spelled');
  if (form === 'none') return undefined;
  if (form === 'spelled') return c.text('disk.label', label);
  const coded = c.word(keys.labelPattern, pattern);
  return c.reading ? fromPattern(coded, parts) : label;
}

/** Keys are made once: the same string object hashes once in the coder's model table. */
const PLACE_KEYS = [0, 1, 2].map((place) => ({
  id: `disk.id@${place}`,
  role: `disk.role@${place}`,
  labelForm: `disk.label-form@${place}`,
  labelPattern: `disk.label-pattern@${place}`,
}));
type PlaceKeys = (typeof PLACE_KEYS)[number];
const ROLE_KEYS = Object.fromEntries(R0.guestRole.map((role) => [role, { type: `disk.type.${role}`, max: `disk.max.${role}` }])) as Record<
  (typeof R0.guestRole)[number],
  { type: string; max: string }
>;
const FILE_KEYS = Object.fromEntries(R0.diskType.map((type) => [type, `disk.file.${type}`])) as Record<(typeof R0.diskType)[number], string>;

/**
 * A disk's fields are predicted in the context of its place in the VM (the first is usually the
 * system disk `os`, the second `data`) and of its role (system and data disks come in different
 * sizes); its volume is usually the VM's.
 */
function codeDisk(c: FieldCoder, volumeIds: string[], vm: { name: string; id: string; volumeId: string }, at: () => string, place: number, d?: Disk) {
  const keys = PLACE_KEYS[Math.min(place, PLACE_KEYS.length - 1)]!;
  const id = c.word(
    keys.id,
    d?.id,
    idLimit(() => `${at()}.id`),
  );
  const guestRole = c.pick(keys.role, R0.guestRole, d?.guestRole);
  const type = c.pick(ROLE_KEYS[guestRole].type, R0.diskType, d?.type);
  const maxSizeBytes = c.size(ROLE_KEYS[guestRole].max, d?.maxSizeBytes);
  return {
    id,
    label: codeLabel(c, keys, [vm.name, vm.id, id], d?.label),
    kind: c.pick('disk.kind', R0.diskKind, d?.kind),
    type,
    maxSizeBytes,
    fileSizeBytes: c.measured(FILE_KEYS[type], maxSizeBytes, d?.fileSizeBytes),
    parentSizeBytes: c.size('disk.parent', d?.parentSizeBytes),
    checkpointFilesBytes: c.measured('disk.checkpoint-files', maxSizeBytes, d?.checkpointFilesBytes),
    volumeId: c.optional('disk.volume?', d?.volumeId, (volume) =>
      c.flag('disk.volume-is-vm', volume === undefined ? undefined : volume === vm.volumeId)
        ? vm.volumeId
        : reference(c, 'disk.volume', volumeIds, () => `${at()}.volumeId`, volume),
    ),
    guestRole,
    guestUsedBytes: c.measured('disk.used', maxSizeBytes, d?.guestUsedBytes),
  };
}

/** Layout revisions this app reads; each adds fields at the end of what it codes (link-codec.ts). */
export type LayoutRevision = 0 | 1;
export const LATEST_REVISION: LayoutRevision = 1;

/** The lowest revision that holds the scenario: links of scenarios without the newer fields stay as they were. */
export function revisionFor(s: Scenario): LayoutRevision {
  return s.jobs.some((j) => j.windowHours !== undefined || j.throughputBytesPerSecond !== undefined || j.wsbPerformance !== 'full') ? 1 : 0;
}

/** Revision 1: the job's backup window, throughput and WSB performance setting (time-and-restore.md §2). */
function codeJobTime(c: FieldCoder, job?: Job) {
  return {
    windowHours: c.optional('job.window?', job?.windowHours, (x) => codeNumber(c, 'job.window', x)),
    throughputBytesPerSecond: c.optional('job.throughput?', job?.throughputBytesPerSecond, (x) => c.count('job.throughput', x)),
    wsbPerformance: c.pick('job.wsb-performance', R1.wsbPerformance, job?.wsbPerformance),
  };
}

function codeJob(c: FieldCoder, vms: { id: string }[], totals: LinkTotals, index: number, revision: LayoutRevision, job?: Job) {
  const flags = c.choice('job.includes', 4, job && Number(job.include.hostSystem) + 2 * Number(job.include.hyperVSettings));
  return {
    id: c.text(
      'job.id',
      job?.id,
      idLimit(() => `jobs[${index}].id`),
    ),
    name: c.text('job.name', job?.name),
    method: c.pick('job.method', R0.method, job?.method),
    include: {
      hostSystem: (flags & 1) === 1,
      hyperVSettings: (flags & 2) === 2,
      vmIds: codeMembers(c, vms, totals, () => `jobs[${index}].include.vmIds`, job?.include.vmIds),
      guestVolumes: c.pick('job.guest-volumes', R0.guestVolumes, job?.include.guestVolumes),
    },
    destination: {
      kind: c.pick('job.destination', R0.destinationKind, job?.destination.kind),
      label: c.text('job.destination.label', job?.destination.label),
      capacityBytes: c.optional('job.capacity?', job?.destination.capacityBytes, (x) => c.size('job.capacity', x)),
    },
    generations: c.count('job.generations', job?.generations),
    schedule: c.pick('job.schedule', R0.schedule, job?.schedule),
    changePercentPerGeneration: codeNumber(c, 'job.change', job?.changePercentPerGeneration),
    ...(revision >= 1 ? codeJobTime(c, job) : {}),
  };
}

/**
 * A job's VMs as runs of consecutive VMs (`all 100` is one run); ids spelled out when out of order.
 * The VMs are counted before they are built: one run can name every VM.
 */
function codeMembers(c: FieldCoder, vms: { id: string }[], totals: LinkTotals, at: () => string, ids?: string[]): string[] {
  const listed = (n: number) => totals.addVmReferences(at, n);
  const position = ids && positionsOf(vms);
  const indexes = ids?.map((id) => position!.get(id) ?? -1);
  const inOrder = c.flag(
    'job.vms-in-order',
    indexes?.every((x, k) => x >= 0 && (k === 0 || x > indexes[k - 1]!)),
  );
  if (!inOrder)
    return list(
      c,
      'job.vm-ids',
      ids,
      (id, k) =>
        c.text(
          'job.vm-id',
          id,
          idLimit(() => `${at()}[${k}]`),
        ),
      listed,
    );
  const runs: [number, number][] = [];
  for (const i of indexes ?? []) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  const out: string[] = [];
  let end = 0;
  const noMoreRunsThanVms = (n: number) => {
    if (n > vms.length) throw new LinkDamaged('more runs than VMs');
  };
  list(
    c,
    'job.runs',
    indexes && runs,
    (run) => {
      const start = end + c.count('job.run-gap', run && run[0] - end);
      const length = c.count('job.run-length', run?.[1]);
      if (start + length > vms.length) throw new LinkDamaged('job VM out of range');
      if (c.reading) listed(length);
      for (let i = start; i < start + length; i++) out.push(vms[i]!.id);
      end = start + length;
    },
    noMoreRunsThanVms,
  );
  return out;
}

/** Each VM's index by id, made once per VM list rather than once per job. */
const positions = new WeakMap<object, Map<string, number>>();
function positionsOf(vms: { id: string }[]): Map<string, number> {
  let map = positions.get(vms);
  if (!map) positions.set(vms, (map = new Map(vms.map((vm, i) => [vm.id, i]))));
  return map;
}

/** Whole numbers as counts; anything else (12.5 %) in its exact decimal spelling. */
function codeNumber(c: FieldCoder, key: string, value?: number): number {
  const whole = c.flag(`${key}:whole`, value === undefined ? undefined : Number.isSafeInteger(value) && value >= 0);
  if (whole) return c.count(key, value);
  const n = Number(c.text(key, value === undefined ? undefined : String(value)));
  if (!Number.isFinite(n)) throw new LinkDamaged(`${key} not a number`);
  return n;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LinkDamaged('assumptions damaged');
  }
}
