import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { parseEntityEdit, parseWholeEdit } from './parse-edit';
import { parseScenario } from './parse-scenario';
import { formatPath } from './scenario-checks';
import type { ScenarioInput } from './scenario-schema';
import { GiB } from './units';

/** Values a person (or a broken form) might leave in a field: valid, out of range, the wrong type, cleared. */
const anyValue = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'x',
  -1,
  0,
  1.5,
  3,
  4 * GiB,
  2 ** 60,
  true,
  'running',
  'dynamic',
  '9.0',
  'v1',
  'v2',
  'j1',
  'c',
  'no-such-volume',
  [],
  {},
);

type Edit = { list: 'vms' | 'jobs'; index: number; path: string[]; value: unknown };

const VM_FIELDS = [
  ['id'],
  ['name'],
  ['configVersion'],
  ['state'],
  ['memoryBytes'],
  ['memoryInUseBytes'],
  ['volumeId'],
  ['checkpoints', 'standard'],
  ['guestOs'],
  ['disks'],
  ['disks', '0', 'maxSizeBytes'],
  ['disks', '0', 'kind'],
  ['disks', '0', 'volumeId'],
  ['disks', '0', 'guestUsedBytes'],
  ['disks', '0', 'id'],
];
const JOB_FIELDS = [
  ['id'],
  ['name'],
  ['method'],
  ['generations'],
  ['include', 'vmIds'],
  ['include', 'vmIds', '0'],
  ['destination', 'kind'],
  ['destination', 'capacityBytes'],
  ['changePercentPerGeneration'],
  ['windowHours'],
];

function withEdit(input: ScenarioInput, { list, index, path, value }: Edit): { whole: ScenarioInput; entity: unknown } {
  const entity = structuredClone(input[list][index]) as Record<string, unknown>;
  let at: Record<string, unknown> = entity;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
  const entities = input[list].slice() as unknown[];
  entities[index] = entity;
  return { whole: { ...input, [list]: entities } as ScenarioInput, entity };
}

const problemSet = (problems: { path: string; message: string }[]) => new Set(problems.map((p) => `${p.path}: ${p.message}`));

describe('parseEntityEdit: an edit of one VM or job read alone', () => {
  it('gives what parseScenario gives for the whole edited scenario: the scenario, or the same problems (property)', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom('vms' as const, 'jobs' as const),
        fc.nat(),
        fc.nat(),
        anyValue,
        fc.constantFrom('ja' as const, 'en' as const),
        (input, list, pick, field, value, lang) => {
          fc.pre(input[list].length > 0);
          const previous = parseScenario(input);
          fc.pre(previous.ok);
          if (!previous.ok) return;
          const fields = list === 'vms' ? VM_FIELDS : JOB_FIELDS;
          const edit: Edit = { list, index: pick % input[list].length, path: fields[field % fields.length]!, value };
          const { whole, entity } = withEdit(input, edit);
          const expected = parseScenario(whole, lang);
          const got = parseEntityEdit(previous.scenario, edit.list, edit.index, entity, lang);
          expect(got.ok).toBe(expected.ok);
          if (got.ok && expected.ok) expect(got.scenario).toEqual(expected.scenario);
          if (!got.ok && !expected.ok) {
            expect(problemSet(got.problems.map((p) => ({ path: formatPath(p.path), message: p.message })))).toEqual(problemSet(expected.problems));
          }
          // The form's reading of the whole edited scenario says the same.
          const form = parseWholeEdit(whole, lang);
          expect(form.ok).toBe(expected.ok);
          if (form.ok && expected.ok) expect(form.scenario).toEqual(expected.scenario);
          if (!form.ok && !expected.ok) {
            expect(problemSet(form.problems.map((p) => ({ path: formatPath(p.path), message: p.message })))).toEqual(problemSet(expected.problems));
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('keeps every other VM the same object, so a keystroke does not copy 8,000 of them', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        fc.pre(input.vms.length > 1);
        const previous = parseScenario(input);
        if (!previous.ok) return;
        const got = parseEntityEdit(previous.scenario, 'vms', 0, { ...input.vms[0], name: 'renamed' });
        expect(got.ok).toBe(true);
        if (!got.ok) return;
        expect(got.scenario.vms[0]!.name).toBe('renamed');
        got.scenario.vms.slice(1).forEach((vm, i) => expect(vm).toBe(previous.scenario.vms[i + 1]));
        expect(got.scenario.jobs).toBe(previous.scenario.jobs);
      }),
      { numRuns: 50 },
    );
  });
});
