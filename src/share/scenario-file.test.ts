import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { scenarioFileName } from './scenario-file';

const named = (name: string) => ({ name }) as Scenario;

describe('scenario file names', () => {
  it('keep Japanese and replace what Windows forbids', () => {
    expect(scenarioFileName(named('東京 クラスター: 案 A'))).toBe('東京 クラスター_ 案 A.hvsizer.json');
  });

  it('drop control and bidi characters, so no name can fake another extension', () => {
    expect(scenarioFileName(named('report\u202Enosj.exe'))).toBe('reportnosj.exe.hvsizer.json');
    expect(scenarioFileName(named('a\u0000b\u001b[2Jc\u0085'))).toBe('ab[2Jc.hvsizer.json');
  });

  it('avoid device names and trailing dots, and never come out empty', () => {
    expect(scenarioFileName(named('CON'))).toBe('_CON.hvsizer.json');
    expect(scenarioFileName(named('nul.txt'))).toBe('_nul.txt.hvsizer.json');
    expect(scenarioFileName(named('plan...'))).toBe('plan.hvsizer.json');
    expect(scenarioFileName(named('\u202E'))).toBe('scenario.hvsizer.json');
  });

  it('hold only characters every file system accepts, whatever the name (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (name) => {
        const file = scenarioFileName(named(name));
        expect(file.endsWith('.hvsizer.json')).toBe(true);
        // eslint-disable-next-line no-control-regex
        expect(file).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\\/:*?"<>|]/);
      }),
      { numRuns: 3000 },
    );
  });
});
