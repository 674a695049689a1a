// A second real LSP client: headless Neovim (Debian's 0.7.2) starts `tin-hoi-nghi-ls --stdio`,
// opens an article and reads the diagnostics. Neovim reports columns in bytes, not UTF-16 units.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'scripts', 'bin', 'tin-hoi-nghi-ls.js');

const ARTICLE = [
  'Chiều ngày 14/3/2023, Đảng bộ xã Phú An tổ chức hội nghị sơ kết giữa nhiệm kỳ, nhiệm kỳ 2020 – 2025. Tới dự và chỉ đạo có đồng chí Hoàng Minh Tuấn.',
  '',
  'Đến nay, xã Phú An đã đạt 21/19 tiêu chí nông thôn mới.',
  '',
  'Nguyễn Văn Khánh – Văn phòng Đảng ủy xã Phú An',
  '',
].join('\n');

// Waits (vim.wait polls an event loop condition, no fixed sleep) until diagnostics arrive, then writes them.
const LUA = `
local out = vim.env.THN_OUT
local client = vim.lsp.start_client({
  cmd = { 'node', vim.env.THN_BIN, '--stdio' },
  root_dir = vim.fn.getcwd(),
  name = 'tin-hoi-nghi',
})
vim.lsp.buf_attach_client(0, client)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local rows = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(rows, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ ok = ok, diagnostics = rows }))
f:close()
vim.lsp.stop_client(client)
vim.cmd('qa!')
`;

describe('Neovim (headless) as an LSP client', function () {
  this.timeout(60_000);

  it('gets diagnostics from tin-hoi-nghi-ls --stdio with byte columns', function () {
    const which = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (which.status !== 0) throw new Error('nvim is not installed (apt-get install neovim)');
    const dir = mkdtempSync(join(tmpdir(), 'thn-nvim-'));
    const file = join(dir, 'bai.tin.txt');
    const script = join(dir, 'init.lua');
    const out = join(dir, 'out.json');
    writeFileSync(file, ARTICLE);
    writeFileSync(script, LUA);
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`, file], {
      encoding: 'utf8',
      env: { ...process.env, THN_BIN: bin, THN_OUT: out },
      timeout: 45_000,
    });
    assert.equal(run.status, 0, `nvim failed: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; diagnostics: { lnum: number; col: number; end_col: number; code: string }[] };
    assert.ok(result.ok, 'diagnostics arrived');
    const exceeds = result.diagnostics.find((d) => d.code === 'fraction-exceeds');
    assert.ok(exceeds, `fraction-exceeds among ${JSON.stringify(result.diagnostics)}`);
    const line = ARTICLE.split('\n')[exceeds.lnum];
    const bytes = Buffer.from(line, 'utf8');
    assert.equal(bytes.subarray(exceeds.col, exceeds.col + 5).toString('utf8'), '21/19', 'Neovim columns are byte offsets');
  });
});
