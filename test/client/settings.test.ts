// The extension manifest agrees with the rule registry and with itself: generated settings have not
// drifted, every %key% is translated in both nls files, and the contributions the client relies on exist.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/rules';

const ROOT = join(__dirname, '..', '..');
const readJson = (file: string): any => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

const pkg = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsVi: Record<string, string> = readJson('package.nls.vi.json');
const properties: Record<string, any> = pkg.contributes?.configuration?.properties ?? {};
const RULE_PREFIX = 'tinHoiNghi.rules.';

describe('extension settings', () => {
  it('have one severity setting per registered rule, with the rule default', () => {
    const ruleSettings = Object.keys(properties).filter((k) => k.startsWith(RULE_PREFIX)).map((k) => k.slice(RULE_PREFIX.length));
    assert.deepEqual(ruleSettings, RULES.map((r) => r.id), 'package.json drifted from the registry: run npx tsx scripts/gen-settings.ts');
    for (const rule of RULES) {
      const setting = properties[RULE_PREFIX + rule.id];
      assert.deepEqual(setting.enum, ['error', 'warning', 'information', 'hint', 'off'], rule.id);
      assert.equal(setting.default, rule.defaultSeverity, `${rule.id}: default severity drifted; run npx tsx scripts/gen-settings.ts`);
    }
  });

  it('describe each rule with its registry description in both languages', () => {
    for (const rule of RULES) {
      const key = (properties[RULE_PREFIX + rule.id].description as string).replace(/^%|%$/g, '');
      assert.ok(nlsEn[key]?.startsWith(rule.description.en), `${rule.id}: English description drifted`);
      assert.ok(nlsVi[key]?.startsWith(rule.description.vi), `${rule.id}: Vietnamese description drifted`);
    }
  });

  it('include the hand-written settings the server and client read', () => {
    for (const key of ['locale', 'toneStyle', 'words', 'knownTotals', 'files.checkAll', 'debounceMs', 'templatesFolder']) {
      assert.ok(properties[`tinHoiNghi.${key}`], key);
    }
    assert.deepEqual(properties['tinHoiNghi.locale'].enum, ['auto', 'vi', 'en']);
    assert.deepEqual(properties['tinHoiNghi.toneStyle'].enum, ['consistent', 'old', 'new']);
    assert.equal(properties['tinHoiNghi.templatesFolder'].default, '.tin-hoi-nghi/templates');
  });

  it('translate every %key% of the manifest in English and Vietnamese', () => {
    const keys = new Set<string>();
    JSON.stringify(pkg).replace(/"%([\w.-]+)%"/g, (_, key: string) => {
      keys.add(key);
      return '';
    });
    assert.ok(keys.size > RULES.length);
    for (const key of keys) {
      assert.ok(nlsEn[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsVi[key], `package.nls.vi.json lacks ${key}`);
    }
    assert.equal(nlsVi['command.newArticle'], 'Tin hội nghị: Tạo bài mới từ mẫu');
    assert.equal(nlsEn['command.newArticle'], 'Tin hội nghị: New article from template');
  });

  it('are exactly what scripts/gen-settings.ts generates (--check)', function () {
    this.timeout(30000);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'gen-settings.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});

describe('extension manifest', () => {
  it('activates only for its languages, its commands and its facts view', () => {
    assert.deepEqual([...pkg.activationEvents].sort(), [
      'onCommand:tinHoiNghi.newArticle',
      'onCommand:tinHoiNghi.openDocx',
      'onLanguage:markdown',
      'onLanguage:plaintext',
      'onLanguage:tin-hoi-nghi',
      'onView:tinHoiNghi.facts',
    ]);
    assert.equal(pkg.main, './client/dist/extension.js');
    assert.equal(pkg.engines.vscode, '^1.91.0');
  });

  it('contributes the language for *.tin.txt and *.tin.md with a Vietnamese alias', () => {
    const language = pkg.contributes.languages.find((l: any) => l.id === 'tin-hoi-nghi');
    assert.deepEqual(language.extensions, ['.tin.txt', '.tin.md']);
    assert.ok(language.aliases.includes('Tin hội nghị'));
    assert.ok(existsSync(join(ROOT, language.configuration)));
  });

  it('contributes the new-article, Word-draft and reveal commands and the snippets for three languages', () => {
    assert.deepEqual(pkg.contributes.commands.map((c: any) => [c.command, c.title]), [
      ['tinHoiNghi.newArticle', '%command.newArticle%'],
      ['tinHoiNghi.openDocx', '%command.openDocx%'],
      ['tinHoiNghi.revealFact', '%command.revealFact%'],
    ]);
    assert.deepEqual(pkg.contributes.snippets.map((s: any) => s.language).sort(), ['markdown', 'plaintext', 'tin-hoi-nghi']);
    for (const s of pkg.contributes.snippets) assert.ok(existsSync(join(ROOT, s.path)), s.path);
  });

  it('contributes the facts view to the Explorer, its labels and the Word command in Vietnamese and English', () => {
    assert.deepEqual(pkg.contributes.views.explorer, [{ id: 'tinHoiNghi.facts', name: '%view.facts%' }]);
    const vi = JSON.parse(readFileSync(join(ROOT, 'package.nls.vi.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    assert.equal(vi['command.openDocx'], 'Tin hội nghị: Mở bản thảo Word (.docx)');
    assert.equal(en['command.openDocx'], 'Tin hội nghị: Open a Word draft (.docx)');
    for (const key of ['view.facts', 'command.revealFact']) assert.ok(vi[key] && en[key] && vi[key] !== en[key], key);
    // the reveal command takes arguments from the tree: hidden from the command palette
    assert.ok(pkg.contributes.menus.commandPalette.some((m: any) => m.command === 'tinHoiNghi.revealFact' && m.when === 'false'));
    assert.ok(pkg.contributes.menus['explorer/context'].some((m: any) => m.command === 'tinHoiNghi.openDocx' && /\.docx/.test(m.when)));
  });

  it('declares limited support for untrusted workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
  });

  it('packages only the bundles, templates, snippets, manifest and docs', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^\*\*$/m, 'exclude everything by default');
    const included = ignore.split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const path of included) assert.doesNotMatch(path, /node_modules|src|\.map$|\.ts$/, path);
    for (const needed of ['package.json', 'client/dist/extension.js', 'server/dist/server.js', 'server/dist/server-bundle.js', 'templates/*.hbs', 'snippets/*.json']) {
      assert.ok(included.includes(needed), needed);
    }
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  });
});
