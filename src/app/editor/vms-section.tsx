import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { GiB, GUEST_OSES, STOP_ACTIONS, VM_STATES, type ScenarioInput } from '../../engine';
import { GUEST_OS_NAMES, STOP_ACTION_NAMES, VM_STATE_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { BulkEdit } from './bulk-edit';
import { DisksEditor } from './disks-editor';
import { CheckField, NumberField, SelectField, SizeField, TextField, type Option } from './fields';
import { nextId } from './ids';

type VmInput = ScenarioInput['vms'][number];

function VmRow({
  index,
  volumeOptions,
  selected,
  onSelect,
  expanded,
  onExpand,
  onDuplicate,
  onDelete,
}: {
  index: number;
  volumeOptions: Option[];
  selected: boolean;
  onSelect(checked: boolean): void;
  expanded: boolean;
  onExpand(): void;
  onDuplicate(): void;
  onDelete(): void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { control } = useFormContext<ScenarioInput>();
  const base = `vms.${index}` as const;
  const name = useWatch({ control, name: `${base}.name` });
  const detailsId = `vm-details-${index}`;
  return (
    <div className="vm-row" role="group" aria-label={name}>
      <div className="vm-summary">
        <input type="checkbox" className="vm-select" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`${t('selectVm')}: ${name}`} />
        <TextField control={control} name={`${base}.name`} label={t('vmName')} hideLabel />
        <SelectField
          control={control}
          name={`${base}.state`}
          label={t('vmState')}
          hideLabel
          options={VM_STATES.map((v) => ({ value: v, label: VM_STATE_NAMES[v][lang] }))}
        />
        <SizeField control={control} name={`${base}.memoryBytes`} label={t('memory')} hideLabel />
        <SelectField control={control} name={`${base}.volumeId`} label={t('vmVolume')} hideLabel options={volumeOptions} />
        <div className="vm-actions">
          <button
            type="button"
            className="btn-small"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onExpand}
            aria-label={`${expanded ? t('hideDetails') : t('showDetails')}: ${name}`}
          >
            {expanded ? '▾' : '▸'} {t('showDetails')}
          </button>
          <button type="button" className="btn-small" onClick={onDuplicate} aria-label={`${t('duplicateVm')}: ${name}`}>
            {t('duplicateVm')}
          </button>
          <button type="button" className="btn-small btn-danger" onClick={onDelete} aria-label={`${t('deleteVm')}: ${name}`}>
            {t('deleteVm')}
          </button>
        </div>
      </div>
      {expanded && (
        <div id={detailsId} className="vm-details">
          <div className="grid-4">
            <TextField control={control} name={`${base}.configVersion`} label={t('configVersion')} />
            <SelectField
              control={control}
              name={`${base}.generation`}
              label={t('vmGeneration')}
              numeric
              options={[
                { value: '1', label: '1' },
                { value: '2', label: '2' },
              ]}
            />
            <SizeField control={control} name={`${base}.memoryInUseBytes`} label={t('memoryInUse')} optional />
            <NumberField control={control} name={`${base}.checkpoints.standard`} label={t('standardCheckpoints')} />
            <NumberField control={control} name={`${base}.checkpoints.production`} label={t('productionCheckpoints')} />
            <SelectField
              control={control}
              name={`${base}.automaticStopAction`}
              label={t('automaticStopAction')}
              options={STOP_ACTIONS.map((v) => ({ value: v, label: STOP_ACTION_NAMES[v][lang] }))}
            />
            <SelectField
              control={control}
              name={`${base}.guestOs`}
              label={t('guestOs')}
              options={GUEST_OSES.map((v) => ({ value: v, label: GUEST_OS_NAMES[v][lang] }))}
            />
            <CheckField control={control} name={`${base}.onlineBackup`} label={t('onlineBackup')} />
          </div>
          <DisksEditor vmIndex={index} volumeOptions={volumeOptions} />
        </div>
      )}
    </div>
  );
}

