// The language model's door: the rest of the core sees only this file.
//   setLanguageModelSource(() => bytes)  the node/CLI/server side says where the bytes come from
//   languageModel()                      the parsed model (loaded once, on first use) or null
// Without a source (or with a broken file) every rule still works; the model-based checks are off.

import { LanguageModel, LanguageModelError } from './model';

export { LanguageModel, LanguageModelError, lmKey } from './model';
export { findSlips, bestInContext, expectManyDecisions, unmarkedCandidates, THRESHOLDS, type Slip } from './detect';
export { allCandidates, type Candidate } from './candidates';
export type { SlipKind } from './candidates';

let source: (() => Uint8Array | null) | null = null;
let loaded: LanguageModel | null | undefined;
let loadError: string | null = null;

/** Where the model's bytes come from (called at most once, lazily); null removes the model. */
export function setLanguageModelSource(next: (() => Uint8Array | null) | null): void {
  source = next;
  loaded = undefined;
  loadError = null;
}

/** The model, parsed on first use; null when no source is set or the bytes are not a model. */
export function languageModel(): LanguageModel | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (source) {
    try {
      const bytes = source();
      if (bytes) loaded = new LanguageModel(bytes);
    } catch (error) {
      loadError = error instanceof LanguageModelError || error instanceof Error ? error.message : String(error);
    }
  }
  return loaded;
}

/** Why the model could not be loaded (null when it loaded or none was set). */
export function languageModelError(): string | null {
  return loadError;
}
