#!/usr/bin/env node
// Language server for any LSP client: tin-hoi-nghi-ls --stdio
'use strict';
const path = require('node:path');
const bundle = path.join(__dirname, '..', '..', 'server', 'dist', 'server.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write('tin-hoi-nghi-ls: chưa build (not built). Chạy / run: npm run build\n');
  process.exit(2);
}
require(bundle);
