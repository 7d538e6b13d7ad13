import { describe, expect, it } from 'vitest';
import type { FindingId } from './estimate-types';
import { FindingMaker } from './finding-message';
import type { Lang } from './lang';

// The job-and-VM and VM findings word their messages only when read (thousands of VMs raise them):
// read or serialized, they must be exactly what the general wording gives for the same subjects.
const plain = (f: object) => JSON.stringify(f);

describe.each<Lang>(['ja', 'en'])('findings worded when read (%s)', (lang) => {
  const maker = new FindingMaker(lang);

  it.each<FindingId>(['F-CSV-SELECTION', 'F-OFFLINE-BACKUP', 'F-GUEST-WSB-UNSUPPORTED'])('%s about a VM in a job', (id) => {
    const lazy = maker.forJob('nightly', '夜間')(id, 'vm7', 'app-01');
    const worded = maker.general(id, { jobId: 'nightly', vmId: 'vm7' }, { jobName: '夜間', vmName: 'app-01' });
    expect(lazy.message).toBe(worded.message);
    expect(plain(lazy)).toBe(plain(worded));
  });

  it.each<FindingId>(['F-CHECKPOINTS-NOT-BACKUP', 'F-VM-UNPROTECTED', 'F-GUEST-NO-CONFIG'])('%s about a VM alone', (id) => {
    const lazy = maker.forVm()(id, 'vm7', 'app-01');
    const worded = maker.general(id, { vmId: 'vm7' }, { vmName: 'app-01' });
    expect(lazy.message).toBe(worded.message);
    expect(plain(lazy)).toBe(plain(worded));
  });
});

describe('figures in findings', () => {
  it('a run time of thousands of hours is grouped by thousands', () => {
    const detail = { jobName: '夜間', runSeconds: 25_190 * 3600, windowHours: 8 };
    expect(new FindingMaker('ja').general('F-WINDOW-EXCEEDED', { jobId: 'j1' }, detail).message).toContain('所要 25,190 時間 00 分');
    expect(new FindingMaker('en').general('F-WINDOW-EXCEEDED', { jobId: 'j1' }, detail).message).toContain('takes 25,190 h 00 min');
  });
});
