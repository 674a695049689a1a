// The core is pure: it imports nothing outside server/src/core (no vscode*, fs, path, handlebars,
// child_process, node:* …) and touches no process globals. Static scan of every source file.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const coreDir = resolve(__dirname, '..', '..', 'server', 'src', 'core');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|js|mjs|cjs|json)$/.test(name)) out.push(path);
  }
  return out;
}

function stripComments(code: string): string {
  return code.replace(/\/\*[^]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\b(?:require|import)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
];

export function importsOf(code: string): string[] {
  const clean = stripComments(code);
  const found: string[] = [];
  for (const re of SPECIFIERS) for (const m of clean.matchAll(re)) found.push(m[1]);
  return found;
}

describe('the core is pure', () => {
  const files = sources(coreDir).filter((f) => !f.endsWith('.json'));

  it('finds the core sources', () => {
    assert.ok(files.length > 10);
    assert.deepEqual(importsOf(`import { a } from 'fs';\nimport type {\n  B,\n} from "vscode";\nconst x = require('child_process');`), ['fs', 'vscode', 'child_process']);
  });

  it('imports only modules inside server/src/core', () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const inside = spec.startsWith('.') && (resolve(dirname(file), spec) + sep).startsWith(coreDir + sep);
        if (!inside) offending.push(`${relative(coreDir, file)} imports "${spec}"`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it('uses no dynamic require and no process, filesystem or network globals', () => {
    const offending: string[] = [];
    const banned = /\b(?:require\s*\(|process\.|__dirname|__filename|globalThis\.(?:process|require)|fetch\s*\(|XMLHttpRequest|eval\s*\(|new\s+Function\s*\()/;
    for (const file of files) {
      const code = stripComments(readFileSync(file, 'utf8')).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
      const m = banned.exec(code);
      if (m) offending.push(`${relative(coreDir, file)}: ${m[0]}`);
    }
    assert.deepEqual(offending, []);
  });
});
