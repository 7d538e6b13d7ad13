import { readFileCapped } from './node-io';
import { runHvsize } from './run-hvsize';

/** hvsize run in-process for tests: real files, the given standard input, output captured. */
export async function run(argv: string[], stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  let stdoutWrites = 0;
  let largestWrite = 0;
  const code = await runHvsize(argv, {
    readFile: readFileCapped,
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    stdout: (t) => {
      stdout += t;
      stdoutWrites++;
      largestWrite = Math.max(largestWrite, t.length);
    },
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, stdoutWrites, largestWrite };
}
