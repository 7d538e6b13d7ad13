import { GiB, type Scenario } from '../engine';
import { framePayload, toBase64Url } from '../share/link-codec';
import { FieldCoder } from '../share/link/field-coder';
import { codeScenario, revisionFor } from '../share/link/scenario-coder';

/**
 * Hostile links as an attacker would make them, with the project's own coders (the writer checks
 * no counts or lengths, so it writes what the reader must refuse): for the tests and the benchmark,
 * never for the app.
 */

/** A scenario of `vmCount` one-disk VMs and `jobCount` jobs that each list every VM (one list, shared). */
export function crowdedScenario(vmCount: number, jobCount: number, edit: (s: Scenario) => void = () => {}): Scenario {
  const vms = Array.from({ length: vmCount }, (_, i) => ({
    id: `vm${i + 1}`,
    name: `vm-${i + 1}`,
    configVersion: '10.0',
    generation: 2 as const,
    state: 'running' as const,
    memoryBytes: 4 * GiB,
    volumeId: 'd',
    checkpoints: { standard: 0, production: 0 },
    onlineBackup: true,
    automaticStopAction: 'save' as const,
    guestOs: 'windows-server' as const,
    disks: [
      { id: 'os', kind: 'vhdx' as const, type: 'dynamic' as const, maxSizeBytes: 100 * GiB, parentSizeBytes: 0, volumeId: 'd', guestRole: 'system' as const },
    ],
  }));
  const everyVm = vms.map((vm) => vm.id);
  const s: Scenario = {
    format: 'hyperv-backup-sizer/scenario',
    version: 1,
    name: 'crowded',
    notes: '',
    host: { os: 'ws2022', topology: 'cluster-csv', nodes: 2, systemDriveBytes: 100 * GiB },
    volumes: [{ id: 'd', label: 'D:', kind: 'csv', fileSystem: 'CSVFS' }],
    vms,
    jobs: Array.from({ length: jobCount }, (_, j) => ({
      id: `j${j + 1}`,
      name: `job ${j + 1}`,
      method: 'wsb-host' as const,
      include: { hostSystem: false, hyperVSettings: false, vmIds: everyVm, guestVolumes: 'both' as const },
      destination: { kind: 'remote-share' as const, label: '\\\\fs\\b' },
      generations: 1,
      schedule: 'one-off' as const,
      changePercentPerGeneration: 10,
      wsbPerformance: 'full' as const,
    })),
    assumptions: {},
  };
  edit(s);
  return s;
}

/** The current-format link of any scenario object, bounds or no bounds. */
export function rangeCodedLink(s: Scenario): string {
  const coder = FieldCoder.writer();
  const revision = revisionFor(s);
  codeScenario(coder, s, revision);
  return `#s=1.${toBase64Url(framePayload(coder.finish(), revision))}`;
}

/** An old-format link: packed JSON (legacy-packed-json.ts), deflated with the platform's compressor. */
export async function legacyLink(packed: unknown): Promise<string> {
  const text = new Blob([JSON.stringify(packed)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return `#s=1.${toBase64Url(new Uint8Array(await new Response(text).arrayBuffer()))}`;
}

/**
 * The old format's packed JSON of one VM and one job, the job's VMs given as runs [gap, length, …]:
 * a run may name VMs past the last, so repeated runs make millions of references in a few bytes.
 */
export function packedWithRuns(runs: number[]): unknown {
  return [
    'bomb',
    '',
    [2, 0, 1, -100, 0],
    [['d', 'D:', 0, 0, -1024, -200]],
    [null, ['app01'], [-1], [[['10.0', 2, 0, -4, 0, 0, 0, 1, 0, 0, 1]], [0]], [-30], [[['d1', 0, 0, 1, -100, 0, null, 0, 0, -20]], [0]]],
    [['j1', 'all', 0, 0, 2, runs, 1, '\\\\fs\\b', -2048, 1, 1, 10]],
    {},
  ];
}

/** A deflate-raw stream that inflates to `mebibytes` MiB of zeros (about a thousandth of that). */
export async function zeroBomb(mebibytes: number): Promise<Uint8Array> {
  const zeros = new Uint8Array(1 << 20);
  let left = mebibytes;
  const source = new ReadableStream<ArrayBufferView<ArrayBuffer> | ArrayBuffer>({
    pull(controller) {
      if (left-- > 0) controller.enqueue(zeros);
      else controller.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

/**
 * Text that walks through many different pairs of bytes (ASCII, 2- and 3-byte UTF-8 mixed at
 * random), so that every pair makes the text model a new context: a crafted link's way to memory.
 */
export function pairWalkText(length: number, seed = 1): string {
  const ranges = [
    [0x21, 0x7e],
    [0xa1, 0x7ff],
    [0x3000, 0x9fff],
  ] as const;
  let k = seed;
  return Array.from({ length }, () => {
    k = (k * 48271 + 11) % 2147483647;
    const [from, to] = ranges[k % ranges.length]!;
    return String.fromCharCode(from + ((k >> 3) % (to - from)));
  }).join('');
}
