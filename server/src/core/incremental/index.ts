// Incremental analysis for the editor: after an edit, the paragraph-local text rules and the
// paragraph-local fact extractors (fractions, percentages) are re-run on the paragraphs whose text
// changed only; their results on unchanged paragraphs are reused from the previous analysis, with
// offsets moved. Segmenting, the other facts and every document-wide rule run on the whole text as
// usual (analyze() with hooks; the document-wide rules read the recombined facts), so the result
// equals a fresh analyze() of the same text and config (test/core/incremental.test.ts checks this on
// random edits, facts included).
//
// A rule is paragraph-local when its reports on a paragraph depend on that paragraph's text alone:
// it reads ctx.doc only (not sections, facts or kind), never looks across a blank line, and its
// fixes stay inside the paragraph. Rules that count over the whole article (inconsistent-spelling's
// majority form, unicode-normalization's "convert all" fix, names, tone style, units) are not.
// A fact extractor is paragraph-local on the same terms: each fact (its sentence span included)
// lies inside one paragraph and is read from that paragraph's text alone.
//
// A huge text (over MAX_CHARS) is analysed afresh at every version, keeping nothing: the kept
// paragraphs are keyed by slices of the previous text, which hold all of that text alive, so an edit
// in a 50 MB document had both versions in memory at once (peak RSS 4.2× a bare pass, 3.0× without).

import { analyze, type FullAnalysis } from '../analyze';
import { extractFacts } from '../facts';
import { numericDates, numericDatesIn, type RawDate } from '../facts/dates';
import { enumerationsOf, extractCounts, extractCountsIn, hasCountTarget, hasLetterStart, hasWordsStart, LIST_REACH, rangesOf, rawItemsIn, type RawItem } from '../facts/enumerations';
import { extractFractions } from '../facts/fractions';
import type { CountFact, EnumerationFact, UnitFact } from '../facts/types';
import { unitMentionsIn, unitOf } from '../facts/unit';
import { forEachCapitalStart, forEachCapitalStartIn, namesIn, namesOf, type NameMention } from '../facts/names';
import { extractPercentages } from '../facts/percentages';
import { RULES } from '../rules';
import { nameInconsistent, nameKeys, nameReports, occurrenceVisitor, type KeyedOccurrence } from '../rules/name-inconsistent';
import type { SegmentMemo, TextReadings } from '../segment';
import { findSuppressions, maskSuppressions } from '../suppression';
import { createTextDoc, type Paragraph, type TextDoc } from '../text/textdoc';
import { flat, updateTextDoc, type DocShape } from './textdoc-update';
import type { Config, ParagraphScan, Report, Rule, RuleContext, Span } from '../types';

/** Rules whose reports on a paragraph depend on that paragraph's text only. */
export const PARAGRAPH_LOCAL_RULES: ReadonlySet<string> = new Set(['spelling', 'confusable-word', 'repeated-word', 'whitespace', 'capitalization']);
/** Fact extractors whose facts on a paragraph depend on that paragraph's text only (NFC offsets). */
const PARAGRAPH_LOCAL_FACTS = { fractions: extractFractions, percentages: extractPercentages } as const;
type LocalFactKind = keyof typeof PARAGRAPH_LOCAL_FACTS;
/** The fact kinds reused per paragraph (tests). */
export const PARAGRAPH_LOCAL_FACT_KINDS: readonly string[] = [...Object.keys(PARAGRAPH_LOCAL_FACTS), 'counts', 'enumerations', 'unit', 'numeric-dates'];
/**
 * The per-paragraph readings of document-wide rules: name-inconsistent's names and mentions of the
 * article's name keys, and what each rule with a `paragraphScan` reads from a paragraph (tests).
 */
export const PARAGRAPH_READINGS: readonly string[] = ['names', 'name-mentions', ...RULES.filter((r) => r.paragraphScan).map((r) => `scan:${r.id}`)];
/** Slot of each local rule, then of each local fact kind, then of the readings, in a paragraph's entry. */
const SLOT = new Map([...PARAGRAPH_LOCAL_RULES, ...PARAGRAPH_LOCAL_FACT_KINDS.map((k) => `fact:${k}`), ...PARAGRAPH_READINGS, 'list-starts'].map((id, i) => [id, i]));

// Counts ("8 nhóm nhiệm vụ") are read inside candidate ranges of paragraphs (facts/enumerations.ts):
// a count starting in a paragraph looks at most 20 characters before its start and 44 after its
// paragraph's end, never past its range. A paragraph's counts are reused while its text and that
// context (clipped to the range; none when the paragraph is in no range) are unchanged.
const COUNT_BEFORE = 20;
const COUNT_AFTER = 48;
/** The context of a paragraph in no candidate range (an in-range context always holds a U+0000). */
const NOT_SCANNED = 'none';
/** Bits of a paragraph's list-start flags: facts/enumerations' hasCountTarget, hasLetterStart, hasWordsStart. */
const COUNT_TARGET = 1;
const LETTER_START = 2;
const WORDS_START = 4;
/** Shared by the (many) paragraphs where a rule reports nothing: keeps a huge document's cache small. */
const NONE: never[] = [];

/** More changed paragraphs than this (and than half of them): run the local rules on the whole text. */
const MAX_PARTIAL = 64;

