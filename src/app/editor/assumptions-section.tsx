import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ASSUMPTION_SOURCES,
  CONFIG_COLUMNS,
  COLUMN_TABLE,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_FILE_SIZES,
  FILE_SIZE_KEYS,
  formatBytes,
  WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT,
  type ScenarioInput,
} from '../../engine';
import { guideLocation } from '../../i18n/messages';
import { BASIS_NAMES, FILE_SIZE_NAMES } from '../../i18n/terms';
import { FileSizeField } from './file-size-field';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { NumberField, RateField, SelectField, SizeField } from './fields';

type ScalarKey = Exclude<keyof typeof DEFAULT_ASSUMPTIONS, 'basis' | 'shadowStoragePercent'>;
type Input = 'number' | 'size' | 'rate';
const SCALARS: { key: ScalarKey; label: MessageKey; input: Input; hint?: MessageKey }[] = [
  { key: 'vmrsOverheadPercent', label: 'aVmrsOverheadPercent', input: 'number' },
  { key: 'hyperVSettingsBytes', label: 'aHyperVSettingsBytes', input: 'size' },
  { key: 'localDestinationFactor', label: 'aLocalDestinationFactor', input: 'number' },
  { key: 'sourceWritePercent', label: 'aSourceWritePercent', input: 'number' },
  { key: 'vssMinFreeBytes', label: 'aVssMinFreeBytes', input: 'size' },
  // Beyond the guide (time-and-restore.md): shown as assumptions, never as guide rules.
  { key: 'growthPercentPerYear', label: 'aGrowthPercentPerYear', input: 'number' },
  { key: 'horizonYears', label: 'aHorizonYears', input: 'number' },
  { key: 'localThroughputBytesPerSecond', label: 'aLocalThroughput', input: 'rate' },
  { key: 'shareThroughputBytesPerSecond', label: 'aShareThroughput', input: 'rate', hint: 'throughputHint' },
];

/** A value the person has set (a cleared field holds null). */
const isSet = (v: unknown) => v !== undefined && v !== null;

/** Every assumption of sizing-rules.md §6 with its default, its source and a reset. */
export function AssumptionsSection() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const { control, setValue, trigger } = useFormContext<ScenarioInput>();
  const assumptions = useWatch({ control, name: 'assumptions' }) ?? {};
  const reset = (path: `assumptions.${string}`) => {
    setValue(path as 'assumptions.basis', undefined, { shouldDirty: true });
    void trigger();
  };
  const defaultText = (key: ScalarKey) => {
    const v = DEFAULT_ASSUMPTIONS[key];
    return key.endsWith('Bytes') ? formatBytes(v, lang, units) : String(v);
  };
  return (
    <section aria-labelledby="assumptions-heading" className="editor-section">
      <h2 id="assumptions-heading">{t('tabAssumptions')}</h2>
      <table className="assumptions">
        <thead>
          <tr>
            <th scope="col">{t('assumption')}</th>
            <th scope="col">{t('defaultValue')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('reset')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <SelectField
                control={control}
                name="assumptions.basis"
                label={t('basis')}
                optional
                options={(['maximum', 'current'] as const).map((b) => ({ value: b, label: BASIS_NAMES[b][lang] }))}
              />
            </td>
            <td>{BASIS_NAMES.maximum[lang]}</td>
            <td className="cite">{guideLocation(ASSUMPTION_SOURCES.basis, lang)}</td>
            <td>{isSet(assumptions.basis) && <ResetButton label={`${t('reset')}: ${t('basis')}`} onClick={() => reset('assumptions.basis')} />}</td>
          </tr>
          <ShadowStorageRow onReset={() => reset('assumptions.shadowStoragePercent')} />
          {SCALARS.map(({ key, label, input, hint }) => (
            <tr key={key} className={isSet(assumptions[key]) ? 'changed' : undefined}>
              <td>
                {input === 'size' && <SizeField control={control} name={`assumptions.${key}`} label={t(label)} optional />}
                {input === 'number' && <NumberField control={control} name={`assumptions.${key}`} label={t(label)} optional />}
                {input === 'rate' && <RateField control={control} name={`assumptions.${key}`} label={t(label)} hint={hint && t(hint)} />}
              </td>
              <td className="num">{input === 'rate' ? `${DEFAULT_ASSUMPTIONS[key] / 1e6} MB/s` : defaultText(key)}</td>
              <td className="cite">{ASSUMPTION_SOURCES[key] === '—' ? t('beyondGuideMark') : guideLocation(ASSUMPTION_SOURCES[key], lang)}</td>
              <td>{isSet(assumptions[key]) && <ResetButton label={`${t('reset')}: ${t(label)}`} onClick={() => reset(`assumptions.${key}`)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('aFileSizes')}</h3>
      <div className="table-scroll">
        <table className="file-sizes">
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              {CONFIG_COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {c} <span className="cite">{guideLocation(COLUMN_TABLE[c], lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FILE_SIZE_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{FILE_SIZE_NAMES[key][lang]}</th>
                {CONFIG_COLUMNS.map((c) => {
                  const d = DEFAULT_FILE_SIZES[c][key];
                  return (
                    <td key={c}>
                      {d === undefined ? (
                        <span className="muted">—</span>
                      ) : (
                        <>
                          <FileSizeField column={c} fileKey={key} label={`${FILE_SIZE_NAMES[key][lang]} (${c})`} />
                          <span className="muted small">
                            {t('defaultValue')}: {formatBytes(d, lang, units)}
                          </span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => {
          setValue('assumptions', {}, { shouldDirty: true });
          void trigger();
        }}
      >
        {t('resetAll')}
      </button>
    </section>
  );
}

/**
 * "As needed" (the default: the shadow storage is set to what the generations need) or a fixed
 * percentage the disk is sized against (sizing-rules.md §4).
 */
function ShadowStorageRow({ onReset }: { onReset(): void }) {
  const t = useT();
  const { control, setValue, trigger } = useFormContext<ScenarioInput>();
  const value = useWatch({ control, name: 'assumptions.shadowStoragePercent' });
  const fixed = typeof value === 'number' || (typeof value === 'string' && value !== 'as-needed');
  const modeId = useId();
  return (
    <tr className={isSet(value) ? 'changed' : undefined}>
      <td>
        <div className="field">
          <label htmlFor={modeId} className="field-label">
            {t('aShadowStorageMode')}
          </label>
          <select
            id={modeId}
            value={fixed ? 'fixed' : 'as-needed'}
            onChange={(e) => {
              setValue('assumptions.shadowStoragePercent', e.target.value === 'fixed' ? WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT : undefined, {
                shouldDirty: true,
              });
              void trigger();
            }}
          >
            <option value="as-needed">{t('shadowStorageAsNeeded')}</option>
            <option value="fixed">{t('shadowStorageFixed')}</option>
          </select>
        </div>
        {fixed && <NumberField control={control} name="assumptions.shadowStoragePercent" label={t('aShadowStoragePercent')} />}
      </td>
      <td>{t('shadowStorageAsNeeded')}</td>
      <td className="cite">{ASSUMPTION_SOURCES.shadowStoragePercent}</td>
      <td>{isSet(value) && <ResetButton label={`${t('reset')}: ${t('aShadowStorageMode')}`} onClick={onReset} />}</td>
    </tr>
  );
}

function ResetButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="btn-small" aria-label={label} title={label} onClick={onClick}>
      ↺
    </button>
  );
}
