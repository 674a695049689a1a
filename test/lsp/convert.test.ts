/// <reference path="../../server/src/lsp/node-shims.d.ts" />
// The language server's pure conversions, without a server process.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config';
import { lookupAbbreviation } from '../../server/src/core/data/abbreviations';
import { looksLikeArticle } from '../../server/src/core/detect';
import type { Finding, Section } from '../../server/src/core/types';
import type { AnalysisEntry } from '../../server/src/lsp/cache';
import { codeActions, kindCovers, nonOverlappingSafeFixes } from '../../server/src/lsp/code-actions';
import { completionsAt, scanNames } from '../../server/src/lsp/completion';
import { docsUrl, FIX_ALL_KIND } from '../../server/src/lsp/constants';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { shouldCheck } from '../../server/src/lsp/files';
import { describeFraction, formatPercent, hoverAt } from '../../server/src/lsp/hover';
import { PROVIDERS, toSnippet } from '../../server/src/lsp/providers';
import { buildConfig, parseSettings, resolveLocale } from '../../server/src/lsp/settings';
import { documentSymbols, foldingRanges } from '../../server/src/lsp/symbols';

const ARTICLE =
  'Sáng ngày 10/3/2024, Đảng ủy xã Hòa Bình tổ chức hội nghị Ban Chấp hành mở rộng. ' +
  'Tới dự và chỉ đạo có đồng chí Trần Văn Minh, Phó Bí thư Huyện ủy. Đồng chí Lê Thị Hồng, Bí thư Đảng ủy xã chủ trì hội nghị.';

function entryFor(text: string, patch: { findings?: Finding[]; sections?: Section[] } = {}): { doc: TextDocument; entry: AnalysisEntry } {
  const doc = TextDocument.create('file:///a.tin.txt', 'tin-hoi-nghi', 1, text);
  const analysis = analyze(text);
  return {
    doc,
    entry: {
      uri: doc.uri,
      version: 1,
      generation: 0,
      checked: true,
      locale: 'vi',
      analysis: { ...analysis, findings: patch.findings ?? [], sections: patch.sections ?? analysis.sections },
      ms: 0,
      paceMs: 0,
      typicalMs: 0,
      extras: new Map(),
    },
  };
}

const finding = (start: number, end: number, fixes: Finding['fixes'] = [], rule = 'whitespace'): Finding => ({
  rule,
  severity: 'warning',
  start,
  end,
  messageId: 'x',
  values: {},
  fixes,
});

describe('lsp: settings', () => {
  it('reads nested and dotted settings and ignores bad values', () => {
    const s = parseSettings({
      locale: 'en',
      rules: { spelling: 'off', whitespace: 'loud' },
      'rules.closing-mark': 'hint',
      toneStyle: 'old',
      words: ['Nà Vạc', 3, ''],
      knownTotals: { 'Tiêu chí nông thôn mới': 20, bad: -1 },
      debounceMs: 99999,
      files: { checkAll: true },
    });
    assert.equal(s.locale, 'en');
    assert.deepEqual(s.rules, { spelling: 'off', 'closing-mark': 'hint' });
    assert.equal(s.toneStyle, 'old');
    assert.deepEqual(s.words, ['Nà Vạc']);
    assert.deepEqual(s.knownTotals, { 'tiêu chí nông thôn mới': 20 });
    assert.equal(s.debounceMs, 5000);
    assert.equal(s.checkAll, true);
    assert.equal(parseSettings({ 'files.checkAll': true }).checkAll, true);
    assert.deepEqual(parseSettings(null), parseSettings(undefined));
  });

  it('resolves the locale: auto follows the client', () => {
    assert.equal(resolveLocale('auto', 'vi'), 'vi');
    assert.equal(resolveLocale('auto', 'en-US'), 'en');
    assert.equal(resolveLocale('auto', undefined), 'vi');
    assert.equal(resolveLocale('vi', 'en'), 'vi');
  });

  it('builds the config: project file as base, settings override rules and an explicit tone style', () => {
    const project = { ...defaultConfig(), rules: { spelling: 'error' as const, whitespace: 'off' as const }, toneStyle: 'new' as const, words: ['a'] };
    const c = buildConfig(parseSettings({ rules: { spelling: 'hint' }, toneStyle: 'consistent', words: ['b'] }), 'en', project);
    assert.deepEqual(c.rules, { spelling: 'hint', whitespace: 'off' });
    assert.equal(c.toneStyle, 'new');
    assert.deepEqual(c.words, ['a', 'b']);
    assert.equal(c.locale, 'en');
    assert.equal(buildConfig(parseSettings({ toneStyle: 'old' }), 'vi', project).toneStyle, 'old');
  });

  it('pins the reference date from the settings; an empty setting keeps the project file’s', () => {
    const project = { ...defaultConfig(), referenceDate: '2024-05-20' };
    assert.equal(buildConfig(parseSettings({ referenceDate: '' }), 'vi', project).referenceDate, '2024-05-20');
    assert.equal(buildConfig(parseSettings({ referenceDate: '2023-01-02' }), 'vi', project).referenceDate, '2023-01-02');
    assert.equal(buildConfig(parseSettings({ referenceDate: '2023-02-30' }), 'vi').referenceDate, undefined);
    assert.equal(buildConfig(parseSettings({}), 'vi').referenceDate, undefined);
  });
});

