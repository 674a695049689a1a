'use strict';
// The bins' shared guard: the bundle they run is built (npm ci and npm run build make it).
const path = require('node:path');

/** Requires server/dist/`file`, or tells how to build it and exits 2. */
exports.requireBuilt = function requireBuilt(command, file) {
  const bundle = path.join(__dirname, '..', '..', 'server', 'dist', file);
  try {
    require.resolve(bundle);
  } catch {
    process.stderr.write(`${command}: chưa build (not built). Chạy / run: npm run build\n`);
    process.exit(2);
  }
  return require(bundle);
};
