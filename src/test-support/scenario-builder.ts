import { parseScenario, type Scenario, type ScenarioInput } from '../engine';
import { GiB } from '../engine/units';

type VmInput = ScenarioInput['vms'][number];
type DiskInput = VmInput['disks'][number];
type JobInput = ScenarioInput['jobs'][number];

/** A 100 GiB dynamic VHDX on volume d, the VM's system disk. */
export function disk(overrides: Partial<DiskInput> = {}): DiskInput {
  return {
    id: 'd1',
    kind: 'vhdx',
    type: 'dynamic',
    maxSizeBytes: 100 * GiB,
    volumeId: 'd',
    guestRole: 'system',
    ...overrides,
  };
}

/** A running 10.0 VM with 4 GiB of memory, its files on volume d, one disk, no checkpoints. */
export function vm(overrides: Partial<VmInput> = {}): VmInput {
  return {
    id: 'vm1',
    name: 'app01',
    configVersion: '10.0',
    state: 'running',
    memoryBytes: 4 * GiB,
    volumeId: 'd',
    disks: [disk()],
    ...overrides,
  };
}

export function job(overrides: Partial<JobInput> = {}): JobInput {
  return {
    id: 'j1',
    name: 'backup',
    method: 'wsb-host',
    include: { vmIds: ['vm1'] },
    destination: { kind: 'remote-share', label: '\\\\fs01\\backup' },
    generations: 1,
    schedule: 'one-off',
    ...overrides,
  };
}

/** A standalone WS2022 host with C: (system) and D: (VMs), one VM and the jobs given. */
export function scenarioInput(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    format: 'hyperv-backup-sizer/scenario',
    version: 1,
    name: 'test',
    host: { os: 'ws2022', topology: 'standalone', nodes: 1, systemDriveBytes: 100 * GiB, systemVolumeId: 'c' },
    volumes: [
      { id: 'c', label: 'C:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 200 * GiB, freeBytes: 100 * GiB },
      { id: 'd', label: 'D:', kind: 'local', fileSystem: 'NTFS', capacityBytes: 1024 * GiB, freeBytes: 500 * GiB },
    ],
    vms: [vm()],
    jobs: [job()],
    ...overrides,
  };
}

/** Parses the input and fails the test loudly when it is not valid. */
export function scenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const parsed = parseScenario(scenarioInput(overrides));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario;
}