/** A paragraph's reports of one rule (offsets relative to the paragraph, NFC or original, per report), or its facts of one kind (NFC). */
type Relative = unknown[];
/** Per slot (SLOT), the paragraph's reports, facts or readings (or its list-start flags); undefined when not known. */
type ParagraphEntry = Array<Relative | number | undefined>;

interface Part {
  p: Paragraph;
  /** The paragraph's span in the original text. */
  os: number;
  oe: number;
  key: string;
  entry: ParagraphEntry;
  sub?: TextDoc;
}

interface Round {
  /** Counts analyses that prepared a round (see Placed). */
  number: number;
  doc: TextDoc;
  parts: Part[];
  /** How many paragraphs at the start are the last round's, unchanged and in the same place (the same Paragraph objects, see textdoc-update.ts). */
  same: number;
  /** Whether per-paragraph runs are used this time (few changed paragraphs). */
  partial: boolean;
  /** Per paragraph, the lists it may start (listStarts). */
  starts?: Uint8Array;
}

/**
 * A per-paragraph loop's output in the last round (reports of a paragraph-local rule, facts of a
 * paragraph-local kind, readings kept per paragraph text): the placed items (a copy of what the loop
 * returned) and, per paragraph, how many items there were up to its end. The next round hands over the
 * items of the paragraphs before the first that changed or moved (Round.same) as they are: the same
 * objects, no copy, and no step of the loop for them. Nothing placed is changed in place afterwards.
 */
interface Placed {
  round: number;
  out: unknown[];
  ends: Int32Array;
}

/** Copies a report with its offsets moved by (nfc, original) and its strings flattened (no slices of the old text kept alive). */
function moved(r: Report, nfc: number, original: number): Report {
  const d = r.coords === 'original' ? original : nfc;
  const copy = JSON.parse(JSON.stringify(r)) as Report;
  copy.start = r.start + d;
  copy.end = r.end + d;
  for (const fix of copy.fixes ?? []) {
    for (const e of fix.edits) {
      e.start += d;
      e.end += d;
    }
  }
  return copy;
}

/** Copies a stored (already flattened) report with its offsets moved: a structural copy, no JSON round trip. */
function shifted(r: Report, nfc: number, original: number): Report {
  const d = r.coords === 'original' ? original : nfc;
  const copy: Report = { ...r, start: r.start + d, end: r.end + d };
  if (r.values) copy.values = { ...r.values };
  if (r.fixes) copy.fixes = r.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) }));
  return copy;
}

// The arrays kept per paragraph are made by the loops below in every tier. Array.prototype.map's
// result is a packed array when the builtin makes it but a holey one when TurboFan inlines the call
// (the edit path's functions, once optimised), and a paragraph's fresh entry was a holey-Smi array
// where the kept ones hold objects: the optimised loops then met array maps their feedback never
// had ("wrong map" deopts of paragraphNames, counts, enumerations, names and facts in the first
// ~15 edits of the 1 MB article, each compiled again on V8's helper thread).

/** `items.map((x) => f(x, d))`, always a packed array (see above). */
function packedMap<T, U>(items: readonly T[], f: (item: T, d: number) => U, d: number): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], d));
  return out;
}

/** A report of a paragraph analysed alone, copied for the cache (moved by nothing). */
const MOVED_IN_PLACE = (r: Report, d: number): Report => moved(r, d, d);

/** A paragraph's new entry: every slot undefined, in an array that holds any value from the start (see above). */
function newEntry(): ParagraphEntry {
  return new Array<Relative | number | undefined>(SLOT.size).fill(undefined);
}

/** The nested spans of the paragraph-local facts; any other nested object must carry no offsets. */
const FACT_SPANS = ['sentence', 'denominatorSpan'] as const;

/**
 * Copies a fact for the cache, offsets made relative (`d` = -paragraph start) and long strings
 * copied (no slices of the old text kept alive). Throws on a nested object with offsets other than
 * FACT_SPANS (a new field the fast shift below would not move): the caller then reuses nothing.
 */
function storedFact<T extends object>(fact: T, d: number): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fact)) {
    if (typeof v === 'string') out[k] = flat(v);
    else if (v !== null && typeof v === 'object') {
      const span = (FACT_SPANS as readonly string[]).includes(k);
      if (!span && JSON.stringify(v).match(/"(?:start|end)"/)) throw new Error(`fact field ${k} has offsets`);
      out[k] = span ? { start: (v as Span).start + d, end: (v as Span).end + d } : JSON.parse(JSON.stringify(v));
    } else out[k] = k === 'start' || k === 'end' ? (v as number) + d : v;
  }
  return out as T;
}

// The loops over every paragraph (and their kept readings) are indexed, not for…of: an edit's first
// analyses run in the interpreter (the server's flags keep V8 from compiling them early), where each
// step of a for…of allocates an iterator result (~3 MB per 1 MB-article edit in all, when cold).

// Moving stored facts and readings into place copies thousands of small objects per edit. Each kind
// is copied by its own object spread (below and at the callers): V8 caches how to copy an object per
// spread site, for up to four shapes; one site for all kinds saw more and took the slow generic copy
// (2-3 times slower per object).

