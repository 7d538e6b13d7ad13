import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { DISK_KINDS, DISK_TYPES, GiB, GUEST_ROLES, isFileBacked, type DiskKind, type ScenarioInput } from '../../engine';
import { DISK_KIND_NAMES, DISK_TYPE_NAMES, GUEST_ROLE_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { SelectField, SizeField, TextField, type Option } from './fields';
import { nextId } from './ids';

function DiskRow({ vmIndex, diskIndex, volumeOptions, onRemove }: { vmIndex: number; diskIndex: number; volumeOptions: Option[]; onRemove(): void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { control, setValue, getValues } = useFormContext<ScenarioInput>();
  const base = `vms.${vmIndex}.disks.${diskIndex}` as const;
  const kind = useWatch({ control, name: `${base}.kind` });
  const type = useWatch({ control, name: `${base}.type` });
  const fileBacked = isFileBacked(kind);
  return (
    <li className="disk-row">
      <div className="grid-4">
        <TextField control={control} name={`${base}.label`} label={t('diskLabel')} />
        <SelectField
          control={control}
          name={`${base}.kind`}
          label={t('diskKind')}
          options={DISK_KINDS.map((v) => ({ value: v, label: DISK_KIND_NAMES[v][lang] }))}
          onAfterChange={(next) => {
            // Pass-through, guest iSCSI and vFC disks are not files and have no volume: the volume
            // follows the kind, so nobody meets that rule as an error.
            const volume = getValues(`${base}.volumeId`);
            if (isFileBacked(next as DiskKind) && volume === undefined) {
              setValue(`${base}.volumeId`, getValues(`vms.${vmIndex}.volumeId`), { shouldValidate: true });
            } else if (!isFileBacked(next as DiskKind) && volume !== undefined) {
              setValue(`${base}.volumeId`, undefined, { shouldValidate: true });
            }
          }}
        />
        <SelectField
          control={control}
          name={`${base}.type`}
          label={t('diskType')}
          options={DISK_TYPES.map((v) => ({ value: v, label: DISK_TYPE_NAMES[v][lang] }))}
        />
        <SelectField
          control={control}
          name={`${base}.guestRole`}
          label={t('guestRole')}
          options={GUEST_ROLES.map((v) => ({ value: v, label: GUEST_ROLE_NAMES[v][lang] }))}
        />
        <SizeField control={control} name={`${base}.maxSizeBytes`} label={t('maxSize')} />
        <SizeField control={control} name={`${base}.fileSizeBytes`} label={t('fileSize')} optional />
        {type === 'differencing' && <SizeField control={control} name={`${base}.parentSizeBytes`} label={t('parentSize')} />}
        <SizeField control={control} name={`${base}.checkpointFilesBytes`} label={t('checkpointFiles')} optional />
        <SizeField control={control} name={`${base}.guestUsedBytes`} label={t('guestUsed')} optional />
        {fileBacked && <SelectField control={control} name={`${base}.volumeId`} label={t('diskVolume')} options={volumeOptions} />}
      </div>
      <button type="button" className="btn-small" onClick={onRemove} aria-label={`${t('deleteDisk')}: ${getValues(`${base}.label`) ?? ''}`}>
        {t('deleteDisk')}
      </button>
    </li>
  );
}

export function DisksEditor({ vmIndex, volumeOptions }: { vmIndex: number; volumeOptions: Option[] }) {
  const t = useT();
  const { control, getValues, trigger } = useFormContext<ScenarioInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `vms.${vmIndex}.disks`, keyName: 'key' });
  return (
    <fieldset className="disks">
      <legend>{t('disks')}</legend>
      <ul className="card-list">
        {fields.map((f, d) => (
          <DiskRow
            key={f.key}
            vmIndex={vmIndex}
            diskIndex={d}
            volumeOptions={volumeOptions}
            onRemove={() => {
              remove(d);
              void trigger();
            }}
          />
        ))}
      </ul>
      <button
        type="button"
        className="btn-small"
        onClick={() => {
          const vm = getValues(`vms.${vmIndex}`);
          const id = nextId(
            'd',
            vm.disks.map((x) => x.id),
          );
          append({ id, label: `${vm.name}-${id}.vhdx`, kind: 'vhdx', type: 'dynamic', maxSizeBytes: 100 * GiB, volumeId: vm.volumeId, guestRole: 'data' });
          void trigger();
        }}
      >
        {t('addDisk')}
      </button>
    </fieldset>
  );
}
