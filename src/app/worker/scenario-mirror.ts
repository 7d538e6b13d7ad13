import type { Scenario } from '../../engine';

/**
 * How the worker's copy of the scenario follows the one on screen: by the parts that changed, not by
 * the whole (a structured clone of 8,000 VMs costs the page tens of milliseconds; a keystroke changes
 * one VM). Edits keep unchanged VMs, jobs and volumes as the same objects, which is how changes are found.
 */
export type ScenarioChange =
  | { kind: 'all'; scenario: Scenario }
  /** More VMs at the end of the list: a whole large scenario is sent in parts, a task each. */
  | { kind: 'more-vms'; vms: Scenario['vms'] }
  | { kind: 'field'; key: keyof Scenario; value: Scenario[keyof Scenario] }
  | { kind: 'item'; list: 'vms' | 'jobs' | 'volumes'; index: number; value: unknown };

const LISTS = ['vms', 'jobs', 'volumes'] as const;
/** Past this many changed items, the list goes whole. */
const MOST_ITEMS = 64;

export function changesBetween(before: Scenario | null, after: Scenario): ScenarioChange[] {
  if (before === null) return [{ kind: 'all', scenario: after }];
  if (before === after) return [];
  const changes: ScenarioChange[] = [];
  for (const key of Object.keys(after) as (keyof Scenario)[]) {
    if (after[key] === before[key]) continue;
    const list = LISTS.find((l) => l === key);
    if (list !== undefined && after[list].length === before[list].length) {
      const items: ScenarioChange[] = [];
      const now: readonly unknown[] = after[list];
      const then: readonly unknown[] = before[list];
      for (let i = 0; i < now.length && items.length <= MOST_ITEMS; i++) {
        if (now[i] !== then[i]) items.push({ kind: 'item', list, index: i, value: now[i] });
      }
      if (items.length <= MOST_ITEMS) {
        changes.push(...items);
        continue;
      }
    }
    changes.push({ kind: 'field', key, value: after[key] });
  }
  return changes;
}

export function applyChanges(scenario: Scenario | null, changes: readonly ScenarioChange[]): Scenario | null {
  let s = scenario;
  for (const change of changes) {
    if (change.kind === 'all') s = change.scenario;
    else if (s === null) throw new Error('the worker has no scenario to change');
    else if (change.kind === 'more-vms') s = { ...s, vms: [...s.vms, ...change.vms] };
    else if (change.kind === 'field') s = { ...s, [change.key]: change.value };
    else {
      const items = s[change.list].slice() as unknown[];
      items[change.index] = change.value;
      s = { ...s, [change.list]: items };
    }
  }
  return s;
}

/** VMs per part when a whole scenario crosses: a part's copy takes the page a few milliseconds. */
export const VMS_PER_PART = 500;

/**
 * The changes as parts to send one task at a time: a whole scenario of thousands of VMs goes as the
 * scenario without its VMs, then its VMs in parts (one structured copy of 8,000 VMs took the page
 * 40–70 ms at once).
 */
export function inParts(changes: ScenarioChange[]): ScenarioChange[][] {
  const parts: ScenarioChange[][] = [];
  for (const change of changes) {
    if (change.kind !== 'all' || change.scenario.vms.length <= VMS_PER_PART) {
      parts.push([change]);
      continue;
    }
    const { vms } = change.scenario;
    parts.push([{ kind: 'all', scenario: { ...change.scenario, vms: [] } }]);
    for (let i = 0; i < vms.length; i += VMS_PER_PART) parts.push([{ kind: 'more-vms', vms: vms.slice(i, i + VMS_PER_PART) }]);
  }
  return parts;
}
