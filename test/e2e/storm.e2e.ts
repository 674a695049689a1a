// A storm of edits over stdio: 1,000 random incremental edits (Vietnamese text with combining
// marks, CRLF line ends, whole-paragraph pastes, deletions) on a ~100 KB article, once as fast as
// possible and once at typing speed, each in two passes that end by pasting the original back. After each pass the published
// diagnostics must equal a fresh analysis of the final text and no publish may refer to an older
// version than one already published; the server's RSS after the second pass must stay within
// 10% of its RSS after the first pass (a leak grows with every pass; V8 keeping the heap it grew
// to during the first burst does not).

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core/analyze';
import { PositionMap } from '../../server/src/core/text/positions';
import { AS_VS_CODE, ROOT, TestClient } from '../lsp/client';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function article100k(): string {
  const dir = join(ROOT, 'docs', 'examples');
  const parts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += parts[i % parts.length] + '\n\n';
  return text;
}

/** A small deterministic PRNG so a failing storm can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  'đạt 12/24 chỉ tiêu',
  ' Nguyễn Văn Hùng',
  'Tuy nhiên, còn hạn chế'.normalize('NFD'),
  'ho\u0323c ta\u0300i', // "Unicode tổ hợp": base letters with separate tone marks
  '\r\n',
  '\n\n',
  ' ',
  'các các',
  '21/19 tiêu chí',
  'Phát biểu chỉ đạo tại hội nghị, đồng chí Lê Văn Bình đề nghị xã tập trung 3 nhiệm vụ: (1) a; (2) b; (3) c.\r\n\r\n',
];

function key(p: { code?: unknown; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const r = p.range;
  return `${String(p.code)}|${p.severity}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+)/.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

async function storm(delayMs: number, seed: number): Promise<void> {
  const client = await TestClient.start({ pull: false, ...AS_VS_CODE });
  const uri = 'file:///storm/bai.tin.txt';
  const original = article100k();
  let doc = TextDocument.create(uri, 'tin-hoi-nghi', 1, original);
  const versions: number[] = [];
  client.listeners.add((p: PublishDiagnosticsParams) => {
    if (p.uri === uri && typeof p.version === 'number') versions.push(p.version);
  });
  try {
    await client.open(uri, doc.getText(), 'tin-hoi-nghi', 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    const random = prng(seed);
    const rss: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 1000; i++) {
        const text = doc.getText();
        const at = Math.floor(random() * (text.length + 1));
        const change =
          random() < 0.6
            ? { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: SNIPPETS[Math.floor(random() * SNIPPETS.length)] }
            : { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + 1 + Math.floor(random() * 40))) }, text: '' };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
        if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs)); // the typist's pace, not a wait for a result
      }
      const final = await client.diagnostics(uri, (p) => p.version === doc.version);

      for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `publish for version ${versions[i]} came after version ${versions[i - 1]}`);
      const fresh = analyze(doc.getText());
      const positions = new PositionMap(doc.getText());
      const expected = fresh.findings.map((f) => key({ code: f.rule, severity: SEVERITY[f.severity], range: positions.range(f.start, f.end) })).sort();
      const actual = final.diagnostics.map((d) => key(d)).sort();
      assert.deepEqual(actual, expected, `pass ${pass + 1}: published diagnostics equal a fresh analysis of the final text`);
      // End each pass in the same state (the original article pasted over everything), so the two
      // RSS readings compare like with like.
      doc = TextDocument.update(doc, [{ text: original }], doc.version + 1);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text: original }] });
      await client.diagnostics(uri, (p) => p.version === doc.version);
      rss.push(rssOf(client.child.pid!));
      console.log(`      storm(${delayMs} ms/edit) pass ${pass + 1}: ${versions.length} publishes so far, ${final.diagnostics.length} diagnostics at the end, RSS ${(rss[pass] / 1e6).toFixed(1)} MB`);
    }
    const growth = rss[1] / rss[0] - 1;
    assert.ok(growth <= 0.1, `RSS grew ${(growth * 100).toFixed(1)}% from pass 1 to pass 2 (limit 10%)`);
  } finally {
    await client.stop();
  }
}

describe('edit storm over stdio', function () {
  this.timeout(240_000);
  it('2 × 1,000 edits as fast as possible', () => storm(0, 1));
  it('2 × 1,000 edits at typing speed', () => storm(25, 2));
});
