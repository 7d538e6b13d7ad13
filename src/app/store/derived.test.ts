import { describe, expect, it } from 'vitest';
import { sampleScenario } from './app-store';
import { selectEstimate } from './derived';

describe('estimates kept for the screen', () => {
  it('are worked out once per scenario, and only the last few are kept', () => {
    const first = sampleScenario('standalone', 'ja');
    const result = selectEstimate(first, 'ja');
    expect(selectEstimate(first, 'ja')).toBe(result);
    for (let i = 0; i < 6; i++) selectEstimate({ ...first, name: `other ${i}` }, 'ja');
    const again = selectEstimate(first, 'ja');
    expect(again).not.toBe(result);
    expect(again).toEqual(result);
  });
});
