import type { ScenarioInput } from '../../engine';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../hooks/use-t';

/** The label of each scenario field, by the section it is in and its name. */
const FIELD_LABELS: Record<string, Record<string, MessageKey>> = {
  scenario: { name: 'scenarioName', notes: 'notes' },
  host: { os: 'hostOs', topology: 'topology', nodes: 'nodes', systemDriveBytes: 'systemDrive', systemVolumeId: 'systemVolume' },
  volumes: { label: 'volumeLabel', kind: 'volumeKind', fileSystem: 'fileSystem', capacityBytes: 'capacity', freeBytes: 'freeSpace' },
  vms: {
    name: 'vmName',
    configVersion: 'configVersion',
    generation: 'vmGeneration',
    state: 'vmState',
    memoryBytes: 'memory',
    memoryInUseBytes: 'memoryInUse',
    volumeId: 'vmVolume',
    standard: 'standardCheckpoints',
    production: 'productionCheckpoints',
    onlineBackup: 'onlineBackup',
    automaticStopAction: 'automaticStopAction',
    guestOs: 'guestOs',
  },
  disks: {
    label: 'diskLabel',
    kind: 'diskKind',
    type: 'diskType',
    maxSizeBytes: 'maxSize',
    fileSizeBytes: 'fileSize',
    parentSizeBytes: 'parentSize',
    checkpointFilesBytes: 'checkpointFiles',
    volumeId: 'diskVolume',
    guestRole: 'guestRole',
    guestUsedBytes: 'guestUsed',
  },
  jobs: {
    name: 'jobName',
    method: 'method',
    hostSystem: 'includeHostSystem',
    hyperVSettings: 'includeHyperVSettings',
    vmIds: 'includeVms',
    guestVolumes: 'guestVolumes',
    kind: 'destinationKind',
    label: 'destinationLabel',
    capacityBytes: 'destinationCapacity',
    generations: 'generations',
    schedule: 'schedule',
    changePercentPerGeneration: 'changePerGeneration',
  },
  assumptions: {
    basis: 'basis',
    vmrsOverheadPercent: 'aVmrsOverheadPercent',
    hyperVSettingsBytes: 'aHyperVSettingsBytes',
    localDestinationFactor: 'aLocalDestinationFactor',
    shadowStoragePercent: 'aShadowStoragePercent',
    sourceWritePercent: 'aSourceWritePercent',
    vssMinFreeBytes: 'aVssMinFreeBytes',
    fileSizes: 'aFileSizes',
  },
};

/**
 * A form problem's path (`jobs[0].destination.capacityBytes`) in the words of the screen:
 * `バックアップ ジョブ「日次」 › 格納先の容量`. Unknown parts fall back to the path itself.
 */
export function describeFieldPath(path: string, values: ScenarioInput | undefined, t: Translate): string {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  const where: string[] = [];
  let section = 'scenario';
  let vm: ScenarioInput['vms'][number] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const index = Number(parts[i + 1]);
    if (part === 'host' || part === 'assumptions') {
      section = part;
      where.push(t(part === 'host' ? 'tabHost' : 'tabAssumptions'));
    } else if (part === 'volumes' && Number.isInteger(index)) {
      section = 'volumes';
      where.push(t('namedThing', { what: t('volume'), name: values?.volumes?.[index]?.label ?? index + 1 }));
      i++;
    } else if (part === 'vms' && Number.isInteger(index)) {
      section = 'vms';
      vm = values?.vms?.[index];
      where.push(t('namedThing', { what: t('vmSingular'), name: vm?.name ?? index + 1 }));
      i++;
    } else if (part === 'disks' && Number.isInteger(index)) {
      section = 'disks';
      const d = vm?.disks?.[index];
      where.push(t('namedThing', { what: t('oneDisk'), name: d?.label ?? d?.id ?? index + 1 }));
      i++;
    } else if (part === 'jobs' && Number.isInteger(index)) {
      section = 'jobs';
      where.push(t('namedThing', { what: t('oneJob'), name: values?.jobs?.[index]?.name ?? index + 1 }));
      i++;
    } else if (i === parts.length - 1 || FIELD_LABELS[section]?.[part] !== undefined) {
      const key = FIELD_LABELS[section]?.[part];
      if (key !== undefined) where.push(t(key));
      else if (!/^(checkpoints|include|destination|fileSizes)$/.test(part)) where.push(part);
    }
  }
  return where.join(' › ') || path;
}
