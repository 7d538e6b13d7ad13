import { describe, expect, it } from 'vitest';
import { estimate } from '../engine';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { groupFindings, incompleteText, sortFindings, subjectNamer } from './finding-groups';
import { jobsWithResults, lineItemsByVm } from './job-pairs';

describe('finding groups', () => {
  const s = scenario({
    vms: [vm({ disks: [disk(), disk({ id: 'p', kind: 'passthrough', volumeId: undefined, guestRole: 'data' })] })],
    jobs: [job({ method: 'file-copy' })],
  });
  const e = estimate(s);

  it('group one kind per entry, errors first', () => {
    const groups = groupFindings(e.findings);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(e.findings.length);
    const order = groups.map((g) => g.severity);
    expect([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b))).toEqual(order);
    expect(sortFindings(e.findings)[0]!.severity).toBe('error');
  });

  it('name the job and VM a finding concerns', () => {
    const f = e.findings.find((x) => x.id === 'F-FILE-COPY-RUNNING')!;
    expect(subjectNamer(s)(f)).toBe(`${s.jobs[0]!.name} / ${s.vms[0]!.name}`);
  });
});

describe('jobs with their results', () => {
  it('pair by id, whatever the order of the estimate', () => {
    const s = scenario({ jobs: [job({ id: 'a', generations: 1 }), job({ id: 'b', generations: 2 })] });
    const e = estimate(s);
    const reversed = { ...e, jobs: [...e.jobs].reverse() };
    for (const { job: j, result } of jobsWithResults(s, reversed)) expect(result.id).toBe(j.id);
  });
});

describe('line items per VM', () => {
  it('group each VM’s items with a subtotal that adds up to the first generation, host items first', () => {
    const s = scenario({ vms: [vm(), vm({ id: 'vm2', name: 'db02' })], jobs: [job({ include: { hostSystem: true, vmIds: ['vm1', 'vm2'] } })] });
    const r = estimate(s).jobs[0]!;
    const groups = lineItemsByVm(r, s, 'ホスト');
    expect(groups.map((g) => g.name)).toEqual(['ホスト', s.vms[0]!.name, 'db02']);
    for (const g of groups) expect(g.subtotal).toBe(g.items.reduce((n, i) => n + i.bytes, 0));
    expect(groups.reduce((n, g) => n + g.subtotal, 0)).toBe(r.firstGenerationBytes);
  });
});

describe('what the verdict says is still to be entered', () => {
  const verdict = (d: number, v: number) => ({ kind: 'incomplete' as const, unknownDestinations: d, unknownVolumes: v });
  it('names only what is missing, in both languages', () => {
    expect(incompleteText(verdict(3, 0), 'ja')).toBe('容量が未入力のバックアップ先が 3 件あります。入力すると、収まるかどうかを示します。');
    expect(incompleteText(verdict(0, 2), 'en')).toBe('2 volume(s) without their free space: enter it to see whether everything fits.');
    expect(incompleteText(verdict(1, 1), 'en')).toContain('1 destination(s) without a capacity and 1 volume(s)');
  });
});
