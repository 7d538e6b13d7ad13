import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../engine';
import { diffEstimate } from '../test-support/compare-estimate';
import { loadFixturePairs } from '../test-support/fixtures';
import { scenarioInput } from '../test-support/scenario-builder';
import { run } from './cli-harness';

const valid = () => structuredClone(scenarioInput()) as unknown as Record<string, unknown> & { vms: Record<string, unknown>[] };

describe('hvsize estimate', () => {
  for (const pair of loadFixturePairs()) {
    it(`${pair.name}: --format json equals the expected estimate`, async () => {
      const { code, stdout, stderr } = await run(['estimate', pair.scenarioPath, '--format', 'json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(diffEstimate(JSON.parse(stdout), pair.expected)).toEqual([]);
    });
  }

  it('prints a text report per job and volume, then the findings, in the chosen language', async () => {
    const pair = loadFixturePairs().find((p) => p.name === 'csv-cluster')!;
    const wsb = (pair.expected as { jobs: { id: string; requiredCapacityBytes: number; generationsThatFit: number }[] }).jobs.find((j) => j.id === 'wsb')!;
    const required = `${formatBytes(wsb.requiredCapacityBytes, 'ja')} (${wsb.requiredCapacityBytes.toLocaleString('en-US')})`;
    const ja = await run(['estimate', pair.scenarioPath, '--format', 'text', '--lang', 'ja']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain(`必要容量: ${required}`);
    expect(ja.stdout).toContain('ディスクの 15 %');
    expect(ja.stdout).toContain('バックアップ元ボリュームの空き容量');
    expect(ja.stdout).toContain(`必要容量 = max(1.5 × B = `);
    expect(ja.stdout).toContain('単位: KB/MB/GB/TB = 2¹⁰/2²⁰/2³⁰/2⁴⁰ バイト');
    expect(ja.stdout).toContain('F-CSV-MIXED');
    const en = await run(['estimate', pair.scenarioPath, '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain(`Required capacity: ${required}`);
    expect(en.stdout).toContain(`Generations that fit: ${wsb.generationsThatFit}`);
    expect(en.stdout).toContain('[Warning] F-SHADOW-SETTING');
    expect(en.stdout).toContain('Table 1.2');
    expect(en.stdout).not.toContain('表1.');
    expect(en.stdout).toContain('[Error] F-SOURCE-SHORT');
  });

  it('reads the scenario from standard input with -, UTF-8 BOM included', async () => {
    const text = '\uFEFF' + JSON.stringify(scenarioInput());
    const { code, stdout } = await run(['estimate', '-'], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).format).toBe('hyperv-backup-sizer/estimate');
  });

  it('--basis overrides the scenario’s basis', async () => {
    const s = valid();
    s.vms[0]!.memoryInUseBytes = 1024;
    const max = JSON.parse((await run(['estimate', '-'], JSON.stringify(s))).stdout);
    const cur = JSON.parse((await run(['estimate', '-', '--basis', 'current'], JSON.stringify(s))).stdout);
    expect(max.basis).toBe('maximum');
    expect(cur.basis).toBe('current');
    expect(cur.jobs[0].firstGenerationBytes).toBeLessThan(max.jobs[0].firstGenerationBytes);
  });

  const bad: [string, string, RegExp[]][] = [
    ['not JSON', '{"format": ', [/^hvsize: stdin: file: is not valid JSON( \(near character \d+\))?$/]],
    ['empty', '   \n', [/^hvsize: stdin: file: is empty$/]],
    ['wrong format tag', JSON.stringify({ format: 'x', version: 1 }), [/^hvsize: stdin: format: must be "hyperv-backup-sizer\/scenario"/]],
    ['unknown version', JSON.stringify({ ...valid(), version: 9 }), [/^hvsize: stdin: version: version 9 is unknown/]],
    [
      'wrong types',
      JSON.stringify({ ...valid(), name: 5, vms: [{ ...valid().vms[0], state: 'on' }] }),
      [/^hvsize: stdin: name: must be text$/, /^hvsize: stdin: vms\[0\]\.state: must be one of "running"/],
    ],
    [
      'out of bounds',
      JSON.stringify({ ...valid(), vms: [{ ...valid().vms[0], memoryBytes: 2 ** 50 }] }),
      [/^hvsize: stdin: vms\[0\]\.memoryBytes: must be ≤ 12\.0 TB \(13,194,139,533,312 bytes\)$/],
    ],
    [
      'dangling reference',
      JSON.stringify({ ...valid(), vms: [{ ...valid().vms[0], volumeId: 'x' }] }),
      [/^hvsize: stdin: vms\[0\]\.volumeId: refers to "x", which is not in volumes$/],
    ],
    [
      'duplicate id',
      JSON.stringify({ ...valid(), vms: [valid().vms[0], valid().vms[0]] }),
      [/^hvsize: stdin: vms\[1\]\.id: duplicate id "vm1" \(also at vms\[0\]\)$/],
    ],
  ];
  for (const [name, input, lines] of bad) {
    it(`${name}: exit 2, one line per problem naming the field, nothing on stdout`, async () => {
      const { code, stdout, stderr } = await run(['estimate', '-', '--lang', 'en'], input);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const got = stderr.trimEnd().split('\n');
      expect(got).toHaveLength(lines.length);
      lines.forEach((re, i) => expect(got[i]).toMatch(re));
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }

  it('a missing file and bad options exit 2 with a message', async () => {
    expect(await run(['estimate', '/no/such/file.json', '--lang', 'en'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'hvsize: /no/such/file.json: no such file\n',
    });
    expect(await run(['estimate', '/no/such/file.json'])).toMatchObject({ code: 2, stdout: '', stderr: 'hvsize: /no/such/file.json: ファイルがありません\n' });
    const badFormat = await run(['estimate', '-', '--format', 'xml'], JSON.stringify(valid()));
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format: xml is not one of json, text');
    const noCommand = await run([]);
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toContain('usage');
  });

  it('link prints the fragment and open prints the scenario back', async () => {
    const pair = loadFixturePairs().find((p) => p.name === 'csv-cluster')!;
    const link = await run(['link', pair.scenarioPath]);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^#s=1\.[A-Za-z0-9_-]+\n$/);
    const opened = await run(['open', link.stdout.trim()]);
    expect(opened.code).toBe(0);
    const estimated = await run(['estimate', '-'], opened.stdout);
    expect(diffEstimate(JSON.parse(estimated.stdout), pair.expected)).toEqual([]);
  });

  it('a bad link exits 2 with a clear message and nothing on stdout', async () => {
    for (const bad of ['#s=1.AAAA', 'not-a-link', '#s=7.xyz']) {
      const r = await run(['open', bad, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^hvsize: link: (is truncated or damaged|is not a scenario link|comes from a newer version)/);
    }
    const badFile = await run(['link', '-'], '{"format":"x"}');
    expect(badFile.code).toBe(2);
    expect(badFile.stdout).toBe('');
  });

  it('runs as `npm run --silent hvsize` with the exit codes of formats.md', () => {
    const pair = loadFixturePairs().find((p) => p.name === 'standalone-wsb-share')!;
    const ok = spawnSync('npm', ['run', '--silent', 'hvsize', '--', 'estimate', pair.scenarioPath], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(diffEstimate(JSON.parse(ok.stdout), pair.expected)).toEqual([]);
    const bad = spawnSync('npm', ['run', '--silent', 'hvsize', '--', 'estimate', '-'], { input: '{}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('format');
  });
});
