import { WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT } from './assumptions';
import { generationsKeptByDefaultShadowStorage, isLocalDestination } from './destination';
import type { Finding, FindingId, JobEstimate, SourceVolumeEstimate } from './estimate-types';
import { FindingMaker, type FindingDetail, type FindingSubjects } from './finding-message';
import { canHostRun, isHostOsInGuide } from './host-compatibility';
import type { Lang } from './lang';
import type { Job, Volume } from './scenario-schema';
import type { SizingContext } from './sizing-context';
import type { VmFacts } from './vm-facts';
import { largestRestoreByCsv } from './over-time';

/**
 * Findings of time-and-restore.md §4 (beyond the guide, but F-CSV-RESTORE-SPACE follows the guide's
 * restore procedure for VMs on a CSV).
 */
function overTimeFindings(
  ctx: SizingContext,
  job: Job,
  j: number,
  e: JobEstimate,
  raise: (id: FindingId, subjects: FindingSubjects, detail: FindingDetail) => void,
): void {
  const jobName = job.name;
  if (e.monthsUntilShort !== null && e.monthsUntilShort > 0) {
    raise('F-GROWTH-SHORT', { jobId: job.id }, { jobName, monthsUntilShort: e.monthsUntilShort, growthPercentPerYear: ctx.a.growthPercentPerYear });
  }
  if (job.windowHours !== undefined) {
    const window = job.windowHours * 3600;
    if (e.transfer.laterRunSeconds > window) {
      raise('F-WINDOW-EXCEEDED', { jobId: job.id }, { jobName, runSeconds: e.transfer.laterRunSeconds, windowHours: job.windowHours });
    } else if (e.transfer.firstRunSeconds > window) {
      raise('F-FIRST-RUN-LONG', { jobId: job.id }, { jobName, runSeconds: e.transfer.firstRunSeconds, windowHours: job.windowHours });
    }
  }
  if (job.method !== 'wsb-host') return;
  // A VM is on CSV v when its configuration is (§3): each such CSV needs room for its largest VM.
  for (const [volumeId, largest] of largestRestoreByCsv(ctx, j)) {
    const v = ctx.volumes.get(volumeId)!;
    if (v.freeBytes !== undefined && v.freeBytes < largest.bytes) {
      raise('F-CSV-RESTORE-SPACE', { jobId: job.id, volumeId }, { jobName, volumeLabel: v.label, requiredBytes: largest.bytes, availableBytes: v.freeBytes });
    }
  }
}

/** What kinds of volume a VM's configuration and file-backed disks live on. */
export interface Placement {
  smbShare: boolean;
  csv: boolean;
  sharedDisk: boolean;
  /** A volume other than a CSV formatted NTFS or ReFS (F-CSV-MIXED). */
  ntfsOrRefs: boolean;
}

function placementOf(f: VmFacts, volumes: Map<string, Volume>): Placement {
  const p: Placement = { smbShare: false, csv: false, sharedDisk: false, ntfsOrRefs: false };
  const note = (id: string | undefined) => {
    const v = id === undefined ? undefined : volumes.get(id);
    if (v === undefined) return;
    if (v.kind === 'smb-share') p.smbShare = true;
    if (v.kind === 'csv') p.csv = true;
    else if (v.fileSystem === 'NTFS' || v.fileSystem === 'ReFS') p.ntfsOrRefs = true;
    if (v.kind === 'shared-disk') p.sharedDisk = true;
  };
  note(f.vm.volumeId);
  for (const d of f.fileBackedDisks) note(d.volumeId);
  return p;
}

// By VM index, the kinds of job that take the VM.
const HOST_SIDE = 1;
const GUEST = 2;

/**
 * The findings about each VM of one job (a job of 8,000 VMs can raise tens of thousands), marking in
 * `inJobs` which kind of job took each VM; returns what the job's own findings need of its VMs.
 * A plain function, not part of the generator: its loop runs once per VM.
 */
