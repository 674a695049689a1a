// The file-system side of the language model: finds server/data/lm.bin next to the running code
// (the esbuild bundles in server/dist/, or the TypeScript sources under tsx) and hands its bytes
// to the core, lazily (read on the first analysis that needs it). The language server also starts
// an asynchronous read as soon as it starts (preload), so the file is read on libuv's thread pool
// while the protocol handshake runs; the first analysis then takes those bytes, or reads the file
// itself when the read has not finished (the bytes are the same either way).

import { existsSync, readFile, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLanguageModelSource } from '../core/lm';

export const LM_FILE_NAME = 'lm.bin';

/** The model file: $TIN_HOI_NGHI_LM, else server/data/lm.bin found from this file's directory. */
export function languageModelPath(): string | undefined {
  const env = process.env.TIN_HOI_NGHI_LM;
  if (env !== undefined) return env === '' ? undefined : env;
  for (const dir of [join(__dirname, '..', 'data'), join(__dirname, '..', '..', 'data')]) {
    const path = join(dir, LM_FILE_NAME);
    if (existsSync(path)) return path;
  }
  return undefined;
}

let installed: string | null | undefined;
/** Bytes of `installed` read ahead by preload (kept only until the core takes them). */
let preloaded: Buffer | undefined;
/** The core has taken the bytes of `installed` (a later preload result is then dropped, not kept). */
let taken = false;

/**
 * Makes the core read the model from `path` (default: languageModelPath()) when it first needs it.
 * Idempotent (the file is read once) unless `force` (tests that swapped the source).
 */
export function installLanguageModel(path: string | undefined = languageModelPath(), force = false): void {
  if (installed === (path ?? null) && !force) return;
  installed = path ?? null;
  preloaded = undefined;
  taken = false;
  setLanguageModelSource(
    path === undefined
      ? null
      : () => {
          const bytes = preloaded ?? readFileSync(path);
          preloaded = undefined;
          taken = true;
          return bytes;
        },
  );
}

/**
 * Installs the model (as installLanguageModel) and starts reading its file asynchronously, so the
 * first analysis need not wait for the read. A failed read is ignored here: the first analysis
 * reads the file again and reports the error as before.
 */
export function preloadLanguageModel(path: string | undefined = languageModelPath()): void {
  installLanguageModel(path);
  if (path === undefined) return;
  readFile(path, (error, bytes) => {
    if (!error && installed === path && !taken) preloaded = bytes;
  });
}
