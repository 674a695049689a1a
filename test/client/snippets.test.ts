import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { SectionName } from '../../server/src/core/types';

interface Snippet {
  prefix: string | string[];
  body: string[];
  description: string;
}

const ROOT = join(__dirname, '..', '..');
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'vi.json'), 'utf8')) as Record<string, Snippet>;

const VARIABLES: Record<string, string> = { CURRENT_DATE: '21', CURRENT_MONTH: '11', CURRENT_YEAR: '2026' };

/** What VS Code inserts when the user accepts every default: variables, ${n:default}, ${n|first,…|}, $n. */
export function expandSnippet(body: string[]): string {
  let text = body.join('\n').replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_, a?: string, b?: string) => VARIABLES[(a ?? b)!] ?? '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text;
}

/** The snippet that inserts each section; captions and bylines have their own context below. */
const SECTION_SNIPPETS: Record<string, SectionName> = {
  'Mở đầu (opening)': 'opening',
  'Mở đầu: đại hội Đảng bộ xã mới (opening)': 'opening',
  'Mở đầu: kỳ họp thứ nhất HĐND khóa mới (opening)': 'opening',
  'Mở đầu: ngày bầu cử (opening)': 'opening',
  'Mở đầu: tiếp xúc cử tri (opening)': 'opening',
  'Mở đầu, bài trước 01/7/2025 (opening)': 'opening',
  'Thành phần tham dự (attendees)': 'attendees',
  'Kết quả đạt được (achievements)': 'achievements',
  'Tồn tại, hạn chế (shortcomings)': 'shortcomings',
  'Thảo luận (discussion)': 'discussion',
  'Ý kiến chỉ đạo (directives)': 'directives',
  'Kết luận (conclusion)': 'conclusion',
  'Phương hướng, nhiệm vụ (tasks)': 'tasks',
  'Khen thưởng (commendations)': 'commendations',
  'Chú thích ảnh (caption)': 'captions',
  'Chú thích ảnh: người phát biểu (caption)': 'captions',
  'Dòng tác giả (byline)': 'byline',
};

const opening = expandSnippet(snippets['Mở đầu (opening)'].body);
const achievements = expandSnippet(snippets['Kết quả đạt được (achievements)'].body);

/** Puts the snippet where a writer would: after the opening, a caption or byline between/after paragraphs. */
function inContext(name: string, text: string): string {
  const section = SECTION_SNIPPETS[name];
  if (section === 'opening') return text;
  if (section === 'byline') return `${opening}\n\n${achievements}\n\n${text}`;
  if (section === 'captions') return `${opening}\n\n${text}\n\n${achievements}`;
  return `${opening}\n\n${text}`;
}

describe('snippets', () => {
  it('have a prefix, a body and a bilingual description, with unique prefixes', () => {
    const seen = new Set<string>();
    for (const [name, snippet] of Object.entries(snippets)) {
      const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
      assert.ok(prefixes.length > 0, name);
      for (const prefix of prefixes) {
        assert.ok(!seen.has(prefix), `duplicate prefix ${prefix}`);
        seen.add(prefix);
      }
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
      assert.match(snippet.description, / \/ /, `${name}: description should read "vi / en"`);
    }
  });

  it('cover every section of the structure except title and dateline', () => {
    const covered = new Set(Object.values(SECTION_SNIPPETS));
    for (const section of ['opening', 'attendees', 'achievements', 'shortcomings', 'discussion', 'directives', 'conclusion', 'tasks', 'commendations', 'captions', 'byline'] as const) {
      assert.ok(covered.has(section), section);
    }
    for (const name of Object.keys(SECTION_SNIPPETS)) assert.ok(snippets[name], `missing snippet ${name}`);
  });

  it('expand placeholders, choices and variables to their defaults', () => {
    assert.equal(expandSnippet(['${1:12}/${2:24} ${3|chỉ tiêu,tiêu chí|} $0']), '12/24 chỉ tiêu ');
    assert.equal(expandSnippet(['${2:$CURRENT_DATE/$CURRENT_MONTH/$CURRENT_YEAR}']), '21/11/2026');
  });

  for (const [name, section] of Object.entries(SECTION_SNIPPETS)) {
    it(`"${name}" is recognised as ${section}`, () => {
      const text = expandSnippet(snippets[name].body);
      const sections = analyze(inContext(name, text)).sections.map((s) => s.name);
      assert.ok(sections.includes(section), `${section} not in [${sections.join(', ')}]`);
    });
  }

  it('insert a fraction with its qualifier that the checker reads as a fraction', () => {
    const text = `${opening}\n\nĐến nay có ${expandSnippet(snippets['Phân số chỉ tiêu (fraction)'].body)} và vượt kế hoạch.`;
    const fractions = analyze(text).facts.fractions;
    assert.equal(fractions.length, 1);
    assert.deepEqual([fractions[0].numerator, fractions[0].denominator, fractions[0].counted], [12, 24, 'chỉ tiêu']);
  });

  it('insert numbered tasks whose announced count matches the items', () => {
    const body = expandSnippet(snippets['Nhiệm vụ đánh số (numbered tasks)'].body);
    const text = `${opening}\n\nPhát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn Hùng đề nghị xã ${body}`;
    const analysis = analyze(text);
    assert.deepEqual(analysis.findings.filter((f) => f.rule === 'count-mismatch' || f.rule === 'enumeration-sequence'), []);
    assert.ok(analysis.facts.enumerations.some((e) => e.items.length === 3), 'the (1)…(3) list is found');
  });

  it('insert the closing mark', () => {
    assert.equal(expandSnippet(snippets['Dấu kết thúc (closing mark)'].body), './.');
  });

  it('follow today’s map: xã, phường, đặc khu; thị trấn and district bodies only in the before-1-July-2025 opening', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const body = snippet.body.join('\n');
      if (name === 'Mở đầu, bài trước 01/7/2025 (opening)') {
        assert.match(body, /thị trấn/);
        continue;
      }
      assert.doesNotMatch(body, /thị trấn|[Hh]uyện/, name);
      const text = inContext(name, expandSnippet(snippet.body));
      const loud = analyze(text).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'missing-section');
      assert.deepEqual(loud.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), [], name);
    }
  });

  it('keep the before-1-July-2025 opening quiet for its own date and loud for today', () => {
    const body = snippets['Mở đầu, bài trước 01/7/2025 (opening)'].body;
    assert.deepEqual(analyze(expandSnippet(body)).findings.filter((f) => f.rule === 'admin-timeline'), []);
    const today = expandSnippet(body).replace('20/5/2024', '20/5/2026').replace('năm 2024', 'năm 2026');
    assert.ok(analyze(today).findings.some((f) => f.rule === 'admin-timeline'));
  });

  it('produce no error-severity finding in context', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const errors = analyze(inContext(name, expandSnippet(snippet.body))).findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors.map((f) => f.rule), [], name);
    }
  });
});
