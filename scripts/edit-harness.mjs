// Bundles scripts/edit-harness.ts as the server is bundled (esbuild, minified) and runs it with the
// server's Node flags (SERVER_EXEC_ARGV) plus any given before the script's own arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench-out', 'edit-harness.js');
await build({ entryPoints: [join(root, 'scripts', 'edit-harness.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: true, logLevel: 'warning' });
// constants.ts spreads the flag list it shares with the batch child (server/src/node/v8-flags.json) into its own
const V8_FLAGS = JSON.parse(readFileSync(join(root, 'server', 'src', 'node', 'v8-flags.json'), 'utf8'));
const SERVER_EXEC_ARGV = JSON.parse(
  /SERVER_EXEC_ARGV = (\[.*\]);/
    .exec(readFileSync(join(root, 'server', 'src', 'lsp', 'constants.ts'), 'utf8'))[1]
    .replace('...V8_FLAGS.batchAndServer', JSON.stringify(V8_FLAGS.batchAndServer).slice(1, -1))
    .replace(/'/g, '"'),
);
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const rest = args.filter((a) => !a.startsWith('--'));
const child = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, ...flags, out, ...rest], { stdio: 'inherit', env: { TIN_HOI_NGHI_LM: join(root, 'server', 'data', 'lm.bin'), ...process.env } });
process.exitCode = child.status ?? 1;
