import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FILE_SYSTEMS, VOLUME_KINDS, type ScenarioInput } from '../../engine';
import { VOLUME_KIND_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { SelectField, SizeField, TextField } from './fields';
import { nextId } from './ids';

const DEFAULT_FS = { local: 'NTFS', 'shared-disk': 'NTFS', csv: 'CSVFS', 'smb-share': 'SMB' } as const;

export function VolumesSection() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { control, getValues, trigger } = useFormContext<ScenarioInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'volumes', keyName: 'key' });
  const vms = useWatch({ control, name: 'vms' }) ?? [];
  const systemVolumeId = useWatch({ control, name: 'host.systemVolumeId' });

  const inUse = (id: string) => id === systemVolumeId || vms.some((vm) => vm.volumeId === id || vm.disks?.some((d) => d.volumeId === id));

  return (
    <section aria-labelledby="volumes-heading" className="editor-section">
      <h2 id="volumes-heading">{t('tabVolumes')}</h2>
      <ul className="card-list">
        {fields.map((f, i) => {
          const id = getValues(`volumes.${i}.id`);
          const locked = inUse(id);
          return (
            <li key={f.key} className="card">
              <div className="grid-3">
                <TextField control={control} name={`volumes.${i}.label`} label={t('volumeLabel')} />
                <SelectField
                  control={control}
                  name={`volumes.${i}.kind`}
                  label={t('volumeKind')}
                  options={VOLUME_KINDS.map((v) => ({ value: v, label: VOLUME_KIND_NAMES[v][lang] }))}
                />
                <SelectField
                  control={control}
                  name={`volumes.${i}.fileSystem`}
                  label={t('fileSystem')}
                  options={FILE_SYSTEMS.map((v) => ({ value: v, label: v }))}
                />
                <SizeField control={control} name={`volumes.${i}.capacityBytes`} label={t('capacity')} optional />
                <SizeField control={control} name={`volumes.${i}.freeBytes`} label={t('freeSpace')} optional />
              </div>
              <div className="card-actions">
                <button
                  type="button"
                  className="btn-small"
                  disabled={locked}
                  title={locked ? t('volumeInUse') : undefined}
                  aria-label={`${t('deleteVolume')}: ${getValues(`volumes.${i}.label`)}`}
                  onClick={() => {
                    remove(i);
                    void trigger();
                  }}
                >
                  {t('deleteVolume')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => {
          const ids = getValues('volumes').map((v) => v.id);
          const id = nextId('v', ids);
          append({ id, label: `${id.toUpperCase()}:`, kind: 'local', fileSystem: DEFAULT_FS.local });
          void trigger();
        }}
      >
        {t('addVolume')}
      </button>
    </section>
  );
}
