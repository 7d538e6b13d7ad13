import { describe, expect, it } from 'vitest';
import { loadFixturePairs } from '../test-support/fixtures';
import { COLUMN_TABLE, configColumnOf } from './config-column';
import { estimate } from './estimate';
import { DESTINATION_RULE_IDS, FINDING_IDS, LINE_ITEM_IDS, SOURCE_ITEM_IDS } from './estimate-types';
import { parseScenario } from './parse-scenario';
import { RULES } from './rules';

describe('RULES', () => {
  const ids = [...LINE_ITEM_IDS, ...DESTINATION_RULE_IDS, ...SOURCE_ITEM_IDS, ...FINDING_IDS];

  it('has exactly one entry per rule id of sizing-rules.md, each with a source and both languages', () => {
    expect(Object.keys(RULES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const rule = RULES[id]!;
      expect(rule.id).toBe(id);
      expect(rule.source).not.toBe('');
      for (const text of [rule.title, rule.wording]) {
        expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
        expect(text.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
        expect(text.en.length).toBeGreaterThan(3);
      }
    }
  });

  it('every line item and finding of the fixtures cites the guide location its rule names', () => {
    for (const pair of loadFixturePairs()) {
      const parsed = parseScenario(pair.scenario);
      if (!parsed.ok) throw new Error(pair.name);
      const s = parsed.scenario;
      const e = estimate(s);
      for (const job of e.jobs) {
        for (const item of job.lineItems) {
          if (item.id.startsWith('vm.')) {
            const vm = s.vms.find((v) => v.id === item.vmId)!;
            expect(item.source).toBe(COLUMN_TABLE[configColumnOf(vm.configVersion)]);
          } else {
            expect(item.source).toBe(RULES[item.id]!.source);
          }
        }
      }
      for (const v of e.sourceVolumes) {
        for (const item of v.lineItems) expect(RULES[item.id]!.source).toContain(item.source);
      }
      for (const f of e.findings) expect(f.source).toBe(RULES[f.id]!.source);
    }
  });
});
