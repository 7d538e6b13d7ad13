import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import { renderRulesDoc } from './rules-doc';

describe('docs/rules.md', () => {
  const doc = renderRulesDoc();
  it('is current: the committed file is what the rules generate (run `npm run docs:rules`)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(doc);
  });
  it('lists every rule with its guide location', () => {
    for (const rule of Object.values(RULES)) expect(doc).toContain(`| \`${rule.id}\` |`);
    expect(doc).toContain('| `dest.local-factor` | §1.6(1)(a) |');
  });
});
