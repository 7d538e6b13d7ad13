import fc from 'fast-check';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../engine';
import { SAMPLES } from '../scenario/samples';
import { crowdedScenario, rangeCodedLink, zeroBomb } from '../test-support/crafted-links';
import { encodeShareFragment, toBase64Url } from '../share/link-codec';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { run } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'hvsize-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const sample = (): Scenario => {
  const r = parseScenario(SAMPLES[0]!.build('en'));
  if (!r.ok) throw new Error('sample');
  return r.scenario;
};

describe('hvsize open <link-or-fragment|file|->', () => {
  it('reads the link from the argument, from a file it names, and from standard input', async () => {
    const link = await encodeShareFragment(sample());
    const expected = JSON.stringify(sample(), null, 2) + '\n';
    for (const [argv, stdin] of [
      [['open', link], ''],
      [['open', file('link.txt', `\uFEFF${link}\r\n`)], ''],
      [['open', '-'], `https://sizer.example/${link}\n`],
    ] as const) {
      const r = await run([...argv], stdin);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(expected));
    }
  });

  it('opens a link too long for a command line (Linux: 128 KiB) from a file', async () => {
    const hex = (i: number) => Array.from({ length: 4 }, (_, k) => (((i + 1) * (k + 7) * 2654435761) % 2 ** 32).toString(16).padStart(8, '0')).join('');
    const s = crowdedScenario(8000, 1, (x) => x.vms.forEach((vm, i) => (vm.name = hex(i))));
    const link = rangeCodedLink(s);
    expect(link.length).toBeGreaterThan(128 * 1024);
    const r = await run(['open', file('long.txt', link)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).vms).toHaveLength(8000);
  }, 60_000);

  it('refuses a deflate bomb read from a file, naming the limit, with nothing on stdout', async () => {
    const r = await run(['open', file('bomb.txt', `#s=1.${toBase64Url(await zeroBomb(64))}`), '--lang', 'en']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'hvsize: link: inflates to more than 16 MiB, the most a link may hold\n' });
  });

  it('opens an old-format link with its note on stderr', async () => {
    const { links } = (await import('../share/fixtures/links-v1.json')).default as { links: Record<string, string> };
    const r = await run(['open', links['csv-cluster']!, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^hvsize: note: link: was made by an earlier version of the app .* cannot be verified/);
  });

  it('refuses a file past 64 MiB, the most a scenario file may be, for every command', async () => {
    const big = file('big.json', '');
    truncateSync(big, 64 * 2 ** 20 + 1);
    for (const command of ['open', 'link', 'estimate']) {
      expect(await run([command, big, '--lang', 'en'])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `hvsize: ${big}: is larger than 64 MiB, the most a scenario file may be\n`,
      });
    }
  }, 60_000);

  it('says what is wrong with a folder', async () => {
    expect(await run(['open', dir, '--lang', 'en'])).toMatchObject({ code: 2, stdout: '', stderr: `hvsize: ${dir}: is a folder, not a file\n` });
    expect(await run(['open', dir])).toMatchObject({ code: 2, stdout: '', stderr: `hvsize: ${dir}: フォルダーです (ファイルを指定してください)\n` });
  });
});

describe('hvsize link: what it writes, open reads', () => {
  it('every link it prints opens to the same scenario', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (input) => {
        const link = await run(['link', '-'], JSON.stringify(input));
        expect(link).toMatchObject({ code: 0, stderr: '' });
        const opened = await run(['open', link.stdout.trim()]);
        const parsed = parseScenario(input);
        expect(parsed.ok && JSON.parse(opened.stdout)).toEqual(parsed.ok && JSON.parse(JSON.stringify(parsed.scenario)));
      }),
      { numRuns: 40 },
    );
  });

  // The crash: `link` of a 1.1 MB name died with "name damaged".
  it('a 1.1 MB name: exit 2 naming the field, nothing on stdout', async () => {
    const input = { ...sample(), name: 'x'.repeat(1_100_000) };
    expect(await run(['link', '-', '--lang', 'en'], JSON.stringify(input))).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'hvsize: stdin: name: must be at most 256 characters\n',
    });
  });
});
