// Runs a CommonJS bundle (server/dist/*.js) with V8's code cache: the bytecode of the bundle's
// top level and of every function its first analysis compiled, kept in a file next to the bundle.
// Compiling the minified bundle and, lazily, each function the first analysis calls cost ~60–100 ms
// of CPU at every start of the language server (of ~300–400 ms to the first diagnostics, measured
// 2026-12-02); with the cache V8 reads the bytecode instead.
//
// Never needed for correctness: a missing, unreadable, outdated or rejected cache (another Node or
// V8 version, other V8 flags: V8 checks those itself) just means compiling as before, and the cache is
// written again. One file per runtime (Node version, architecture, command-line flags), so VS Code's
// own Node and a system Node do not overwrite each other's; its first line names the bundle it was
// made from (V8 checks only the source length): the content hash the build appends to the bundle
// (`//# build=…`, scripts/build.mjs), its size and modification time.

import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Emitted on `process` once the bundle has done its first real work (the server: first diagnostics). */
export const CODE_CACHE_WARM_EVENT = 'tin-hoi-nghi:warm';

let announced = false;

/** Emits CODE_CACHE_WARM_EVENT once (nothing listens when the bundle was not started by runWithCodeCache). */
export function announceWarm(): void {
  if (announced) return;
  announced = true;
  (process as NodeJS.EventEmitter).emit(CODE_CACHE_WARM_EVENT);
}

/** The content hash the build appends to a bundle. */
const BUILD_ID = /\/\/# build=(\w+)\s*$/;

/** How long after the warm event the cache is written (after the answer that triggered it is out). */
const WRITE_DELAY_MS = 200;

export interface CodeCacheOptions {
  /** Default WRITE_DELAY_MS (tests use 0). */
  writeDelayMs?: number;
}

/** The cache file of `bundle` for this Node, architecture and command-line flags. */
export function codeCachePath(bundle: string): string {
  const runtime = `${process.version}-${process.arch}-${process.execArgv.join(' ')}`;
  return join(dirname(bundle), `.${basename(bundle)}.${hash(runtime)}.cache`);
}

/** A short name-safe hash (FNV-1a, 32 bits) of a short string. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Reads the cached bytecode for a bundle of this `stamp`, or undefined. */
function readCache(file: string, stamp: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const eol = bytes.indexOf(0x0a);
    if (eol < 0 || bytes.toString('latin1', 0, eol) !== stamp) return undefined;
    return bytes.subarray(eol + 1);
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file (servers of several editors may start at once); best effort. */
function writeCache(file: string, stamp: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${stamp}\n`);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing written (read-only install): run without a cache
    }
  }
}

/**
 * Loads `bundle` as a CommonJS module, compiled with its code cache when there is a valid one, and
 * returns its exports. When there was none, the cache is written shortly after the bundle emits
 * CODE_CACHE_WARM_EVENT on `process` or at exit after it (never, if it is not emitted).
 */
export function runWithCodeCache(bundle: string, options: CodeCacheOptions = {}): unknown {
  const { script, file, stamp, rejected } = compile(bundle);
  if (rejected) {
    let written = false;
    const write = (): void => {
      if (written) return;
      written = true;
      writeCache(file, stamp, script.createCachedData());
    };
    process.once(CODE_CACHE_WARM_EVENT, () => {
      setTimeout(write, options.writeDelayMs ?? WRITE_DELAY_MS).unref();
      process.once('exit', write); // a client that stops the server at once
    });
  }
  const loaded = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(loaded.exports, loaded.exports, Module.createRequire(bundle), loaded, bundle, dirname(bundle));
  return loaded.exports;
}

/** Node's CommonJS wrapper (Module.wrap), around the bundle's text. */
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n});';

/**
 * The bundle's text inside HEAD and TAIL, read into one buffer and decoded once: with Module.wrap(text)
 * V8 flattened the concatenation into a second copy of the text (650 KB for the server), and the
 * first copy stayed resident in the old generation until a full GC.
 */
function readWrapped(bundle: string): string {
  const fd = openSync(bundle, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafeSlow(HEAD.length + size + TAIL.length);
    const full = HEAD.length + size;
    let end = bytes.write(HEAD, 'latin1');
    while (end < full) {
      const n = readSync(fd, bytes, end, full - end, null);
      if (n === 0) break; // truncated meanwhile
      end += n;
    }
    end += bytes.write(TAIL, end, 'latin1');
    return bytes.toString('utf8', 0, end);
  } finally {
    closeSync(fd);
  }
}

/**
 * Compiles `bundle` with its cache; `rejected`: a cache should be written. Its own function so that
 * the cache's bytes (1.2 MB for the server) are garbage before the bundle runs: left in
 * runWithCodeCache's frame they stayed alive while the server started, were promoted to the old
 * generation and stayed resident until its first full GC (1.2 MB of RSS at the first diagnostics).
 */
function compile(bundle: string): { script: Script; file: string; stamp: string; rejected: boolean } {
  const file = codeCachePath(bundle);
  let stamp = '';
  try {
    const stat = statSync(bundle); // before reading: a bundle rebuilt meanwhile gets a stamp of its own
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // unreadable metadata: a stamp that no cache has
  }
  const source = readWrapped(bundle);
  if (stamp !== '') stamp = `${BUILD_ID.exec(source.slice(-64 - TAIL.length, -TAIL.length))?.[1] ?? ''}:${stamp}`;
  const cachedData = stamp === '' ? undefined : readCache(file, stamp);
  const script = new Script(source, { filename: bundle, cachedData });
  return { script, file, stamp, rejected: stamp !== '' && (cachedData === undefined || script.cachedDataRejected === true) };
}
