// Default configuration and merging (pure). Reading config files lives outside the core.

import type { Config } from './types';

/** Indicator sets whose size is fixed nationally; a province may override them in config. */
export const DEFAULT_KNOWN_TOTALS: Record<string, number> = {
  'tiêu chí nông thôn mới': 19,
};

export function defaultConfig(): Config {
  return {
    rules: {},
    sections: {},
    knownTotals: { ...DEFAULT_KNOWN_TOTALS },
    locale: 'vi',
    toneStyle: 'consistent',
    words: [],
  };
}

/** Overlays `patch` on `base`; per-rule and per-kind tables merge key by key. */
export function mergeConfig(base: Config, patch: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(patch.rules ?? {}) },
    sections: { ...base.sections, ...(patch.sections ?? {}) },
    knownTotals: { ...base.knownTotals, ...(patch.knownTotals ?? {}) },
    locale: patch.locale ?? base.locale,
    toneStyle: patch.toneStyle ?? base.toneStyle,
    words: [...base.words, ...(patch.words ?? [])],
  };
}