/** The nested spans of a stored fact (FACT_SPANS) moved by `d`, in its copy. */
function shiftedSpans(copy: Span & { sentence?: Span; denominatorSpan?: Span; rating?: object }, d: number): void {
  const { sentence, denominatorSpan, rating } = copy;
  if (sentence) copy.sentence = { start: sentence.start + d, end: sentence.end + d };
  if (denominatorSpan) copy.denominatorSpan = { start: denominatorSpan.start + d, end: denominatorSpan.end + d };
  if (rating) copy.rating = { ...rating }; // percentages: no offsets inside, copied so no caller shares the cache's
}

/** Copies of stored facts with their offsets moved by `d` (same fields in the same order), one spread per kind. */
const SHIFT_FACT: Record<LocalFactKind | 'counts', <T extends Span>(fact: T, d: number) => T> = {
  fractions: (fact, d) => {
    const copy = { ...fact, start: fact.start + d, end: fact.end + d };
    shiftedSpans(copy, d);
    return copy;
  },
  percentages: (fact, d) => {
    const copy = { ...fact, start: fact.start + d, end: fact.end + d };
    shiftedSpans(copy, d);
    return copy;
  },
  counts: (fact, d) => {
    const copy = { ...fact, start: fact.start + d, end: fact.end + d };
    shiftedSpans(copy, d);
    return copy;
  },
};

// The copies that place kept readings, one spread site each (see SHIFT_FACT). Module-level, not made
// per analysis: with closures made per analysis (these, and forEach callbacks over every paragraph)
// TurboFan compiled the edit path's functions again every 10–30 edits of the 1 MB article (--trace-opt;
// V8 holds optimised code weakly, and a full collection between two analyses can drop it).
const PLACE_SCAN_READING = <T extends Span>(r: T, d: number): T => ({ ...r, start: r.start + d, end: r.end + d });
const PLACE_UNIT_MENTION = <T extends Span>(r: T, d: number): T => ({ ...r, start: r.start + d, end: r.end + d });
const PLACE_NUMERIC_DATE = <T extends Span>(r: T, d: number): T => ({ ...r, start: r.start + d, end: r.end + d });

/** Copies a paragraphScan's reading for the cache, offsets relative (`d` = -paragraph start), long strings copied; throws on a nested object (readings are flat). */
function storedReading<T extends Span>(reading: T, d: number): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(reading)) {
    if (v !== null && typeof v === 'object') throw new Error(`reading field ${k} is not plain data`);
    out[k] = typeof v === 'string' ? flat(v) : k === 'start' || k === 'end' ? (v as number) + d : v;
  }
  return out as T;
}

/**
 * Whether a paragraph's stored count context (see COUNT_BEFORE) is the text's now: NOT_SCANNED when
 * `to` < 0, else nfc[from, start) + U+0000 + nfc[end, to), compared without building that string.
 */
function sameContext(stored: string, nfc: string, from: number, start: number, end: number, to: number): boolean {
  if (to < 0) return stored === NOT_SCANNED;
  const before = start - from;
  if (stored.length !== before + 1 + (to - end) || stored.charCodeAt(before) !== 0) return false;
  for (let k = 0; k < before; k++) if (stored.charCodeAt(k) !== nfc.charCodeAt(from + k)) return false;
  for (let k = end; k < to; k++) if (stored.charCodeAt(before + 1 + k - end) !== nfc.charCodeAt(k)) return false;
  return true;
}

/** Whether every numeric `start`/`end` inside a fact lies in [start, end]. */
function factInside(value: unknown, start: number, end: number): boolean {
  if (Array.isArray(value)) return value.every((v) => factInside(v, start, end));
  if (value === null || typeof value !== 'object') return true;
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'start' || k === 'end') && typeof v === 'number') {
      if (v < start || v > end) return false;
    } else if (typeof v === 'object' && !factInside(v, start, end)) return false;
  }
  return true;
}

function inside(r: Report, start: number, end: number): boolean {
  if (r.start < start || r.end > end) return false;
  for (const fix of r.fixes ?? []) for (const e of fix.edits) if (e.start < start || e.end > end) return false;
  return true;
}

/** Segmenting's per-text readings: those of the last analysis are reused, the ones used now are kept (keyed by this version's strings). */
class GenerationMemo implements SegmentMemo {
  private old = new Map<string, TextReadings>();
  private now = new Map<string, TextReadings>();
  get(text: string): TextReadings | undefined {
    let readings = this.now.get(text);
    if (!readings) {
      readings = this.old.get(text);
      if (readings) this.now.set(text, readings);
    }
    return readings;
  }
  set(text: string, readings: TextReadings): void {
    this.now.set(text, readings);
  }
  /** Ends an analysis: only what it used is kept for the next one. */
  turn(): void {
    this.old = this.now;
    this.now = new Map();
  }
  clear(): void {
    this.old.clear();
    this.now.clear();
  }
}

/** Texts longer than this (UTF-16 code units; ~8 MB) are analysed afresh at every version. */
export const MAX_CHARS = 8_000_000;

/** Whether the text outside the paragraphs (blank lines, before the first, after the last) is line breaks only. */
function onlyLineBreaksBetween(doc: TextDoc): boolean {
  const { nfc, paragraphs } = doc;
  let from = 0;
  for (let i = 0; i <= paragraphs.length; i++) {
    const to = i < paragraphs.length ? paragraphs[i].start : nfc.length;
    for (let k = from; k < to; k++) {
      const c = nfc.charCodeAt(k);
      if (c !== 10 && c !== 13) return false;
    }
    if (i < paragraphs.length) from = paragraphs[i].end;
  }
  return true;
}

