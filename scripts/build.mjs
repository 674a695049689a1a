// Bundles the extension client, the language server and the CLI with esbuild.
// Type-checking is tsc -b's job (npm run typecheck); this only bundles.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

// The server and the CLI are always minified: a smaller bundle is parsed and compiled faster at
// every start (cold start of the language server, each CLI run) and keeps a smaller source string
// resident; the source maps still map stack traces to the TypeScript sources.
const bundles = [
  { entry: 'client/src/extension.ts', out: 'client/dist/extension.js', external: ['vscode'], minify: production },
  { entry: 'server/src/server.ts', out: 'server/dist/server.js', external: [], minify: true },
  { entry: 'server/src/cli/main.ts', out: 'server/dist/cli.js', external: [], minify: true },
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
    logLevel: 'warning',
  });
}
