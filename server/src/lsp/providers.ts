// Helpers from other parts of the core, gathered in one place so the server degrades gracefully
// when one throws: what a kind expects (segment/kinds.ts), section skeletons
// (segment/skeletons.ts, turned into snippets), the article's names (facts/names.ts).

import { extractNames } from '../core/facts/names';
import { expectationFor, STANDARD_ORDER } from '../core/segment/kinds';
import { SECTION_SKELETONS } from '../core/segment/skeletons';
import type { TextDoc } from '../core/text/textdoc';
import type { ArticleKind, SectionName } from '../core/types';
import type { ExpectationProvider } from './hover';
import { FALLBACK_SKELETONS, type Skeleton } from './skeletons';

export interface Providers {
  expectationFor?: ExpectationProvider;
  skeletons: readonly Skeleton[];
  extractNames?: (doc: TextDoc) => string[];
}

const escapeSnippet = (text: string): string => text.replace(/[$}\\]/g, (c) => `\\${c}`);

/** "[họ tên], [chức vụ]" → "${1:họ tên}, ${2:chức vụ}" (an LSP snippet). */
export function toSnippet(skeleton: string): string {
  let n = 0;
  let out = '';
  let last = 0;
  for (const m of skeleton.matchAll(/\[([^\]]*)\]/g)) {
    out += escapeSnippet(skeleton.slice(last, m.index)) + `\${${++n}:${m[1].replace(/[$}\\]/g, '')}}`;
    last = m.index + m[0].length;
  }
  return out + escapeSnippet(skeleton.slice(last));
}

function coreSkeletons(): readonly Skeleton[] {
  try {
    const order: SectionName[] = [...STANDARD_ORDER.filter((s) => s !== 'title' && s !== 'dateline'), 'captions'];
    const list = order
      .filter((s) => typeof SECTION_SKELETONS[s] === 'string' && SECTION_SKELETONS[s].trim() !== '')
      .map((section) => ({ section, body: toSnippet(SECTION_SKELETONS[section]) }));
    return list.length > 0 ? list : FALLBACK_SKELETONS;
  } catch {
    return FALLBACK_SKELETONS;
  }
}

export const PROVIDERS: Providers = {
  expectationFor: (kind, config) => expectationFor(kind as ArticleKind, config),
  skeletons: coreSkeletons(),
  extractNames: (doc) => {
    const unique = new Set<string>();
    for (const n of extractNames(doc)) unique.add(n.text);
    return [...unique];
  },
};
