// The loader that runs the server bundle with V8's code cache (server/src/node/code-cache.ts): the
// bundle runs the same with or without a cache, a cache is written after the warm event, used when it
// matches the bundle, and replaced when it does not.

import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announceWarm, CODE_CACHE_WARM_EVENT, codeCachePath, runWithCodeCache } from '../../server/src/node/code-cache';

const BUNDLE = `"use strict";
const path = require('node:path');
function double(x) { return 2 * x; }
module.exports = { answer: double(21), dir: path.basename(__dirname), file: path.basename(__filename), self: this === exports };
`;

/** What the bundle's announceWarm() does the first time (it emits once per process). */
const warm = (): boolean => (process as NodeJS.EventEmitter).emit(CODE_CACHE_WARM_EVENT);

/** Resolves once `test()` holds (polled), or fails after ~2 s. */
async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(test(), 'condition not reached');
}

function stampOf(cache: string): string {
  const bytes = readFileSync(cache);
  return bytes.toString('latin1', 0, bytes.indexOf(0x0a));
}

describe('code cache loader', () => {
  let dir: string;
  let bundle: string;
  let cache: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thn-code-cache-'));
    bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, BUNDLE);
    cache = codeCachePath(bundle);
  });
  afterEach(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (): unknown => runWithCodeCache(bundle, { writeDelayMs: 0 });
  const expected = { answer: 42, dir: '', file: 'bundle.js', self: true };
  beforeEach(() => {
    expected.dir = dir.split(/[\\/]/).pop() ?? '';
  });

  it('runs the bundle as a CommonJS module, and writes the cache only after the warm event', async () => {
    assert.deepEqual(run(), expected);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(!existsSync(cache), 'written before the warm event');
    warm();
    await until(() => existsSync(cache));
    const { size, mtimeMs } = statSync(bundle);
    assert.equal(stampOf(cache), `:${size}:${mtimeMs}`); // no build id in this bundle
  });

  it('uses a matching cache and leaves it alone', async () => {
    run();
    warm();
    await until(() => existsSync(cache));
    const before = readFileSync(cache);
    rmSync(cache);
    writeFileSync(cache, before); // same bytes, new file: rewritten only if it were not used
    const written = statSync(cache).mtimeMs;
    assert.deepEqual(run(), expected);
    warm();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(statSync(cache).mtimeMs, written);
  });

  it('replaces a cache made from another build of the bundle, or damaged', async () => {
    run();
    warm();
    await until(() => existsSync(cache));
    // another build: same length, other time
    writeFileSync(bundle, BUNDLE.replace('2 * x', 'x * 2'));
    utimesSync(bundle, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const stamp = stampOf(cache);
    const stamp2 = (): string => {
      const { size, mtimeMs } = statSync(bundle);
      return `:${size}:${mtimeMs}`;
    };
    assert.deepEqual(run(), { ...expected });
    warm();
    await until(() => stampOf(cache) !== stamp);
    // damaged bytes after a matching stamp (a third build of the same length and time, so that V8's
    // in-process compilation cache does not answer): V8 rejects them, the bundle still runs, the cache is rewritten
    const valid = readFileSync(cache);
    const damaged = Buffer.from(valid);
    damaged.fill(7, damaged.indexOf(0x0a) + 1);
    writeFileSync(cache, damaged);
    writeFileSync(bundle, BUNDLE.replace('2 * x', 'x + x'));
    utimesSync(bundle, new Date(2001, 1, 1), new Date(2001, 1, 1));
    assert.equal(stampOf(cache), stamp2());
    assert.deepEqual(run(), expected);
    warm();
    await until(() => !readFileSync(cache).equals(damaged));
    assert.equal(stampOf(cache), stamp2());
  });

  it('replaces a cache made from a build with another id, even of the same size and time', async () => {
    const time = new Date(2002, 2, 2);
    writeFileSync(bundle, `${BUNDLE}//# build=aaaa\n`);
    utimesSync(bundle, time, time);
    run();
    warm();
    await until(() => existsSync(cache));
    assert.match(stampOf(cache), /^aaaa:/);
    writeFileSync(bundle, `${BUNDLE}//# build=bbbb\n`);
    utimesSync(bundle, time, time);
    assert.deepEqual(run(), expected);
    warm();
    await until(() => stampOf(cache).startsWith('bbbb:'));
  });

  it('runs without a cache where it cannot write one', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // permissions do not bind
    chmodSync(dir, 0o500);
    assert.deepEqual(run(), expected);
    warm();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(!existsSync(cache));
  });

  it('announces the warm event once per process', () => {
    let heard = 0;
    const listener = (): void => void heard++;
    process.on(CODE_CACHE_WARM_EVENT, listener);
    announceWarm();
    announceWarm();
    process.off(CODE_CACHE_WARM_EVENT, listener);
    assert.equal(heard, 1);
  });
});
