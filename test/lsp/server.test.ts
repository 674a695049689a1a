/// <reference path="../../server/src/lsp/node-shims.d.ts" />
// Protocol tests: the bundled server spoken to over stdio, in pull and push diagnostics modes.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, type CodeAction, type Diagnostic, type DocumentSymbol, type Hover, type TextEdit } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core/analyze';
import { findingMessage } from '../../server/src/core/render';
import { RULES_BY_ID } from '../../server/src/core/rules';
import { docsUrl, FIX_ALL_KIND, SOURCE } from '../../server/src/lsp/constants';
import { sectionLabel } from '../../server/src/lsp/names';
import { ROOT, TestClient } from './client';

// A made-up article with a few obvious slips: an impossible date (31/4), a criteria count above
// the national set, a decomposed (NFD) word, and a fraction to hover.
export const ARTICLE = [
  'HỘI NGHỊ SƠ KẾT GIỮA NHIỆM KỲ',
  '',
  'Chiều ngày 31/4/2023, Đảng bộ xã Hòa Bình tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã, nhiệm kỳ 2020 – 2025. Tới dự và chỉ đạo có đồng chí Trần Văn Minh, Bí thư Huyện ủy.',
  '',
  `Đến nay, xã đã đạt 12/24 mục tiêu, 12/24 mục tiêu chưa đạt; xã đạt 21/19 tiêu chí nông thôn mới. Công tác cải cách hành chính được ${'quan tâm'.normalize('NFD')} thực hiện.`,
  '',
  'Bên cạnh những kết quả đạt được, vẫn còn tồn tại, hạn chế như: một số chỉ tiêu chưa đạt.',
  '',
  'Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Minh đề nghị Đảng ủy xã tiếp tục phấn đấu hoàn thành các chỉ tiêu.',
  '',
  'Nguyễn Thị Lan – Đài truyền thanh xã Hòa Bình',
  '',
].join('\n');

const URI = 'file:///tmp/tin-hoi-nghi-lsp-test/bai-viet.tin.txt';

function checkDiagnostic(d: Diagnostic): void {
  assert.equal(d.source, SOURCE);
  assert.equal(typeof d.code, 'string');
  assert.ok(RULES_BY_ID.has(d.code as string), `unknown rule id ${String(d.code)}`);
  assert.equal(d.codeDescription?.href, docsUrl(d.code as string));
  assert.ok(typeof d.message === 'string' && d.message.length > 0);
}

