import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reference scenarios and the estimates they must give (`fixtures/` at the repository root: the
 * repository's own copy, refreshed by hand when the reference changes).
 */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface FixturePair {
  name: string;
  scenarioPath: string;
  scenario: unknown;
  expected: unknown;
}

export function loadFixturePairs(): FixturePair[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.hvsizer.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.hvsizer\.json$/, '');
      const scenarioPath = join(FIXTURES_DIR, file);
      return {
        name,
        scenarioPath,
        scenario: JSON.parse(readFileSync(scenarioPath, 'utf8')),
        expected: JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8')),
      };
    });
}
