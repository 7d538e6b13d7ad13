import type { Finding, FindingId, JobEstimate, SourceVolumeEstimate } from './estimate-types';
import { makeFinding, type FindingDetail, type FindingSubjects } from './finding-message';
import { canHostRun, isHostOsInGuide } from './host-compatibility';
import type { Lang } from './lang';
import type { Job, Scenario, Volume } from './scenario-schema';
import type { VmFacts } from './vm-facts';

export interface FindingContext {
  scenario: Scenario;
  facts: Map<string, VmFacts>;
  volumes: Map<string, Volume>;
  jobEstimates: JobEstimate[];
  volumeEstimates: SourceVolumeEstimate[];
  lang: Lang;
}

/** The volumes a VM's configuration and file-backed disks live on. */
function vmVolumes(f: VmFacts, volumes: Map<string, Volume>): Volume[] {
  const out: Volume[] = [];
  const add = (id: string | undefined) => {
    const v = id === undefined ? undefined : volumes.get(id);
    if (v !== undefined && !out.includes(v)) out.push(v);
  };
  add(f.vm.volumeId);
  for (const d of f.fileBackedDisks) add(d.volumeId);
  return out;
}

const isWsb = (job: Job) => job.method === 'wsb-host' || job.method === 'wsb-guest';

/** Every finding of sizing-rules.md §7 for the scenario and its figures; one per subject combination. */
export function collectFindings(ctx: FindingContext): Finding[] {
  const { scenario, facts, volumes, lang } = ctx;
  const out: Finding[] = [];
  const raise = (id: FindingId, subjects: FindingSubjects, detail: FindingDetail) =>
    out.push(makeFinding(id, subjects, detail, lang));

  const localLabels = new Set<string>();
  const inHostSideJob = new Set<string>();
  const inGuestJob = new Set<string>();

  scenario.jobs.forEach((job, j) => {
    const jobId = job.id;
    const jobName = job.name;
    const forVm = (id: FindingId, f: VmFacts) => raise(id, { jobId, vmId: f.vm.id }, { jobName, vmName: f.vm.name });
    const forJob = (id: FindingId, detail: FindingDetail = {}) => raise(id, { jobId }, { jobName, ...detail });
    let onCsv = false;
    let onNtfsOrRefs = job.method === 'wsb-host' && job.include.hostSystem;

    for (const vmId of job.include.vmIds) {
      const f = facts.get(vmId);
      if (f === undefined) continue;
      if (job.method === 'wsb-guest') inGuestJob.add(vmId);
      else inHostSideJob.add(vmId);

      switch (job.method) {
        case 'wsb-host': {
          const kinds = vmVolumes(f, volumes);
          if (kinds.some((v) => v.kind === 'smb-share')) forVm('F-SHARE-VM-HOST-WSB', f);
          if (f.hasNonFileDisk) forVm('F-HOST-EXCLUDED-DISKS', f);
          if (kinds.some((v) => v.kind === 'csv')) {
            onCsv = true;
            forVm('F-CSV-SELECTION', f);
          }
          if (kinds.some((v) => v.kind !== 'csv' && (v.fileSystem === 'NTFS' || v.fileSystem === 'ReFS'))) {
            onNtfsOrRefs = true;
          }
          if (kinds.some((v) => v.kind === 'shared-disk')) forVm('F-SHARED-DISK-OWNER', f);
          if (f.running && !f.vm.onlineBackup) forVm('F-OFFLINE-BACKUP', f);
          break;
        }
        case 'export':
        case 'file-copy':
          if (f.hasNonFileDisk || f.hasSharedVhdx) forVm('F-EXPORT-EXCLUDED-DISKS', f);
          if (job.method === 'export' && f.running) {
            if (f.hasSharedVhdx) forVm('F-LIVE-EXPORT-SHARED-VHDX', f);
            forVm('F-LIVE-EXPORT-LOAD', f);
          }
          if (job.method === 'file-copy') {
            if (f.vm.state !== 'off') forVm('F-FILE-COPY-RUNNING', f);
            if (f.hasDifferencingFile) forVm('F-FILE-COPY-DIFFERENCING', f);
          }
          break;
        case 'wsb-guest':
          if (f.vm.guestOs === 'linux' || f.vm.guestOs === 'other') forVm('F-GUEST-WSB-UNSUPPORTED', f);
          if (f.vm.guestOs === 'windows-server-2008' && job.include.guestVolumes !== 'data') {
            forVm('F-GUEST-2008-SCSI', f);
          }
          break;
      }
    }

    if (job.method === 'wsb-host') {
      if (onCsv && onNtfsOrRefs) forJob('F-CSV-MIXED');
      if (job.destination.kind === 'local-drive') forJob('F-LOCAL-DEST-HOST-FAILURE');
      if (scenario.host.os === 'ws2022' && job.include.hostSystem) forJob('F-WS2022-SYSTEM-STATE');
    }
    if (job.method === 'wsb-guest' && job.destination.kind === 'guest-disk') forJob('F-GUEST-DISK-DEST');
    if (isWsb(job)) {
      const d = job.destination;
      if (d.kind === 'remote-share' && job.schedule === 'scheduled' && job.generations > 1) {
        forJob('F-SHARE-GENERATIONS');
      }
      if (d.kind === 'local-drive') {
        const label = d.label.toLowerCase();
        if (localLabels.has(label)) forJob('F-LOCAL-DEST-ONE-KIND');
        localLabels.add(label);
      }
    }
    const estimate = ctx.jobEstimates[j];
    const capacity = job.destination.capacityBytes;
    if (estimate !== undefined && capacity !== undefined && capacity < estimate.requiredCapacityBytes) {
      forJob('F-DEST-SHORT', { requiredBytes: estimate.requiredCapacityBytes, availableBytes: capacity });
    }
  });

  for (const f of facts.values()) {
    const vm = f.vm;
    const forVm = (id: FindingId, detail: FindingDetail = {}) =>
      raise(id, { vmId: vm.id }, { vmName: vm.name, ...detail });
    if (inGuestJob.has(vm.id) && !inHostSideJob.has(vm.id)) forVm('F-GUEST-NO-CONFIG');
    if (f.column === '5.0' && vm.checkpoints.production > 0) forVm('F-V5-PRODUCTION');
    if (!inGuestJob.has(vm.id) && !inHostSideJob.has(vm.id)) forVm('F-VM-UNPROTECTED');
    if (vm.checkpoints.standard + vm.checkpoints.production > 0) forVm('F-CHECKPOINTS-NOT-BACKUP');
    if (!canHostRun(scenario.host.os, vm.configVersion)) {
      forVm('F-CONFIG-VERSION-HOST', { configVersion: vm.configVersion });
    }
  }

  for (const v of ctx.volumeEstimates) {
    if (v.shortfallBytes !== null && v.shortfallBytes > 0 && v.freeBytes !== null) {
      raise(
        'F-SOURCE-SHORT',
        { volumeId: v.volumeId },
        { volumeLabel: volumes.get(v.volumeId)?.label, requiredBytes: v.requiredFreeBytes, availableBytes: v.freeBytes },
      );
    }
  }

  if (!isHostOsInGuide(scenario.host.os)) raise('F-HOST-OS-OUTSIDE-GUIDE', {}, {});
  return out;
}
