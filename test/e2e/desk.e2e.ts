// End-to-end: the editor's desk (issue #12) in a real VS Code (code-server) and a real browser.
//   - the facts panel lists the article's "12/24" with 50%; a click moves the cursor there; it
//     follows edits;
//   - "Open a Word draft (.docx)" opens a draft's text as a new untitled article, checked;
//   - the HTML review report opens in headless Chromium, with JavaScript off, at phone width.
// Waits are on selectors only; a failing step saves a screenshot. With UPDATE_SCREENSHOTS=1 the
// README's screenshots are written to docs/images/.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildDocx } from '../support/docx';
import { ARTICLE, type CodeServer, DOC_SCREENSHOTS, openFile, openProblems, ROOT, screenshotIfFailed, startCodeServer } from './code-server';

const cli = join(ROOT, 'scripts', 'bin', 'tin-hoi-nghi.js');
const EXAMPLES = join(ROOT, 'docs', 'examples');
const DOCX_SOURCE = readFileSync(join(EXAMPLES, '02-so-ket-giua-nhiem-ky-loi-so-lieu.txt'), 'utf8');

/** 1-based line and column of the end of the first `needle` in ARTICLE (where the cursor lands after a selection). */
function endOf(needle: string): { line: number; column: number } {
  const lines = ARTICLE.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line: line + 1, column: lines[line].indexOf(needle) + needle.length + 1 };
}

