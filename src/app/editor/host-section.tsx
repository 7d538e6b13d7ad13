import { useFormContext, useWatch } from 'react-hook-form';
import { HOST_OS, TOPOLOGIES, type ScenarioInput } from '../../engine';
import { HOST_OS_NAMES, TOPOLOGY_NAMES } from '../../i18n/terms';
import { useT } from '../hooks/use-t';
import { useAppStore } from '../store/app-store';
import { NumberField, SelectField, SizeField, TextField } from './fields';

export function HostSection() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { control } = useFormContext<ScenarioInput>();
  const volumes = useWatch({ control, name: 'volumes' }) ?? [];
  return (
    <section aria-labelledby="host-heading" className="editor-section">
      <h2 id="host-heading">{t('tabHost')}</h2>
      <div className="grid-2">
        <SelectField control={control} name="host.os" label={t('hostOs')} options={HOST_OS.map((v) => ({ value: v, label: HOST_OS_NAMES[v][lang] }))} />
        <SelectField
          control={control}
          name="host.topology"
          label={t('topology')}
          options={TOPOLOGIES.map((v) => ({ value: v, label: TOPOLOGY_NAMES[v][lang] }))}
        />
        <NumberField control={control} name="host.nodes" label={t('nodes')} />
        <SizeField control={control} name="host.systemDriveBytes" label={t('systemDrive')} />
        <SelectField
          control={control}
          name="host.systemVolumeId"
          label={t('systemVolume')}
          optional
          options={volumes.map((v) => ({ value: v.id, label: v.label || v.id }))}
        />
      </div>
      <TextField control={control} name="notes" label={t('notes')} multiline />
    </section>
  );
}
