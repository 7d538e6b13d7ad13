import { OVER_TIME_FINDING_IDS, type Estimate } from '../engine';

/** Byte figures agree within max(4 bytes, one part in 10^9) (formats.md, how fixtures are compared). */
export function bytesClose(actual: number | null | undefined, expected: number | null | undefined): boolean {
  if (actual === null || actual === undefined || expected === null || expected === undefined) {
    return (actual ?? null) === (expected ?? null);
  }
  return Math.abs(actual - expected) <= Math.max(4, Math.abs(expected) * 1e-9);
}

interface ExpectedLike {
  jobs: Array<Record<string, unknown> & { id: string; lineItems: Array<{ id: string; vmId?: string; bytes: number }> }>;
  sourceVolumes: Array<{ volumeId: string; requiredFreeBytes: number; freeBytes: number | null; shortfallBytes: number | null }>;
  findings: Array<{ id: string; severity: string; jobId?: string; vmId?: string; volumeId?: string }>;
  totals: Record<string, number>;
}

const JOB_BYTE_FIELDS = [
  'firstGenerationBytes',
  'laterGenerationBytes',
  'dataBytes',
  'requiredCapacityBytes',
  'shadowStorageNeededBytes',
  'shortfallBytes',
] as const;

/**
 * Differences between an estimate and a fixture's expected estimate, as formats.md compares them:
 * jobs by id, line items and findings as multisets, volumes by id. An empty list means they agree.
 */
export function diffEstimate(actual: Estimate, expectedRaw: unknown): string[] {
  const expected = expectedRaw as ExpectedLike;
  const diffs: string[] = [];
  if (actual.jobs.length !== expected.jobs.length) diffs.push(`jobs: ${actual.jobs.length} ≠ ${expected.jobs.length}`);
  for (const ej of expected.jobs) {
    const aj = actual.jobs.find((j) => j.id === ej.id);
    if (!aj) {
      diffs.push(`job ${ej.id} missing`);
      continue;
    }
    for (const field of JOB_BYTE_FIELDS) {
      if (!bytesClose(aj[field], ej[field] as number | null)) diffs.push(`job ${ej.id}.${field}: ${aj[field]} ≠ ${String(ej[field])}`);
    }
    for (const field of ['generations', 'generationsThatFit', 'requiredBy', 'shadowStorageNeededPercent'] as const) {
      if (aj[field] !== ej[field]) diffs.push(`job ${ej.id}.${field}: ${String(aj[field])} ≠ ${String(ej[field])}`);
    }
    const remaining = [...aj.lineItems];
    for (const ei of ej.lineItems) {
      const k = remaining.findIndex((ai) => ai.id === ei.id && ai.vmId === ei.vmId && bytesClose(ai.bytes, ei.bytes));
      if (k < 0) diffs.push(`job ${ej.id} line item missing: ${ei.id} ${ei.vmId ?? ''} ${ei.bytes}`);
      else remaining.splice(k, 1);
    }
    for (const ai of remaining) diffs.push(`job ${ej.id} extra line item: ${ai.id} ${ai.vmId ?? ''} ${ai.bytes}`);
  }
  for (const ev of expected.sourceVolumes) {
    const av = actual.sourceVolumes.find((v) => v.volumeId === ev.volumeId);
    if (!av) {
      diffs.push(`volume ${ev.volumeId} missing`);
      continue;
    }
    for (const field of ['requiredFreeBytes', 'freeBytes', 'shortfallBytes'] as const) {
      if (!bytesClose(av[field], ev[field])) diffs.push(`volume ${ev.volumeId}.${field}: ${av[field]} ≠ ${ev[field]}`);
    }
  }
  if (actual.sourceVolumes.length !== expected.sourceVolumes.length) diffs.push('sourceVolumes length differs');
  const key = (f: { id: string; severity: string; jobId?: string; vmId?: string; volumeId?: string }) =>
    [f.id, f.severity, f.jobId ?? '', f.vmId ?? '', f.volumeId ?? ''].join('|');
  // formats.md: the fixtures cover sizing-rules.md §7 only; time-and-restore.md's findings and the
  // error/warning counts they change are left out (the project's own tests cover them).
  const overTime = actual.findings.filter((f) => OVER_TIME_FINDING_IDS.includes(f.id));
  const remaining = actual.findings.filter((f) => !OVER_TIME_FINDING_IDS.includes(f.id)).map(key);
  for (const ef of expected.findings) {
    const k = remaining.indexOf(key(ef));
    if (k < 0) diffs.push(`finding missing: ${key(ef)}`);
    else remaining.splice(k, 1);
  }
  for (const extra of remaining) diffs.push(`finding extra: ${extra}`);
  const counted = { errors: overTime.filter((f) => f.severity === 'error').length, warnings: overTime.filter((f) => f.severity === 'warning').length };
  for (const [field, value] of Object.entries(expected.totals)) {
    const got = actual.totals[field as keyof Estimate['totals']] - (field === 'errors' || field === 'warnings' ? counted[field] : 0);
    if (!bytesClose(got, value)) diffs.push(`totals.${field}: ${got} ≠ ${value}`);
  }
  return diffs;
}
