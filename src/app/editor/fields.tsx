import { useCallback, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { get, type Control } from 'react-hook-form';
import type { Localized, ScenarioInput } from '../../engine';
import { useFormatBytes } from '../hooks/use-format';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { noteEdit, useFieldProblem } from './scenario-form';
import { formatSizeText, parseSizeText } from './size-text';

type FieldName = string;
type FormControl = Control<ScenarioInput, unknown, unknown>;

interface FieldProps {
  control: FormControl;
  name: FieldName;
  label: string;
  /** Hidden visually when a table header already labels the column; the input keeps its name. */
  hideLabel?: boolean;
  hint?: string;
}

/** Whether a change the form announces (`vms.3`, or everything when unnamed) concerns the field `name`. */
const concerns = (changed: string | undefined, name: string) => !changed || changed === name || name.startsWith(`${changed}.`);

/**
 * A field of the form, as react-hook-form's useController gives it, without its cost: useController
 * watches its value through a subscription that makes the form copy every value on every change (all
 * 8,000 VMs, tens of milliseconds a keystroke). This reads the field's own value when the form says
 * it changed, and its problem from the form's last validation.
 */
function useField(control: FormControl, name: FieldName) {
  const subscribe = useCallback(
    (notify: () => void) => control._subjects.state.subscribe({ next: (state) => concerns(state.name, name) && notify() }).unsubscribe,
    [control, name],
  );
  const value = useSyncExternalStore(subscribe, () => get(control._formValues, name) as unknown);
  // The field's problem from the last whole validation, not react-hook-form's errors: those change only
  // for the field typed in, so a capacity lowered below the free space left the free space unmarked.
  const error = useFieldProblem(name);
  // Registered at each use, as useController does at each render: a reset (undo, a file) forgets every field.
  const registered = () => control.register(name as never);
  const field = {
    name,
    value,
    onChange: (next: unknown) => {
      noteEdit(name);
      void registered().onChange({ target: { name, value: next }, type: 'change' });
    },
    // The value as the form holds it: a blur event's own value would replace it.
    onBlur: () => void registered().onBlur({ target: { name, value: get(control._formValues, name) }, type: 'blur' }),
  };
  return { field, fieldState: { error } };
}

function Shell({
  id,
  label,
  hideLabel,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  hideLabel?: boolean;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * While the person types, a field shows what was typed; otherwise the stored value (which undo, the
 * units switch or a bulk edit may change underneath).
 */
function useDraft(shown: string, onBlur: () => void) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    text: draft ?? shown,
    setDraft,
    onFocus: () => setDraft(shown),
    onBlur: () => {
      setDraft(null);
      onBlur();
    },
  };
}

const describedBy = (id: string, error?: string, hint?: string) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

/** What every typed-number input shares: a text box (so "1,024 GB" and full-width digits can be typed), right-aligned. */
const numericInput = (id: string, name: string, text: string, error?: string) => ({
  id,
  name,
  type: 'text',
  inputMode: 'decimal' as const,
  className: 'num',
  value: text,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, error),
});

