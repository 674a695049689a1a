// The file-system side of the language model: finds server/data/lm.bin next to the running code
// (the esbuild bundles in server/dist/, or the TypeScript sources under tsx) and hands its bytes
// to the core, lazily (read on the first analysis that needs it).

import { existsSync, readFileSync } from 'node:fs';
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

/** Makes the core read the model from `path` (default: languageModelPath()) when it first needs it. */
let installed: string | null | undefined;

/**
 * Makes the core read the model from `path` (default: languageModelPath()) when it first needs it.
 * Idempotent (the file is read once) unless `force` (tests that swapped the source).
 */
export function installLanguageModel(path: string | undefined = languageModelPath(), force = false): void {
  if (installed === (path ?? null) && !force) return;
  installed = path ?? null;
  setLanguageModelSource(path === undefined ? null : () => readFileSync(path));
}
