/// <reference path="../../server/src/lsp/node-shims.d.ts" />
// tinHoiNghi/facts and tinHoiNghi/extractDocx over stdio against the bundled server.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { extractPeople } from '../../server/src/core/facts/people';
import type { FactsResult } from '../../server/src/lsp/facts-panel';
import { buildDocx, oleFile } from '../support/docx';
import { ROOT, TestClient } from './client';

const ARTICLE = readFileSync(join(ROOT, 'docs', 'examples', '02-so-ket-giua-nhiem-ky-loi-so-lieu.txt'), 'utf8');
const URI = 'file:///tmp/tin-hoi-nghi-facts/bai.tin.txt';

function at(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const doc = TextDocument.create('x', 'x', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

describe('people and their titles', () => {
  it('reads a title after the name (comma-separated parts) or right before it', () => {
    const people = extractPeople(
      'Tới dự có đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy. ' +
        'Chủ tịch UBND xã Nguyễn Văn An phát biểu. Đồng chí Hoàng Minh Tuấn đề nghị. Ông Lê Văn Bình, nông dân, cho biết.',
    );
    assert.deepEqual(
      people.map((p) => [p.name, p.title, p.mentions.length]),
      [
        ['Hoàng Minh Tuấn', 'Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy', 2],
        ['Nguyễn Văn An', 'Chủ tịch UBND xã', 1],
        ['Lê Văn Bình', undefined, 1],
      ],
    );
  });

  it('does not give one person the title of the person named before', () => {
    const [, second] = extractPeople('Chủ tịch UBND xã Nguyễn Văn An và ông Trần Văn Bình dự họp.');
    assert.equal(second.name, 'Trần Văn Bình');
    assert.equal(second.title, undefined);
  });
});

describe('lsp: tinHoiNghi/facts and tinHoiNghi/extractDocx', function () {
  this.timeout(30_000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'vi' });
  });
  after(async () => {
    await client.stop();
  });

  it('lists kind, sections, fractions with percentages, counts against lists, dates, terms, unit and people, flagging findings', async () => {
    await client.open(URI, ARTICLE);
    const facts = (await client.connection.sendRequest('tinHoiNghi/facts', { textDocument: { uri: URI } })) as FactsResult;
    assert.equal(facts.checked, true);
    assert.equal(facts.version, 1);
    assert.deepEqual(facts.kind, { id: 'so-ket-giua-nhiem-ky', label: 'Sơ kết giữa nhiệm kỳ' });
    assert.ok(facts.sections.some((s) => s.name === 'achievements' && s.label === 'Kết quả đạt được'));

    const half = facts.fractions.find((f) => f.numerator === 12 && f.denominator === 24);
    assert.ok(half, JSON.stringify(facts.fractions.map((f) => f.label)));
    assert.equal(half.percent, 50);
    assert.equal(half.detail, '50%');
    assert.match(half.label, /^12\/24 chỉ tiêu/);
    assert.equal(at(ARTICLE, half.range), '12/24');
    assert.ok(half.findings.some((f) => f.rule === 'fraction-parts-sum'), 'the parts that do not add up are flagged');

    const over = facts.fractions.find((f) => f.numerator === 21);
    assert.ok(over?.findings.some((f) => f.rule === 'fraction-exceeds' && f.severity === 'error' && /21\/19/.test(f.message)));

    const percent = facts.percentages.find((p) => p.value === 93.5);
    assert.equal(percent?.label, '93,5%');
    assert.equal(at(ARTICLE, percent!.range), '93,5%');
    assert.deepEqual(percent?.findings, []);

    const count = facts.counts.find((c) => c.count === 4);
    assert.equal(count?.listed, 3);
    assert.equal(count?.detail, 'danh sách: 3 mục');
    assert.ok(count?.findings.some((f) => f.rule === 'count-mismatch'));
    assert.ok(count?.listRange && at(ARTICLE, count.listRange).startsWith('(1)'));

    assert.ok(facts.dates.some((d) => d.text.includes('14/3/2023') && d.day === 14 && d.month === 3 && d.year === 2023));
    assert.ok(facts.terms.some((t) => t.from === 2020 && t.to === 2025));
    assert.equal(facts.unit?.label, 'xã Phú An');
    const person = facts.people.find((p) => p.name === 'Hoàng Minh Tuấn');
    assert.equal(person?.title, 'Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy');
    assert.equal(person?.mentions.length, 2);
    assert.equal(at(ARTICLE, person!.range), 'Hoàng Minh Tuấn');
  });

  it('follows edits: the next request answers for the new version', async () => {
    const changed = ARTICLE.replace('12/24 chỉ tiêu chưa đạt', '10/24 chỉ tiêu chưa đạt');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: changed }] });
    const facts = (await client.connection.sendRequest('tinHoiNghi/facts', { textDocument: { uri: URI } })) as FactsResult;
    assert.equal(facts.version, 2);
    const ten = facts.fractions.find((f) => f.numerator === 10);
    assert.equal(ten?.percent, (10 / 24) * 100);
    assert.equal(ten?.detail, '41,67%');
    assert.ok(!facts.fractions.some((f) => f.numerator === 12 && f.denominator === 24));
    // 14 + 10 = 24: the parts now add up, so neither fraction is flagged any more
    assert.ok(!ten.findings.some((f) => f.rule === 'fraction-parts-sum'));
  });

  it('answers an unknown document with an empty, unchecked result and rejects bad params', async () => {
    const facts = (await client.connection.sendRequest('tinHoiNghi/facts', { textDocument: { uri: 'file:///nowhere.txt' } })) as FactsResult;
    assert.equal(facts.checked, false);
    assert.deepEqual(facts.fractions, []);
    await assert.rejects(client.connection.sendRequest('tinHoiNghi/facts', {}), /invalid params/);
  });

  it('extracts a .docx sent as base64, and explains what it cannot read', async () => {
    const text = 'HỘI NGHỊ\n\nĐảng bộ xã Phú An tổ chức hội nghị.\n';
    const ok = (await client.connection.sendRequest('tinHoiNghi/extractDocx', { data: buildDocx(text).toString('base64') })) as { ok: boolean; text: string; paragraphs: number };
    assert.deepEqual(ok, { ok: true, text, paragraphs: 2 });
    const locked = (await client.connection.sendRequest('tinHoiNghi/extractDocx', { data: oleFile(['EncryptedPackage']).toString('base64') })) as {
      ok: boolean;
      reason: string;
      message: { vi: string; en: string };
    };
    assert.equal(locked.ok, false);
    assert.equal(locked.reason, 'encrypted');
    assert.match(locked.message.en, /password/);
    await assert.rejects(client.connection.sendRequest('tinHoiNghi/extractDocx', {}), /invalid params/);
  });
});
