const CHUNK_CHARS = 1 << 16;

type Json = Record<string, unknown>;

const isContainer = (v: unknown): v is Json | unknown[] => typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
const omittedInObject = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A line item, a finding, a disk: no container inside, so one JSON.stringify call is cheap. */
function isFlat(v: Json | unknown[]): boolean {
  return Array.isArray(v) ? v.length <= 64 && !v.some(isContainer) : !Object.values(v).some(isContainer);
}

/** JSON.stringify(value, null, 2) as it reads at this indentation (JSON strings hold no raw newline). */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/**
 * JSON.stringify(value, null, 2), in chunks of about `chunkChars`: an estimate of 8,000 VMs in 100
 * jobs never becomes one string (V8 refuses strings past 512 MiB, and one would hold it all at once).
 * For plain data, byte for byte the same text.
 */
export function* jsonChunks(value: unknown, chunkChars = CHUNK_CHARS): Generator<string> {
  let text = '';
  function* emit(v: unknown, indent: string): Generator<string> {
    if (!isContainer(v) || isFlat(v)) {
      text += stringifyAt(v, indent);
      return;
    }
    const inner = `${indent}  `;
    const entries: [string | undefined, unknown][] = Array.isArray(v)
      ? v.map((item) => [undefined, omittedInObject(item) ? null : item])
      : Object.entries(v).filter(([, item]) => !omittedInObject(item));
    if (entries.length === 0) {
      text += Array.isArray(v) ? '[]' : '{}';
      return;
    }
    text += Array.isArray(v) ? '[' : '{';
    for (const [i, [key, item]] of entries.entries()) {
      text += `${i === 0 ? '' : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`;
      yield* emit(item, inner);
      if (text.length >= chunkChars) {
        yield text;
        text = '';
      }
    }
    text += `\n${indent}${Array.isArray(v) ? ']' : '}'}`;
  }
  yield* emit(value, '');
  if (text !== '') yield text;
}

/** Writes the chunks one after another, waiting for each write (a pipe's back-pressure). */
export async function writeJson(value: unknown, write: (text: string) => void | Promise<void>): Promise<void> {
  for (const chunk of jsonChunks(value)) await write(chunk);
}
