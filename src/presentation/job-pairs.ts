import type { Estimate, Job, JobEstimate, Scenario } from '../engine';

export interface JobWithResult {
  job: Job;
  result: JobEstimate;
}

/** Each job's input beside its estimate, matched by id (never by position). */
export function jobsWithResults(scenario: Scenario, estimate: Estimate): JobWithResult[] {
  const byId = new Map(scenario.jobs.map((j) => [j.id, j]));
  const out: JobWithResult[] = [];
  for (const result of estimate.jobs) {
    const job = byId.get(result.id);
    if (job !== undefined) out.push({ job, result });
  }
  return out;
}
