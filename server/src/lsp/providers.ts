// Optional helpers written by other parts of the core, gathered in one place so the server
// degrades gracefully when one is missing or throws: what a kind expects (segment/kinds.ts),
// section skeletons (segment/skeletons.ts), the article's names (facts/names.ts).

import type { TextDoc } from '../core/text/textdoc';
import type { ExpectationProvider } from './hover';
import { FALLBACK_SKELETONS, type Skeleton } from './skeletons';

export interface Providers {
  expectationFor?: ExpectationProvider;
  skeletons: readonly Skeleton[];
  extractNames?: (doc: TextDoc) => string[];
}

export const PROVIDERS: Providers = {
  skeletons: FALLBACK_SKELETONS,
};
