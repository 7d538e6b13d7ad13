import { LIMITS, type Lang } from '../engine';
import { decodeFileText } from '../share/decode-text';
import { translate, type MessageKey } from '../i18n/messages';
import type { CliIo } from './run-hvsize';

/** Text read for a command, or a line saying why it could not be read. */
export type Input = { ok: true; text: string; source: string; note?: string } | { ok: false; line: string; code?: string };

const MAX_BYTES = LIMITS.scenarioFileMaxBytes;
/** Errors that say no file goes by that name (a link of 128 KiB is too long to be one). */
const NOT_A_PATH = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);

/** Why a file could not be read, by error code (the catalogue's words). */
const UNREADABLE: Record<string, MessageKey> = { ENOENT: 'cliNoSuchFile', EISDIR: 'cliIsFolder', EFBIG: 'cliTooBig' };

/**
 * A file's text, or standard input's for `-`: UTF-8 with or without BOM, UTF-16 with one, or
 * Shift_JIS (as Excel in Japan saves), which comes with a note; other bytes are refused, saying why.
 */
export async function readInput(target: string, io: CliIo, lang: Lang): Promise<Input> {
  try {
    const bytes = target === '-' ? await io.readStdin(MAX_BYTES) : await io.readFile(target, MAX_BYTES);
    const source = target === '-' ? 'stdin' : target;
    const decoded = decodeFileText(bytes, lang);
    if (!decoded.ok) return { ok: false, line: `${source}: ${decoded.message}` };
    return decoded.note === undefined ? { ok: true, text: decoded.text, source } : { ok: true, text: decoded.text, source, note: decoded.note };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key = (code !== undefined && Object.hasOwn(UNREADABLE, code) ? UNREADABLE[code] : undefined) ?? 'cliUnreadable';
    return { ok: false, line: `${target}: ${translate(lang, key, { mib: MAX_BYTES / 2 ** 20 })}`, code };
  }
}

/**
 * What `open` is given: `-` reads standard input, an argument that names an existing file is read as
 * a file (a link too long for a command line), anything else is the link itself.
 */
export async function readLinkArgument(target: string, io: CliIo, lang: Lang): Promise<Input> {
  const read = await readInput(target, io, lang);
  const noSuchPath = !read.ok && NOT_A_PATH.has(read.code ?? '');
  return noSuchPath && target !== '-' ? { ok: true, text: target, source: 'link' } : read;
}
