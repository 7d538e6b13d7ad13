import { resolveAssumptions } from './assumptions';
import { sizeDestination } from './destination';
import type { Estimate, JobEstimate, SourceLineItem } from './estimate-types';
import { collectFindings } from './findings';
import { sizeJobItems } from './job-items';
import type { Lang } from './lang';
import type { Basis, Scenario, Volume } from './scenario-schema';
import { jobSourceItems, sizeSourceVolumes } from './source-volumes';
import { vmFactsOf, type VmFacts } from './vm-facts';

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
  const lang = options.lang ?? 'ja';
  const a = resolveAssumptions(scenario.assumptions, options.basis);
  const facts = new Map<string, VmFacts>();
  for (const vm of scenario.vms) facts.set(vm.id, vmFactsOf(vm, a));
  const volumes = new Map<string, Volume>(scenario.volumes.map((v) => [v.id, v]));

  const perJobSource: Map<string, SourceLineItem[]>[] = [];
  const jobs: JobEstimate[] = scenario.jobs.map((job) => {
    const lineItems = sizeJobItems(job, scenario, facts, a);
    let b = 0;
    for (const item of lineItems) b += item.bytes;
    perJobSource.push(jobSourceItems(job, scenario, facts, a));
    return {
      id: job.id,
      firstGenerationBytes: b,
      generations: job.generations,
      ...sizeDestination(job, b, a),
      lineItems,
    };
  });
  const sourceVolumes = sizeSourceVolumes(scenario, perJobSource);
  const findings = collectFindings({ scenario, facts, volumes, jobEstimates: jobs, volumeEstimates: sourceVolumes, lang });

  let requiredCapacityBytes = 0;
  for (const j of jobs) requiredCapacityBytes += j.requiredCapacityBytes;
  let shortfallBytes = 0;
  for (const v of sourceVolumes) shortfallBytes += v.shortfallBytes ?? 0;
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return {
    format: 'hyperv-backup-sizer/estimate',
    version: 1,
    basis: a.basis,
    jobs,
    sourceVolumes,
    findings,
    totals: { requiredCapacityBytes, shortfallBytes, errors, warnings },
  };
}