/** rule@line:character of the core's own findings for `text`, to compare with the server's. */
function expected(text: string): string[] {
  const doc = TextDocument.create('x', 'tin-hoi-nghi', 1, text);
  return analyze(text)
    .findings.map((f) => `${f.rule}@${doc.positionAt(f.start).line}:${doc.positionAt(f.start).character}`)
    .sort();
}
const keys = (ds: Diagnostic[]): string[] => ds.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`).sort();

function applyAction(text: string, action: CodeAction, uri = URI): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  assert.ok(edits.length > 0, 'the action edits the document');
  return TextDocument.applyEdits(TextDocument.create(uri, 'tin-hoi-nghi', 1, text), edits);
}

describe('language server (protocol)', function () {
  this.timeout(20000);

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  describe('pull diagnostics', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ pull: true });
      await client.open(URI, ARTICLE);
    });
    after(async () => {
      if (client) await client.stop();
    });

    it('reports findings with rule codes and documentation links', async () => {
      const report = await client.pull(URI);
      assert.equal(report.kind, 'full');
      const items = report.items ?? [];
      items.forEach(checkDiagnostic);
      assert.deepEqual(keys(items), expected(ARTICLE));
      const line = ARTICLE.split('\n').findIndex((l) => l.includes('31/4/2023'));
      assert.ok(items.some((d) => d.code === 'date-invalid' && d.range.start.line === line), '31/4 is an impossible date');
    });

    it('answers "unchanged" for the same version and runs one analysis per version', async () => {
      const first = await client.pull(URI);
      const before = (await client.connection.sendRequest('tinHoiNghi/status')) as { analyses: number };
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } });
      const again = await client.pull(URI, first.resultId);
      assert.equal(again.kind, 'unchanged');
      const after = (await client.connection.sendRequest('tinHoiNghi/status')) as { analyses: number; pullDiagnostics: boolean };
      assert.equal(after.analyses, before.analyses);
      assert.equal(after.pullDiagnostics, true);
    });

    it('answers "unchanged" under a new result id when an edit moves no diagnostic, "full" when one moves', async () => {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/unchanged.tin.txt';
      await client.open(uri, ARTICLE);
      const first = await client.pull(uri);
      assert.equal(first.kind, 'full');
      // words added at the end of a paragraph with no diagnostic: no diagnostic moves
      const lines = ARTICLE.split('\n');
      const line = lines.findIndex((l) => l.startsWith('Bên cạnh'));
      const at = { line, character: lines[line].length - 1 };
      let text = TextDocument.applyEdits(TextDocument.create(uri, 'tin-hoi-nghi', 1, ARTICLE), [{ range: { start: at, end: at }, newText: ' năm nay' }]);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: ' năm nay' }] });
      const second = await client.pull(uri, first.resultId);
      assert.deepEqual(keys(first.items ?? []), expected(text), 'the edit moved no diagnostic');
      assert.equal(second.kind, 'unchanged');
      assert.ok(second.resultId && second.resultId !== first.resultId, 'a new result id');
      // a stale result id (not the last answered) gets the whole report
      const stale = await client.pull(uri, first.resultId);
      assert.equal(stale.kind, 'full');
      assert.deepEqual(keys(stale.items ?? []), expected(text));
      // a new line at the top moves every diagnostic down
      const top = { line: 0, character: 0 };
      text = `\n${text}`;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: top, end: top }, text: '\n' }] });
      const third = await client.pull(uri, stale.resultId);
      assert.equal(third.kind, 'full');
      assert.deepEqual(keys(third.items ?? []), expected(text));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });

    it('lists the sections as document symbols', async () => {
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
      const sections = analyze(ARTICLE).sections;
      assert.deepEqual(
        symbols.map((s) => s.name),
        sections.map((s) => sectionLabel(s.name, 'vi')),
      );
      const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: URI } })) as unknown[];
      assert.ok(Array.isArray(folds));
    });

    it('explains a fraction on hover', async () => {
      const line = ARTICLE.split('\n').findIndex((l) => l.includes('12/24'));
      const character = ARTICLE.split('\n')[line].indexOf('12/24') + 2;
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } })) as Hover;
      assert.ok(hover, 'a hover');
      const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
      assert.match(value, /12\/24/);
      assert.match(value, /50%/);
    });

    it('expands an abbreviation on hover', async () => {
      const client2 = client;
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/viet-tat.tin.txt';
      await client2.open(uri, 'Kỳ họp thứ Năm HĐND xã Hòa Bình khóa XXI.\n');
      const hover = (await client2.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } })) as Hover;
      assert.ok(hover);
      assert.match(JSON.stringify(hover.contents), /Hội đồng nhân dân/);
    });

    it('completes section skeletons at a paragraph start and the article\'s names after a capital', async () => {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/completion.tin.txt';
      const text = `${ARTICLE}\nTr`;
      await client.open(uri, text);
      const lines = text.split('\n');
      const atBlank = (await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line: 1, character: 0 },
      })) as { label: string; kind?: number; insertTextFormat?: number }[];
      assert.ok(atBlank.some((i) => i.kind === 15 && i.insertTextFormat === 2), 'snippet skeletons');
      const afterCapital = (await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line: lines.length - 1, character: 2 },
      })) as { label: string }[];
      assert.ok(afterCapital.some((i) => i.label === 'Trần Văn Minh'));
    });

    it('offers a quick fix that removes its finding, and the suppression comments', async function () {
      const items = (await client.pull(URI)).items ?? [];
      const fixable = items.find((d) => Array.isArray((d.data as { fixes?: unknown[] })?.fixes) && (d.data as { fixes: unknown[] }).fixes.length > 0);
      if (!fixable) this.skip();
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: fixable!.range,
        context: { diagnostics: [fixable], only: ['quickfix'] },
      })) as CodeAction[];
      const quickFix = actions.find((a) => a.kind === 'quickfix' && !/tin-hoi-nghi-disable/.test(JSON.stringify(a.edit)));
      assert.ok(quickFix, 'a quick fix');
      const fixed = applyAction(ARTICLE, quickFix!);
      const key = `${String(fixable!.code)}@${fixable!.range.start.line}:${fixable!.range.start.character}`;
      assert.ok(!expected(fixed).includes(key), 'the fixed text no longer has the finding');

      const disableLine = actions.find((a) => JSON.stringify(a.edit).includes(`tin-hoi-nghi-disable-line ${String(fixable!.code)}`));
      const disableFile = actions.find((a) => JSON.stringify(a.edit).includes(`tin-hoi-nghi-disable ${String(fixable!.code)}`));
      assert.ok(disableLine && disableFile, 'both suppression actions');
      const suppressed = applyAction(ARTICLE, disableLine!);
      assert.ok(!analyze(suppressed).findings.some((f) => f.rule === fixable!.code), 'the line comment silences the rule');

      // the edit reaches the server incrementally and the finding disappears
      const edits = quickFix!.edit!.changes![URI];
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: 2 },
        contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })).reverse(),
      });
      const after = (await client.pull(URI)).items ?? [];
      assert.deepEqual(keys(after), expected(fixed));
    });

    it('offers "fix all safe problems" as source.fixAll.tin-hoi-nghi', async function () {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/fix-all.tin.txt';
      await client.open(uri, ARTICLE);
      const safe = analyze(ARTICLE).findings.some((f) => f.fixes.some((x) => x.safe));
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      if (!safe) {
        assert.deepEqual(actions, []);
        this.skip();
      }
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, FIX_ALL_KIND);
      assert.equal(actions[0].title, 'Sửa tất cả lỗi an toàn');
      const fixed = applyAction(ARTICLE, actions[0], uri);
      assert.ok(analyze(fixed).findings.filter((f) => f.fixes.some((x) => x.safe)).length < analyze(ARTICLE).findings.filter((f) => f.fixes.some((x) => x.safe)).length);
    });

    it('applies settings scoped to the document', async () => {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/folder-b/quiet.tin.txt';
      client.scoped[uri] = { rules: { 'date-invalid': 'off' } };
      await client.open(uri, ARTICLE);
      const items = (await client.pull(uri)).items ?? [];
      assert.ok(!items.some((d) => d.code === 'date-invalid'));
      assert.ok((await client.pull(URI)).items?.some((d) => d.code === 'date-invalid'));
    });

    it('honours cancellation of a diagnostic request', async () => {
      // the request and its cancellation reach the server in one chunk: collect both, then write once
      const stdin = client.child.stdin!;
      const write = stdin.write.bind(stdin);
      const chunks: Buffer[] = [];
      const bothWritten = new Promise<void>((resolve) => {
        stdin.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), cb?: (e?: Error | null) => void) => {
          const callback = typeof encoding === 'function' ? encoding : cb;
          chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
          if (callback) process.nextTick(callback);
          if (chunks.length === 4) resolve(); // header + body, twice
          return true;
        }) as typeof stdin.write;
      });
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token);
      source.cancel();
      await bothWritten;
      stdin.write = write;
      write(Buffer.concat(chunks));
      await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    });

    it('leaves an English README alone', async () => {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/README.md';
      await client.open(uri, '# Project\n\nThis README explains how to build the project, run the tests and report a bug.\n', 'markdown');
      const report = await client.pull(uri);
      assert.deepEqual(report.items, []);
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, []);
    });

    it('answers a malformed request with an error and an unknown document with an empty result', async () => {
      await assert.rejects(client.connection.sendRequest('textDocument/hover', {}), (e: { code?: number }) => e.code === -32602);
      await assert.rejects(client.connection.sendRequest('textDocument/codeAction', null), (e: { code?: number }) => typeof e.code === 'number');
      await assert.rejects(client.connection.sendRequest('tinHoiNghi/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
      const unknown = { textDocument: { uri: 'file:///nowhere/none.tin.txt' } };
      assert.equal(await client.connection.sendRequest('textDocument/hover', { ...unknown, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', unknown), []);
      assert.deepEqual((await client.pull('file:///nowhere/none.tin.txt')).items, []);
      // still alive
      const status = (await client.connection.sendRequest('tinHoiNghi/status')) as { documents: number };
      assert.ok(status.documents >= 1);
    });
  });

  describe('robustness', () => {
    it('survives odd parameters on every request and notification', async () => {
      const client = await TestClient.start({ pull: true });
      try {
        await client.open(URI, ARTICLE);
        const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/diagnostic'];
        const variants: unknown[] = [
          null,
          {},
          { textDocument: { uri: 5 } },
          { textDocument: { uri: URI }, position: { line: -1, character: 'x' } },
          { textDocument: { uri: URI }, position: { line: 9999, character: 9999 }, range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 9 } }, context: { diagnostics: [] } },
          { textDocument: { uri: URI }, range: null, context: { diagnostics: [null, { code: 'date-invalid', source: 'tin-hoi-nghi', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, data: 'x' }] } },
        ];
        for (const method of methods) {
          for (const params of variants) {
            await client.connection.sendRequest(method, params).catch((e: { code?: number }) => assert.equal(typeof e.code, 'number'));
          }
        }
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.tin.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bad.tin.txt' } });
        await client.connection.sendNotification('workspace/didChangeConfiguration', null);
        await client.connection.sendNotification('tinHoiNghi/unknownNotification', {});
        const status = (await client.connection.sendRequest('tinHoiNghi/status')) as { analyses: number };
        assert.ok(status.analyses >= 1, 'still answering');
        assert.equal(client.child.exitCode, null);
      } finally {
        await client.stop();
      }
    });
  });

  describe('a client without workspace/configuration (Neovim 0.7)', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ pull: false, configuration: false, initializationOptions: { settings: { rules: { 'date-invalid': 'off' } } } });
    });
    after(async () => {
      if (client) await client.stop();
    });

    it('takes settings from initializationOptions and didChangeConfiguration', async () => {
      await client.open(URI, ARTICLE);
      const first = await client.diagnostics(URI, (p) => p.version === 1);
      assert.ok(!first.diagnostics.some((d) => d.code === 'date-invalid'));
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tinHoiNghi: { locale: 'en' } } });
      const second = await client.diagnostics(URI, (p) => p.diagnostics.some((d) => d.code === 'date-invalid'));
      assert.deepEqual(keys(second.diagnostics), expected(ARTICLE));
      const english = analyze(ARTICLE).findings.map((f) => findingMessage(f, 'en')).sort();
      assert.deepEqual(second.diagnostics.map((d) => d.message).sort(), english);
    });
  });

  describe('project configuration files', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'thn-lsp-'));
      writeFileSync(join(dir, '.tin-hoi-nghi.json'), '{ "rules": { "date-invalid": "off" }, "toneStyle": 42 }\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('applies .tin-hoi-nghi.json and reports its problems once', async () => {
      const client = await TestClient.start({ pull: true });
      try {
        const uri = pathToFileURL(join(dir, 'bai.tin.txt')).href;
        await client.open(uri, ARTICLE);
        const items = (await client.pull(uri)).items ?? [];
        assert.ok(!items.some((d) => d.code === 'date-invalid'), 'the project file turns the rule off');
        assert.match(await client.nextMessage(), /\.tin-hoi-nghi\.json/);
        await client.open(pathToFileURL(join(dir, 'bai2.tin.txt')).href, ARTICLE);
        await client.pull(pathToFileURL(join(dir, 'bai2.tin.txt')).href);
        assert.equal(client.warnings.length, 1);
      } finally {
        await client.stop();
      }
    });

    it('reads no project file in an untrusted workspace', async () => {
      const client = await TestClient.start({ pull: true, initializationOptions: { trusted: false } });
      try {
        const uri = pathToFileURL(join(dir, 'bai.tin.txt')).href;
        await client.open(uri, ARTICLE);
        const items = (await client.pull(uri)).items ?? [];
        assert.ok(items.some((d) => d.code === 'date-invalid'));
        assert.deepEqual(client.warnings, []);
      } finally {
        await client.stop();
      }
    });
  });

  describe('pacing of analyses while typing', () => {
    // A burst of keystrokes costs one or two analyses, a lone edit after a pause does not wait for the
    // debounce. TIN_HOI_NGHI_SLOW_ANALYSIS_MS=0 makes the small article count as slow to analyse, which
    // in pull mode is when bursts are coalesced (a quick analysis answers every pull at once), and
    // TIN_HOI_NGHI_WARM_UP_EDITS=0 lets the process's first edits judge it so.
    const DEBOUNCE = 600;
    const PAUSE = DEBOUNCE + 150;
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    const insertX = (uri: string, version: number): Promise<void> =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
    const analyses = async (): Promise<number> => ((await client.connection.sendRequest('tinHoiNghi/status')) as { analyses: number }).analyses;
    /** Inserts "x" at the start (as `version`) and pulls: the diagnostics of "x" + ARTICLE, before the debounce would end. */
    const assertAnsweredAtOnce = async (uri: string, version: number): Promise<void> => {
      const t0 = Date.now();
      await insertX(uri, version);
      const report = await client.pull(uri);
      const ms = Date.now() - t0;
      assert.deepEqual(keys(report.items ?? []), expected(`x${ARTICLE}`));
      assert.ok(ms < DEBOUNCE - 100, `answered after ${ms} ms: it waited for the debounce`);
    };
    let client: TestClient;
    /** Starts a pull-mode server that counts the small article as slow (warm-up edits not judging: `warmUpEdits`), opens it as `name` and pulls once. */
    const openSlowPull = async (name: string, warmUpEdits = 0): Promise<string> => {
      client = await TestClient.start({ pull: true, settings: { debounceMs: DEBOUNCE }, env: { TIN_HOI_NGHI_SLOW_ANALYSIS_MS: '0', TIN_HOI_NGHI_WARM_UP_EDITS: String(warmUpEdits) } });
      const uri = `file:///tmp/tin-hoi-nghi-lsp-test/${name}.tin.txt`;
      await client.open(uri, ARTICLE);
      await client.pull(uri);
      return uri;
    };
    afterEach(async () => {
      if (client) await client.stop();
    });

    it('pull: coalesces a burst of edits into one or two analyses', async () => {
      const uri = await openSlowPull('burst-pull');
      const before = await analyses();
      const x = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' };
      const { report } = await client.typeAndPull(uri, 1, Array(8).fill(x), 30);
      assert.deepEqual(keys(report.items ?? []), expected(`${'x'.repeat(8)}${ARTICLE}`));
      const ran = (await analyses()) - before;
      assert.ok(ran >= 1 && ran <= 2, `${ran} analyses for a burst of 8 edits`);
    });

    it('pull: analyses a lone edit after a pause at once', async () => {
      const uri = await openSlowPull('lone-pull');
      await sleep(PAUSE);
      await assertAnsweredAtOnce(uri, 2);
    });

    it('pull: analyses the first edit after opening at once (the full first analysis does not count)', async () => {
      const uri = await openSlowPull('first-edit-pull');
      await assertAnsweredAtOnce(uri, 2);
      // the next edit right after it is typing in a slow document: it waits
      const t1 = Date.now();
      await insertX(uri, 3);
      await client.pull(uri);
      assert.ok(Date.now() - t1 >= DEBOUNCE - 100, 'the second edit in quick succession did not wait');
    });

    it("pull: the process's first edits do not judge a document slow (JIT warm-up)", async () => {
      const uri = await openSlowPull('warm-up-pull', 2);
      // the first two edits are not counted: the second, in quick succession after the first, is answered at once
      await insertX(uri, 2);
      await client.pull(uri);
      const t0 = Date.now();
      await insertX(uri, 3);
      const report = await client.pull(uri);
      assert.deepEqual(keys(report.items ?? []), expected(`xx${ARTICLE}`));
      assert.ok(Date.now() - t0 < DEBOUNCE - 100, 'a warm-up edit in quick succession waited for the debounce');
      await insertX(uri, 4);
      await client.pull(uri);
      await sleep(PAUSE);
      // the third edit was counted: the document is slow, and an edit in quick succession waits
      await insertX(uri, 5);
      await client.pull(uri);
      const t1 = Date.now();
      await insertX(uri, 6);
      await client.pull(uri);
      assert.ok(Date.now() - t1 >= DEBOUNCE - 100, 'an edit in quick succession after the warm-up did not wait');
    });

    it('push: publishes a lone edit at once and a burst once it pauses', async () => {
      client = await TestClient.start({ pull: false, settings: { debounceMs: DEBOUNCE } });
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/burst-push.tin.txt';
      const versions: number[] = [];
      client.listeners.add((p) => {
        if (p.uri === uri && p.version !== undefined) versions.push(p.version);
      });
      await client.open(uri, ARTICLE);
      await client.diagnostics(uri, (p) => p.version === 1);
      await sleep(PAUSE);
      const t0 = Date.now();
      await insertX(uri, 2);
      await client.diagnostics(uri, (p) => p.version === 2);
      const ms = Date.now() - t0;
      assert.ok(ms < DEBOUNCE - 100, `published after ${ms} ms: it waited for the debounce`);

      const before = await analyses();
      for (let v = 3; v <= 10; v++) {
        await insertX(uri, v);
        await sleep(30);
      }
      const last = await client.diagnostics(uri, (p) => p.version === 10);
      assert.deepEqual(keys(last.diagnostics), expected(`${'x'.repeat(9)}${ARTICLE}`));
      const ran = (await analyses()) - before;
      assert.ok(ran >= 1 && ran <= 2, `${ran} analyses for a burst of 8 edits`);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions published in order');
      assert.equal(versions.length, 2 + ran);
    });
  });

  describe('push diagnostics (clients without pull support)', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ pull: false, settings: { debounceMs: 10 } });
    });
    after(async () => {
      if (client) await client.stop();
    });

    it('publishes on open and again after an incremental change', async () => {
      await client.open(URI, ARTICLE);
      const first = await client.diagnostics(URI, (p) => p.version === 1);
      first.diagnostics.forEach(checkDiagnostic);
      assert.deepEqual(keys(first.diagnostics), expected(ARTICLE));

      const lines = ARTICLE.split('\n');
      const line = lines.findIndex((l) => l.includes('31/4/2023'));
      const character = lines[line].indexOf('31/4');
      const changed = ARTICLE.replace('31/4/2023', '30/4/2023');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: 2 },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '30' }],
      });
      const second = await client.diagnostics(URI, (p) => p.version === 2);
      assert.deepEqual(keys(second.diagnostics), expected(changed));
      assert.ok(!second.diagnostics.some((d) => d.code === 'date-invalid' && d.range.start.line === line));
    });

    it('never publishes a stale version during fast typing', async () => {
      const uri = 'file:///tmp/tin-hoi-nghi-lsp-test/typing.tin.txt';
      await client.open(uri, ARTICLE);
      await client.diagnostics(uri, (p) => p.version === 1);
      const versions: number[] = [];
      const listener = (p: { uri: string; version?: number }): void => {
        if (p.uri === uri && p.version !== undefined) versions.push(p.version);
      };
      client.listeners.add(listener);
      for (let v = 2; v <= 6; v++) {
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
        });
      }
      await client.diagnostics(uri, (p) => p.version === 6);
      client.listeners.delete(listener);
      // the first edit after a pause may be published at once (lsp/pace.ts) when the others reach the
      // server later; what must never happen is an older version after a newer one, or one per keystroke
      assert.equal(versions[versions.length - 1], 6);
      assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]), `versions out of order: ${versions}`);
      assert.ok(versions.length <= 2, `one publish per keystroke: ${versions}`);
    });

    it('re-analyses open documents when the settings change', async () => {
      client.settings = { debounceMs: 10, rules: { 'date-invalid': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const after = await client.diagnostics(URI, (p) => !p.diagnostics.some((d) => d.code === 'date-invalid'));
      assert.ok(after.diagnostics.every((d) => d.code !== 'date-invalid'));
    });

    it('clears diagnostics on close', async () => {
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
      const cleared = await client.diagnostics(URI, (p) => p.diagnostics.length === 0);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('exits on shutdown and exit', async () => {
      const code = await client.stop();
      assert.equal(code, 0);
    });
  });
});