async function runCommand(page: Page, title: RegExp, typed: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${typed}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

describe('the editor\'s desk end to end (facts panel, Word drafts, HTML report)', function () {
  this.timeout(180_000);
  before(() => mkdirSync(DOC_SCREENSHOTS, { recursive: true }));

  describe('in VS Code (code-server)', () => {
    let vscode: CodeServer | undefined;
    let page: Page;

    before(async function () {
      vscode = await startCodeServer({
        name: 'desk',
        trust: false,
        files: { 'bai-so-ket.tin.txt': ARTICLE, 'ban-thao/so-ket.docx': buildDocx(DOCX_SOURCE) },
      });
      page = vscode.page;
    });

    afterEach(async function () {
      await screenshotIfFailed(this.currentTest, page, 'desk-');
    });

    after(async () => {
      await vscode?.close();
    });

    const panel = (): ReturnType<Page['locator']> => page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Article facts/i }) });

    it('the facts panel lists 12/24 with 50%; a click moves the cursor to it', async () => {
      await openFile(page, 'bai-so-ket.tin.txt');
      // fold the folder view so the facts panel has the Explorer's height
      await page.locator('.pane-header', { hasText: /^\s*workspace/i }).first().click();
      await runCommand(page, /Focus on Article facts/i, 'Focus on Article facts');
      const row = panel().locator('.monaco-list-row', { hasText: '12/24 chỉ tiêu chưa đạt' });
      await row.first().waitFor({ timeout: 60_000 });
      assert.match(await row.first().innerText(), /50%/);
      // the row of the parts that do not add up carries the error icon
      assert.equal(await row.first().locator('.codicon-error').count(), 1);
      await panel().locator('.monaco-list-row', { hasText: /Fractions \(\d+\)/ }).first().waitFor();
      await panel().locator('.monaco-list-row', { hasText: 'Hoàng Minh Tuấn' }).first().waitFor();

      // put the cursor elsewhere, then click the fact
      await page.locator('.monaco-editor .view-lines:visible').first().click();
      await page.keyboard.press('Control+Home');
      const status = page.locator('[id="status.editor.selection"]');
      await status.filter({ hasText: 'Ln 1, Col 1' }).waitFor();
      await row.first().click();
      const { line, column } = endOf('12/24 chỉ tiêu chưa đạt'.slice(0, 5));
      await status.filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 15_000 });
      assert.match(await status.innerText(), /5 selected/);
      await page.screenshot({ path: join(DOC_SCREENSHOTS, 'facts-panel.png') });
    });

    it('the panel follows edits: typing over the selected 12/24 shows the new fraction and percentage', async () => {
      // the click left "12/24" selected in the editor, which has the focus
      await page.keyboard.type('10/24');
      const row = panel().locator('.monaco-list-row', { hasText: '10/24 chỉ tiêu chưa đạt' });
      await row.first().waitFor({ timeout: 30_000 });
      assert.match(await row.first().innerText(), /41\.67%/);
      await panel().locator('.monaco-list-row', { hasText: '12/24 chỉ tiêu chưa đạt' }).waitFor({ state: 'detached' });
    });

    it('"Open a Word draft (.docx)" opens the draft as a new untitled article that gets checked', async () => {
      await runCommand(page, /Open a Word draft/i, 'Open a Word draft');
      // code-server's own file dialog: a quick input holding a path
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      // the dialog fills in the folder and lists it ("..", "ban-thao") once ready; typing before that is overwritten
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ban-thao' }).first().waitFor();
      const target = join(vscode!.workspace, 'ban-thao', 'so-ket.docx');
      await input.fill(target);
      assert.equal(await input.inputValue(), target);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'so-ket.docx' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      // an untitled tab named after the draft's first line
      await page.locator('.tab.active', { hasText: /ĐẢNG BỘ XÃ PHÚ AN/ }).waitFor({ timeout: 30_000 });
      await page.locator('.monaco-editor .view-lines:visible', { hasText: /Xã\s+đã\s+đạt\s+21\/19/ }).first().waitFor();
      await openProblems(page);
      await page.locator('.markers-panel .monaco-list-row', { hasText: /Untitled|ĐẢNG BỘ/ }).first().waitFor({ timeout: 60_000 });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'fraction-exceeds' }).first().waitFor();
      // the facts panel follows the active editor to the new article
      await panel().locator('.monaco-list-row', { hasText: '21/19' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(DOC_SCREENSHOTS, 'word-draft.png') });
    });
  });

  describe('the HTML review report in headless Chromium', () => {
    let dir: string;
    let report: string;

    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'thn-e2e-report-'));
      const drafts = join(dir, 'ban-thao');
      mkdirSync(drafts);
      for (const name of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, name), join(drafts, name));
      writeFileSync(join(drafts, 'word-so-ket.docx'), buildDocx(DOCX_SOURCE));
      writeFileSync(join(drafts, 'nhap-<script>.txt'), 'Hội nghị <script>alert(1)</script> bàn về các các chỉ tiêu.\n');
      report = join(dir, 'bao-cao.html');
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'html', '--locale', 'vi', '-o', report, 'ban-thao'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr); // error findings in the examples
      assert.match(r.stdout, /Đã ghi báo cáo .*bao-cao\.html: ✖ \d+ vấn đề/);
    });

    it('reads without scripts or network at phone width: summary, findings with sentences, escaped text', async () => {
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (req) => requests.push(req.url()));
        let dialogs = 0;
        page.on('dialog', () => void dialogs++);
        await page.goto(pathToFileURL(report).href);
        await page.locator('h1', { hasText: 'Báo cáo rà soát bản thảo' }).waitFor();
        assert.deepEqual(requests, [pathToFileURL(report).href], 'only the page itself is loaded');
        // summary table: one row per draft (5 examples + the Word draft + the <script> draft)
        assert.equal(await page.locator('#summary tbody tr').count(), readdirSync(EXAMPLES).length + 2);
        await page.locator('#summary tbody tr', { hasText: 'word-so-ket.docx' }).waitFor();
        // a finding with its message and the sentence it sits in, the finding highlighted
        const finding = page.locator('.draft li', { hasText: '21/19 tiêu chí: số đạt (21) lớn hơn tổng số (19)' }).first();
        await finding.waitFor();
        assert.equal(await finding.locator('mark').first().innerText(), '21/19');
        assert.match(await finding.locator('blockquote').innerText(), /Xã đã đạt 21\/19 tiêu chí nông thôn mới\./);
        // the Word draft says its positions are paragraph:column
        await page.locator('.draft', { hasText: 'word-so-ket.docx' }).locator('text=vị trí là đoạn:cột').waitFor();
        // article text is text, not markup
        await page.locator('.draft blockquote', { hasText: '<script>alert(1)</script>' }).first().waitFor();
        assert.equal(await page.locator('script').count(), 0);
        assert.equal(dialogs, 0);
        // readable on a phone: nothing wider than the screen
        const widths = await page.evaluate<number[]>('[document.documentElement.scrollWidth, window.innerWidth]').catch(() => undefined);
        // with JavaScript off evaluate may be refused; measure from the layout instead
        const body = await page.locator('body').boundingBox();
        assert.ok(body && body.width <= 390, `body width ${body?.width}`);
        if (widths) assert.ok(widths[0] <= widths[1], `page ${widths[0]} px wide on a ${widths[1]} px screen`);
        const fontSize = await page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('.draft .msg')).fontSize)").catch(() => 15);
        assert.ok(fontSize >= 14, `readable text (${fontSize}px)`);
        await page.locator('.draft', { hasText: '02-so-ket' }).first().screenshot({ path: join(DOC_SCREENSHOTS, 'report-phone.png') });
        const wide = await browser.newPage({ viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
        await wide.goto(pathToFileURL(report).href);
        await wide.locator('h1').waitFor();
        await wide.screenshot({ path: join(DOC_SCREENSHOTS, 'report.png') });
      } finally {
        await browser.close();
      }
    });
  });
});
