#!/usr/bin/env node
// Command-line checker: runs the bundled CLI (built by `npm ci` / `npm run build`).
//
// A batch (a folder, or many files) runs in a child Node with a larger V8 interrupt budget
// (BATCH_FLAGS): V8 then optimises only the functions that stay hot across many articles instead of
// re-optimising short-lived ones, about a quarter less CPU on 1,000 articles (docs/benchmarks.md,
// "Batch runs"). The flag can only be given when Node starts (set later, V8 crashes), hence the child;
// one or a few files run here, where a second start would cost more than it saves. What is checked
// and printed is the same either way; TIN_HOI_NGHI_BATCH_FLAGS=0 keeps every run in this process.
'use strict';
const fs = require('node:fs');

// --no-regexp-tier-up too: on the command line, server/src/node/v8-flags.ts then changes no flag at run time.
// --max-inlined-bytecode-size-cumulative=250 (V8's default 920): the optimising compiler inlines less into
// each hot function, so it compiles faster and sooner (the tokenizer's scan loop: 8–20 instead of 30–50 ms,
// as the first articles' new words made it inline the whole word store); ~3 % less CPU over 1,000
// articles, a 2 MB and a 10 MB document (2026-12-02, quiet machine; 1.6 % fewer instructions counted).
// --v8-pool-size=1 (Node's default 4), as the language server has: one helper thread for V8's background
// compiling and GC. On a 2-CPU machine four helpers only contended with the main thread: ~7 % less CPU
// and ~900 fewer page faults over 1,000 articles (pool sizes 1 and 2 alike; docs/benchmarks.md, fifth session).
// The language server's own flags hold these four too (server/src/lsp/constants.ts SERVER_EXEC_ARGV): one list for both.
const BATCH_FLAGS = require('../../server/src/node/v8-flags.json').batchAndServer;
/** Options of `check` that take a value (server/src/cli/main.ts parseArgs): their value is not a file. */
const VALUE_OPTIONS = new Set(['--format', '--config', '-o', '--output', '--max-warnings', '--locale', '--stdin-filename']);
const MANY_FILES = 16;

/** Whether argv (after "node script") asks to check a folder or many files. */
function isBatch(argv) {
  if (argv[0] !== 'check') return false;
  const operands = [];
  let onlyOperands = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyOperands || !arg.startsWith('-') || arg === '-') operands.push(arg);
    else if (arg === '--') onlyOperands = true;
    else if (VALUE_OPTIONS.has(arg)) i++;
  }
  if (operands.length >= MANY_FILES) return true;
  return operands.some((operand) => {
    try {
      return fs.statSync(operand).isDirectory();
    } catch {
      return false;
    }
  });
}

/**
 * The child's environment: this one without NODE_EXTRA_CA_CERTS. Node reads and parses that
 * certificate file as it starts, before any code runs (~30–40 ms of CPU for a system-sized bundle
 * on the build machine, where it is set), and the check never opens a network connection.
 */
function childEnv() {
  if (process.env.NODE_EXTRA_CA_CERTS === undefined) return process.env;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function runHere() {
  require('./built').requireBuilt('tin-hoi-nghi', 'cli.js').main();
}

const argv = process.argv.slice(2);
const flagged = BATCH_FLAGS.every((flag) => process.execArgv.includes(flag));
if (!flagged && process.env.TIN_HOI_NGHI_BATCH_FLAGS !== '0' && isBatch(argv)) {
  const child = require('node:child_process').spawnSync(process.execPath, [...process.execArgv, ...BATCH_FLAGS, __filename, ...argv], { stdio: 'inherit', env: childEnv() });
  if (child.error || child.status === 9) {
    runHere(); // no child process here, or this Node does not take the flag ("bad option"): run unflagged
  } else if (child.signal) {
    process.kill(process.pid, child.signal);
  } else {
    process.exit(child.status ?? 2); // at once: nothing of this process is left to run or flush
  }
} else {
  runHere();
}
