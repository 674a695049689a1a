// End-to-end check of the packaged extension in a real VS Code (code-server in Chromium).
// Not part of `npm test` (it needs code-server, which CI does not install). Run:
//
//   bash test/client/e2e/setup.sh                  # once: code-server + playwright-core into .e2e-cache/
//   node test/client/e2e/vscode.e2e.mjs            # packages, installs and drives the extension
//
// What it checks: *.tin.txt opens in the "Tin hội nghị" language; a diagnostic with its rule code
// reaches the Problems panel; the status bar shows the article kind and the counts; settings apply
// without reload (a rule set to "off", then messages in Vietnamese); the command palette offers
// "New article from template", which lists the built-in templates, refuses an empty required field
// and opens an untitled "Tin hội nghị" document. It waits on the page, never on fixed sleeps.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DIR = process.env.E2E_DIR ?? join(ROOT, '.e2e-cache');
const require = createRequire(join(DIR, 'package.json'));
const { chromium } = require('playwright-core');
const CODE_SERVER = join(DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PORT = 18000 + (process.pid % 1000);
const TIMEOUT = 60_000;

const ARTICLE = `ĐẢNG BỘ XÃ CAO SƠN SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XXIII

Sáng ngày 18/4/2023, Ban Chấp hành Đảng bộ xã Cao Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2020 – 2025. Tới dự và chỉ đạo hội nghị có đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Huyện ủy. Tham dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã, bí thư các chi bộ trực thuộc.

Báo cáo sơ kết nêu rõ, sau nửa nhiệm kỳ, Đảng bộ xã đã lãnh đạo đạt nhiều kết quả quan trọng. Xã đã đạt 21/19 tiêu chí nông thôn mới. Đến nay có 18/31 chỉ tiêu đạt và vượt so với mục tiêu cả nhiệm kỳ.

Bên cạnh những kết quả đạt được, hội nghị thẳng thắn chỉ ra những tồn tại, hạn chế: sản xuất nông nghiệp còn nhỏ lẻ; một số chỉ tiêu đạt thấp.

Phát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn Hùng đề nghị Đảng ủy xã tập trung rà soát từng chỉ tiêu chưa đạt để có giải pháp cụ thể./.

Hà Diễn – Văn phòng Đảng ủy xã Cao Sơn
`;

const log = (...args) => console.log(new Date().toISOString().slice(11, 19), ...args);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function main() {
  const work = mkdtempSync(join(DIR, 'run-'));
  const vsix = join(work, 'tin-hoi-nghi.vsix');
  const [extensions, userData, workspace] = ['extensions', 'user-data', 'workspace'].map((name) => join(work, name));
  for (const d of [extensions, join(userData, 'User'), workspace]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false }));
  writeFileSync(join(workspace, 'bai.tin.txt'), ARTICLE);

  run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production']);
  run(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', vsix]);
  run(process.execPath, [CODE_SERVER, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix]);
  log('packaged and installed', vsix);

  const server = spawn(
    process.execPath,
    [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${PORT}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--extensions-dir', extensions, '--user-data-dir', userData, workspace],
    { cwd: DIR, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${output}`)), TIMEOUT);
    const onData = (data) => {
      output += data;
      if (output.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  const text = (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  const waitText = (selector, source) => page.waitForFunction(([s, re]) => new RegExp(re, 'u').test(document.querySelector(s)?.textContent ?? ''), [selector, source]);
  const statusItem = () => page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => /review|session|Sơ kết|Kỳ họp/.test(t)));
  const palette = async (query) => {
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(query);
    await waitText('.quick-input-list', query.replace(/[().]/g, '\\$&'));
    await page.keyboard.press('Enter');
  };
  const setUserSettings = async (settings) => {
    await palette('Preferences: Open User Settings (JSON)');
    await waitText('.tab.active', 'settings\\.json');
    await page.waitForSelector('.editor-group-container.active .monaco-editor.focused');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify(settings));
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => !document.querySelector('.tab.active.dirty'));
    await page.keyboard.press('Control+W');
    await waitText('.tab.active', 'bai\\.tin\\.txt');
  };

  try {
    await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench');
    await page.click('.explorer-folders-view >> text=bai.tin.txt');
    await waitText('#status\\.editor\\.mode', 'Tin hội nghị');
    log('language mode: Tin hội nghị');

    await page.keyboard.press('Control+Shift+M');
    await waitText('.markers-panel', 'fraction-exceeds');
    log('problems:', (await text('.markers-panel')).slice(0, 120));
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /(review|Sơ kết).*\b1\b/.test(e.textContent ?? '')));
    log('status bar:', await statusItem());

    const base = { 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false };
    await setUserSettings({ ...base, 'tinHoiNghi.rules.fraction-exceeds': 'off' });
    await page.waitForFunction(() => !/fraction-exceeds/.test(document.querySelector('.markers-panel')?.textContent ?? ''));
    log('rule set to "off": finding gone without reload');
    await setUserSettings({ ...base, 'tinHoiNghi.locale': 'vi' });
    await waitText('.markers-panel', 'tổng số');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Sơ kết giữa nhiệm kỳ/.test(e.textContent ?? '')));
    log('locale vi: messages and status bar in Vietnamese:', await statusItem());
    await setUserSettings(base);

    await palette('Tin hội nghị: ');
    await waitText('.quick-input-list', 'Kỳ họp Hội đồng nhân dân xã');
    const templates = await page.evaluate(() => document.querySelectorAll('.quick-input-list .monaco-list-row').length);
    if (templates !== 6) throw new Error(`expected 6 built-in templates, saw ${templates}`);
    await page.keyboard.type('Kỳ họp Hội đồng');
    await waitText('.quick-input-list .monaco-list-row', 'Kỳ họp Hội đồng');
    await page.keyboard.press('Enter');
    let refused = false;
    for (let field = 1; ; field++) {
      const title = await page.waitForFunction((n) => {
        const t = document.querySelector('.quick-input-title')?.textContent ?? '';
        return (t.includes(`${n}/`) || /Tài liệu mới|untitled/i.test(document.querySelector('.quick-input-list')?.textContent ?? '')) && t;
      }, field);
      if (!/\d+\/\d+/.test(await title.jsonValue())) break; // the target question
      const empty = await page.evaluate(() => (document.querySelector('.quick-input-box input')?.value ?? '') === '');
      if (empty && !refused) {
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-message:has-text("required"), .quick-input-message:has-text("Cần nhập")');
        refused = true;
        log('empty required field refused:', await text('.quick-input-message'));
      }
      if (empty) await page.keyboard.type(field === 2 ? 'Cao Sơn' : '25');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => !(document.querySelector('.quick-input-title')?.textContent ?? '').includes(`${n}/`), field);
    }
    await waitText('.quick-input-list', 'Tài liệu mới chưa lưu|New untitled document');
    await page.keyboard.press('Enter');
    await waitText('.tab.active', 'Untitled');
    await waitText('#status\\.editor\\.mode', 'Tin hội nghị');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /People|Kỳ họp HĐND/.test(e.textContent ?? '')));
    log('new article opened untitled:', await statusItem());
    log('E2E OK');
  } catch (error) {
    const shot = join(work, 'failure.png');
    await page.screenshot({ path: shot });
    log('E2E FAILED:', error.message, '\nscreenshot:', shot);
    process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
