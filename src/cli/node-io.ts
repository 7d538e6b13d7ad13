import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { CliIo } from './run-hvsize';

/** A stream's bytes, failing with EFBIG once past maxBytes rather than holding all of them. */
async function readCapped(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw Object.assign(new Error('input too large'), { code: 'EFBIG' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export const readFileCapped = (path: string, maxBytes: number) => readCapped(createReadStream(path), maxBytes);

/**
 * The process's own files, standard input and output, with output waiting on a full pipe. A reader
 * that stops early (`| head`) ends the command quietly, as for other Unix tools.
 */
export function nodeIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  return {
    readFile: readFileCapped,
    readStdin: (maxBytes) => readCapped(process.stdin, maxBytes),
    stdout: async (text) => {
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    },
    stderr: (text) => process.stderr.write(text),
  };
}
