// Bundles the extension client, the language server and the CLI with esbuild.
// Type-checking is tsc -b's job (npm run typecheck); this only bundles.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

const bundles = [
  { entry: 'client/src/extension.ts', out: 'client/dist/extension.js', external: ['vscode'] },
  { entry: 'server/src/server.ts', out: 'server/dist/server.js', external: [] },
  { entry: 'server/src/cli/main.ts', out: 'server/dist/cli.js', external: [] },
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
    minify: production,
    external: b.external,
    logLevel: 'warning',
  });
}