describe('lsp: which files', () => {
  const english = '# Tool\n\nThis README explains how to install the tool, configure it and run the tests on a build server.\n';
  it('checks the tin-hoi-nghi language and *.tin.* files always', () => {
    assert.ok(shouldCheck({ uri: 'file:///x.txt', languageId: 'tin-hoi-nghi', text: '', checkAll: false }));
    assert.ok(shouldCheck({ uri: 'file:///bai.tin.md', languageId: 'markdown', text: english, checkAll: false }));
  });
  it('checks plaintext/markdown only when it looks like an article, or with checkAll', () => {
    assert.ok(shouldCheck({ uri: 'file:///x.txt', languageId: 'plaintext', text: ARTICLE, checkAll: false }));
    assert.ok(!shouldCheck({ uri: 'file:///README.md', languageId: 'markdown', text: english, checkAll: false }));
    assert.ok(shouldCheck({ uri: 'file:///README.md', languageId: 'markdown', text: english, checkAll: true }));
    assert.ok(!shouldCheck({ uri: 'file:///a.ts', languageId: 'typescript', text: ARTICLE, checkAll: true }));
  });
  it('looksLikeArticle: Vietnamese meeting news yes, other text no, never throws', () => {
    assert.ok(looksLikeArticle(ARTICLE));
    assert.ok(looksLikeArticle(ARTICLE.normalize('NFD')));
    assert.ok(!looksLikeArticle(english));
    assert.ok(!looksLikeArticle('Hôm nay trời đẹp, cả nhà cùng nhau đi chơi công viên, ăn kem và chụp rất nhiều ảnh kỷ niệm vui vẻ.'));
    assert.ok(!looksLikeArticle('Hội nghị xã hội học quốc tế về chủ đề dữ liệu mở đã diễn ra tại Hà Nội với nhiều học giả nước ngoài.'));
    for (const odd of [null, 42, '', '\uD800'.repeat(100)]) assert.equal(looksLikeArticle(odd), false);
  });
});

describe('lsp: abbreviations', () => {
  it('looks up full forms, tolerating dashes and Ð', () => {
    assert.equal(lookupAbbreviation('HĐND')?.vi, 'Hội đồng nhân dân');
    assert.equal(lookupAbbreviation('H\u00d0ND')?.vi, 'Hội đồng nhân dân');
    assert.equal(lookupAbbreviation('KT–XH')?.vi, 'kinh tế – xã hội');
    assert.equal(lookupAbbreviation('hđnd'), undefined);
    assert.equal(lookupAbbreviation(undefined), undefined);
  });
});

describe('lsp: diagnostics', () => {
  it('carries rule code, docs link, severity and the fixes as LSP edits in data', () => {
    const text = 'a  b';
    const { doc } = entryFor(text);
    const d = toDiagnostic(finding(1, 3, [{ titleId: 't', edits: [{ start: 1, end: 3, newText: ' ' }], safe: true }]), doc, 'vi');
    assert.equal(d.code, 'whitespace');
    assert.equal(d.codeDescription?.href, docsUrl('whitespace'));
    assert.equal(d.source, 'tin-hoi-nghi');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
    assert.deepEqual((d.data as { fixes: { edits: unknown[] }[] }).fixes[0].edits, [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: ' ' },
    ]);
  });
});

