import { sizeDestination } from './destination';
import type { Estimate, Finding, JobEstimate, SourceVolumeEstimate } from './estimate-types';
import { findingSteps } from './findings';
import { firstGenerationBytes, sizeJobItems } from './job-items';
import type { Lang } from './lang';
import type { Basis, Scenario } from './scenario-schema';
import { monthsUntilShort, projectRequired, transferOf } from './over-time';
import { makeSizingContext } from './sizing-context';
import { sizeSourceVolumes } from './source-volumes';

export interface EstimateOptions {
  /** Language of the findings' messages (default Japanese, as the app). */
  lang?: Lang;
  /** Overrides the scenario's assumption `basis` (the CLI's --basis, the app's basis switch). */
  basis?: Basis;
}

/**
 * The sizing of a parsed scenario (sizing-rules.md): per job the bytes of N generations against the
 * destination, per source volume the free space a backup needs, and the findings. All figures in
 * bytes; every line item and finding carries its rule id and guide location.
 */
export function estimate(scenario: Scenario, options: EstimateOptions = {}): Estimate {
  const steps = estimateSteps(scenario, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The estimate in steps of a few milliseconds each (a job, a month of the projection, the source
 * volumes, the findings): a page sizing 8,000 VMs runs a few steps at a time between keystrokes and
 * drops the rest when the scenario changes again. Run to the end, the same as estimate().
 */
export function* estimateSteps(scenario: Scenario, options: EstimateOptions = {}): Generator<void, Estimate> {
  const lang = options.lang ?? 'ja';
  const ctx = makeSizingContext(scenario, options.basis);
  yield;
  const jobs: JobEstimate[] = [];
  for (const [j, job] of scenario.jobs.entries()) {
    const { items: lineItems, bytes: b, largestRestore } = sizeJobItems(ctx, j);
    const destination = sizeDestination(job, b, ctx.a);
    jobs.push({
      id: job.id,
      firstGenerationBytes: b,
      generations: job.generations,
      ...destination,
      lineItems,
      projection: [],
      monthsUntilShort: null,
      transfer: transferOf(job, b, destination.laterGenerationBytes, ctx.a),
      largestRestore,
    });
    yield;
  }
  // Beyond the guide (time-and-restore.md §1): each job's requirement month by month.
  const projections = yield* projectRequired(ctx, jobs);
  projections.forEach((projection, j) => {
    const job = jobs[j]!;
    job.projection = projection;
    job.monthsUntilShort = monthsUntilShort(projection, scenario.jobs[j]!.destination.capacityBytes);
  });
  const sourceVolumes = sizeSourceVolumes(ctx);
  yield;
  const findings = yield* findingSteps(ctx, jobs, sourceVolumes, lang);

  return {
    format: 'hyperv-backup-sizer/estimate',
    version: 1,
    basis: ctx.a.basis,
    jobs,
    sourceVolumes,
    findings,
    totals: totalsOf(jobs, sourceVolumes, findings),
  };
}

/** A plain function, not part of the steps: its loop runs once per finding (tens of thousands). */
function totalsOf(jobs: JobEstimate[], sourceVolumes: SourceVolumeEstimate[], findings: Finding[]): Estimate['totals'] {
  let requiredCapacityBytes = 0;
  for (const j of jobs) requiredCapacityBytes += j.requiredCapacityBytes;
  let destinationShortfallBytes = 0;
  for (const j of jobs) destinationShortfallBytes += j.shortfallBytes ?? 0;
  let sourceShortfallBytes = 0;
  for (const v of sourceVolumes) sourceShortfallBytes += v.shortfallBytes ?? 0;
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return {
    requiredCapacityBytes,
    destinationShortfallBytes,
    sourceShortfallBytes,
    shortfallBytes: destinationShortfallBytes + sourceShortfallBytes,
    errors,
    warnings,
  };
}

/**
 * The estimate's total required capacity alone, on the given basis: no line items, findings or
 * projection. The app shows the total on the basis not chosen beside the verdict, and a second whole
 * estimate of 8,000 VMs would cost as much as the first.
 */
export function requiredCapacityTotal(scenario: Scenario, basis?: Basis): number {
  const ctx = makeSizingContext(scenario, basis);
  let total = 0;
  scenario.jobs.forEach((job, j) => (total += sizeDestination(job, firstGenerationBytes(ctx, j), ctx.a).requiredCapacityBytes));
  return total;
}
