import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { formatPath, parseEntityEdit, parseWholeEdit, type EditProblem, type Scenario, type ScenarioInput } from '../../engine';
import { useAppStore } from '../store/app-store';

export interface FormProblem {
  path: string;
  message: string;
}

const ProblemsContext = createContext<FormProblem[]>([]);

/**
 * The field being edited, for grouping keystrokes into one undo step. Fields report it as they change
 * (cheaper than watching the whole form, which clones every value on every change).
 */
const editedField = { current: '' };
export function noteEdit(name: string): void {
  editedField.current = name;
}

/** Problems of the whole form (not only the field being typed in), for the editor's banner. */
export function useFormProblems(): FormProblem[] {
  return useContext(ProblemsContext);
}

/** The problem of one field (`volumes.1.freeBytes`), if the last validation found one there. */
export function useFieldProblem(name: string): { message: string } | undefined {
  const path = name.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  return useContext(ProblemsContext).find((p) => p.path === path);
}

/**
 * A cleared optional field holds null in the form: react-hook-form shows a field's default value
 * again when its value is undefined (a cleared 12 TB capacity would read "12 TB" while the results
 * say "not given"). The schema sees the field as absent.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out as T;
}

/** Empties the form's default values in place (the form keeps its object; see ScenarioFormProvider). */
function emptyDefaults(control: Control<ScenarioInput, unknown, Scenario>): void {
  const defaults = control._defaultValues as Record<string, unknown>;
  for (const key of Object.keys(defaults)) delete defaults[key];
}

/** The one VM or job a validation is about (`vms.12.memoryBytes` → vms, 12), or null for anything wider. */
function editedEntity(names: readonly string[] | undefined): { list: 'vms' | 'jobs'; index: number } | null {
  let found: { list: 'vms' | 'jobs'; index: number } | null = null;
  for (const name of names ?? []) {
    const m = /^(vms|jobs)\.(\d+)(?:\.|$)/.exec(name);
    if (m === null) return null;
    const entity = { list: m[1] as 'vms' | 'jobs', index: Number(m[2]) };
    if (found !== null && (found.list !== entity.list || found.index !== entity.index)) return null;
    found = entity;
  }
  return found;
}

/** Where a problem lies: inside one VM or job (`vms.12`), or elsewhere. */
const entityKeyOf = (path: string) => /^(vms|jobs)\[\d+\]/.exec(path)?.[0] ?? 'scenario';

/** The edit's problems as react-hook-form's nested errors, for the fields to show. */
function toFieldErrors(problems: EditProblem[]): FieldErrors<ScenarioInput> {
  const errors: Record<string, unknown> = {};
  for (const { path, message } of problems) {
    let at = errors;
    path.slice(0, -1).forEach((key) => (at = (at[key] ??= {}) as Record<string, unknown>));
    at[String(path[path.length - 1])] ??= { type: 'custom', message };
  }
  return errors as FieldErrors<ScenarioInput>;
}

/**
 * The editor's form: react-hook-form validated by the engine's zod schema, in the UI language.
 * A valid form becomes the store's scenario (so results follow every keystroke); an invalid one
 * leaves the store, and so the results, at the last valid scenario.
 */
export function ScenarioFormProvider({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const revision = useAppStore((s) => s.revision);
  const editScenario = useAppStore((s) => s.editScenario);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  /** Where the last validation found problems: an edit elsewhere must read everything to clear them. */
  const problemsAt = useRef(new Set<string>());

  const resolver = useMemo<Resolver<ScenarioInput, unknown, Scenario>>(() => {
    const report = (found: FormProblem[]) => {
      problemsAt.current = new Set(found.map((p) => entityKeyOf(p.path)));
      setProblems((old) => (old.length === 0 && found.length === 0 ? old : found));
    };
    return (values, _context, options) => {
      // A keystroke in one VM or job reads that one alone (the rest is the store's valid scenario):
      // reading all of 8,000 VMs takes longer than a keystroke may.
      const entity = editedEntity(options.names);
      const previous = useAppStore.getState().scenario;
      const key = entity && `${entity.list}[${entity.index}]`;
      const one =
        entity !== null &&
        [...problemsAt.current].every((at) => at === key) &&
        values.vms.length === previous.vms.length &&
        values.jobs.length === previous.jobs.length &&
        values.volumes.length === previous.volumes.length;
      const edit = one
        ? parseEntityEdit(previous, entity.list, entity.index, withoutNulls(values[entity.list][entity.index]), lang)
        : parseWholeEdit(withoutNulls(values), lang);
      if (edit.ok) {
        report([]);
        editScenario(edit.scenario, editedField.current);
        return { values: edit.scenario, errors: {} };
      }
      report(edit.problems.map((p) => ({ path: formatPath(p.path), message: p.message })));
      return { values: {}, errors: toFieldErrors(edit.problems) };
    };
  }, [lang, editScenario]);

  const form = useForm<ScenarioInput, unknown, Scenario>({
    resolver,
    mode: 'onChange',
    defaultValues: useAppStore.getState().scenario,
  });

  // react-hook-form compares a field typed back to its first value with every default value of the
  // form (a walk over 8,000 VMs that takes longer than a keystroke may). Nothing here reads whether the
  // form is dirty, so once the form has its values, its defaults are emptied, and resets keep them so.
  useLayoutEffect(() => emptyDefaults(form.control), [form]);

  // A scenario from outside the editor (undo, redo, a sample, a file) replaces the form's values.
  const firstRevision = useRef(revision);
  useEffect(() => {
    if (revision === firstRevision.current) return;
    firstRevision.current = revision;
    form.reset(useAppStore.getState().scenario, { keepDefaultValues: true });
    problemsAt.current = new Set();
    setProblems([]);
  }, [revision, form]);

  // Messages follow the language: the last validation's problems are worded again.
  useEffect(() => {
    if (problemsAt.current.size > 0) void form.trigger();
  }, [lang, form]);

  return (
    <FormProvider {...form}>
      <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>
    </FormProvider>
  );
}
