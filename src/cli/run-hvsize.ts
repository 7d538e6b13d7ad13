import { parseArgs } from 'node:util';
import { estimate, type Basis, type Lang, type Problem } from '../engine';
import { decodeShareLink, encodeCheckedShareFragment } from '../share/link-codec';
import { readScenarioText } from '../share/read-scenario-text';
import { runCompare } from './compare-command';
import { runImport } from './import-command';
import { workbookOptionProblem, writeWorkbookFile } from './workbook-command';
import { readInput, readLinkArgument } from './read-input';
import { renderTextReport } from './text-report';
import { visible } from './visible-text';
import { writeJson } from './write-json';

export interface CliIo {
  /** A file's bytes; past maxBytes it stops reading and fails with code EFBIG. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /** May return a promise that settles when the text has been taken (back-pressure). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
}

/** Exit codes of formats.md: 0 success (findings are results), 2 input that cannot be read. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

const USAGE = `usage:
  hvsize estimate <file|-> [--format json|text|xlsx] [--out FILE] [--lang ja|en] [--basis maximum|current]
                                            --out is required with xlsx (an Excel workbook)
  hvsize link <file|->                      prints the share link fragment for the scenario
  hvsize open <link-or-fragment|file|->     prints the scenario JSON a link holds; a link too long
                                            for the command line is read from a file or stdin (-)
  hvsize import <file>… [--include-replicas] [--lang ja|en]
                                            collector JSON (several nodes at once) or a disk CSV →
                                            the scenario JSON; what was capped, skipped or guessed on stderr
  hvsize compare <file|link> <file|link> [<file|link>] [--format json|text] [--lang ja|en] [--basis …]
                                            design alternatives side by side (JSON by default)`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T | Error {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : new Error(`${value} is not one of ${allowed.join(', ')}`);
}

/**
 * Lines for stderr, each once, with control and bidi characters shown as escapes: a name or id in a
 * message must not drive the terminal.
 */
function errorText(lines: string[]): string {
  return [...new Set(lines.map((l) => `hvsize: ${visible(l)}`))].join('\n') + '\n';
}

const problemLines = (problems: Problem[], prefix = '') => problems.map((p) => `${prefix}${p.path}: ${p.message}`);

/** The hvsize command: thin shell over the engine; never a stack trace for a user's mistake. */
export async function runHvsize(argv: string[], io: CliIo): Promise<number> {
  const fail = (lines: string[]) => {
    io.stderr(errorText(lines));
    return EXIT_BAD_INPUT;
  };
  const usage = (lines: string[] = []) => {
    io.stderr(lines.length > 0 ? errorText(lines) : '');
    io.stderr(`hvsize: ${USAGE}\n`);
    return EXIT_BAD_INPUT;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        basis: { type: 'string' },
        'include-replicas': { type: 'boolean' },
      },
    });
  } catch (error) {
    return usage([error instanceof Error ? error.message : String(error)]);
  }
  const [command, target, ...extra] = parsed.positionals;
  const takesMany = command === 'import' || command === 'compare';
  if (!['estimate', 'link', 'open', 'import', 'compare'].includes(command ?? '') || target === undefined || (extra.length > 0 && !takesMany)) return usage();
  if (parsed.values['include-replicas'] !== undefined && command !== 'import') return usage(['--include-replicas: only for import']);
  // The workbook is a format of estimate only, written to --out (formats.md "Workbook").
  const xlsx = command === 'estimate' && parsed.values.format === 'xlsx';
  const format = oneOf(xlsx ? undefined : parsed.values.format, ['json', 'text'] as const, 'json');
  const lang = oneOf<Lang>(parsed.values.lang, ['ja', 'en'], 'ja');
  const basis = oneOf<Basis>(parsed.values.basis, ['maximum', 'current'], 'maximum');
  for (const [name, v] of [
    ['--format', format],
    ['--lang', lang],
    ['--basis', basis],
  ] as const) {
    if (v instanceof Error) return fail([`${name}: ${v.message}`]);
  }
  if (format instanceof Error || lang instanceof Error || basis instanceof Error) return EXIT_BAD_INPUT;
  const outProblem = workbookOptionProblem(xlsx ? 'xlsx' : parsed.values.format, parsed.values.out);
  if (outProblem !== null) {
    io.stderr(outProblem);
    return EXIT_BAD_INPUT;
  }

  if (command === 'import') return runImport([target, ...extra], io, lang, parsed.values['include-replicas'] === true);
  if (command === 'compare') {
    return runCompare([target, ...extra], { format, lang, basis: parsed.values.basis === undefined ? undefined : basis }, io, fail);
  }

  if (command === 'open') {
    const link = await readLinkArgument(target, io, lang);
    if (!link.ok) return fail([link.line]);
    const opened = await decodeShareLink(link.text, lang);
    if (!opened.ok) return fail(problemLines(opened.problems));
    if (opened.notes) io.stderr(errorText(problemLines(opened.notes, 'note: ')));
    await writeJson(opened.scenario, io.stdout);
    await io.stdout('\n');
    return EXIT_OK;
  }

  const input = await readInput(target, io, lang);
  if (!input.ok) return fail([input.line]);
  if (input.note !== undefined) io.stderr(errorText(problemLines([{ path: input.source, message: input.note }], 'note: ')));
  const read = readScenarioText(input.text, lang);
  if (!read.ok) return fail(problemLines(read.problems, `${input.source}: `));

  if (command === 'link') {
    const link = await encodeCheckedShareFragment(read.scenario, lang);
    if (!link.ok) return fail(problemLines(link.problems, `${input.source}: `));
    await io.stdout(link.fragment + '\n');
    return EXIT_OK;
  }

  const explicitBasis = parsed.values.basis === undefined ? undefined : basis;
  const result = estimate(read.scenario, { lang, basis: explicitBasis });
  if (xlsx) return writeWorkbookFile(read.scenario, result, lang, parsed.values.out!, io);
  if (format === 'text') await io.stdout(renderTextReport(read.scenario, result, lang));
  else {
    await writeJson(result, io.stdout);
    await io.stdout('\n');
  }
  return EXIT_OK;
}
