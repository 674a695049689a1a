import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { findingMessage } from '../../server/src/core/render';
import { escapeHtml, formatHtml, sentenceAround } from '../../server/src/cli/html-report';
import { cli, Scratch } from './helpers';

const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');
const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);

/** Tags of the page balance (every element we open is closed, in order); returns the element names seen. */
function checkWellFormed(html: string): string[] {
  const stack: string[] = [];
  const seen: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, closing, raw] = m;
    const name = raw.toLowerCase();
    if (closing) {
      const top = stack.pop();
      assert.equal(top, name, `</${name}> closes <${top}> at ${m.index}`);
    } else {
      seen.push(name);
      if (!VOID.has(name)) stack.push(name);
    }
  }
  assert.deepEqual(stack, [], 'every element is closed');
  return seen;
}

function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('cli: --format html', () => {
  let s: Scratch;
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  it('writes one self-contained, well-formed page with every finding message, kind and sections', async () => {
    const out = s.path('report.html');
    const r = await cli(['check', '--format', 'html', '--locale', 'vi', '-o', out, EXAMPLES]);
    assert.equal(r.code, 1, r.stderr); // the examples hold error findings
    assert.match(r.stdout, /Đã ghi báo cáo .*report\.html: ✖ \d+ vấn đề/);
    const html = readFileSync(out, 'utf8');
    const elements = checkWellFormed(html);
    for (const banned of ['script', 'link', 'img', 'iframe', 'object']) assert.ok(!elements.includes(banned), `no <${banned}>`);
    assert.ok(!/\bsrc=|url\(|@import/.test(html), 'nothing is loaded from anywhere');
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    const text = textOf(html);
    let findings = 0;
    for (const name of readdirSync(EXAMPLES).sort()) {
      const article = readFileSync(join(EXAMPLES, name), 'utf8');
      const analysis = analyze(article, { locale: 'vi' });
      assert.ok(text.includes(name), name);
      for (const f of analysis.findings) {
        findings++;
        assert.ok(text.includes(findingMessage(f, 'vi').replace(/\s*[\r\n]+\s*/g, ' ')), `${name}: ${f.rule}`);
        assert.ok(html.includes(`<code class="rule">${f.rule}</code>`), f.rule);
      }
      assert.ok(html.includes(`<code class="rule">${analysis.kind}</code>`), `${name}: kind ${analysis.kind}`);
    }
    assert.ok(findings >= 5, `the examples give findings (${findings})`);
    // summary table: one row per draft, before the first draft
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    assert.equal((table.match(/<tr><td><a href="#draft-\d+">/g) ?? []).length, readdirSync(EXAMPLES).length);
    assert.ok(html.indexOf('<table>') < html.indexOf('<article'));
    // findings grouped by severity: errors before warnings in the draft with both
    const start = html.indexOf('<h2>', html.indexOf('<article'));
    const draft = html.slice(html.indexOf('02-so-ket', start), html.indexOf('</article>', html.indexOf('02-so-ket', start)));
    assert.ok(draft.indexOf('sev-error') >= 0 && draft.indexOf('sev-error') < draft.indexOf('sev-warning'));
    // the finding's sentence is quoted, the finding marked inside it
    assert.match(text, /Xã đã đạt 21\/19 tiêu chí nông thôn mới\./);
    assert.ok(html.includes('<mark>21/19</mark>'));
  });

  it('escapes article text and file names', async () => {
    const article = 'Hội nghị <script>alert("x")</script> & bàn về các các chỉ tiêu <b>mới</b>.\n';
    s.write('<b>bai</b>.txt', article);
    const r = await cli(['check', '--format', 'html', s.path('<b>bai</b>.txt')]);
    assert.ok(!r.stdout.includes('<script>'), 'no script element from the article');
    assert.ok(!r.stdout.includes('<b>'), 'no markup from the article or the file name');
    assert.ok(r.stdout.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bàn'), 'the sentence is quoted, escaped');
    assert.ok(r.stdout.includes('&lt;b&gt;bai&lt;/b&gt;.txt'));
    checkWellFormed(r.stdout);
    assert.equal(escapeHtml(`a<b>&"'\u0007`), 'a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('says so when a draft is clean, and when there are no drafts', () => {
    const clean = formatHtml([{ file: 'a.txt', text: '', analysis: analyze(''), locale: 'en', fixed: 0 }], '1.2.3', 'en');
    assert.match(textOf(clean), /No problems found\./);
    assert.match(clean, /<meta name="generator" content="tin-hoi-nghi 1\.2\.3">/);
    assert.match(textOf(formatHtml([], '1.2.3', 'vi')), /Không có bản thảo nào/);
  });

  it('quotes the whole sentence around a finding, cutting only very long ones', () => {
    const text = 'Câu một. Câu hai có lỗi ở đây. Câu ba.';
    const at = text.indexOf('lỗi');
    assert.deepEqual(sentenceAround(text, at, at + 3), { before: 'Câu hai có ', hit: 'lỗi', after: ' ở đây.' });
    assert.deepEqual(sentenceAround('Tỷ lệ 2.5 phần.\nDòng sau', 6, 9), { before: 'Tỷ lệ ', hit: '2.5', after: ' phần.' });
    // the reach limits fall inside words on both sides ("a" and "b" shift them off the 4-character rhythm)
    const long = `${'chữ '.repeat(200)}aXyb${' chữ'.repeat(200)}`;
    const around = sentenceAround(long, 801, 803);
    assert.equal(around.hit, 'Xy');
    assert.ok(around.before.startsWith('… ') && around.after.endsWith(' …'));
    assert.ok(around.before.length < 300 && around.after.length < 300);
    assert.ok(around.before.startsWith('… chữ ') && around.after.endsWith(' chữ …'), 'cut between words');
  });

  it('-o never overwrites what it did not write: articles and other files stay, earlier reports are replaced', async () => {
    const article = s.write('bai.txt', 'Hội nghị bàn về các các chỉ tiêu.\n');
    const before = readFileSync(article);
    const r1 = await cli(['check', '--format', 'html', '-o', article, article]);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /không ghi đè[\s\S]*not overwritten/);
    assert.deepEqual(readFileSync(article), before);
    const page = s.write('trang.html', '<!doctype html><title>mine</title>');
    assert.equal((await cli(['check', '--format', 'html', `--output=${page}`, article])).code, 2);
    assert.equal(readFileSync(page, 'utf8'), '<!doctype html><title>mine</title>');
    mkdirSync(s.path('dir'));
    assert.equal((await cli(['check', '--format', 'html', '-o', s.path('dir'), article])).code, 2);

    const out = s.path('report.html');
    assert.equal((await cli(['check', '--format', 'html', '-o', out, article])).code, 0);
    const first = readFileSync(out, 'utf8');
    s.write('bai.txt', 'Hội nghị bàn về các chỉ tiêu mới mới.\n');
    assert.equal((await cli(['check', '--format', 'html', '-o', out, article])).code, 0);
    assert.notEqual(readFileSync(out, 'utf8'), first, 'an earlier report is replaced');
    // the same holds for the other formats
    for (const format of ['json', 'sarif', 'stylish']) {
      const target = s.path(`report.${format}`);
      assert.equal((await cli(['check', '--format', format, '-o', target, article])).code, 0, format);
      const again = await cli(['check', '--format', format, '-o', target, article]);
      assert.equal(again.code, format === 'stylish' ? 2 : 0, `${format}: ${again.stderr}`);
    }
  });
});
