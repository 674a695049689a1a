// npm run bench: runs scripts/bench.ts bundled the way the CLI and the language server are (esbuild,
// one scope, minified), so its figures are those of the code users run. Under tsx each module is
// compiled on its own and every imported binding is read through a getter; that costs ~20 % more CPU
// per article than the bundle does (docs/benchmarks.md, "Issue 11, third session"). For profiles
// with source names, run the TypeScript directly: npx tsx scripts/bench.ts [options].
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench-out', 'bench.js');
await build({
  entryPoints: [join(root, 'scripts', 'bench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
});
const child = spawnSync(process.execPath, [out, ...process.argv.slice(2)], {
  stdio: 'inherit',
  // the bundle sits in .bench-out/, not next to server/data/: name the model the products find
  env: { TIN_HOI_NGHI_LM: join(root, 'server', 'data', 'lm.bin'), ...process.env },
});
process.exitCode = child.status ?? 1;
