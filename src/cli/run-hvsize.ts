import { parseArgs } from 'node:util';
import { estimate, type Basis, type Lang } from '../engine';
import { decodeText } from '../share/decode-text';
import { decodeShareLink, encodeShareFragment } from '../share/link-codec';
import { readScenarioText } from '../share/read-scenario-text';
import { renderTextReport } from './text-report';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes of formats.md: 0 success (findings are results), 2 input that cannot be read. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

const USAGE = `usage:
  hvsize estimate <file|-> [--format json|text] [--lang ja|en] [--basis maximum|current]
  hvsize link <file|->                 prints the share link fragment for the scenario
  hvsize open <link-or-fragment>       prints the scenario JSON a link holds`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T | Error {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : new Error(`${value} is not one of ${allowed.join(', ')}`);
}

/** The hvsize command: thin shell over the engine; never a stack trace for a user's mistake. */
export async function runHvsize(argv: string[], io: CliIo): Promise<number> {
  const fail = (lines: string[]) => {
    io.stderr(lines.map((l) => `hvsize: ${l}`).join('\n') + '\n');
    return EXIT_BAD_INPUT;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, lang: { type: 'string' }, basis: { type: 'string' } },
    });
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error), USAGE]);
  }
  const [command, target, ...extra] = parsed.positionals;
  if (!['estimate', 'link', 'open'].includes(command ?? '') || target === undefined || extra.length > 0) return fail([USAGE]);
  const format = oneOf(parsed.values.format, ['json', 'text'] as const, 'json');
  const lang = oneOf<Lang>(parsed.values.lang, ['ja', 'en'], 'ja');
  const basis = oneOf<Basis>(parsed.values.basis, ['maximum', 'current'], 'maximum');
  for (const [name, v] of [['--format', format], ['--lang', lang], ['--basis', basis]] as const) {
    if (v instanceof Error) return fail([`${name}: ${v.message}`]);
  }
  if (format instanceof Error || lang instanceof Error || basis instanceof Error) return EXIT_BAD_INPUT;

  if (command === 'open') {
    const opened = await decodeShareLink(target, lang);
    if (!opened.ok) return fail(opened.problems.map((p) => `${p.path}: ${p.message}`));
    io.stdout(JSON.stringify(opened.scenario, null, 2) + '\n');
    return EXIT_OK;
  }

  let bytes: Uint8Array;
  try {
    bytes = target === '-' ? await io.readStdin() : await io.readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail([`${target}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`]);
  }
  const read = readScenarioText(decodeText(bytes), lang);
  if (!read.ok) return fail(read.problems.map((p) => `${target === '-' ? 'stdin' : target}: ${p.path}: ${p.message}`));

  if (command === 'link') {
    io.stdout((await encodeShareFragment(read.scenario)) + '\n');
    return EXIT_OK;
  }

  const explicitBasis = parsed.values.basis === undefined ? undefined : basis;
  const result = estimate(read.scenario, { lang, basis: explicitBasis });
  io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderTextReport(read.scenario, result, lang));
  return EXIT_OK;
}
