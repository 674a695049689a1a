// End-to-end: the packaged .vsix in a real VS Code (code-server 4.100.3 = VS Code 1.100),
// driven through Debian's chromium by playwright-core. Run with `npm run test:e2e`
// (scripts/e2e/setup.sh installs code-server into .e2e-cache/ first).
// Every wait is on a selector or an event, never a fixed sleep; a failing step saves a screenshot.

import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { ARTICLE, type CodeServer, openFile, openProblems, screenshotIfFailed, startCodeServer } from './code-server';

const ENGLISH_README = '# Notes\n\nThis folder holds drafts. Run the checker before sending them to the editor,, please.\n';

describe('VS Code end to end (code-server)', function () {
  this.timeout(180_000);
  let vscode: CodeServer | undefined;
  let page: Page;

  before(async function () {
    vscode = await startCodeServer({ name: 'main', trust: false, files: { 'bai-so-ket.tin.txt': ARTICLE, 'README.md': ENGLISH_README } });
    page = vscode.page;
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, '');
  });

  after(async () => {
    await vscode?.close();
  });

  it('shows diagnostics with rule codes in the Problems panel', async () => {
    await openFile(page, 'bai-so-ket.tin.txt');
    await openProblems(page);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'fraction-exceeds' }).first();
    await row.waitFor({ timeout: 60_000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'fraction-parts-sum' }).first().waitFor();
  });

  it('shows the message when hovering a squiggle', async () => {
    // The squiggle lies under the text layer: move the mouse to its middle rather than "hover" it.
    const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
    assert.ok(box, 'a squiggle is drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover', { hasText: /21\/19/ }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
  });

  it('folds a section from the gutter', async () => {
    const expanded = page.locator('.monaco-editor .margin .codicon-folding-expanded, .monaco-editor .margin .codicon-folding-manual-expanded');
    // Folding controls show while the mouse is over the gutter.
    const gutter = await page.locator('.monaco-editor .margin-view-overlays').first().boundingBox();
    assert.ok(gutter, 'the editor has a gutter');
    await page.mouse.move(gutter.x + gutter.width - 8, gutter.y + 40);
    await expanded.first().waitFor({ state: 'attached', timeout: 15_000 });
    await expanded.first().click({ force: true });
    const collapsed = page.locator('.monaco-editor .margin .codicon-folding-collapsed, .monaco-editor .margin .codicon-folding-manual-collapsed');
    await collapsed.first().waitFor({ state: 'attached' });
    await collapsed.first().click({ force: true }); // unfold again for the next steps
    await collapsed.first().waitFor({ state: 'detached' });
  });

  it('applies a quick fix from the light bulb and the diagnostic goes away', async () => {
    // Type a doubled word at the end of the title line, then fix it from the light bulb.
    const editor = page.locator('.monaco-editor .view-lines:visible').first();
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' các các');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'repeated-word' }).first();
    await row.waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row, .context-view .action-item').first();
    await action.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    const text = await page.locator('.monaco-editor .view-lines:visible').first().innerText();
    assert.ok(!/các các/.test(text), 'the doubled word is gone');
  });

  it('lists the article sections in the Outline view', async () => {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Explorer: Focus on Outline View');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Outline' }).first().waitFor();
    await page.keyboard.press('Enter');
    const outline = page.locator('.outline-pane, .pane-body .monaco-list');
    await outline.first().waitFor();
    await page.locator('.monaco-list-row', { hasText: /Mở đầu|Opening/ }).first().waitFor({ timeout: 30_000 });
  });

  it('gives an English README.md no diagnostics', async () => {
    await openFile(page, 'README.md');
    await openProblems(page);
    // The article's diagnostics are listed under its file; the README gets no group of its own.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'bai-so-ket.tin.txt' }).first().waitFor();
    assert.equal(await page.locator('.markers-panel .monaco-list-row', { hasText: 'README.md' }).count(), 0);
  });

  it('creates a new article from a template with no missing-section finding', async () => {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>New article from template');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /New article from template|Tạo bài mới/ }).first().waitFor();
    await page.keyboard.press('Enter');
    // Template pick, then one input box per declared field: accept the first template and every default,
    // typing a value where a box has none.
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    // Each field box is titled "… (k/N)"; answer it, then wait for the next title (or the widget to close).
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: /\(\D*1\/\d+\)/ }).waitFor();
    for (;;) {
      const current = await title.innerText();
      const m = /(\d+)\/(\d+)\)/.exec(current);
      if (!m) break;
      const box = page.locator('.quick-input-widget input');
      if ((await box.inputValue()) === '') await box.fill('Nguyễn Văn An');
      await page.keyboard.press('Enter');
      if (m[1] === m[2]) break;
      await title.filter({ hasText: new RegExp(`\\D${Number(m[1]) + 1}/${m[2]}\\)`) }).waitFor();
    }
    // Last question: where to put the article; the first choice is a new untitled document.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Untitled|chưa lưu|mới/i }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // The new untitled tab is named after the article's first line, which holds an answer.
    await page.locator('.tab.active', { hasText: /NGUYỄN VĂN AN/i }).waitFor({ timeout: 30_000 });
    // Make the server's analysis of this document observable: type a doubled word and wait for its
    // diagnostic; the missing-section findings (if any) come from the same analysis.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Các các ');
    await openProblems(page);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'repeated-word' }).first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-section' }).count(), 0);
  });

  it('inserts a section snippet by its prefix', async () => {
    await page.locator('.monaco-editor .view-lines:visible').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('tin-han-che');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'tin-han-che' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // Monaco renders spaces as U+00A0, which \s matches.
    await page.locator('.monaco-editor .view-lines:visible', { hasText: /chỉ\s+ra\s+những\s+tồn\s+tại/ }).first().waitFor();
    const text = await page.locator('.monaco-editor .view-lines:visible').first().innerText();
    assert.ok(!/tin-han-che/.test(text), 'the prefix was replaced by the snippet body');
  });
});
