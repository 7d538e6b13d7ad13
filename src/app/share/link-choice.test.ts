import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine';
import { SAMPLES } from '../../scenario/samples';
import { scenarioInput } from '../../test-support/scenario-builder';
import { sampleScenario } from '../store/app-store';
import { linkChoice } from './link-choice';

const linked = (() => {
  const r = parseScenario({ ...scenarioInput(), name: 'from a link' });
  if (!r.ok) throw new Error('builder');
  return r.scenario;
})();

describe('opening a link over the work on screen', () => {
  it('opens at once over an untouched sample, in either language', () => {
    for (const s of SAMPLES) for (const lang of ['ja', 'en'] as const) expect(linkChoice(sampleScenario(s.id, lang), linked)).toBe('open');
  });
  it('asks over anything of the person’s own: an edited sample, saved work, another link', () => {
    expect(linkChoice({ ...sampleScenario(SAMPLES[0]!.id, 'ja'), name: '初回の編集' }, linked)).toBe('ask');
    expect(linkChoice({ ...linked, name: 'other' }, linked)).toBe('ask');
  });
  it('does nothing when the link holds the same scenario', () => {
    expect(linkChoice(structuredClone(linked), linked)).toBe('same');
  });
});
