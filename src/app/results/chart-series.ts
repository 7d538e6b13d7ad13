import { resolveAssumptions, sizeDestination, type Estimate, type LineItemId, type Scenario, type UnitSystem } from '../../engine';
import type { MessageKey } from '../../i18n/messages';

/** The parts a job's first generation is drawn in (product.md: VHD, checkpoints, memory state, …). */
export const CATEGORIES = ['vhd', 'checkpoints', 'memory', 'recovery', 'config', 'host', 'guest'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  vhd: 'catVhd',
  checkpoints: 'catCheckpoints',
  memory: 'catMemory',
  recovery: 'catRecovery',
  config: 'catConfig',
  host: 'catHost',
  guest: 'catGuest',
};

export const CATEGORY_OF: Record<LineItemId, Category> = {
  'vm.vhd': 'vhd',
  'vm.avhdx': 'checkpoints',
  'vm.vmrs': 'memory',
  'vm.bin': 'memory',
  'vm.vsv': 'memory',
  'vm.recovery-avhdx': 'recovery',
  'vm.recovery-xml': 'recovery',
  'vm.vmcx': 'config',
  'vm.vmgs': 'config',
  'vm.config-xml': 'config',
  'host.system': 'host',
  'host.hyperv-settings': 'host',
  'guest.system': 'guest',
  'guest.data': 'guest',
};

/** One colour per category, shared by the screen's charts and the printed report's. */
export const CATEGORY_COLORS: Record<Category, string> = {
  vhd: '#1f5fa8',
  checkpoints: '#6a9fd8',
  memory: '#b5651d',
  recovery: '#c9a227',
  config: '#7a7a7a',
  host: '#2e7d4f',
  guest: '#7b4fa0',
};

export type CompositionRow = { job: string } & Record<Category, number>;

/** Per job, its first generation's bytes by category. */
export function compositionSeries(scenario: Scenario, result: Estimate): CompositionRow[] {
  const names = new Map(scenario.jobs.map((j) => [j.id, j.name]));
  return result.jobs.map((job) => {
    const row = { job: names.get(job.id) ?? job.id } as CompositionRow;
    for (const c of CATEGORIES) row[c] = 0;
    for (const item of job.lineItems) row[CATEGORY_OF[item.id]] += item.bytes;
    return row;
  });
}

export interface GenerationPoint {
  generations: number;
  required: number;
}

/**
 * Required capacity of one job for 1…max generations, from the engine's own destination rule (so
 * the line shows where the shadow storage rule takes over). Enough points to pass the planned count
 * and, when a capacity is given, the point where it no longer fits.
 */
export function generationSeries(scenario: Scenario, result: Estimate, jobIndex: number): GenerationPoint[] {
  const job = scenario.jobs[jobIndex];
  const estimateJob = result.jobs.find((j) => j.id === job?.id);
  if (!job || !estimateJob) return [];
  const a = resolveAssumptions(scenario.assumptions, result.basis);
  const fit = estimateJob.generationsThatFit ?? 0;
  const last = Math.min(512, Math.max(job.generations + 3, Math.min(fit + 2, job.generations * 3), 6));
  const points: GenerationPoint[] = [];
  for (let n = 1; n <= last; n++) {
    points.push({ generations: n, required: sizeDestination({ ...job, generations: n }, estimateJob.firstGenerationBytes, a).requiredCapacityBytes });
  }
  return points;
}

export interface VolumePoint {
  volume: string;
  free: number | null;
  required: number;
}

export function volumeSeries(scenario: Scenario, result: Estimate): VolumePoint[] {
  return result.sourceVolumes.map((v) => ({
    volume: scenario.volumes.find((s) => s.id === v.volumeId)?.label ?? v.volumeId,
    free: v.freeBytes,
    required: v.requiredFreeBytes,
  }));
}

export interface ByteAxis {
  /** Tick positions in bytes, from 0 to the first round value at or above the largest figure. */
  ticks: number[];
  /** The unit the ticks are labelled in (`TB`, `GB`, …) and its size in bytes in the chosen units. */
  unit: string;
  unitBytes: number;
}

/** Largest first, named as the figures are (formatBytes: `kB` in decimal units). */
const AXIS_UNITS: Record<UnitSystem, readonly string[]> = { binary: ['PB', 'TB', 'GB', 'MB', 'KB'], decimal: ['PB', 'TB', 'GB', 'MB', 'kB'] };
const STEPS = [1, 2, 2.5, 5];

/**
 * Round ticks for a byte axis in the chosen units (1, 2, 2.5 or 5 × 10^k of one unit: `0, 2, 4, 6 TB`
 * rather than `4.09 / 8.19 / 12.3 TB`), covering every value the chart draws, capacity lines included.
 */
export function byteAxis(maxBytes: number, units: UnitSystem, targetTicks = 5): ByteAxis {
  const base = units === 'binary' ? 1024 : 1000;
  const max = Math.max(maxBytes, 1);
  let unit: string = 'bytes';
  let unitBytes = 1;
  const names = AXIS_UNITS[units];
  for (const [i, name] of names.entries()) {
    const size = base ** (names.length - i);
    if (max >= size) {
      unit = name;
      unitBytes = size;
      break;
    }
  }
  const span = max / unitBytes;
  const rough = span / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Whole bytes at the smallest scale: a byte is not divided (no 2.5-byte steps).
  const steps = unitBytes === 1 ? STEPS.filter((s) => s !== 2.5) : STEPS;
  const step = Math.max(unitBytes === 1 ? 1 : 0, (steps.find((s) => s * magnitude >= rough) ?? 10) * magnitude);
  // A line right at the top tick would sit on the frame: keep a little room above the largest value.
  const count = Math.ceil(span / step - 1e-9) + (span > 0.97 * Math.ceil(span / step - 1e-9) * step && span > step ? 1 : 0);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * unitBytes));
  return { ticks, unit, unitBytes };
}
