import { formatBytes, type Basis, type Lang, type Problem, type Scenario } from '../engine';
import { translate } from '../i18n/messages';
import { compareScenarios, type Comparison } from '../presentation/comparison';
import { decodeShareLink } from '../share/link-codec';
import { readScenarioText } from '../share/read-scenario-text';
import { readLinkArgument } from './read-input';
import type { CliIo } from './run-hvsize';
import { textTable } from './text-table';
import { visible } from './visible-text';
import { writeJson } from './write-json';

/** One alternative: a scenario file (JSON), or a link given as the argument, in a file or on stdin. */
async function readAlternative(target: string, io: CliIo, lang: Lang): Promise<{ ok: true; scenario: Scenario } | { ok: false; lines: string[] }> {
  const read = await readLinkArgument(target, io, lang);
  if (!read.ok) return { ok: false, lines: [read.line] };
  const text = read.text.replace(/^\uFEFF/, '').trim();
  const result = text.startsWith('{') ? readScenarioText(text, lang) : await decodeShareLink(text, lang);
  const where = read.source === 'link' ? 'link' : read.source;
  return result.ok ? { ok: true, scenario: result.scenario } : { ok: false, lines: result.problems.map((p: Problem) => `${where}: ${p.path}: ${p.message}`) };
}

function renderComparison(c: Comparison, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const fb = (b: number | null | undefined) => (b === null || b === undefined ? '—' : formatBytes(b, lang));
  const head = ['', ...c.scenarios.map((s, i) => `${i + 1}. ${s.name}`)];
  const rows = [
    [t('totalRequired'), ...c.scenarios.map((s) => fb(s.totals.requiredCapacityBytes))],
    [t('shortfall'), ...c.scenarios.map((s) => fb(s.totals.shortfallBytes))],
    [`${t('errors')} / ${t('warnings')}`, ...c.scenarios.map((s) => `${s.totals.errors} / ${s.totals.warnings}`)],
    ...c.jobs.map((row) => [
      row.key,
      ...row.values.map((v) => (v === null ? '—' : `${fb(v.requiredCapacityBytes)} / ${v.generationsThatFit ?? '—'} / ${fb(v.shortfallBytes)}`)),
    ]),
    ...c.findings.map((f) => [f.id, ...f.counts.map(String)]),
  ];
  return (
    `${t('compareTitle')} (${t('required')} / ${t('generationsThatFit')} / ${t('shortfall')})\n` +
    textTable(
      head,
      rows,
      head.map((_, i) => (i === 0 ? 'left' : 'right')),
    ) +
    '\n'
  );
}

/** `hvsize compare <file|link> <file|link> [<file|link>]` (formats.md "Comparison"). */
export async function runCompare(
  targets: string[],
  options: { format: 'json' | 'text'; lang: Lang; basis?: Basis },
  io: CliIo,
  fail: (lines: string[]) => number,
): Promise<number> {
  if (targets.length < 2 || targets.length > 3) return fail([translate(options.lang, 'compareArity')]);
  const scenarios: Scenario[] = [];
  for (const target of targets) {
    const read = await readAlternative(target, io, options.lang);
    if (!read.ok) return fail(read.lines);
    scenarios.push(read.scenario);
  }
  const { comparison } = compareScenarios(scenarios, { basis: options.basis, lang: options.lang });
  if (options.format === 'json') {
    await writeJson(comparison, io.stdout);
    await io.stdout('\n');
  } else await io.stdout(renderComparison(comparison, options.lang).split('\n').map(visible).join('\n'));
  return 0;
}
