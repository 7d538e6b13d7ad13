import { resolveAssumptions, type ResolvedAssumptions } from './assumptions';
import type { Basis, Scenario, Volume } from './scenario-schema';
import { fillDiskSets, growingCopy, vmFactsOf, type VmFacts } from './vm-facts';

/**
 * What every part of an estimate reads, worked out once: resolved assumptions, each VM's facts, and
 * each job's VMs already looked up (jobs of thousands of VMs are walked several times).
 */
export interface SizingContext {
  scenario: Scenario;
  a: ResolvedAssumptions;
  /** Facts of every VM, in scenario order. */
  vms: VmFacts[];
  /** Per job (by index), the facts of the VMs it includes, in its order. */
  jobVms: VmFacts[][];
  volumes: Map<string, Volume>;
}

export function makeSizingContext(scenario: Scenario, basis?: Basis): SizingContext {
  const a = resolveAssumptions(scenario.assumptions, basis);
  const vms = scenario.vms.map((vm, i) => vmFactsOf(vm, i, a));
  const byId = new Map(vms.map((f) => [f.vm.id, f]));
  const jobVms = scenario.jobs.map((job) => {
    const list: VmFacts[] = [];
    for (const id of job.include.vmIds) {
      const f = byId.get(id);
      if (f !== undefined) list.push(f);
    }
    return list;
  });
  return { scenario, a, vms, jobVms, volumes: new Map(scenario.volumes.map((v) => [v.id, v])) };
}

/**
 * The projection's later months (time-and-restore.md §1): the same scenario with every disk's
 * measured sizes grown, nothing else changed. `growTo` regrows the context's own copy of the facts.
 */
export function growingContext(ctx: SizingContext): { ctx: SizingContext; growTo(factor: number): void } {
  const copyOf = new Map(ctx.vms.map((f) => [f, growingCopy(f)]));
  const vms = [...copyOf.values()];
  const grown: SizingContext = { ...ctx, vms, jobVms: ctx.jobVms.map((list) => list.map((f) => copyOf.get(f)!)) };
  const current = ctx.a.basis === 'current';
  return {
    ctx: grown,
    growTo(factor) {
      for (const f of vms) fillDiskSets(f, current, factor);
    },
  };
}
