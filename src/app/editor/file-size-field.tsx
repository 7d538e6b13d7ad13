import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { LIMITS, type ConfigColumn, type FileSizeKey, type ScenarioInput } from '../../engine';
import { useFormatBytes } from '../hooks/use-format';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { noteEdit } from './scenario-form';
import { formatSizeText, parseSizeText } from './size-text';

type FileSizes = NonNullable<NonNullable<ScenarioInput['assumptions']>['fileSizes']>;

/** fileSizes with one key set or removed; a column left empty is removed too, so "all defaults" is `{}`. */
function withSize(sizes: FileSizes | undefined, column: ConfigColumn, key: FileSizeKey, bytes: number | undefined): FileSizes | undefined {
  const columnSizes = { ...sizes?.[column] };
  if (bytes === undefined) delete columnSizes[key];
  else columnSizes[key] = bytes;
  const next: FileSizes = { ...sizes };
  if (Object.keys(columnSizes).length === 0) delete next[column];
  else next[column] = columnSizes;
  return Object.keys(next).length === 0 ? undefined : next;
}

/**
 * One override of the per-VM file table. The column keys contain a dot ("10.0"), which form field
 * paths would read as nesting, so the whole `assumptions.fileSizes` object is set at once; text that
 * is not a size stays in the field with its message and never reaches the scenario.
 */
export function FileSizeField({ column, fileKey, label }: { column: ConfigColumn; fileKey: FileSizeKey; label: string }) {
  const id = useId();
  const t = useT();
  const units = useAppStore((s) => s.units);
  const { exact } = useFormatBytes();
  const { control, setValue } = useFormContext<ScenarioInput>();
  const sizes = useWatch({ control, name: 'assumptions.fileSizes' }) as FileSizes | undefined;
  const value = sizes?.[column]?.[fileKey];
  const shown = typeof value === 'number' ? formatSizeText(value, units) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const bytes = draft === null || draft.trim() === '' ? null : parseSizeText(draft, units);
  const error =
    draft !== null && draft.trim() !== '' && (bytes === null || bytes > Number.MAX_SAFE_INTEGER || bytes > LIMITS.vhdxMaxBytes) ? t('sizeHint') : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="num"
        value={text}
        placeholder={t('notSet')}
        title={typeof value === 'number' ? exact(value) : t('sizeHint')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={() => setDraft(shown)}
        onChange={(e) => {
          setDraft(e.target.value);
          const typed = e.target.value.trim() === '' ? undefined : parseSizeText(e.target.value, units);
          if (typed === null || (typed !== undefined && typed > LIMITS.vhdxMaxBytes)) return;
          noteEdit(`assumptions.fileSizes.${column}.${fileKey}`);
          setValue('assumptions.fileSizes', withSize(sizes, column, fileKey, typed), { shouldDirty: true, shouldValidate: true });
        }}
        onBlur={() => {
          // Text that is not a size stays, with its message, until it is corrected or cleared.
          if (!error) setDraft(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