describe('lsp: code actions', () => {
  const apply = (doc: TextDocument, a: CodeAction): string => TextDocument.applyEdits(doc, (a.edit?.changes?.[doc.uri] ?? []) as TextEdit[]);

  it('kinds are hierarchical', () => {
    assert.ok(kindCovers('source.fixAll', FIX_ALL_KIND));
    assert.ok(kindCovers('source', FIX_ALL_KIND));
    assert.ok(!kindCovers('source.fixAll.eslint', FIX_ALL_KIND));
  });

  it('fix all keeps safe, non-overlapping fixes only', () => {
    const fix = (start: number, end: number, safe = true) => ({ titleId: 't', edits: [{ start, end, newText: '' }], safe });
    const kept = nonOverlappingSafeFixes([finding(0, 3, [fix(0, 3)]), finding(2, 5, [fix(2, 5)]), finding(6, 7, [fix(6, 7, false)]), finding(8, 9, [fix(8, 9)])]);
    assert.deepEqual(kept.map((f) => f.edits[0].start), [0, 8]);
  });

  it('offers the fix, line and file suppression, and fix all', () => {
    const text = 'Dòng một  có lỗi.\nDòng hai.';
    const { doc, entry } = entryFor(text, { findings: [finding(8, 10, [{ titleId: 't', edits: [{ start: 8, end: 10, newText: ' ' }], safe: true }])] });
    const diagnostic = toDiagnostic(entry.analysis.findings[0], doc, 'vi');
    const actions = codeActions(doc, entry, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, { locale: 'vi', documentChanges: false });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Bỏ qua quy tắc whitespace ở dòng này'));
    assert.ok(titles.includes('Bỏ qua quy tắc whitespace trong tệp này'));
    assert.ok(titles.includes('Sửa tất cả lỗi an toàn'));
    assert.equal(apply(doc, actions[0]), 'Dòng một có lỗi.\nDòng hai.');
    assert.equal(actions[0].isPreferred, true);
    const line = actions.find((a) => a.title.includes('ở dòng này'))!;
    assert.equal(apply(doc, line), 'Dòng một  có lỗi. <!-- tin-hoi-nghi-disable-line whitespace -->\nDòng hai.');
    const file = actions.find((a) => a.title.includes('trong tệp này'))!;
    assert.equal(apply(doc, file), '<!-- tin-hoi-nghi-disable whitespace -->\nDòng một  có lỗi.\nDòng hai.');
    const only = codeActions(doc, entry, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [], only: ['source.fixAll'] } }, { locale: 'en', documentChanges: true });
    assert.deepEqual(only.map((a) => [a.kind, a.title]), [[FIX_ALL_KIND, 'Fix all safe problems']]);
    assert.ok(only[0].edit?.documentChanges);
  });

  it('adds a rule to an existing line comment instead of writing a second one', () => {
    const text = 'Có lỗi  ở đây. <!-- tin-hoi-nghi-disable-line spelling -->\r\nHết.';
    const { doc, entry } = entryFor(text, { findings: [finding(6, 8)] });
    const diagnostic = toDiagnostic(entry.analysis.findings[0], doc, 'vi');
    const actions = codeActions(doc, entry, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }, { locale: 'vi', documentChanges: false });
    const line = actions.find((a) => a.title.includes('ở dòng này'))!;
    assert.equal(apply(doc, line), 'Có lỗi  ở đây. <!-- tin-hoi-nghi-disable-line spelling, whitespace -->\r\nHết.');
    const file = actions.find((a) => a.title.includes('trong tệp này'))!;
    assert.ok(apply(doc, file).startsWith('<!-- tin-hoi-nghi-disable whitespace -->\r\n'));
  });

  it('falls back to the current analysis when the diagnostic is from an older version', () => {
    const text = 'a  b';
    const f = finding(1, 3, [{ titleId: 't', edits: [{ start: 1, end: 3, newText: ' ' }], safe: true }]);
    const { doc, entry } = entryFor(text, { findings: [f] });
    const diagnostic = { ...toDiagnostic(f, doc, 'vi'), data: { rule: 'whitespace', version: 0, fixes: [] } };
    const actions = codeActions(doc, entry, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }, { locale: 'vi', documentChanges: false });
    assert.equal(apply(doc, actions[0]), 'a b');
  });
});

