// Entry of server/dist/server.js, what VS Code and tin-hoi-nghi-ls start: V8 flags first, then the
// language server (server.ts, bundled as server/dist/server-bundle.js) compiled with V8's code cache
// (node/code-cache.ts), written after the first diagnostics.

import './node/v8-flags'; // first: the cache is only valid under the flags it was compiled with
import { join } from 'node:path';
import { runWithCodeCache } from './node/code-cache';

runWithCodeCache(join(__dirname, 'server-bundle.js'));
