import { nodeIo } from './node-io';
import { runHvsize } from './run-hvsize';

process.exitCode = await runHvsize(process.argv.slice(2), nodeIo());