/**
 * Readings of the whole text (in text order) filed by paragraph, offsets made relative by `store`;
 * undefined when one lies outside every paragraph. Used when most paragraphs changed (the first
 * analysis): one reading of the whole text is then cheaper than one per paragraph, and it reads the
 * same (test/core/names-per-paragraph.test.ts, test/core/paragraph-scan.test.ts).
 */
function fileByPart<T extends Span>(parts: readonly Part[], items: readonly T[], store: (item: T, d: number) => T): T[][] | undefined {
  const buckets: T[][] = parts.map(() => NONE);
  let i = 0;
  for (const item of items) {
    while (i < parts.length && parts[i].p.end < item.start) i++;
    if (i === parts.length || item.start < parts[i].p.start || item.end > parts[i].p.end) return undefined;
    if (buckets[i] === NONE) buckets[i] = [];
    buckets[i].push(store(item, -parts[i].p.start));
  }
  return buckets;
}

/** One per open document: keeps the previous version's per-paragraph reports. */
export class IncrementalAnalyzer {
  private entries = new Map<string, ParagraphEntry>();
  private readonly segmentMemo = new GenerationMemo();
  private configKey = '';
  /** The name keys of the last analysis that read names, and a number that changes with them (name mentions are kept per number). */
  private nameKeySet: ReadonlySet<string> = new Set();
  private nameGeneration = 0;
  /** The lines and paragraphs of the last analysis's text, when the next TextDoc may be built from them (textdoc-update.ts). */
  private shape: DocShape | undefined;
  /** Per slot, its loop's output in the last round (see Placed), and that round's paragraphs. */
  private placed = new Map<number, Placed>();
  private lastParts: Part[] | undefined;
  private rounds = 0;
  /** Paragraph × rule results reused / computed in the last analysis (tests, status). */
  stats = { reused: 0, computed: 0, partial: false };

  constructor(private readonly maxChars = MAX_CHARS) {}

  analyze(text: string, config?: Partial<Config>): FullAnalysis {
    if (text.length > this.maxChars) {
      // dropped before the analysis allocates: the previous text goes with its keys
      this.entries = new Map();
      this.segmentMemo.clear();
      this.configKey = '';
      this.shape = undefined;
      this.placed.clear();
      this.lastParts = undefined;
      this.stats = { reused: 0, computed: 0, partial: false };
      return analyze(text, config);
    }
    const configKey = JSON.stringify(config ?? {});
    if (configKey !== this.configKey) {
      this.entries.clear();
      this.segmentMemo.clear();
      this.placed.clear();
      this.lastParts = undefined;
      this.configKey = configKey;
    }
    this.stats = { reused: 0, computed: 0, partial: false };
    let round: Round | undefined;
    let usable = true;
    const shape = this.shape;
    this.shape = undefined; // dropped before the analysis allocates
    const analysis = analyze(text, config, {
      segmentMemo: this.segmentMemo,
      textDoc: shape ? (t, masked) => updateTextDoc(shape, t, masked) : undefined,
      facts: (doc, sections) => {
        if (!usable) return extractFacts(doc, sections);
        try {
          const r = (round ??= this.prepare(text, doc));
          return extractFacts(doc, sections, { fractions: this.facts('fractions', r), percentages: this.facts('percentages', r), counts: this.counts(r), enumerations: this.enumerations(r), unit: this.unit(r), numericDates: this.numericDates(r) });
        } catch {
          usable = false; // an extractor threw (on a paragraph or the whole text): nothing is reused from here on
          return extractFacts(doc, sections);
        }
      },
      reports: (rule, ctx) => {
        const names = rule.id === nameInconsistent.id;
        const scan = rule.paragraphScan;
        if (!usable || (!names && !scan && !PARAGRAPH_LOCAL_RULES.has(rule.id))) return rule.check(ctx);
        round ??= this.prepare(text, ctx.doc);
        try {
          if (names) return this.names(round);
          if (scan) return this.scanned(rule, scan, ctx, round);
          return round.partial ? this.partial(rule, ctx, round) : this.whole(rule, ctx, round);
        } catch {
          usable = false; // a rule threw on a paragraph: nothing is reused from here on
          return rule.check(ctx);
        }
      },
    });
    const next = new Map<string, ParagraphEntry>();
    if (round && usable) for (let i = 0; i < round.parts.length; i++) next.set(round.parts[i].key, round.parts[i].entry);
    this.entries = next;
    this.segmentMemo.turn();
    this.lastParts = round && usable ? round.parts : undefined;
    if (!this.lastParts) this.placed.clear();
    // the next version's TextDoc is built from this one's lines when this text is NFC with no
    // suppression comment (the NFC view is the text itself) and no carriage return
    const { doc } = analysis;
    if (doc.nfc === text && !text.includes('\r')) this.shape = { text, lines: doc.lines, paragraphs: doc.paragraphs };
    return analysis;
  }

