import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenario, type Lang } from '../engine';
import { scenarioArb } from '../test-support/arbitrary-scenario';
import { loadFixturePairs } from '../test-support/fixtures';
import { disk, job, scenario, vm } from '../test-support/scenario-builder';
import { buildWorkbook, workbookCellCount } from './workbook';
import { BROWSER_MAX_CELLS, workbookCellsAtLeast } from './workbook-size';

// The app disables "Excel で保存" when this floor is past the browser's limit: it must never exceed
// the cells the workbook really has, or a workbook the browser can build would be refused.
describe('the floor under a workbook’s cells', () => {
  it.each<Lang>(['ja', 'en'])('is at most the cells of every fixture’s workbook (%s)', (lang) => {
    for (const pair of loadFixturePairs()) {
      const parsed = parseScenario(pair.scenario);
      if (!parsed.ok) throw new Error(pair.name);
      const e = estimate(parsed.scenario, { lang });
      expect(workbookCellsAtLeast(parsed.scenario, e)).toBeLessThanOrEqual(workbookCellCount(buildWorkbook(parsed.scenario, e, lang)));
    }
  });

  it('is at most the cells of any valid scenario’s workbook', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const parsed = parseScenario(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const e = estimate(parsed.scenario);
        expect(workbookCellsAtLeast(parsed.scenario, e)).toBeLessThanOrEqual(workbookCellCount(buildWorkbook(parsed.scenario, e, 'ja')));
      }),
      { numRuns: 60 },
    );
  });

  it('passes the browser’s limit for 8,000 VMs of 4 disks in 4 jobs, not for 1,000', () => {
    const estate = (n: number) => {
      const vms = Array.from({ length: n }, (_, i) => vm({ id: `vm${i}`, name: `vm-${i}`, disks: [0, 1, 2, 3].map((d) => disk({ id: `d${d}` })) }));
      const vmIds = vms.map((v) => v.id);
      const jobs = ['a', 'b', 'c', 'd'].map((id) => job({ id, name: id, method: id === 'c' ? 'export' : 'wsb-host', include: { vmIds } }));
      const s = scenario({ vms, jobs });
      return workbookCellsAtLeast(s, estimate(s));
    };
    expect(estate(8000)).toBeGreaterThan(BROWSER_MAX_CELLS);
    expect(estate(1000)).toBeLessThan(BROWSER_MAX_CELLS);
  });
});