function raiseVmFindingsOfJob(
  ctx: SizingContext,
  j: number,
  forVm: (id: FindingId, f: VmFacts) => void,
  inJobs: Uint8Array,
): { onCsv: boolean; onNtfsOrRefs: boolean } {
  const job = ctx.scenario.jobs[j]!;
  const placed = (f: VmFacts) => (f.placement ??= placementOf(f, ctx.volumes));
  let onCsv = false;
  let onNtfsOrRefs = job.method === 'wsb-host' && job.include.hostSystem;
  for (const f of ctx.jobVms[j]!) {
    inJobs[f.index]! |= job.method === 'wsb-guest' ? GUEST : HOST_SIDE;

    switch (job.method) {
      case 'wsb-host': {
        const p = placed(f);
        if (p.smbShare) forVm('F-SHARE-VM-HOST-WSB', f);
        if (f.hasNonFileDisk) forVm('F-HOST-EXCLUDED-DISKS', f);
        if (p.csv) {
          onCsv = true;
          forVm('F-CSV-SELECTION', f);
        }
        if (p.ntfsOrRefs) onNtfsOrRefs = true;
        if (p.sharedDisk) forVm('F-SHARED-DISK-OWNER', f);
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
  return { onCsv, onNtfsOrRefs };
}

/** The findings about each VM alone, once the jobs have marked which kinds of job take it (a plain function, as above). */
function raiseVmFindings(ctx: SizingContext, inJobs: Uint8Array, maker: FindingMaker, out: Finding[]): void {
  const os = ctx.scenario.host.os;
  const hostRuns = new Map<string, boolean>();
  const runsOnHost = (configVersion: string) => {
    let runs = hostRuns.get(configVersion);
    if (runs === undefined) hostRuns.set(configVersion, (runs = canHostRun(os, configVersion)));
    return runs;
  };
  const aboutVm = maker.forVm();
  for (const f of ctx.vms) {
    const vm = f.vm;
    const forVm = (id: FindingId) => out.push(aboutVm(id, vm.id, vm.name));
    if (inJobs[f.index] === GUEST) forVm('F-GUEST-NO-CONFIG');
    if (f.column === '5.0' && vm.checkpoints.production > 0) forVm('F-V5-PRODUCTION');
    if (inJobs[f.index] === 0) forVm('F-VM-UNPROTECTED');
    if (vm.checkpoints.standard + vm.checkpoints.production > 0) forVm('F-CHECKPOINTS-NOT-BACKUP');
    if (!runsOnHost(vm.configVersion)) {
      out.push(maker.general('F-CONFIG-VERSION-HOST', { vmId: vm.id }, { vmName: vm.name, configVersion: vm.configVersion }));
    }
  }
}

const isWsb = (job: Job) => job.method === 'wsb-host' || job.method === 'wsb-guest';

/**
 * Every finding of sizing-rules.md §7 for the scenario and its figures, one per subject combination;
 * in steps, pausing after each job's (a job of 8,000 VMs can raise tens of thousands).
 */
export function* findingSteps(
  ctx: SizingContext,
  jobEstimates: JobEstimate[],
  volumeEstimates: SourceVolumeEstimate[],
  lang: Lang,
): Generator<void, Finding[]> {
  const { scenario, volumes } = ctx;
  const out: Finding[] = [];
  const maker = new FindingMaker(lang);
  const raise = (id: FindingId, subjects: FindingSubjects, detail: FindingDetail) => out.push(maker.general(id, subjects, detail));

  const localLabels = new Set<string>();
  const inJobs = new Uint8Array(ctx.vms.length);

  for (const [j, job] of scenario.jobs.entries()) {
    const jobId = job.id;
    const jobName = job.name;
    const aboutVm = maker.forJob(jobId, jobName);
    const forJob = (id: FindingId, detail: FindingDetail = {}) => raise(id, { jobId }, { jobName, ...detail });
    const { onCsv, onNtfsOrRefs } = raiseVmFindingsOfJob(ctx, j, (id, f) => out.push(aboutVm(id, f.vm.id, f.vm.name)), inJobs);

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
    if (job.method === 'export' && job.destination.kind === 'remote-share') forJob('F-EXPORT-SHARE-DOMAIN');
    const estimate = jobEstimates[j];
    const capacity = job.destination.capacityBytes;
    if (estimate !== undefined && capacity !== undefined) {
      if (capacity < estimate.requiredCapacityBytes) {
        forJob('F-DEST-SHORT', { requiredBytes: estimate.requiredCapacityBytes, availableBytes: capacity });
      } else if (
        isLocalDestination(job) &&
        ctx.a.shadowStoragePercent === 'as-needed' &&
        estimate.shadowStorageNeededBytes !== null &&
        estimate.shadowStorageNeededBytes > (WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT / 100) * capacity
      ) {
        forJob('F-SHADOW-SETTING', {
          generationsKept: generationsKeptByDefaultShadowStorage(estimate.laterGenerationBytes, capacity, WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT),
          generationsPlanned: job.generations,
          shadowStoragePercent: estimate.shadowStorageNeededPercent ?? undefined,
        });
      }
    }
    yield;
  }

  scenario.jobs.forEach((job, j) => {
    const estimate = jobEstimates[j];
    if (estimate !== undefined) overTimeFindings(ctx, job, j, estimate, raise);
  });

  raiseVmFindings(ctx, inJobs, maker, out);

  for (const v of volumeEstimates) {
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