  private prepare(text: string, doc: TextDoc): Round {
    const masked = maskSuppressions(text, findSuppressions(text));
    let misses = 0;
    const last = this.lastParts;
    const parts = doc.paragraphs.map((p, i): Part => {
      const os = doc.toOriginal(p.start);
      const oe = doc.toOriginal(p.end);
      // the NFC view is the text itself (already NFC, no suppression comment): the paragraph's string
      // is the same characters, and sharing it lets segmenting's lookups reuse its hash
      const original = doc.nfc === text ? p.text : text.slice(os, oe);
      // no suppression comment (the usual case): the masked text is the text itself
      const maskedPart = masked === text ? original : masked.slice(os, oe);
      const key = maskedPart === original ? original : `${original}\u0000${maskedPart}`;
      const old = this.entries.get(key);
      if (!old) misses++;
      // a paragraph the last round had in the same place (the same Paragraph object, see
      // textdoc-update.ts): its Part is the same too, so the ~2,800 Parts of a 1 MB article are not
      // made again (and promoted) at every edit, only those of the paragraphs from the edit on
      const lastPart = last !== undefined && i < last.length ? last[i] : undefined;
      if (lastPart !== undefined && lastPart.p === p && lastPart.os === os && lastPart.oe === oe && lastPart.key === key && lastPart.entry === old) return lastPart;
      return { p, os, oe, key, entry: old ?? newEntry() };
    });
    // a byte-order mark is read differently at the start of a paragraph analysed alone than inside
    // the whole text (found by the property test): such texts run the local rules on the whole text
    // and white space on a blank line (between paragraphs) is reported by the whitespace rule, outside
    // every paragraph (found by the property test): then too
    const partial = misses <= MAX_PARTIAL && misses * 2 <= parts.length && !text.includes('\uFEFF') && onlyLineBreaksBetween(doc);
    this.stats.partial = partial;
    // the paragraphs at the start that are the last round's, in the same place
    let same = 0;
    if (last) {
      const max = Math.min(last.length, parts.length);
      while (same < max && parts[same].p === last[same].p && parts[same].os === last[same].os) same++;
    }
    return { number: ++this.rounds, doc, parts, partial, same };
  }

  /** How many paragraphs at the start this round takes from the last round's output of `slot` (see Placed). */
  private keptCount(round: Round, slot: number): number {
    const last = this.placed.get(slot);
    return last && last.round === round.number - 1 ? Math.min(round.same, last.ends.length) : 0;
  }

  /** A new output of `slot`'s loop, holding the last round's items of its first `kept` paragraphs; their ends go into `ends`. */
  private keptItems<T>(slot: number, kept: number, ends: Int32Array): T[] {
    if (kept === 0) return [];
    const last = this.placed.get(slot) as Placed;
    ends.set(last.ends.subarray(0, kept));
    this.stats.reused += kept;
    return last.out.slice(0, last.ends[kept - 1]) as T[];
  }

  /** Keeps `slot`'s loop output of this round for the next (see Placed). */
  private keepPlaced(round: Round, slot: number, out: unknown[], ends: Int32Array): void {
    this.placed.set(slot, { round: round.number, out: out.slice(), ends });
  }

  /** Few paragraphs changed: reuse the others, run the rule on each changed paragraph alone. */
  private partial(rule: Rule, ctx: RuleContext, round: Round): Report[] {
    const slot = SLOT.get(rule.id) ?? -1;
    const kept = this.keptCount(round, slot);
    const ends = new Int32Array(round.parts.length);
    const out = this.keptItems<Report>(slot, kept, ends);
    for (let i = kept; i < round.parts.length; i++) {
      const part = round.parts[i];
      let relative = part.entry[slot];
      if (relative) this.stats.reused++;
      else {
        const sub = this.subDoc(part, round);
        const reports = rule.check({ ...ctx, doc: sub });
        relative = reports.length === 0 ? NONE : packedMap(reports, MOVED_IN_PLACE, 0);
        part.entry[slot] = relative;
        this.stats.computed++;
      }
      const reports = relative as Report[];
      for (let k = 0; k < reports.length; k++) out.push(shifted(reports[k], part.p.start, part.os));
      ends[i] = out.length;
    }
    this.keepPlaced(round, slot, out, ends);
    return out;
  }

  /** One paragraph-local fact kind: reused per paragraph (partial) or extracted from the whole text and filed per paragraph. */
  private facts<K extends LocalFactKind>(kind: K, round: Round): ReturnType<(typeof PARAGRAPH_LOCAL_FACTS)[K]> {
    type Out = ReturnType<(typeof PARAGRAPH_LOCAL_FACTS)[K]>;
    const extract = PARAGRAPH_LOCAL_FACTS[kind] as (doc: TextDoc) => Out;
    const slot = SLOT.get(`fact:${kind}`) ?? -1;
    const shift = SHIFT_FACT[kind];
    if (round.partial) {
      const kept = this.keptCount(round, slot);
      const ends = new Int32Array(round.parts.length);
      const out = this.keptItems<unknown>(slot, kept, ends);
      for (let i = kept; i < round.parts.length; i++) {
        const part = round.parts[i];
        let relative = part.entry[slot];
        if (relative) this.stats.reused++;
        else {
          const facts = extract(this.subDoc(part, round));
          relative = facts.length === 0 ? NONE : packedMap<object, object>(facts, storedFact, 0);
          part.entry[slot] = relative;
          this.stats.computed++;
        }
        const facts = relative as Span[];
        for (let k = 0; k < facts.length; k++) out.push(shift(facts[k], part.p.start));
        ends[i] = out.length;
      }
      this.keepPlaced(round, slot, out, ends);
      return out as Out;
    }
    const facts = extract(round.doc);
    const buckets: Relative[] = round.parts.map(() => NONE);
    let filed = true;
    for (const f of facts) {
      const at = this.partAt(round.parts, f.start, false);
      const part = at < 0 ? undefined : round.parts[at];
      if (!part || !factInside(f, part.p.start, part.p.end)) {
        filed = false; // a fact outside one paragraph: this kind is not kept this time
        break;
      }
      if (buckets[at] === NONE) buckets[at] = [];
      buckets[at].push(storedFact(f, -part.p.start));
    }
    round.parts.forEach((part, i) => (part.entry[slot] = filed ? (buckets[i].length === 0 ? NONE : buckets[i]) : undefined));
    if (filed) this.stats.computed += round.parts.length;
    return facts;
  }

