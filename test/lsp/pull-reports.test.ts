import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { PullReports, sameDiagnostics } from '../../server/src/lsp/pull-reports';

const diagnostic = (line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: 7 } },
  severity: 2,
  code: 'spelling',
  codeDescription: { href: 'https://example.invalid/spelling.md' },
  source: 'tin-hoi-nghi',
  message: 'Có thể sai chính tả',
  ...extra,
});
const withFix = (version: number, newText = 'đúng'): Diagnostic =>
  diagnostic(3, { data: { rule: 'spelling', version, fixes: [{ title: 'Sửa', safe: true, edits: [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } }, newText }] }] } });

describe('pull reports', () => {
  it('counts diagnostics the same when only the version in their data differs', () => {
    assert.ok(sameDiagnostics([diagnostic(1), withFix(4)], [diagnostic(1), withFix(5)]));
  });

  it('tells apart a moved range, another message, another fix, a missing or an extra field', () => {
    const base = [diagnostic(1), withFix(4)];
    assert.ok(!sameDiagnostics(base, [diagnostic(2), withFix(4)]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1, { message: 'khác' }), withFix(4)]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1, { severity: 1 }), withFix(4)]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1), withFix(4, 'khác')]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1), diagnostic(3)]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1, { tags: [1] }), withFix(4)]));
    assert.ok(!sameDiagnostics(base, [diagnostic(1)]));
    assert.ok(!sameDiagnostics([diagnostic(1, { tags: [1] })], [diagnostic(1)]));
  });

  it('answers unchanged only to the result id it answered last, and keeps nothing when told not to', () => {
    const reports = new PullReports();
    const uri = 'file:///a.tin.txt';
    assert.equal(reports.report(uri, 'g:1', undefined, [diagnostic(1)], true).kind, 'full');
    const second = reports.report(uri, 'g:2', 'g:1', [diagnostic(1)], true);
    assert.deepEqual(second, { kind: 'unchanged', resultId: 'g:2' });
    assert.equal(reports.report(uri, 'g:3', 'g:1', [diagnostic(1)], true).kind, 'full', 'g:1 is no longer what the client holds');
    assert.equal(reports.report(uri, 'g:4', 'g:3', [diagnostic(2)], true).kind, 'full', 'a diagnostic moved');
    assert.equal(reports.report(uri, 'g:5', 'g:4', [diagnostic(2)], false).kind, 'full', 'a huge document');
    assert.equal(reports.report(uri, 'g:6', 'g:5', [diagnostic(2)], true).kind, 'full', 'nothing was kept for g:5');
    reports.forget(uri);
    assert.equal(reports.report(uri, 'g:7', 'g:6', [diagnostic(2)], true).kind, 'full');
  });
});
