import { readFileSync } from 'node:fs';
import { parseScenario, type ScenarioInput } from '../src/engine';
import { decodeShareLink, encodeShareFragment, encodeScenarioBytes } from '../src/share/link-codec';
import { generateScenario } from './generate-scenario';
import { measure, measureAsync } from './measure';

/** Share-link size (target ≤ 2,048 characters for the 100-VM fixture) and encode/decode time. */
const fixture = JSON.parse(readFileSync('fixtures/inventory-100-vms.hvsizer.json', 'utf8')) as ScenarioInput;
const cases: [string, ScenarioInput][] = [
  ['inventory-100-vms fixture', fixture],
  ['1,000 VMs (generated)', generateScenario(1000)],
  ['8,000 VMs (generated)', generateScenario(8000)],
];

console.log(`share link benchmark (node ${process.version})`);
for (const [label, input] of cases) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  const fragment = await encodeShareFragment(parsed.scenario);
  const runs = label.startsWith('8,000') ? 10 : 50;
  const encode = measure(() => encodeScenarioBytes(parsed.scenario), runs, 2);
  const decode = await measureAsync(() => decodeShareLink(fragment), runs);
  const check = label.startsWith('inventory') ? `  target ≤ 2,048 ${fragment.length <= 2048 ? 'OK' : 'MISSED'}` : '';
  console.log(
    `${label.padEnd(26)} ${String(fragment.length).padStart(6)} chars${check}  encode median ${encode.median.toFixed(1)} ms` +
      `  decode+validate median ${decode.median.toFixed(1)} ms`,
  );
}
