import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { GUEST_OSES, STOP_ACTIONS, VM_STATES, type Lang, type ScenarioInput } from '../../engine';
import { GUEST_OS_NAMES, STOP_ACTION_NAMES, VM_STATE_NAMES } from '../../i18n/terms';
import { translate, type MessageKey } from '../../i18n/messages';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import type { Option } from './fields';
import { parseSizeText } from './size-text';

/** The VM fields that can be set on many VMs at once, and how their value is chosen. */
type BulkKind = { kind: 'select'; options(lang: Lang, volumes: Option[]): Option[]; parse?(v: string): unknown } | { kind: 'size' } | { kind: 'count' };
const BULK_FIELDS: { path: string; label: MessageKey; input: BulkKind }[] = [
  { path: 'state', label: 'vmState', input: { kind: 'select', options: (lang) => VM_STATES.map((v) => ({ value: v, label: VM_STATE_NAMES[v][lang] })) } },
  { path: 'memoryBytes', label: 'memory', input: { kind: 'size' } },
  { path: 'volumeId', label: 'vmVolume', input: { kind: 'select', options: (_lang, volumes) => volumes } },
  {
    path: 'configVersion',
    label: 'configVersion',
    input: { kind: 'select', options: () => ['5.0', '8.0', '9.0', '10.0', '11.0', '12.0'].map((v) => ({ value: v, label: v })) },
  },
  { path: 'checkpoints.standard', label: 'standardCheckpoints', input: { kind: 'count' } },
  { path: 'checkpoints.production', label: 'productionCheckpoints', input: { kind: 'count' } },
  {
    path: 'onlineBackup',
    label: 'onlineBackup',
    input: {
      kind: 'select',
      options: (lang) => [
        { value: 'true', label: translate(lang, 'yes') },
        { value: 'false', label: translate(lang, 'no') },
      ],
      parse: (v) => v === 'true',
    },
  },
  {
    path: 'automaticStopAction',
    label: 'automaticStopAction',
    input: { kind: 'select', options: (lang) => STOP_ACTIONS.map((v) => ({ value: v, label: STOP_ACTION_NAMES[v][lang] })) },
  },
  { path: 'guestOs', label: 'guestOs', input: { kind: 'select', options: (lang) => GUEST_OSES.map((v) => ({ value: v, label: GUEST_OS_NAMES[v][lang] })) } },
];

export function BulkEdit({ selectedIds, volumeOptions }: { selectedIds: Set<string>; volumeOptions: Option[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const units = useAppStore((s) => s.units);
  const { getValues, setValue, trigger } = useFormContext<ScenarioInput>();
  const [fieldIndex, setFieldIndex] = useState(0);
  const [text, setText] = useState('');
  const fieldId = useId();
  const valueId = useId();
  const spec = BULK_FIELDS[fieldIndex]!;
  const options = spec.input.kind === 'select' ? spec.input.options(lang, volumeOptions) : [];
  const value = spec.input.kind === 'select' ? (text === '' ? (options[0]?.value ?? '') : text) : text;

  const parsed = (): unknown => {
    switch (spec.input.kind) {
      case 'select':
        return spec.input.parse ? spec.input.parse(value) : value;
      case 'size':
        return parseSizeText(value, units) ?? value;
      case 'count':
        return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
    }
  };

  const apply = () => {
    const v = parsed();
    getValues('vms').forEach((vm, i) => {
      if (selectedIds.has(vm.id)) setValue(`vms.${i}.${spec.path}` as `vms.${number}.name`, v as string, { shouldDirty: true });
    });
    void trigger();
  };

  return (
    <div className="bulk" role="region" aria-label={t('bulkEdit')}>
      <strong>{t('selectedCount', { n: selectedIds.size })}</strong>
      <label htmlFor={fieldId}>{t('bulkField')}</label>
      <select
        id={fieldId}
        value={fieldIndex}
        onChange={(e) => {
          setFieldIndex(Number(e.target.value));
          setText('');
        }}
      >
        {BULK_FIELDS.map((f, i) => (
          <option key={f.path} value={i}>
            {t(f.label)}
          </option>
        ))}
      </select>
      <label htmlFor={valueId}>{t('bulkValue')}</label>
      {spec.input.kind === 'select' ? (
        <select id={valueId} value={value} onChange={(e) => setText(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={valueId}
          type="text"
          className="num"
          value={text}
          placeholder={spec.input.kind === 'size' ? t('sizePlaceholder') : '0'}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      <button type="button" onClick={apply}>
        {t('bulkApply')}
      </button>
    </div>
  );
}
