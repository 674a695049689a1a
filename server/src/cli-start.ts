// Entry of server/dist/cli.js, which the tin-hoi-nghi bin requires: V8 flags first, then the
// command-line checker (cli/main.ts, bundled as server/dist/cli-bundle.js) compiled with V8's code
// cache (node/code-cache.ts), written after the first run that analysed a file.

import './node/v8-flags'; // first: the cache is only valid under the flags it was compiled with
import { join } from 'node:path';
import { runWithCodeCache } from './node/code-cache';

const cli = runWithCodeCache(join(__dirname, 'cli-bundle.js')) as { main(): void };

/** Runs the checker with process.argv and sets process.exitCode (cli/main.ts). */
export function main(): void {
  cli.main();
}

if (require.main === module) main();
