import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import type { Lang } from './lang';
import { problemMessage, type ProblemCode } from './problem-messages';
import { checkScenarioReferences, formatPath } from './scenario-checks';
import { checkScenarioCounts } from './scenario-counts';
import { scenarioObjectSchema, SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from './scenario-schema';

/** The full scenario schema: fields, bounds and the cross-field rules of formats.md. */
export const scenarioSchema = scenarioObjectSchema.check(
  z.superRefine((scenario, ctx) => {
    for (const { path, problem } of checkScenarioReferences(scenario)) {
      // No message here: parseScenario and parseWholeEdit word it in the reader's language.
      ctx.addIssue({ code: 'custom', path, params: problem });
    }
  }),
);

export interface Problem {
  /** The field, as `vms[3].disks[0].maxSizeBytes`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a scenario (already decoded from JSON) into the typed Scenario with every default filled in,
 * or says what is wrong: one problem per field, naming it by path, in the requested language.
 */
export function parseScenario(input: unknown, lang: Lang = 'en'): ParseResult {
  const fail = (path: string, problem: ProblemCode): ParseResult => ({
    ok: false,
    problems: [{ path, message: problemMessage(problem, lang) }],
  });
  if (!isRecord(input)) return fail('scenario', { code: 'type', expected: 'object' });
  if (input.format !== SCENARIO_FORMAT) return fail('format', { code: 'format-tag', expected: SCENARIO_FORMAT });
  if (input.version !== SCENARIO_VERSION) {
    return fail('version', { code: 'version', got: input.version, supported: SCENARIO_VERSION });
  }
  const counts = checkScenarioCounts(input);
  if (counts.length > 0) {
    return { ok: false, problems: counts.map(({ path, problem }) => ({ path: formatPath(path), message: problemMessage(problem, lang) })) };
  }
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    problems: distinct(result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: problemMessage(describeIssue(issue), lang) }))),
  };
}

/** Two checks of one field can word the same problem alike; the reader needs it once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** zod's issue, told as one of our problem codes (which carry the bilingual wording). */
export function describeIssue(issue: core.$ZodIssue): ProblemCode {
  const key = String(issue.path[issue.path.length - 1] ?? '');
  const isBytes = key.endsWith('Bytes');
  switch (issue.code) {
    case 'custom':
      return (issue.params as ProblemCode | undefined) ?? { code: 'invalid' };
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return { code: 'required' };
      if (isBytes) return { code: 'bytes' };
      if (issue.expected === 'int') return { code: 'integer' };
      return { code: 'type', expected: issue.expected };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty' };
      if (isBytes) return { code: 'bytes' };
      return { code: 'min', min: Number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'max-length', max: Number(issue.maximum) };
      if (issue.origin === 'array') return { code: 'max-items', max: Number(issue.maximum) };
      return { code: 'max', max: Number(issue.maximum), inclusive: issue.inclusive ?? true, bytes: isBytes };
    case 'invalid_value':
      if (!('input' in issue) || issue.input === undefined) return { code: 'required' };
      return { code: 'one-of', values: issue.values };
    case 'invalid_format':
      return key === 'configVersion' ? { code: 'config-version' } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}
