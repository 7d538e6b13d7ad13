import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { scenarioErrorMap, scenarioSchema, type Scenario, type ScenarioInput } from '../../engine';
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

function flattenErrors(errors: FieldErrors, prefix = ''): FormProblem[] {
  const out: FormProblem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (value === undefined || value === null || key === 'ref') continue;
    const path = prefix === '' ? key : /^\d+$/.test(key) ? `${prefix}[${key}]` : `${prefix}.${key}`;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.message === 'string' && typeof entry.type === 'string') out.push({ path, message: entry.message });
    else if (typeof value === 'object') out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
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

  const resolver = useMemo<Resolver<ScenarioInput, unknown, Scenario>>(() => {
    const base = zodResolver(scenarioSchema, { error: scenarioErrorMap(lang), reportInput: true });
    return async (values, context, options) => {
      const result = await base(withoutNulls(values), context, options);
      const found = flattenErrors(result.errors);
      setProblems((old) => (old.length === 0 && found.length === 0 ? old : found));
      if (found.length === 0) editScenario(result.values as Scenario, editedField.current);
      return result;
    };
  }, [lang, editScenario]);

  const form = useForm<ScenarioInput, unknown, Scenario>({
    resolver,
    mode: 'onChange',
    defaultValues: useAppStore.getState().scenario,
  });

  // A scenario from outside the editor (undo, redo, a sample, a file) replaces the form's values.
  const firstRevision = useRef(revision);
  useEffect(() => {
    if (revision === firstRevision.current) return;
    firstRevision.current = revision;
    form.reset(useAppStore.getState().scenario);
    setProblems([]);
  }, [revision, form]);

  // Messages follow the language.
  useEffect(() => {
    if (Object.keys(form.formState.errors).length > 0) void form.trigger();
  }, [lang, form]);

  return (
    <FormProvider {...form}>
      <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>
    </FormProvider>
  );
}
