import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntityEdit, parseScenario, type Scenario } from '../../engine';
import { scenarioArb } from '../../test-support/arbitrary-scenario';
import { scenarioInput, vm } from '../../test-support/scenario-builder';
import { applyChanges, changesBetween, inParts, VMS_PER_PART } from './scenario-mirror';

const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error('invalid');
  return r.scenario;
};

describe('the worker’s copy of the scenario', () => {
  it('becomes the scenario on screen after any edit, from the changes alone (property)', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, fc.nat(), (a, b, pick) => {
        const before = parsed(a);
        // A keystroke in one VM (the rest the same objects), or a whole other scenario.
        const vm = before.vms[pick % Math.max(1, before.vms.length)];
        const edited = vm ? parseEntityEdit(before, 'vms', pick % before.vms.length, { ...vm, name: `${vm.name}x` }) : null;
        for (const after of [edited?.ok ? edited.scenario : before, parsed(b), { ...before, name: 'renamed' }]) {
          const copy = applyChanges(structuredClone(before), structuredClone(changesBetween(before, after)));
          expect(copy).toEqual(after);
          // Sent in parts, a task each, the same.
          let parts = structuredClone(before) as Scenario | null;
          for (const part of inParts(changesBetween(before, after))) parts = applyChanges(parts, structuredClone(part));
          expect(parts).toEqual(after);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sends one VM for a keystroke in one VM, not the list', () => {
    const before = parsed(scenarioInput({ vms: [1, 2, 3].map((i) => vm({ id: `v${i}`, name: `v${i}` })), jobs: [] }));
    const edit = parseEntityEdit(before, 'vms', 1, { ...before.vms[1], memoryBytes: 2 });
    if (!edit.ok) throw new Error('edit refused');
    expect(changesBetween(before, edit.scenario)).toEqual([{ kind: 'item', list: 'vms', index: 1, value: edit.scenario.vms[1] }]);
    expect(changesBetween(null, before)).toEqual([{ kind: 'all', scenario: before }]);
    expect(changesBetween(before, before)).toEqual([]);
  });
});

describe('a large scenario crossing to the worker', () => {
  it('goes without its VMs first, then its VMs in parts, and arrives whole', () => {
    const many = parsed(scenarioInput({ vms: Array.from({ length: 2 * VMS_PER_PART + 1 }, (_, i) => vm({ id: `v${i}`, name: `v${i}` })), jobs: [] }));
    const parts = inParts(changesBetween(null, many));
    expect(parts.map((p) => p[0]!.kind)).toEqual(['all', 'more-vms', 'more-vms', 'more-vms']);
    let copy: Scenario | null = null;
    for (const part of parts) copy = applyChanges(copy, structuredClone(part));
    expect(copy).toEqual(many);
  });
});