  /** Counts: reused per paragraph while its text and context are the same (see COUNT_BEFORE). */
  private counts(round: Round): CountFact[] {
    const slot = SLOT.get('fact:counts') ?? -1;
    const nfc = round.doc.nfc;
    const starts = this.listStarts(round);
    const ranges = rangesOf(round.doc.paragraphs, (i) => (starts[i] & COUNT_TARGET) !== 0, 1, 0);
    // per part: its window [from, to) (to = -1: in no range); its context is compared in place, and
    // built as a string only to be stored (thousands of paragraphs, one new string each, per edit)
    const n = round.parts.length;
    const froms = new Int32Array(n);
    const tos = new Int32Array(n).fill(-1);
    let r = 0;
    for (let i = 0; i < n; i++) {
      const { start, end } = round.parts[i].p;
      while (r < ranges.length && ranges[r][1] < start) r++;
      if (r < ranges.length && ranges[r][0] <= start && end <= ranges[r][1]) {
        froms[i] = Math.max(ranges[r][0], start - COUNT_BEFORE);
        tos[i] = Math.min(ranges[r][1], end + COUNT_AFTER);
      }
    }
    const contextOf = (i: number): string => {
      const { start, end } = round.parts[i].p;
      return tos[i] < 0 ? NOT_SCANNED : flat(`${nfc.slice(froms[i], start)}\u0000${nfc.slice(end, tos[i])}`);
    };
    if (!round.partial) {
      const facts = extractCounts(round.doc);
      const buckets: CountFact[][] = round.parts.map(() => NONE);
      let filed = true;
      for (const f of facts) {
        const at = this.partAt(round.parts, f.start, false);
        const part = at < 0 ? undefined : round.parts[at];
        if (!part || f.start >= part.p.end || tos[at] < 0) {
          filed = false;
          break;
        }
        if (buckets[at] === NONE) buckets[at] = [];
        buckets[at].push(storedFact(f, -part.p.start));
      }
      round.parts.forEach((part, i) => (part.entry[slot] = filed ? [contextOf(i), ...buckets[i]] : undefined));
      if (filed) this.stats.computed += round.parts.length;
      return facts;
    }
    const out: CountFact[] = [];
    for (let i = 0; i < n; i++) {
      const part = round.parts[i];
      const { start, end } = part.p;
      let stored = part.entry[slot] as [string, ...CountFact[]] | undefined;
      if (stored && sameContext(stored[0], nfc, froms[i], start, end, tos[i])) this.stats.reused++;
      else {
        const found: CountFact[] = [];
        if (tos[i] >= 0) extractCountsIn(nfc, froms[i], tos[i], found);
        stored = [contextOf(i)];
        for (let k = 0; k < found.length; k++) if (found[k].start >= start && found[k].start < end) stored.push(storedFact(found[k], -start));
        part.entry[slot] = stored;
        this.stats.computed++;
      }
      for (let k = 1; k < stored.length; k++) out.push(SHIFT_FACT.counts(stored[k] as CountFact, part.p.start));
    }
    return out;
  }

