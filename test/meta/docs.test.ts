// Metadata consistency: registry ↔ rule files ↔ docs ↔ README, message tables, reported ids.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { RULES, RULES_BY_ID } from '../../server/src/core/rules';
import { SECTION_NAMES } from '../../server/src/core/types';
import { END_MARKER, renderRuleTable, renderSchema, START_MARKER, withRuleTable } from '../../server/src/cli/docs-gen';

const root = join(__dirname, '..', '..');
const corpusRoot = join(root, '..', 'shared', 'corpus');

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => join(dir, f));
}

/** Every article we can find: docs/examples (always), and the corpus when it is checked out beside. */
const ARTICLES = [
  ...textFiles(join(root, 'docs', 'examples')),
  ...textFiles(join(corpusRoot, 'seeds')),
  ...textFiles(join(corpusRoot, 'dev')),
];

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** Placeholder names with a language suffix (reasonVi / reasonEn) count as the same value. */
const unlocalised = (names: string[]): string[] => [...new Set(names.map((n) => n.replace(/(Vi|En)$/, '')))].sort();

describe('metadata: rules, docs, README', () => {
  const ids = RULES.map((r) => r.id);

  it('rule ids are unique kebab-case and match their file names', () => {
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    const files = readdirSync(join(root, 'server', 'src', 'core', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
      .map((f) => f.slice(0, -3))
      .sort();
    assert.deepEqual(files, [...ids].sort());
  });

  it('every rule has docs/rules/<id>.md and every doc a rule', () => {
    const docsDir = join(root, 'docs', 'rules');
    const docs = readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
    assert.deepEqual(docs, [...ids].sort());
  });

  it('each rule doc has a title, wrong and right examples and names its id', () => {
    for (const id of ids) {
      const path = join(root, 'docs', 'rules', `${id}.md`);
      if (!existsSync(path)) continue; // reported by the test above
      const doc = readFileSync(path, 'utf8');
      assert.match(doc, /^# /m, `${id}.md: title`);
      assert.ok(doc.includes(id), `${id}.md names the rule id`);
      assert.match(doc, /\bSai\b/, `${id}.md: a "Sai" (wrong) example`);
      assert.match(doc, /Đúng/, `${id}.md: a "Đúng" (right) example`);
    }
  });

  it('descriptions and messages have non-empty vi and en with the same placeholders', () => {
    for (const rule of RULES) {
      assert.ok(rule.description.vi.trim() && rule.description.en.trim(), `${rule.id}: description`);
      assert.ok(['structure', 'numbers', 'text'].includes(rule.category), `${rule.id}: category`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity), `${rule.id}: default severity`);
      assert.ok(Object.keys(rule.messages).length > 0, `${rule.id}: messages`);
      for (const [id, text] of Object.entries(rule.messages)) {
        assert.ok(typeof text.vi === 'string' && text.vi.trim() !== '', `${rule.id}.${id}: vi`);
        assert.ok(typeof text.en === 'string' && text.en.trim() !== '', `${rule.id}.${id}: en`);
        assert.deepEqual(unlocalised(placeholders(text.vi)), unlocalised(placeholders(text.en)), `${rule.id}.${id}: the same {placeholders} in vi and en`);
      }
    }
  });

  it('every reported message id and fix title is in the rule’s messages; fixes only from fixable rules', () => {
    assert.ok(ARTICLES.length >= 3, 'docs/examples has articles');
    const fixing = new Set<string>();
    for (const file of ARTICLES) {
      const text = readFileSync(file, 'utf8');
      for (const variant of [text, text.normalize('NFD')]) {
        const result = analyze(variant);
        assert.deepEqual(result.problems, [], `${file}: ${JSON.stringify(result.problems)}`);
        for (const f of result.findings) {
          const rule = RULES_BY_ID.get(f.rule);
          assert.ok(rule, `${file}: unknown rule ${f.rule}`);
          assert.ok(f.messageId in rule.messages, `${file}: ${f.rule} reports "${f.messageId}", missing from its messages`);
          for (const name of [...placeholders(rule.messages[f.messageId].vi), ...placeholders(rule.messages[f.messageId].en)]) {
            assert.ok(name in f.values, `${file}: ${f.rule}.${f.messageId} lacks the value {${name}}`);
          }
          if (f.section !== undefined) assert.ok((SECTION_NAMES as readonly string[]).includes(f.section));
          for (const fix of f.fixes) {
            assert.ok(fix.titleId in rule.messages, `${file}: ${f.rule} fix title "${fix.titleId}" missing from its messages`);
            fixing.add(f.rule);
          }
        }
      }
    }
    for (const id of fixing) assert.ok(RULES_BY_ID.get(id)!.fixable, `${id} emits fixes, so fixable must be true`);
  });

  it('the README rule table lists exactly the registry ids, in order (npm run gen:readme)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(START_MARKER);
    const end = readme.indexOf(END_MARKER);
    assert.ok(start >= 0 && end > start, 'README.md has the rule table markers');
    const table = readme.slice(start, end);
    const listed = [...table.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/([a-z0-9-]+)\.md\)/gm)].map((m) => {
      assert.equal(m[1], m[2]);
      return m[1];
    });
    assert.deepEqual(listed, ids, 'README.md rule table is out of date: run npm run gen:readme');
    // The generator itself reproduces the table from the registry.
    assert.equal(withRuleTable(readme).includes(renderRuleTable()), true);
  });

  it('.ci/run starts with exactly the README test command', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /npm ci && npm test/);
    // `npm ci` then `npm test` first; later steps (the e2e run) may follow.
    assert.deepEqual(ci.split('\n').filter((l) => /^\s*npm /.test(l)).map((l) => l.trim()).slice(0, 2), ['npm ci', 'npm test']);
  });

  it('the JSON schema knows exactly the registry ids and article kinds (npm run gen:readme)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs', 'tin-hoi-nghi.schema.json'), 'utf8'));
    const fresh = JSON.parse(renderSchema());
    assert.deepEqual(Object.keys(schema.properties.rules.properties), Object.keys(fresh.properties.rules.properties));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...ids].sort());
    assert.deepEqual(schema.properties.sections, fresh.properties.sections);
    assert.deepEqual(Object.keys(schema.properties), Object.keys(fresh.properties));
  });
});
