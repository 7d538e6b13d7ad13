import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { loadFixturePairs } from '../../test-support/fixtures';
import { decodeShareLink, encodeScenarioBytes, encodeShareFragment } from '../link-codec';

const parsed = (input: unknown): Scenario => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};
const inventory = () => parsed(loadFixturePairs().find((p) => p.name === 'inventory-100-vms')!.scenario);

async function roundTrip(s: Scenario) {
  const back = await decodeShareLink(await encodeShareFragment(s));
  if (!back.ok) throw new Error(JSON.stringify(back.problems));
  expect(back.scenario).toEqual(s);
}

/** Bytes the VM names and disk labels cost: the link with them less the link with all of them empty. */
function namingCost(s: Scenario): number {
  const blank = structuredClone(s);
  for (const vm of blank.vms) {
    vm.name = '';
    for (const d of vm.disks) d.label = undefined;
  }
  return encodeScenarioBytes(s).length - encodeScenarioBytes(blank).length;
}

describe('scenario coder', () => {
  it('spends about a byte per VM on names and labels that follow a pattern, round-robin or sorted', async () => {
    const roundRobin = inventory();
    expect(namingCost(roundRobin)).toBeLessThan(80);

    const sorted = inventory();
    const stems = ['ad', 'api', 'app', 'batch', 'db', 'file', 'mon', 'mq', 'rds', 'web'];
    sorted.vms.forEach((vm, i) => {
      vm.name = `osk-${stems[Math.floor(i / 10)]}${String((i % 10) + 1).padStart(2, '0')}`;
      vm.disks.forEach((d) => (d.label = d.id === 'os' ? `${vm.name}.vhdx` : `${vm.name}_${d.id}.vhdx`));
    });
    expect(namingCost(sorted)).toBeLessThan(80);
    await roundTrip(sorted);

    // Names without a pattern are spelled out: the model still round-trips them, at a cost.
    const random = inventory();
    random.vms.forEach((vm, i) => (vm.name = `${((i * 2654435761) % 2 ** 32).toString(36)}`));
    expect(namingCost(random)).toBeGreaterThan(300);
    await roundTrip(random);
  });

  it('round-trips names and labels that break every pattern', async () => {
    const s = inventory();
    const names = ['', '0', '09', 'web09', 'web10', 'web', '99', 'x99', 'x100', '東京-サーバー01', '$&$1$$', 'a\u0001b', '\ud800', 'web10'];
    names.forEach((name, i) => (s.vms[i]!.name = name));
    const labels = ['$&.vhdx', '', 'os', '\u0002.vhdx', '東京.vhdx', 'vm3-os.vhdx', '09.vhdx', '09-09.vhdx'];
    labels.forEach((label, i) => (s.vms[i]!.disks[0]!.label = label));
    s.vms[1]!.id = 'x';
    s.vms[12]!.disks[0]!.label = `${s.vms[12]!.name}.vhdx`;
    s.vms[14]!.disks[0]!.label = undefined;
    await roundTrip(
      parsed({ ...s, jobs: s.jobs.map((j) => ({ ...j, include: { ...j.include, vmIds: j.include.vmIds.map((id) => (id === 'vm2' ? 'x' : id)) } })) }),
    );
  });

  it('round-trips jobs whose VMs are out of order, sizes off the MiB grid and fractional percentages', async () => {
    const s = inventory();
    s.jobs[2]!.include.vmIds = ['vm93', 'vm3', 'vm50'];
    s.jobs[0]!.changePercentPerGeneration = 12.345;
    s.vms[0]!.memoryInUseBytes = s.vms[0]!.memoryBytes;
    s.vms[1]!.memoryInUseBytes = 1;
    s.vms[2]!.disks[0]!.fileSizeBytes = s.vms[2]!.disks[0]!.maxSizeBytes + 12345;
    s.vms[3]!.disks[0]!.fileSizeBytes = undefined;
    s.vms[4]!.disks[0]!.volumeId = 'csv2';
    s.volumes[0]!.freeBytes = 123456789012;
    await roundTrip(s);
  });
});
