// The shared harness of the VS Code end-to-end tests: a fresh code-server (4.100.3 = VS Code 1.100,
// installed by scripts/e2e/setup.sh into .e2e-cache/) with the packaged .vsix, on a free loopback
// port, driven by Debian's chromium through playwright-core. Waits are on HTTP readiness and
// selectors, never fixed sleeps.

import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
const entry = join(ROOT, '.e2e-cache', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = join(ROOT, 'tin-hoi-nghi.vsix');
export const SCREENSHOTS = join(tmpdir(), 'tin-hoi-nghi-e2e-shots');
/** Where the README's screenshots go: docs/images when UPDATE_SCREENSHOTS=1, else next to the failure shots. */
export const DOC_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'images') : SCREENSHOTS;

/**
 * A draft with a fraction above its total (21/19) and parts that do not add up (14 + 12 ≠ 24);
 * its achievements span two paragraphs, so that section folds.
 */
export const ARTICLE = [
  'ĐẢNG BỘ XÃ PHÚ AN SƠ KẾT GIỮA NHIỆM KỲ',
  '',
  'Chiều ngày 14/3/2023, Đảng bộ xã Phú An tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã, nhiệm kỳ 2020 – 2025. Tới dự và chỉ đạo có đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ Huyện ủy.',
  '',
  'Sau nửa nhiệm kỳ, xã đã đạt 21/19 tiêu chí nông thôn mới; có 14/24 chỉ tiêu đạt và vượt, 12/24 chỉ tiêu chưa đạt.',
  '',
  'Công tác xây dựng Đảng được chú trọng, kết nạp 12 đảng viên mới.',
  '',
  'Tuy nhiên, hội nghị cũng chỉ ra những hạn chế như: kinh tế phát triển chưa bền vững, một số chi bộ sinh hoạt chưa nền nếp.',
  '',
  'Phát biểu chỉ đạo tại hội nghị, đồng chí Hoàng Minh Tuấn đề nghị Đảng bộ xã tập trung lãnh đạo hoàn thành các chỉ tiêu còn lại./.',
  '',
  'Nguyễn Văn Khánh – Văn phòng Đảng ủy xã Phú An',
  '',
].join('\n');

export interface CodeServerOptions {
  /** Prefix of the temporary folder. */
  name: string;
  /** Workspace Trust on (the folder opens in Restricted Mode until trusted) or off. */
  trust: boolean;
  /** Files of the workspace, by relative path. */
  files: Record<string, string | Uint8Array>;
}

export interface CodeServer {
  page: Page;
  workspace: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100)); // polling interval of a readiness probe, not a test sleep
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  if (!existsSync(entry)) throw new Error('code-server is not installed: run scripts/e2e/setup.sh');
  if (!existsSync(vsix)) throw new Error('no tin-hoi-nghi.vsix: run npm run package');
  const base = mkdtempSync(join(tmpdir(), `thn-e2e-${options.name}-`));
  const extensions = join(base, 'extensions');
  const userData = join(base, 'user-data');
  const workspace = join(base, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': options.trust,
      ...(options.trust ? { 'security.workspace.trust.startupPrompt': 'always' } : {}),
      'extensions.ignoreRecommendations': true,
      'editor.quickSuggestions': { other: false },
      'tinHoiNghi.locale': 'en',
    }),
  );
  for (const [path, text] of Object.entries(options.files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const install = spawnSync(process.execPath, [entry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8' });
  assert.equal(install.status, 0, `install failed: ${install.stderr}${install.stdout}`);

  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [
      entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      // Without this flag code-server asks whether to trust the folder.
      ...(options.trust ? [] : ['--disable-workspace-trust']),
      '--extensions-dir', extensions, '--user-data-dir', userData, workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let browser: Browser | undefined;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, Date.now() + 60_000);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const opened = browser;
    return {
      page,
      workspace,
      close: async () => {
        await opened.close().catch(() => undefined);
        server.kill();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    server.kill();
    throw error;
  }
}

/** In an afterEach hook: saves a screenshot of a failed test and prints its path. */
export async function screenshotIfFailed(test: Mocha.Test | undefined, page: Page | undefined, prefix: string): Promise<void> {
  if (test?.state !== 'failed' || !page) return;
  const file = join(SCREENSHOTS, `${prefix}${test.title.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  console.error(`e2e screenshot: ${file}`);
}

/** Quick Open (Ctrl+P) a workspace file and wait for its tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

/** Shows the Problems panel (Ctrl+Shift+M) unless it is already visible. */
export async function openProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
}
