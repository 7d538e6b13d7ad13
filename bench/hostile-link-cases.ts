import { parseScenario } from '../src/engine';
import { runHvsize } from '../src/cli/run-hvsize';
import { decodeShareLink, toBase64Url } from '../src/share/link-codec';
import { crowdedScenario, legacyLink, packedWithRuns, pairWalkText, rangeCodedLink, zeroBomb } from '../src/test-support/crafted-links';
import { generateScenario } from './generate-scenario';

/**
 * The hostile inputs of issue 15 (links and the hvsize command), each built with the project's own
 * coders: `input` makes the text once, `act` is what is timed (in a process of its own, so that its
 * memory is its own) and says how it ended.
 */
export interface HostileCase {
  label: string;
  input: () => Promise<string>;
  act: (path: string, text: string) => Promise<string>;
}

const firstProblem = (r: Awaited<ReturnType<typeof decodeShareLink>>) =>
  r.ok ? `opened (${r.scenario.vms.length} VMs${r.notes ? `, ${r.notes.length} note` : ''})` : `refused: ${r.problems[0]!.path}: ${r.problems[0]!.message}`;

const open = async (_path: string, link: string) => firstProblem(await decodeShareLink(link));

/** hvsize with the input file, its output counted rather than kept. */
async function hvsize(argv: string[]): Promise<string> {
  let bytes = 0;
  let stderr = '';
  const { readFileCapped } = await import('../src/cli/node-io');
  const code = await runHvsize(argv, {
    readFile: readFileCapped,
    readStdin: async () => new Uint8Array(),
    stdout: (t) => {
      bytes += t.length;
    },
    stderr: (t) => (stderr += t),
  });
  return `exit ${code}, ${(bytes / 2 ** 20).toFixed(1)} MB out${stderr ? `; ${stderr.split('\n')[0]!.slice(0, 110)}` : ''}`;
}

/** The largest scenario of text crafted to visit every pair of bytes that a link still carries. */
function textFillingTheModels(): string {
  for (let vms = 300; vms > 0; vms -= 10) {
    const s = crowdedScenario(vms, 1, (x) => {
      x.notes = pairWalkText(10_000, 3);
      x.vms.forEach((vm, i) => {
        Object.assign(vm, { id: pairWalkText(200, i + 777), name: pairWalkText(256, i + 1) });
        Object.assign(vm.disks[0]!, { id: pairWalkText(200, i + 5555), label: pairWalkText(256, i + 9999) });
      });
      x.jobs[0]!.include.vmIds = x.vms.map((v) => v.id);
    });
    try {
      return rangeCodedLink(s);
    } catch {
      // past the text-context cap: a smaller one
    }
  }
  throw new Error('no crafted text fits');
}

const scenarioFile = (s: unknown) => JSON.stringify(s);
let seed = 11;
const kana = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x3041 + ((seed = (seed * 48271) % 2147483647) % 80))).join('');

export const HOSTILE_CASES: HostileCase[] = [
  { label: 'open: deflate bomb, 1 GiB of zeros', input: async () => `#s=1.${toBase64Url(await zeroBomb(1024))}`, act: open },
  {
    label: 'open: old-format VM-run bomb',
    input: () => legacyLink(packedWithRuns(Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? 0 : 10_000)))),
    act: open,
  },
  { label: 'open: 8,000 VMs × 4,000 jobs of every VM', input: async () => rangeCodedLink(crowdedScenario(8000, 4000)), act: open },
  { label: 'open: 8,000 VMs × 8 jobs (64,000 refs, at the bound)', input: async () => rangeCodedLink(crowdedScenario(8000, 8)), act: open },
  { label: 'open: text crafted to fill the text models', input: async () => textFillingTheModels(), act: open },
  { label: 'hvsize open <file>: the deflate bomb', input: async () => `#s=1.${toBase64Url(await zeroBomb(1024))}`, act: (path) => hvsize(['open', path]) },
  {
    label: 'hvsize link: a 1.1 MB name',
    input: async () => scenarioFile({ ...generateScenario(10), name: 'x'.repeat(1_100_000) }),
    act: (path) => hvsize(['link', path]),
  },
  {
    label: 'hvsize link: 1,000 VMs of 5 random 256-char texts',
    input: async () =>
      scenarioFile(
        crowdedScenario(1000, 1, (x) =>
          x.vms.forEach((vm) => {
            vm.name = kana(256);
            vm.disks = Array.from({ length: 4 }, (_, d) => ({ ...vm.disks[0]!, id: `d${d}`, label: kana(256) }));
          }),
        ),
      ),
    act: (path) => hvsize(['link', path]),
  },
  {
    label: 'hvsize estimate: 8,000 VMs × 200 jobs of every VM',
    input: async () => scenarioFile(crowdedScenario(8000, 200)),
    act: (path) => hvsize(['estimate', path, '--format', 'json', '--lang', 'en']),
  },
  {
    label: 'hvsize estimate --format json: 8,000 VMs × 8 jobs',
    input: async () => {
      const s = parseScenario(crowdedScenario(8000, 8));
      if (!s.ok) throw new Error('crowded scenario invalid');
      return scenarioFile(s.scenario);
    },
    act: (path) => hvsize(['estimate', path, '--format', 'json']),
  },
];
