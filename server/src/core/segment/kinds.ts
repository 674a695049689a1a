// What each article kind expects: required sections (missing = warning), recommended ones
// (missing = information) and the usual order. Calibrated on real commune portal articles
// (see docs/DOMAIN): HĐND session news never carries a shortcomings paragraph, a year-end review
// may go without one, a delegation visit always ends with the head's instructions.

import { SECTION_NAMES, type ArticleKind, type Config, type SectionName } from '../types';

export interface Expectation {
  required: SectionName[];
  recommended: SectionName[];
  /** The usual order of the sections (captions may appear anywhere). */
  order: SectionName[];
}

/** The usual order: the declaration order of SECTION_NAMES, captions aside (they may stand anywhere). */
export const STANDARD_ORDER: readonly SectionName[] = SECTION_NAMES.filter((name) => name !== 'captions');

const DEFAULTS: Record<ArticleKind, { required: SectionName[]; recommended: SectionName[] }> = {
  'so-ket-giua-nhiem-ky': {
    required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'],
    recommended: [],
  },
  'tong-ket-nam': {
    required: ['opening', 'attendees', 'achievements', 'byline'],
    recommended: ['shortcomings'],
  },
  'lam-viec-doan-cong-tac': {
    // the opening names the head of the delegation, so a separate attendees sentence is optional
    required: ['opening', 'achievements', 'shortcomings', 'directives', 'byline'],
    recommended: [],
  },
  'hoi-nghi-bch': {
    required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'],
    recommended: [],
  },
  'ky-hop-hdnd': {
    // the chair often closes the session without a superior's directives; never shortcomings
    required: ['opening', 'attendees', 'achievements', 'byline'],
    recommended: [],
  },
  'dai-hoi-chi-bo': {
    required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'],
    recommended: [],
  },
  // Provisional until derived from the labelled real corpus (docs/kinds.md).
  'so-ket-dinh-ky': { required: ['opening', 'achievements'], recommended: ['attendees'] },
  'giao-ban': { required: ['opening', 'achievements'], recommended: ['attendees'] },
  'dai-hoi-dang-bo': { required: ['opening', 'achievements'], recommended: ['attendees'] },
  'tiep-xuc-cu-tri': { required: ['opening'], recommended: ['attendees'] },
  'bau-cu': { required: ['opening'], recommended: [] },
  other: {
    required: ['opening'],
    recommended: ['byline'],
  },
};

/** The sections `kind` requires and recommends (config.sections overrides either list) and their order. */
export function expectationFor(kind: ArticleKind, config?: Pick<Config, 'sections'>): Expectation {
  const base = DEFAULTS[kind] ?? DEFAULTS.other;
  const override = config?.sections?.[kind];
  const required = [...(override?.required ?? base.required)];
  const recommended = (override?.recommended ?? base.recommended).filter((s) => !required.includes(s));
  return { required, recommended, order: [...STANDARD_ORDER] };
}
