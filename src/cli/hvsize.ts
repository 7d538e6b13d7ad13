import { readFile } from 'node:fs/promises';
import { runHvsize } from './run-hvsize';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await runHvsize(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
