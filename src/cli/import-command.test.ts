import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine';
import { run } from './cli-harness';

const SAMPLES = 'src/inventory/samples';
const CLUSTER = ['osk-hv01.json', 'osk-hv02.json', 'osk-hv03.json'].map((f) => `${SAMPLES}/${f}`);

describe('hvsize import', () => {
  it('prints the scenario of several nodes’ files on stdout, and what was capped, skipped or guessed on stderr', async () => {
    const { code, stdout, stderr } = await run(['import', ...CLUSTER, '--lang', 'en']);
    expect(code).toBe(0);
    const parsed = parseScenario(JSON.parse(stdout));
    expect(parsed.ok && parsed.scenario.name).toBe('OSK-CL01 (OSK-HV01, OSK-HV02, OSK-HV03)');
    expect(parsed.ok && parsed.scenario.vms).toHaveLength(9);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.every((l) => /^hvsize: (refused|skipped|capped|guessed|check): /.test(l))).toBe(true);
    expect(lines).toContain(
      "hvsize: capped: OSK-HV01 / web-dyn: Dynamic Memory maximum 1.00 TB is more than the host's physical memory 256 GB: sized with 256 GB (Hyper-V's default maximum is 1 TB)",
    );
    expect(lines).toContain(
      'hvsize: skipped: OSK-HV02 / dr-web01: a Hyper-V Replica VM (primary server: TKY-HV01.corp.example): protected by its primary, so not imported; to size it, choose "Include Replica VMs" (hvsize: --include-replicas)',
    );
  });

  it('writes the same scenario the importer builds, streamed as write-json writes it', async () => {
    const { stdout, stdoutWrites } = await run(['import', `${SAMPLES}/sa-hv01.json`]);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdoutWrites).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(stdout).host).toMatchObject({ topology: 'standalone-share', nodes: 1 });
  });

  it('--include-replicas imports the Replica VMs too', async () => {
    const { code, stdout } = await run(['import', ...CLUSTER, '--include-replicas']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { vms: { name: string }[] }).vms.map((v) => v.name)).toContain('dr-web01');
    const other = await run(['estimate', `${SAMPLES}/sa-hv01.json`, '--include-replicas']);
    expect(other.code).toBe(2);
  });

  it('reads a one-row-per-disk CSV, and version 1 files in any encoding the collector or Excel wrote', async () => {
    const csv = await run(['import', `${SAMPLES}/one-row-per-disk.csv`]);
    expect(csv.code).toBe(0);
    expect((JSON.parse(csv.stdout) as { vms: { name: string }[] }).vms.map((v) => v.name)).toEqual(['ファイルサーバー', 'ad01']);
    const v1 = await run(['import', `${SAMPLES}/tky-hv01.utf16le.json`, `${SAMPLES}/tky-hv02.utf8bom.json`]);
    expect(v1.code).toBe(0);
    expect((JSON.parse(v1.stdout) as { vms: unknown[] }).vms).toHaveLength(3);
  });

  it('a file cut short by ConvertTo-Json’s depth: exit 2, says so, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['import', `${SAMPLES}/depth-truncated-v2.json`, '--lang', 'en']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `hvsize: refused: ${SAMPLES}/depth-truncated-v2.json: the JSON was cut short (ConvertTo-Json -Depth too small), so this file is not imported; run the collector script again\n`,
    );
  });

  it('nothing importable (no such file, not an inventory): exit 2, one line each, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['import', 'no-such-file.json', '-', '--lang', 'en'], '{"a": 1}');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('hvsize: no-such-file.json: no such file\nhvsize: refused: stdin: is not an inventory file\n');
  });

  it('shows control characters in a note escaped', async () => {
    const text = JSON.stringify({ format: 'hyperv-backup-sizer/inventory', version: 2, computerName: 'HV\u001b[2J01', vms: [] });
    const { stderr } = await run(['import', '-'], text);
    expect(stderr).toContain('HV\\u001b[2J01');
    expect(stderr).not.toContain('\u001b');
  });

  it('without a file: usage, exit 2', async () => {
    const { code, stderr } = await run(['import']);
    expect(code).toBe(2);
    expect(stderr).toContain('hvsize import <file>…');
  });
});
