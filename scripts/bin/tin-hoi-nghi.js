#!/usr/bin/env node
// Command-line checker: runs the bundled CLI (built by `npm ci` / `npm run build`).
'use strict';
const path = require('node:path');
const bundle = path.join(__dirname, '..', '..', 'server', 'dist', 'cli.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write('tin-hoi-nghi: chưa build (not built). Chạy / run: npm run build\n');
  process.exit(2);
}
require(bundle).main();
