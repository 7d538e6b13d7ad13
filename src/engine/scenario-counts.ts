import { LIMITS } from './limits';
import type { RawProblem } from './scenario-checks';

/**
 * The counts of formats.md's bounds against crafted files and links, on JSON not yet validated: a
 * pass over list lengths only, so a file of 4,000 jobs each listing 8,000 VMs is refused before the
 * schema walks 32 million references. One problem per breached bound, where it is first breached.
 */
export function checkScenarioCounts(input: unknown): RawProblem[] {
  const problems: RawProblem[] = [];
  const atMost = (path: (string | number)[], items: unknown[], max: number) => {
    if (items.length > max) problems.push({ path, problem: { code: 'max-items', max } });
  };
  atMost(['volumes'], listAt(input, 'volumes'), LIMITS.volumesPerScenario);
  atMost(['vms'], listAt(input, 'vms'), LIMITS.vmsPerScenario);
  atMost(['jobs'], listAt(input, 'jobs'), LIMITS.jobsPerScenario);
  const firstVmOver = listAt(input, 'vms').findIndex((vm) => listAt(vm, 'disks').length > LIMITS.disksPerVm);
  if (firstVmOver >= 0) problems.push({ path: ['vms', firstVmOver, 'disks'], problem: { code: 'max-items', max: LIMITS.disksPerVm } });
  return [...problems, ...checkScenarioTotals(input)];
}

/** The bounds over all VMs and all jobs, which no single list's length shows. */
export function checkScenarioTotals(input: unknown): RawProblem[] {
  const problems: RawProblem[] = [];
  const disks = firstPastTotal(listAt(input, 'vms'), (vm) => listAt(vm, 'disks').length, LIMITS.disksPerScenario);
  if (disks >= 0) problems.push({ path: ['vms', disks, 'disks'], problem: { code: 'max-total', what: 'disks', max: LIMITS.disksPerScenario } });
  const references = firstPastTotal(listAt(input, 'jobs'), (job) => listAt(fieldAt(job, 'include'), 'vmIds').length, LIMITS.vmReferencesPerScenario);
  if (references >= 0) {
    problems.push({
      path: ['jobs', references, 'include', 'vmIds'],
      problem: { code: 'max-total', what: 'vm-references', max: LIMITS.vmReferencesPerScenario },
    });
  }
  return problems;
}

/** The index of the item that takes the running total past max, or −1. */
function firstPastTotal(items: unknown[], count: (item: unknown) => number, max: number): number {
  let total = 0;
  return items.findIndex((item) => (total += count(item)) > max);
}

const fieldAt = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/** A field that is a list, or none: wrong shapes are the schema's to report, not this pass's. */
function listAt(value: unknown, key: string): unknown[] {
  const field = fieldAt(value, key);
  return Array.isArray(field) ? field : [];
}
