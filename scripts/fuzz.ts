// npm run fuzz: the properties of test/core/property.test.ts with many more cases.
//   analyze          never throws; ranges and fix edits inside the text; safe fixes work
//   parseConfig      never throws; problem positions inside the text
//   renderTemplate   (server/src/templates/render.ts) never throws with random field values;
//                    the rendered article analyses cleanly (invariants above)
//   npm run fuzz -- [--runs N] [--seed S] [--only analyze|config|templates]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('--runs') ?? 100_000);
const SEED = opt('--seed') !== undefined ? Number(opt('--seed')) : Date.now() % 2 ** 31;
const ONLY = opt('--only');
const root = join(__dirname, '..');

// The generators live with the tests (test/core/arbitraries.ts); loaded at run time because the
// scripts and test projects are separate TypeScript projects.
const { articleText, checkAnalysisInvariants, checkConfigProblems, checkSafeFixes, configText, vietnameseText } = require(join(root, 'test', 'core', 'arbitraries')) as {
  articleText: fc.Arbitrary<string>;
  configText: fc.Arbitrary<string>;
  vietnameseText: fc.Arbitrary<string>;
  checkAnalysisInvariants(text: string): string;
  checkSafeFixes(text: string): string;
  checkConfigProblems(text: string): string;
};

let failed = false;
function campaign(name: string, runs: number, property: fc.IProperty<[string]> | fc.IProperty<[string, Record<string, string>]>): void {
  if (ONLY && ONLY !== name) return;
  const t0 = Date.now();
  const result = fc.check(property as fc.IProperty<unknown[]>, { numRuns: runs, seed: SEED });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.failed) {
    failed = true;
    console.log(`✖ ${name}: failed after ${result.numRuns} runs (${seconds} s), seed ${SEED}, path ${result.counterexamplePath}`);
    console.log(`  counterexample: ${JSON.stringify(result.counterexample)}`);
    console.log(`  ${String(result.errorInstance ?? '').split('\n')[0]}`);
  } else {
    console.log(`✔ ${name}: ${result.numRuns} runs in ${seconds} s (seed ${SEED})`);
  }
}

const fail = (problem: string): boolean => {
  if (problem) throw new Error(problem);
  return true;
};

campaign('analyze', RUNS, fc.property(articleText, (text) => fail(checkAnalysisInvariants(text))));
campaign('safe-fixes', Math.max(1, Math.floor(RUNS / 10)), fc.property(articleText, (text) => fail(checkSafeFixes(text))));
campaign('config', RUNS, fc.property(configText, (text) => fail(checkConfigProblems(text))));

// Templates: only when the renderer exists (it is optional to this script).
const rendererPath = join(root, 'server', 'src', 'templates', 'render.ts');
if (existsSync(rendererPath) && (!ONLY || ONLY === 'templates')) {
  const renderer = require(rendererPath) as {
    renderTemplate(source: string, values: Record<string, string>): { ok: boolean; text?: string; error?: { messageId: string } };
    parseTemplateHeader?(source: string): { header: { fields?: { name: string }[] } };
  };
  const templatesDir = join(root, 'templates');
  const sources = existsSync(templatesDir) ? readdirSync(templatesDir).filter((f) => f.endsWith('.hbs')).map((f) => readFileSync(join(templatesDir, f), 'utf8')) : [];
  const fieldNames = new Set<string>();
  for (const source of sources) {
    try {
      for (const f of renderer.parseTemplateHeader?.(source).header.fields ?? []) fieldNames.add(f.name);
    } catch {
      // header problems are the renderer's own tests' business
    }
    for (const m of source.matchAll(/\{\{[#/]?(?:\w+\s+)?(\w+)\s*\}\}/g)) fieldNames.add(m[1]);
  }
  const names = [...fieldNames, 'constructor', '__proto__', 'toString', 'x y', ''];
  const value = fc.oneof(vietnameseText, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '{{x}}', '25/4/2023', '2023', '0', '-1', '1.000', 'a, b, c', '\n', '<!--', '}}'));
  const values = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length });
  const source = fc.oneof({ arbitrary: fc.constantFrom(...(sources.length ? sources : ['{{x}}'])), weight: 4 }, { arbitrary: fc.string({ unit: fc.constantFrom('{', '}', '#', '/', 'if', 'each', ' ', 'x', 'ngay', '!', '--', '\n', 'a'), maxLength: 40 }), weight: 1 });
  campaign(
    'templates',
    Math.max(1, Math.floor(RUNS / 10)),
    fc.property(source, values, (src, vals) => {
      const result = renderer.renderTemplate(src, vals);
      if (typeof result !== 'object' || result === null) throw new Error('renderTemplate returned no result');
      if (result.ok) {
        if (typeof result.text !== 'string') throw new Error('ok without text');
        if (result.text !== result.text.normalize('NFC')) throw new Error('rendered text is not NFC');
        fail(checkAnalysisInvariants(result.text));
      } else if (typeof result.error?.messageId !== 'string') {
        throw new Error('error without messageId');
      }
      return true;
    }),
  );
}

process.exitCode = failed ? 1 : 0;
