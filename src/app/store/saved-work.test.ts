import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine';
import { scenarioInput } from '../../test-support/scenario-builder';
import { readSavedWork, SAVED_WORK_VERSION, savedLinkText, savedWorkText } from './saved-work';

const parsed = () => {
  const r = parseScenario(scenarioInput());
  if (!r.ok) throw new Error('builder');
  return r.scenario;
};

describe('saved work in the browser', () => {
  it('reads back what it writes', () => {
    const work = { scenario: parsed(), lang: 'en' as const, units: 'decimal' as const };
    expect(readSavedWork(savedWorkText(work))).toEqual({ kind: 'ok', work, migrated: false });
  });

  it('migrates older shapes: no version, or a bare scenario', () => {
    const scenario = scenarioInput();
    const old = readSavedWork(JSON.stringify({ state: { scenario, lang: 'en' } }));
    expect(old.kind === 'ok' && old.migrated && old.work.lang).toBe('en');
    const bare = readSavedWork(JSON.stringify(scenario));
    expect(bare.kind === 'ok' && bare.work.scenario.name).toBe(scenario.name);
  });

  it('reports damaged, invalid and newer work with its text, never guessing', () => {
    expect(readSavedWork('{not json')).toMatchObject({ kind: 'unreadable', reason: 'corrupt', raw: '{not json' });
    expect(readSavedWork('[]')).toMatchObject({ kind: 'unreadable', reason: 'corrupt' });
    expect(readSavedWork(JSON.stringify({ state: { scenario: { format: 'x' } }, version: 1 }))).toMatchObject({ kind: 'unreadable', reason: 'invalid' });
    const newer = JSON.stringify({ state: { scenario: scenarioInput(), lang: 'en' }, version: SAVED_WORK_VERSION + 1 });
    expect(readSavedWork(newer)).toMatchObject({ kind: 'unreadable', reason: 'newer', raw: newer, lang: 'en' });
    // Beyond the bounds (a typo'd 100 TB of memory): invalid, kept, not cut.
    const tooLarge = scenarioInput();
    tooLarge.vms[0]!.memoryBytes = 100 * 1024 ** 4;
    expect(readSavedWork(JSON.stringify({ state: { scenario: tooLarge }, version: 1 }))).toMatchObject({ kind: 'unreadable', reason: 'invalid' });
  });

  it('reads large work saved as its link, and version 1 texts as before', () => {
    const text = savedLinkText('1.abc', 'en', 'decimal');
    expect(readSavedWork(text)).toEqual({ kind: 'link', link: '1.abc', lang: 'en', units: 'decimal', raw: text });
    const v1 = JSON.stringify({ state: { scenario: scenarioInput(), lang: 'en' }, version: 1 });
    expect(readSavedWork(v1)).toMatchObject({ kind: 'ok', migrated: true });
  });

  it('is nothing when nothing is stored', () => {
    expect(readSavedWork(null)).toEqual({ kind: 'none' });
  });
});
