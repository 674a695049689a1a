// The facts panel's tree built from a real tinHoiNghi/facts answer (server code run in-process).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { factsTree } from '../../client/src/factsTree';
import { defaultConfig } from '../../server/src/core/config';
import { AnalysisCache } from '../../server/src/lsp/cache';
import { analyze } from '../../server/src/core/analyze';
import { factsOf, MAX_ITEMS } from '../../server/src/lsp/facts-panel';

const ROOT = join(__dirname, '..', '..');
const ARTICLE = readFileSync(join(ROOT, 'docs', 'examples', '02-so-ket-giua-nhiem-ky-loi-so-lieu.txt'), 'utf8');

function answer(text: string, locale: 'vi' | 'en', checked = true) {
  const doc = TextDocument.create('untitled:Untitled-1', 'tin-hoi-nghi', 3, text);
  const cache = new AnalysisCache({ configFor: () => ({ config: { ...defaultConfig(), locale }, locale }), shouldCheck: () => checked });
  return factsOf(doc, cache.get(doc));
}

describe('facts panel tree', () => {
  it('groups the facts in a fixed order with Vietnamese labels and counts; empty groups are left out', () => {
    const tree = factsTree(answer(ARTICLE, 'vi'), 'vi');
    assert.deepEqual(
      tree.map((g) => g.key),
      ['kind', 'sections', 'fractions', 'percentages', 'counts', 'dates', 'terms', 'unit', 'people'],
    );
    assert.equal(tree[0].label, 'Loại bài');
    assert.equal(tree[0].children[0].label, 'Sơ kết giữa nhiệm kỳ');
    const fractions = tree.find((g) => g.key === 'fractions')!;
    assert.match(fractions.label, /^Phân số \(\d+\)$/);
    assert.equal(Number(/\((\d+)\)/.exec(fractions.label)![1]), fractions.children.length);
    const none = factsTree(answer('Hội nghị.', 'vi'), 'vi').map((g) => g.key);
    assert.ok(!none.includes('fractions') && !none.includes('people'));
  });

  it('shows 12/24 with 50%, marks items a finding touches, and carries the range to reveal', () => {
    const tree = factsTree(answer(ARTICLE, 'en'), 'en');
    assert.equal(tree.find((g) => g.key === 'fractions')?.label.startsWith('Fractions ('), true);
    const leaves = tree.flatMap((g) => g.children);
    const half = leaves.find((l) => l.label.startsWith('12/24'));
    assert.ok(half);
    assert.equal(half.description, '50%');
    assert.equal(half.uri, 'untitled:Untitled-1');
    const doc = TextDocument.create('x', 'x', 1, ARTICLE);
    assert.equal(ARTICLE.slice(doc.offsetAt(half.range.start), doc.offsetAt(half.range.end)), '12/24');
    assert.equal(half.severity, 'error'); // 14 + 12 ≠ 24
    assert.equal(half.icon, 'error');
    assert.match(half.tooltip, /fraction-parts-sum/);
    const percent = leaves.find((l) => l.label === '93.5%');
    assert.ok(percent, 'English decimal point');
    assert.equal(percent.severity, undefined);
    assert.equal(percent.icon, 'percentage');
    const person = leaves.find((l) => l.group === 'people' && l.label === 'Hoàng Minh Tuấn');
    assert.match(person?.description ?? '', /^Ủy viên Ban Thường vụ Huyện ủy/);
  });

  it('is empty for a document the server does not check', () => {
    assert.deepEqual(factsTree(answer(ARTICLE, 'vi', false), 'vi'), []);
  });

  it('finds the touching findings as a scan of every finding would, and caps huge documents', () => {
    // many paragraphs, each with fractions whose parts do not add up (findings spanning several facts)
    const paragraph = 'Đến nay có 14/24 chỉ tiêu đạt và vượt, 12/24 chỉ tiêu chưa đạt; 3/5 thôn đạt chuẩn, đạt 60% kế hoạch, xã đạt 21/19 tiêu chí.';
    const text = `${ARTICLE}\n${Array.from({ length: 900 }, () => paragraph).join('\n\n')}\n`;
    const result = answer(text, 'vi');
    const doc = TextDocument.create('x', 'x', 1, text);
    const findings = analyze(text, { locale: 'vi' }).findings;
    assert.ok(findings.length > 1000, `${findings.length} findings`);
    assert.ok(result.fractions.length === MAX_ITEMS, `fractions capped at ${MAX_ITEMS} (${result.fractions.length})`);
    for (const item of [...result.fractions.slice(0, 300), ...result.percentages.slice(0, 100), ...result.counts]) {
      const s = doc.offsetAt(item.range.start);
      const e = doc.offsetAt(item.range.end);
      const brute = findings.filter((f) => (f.start === f.end ? f.start >= s && f.start <= e : f.start < e && f.end > s)).map((f) => `${f.rule}@${f.start}`);
      assert.deepEqual(item.findings.map((f) => `${f.rule}@${doc.offsetAt(f.range.start)}`).sort(), brute.sort(), item.label);
    }
  });
});
