import { describe, expect, it } from 'vitest';
import { estimate, GiB, resolveAssumptions } from '../engine';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { durationText, growthLine, heldSeries, restoreLine, runTimes } from './over-time';

describe('over time, in words', () => {
  it('durations round up to the minute', () => {
    expect(durationText(3600 * 7 + 1, 'ja')).toBe('7 時間 01 分');
    expect(durationText(59, 'en')).toBe('1 min');
    expect(durationText(21 * 60, 'ja')).toBe('21 分');
    expect(durationText(3600, 'en')).toBe('1 h 00 min');
  });

  it('long run times group their hours by thousands', () => {
    expect(durationText(25_190 * 3600, 'ja')).toBe('25,190 時間 00 分');
    expect(durationText(25_190 * 3600, 'en')).toBe('25,190 h 00 min');
  });

  it('run times say how they compare with the window', () => {
    const s = scenario({ jobs: [job({ windowHours: 0.5, throughputBytesPerSecond: 1_000_000 })] });
    const r = estimate(s).jobs[0]!;
    const runs = runTimes(s.jobs[0]!, r, 'en', 'binary');
    expect(runs.status).toBe('exceeded');
    expect(runs.window).toBe('Does not fit the 0.5-hour window');
    expect(runs.first).toContain(`${durationText(r.transfer.firstRunSeconds, 'en')} (`);
  });

  it('growth: flat on the maximum basis, and when the destination gets short on the current basis', () => {
    const s = scenario({
      vms: [vm({ state: 'off', disks: [disk({ fileSizeBytes: 50 * GiB })] })],
      jobs: [job({ method: 'export', destination: { kind: 'remote-share', label: 's', capacityBytes: 60 * GiB } })],
      assumptions: { basis: 'current', growthPercentPerYear: 100 },
    });
    const e = estimate(s);
    expect(growthLine(s.jobs[0]!, e.jobs[0]!, resolveAssumptions(s.assumptions), 'ja')).toBe('年 100 % の増加で、4 か月後にバックアップ先の容量が不足します。');
    const max = estimate(s, { basis: 'maximum' });
    expect(growthLine(s.jobs[0]!, max.jobs[0]!, resolveAssumptions(s.assumptions, 'maximum'), 'en')).toContain('projection is flat');
  });

  it('restore: the largest VM and the guide’s restore path for where it lives', () => {
    const s = scenario();
    const line = restoreLine(s.jobs[0]!, estimate(s).jobs[0]!, s, 'ja', 'binary');
    expect(line).toContain('仮想マシン「app01」');
    expect(line).toContain('元の場所に復元');
  });

  it('held after each run: rises to N generations, then stays level', () => {
    const s = scenario({ jobs: [job({ generations: 3, destination: { kind: 'local-drive', label: 'E:' } })] });
    const r = estimate(s).jobs[0]!;
    const held = heldSeries(s.jobs[0]!, r).map((p) => p.held);
    expect(held).toEqual([0, 1, 2, 2, 2, 2].map((k) => r.firstGenerationBytes + k * r.laterGenerationBytes));
  });
});
