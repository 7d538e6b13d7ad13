import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/engine/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc());
console.log('docs/rules.md written');
