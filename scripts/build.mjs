// Bundles the extension client, the language server and the CLI with esbuild.
// Type-checking is tsc -b's job (npm run typecheck); this only bundles.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

// The server and the CLI are always minified: a smaller bundle is parsed and compiled faster at
// every start (cold start of the language server, each CLI run) and keeps a smaller source string
// resident; the source maps still map stack traces to the TypeScript sources.
// Node built-ins the bundled LSP libraries require at load but use only in rare calls: crypto (random
// pipe names and UUIDs in vscode-jsonrpc) and child_process (global module paths in
// vscode-languageserver). Loading them costs ~15 ms of CPU at every server start; in the server
// bundle they are loaded on first use instead (a stand-in module whose properties require them).
const LAZY_BUILTINS = ['crypto', 'child_process'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(?:node:)?(?:${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.importer.includes('node_modules') ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; const load = () => (m ??= require(${JSON.stringify(`node:${args.path}`)}));
module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });`,
      loader: 'js',
    }));
  },
};

const bundles = [
  { entry: 'client/src/extension.ts', out: 'client/dist/extension.js', external: ['vscode'], minify: production },
  // server.js is a small loader that runs server-bundle.js with V8's code cache (server/src/node/code-cache.ts)
  { entry: 'server/src/server-start.ts', out: 'server/dist/server.js', external: [], minify: true },
  { entry: 'server/src/server.ts', out: 'server/dist/server-bundle.js', external: [], minify: true, plugins: [lazyBuiltins], loaded: true },
  // cli.js likewise runs cli-bundle.js with the code cache
  { entry: 'server/src/cli-start.ts', out: 'server/dist/cli.js', external: [], minify: true },
  { entry: 'server/src/cli/main.ts', out: 'server/dist/cli-bundle.js', external: [], minify: true, loaded: true },
];

for (const b of bundles) {
  const entry = join(root, b.entry);
  if (!existsSync(entry)) {
    console.warn(`build: ${b.entry} not found, skipped`);
    continue;
  }
  await build({
    entryPoints: [entry],
    outfile: join(root, b.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: b.minify,
    external: b.external,
    plugins: b.plugins ?? [],
    logLevel: 'warning',
  });
  if (b.loaded) {
    // a one-byte source string in V8 (scripts/ascii-bundle.mjs)
    const out = join(root, b.out);
    const left = asciiBundle(out, !production);
    if (left > 0) console.warn(`build: ${b.out} keeps ${left} non-ASCII characters (two bytes per character in memory)`);
    // the build's identity, which a code cache must match (server/src/node/code-cache.ts)
    appendFileSync(out, `\n//# build=${createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16)}\n`);
  }
}

// Code caches of the previous bundles (server/src/node/code-cache.ts) would only be replaced at the
// next start; a new build drops them (and any temporary file a killed writer left).
const dist = join(root, 'server', 'dist');
if (existsSync(dist)) for (const name of readdirSync(dist)) if (/^\..*\.cache(?:\.\d+\.tmp)?$/.test(name)) rmSync(join(dist, name), { force: true });
