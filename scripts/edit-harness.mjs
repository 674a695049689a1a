// Bundles scripts/edit-harness.ts as the server is bundled (esbuild, minified) and runs it with the
// server's Node flags (SERVER_EXEC_ARGV) plus any given before the script's own arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench-out', 'edit-harness.js');
await build({ entryPoints: [join(root, 'scripts', 'edit-harness.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: true, logLevel: 'warning' });
// the server's Node flags as the extension passes them: constants.ts bundled and run here, not parsed
const constants = await build({ entryPoints: [join(root, 'server', 'src', 'lsp', 'constants.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
const loaded = { exports: {} };
new Function('module', 'exports', constants.outputFiles[0].text)(loaded, loaded.exports);
const { SERVER_EXEC_ARGV } = loaded.exports;
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const rest = args.filter((a) => !a.startsWith('--'));
const child = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, ...flags, out, ...rest], { stdio: 'inherit', env: { TIN_HOI_NGHI_LM: join(root, 'server', 'data', 'lm.bin'), ...process.env } });
process.exitCode = child.status ?? 1;
