import { isFileBacked, type Lang, type ScenarioInput } from '../engine';
import type { ImportNote, JobPreview } from './inventory-types';
import { noteOf, say } from './inventory-words';
import type { VolumeEntry } from './volume-table';

type VmInput = ScenarioInput['vms'][number];
type JobInput = ScenarioInput['jobs'][number];

/** Generations the proposal starts with, as the samples do: a week of WSB to a disk, two exports. */
export const PROPOSED_GENERATIONS = { wsb: 7, export: 2 } as const;

export interface PlacedVm {
  vm: VmInput;
  /** The node whose file lists it. */
  host: string;
  /** A shared VHDX or VHD Set is attached (counted with this VM or with another that shares it). */
  sharedDisk: boolean;
}

export interface Proposal {
  jobs: JobInput[];
  previews: JobPreview[];
  /** The job that takes each VM, by VM id. */
  jobOfVm: Map<string, string>;
}

/** The volumes a VM's configuration and file-backed disks are on. */
function volumesOf(vm: VmInput, byId: ReadonlyMap<string, VolumeEntry>): VolumeEntry[] {
  const ids = [vm.volumeId, ...vm.disks.filter((d) => isFileBacked(d.kind) && d.volumeId !== undefined).map((d) => d.volumeId!)];
  return ids.map((id) => byId.get(id)).filter((v): v is VolumeEntry => v !== undefined);
}

/**
 * The jobs an import proposes, following the guide for the topology (表1.5, §3.1.1, §3.2.1) so that
 * they raise no finding of the app's own making:
 * - each node backs up its host system and Hyper-V settings with WSB, to its own disk (a label of its
 *   own: one volume holds one kind of WSB backup, §1.5(1)), with the VMs on its own volumes and on
 *   shared disks it owns (§3.1.1(1)(3)(4));
 * - VMs on CSV or on a share go to one export job: WSB cannot select VMs on CSV nor mix CSVFS with
 *   NTFS (§1.4(1)(a), §3.1.2(6)) and cannot take VMs on a share (§3.1.2(7)); export can (§3.2.1);
 * - a running VM with a shared VHDX there fits neither (live export cannot take shared VHDX, §3.2.2):
 *   it is left out, with a note.
 * No destination capacity is invented: each job's capacity, and its destination, are inputs still needed.
 */
export function proposeJobs(vms: PlacedVm[], hosts: string[], volumes: readonly VolumeEntry[], clustered: boolean, lang: Lang, notes: ImportNote[]): Proposal {
  const byId = new Map(volumes.map((v) => [v.id, v]));
  const onHost = new Map<string, string[]>(hosts.map((h) => [h, []]));
  const exported: string[] = [];
  for (const { vm, host, sharedDisk } of vms) {
    const onShared = volumesOf(vm, byId).some((v) => v.kind === 'csv' || v.kind === 'smb-share');
    if (!onShared) onHost.get(host)?.push(vm.id);
    else if ((vm.state === 'running' || vm.state === 'paused') && sharedDisk) notes.push(noteOf(`${host} / ${vm.name}`, 'liveSharedVhdx', lang));
    else exported.push(vm.id);
  }
  const jobs: JobInput[] = [];
  for (const [host, vmIds] of onHost) {
    jobs.push({
      id: `j${jobs.length + 1}`,
      name: say('hostJobName', lang, host),
      method: 'wsb-host',
      include: { hostSystem: true, hyperVSettings: true, vmIds },
      destination: { kind: 'local-drive', label: say('hostJobDestination', lang, host) },
      generations: PROPOSED_GENERATIONS.wsb,
      schedule: 'scheduled',
      changePercentPerGeneration: 10,
    });
  }
  if (exported.length > 0) {
    jobs.push({
      id: `j${jobs.length + 1}`,
      name: say('exportJobName', lang, say('exportJobVms', lang)),
      method: 'export',
      include: { vmIds: exported },
      // A cluster's VMs move between nodes: a share every node reaches (§3.2.2 asks the same domain).
      destination: clustered
        ? { kind: 'remote-share', label: say('exportShareDestination', lang) }
        : { kind: 'local-drive', label: say('exportDiskDestination', lang) },
      generations: PROPOSED_GENERATIONS.export,
    });
  }
  const jobOfVm = new Map<string, string>();
  const previews: JobPreview[] = jobs.map((job) => {
    for (const id of job.include.vmIds ?? []) jobOfVm.set(id, job.name);
    notes.push(noteOf(job.name, 'destinationNeeded', lang, job.destination.label, '', String(job.generations)));
    return {
      name: job.name,
      method: job.method,
      hostSystem: job.include.hostSystem === true,
      vms: job.include.vmIds?.length ?? 0,
      destination: job.destination.label,
      generations: job.generations,
    };
  });
  return { jobs, previews, jobOfVm };
}
