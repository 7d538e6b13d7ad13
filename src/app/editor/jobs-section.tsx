import { useId, useState } from 'react';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { DEFAULT_ASSUMPTIONS, DESTINATION_KINDS, GUEST_VOLUMES, METHODS, SCHEDULES, WSB_PERFORMANCE, type ScenarioInput } from '../../engine';
import { DESTINATION_NAMES, GUEST_VOLUMES_NAMES, METHOD_NAMES, SCHEDULE_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { CheckField, NumberField, RateField, SelectField, SizeField, TextField } from './fields';
import { nextId } from './ids';

/** Which VMs a job includes: a checklist kept in the scenario's VM order, opened on demand. */
function VmChecklist({ jobIndex }: { jobIndex: number }) {
  const t = useT();
  const { control } = useFormContext<ScenarioInput>();
  const { field } = useController({ control, name: `jobs.${jobIndex}.include.vmIds` });
  const vms = useWatch({ control, name: 'vms' }) ?? [];
  const [needle, setNeedle] = useState('');
  // The list is made only while open: closed, 8,000 VMs in each of five jobs made 40,000 checkboxes.
  const [open, setOpen] = useState(false);
  const chosen = new Set(field.value ?? []);
  const setChosen = (next: Set<string>) => field.onChange(vms.map((v) => v.id).filter((id) => next.has(id)));
  const filterId = useId();
  const shown = !open ? [] : needle === '' ? vms : vms.filter((v) => v.name.toLowerCase().includes(needle.toLowerCase()));
  return (
    <details className="vm-checklist" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('includeVms')}: {t('vmsIncluded', { n: chosen.size, total: vms.length })}
      </summary>
      <div className="toolbar">
        <button type="button" className="btn-small" onClick={() => setChosen(new Set(vms.map((v) => v.id)))}>
          {t('allVms')}
        </button>
        <button type="button" className="btn-small" onClick={() => setChosen(new Set())}>
          {t('noVms')}
        </button>
        <label htmlFor={filterId} className="visually-hidden">
          {t('filterVms')}
        </label>
        <input id={filterId} type="search" placeholder={t('filterVms')} value={needle} onChange={(e) => setNeedle(e.target.value)} />
      </div>
      <ul className="checklist">
        {shown.map((vm) => (
          <li key={vm.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(vm.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(vm.id);
                  else next.delete(vm.id);
                  setChosen(next);
                }}
              />
              {vm.name}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

function JobCard({ index, onDuplicate, onDelete }: { index: number; onDuplicate(): void; onDelete(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { control, getValues, setValue } = useFormContext<ScenarioInput>();
  const base = `jobs.${index}` as const;
  const method = useWatch({ control, name: `${base}.method` });
  const kind = useWatch({ control, name: `${base}.destination.kind` });
  const name = useWatch({ control, name: `${base}.name` });
  const wsb = method === 'wsb-host' || method === 'wsb-guest';
  const destinationKinds = DESTINATION_KINDS.filter((k) => k !== 'guest-disk' || method === 'wsb-guest');
  return (
    <li className="card" aria-label={name}>
      <div className="grid-3 job-head">
        <TextField control={control} name={`${base}.name`} label={t('jobName')} />
        <SelectField
          control={control}
          name={`${base}.method`}
          label={t('method')}
          options={METHODS.map((v) => ({ value: v, label: METHOD_NAMES[v][lang] }))}
          onAfterChange={(next) => {
            // A guest's own disk is a destination only for WSB inside the VM.
            if (next !== 'wsb-guest' && getValues(`${base}.destination.kind`) === 'guest-disk') {
              setValue(`${base}.destination.kind`, 'local-drive', { shouldValidate: true });
            }
          }}
        />
        <NumberField control={control} name={`${base}.generations`} label={t('generations')} />
      </div>
      <fieldset>
        <legend>{t('includes')}</legend>
        {method === 'wsb-host' && (
          <div className="grid-2">
            <CheckField control={control} name={`${base}.include.hostSystem`} label={t('includeHostSystem')} />
            <CheckField control={control} name={`${base}.include.hyperVSettings`} label={t('includeHyperVSettings')} />
          </div>
        )}
        {method === 'wsb-guest' && (
          <SelectField
            control={control}
            name={`${base}.include.guestVolumes`}
            label={t('guestVolumes')}
            options={GUEST_VOLUMES.map((v) => ({ value: v, label: GUEST_VOLUMES_NAMES[v][lang] }))}
          />
        )}
        <VmChecklist jobIndex={index} />
      </fieldset>
      <fieldset>
        <legend>{t('destination')}</legend>
        <div className="grid-3">
          <SelectField
            control={control}
            name={`${base}.destination.kind`}
            label={t('destinationKind')}
            options={destinationKinds.map((v) => ({ value: v, label: DESTINATION_NAMES[v][lang] }))}
          />
          <TextField control={control} name={`${base}.destination.label`} label={t('destinationLabel')} />
          <SizeField control={control} name={`${base}.destination.capacityBytes`} label={t('destinationCapacity')} optional />
          {wsb && (
            <SelectField
              control={control}
              name={`${base}.schedule`}
              label={t('schedule')}
              options={SCHEDULES.map((v) => ({ value: v, label: SCHEDULE_NAMES[v][lang] }))}
            />
          )}
          {wsb && kind !== 'remote-share' && <NumberField control={control} name={`${base}.changePercentPerGeneration`} label={t('changePerGeneration')} />}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('overTimeInputs')}</legend>
        <div className="grid-3">
          <NumberField control={control} name={`${base}.windowHours`} label={t('windowHours')} optional />
          <RateField
            control={control}
            name={`${base}.throughputBytesPerSecond`}
            label={t('throughput')}
            placeholder={t('throughputDefault', {
              mb: (kind === 'remote-share' ? DEFAULT_ASSUMPTIONS.shareThroughputBytesPerSecond : DEFAULT_ASSUMPTIONS.localThroughputBytesPerSecond) / 1e6,
            })}
          />
          {wsb && kind !== 'remote-share' && (
            <SelectField
              control={control}
              name={`${base}.wsbPerformance`}
              label={t('wsbPerformance')}
              options={WSB_PERFORMANCE.map((v) => ({ value: v, label: t(v === 'full' ? 'wsbPerformanceFull' : 'wsbPerformanceIncremental') }))}
            />
          )}
        </div>
      </fieldset>
      <div className="card-actions">
        <button type="button" className="btn-small" onClick={onDuplicate} aria-label={`${t('duplicateJob')}: ${name}`}>
          {t('duplicateJob')}
        </button>
        <button type="button" className="btn-small btn-danger" onClick={onDelete} aria-label={`${t('deleteJob')}: ${name}`}>
          {t('deleteJob')}
        </button>
      </div>
    </li>
  );
}

export function JobsSection() {
  const t = useT();
  const { control, getValues, trigger } = useFormContext<ScenarioInput>();
  const { fields, append, insert, remove } = useFieldArray({ control, name: 'jobs', keyName: 'key' });
  return (
    <section aria-labelledby="jobs-heading" className="editor-section">
      <h2 id="jobs-heading">{t('tabJobs')}</h2>
      <ul className="card-list">
        {fields.map((f, i) => (
          <JobCard
            key={f.key}
            index={i}
            onDuplicate={() => {
              const job = structuredClone(getValues(`jobs.${i}`));
              insert(i + 1, {
                ...job,
                id: nextId(
                  'j',
                  getValues('jobs').map((j) => j.id),
                ),
                name: `${job.name} (2)`,
              });
              void trigger();
            }}
            onDelete={() => {
              remove(i);
              void trigger();
            }}
          />
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const id = nextId(
            'j',
            getValues('jobs').map((j) => j.id),
          );
          append({
            id,
            name: `${t('tabJobs')} ${fields.length + 1}`,
            method: 'wsb-host',
            include: { hostSystem: false, hyperVSettings: false, vmIds: getValues('vms').map((v) => v.id), guestVolumes: 'both' },
            destination: { kind: 'remote-share', label: '\\\\server\\backup' },
            generations: 1,
            schedule: 'one-off',
            changePercentPerGeneration: 10,
          });
          void trigger();
        }}
      >
        {t('addJob')}
      </button>
    </section>
  );
}
