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

export interface VmItems {
  /** The VM, or undefined for the host's own items. */
  vmId: string | undefined;
  name: string;
  subtotal: number;
  items: JobEstimate['lineItems'];
}

/** A job's line items grouped per VM (host items first), each with its subtotal. */
export function lineItemsByVm(job: JobEstimate, scenario: Scenario, hostName: string): VmItems[] {
  const names = new Map(scenario.vms.map((v) => [v.id, v.name]));
  const groups = new Map<string | undefined, VmItems>();
  for (const item of job.lineItems) {
    let g = groups.get(item.vmId);
    if (g === undefined) {
      g = { vmId: item.vmId, name: item.vmId === undefined ? hostName : (names.get(item.vmId) ?? item.vmId), subtotal: 0, items: [] };
      groups.set(item.vmId, g);
    }
    g.items.push(item);
    g.subtotal += item.bytes;
  }
  return [...groups.values()].sort((a, b) => (a.vmId === undefined ? -1 : b.vmId === undefined ? 1 : 0));
}