  /**
   * name-inconsistent from per-paragraph readings (its check() reads the same from the whole text):
   * a paragraph's names depend on its text alone (facts/names.ts, namesIn), its mentions of the
   * article's name keys on its text and the set of keys, so they are kept while both are unchanged.
   */
  private names(round: Round): Report[] {
    const nfc = round.doc.nfc;
    const namesSlot = SLOT.get('names') ?? -1;
    const mentionsSlot = SLOT.get('name-mentions') ?? -1;
    const storeName = (n: NameMention, d: number): NameMention => ({ text: flat(n.text), start: n.start + d, end: n.end + d, kind: n.kind });
    let all: NameMention[] | undefined;
    if (!round.partial) {
      // most paragraphs changed: read the whole text once, file it by paragraph
      const whole = namesOf(nfc);
      const filed = fileByPart(round.parts, whole, storeName);
      if (filed) {
        round.parts.forEach((part, i) => (part.entry[namesSlot] = filed[i]));
        this.stats.computed += round.parts.length;
        all = whole;
      }
    }
    if (!all) all = this.paragraphNames(round, namesSlot, storeName);
    const keys = nameKeys(all);
    if (!keys) return [];
    if (keys.keys.size !== this.nameKeySet.size || [...keys.keys.keys()].some((k) => !this.nameKeySet.has(k))) {
      this.nameKeySet = new Set(keys.keys.keys());
      this.nameGeneration++;
    }
    const generation = this.nameGeneration;
    const storeMention = (o: KeyedOccurrence, d: number): KeyedOccurrence => ({ ...o, text: flat(o.text), start: o.start + d, end: o.end + d });
    if (!round.partial) {
      const found: KeyedOccurrence[] = [];
      forEachCapitalStart(nfc, occurrenceVisitor(nfc, keys, found));
      const filed = fileByPart(round.parts, found, storeMention);
      if (filed) {
        round.parts.forEach((part, i) => (part.entry[mentionsSlot] = [generation, ...filed[i]]));
        this.stats.computed += 2 * round.parts.length;
        return nameReports(nfc, keys, found);
      }
    }
    const mentions: KeyedOccurrence[] = [];
    for (let i = 0; i < round.parts.length; i++) {
      const part = round.parts[i];
      const { start, end } = part.p;
      let stored = part.entry[mentionsSlot] as [number, ...KeyedOccurrence[]] | undefined;
      if (stored && stored[0] === generation) this.stats.reused++;
      else {
        const found: KeyedOccurrence[] = [];
        forEachCapitalStartIn(nfc, start, end, occurrenceVisitor(nfc, keys, found));
        stored = [generation];
        for (let k = 0; k < found.length; k++) stored.push(storeMention(found[k], -start));
        part.entry[mentionsSlot] = stored;
        this.stats.computed++;
      }
      for (let k = 1; k < stored.length; k++) {
        const o = stored[k] as KeyedOccurrence;
        mentions.push({ ...o, start: o.start + start, end: o.end + start });
      }
    }
    return nameReports(nfc, keys, mentions);
  }

  /** Each paragraph's names, read (namesIn) where not kept. */
  private paragraphNames(round: Round, namesSlot: number, storeName: (n: NameMention, d: number) => NameMention): NameMention[] {
    const nfc = round.doc.nfc;
    const all: NameMention[] = [];
    for (let i = 0; i < round.parts.length; i++) {
      const part = round.parts[i];
      let relative = part.entry[namesSlot] as NameMention[] | undefined;
      if (relative) this.stats.reused++;
      else {
        const { start, end } = part.p;
        const found = namesIn(nfc, start, end);
        // offsets are not needed (the keys read the names' text and kind only)
        relative = found.length === 0 ? NONE : packedMap(found, storeName, -start);
        part.entry[namesSlot] = relative;
        this.stats.computed++;
      }
      for (let k = 0; k < relative.length; k++) all.push(relative[k]);
    }
    return all;
  }

  /** A rule with a paragraphScan: each paragraph's readings kept while its text is unchanged, then the rule's count over all. */
  private scanned(rule: Rule, scan: ParagraphScan, ctx: RuleContext, round: Round): Report[] {
    const slot = SLOT.get(`scan:${rule.id}`) ?? -1;
    const nfc = round.doc.nfc;
    if (!round.partial) {
      // most paragraphs changed: read the whole text once, file it by paragraph
      const read = scan.scan(nfc, 0, nfc.length);
      const filed = fileByPart(round.parts, read, storedReading);
      if (filed) {
        round.parts.forEach((part, i) => (part.entry[slot] = filed[i]));
        this.stats.computed += round.parts.length;
        return scan.reports(ctx, read);
      }
    }
    return scan.reports(ctx, this.eachParagraph(round, slot, (start, end) => scan.scan(nfc, start, end), PLACE_SCAN_READING));
  }

  /**
   * Readings of each paragraph, kept in `slot` while its text is unchanged (read where not kept),
   * placed in the text by `place` (a copy moved by d: each caller's own spread, see SHIFT_FACT).
   */
  private eachParagraph<T extends Span>(round: Round, slot: number, read: (start: number, end: number) => T[], place: (r: T, d: number) => T): T[] {
    const kept = this.keptCount(round, slot);
    const ends = new Int32Array(round.parts.length);
    const placed = this.keptItems<T>(slot, kept, ends);
    for (let i = kept; i < round.parts.length; i++) {
      const part = round.parts[i];
      const { start, end } = part.p;
      let relative = part.entry[slot] as T[] | undefined;
      if (relative) this.stats.reused++;
      else {
        const found = read(start, end);
        relative = found.length === 0 ? NONE : packedMap(found, storedReading, -start);
        part.entry[slot] = relative;
        this.stats.computed++;
      }
      for (let k = 0; k < relative.length; k++) placed.push(place(relative[k], start));
      ends[i] = placed.length;
    }
    this.keepPlaced(round, slot, placed, ends);
    return placed;
  }

  /** Per paragraph, facts/enumerations' candidate tests (COUNT_TARGET, LETTER_START, WORDS_START), kept per paragraph text. */
  private listStarts(round: Round): Uint8Array {
    if (round.starts) return round.starts;
    const slot = SLOT.get('list-starts') ?? -1;
    const starts = new Uint8Array(round.parts.length);
    for (let i = 0; i < round.parts.length; i++) {
      const part = round.parts[i];
      let flags = part.entry[slot] as number | undefined;
      if (flags === undefined) {
        const t = part.p.text;
        flags = (hasCountTarget(t) ? COUNT_TARGET : 0) | (hasLetterStart(t) ? LETTER_START : 0) | (hasWordsStart(t) ? WORDS_START : 0);
        part.entry[slot] = flags;
      }
      starts[i] = flags;
    }
    return (round.starts = starts);
  }

