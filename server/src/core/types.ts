// The data contract of the pure analysis core. Everything here is plain data:
// offsets are UTF-16 code-unit offsets into the text exactly as the editor holds it.

import type { Facts } from './facts/types';
import type { LanguageModel } from './lm/model';
import type { TextDoc } from './text/textdoc';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'vi' | 'en';
export type ToneStyle = 'consistent' | 'old' | 'new';

export const SECTION_NAMES = [
  'title',
  'dateline',
  'opening',
  'attendees',
  'achievements',
  'shortcomings',
  'discussion',
  'directives',
  'conclusion',
  'tasks',
  'commendations',
  'captions',
  'byline',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const ARTICLE_KINDS = [
  'so-ket-giua-nhiem-ky',
  'tong-ket-nam',
  'lam-viec-doan-cong-tac',
  'hoi-nghi-bch',
  'ky-hop-hdnd',
  'dai-hoi-chi-bo',
  'so-ket-dinh-ky',
  'giao-ban',
  'dai-hoi-dang-bo',
  'tiep-xuc-cu-tri',
  'bau-cu',
  'other',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** A [start, end) span of the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface Section extends Span {
  name: SectionName;
}

export interface TextEdit extends Span {
  newText: string;
}

/** Localised text: Vietnamese first, English second. `{name}` placeholders take values. */
export interface LocalText {
  vi: string;
  en: string;
}

export type MessageValues = Record<string, string | number>;

export interface Fix {
  /** A message id of the rule's `messages` table, rendered with `values`. */
  titleId: string;
  values?: MessageValues;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and "fix all"; unsafe ones only on request. */
  safe: boolean;
}

/** What a rule reports. Offsets are in the coordinates of `ctx.doc.nfc` unless `coords` says otherwise. */
export interface Report extends Span {
  messageId: string;
  values?: MessageValues;
  /** For missing-section and section-order: the section concerned. */
  section?: SectionName;
  fixes?: Fix[];
  coords?: 'nfc' | 'original';
  /** A severity for this report when the config does not set one for the rule (else the rule's default). */
  severity?: Severity;
}

/** A finding as `analyze` returns it: original-text offsets, severity resolved from config. */
export interface Finding extends Span {
  rule: string;
  severity: Severity;
  messageId: string;
  values: MessageValues;
  section?: SectionName;
  fixes: Fix[];
}

export interface KindExpectation {
  required: SectionName[];
  recommended: SectionName[];
}

export interface Config {
  /** Per-rule severity override or 'off'. */
  rules: Record<string, SeveritySetting>;
  /** Per-kind override of the sections a kind requires / recommends. */
  sections: Partial<Record<ArticleKind, Partial<KindExpectation>>>;
  /** Known totals of indicator sets, e.g. { "tiêu chí nông thôn mới": 19 }. Keys are matched NFC, lower case. */
  knownTotals: Record<string, number>;
  locale: Locale;
  toneStyle: ToneStyle;
  /** Extra words that are not misspellings (workspace word list + user setting). */
  words: string[];
  /**
   * Pins the date the article is read as of (ISO "yyyy-mm-dd"), e.g. for an archive being
   * proof-read: the map rules (admin-timeline) and dates without a year use it instead of the
   * article's own dates.
   */
  referenceDate?: string;
}

export interface RuleContext {
  /** The text under analysis: original, NFC view, lines, paragraphs and offset maps. */
  doc: TextDoc;
  kind: ArticleKind;
  sections: Section[];
  facts: Facts;
  config: Config;
  /** The syllable language model (core/lm), or null/absent: model-based checks are then skipped. */
  lm?: LanguageModel | null;
}

export type RuleCategory = 'structure' | 'numbers' | 'text';

export interface Rule {
  /** Stable kebab-case id: file name, doc name and diagnostic code. */
  id: string;
  category: RuleCategory;
  description: LocalText;
  defaultSeverity: Severity;
  fixable: boolean;
  messages: Record<string, LocalText>;
  check(ctx: RuleContext): Report[];
  /** The same check in two steps, so that core/incremental can keep each paragraph's readings. */
  paragraphScan?: ParagraphScan;
}

/**
 * A document-wide rule that reads paragraph by paragraph, then counts over the article. `scan` reads
 * the span [from, to) of the NFC text (a paragraph: the characters around it are line breaks) and its
 * readings depend on that span's text alone; `reports` gives the rule's reports from the readings of
 * every paragraph, in text order. The rule's check(ctx) is reports(ctx, scan(nfc, 0, nfc.length)), and
 * a test checks that scanning paragraph by paragraph reads the same (test/core/paragraph-scan.test.ts).
 * Readings are plain data: start/end (NFC offsets), strings, numbers, booleans.
 */
export interface ParagraphScan<T extends Span = Span> {
  scan(text: string, from: number, to: number): T[];
  reports(ctx: RuleContext, found: T[]): Report[];
}

/** Something that went wrong while analysing, reported instead of thrown. */
export interface Problem {
  messageId: string;
  values?: MessageValues;
}

export interface Analysis {
  kind: ArticleKind;
  sections: Section[];
  facts: Facts;
  findings: Finding[];
  problems: Problem[];
}