describe('lsp: hover', () => {
  it('formats fractions and percentages the Vietnamese way', () => {
    assert.equal(formatPercent(50, 'vi'), '50%');
    assert.equal(formatPercent(100 / 3, 'vi'), '33,33%');
    assert.equal(formatPercent(100 / 3, 'en'), '33.33%');
    assert.match(describeFraction({ numerator: 12, denominator: 24, counted: 'mục tiêu' }, 'vi'), /^\*\*12\/24\*\* mục tiêu = 50%; còn lại 12\/24/);
    assert.match(describeFraction({ numerator: 21, denominator: 19 }, 'en'), /2 above the total of 19/);
  });

  it('explains a fraction, an abbreviation and a section', () => {
    const text = 'Xã đạt 12/24 mục tiêu, UBND xã tổ chức.';
    const sections: Section[] = [{ name: 'achievements', start: 0, end: text.length }];
    const { doc, entry } = entryFor(text, { sections });
    const options = { locale: 'vi' as const, config: defaultConfig(), expectationFor: PROVIDERS.expectationFor };
    const value = (offset: number): string => {
      const h = hoverAt(doc, entry, offset, options);
      return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    };
    assert.match(value(text.indexOf('12/24') + 1), /50%/);
    assert.match(value(text.indexOf('UBND') + 2), /Ủy ban nhân dân/);
    assert.match(value(text.indexOf('tổ chức')), /Kết quả đạt được/);
  });

  it('does not take a date for a fraction', () => {
    const text = 'Ngày 25/4 xã tổ chức hội nghị.';
    const { doc, entry } = entryFor(text, { sections: [] });
    assert.equal(hoverAt(doc, entry, text.indexOf('25/4') + 1, { locale: 'vi', config: defaultConfig() }), null);
  });
});

describe('lsp: outline and completion', () => {
  it('lists sections with Vietnamese names and folds multi-line ones', () => {
    const text = 'Mở đầu dòng 1\nMở đầu dòng 2\n\nTác giả';
    const sections: Section[] = [
      { name: 'opening', start: 0, end: 27 },
      { name: 'byline', start: 29, end: 36 },
    ];
    const { doc, entry } = entryFor(text, { sections });
    assert.deepEqual(documentSymbols(doc, entry).map((s) => s.name), ['Mở đầu', 'Tác giả, nguồn']);
    assert.deepEqual(foldingRanges(doc, entry).map((r) => [r.startLine, r.endLine]), [[0, 1]]);
    assert.deepEqual(documentSymbols(doc, { ...entry, checked: false }), []);
  });

  it('turns skeleton placeholders into snippet tab stops', () => {
    assert.equal(toSnippet('Đồng chí [họ tên], [chức vụ] $5'), 'Đồng chí ${1:họ tên}, ${2:chức vụ} \\$5');
  });

  it('offers skeletons at a paragraph start, names and abbreviations after a capital', () => {
    const text = `${ARTICLE}\n\n`;
    const { doc, entry } = entryFor(text);
    const atStart = completionsAt(doc, entry, text.length, PROVIDERS);
    assert.ok(atStart.some((i) => i.kind === 15 /* Snippet */ && i.insertTextFormat === 2));
    const plain = completionsAt(doc, entry, text.length, { ...PROVIDERS, snippets: false });
    assert.ok(plain.every((i) => i.insertTextFormat !== 2 && !/\$\{/.test(i.textEdit?.newText ?? '')));
    const typed = `${ARTICLE} Tr`;
    const e2 = entryFor(typed);
    const labels = completionsAt(e2.doc, e2.entry, typed.length, PROVIDERS).map((i) => i.label);
    assert.ok(labels.includes('Trần Văn Minh'));
    assert.ok(labels.includes('HĐND'));
    const lower = `${ARTICLE} t`;
    const e3 = entryFor(lower);
    assert.deepEqual(completionsAt(e3.doc, e3.entry, lower.length, PROVIDERS), []);
    assert.ok(scanNames(e2.entry.analysis.doc).includes('Hòa Bình'));
  });
});