export function TextField({ control, name, label, hideLabel, hint, multiline }: FieldProps & { multiline?: boolean }) {
  const id = useId();
  const { field, fieldState } = useField(control, name);
  const error = fieldState.error?.message;
  const common = {
    id,
    name: field.name,
    value: (field.value as string | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    onBlur: field.onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
  };
  return (
    <Shell id={id} label={label} hideLabel={hideLabel} error={error} hint={hint}>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </Shell>
  );
}

/** A size typed in GB/TB (the chosen units) and stored in bytes; the exact bytes on hover. */
export function SizeField({ control, name, label, hideLabel, optional }: FieldProps & { optional?: boolean }) {
  const id = useId();
  const t = useT();
  const units = useAppStore((s) => s.units);
  const { exact } = useFormatBytes();
  const { field, fieldState } = useField(control, name);
  const value = field.value as unknown;
  const shown = typeof value === 'number' ? formatSizeText(value, units) : typeof value === 'string' ? value : '';
  const { text, setDraft, onFocus, onBlur } = useDraft(shown, field.onBlur);
  // Text that is not a size ("-1 TB", "abc") is answered in size words, not the schema's byte count.
  const error = fieldState.error && (typeof value === 'string' ? t('sizeInvalid') : fieldState.error.message);
  return (
    <Shell id={id} label={label} hideLabel={hideLabel} error={error}>
      <input
        {...numericInput(id, field.name, text, error)}
        placeholder={optional ? t('notSet') : t('sizePlaceholder')}
        title={typeof value === 'number' ? exact(value) : t('sizeHint')}
        onFocus={onFocus}
        onChange={(e) => {
          setDraft(e.target.value);
          if (optional && e.target.value.trim() === '') return field.onChange(null);
          const bytes = parseSizeText(e.target.value, units);
          // Text that is not a size goes to the form as it is, so the schema reports it on this field.
          field.onChange(bytes ?? e.target.value);
        }}
        onBlur={onBlur}
      />
    </Shell>
  );
}

/** A rate typed in MB/s (10⁶ bytes a second, as disks and networks quote them) and stored in bytes a second. */
export function RateField({ control, name, label, hideLabel, hint, placeholder }: FieldProps & { placeholder?: string }) {
  const id = useId();
  const t = useT();
  const { field, fieldState } = useField(control, name);
  const value = field.value as unknown;
  const shown = typeof value === 'number' ? String(Math.round(value / 1000) / 1000) : typeof value === 'string' ? value : '';
  const { text, setDraft, onFocus, onBlur } = useDraft(shown, field.onBlur);
  const error = fieldState.error && (typeof value === 'string' ? t('rateInvalid') : fieldState.error.message);
  return (
    <Shell id={id} label={label} hideLabel={hideLabel} error={error} hint={hint}>
      <input
        {...numericInput(id, field.name, text, error)}
        placeholder={placeholder ?? t('notSet')}
        onFocus={onFocus}
        onChange={(e) => {
          setDraft(e.target.value);
          const raw = e.target.value
            .normalize('NFKC')
            .replace(/MB\/s$/i, '')
            .replaceAll(',', '')
            .trim();
          if (raw === '') return field.onChange(null);
          const mb = Number(raw);
          field.onChange(/^[0-9.]+$/.test(raw) && Number.isFinite(mb) ? Math.round(mb * 1e6) : e.target.value);
        }}
        onBlur={onBlur}
      />
    </Shell>
  );
}

/** A plain number (count, percentage, factor); empty text is "not set" for optional ones. */
export function NumberField({ control, name, label, hideLabel, optional }: FieldProps & { optional?: boolean }) {
  const id = useId();
  const { field, fieldState } = useField(control, name);
  const value = field.value as unknown;
  const shown = value === undefined || value === null ? '' : String(value);
  const { text, setDraft, onFocus, onBlur } = useDraft(shown, field.onBlur);
  const error = fieldState.error?.message;
  const t = useT();
  return (
    <Shell id={id} label={label} hideLabel={hideLabel} error={error}>
      <input
        {...numericInput(id, field.name, text, error)}
        // Empty reads as "not set", as the size fields beside it say.
        placeholder={optional ? t('notSet') : undefined}
        onFocus={onFocus}
        onChange={(e) => {
          setDraft(e.target.value);
          const raw = e.target.value.normalize('NFKC').trim();
          if (raw === '') return field.onChange(optional ? null : '');
          const n = Number(raw);
          field.onChange(Number.isFinite(n) && /^-?[0-9.]+$/.test(raw) ? n : raw);
        }}
        onBlur={onBlur}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  control,
  name,
  label,
  hideLabel,
  options,
  optional,
  numeric,
  onAfterChange,
}: FieldProps & { options: Option[]; optional?: boolean; numeric?: boolean; onAfterChange?(value: string): void }) {
  const id = useId();
  const t = useT();
  const { field, fieldState } = useField(control, name);
  const error = fieldState.error?.message;
  const value = field.value as string | number | undefined | null;
  return (
    <Shell id={id} label={label} hideLabel={hideLabel} error={error}>
      <select
        id={id}
        name={field.name}
        value={value === undefined || value === null ? '' : String(value)}
        // A long choice (a CSV path) may be cut in a narrow column: the whole of it on hover.
        title={options.find((o) => o.value === String(value))?.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        onChange={(e) => {
          const v = e.target.value;
          field.onChange(v === '' && optional ? null : numeric ? Number(v) : v);
          onAfterChange?.(v);
        }}
        onBlur={field.onBlur}
      >
        {optional && <option value="">{t('none')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckField({ control, name, label }: FieldProps) {
  const id = useId();
  const { field } = useField(control, name);
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        name={field.name}
        checked={Boolean(field.value)}
        onChange={(e) => field.onChange(e.target.checked)}
        onBlur={field.onBlur}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Options from a table of localized names: `[{ value: 'ws2022', label: 'Windows Server 2022' }, …]`. */
export function optionsOf<K extends string>(names: Record<K, Localized>, lang: 'ja' | 'en'): Option[] {
  return (Object.keys(names) as K[]).map((value) => ({ value, label: names[value][lang] }));
}
