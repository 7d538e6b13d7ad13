import type { Lang } from '../engine';
import { readInventoryFiles, type ImportNote, type NoteKind, type PickedFile } from '../inventory/inventory-import';
import { readInput } from './read-input';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './run-hvsize';
import { visible } from './visible-text';
import { writeJson } from './write-json';

/** What each note tells, as stderr names it (the preview's table groups notes the same way). */
const KIND: Record<Lang, Record<NoteKind, string>> = {
  ja: { refused: '取り込めません', skipped: '除外', capped: '上限で制限', guessed: '推定', check: '確認' },
  en: { refused: 'refused', skipped: 'skipped', capped: 'capped', guessed: 'guessed', check: 'check' },
};

const noteLine = (n: ImportNote, lang: Lang) => `hvsize: ${KIND[lang][n.kind]}: ${n.where ? `${visible(n.where)}: ` : ''}${visible(n.message)}\n`;

/**
 * `hvsize import <file>…`: collector JSON files (several nodes at once) or a one-row-per-disk CSV →
 * the scenario JSON on stdout, and the preview's notes (what was capped, skipped or guessed) on
 * stderr, one line each. Nothing importable (a file cut short by ConvertTo-Json's depth, not an
 * inventory, unreadable): the notes say why, nothing goes to stdout, and the exit code is 2.
 */
export async function runImport(paths: string[], io: CliIo, lang: Lang, includeReplicas: boolean): Promise<number> {
  const picked: PickedFile[] = [];
  const unreadable: string[] = [];
  const decoded: ImportNote[] = [];
  for (const path of paths) {
    const input = await readInput(path, io, lang);
    if (!input.ok) {
      unreadable.push(`hvsize: ${visible(input.line)}\n`);
      continue;
    }
    if (input.note !== undefined) decoded.push({ where: input.source, message: input.note, kind: 'check' });
    picked.push({ name: input.source, bytes: new TextEncoder().encode(input.text), kind: /\.csv$/i.test(path) ? 'csv' : 'json' });
  }
  const result = picked.length > 0 ? readInventoryFiles(picked, lang, { includeReplicas }) : null;
  const notes = [...decoded, ...(result?.notes ?? [])];
  io.stderr([...new Set([...unreadable, ...notes.map((n) => noteLine(n, lang))])].join(''));
  if (!result?.ok) return EXIT_BAD_INPUT;
  await writeJson(result.scenario, io.stdout);
  await io.stdout('\n');
  return EXIT_OK;
}