  /**
   * Enumerations from each paragraph's list items (facts/enumerations.ts, rawItemsIn), kept while the
   * paragraph's text and its place in the candidate ranges for letter and word items are unchanged.
   */
  private enumerations(round: Round): EnumerationFact[] {
    const slot = SLOT.get('fact:enumerations') ?? -1;
    const nfc = round.doc.nfc;
    const ps = round.doc.paragraphs;
    const starts = this.listStarts(round);
    const letterRanges = rangesOf(ps, (i) => (starts[i] & LETTER_START) !== 0, 0, LIST_REACH);
    const wordRanges = rangesOf(ps, (i) => (starts[i] & WORDS_START) !== 0, 0, LIST_REACH);
    const items: RawItem[] = [];
    let lr = 0;
    let wr = 0;
    for (let i = 0; i < round.parts.length; i++) {
      const part = round.parts[i];
      const { start, end } = part.p;
      // ranges are unions of whole paragraphs
      while (lr < letterRanges.length && letterRanges[lr][1] < start) lr++;
      while (wr < wordRanges.length && wordRanges[wr][1] < start) wr++;
      const letters = lr < letterRanges.length && letterRanges[lr][0] <= start;
      const words = wr < wordRanges.length && wordRanges[wr][0] <= start;
      const wordsLast = words && wordRanges[wr][1] === end;
      const context = (letters ? 1 : 0) | (words ? 2 : 0) | (wordsLast ? 4 : 0);
      let stored = part.entry[slot] as [number, ...RawItem[]] | undefined;
      if (stored && stored[0] === context) this.stats.reused++;
      else {
        const read = rawItemsIn(nfc, start, end, letters, words, wordsLast);
        stored = [context];
        for (let k = 0; k < read.items.length; k++) stored.push(storedReading(read.items[k], -start));
        // items that read the text before the paragraph are not kept
        part.entry[slot] = read.before ? undefined : stored;
        this.stats.computed++;
      }
      for (let k = 1; k < stored.length; k++) {
        const item = stored[k] as RawItem;
        items.push({ ...item, start: item.start + start, end: item.end + start });
      }
    }
    return enumerationsOf(round.doc, items);
  }

  /** The article's unit from each paragraph's unit mentions (facts/unit.ts, unitMentionsIn), kept per paragraph text. */
  private unit(round: Round): UnitFact | undefined {
    const slot = SLOT.get('fact:unit') ?? -1;
    const nfc = round.doc.nfc;
    return unitOf(nfc, this.eachParagraph(round, slot, (start, end) => unitMentionsIn(nfc, start, end), PLACE_UNIT_MENTION));
  }

  /** The numeric dates from each paragraph's (facts/dates.ts, numericDatesIn), kept per paragraph text. */
  private numericDates(round: Round): RawDate[] {
    const slot = SLOT.get('fact:numeric-dates') ?? -1;
    const nfc = round.doc.nfc;
    return numericDates(nfc, this.eachParagraph(round, slot, (start, end) => numericDatesIn(nfc, start, end), PLACE_NUMERIC_DATE));
  }

  private subDoc(part: Part, round: Round): TextDoc {
    if (!part.sub) {
      const text = round.doc.original.slice(part.os, part.oe);
      const masked = part.key.length === text.length ? text : part.key.slice(text.length + 1);
      part.sub = createTextDoc(text, masked);
      // the paragraph's NFC view must be the same characters as in the whole text
      if (part.sub.nfc !== round.doc.nfc.slice(part.p.start, part.p.end)) throw new Error('paragraph view differs');
    }
    return part.sub;
  }

  /** Many paragraphs changed (or the first analysis): run the rule on the whole text and file its reports per paragraph. */
  private whole(rule: Rule, ctx: RuleContext, round: Round): Report[] {
    const reports = rule.check(ctx);
    const buckets: Report[][] = round.parts.map(() => NONE);
    let filed = true;
    for (const r of reports) {
      const original = r.coords === 'original';
      const at = this.partAt(round.parts, r.start, original);
      const part = at < 0 ? undefined : round.parts[at];
      if (!part || !inside(r, original ? part.os : part.p.start, original ? part.oe : part.p.end)) {
        filed = false; // a report outside one paragraph: this rule's results are not kept this time
        break;
      }
      if (buckets[at] === NONE) buckets[at] = [];
      buckets[at].push(moved(r, -part.p.start, -part.os));
    }
    const slot = SLOT.get(rule.id) ?? -1;
    if (filed) {
      round.parts.forEach((part, i) => (part.entry[slot] = buckets[i].length === 0 ? NONE : buckets[i]));
      this.stats.computed += round.parts.length;
    } else {
      for (const part of round.parts) part.entry[slot] = undefined;
    }
    return reports;
  }

  /** Index of the last paragraph starting at or before `offset` (NFC or original coordinates). */
  private partAt(parts: Part[], offset: number, original: boolean): number {
    let lo = 0;
    let hi = parts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = original ? parts[mid].os : parts[mid].p.start;
      if (start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