/** The VM list: virtualized (1,000 VMs stay smooth), with selection for changing many at once. */
export function VmsSection() {
  const t = useT();
  const { control, getValues, setValue, trigger } = useFormContext<ScenarioInput>();
  const { fields, append, insert, remove } = useFieldArray({ control, name: 'vms', keyName: 'key' });
  const volumes = useWatch({ control, name: 'volumes' });
  const volumeOptions = useMemo(() => (volumes ?? []).map((v) => ({ value: v.id, label: v.label || v.id })), [volumes]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState('');
  const scrollToIndex = useRef<(index: number) => void>(() => undefined);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = fields.map((_, i) => i);
    if (needle === '') return all;
    return all.filter((i) => (getValues(`vms.${i}.name`) ?? '').toLowerCase().includes(needle));
  }, [fields, filter, getValues]);

  const vmId = (i: number) => getValues(`vms.${i}.id`);
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const dropFromJobs = (id: string) => {
    getValues('jobs').forEach((job, j) => {
      const ids = job.include?.vmIds ?? [];
      if (ids.includes(id))
        setValue(
          `jobs.${j}.include.vmIds`,
          ids.filter((x) => x !== id),
        );
    });
  };

  const addVm = () => {
    const ids = getValues('vms').map((v) => v.id);
    const id = nextId('vm', ids);
    const volumeId = getValues('volumes')[0]?.id ?? '';
    const vm: VmInput = {
      id,
      name: id,
      configVersion: '10.0',
      generation: 2,
      state: 'running',
      memoryBytes: 4 * GiB,
      volumeId,
      checkpoints: { standard: 0, production: 0 },
      onlineBackup: true,
      automaticStopAction: 'save',
      guestOs: 'windows-server',
      disks: [{ id: 'd1', label: `${id}.vhdx`, kind: 'vhdx', type: 'dynamic', maxSizeBytes: 127 * GiB, volumeId, guestRole: 'system', parentSizeBytes: 0 }],
    };
    append(vm);
    void trigger();
    requestAnimationFrame(() => scrollToIndex.current(fields.length));
  };

  const allSelected = fields.length > 0 && selected.size === fields.length;
  return (
    <section aria-labelledby="vms-heading" className="editor-section vm-section">
      <h2 id="vms-heading">
        {t('tabVms')} <span className="muted">({t('vmCount', { n: fields.length })})</span>
      </h2>
      <div className="toolbar">
        <label className="inline-label">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(e) => setSelected(e.target.checked ? new Set(getValues('vms').map((v) => v.id)) : new Set())}
          />
          {t('selectAllVms')}
        </label>
        <label className="inline-label">
          <span className="visually-hidden">{t('filterVms')}</span>
          <input type="search" placeholder={t('filterVms')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <button type="button" onClick={addVm}>
          {t('addVm')}
        </button>
      </div>
      {selected.size > 0 && <BulkEdit selectedIds={selected} volumeOptions={volumeOptions} />}
      <div className="vm-header" aria-hidden="true">
        <span />
        <span>{t('vmName')}</span>
        <span>{t('vmState')}</span>
        <span>{t('memory')}</span>
        <span>{t('vmVolume')}</span>
        <span />
      </div>
      <VmList
        keys={fields.map((f) => f.key)}
        visible={visible}
        scrollToIndex={scrollToIndex}
        row={(i) => {
          const id = vmId(i);
          return (
            <VmRow
              index={i}
              volumeOptions={volumeOptions}
              selected={selected.has(id)}
              onSelect={(on) => setSelected((s) => toggle(s, id, on))}
              expanded={expanded.has(id)}
              onExpand={() => setExpanded((s) => toggle(s, id, !s.has(id)))}
              onDuplicate={() => {
                const vm = structuredClone(getValues(`vms.${i}`));
                const copyId = nextId(
                  'vm',
                  getValues('vms').map((v) => v.id),
                );
                insert(i + 1, { ...vm, id: copyId, name: `${vm.name} (2)` });
                void trigger();
              }}
              onDelete={() => {
                dropFromJobs(id);
                remove(i);
                setSelected((s) => toggle(s, id, false));
                void trigger();
              }}
            />
          );
        }}
      />
    </section>
  );
}

/**
 * The scrolling part of the VM list, apart from the section: scrolling re-renders the owner of the
 * virtualizer, and the section's useFieldArray does work for every VM at each render (8,000 ids).
 */
function VmList({
  keys,
  visible,
  scrollToIndex,
  row,
}: {
  keys: string[];
  visible: number[];
  scrollToIndex: RefObject<(index: number) => void>;
  row: (index: number) => ReactNode;
}) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 52,
    overscan: 8,
    getItemKey: (k) => keys[visible[k]!]!,
  });
  scrollToIndex.current = (index) => virtualizer.scrollToIndex(index, { align: 'end' });
  return (
    <div ref={listRef} className="vm-list" role="list" aria-label={t('tabVms')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="vm-item"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {row(visible[item.index]!)}
          </div>
        ))}
      </div>
    </div>
  );
}
