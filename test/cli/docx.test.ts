import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { JsonFileResult } from '../../server/src/cli/format';
import { extractDocx, layoutParagraphs, paragraphsOfDocumentXml } from '../../server/src/node/docx';
import { buildDocx, documentXml, oleFile, zip } from '../support/docx';
import { cli, Scratch } from './helpers';

const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');
const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');

/** Drafts to turn into .docx: our committed examples, plus the seeds when the shared corpus is checked out. */
function drafts(): { name: string; text: string }[] {
  const out = readdirSync(EXAMPLES)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
  if (existsSync(SEEDS)) {
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) out.push({ name: `seed ${name}`, text: readFileSync(join(SEEDS, name), 'utf8') });
  }
  return out;
}

/** Paragraphs of a text as a Word document holds them (blank-line separated, soft breaks inside). */
function paragraphsOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split(/\n[ \t]*\n/);
}

describe('Word drafts (.docx)', () => {
  let s: Scratch;
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  it('reads paragraphs, runs, breaks, tabs and entities; skips tab stops, moved-from text and field codes', () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Hội </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">nghị &amp; &lt;bàn&gt; &#x1EA1;</w:t></w:r></w:p>' +
      '<w:p/>' +
      '<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>dòng hai</w:t><w:tab/><w:t>cột</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:moveFrom><w:r><w:t>đã chuyển</w:t></w:r></w:moveFrom><w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del></w:p>' +
      '</w:body></w:document>';
    const paragraphs = paragraphsOfDocumentXml(xml);
    assert.deepEqual(paragraphs, ['Hội nghị & <bàn> ạ', '', 'Dòng một\ndòng hai\tcột']);
    const { text, lineOrigins } = layoutParagraphs(paragraphs);
    assert.equal(text, 'Hội nghị & <bàn> ạ\n\n\n\nDòng một\ndòng hai\tcột\n');
    // lines: p0, blank, p1 (empty), blank, p2 line 1, p2 line 2 (starts at column 9 of paragraph 2)
    assert.deepEqual(lineOrigins.map((o) => `${o.paragraph}:${o.column}`), ['0:0', '0:18', '1:0', '1:0', '2:0', '2:9']);
    // a document with another prefix for the main namespace
    assert.deepEqual(paragraphsOfDocumentXml('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p><x:r><x:t>A</x:t></x:r></x:p></x:document>'), ['A']);
  });

  it('a .docx built from each draft gives the same findings (rule and quote) as its text, at paragraph:column', async () => {
    let compared = 0;
    for (const { name, text } of drafts()) {
      const paragraphs = paragraphsOf(text);
      const expectedText = `${paragraphs.join('\n\n')}\n`;
      const file = s.write(`${compared}.docx`, buildDocx(text));
      const r = await cli(['check', '--format', 'json', file]);
      assert.notEqual(r.code, 2, `${name}: ${r.stderr}`);
      const [result] = JSON.parse(r.stdout) as JsonFileResult[];
      const analysis = analyze(expectedText);
      assert.equal(result.kind, analysis.kind, name);
      const expected = analysis.findings.map((f) => `${f.rule}: ${expectedText.slice(f.start, f.end)}`);
      // the quote of each reported finding, read back from the Word paragraph it names
      const got = result.diagnostics.map((d) => {
        const { start, end } = d.range;
        const quote =
          start.line === end.line
            ? paragraphs[start.line].slice(start.character, end.character)
            : [paragraphs[start.line].slice(start.character), ...paragraphs.slice(start.line + 1, end.line), paragraphs[end.line].slice(0, end.character)].join('\n\n');
        return `${d.rule}: ${quote}`;
      });
      assert.deepEqual(got, expected, name);
      compared += expected.length;
    }
    assert.ok(compared >= 10, `findings compared: ${compared}`);
  });

  it('finds .docx drafts in folders (not Word lock files) and reports them in stylish, SARIF and HTML', async () => {
    const text = readFileSync(join(EXAMPLES, '02-so-ket-giua-nhiem-ky-loi-so-lieu.txt'), 'utf8');
    s.write('drafts/bai.docx', buildDocx(text));
    s.write('drafts/~$bai.docx', Buffer.from([0x05, 0x00, 0x41]));
    s.write('drafts/ghi-chu.txt', 'Hội nghị bàn về các các chỉ tiêu.\n');
    const json = await cli(['check', '--format', 'json', s.path('drafts')]);
    assert.equal(json.stderr, '');
    const files = (JSON.parse(json.stdout) as JsonFileResult[]).map((f) => f.file.replace(/^.*drafts\//, ''));
    assert.deepEqual(files, ['bai.docx', 'ghi-chu.txt']);
    const exceeds = (JSON.parse(json.stdout) as JsonFileResult[])[0].diagnostics.find((d) => d.rule === 'fraction-exceeds');
    assert.ok(exceeds);
    const paragraph = paragraphsOf(text)[exceeds.range.start.line];
    assert.equal(paragraph.slice(exceeds.range.start.character, exceeds.range.end.character), '21/19');
    const stylish = await cli(['check', s.path('drafts/bai.docx')]);
    assert.match(stylish.stdout, new RegExp(`${exceeds.range.start.line + 1}:${exceeds.range.start.character + 1} +error +.*fraction-exceeds`));
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif', s.path('drafts/bai.docx')])).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0].results.find((x) => x.ruleId === 'fraction-exceeds');
    assert.equal(result?.locations[0].physicalLocation.region.startLine, exceeds.range.start.line + 1);
    const html = await cli(['check', '--format', 'html', s.path('drafts/bai.docx')]);
    assert.match(html.stdout, /positions are paragraph:column|vị trí là đoạn:cột/);
  });

  it('--fix refuses to write a .docx: the findings are reported, the file is untouched, exit 2', async () => {
    const bytes = buildDocx('Hội nghị bàn về  các chỉ tiêu.\n');
    const file = s.write('bai.docx', bytes);
    s.write('bai.txt', 'Hội nghị bàn về  các chỉ tiêu.\n');
    const r = await cli(['check', '--fix', '--format', 'json', file, s.path('bai.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix không sửa tệp Word[\s\S]*--fix does not change Word files/);
    assert.deepEqual(readFileSync(file), bytes);
    const results = JSON.parse(r.stdout) as JsonFileResult[];
    assert.ok(results[0].diagnostics.some((d) => d.rule === 'whitespace'), 'the .docx is still checked');
    assert.equal(readFileSync(s.path('bai.txt'), 'utf8'), 'Hội nghị bàn về các chỉ tiêu.\n', 'the text file is still fixed');
  });

  it('corrupt, password-protected, old .doc and non-Word inputs: a clear message and exit 2, other files still checked', async () => {
    const good = buildDocx('Hội nghị bàn về các các chỉ tiêu.\n');
    const badCrc = Buffer.from(zip([{ name: 'word/document.xml', data: documentXml('Hội nghị.'), stored: true }]));
    badCrc[badCrc.indexOf('Hội') + 1] ^= 0x01; // one flipped bit inside the stored part
    const cases: [string, Uint8Array, RegExp][] = [
      ['truncated.docx', good.subarray(0, Math.floor(good.length / 2)), /bị hỏng[\s\S]*corrupt/],
      ['checksum.docx', badCrc, /bị hỏng[\s\S]*corrupt[\s\S]*checksum/],
      ['garbage.docx', Buffer.from('PK\x03\x04 this is not really a zip'), /bị hỏng[\s\S]*corrupt/],
      ['empty.docx', Buffer.alloc(0), /bị hỏng[\s\S]*corrupt/],
      ['no-document.docx', zip([{ name: 'hello.txt', data: 'hi' }]), /không phải tài liệu Word[\s\S]*not a Word document/],
      ['secret.docx', oleFile(['EncryptionInfo', 'EncryptedPackage']), /có mật khẩu[\s\S]*password-protected/],
      ['old.doc', oleFile(['WordDocument', '1Table']), /Word cũ \(\.doc[\s\S]*old binary Word file \(\.doc\)/],
      ['text.doc', Buffer.from('{\\rtf1\\ansi Hội nghị}'), /RTF/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = s.write(name, bytes);
      const ok = s.write('ok.txt', 'Hội nghị bàn về các các chỉ tiêu.\n');
      const r = await cli(['check', '--format', 'json', file, ok]);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, message, name);
      assert.ok(r.stderr.includes(name), `${name}: the message names the file`);
      assert.ok(!/internal|nội bộ|at \w+ \(/.test(r.stderr), `${name}: no crash`);
      assert.deepEqual((JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file.replace(/^.*\//, '')), ['ok.txt'], name);
    }
    // a Word file with a .txt name is read as Word (its zip bytes would otherwise be "binary")
    const renamed = s.write('bai-that-ra-la-word.txt', good);
    const r = await cli(['check', '--format', 'json', renamed]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as JsonFileResult[])[0].diagnostics.some((d) => d.rule === 'repeated-word'));
    assert.equal(extractDocx(new Uint8Array(0)).ok, false);
  });

  it('keeps hostile archives cheap: a part that inflates beyond the limit is refused', () => {
    const xml = documentXml('Hội nghị.'.repeat(20_000));
    const big = zip([{ name: 'word/document.xml', data: xml }]);
    const r = extractDocx(big, 64 * 1024);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'too-large');
    // a size in the directory that lies about the part is caught by the inflate limit
    const lying = Buffer.from(big);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, central + 24);
    const r2 = extractDocx(lying, 64 * 1024);
    assert.equal(!r2.ok && r2.reason, 'too-large');
    assert.equal(extractDocx(big).ok, true, 'under the default limit it reads');
  });

  it('never throws on damaged archives or odd XML (fast-check): a result or a reason', function () {
    this.timeout(60_000);
    const good = buildDocx(readFileSync(join(EXAMPLES, '03-ky-hop-hdnd-loi-van-ban.txt'), 'utf8'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(good.length), (flips, cut) => {
        const bytes = Buffer.from(good.subarray(0, Math.max(cut, 4)));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        const r = extractDocx(bytes);
        if (r.ok) assert.equal(r.lineOrigins.length, r.text === '' ? 0 : r.text.split('\n').length - 1);
        else assert.ok(r.message.vi.length > 0 && r.message.en.length > 0 && r.reason);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'w', ':', 'p', 't', 'r', ' ', '"', "'", '&', ';', 'x', '!', '-', '?', 'b') }), (xml) => {
        const paragraphs = paragraphsOfDocumentXml(xml);
        assert.ok(Array.isArray(paragraphs));
        const { text, lineOrigins } = layoutParagraphs(paragraphs);
        assert.equal(lineOrigins.length, text === '' ? 0 : text.split('\n').length - 1);
      }),
      { numRuns: 500 },
    );
  });
});
