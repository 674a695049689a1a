// One analysis per document version, shared by diagnostics, code actions, symbols, hover and
// completion. Keyed by uri + version + settings generation; only the latest version is kept.

import { analyze, type FullAnalysis } from '../core/analyze';
import { IncrementalAnalyzer } from '../core/incremental';
import { nowMs } from './clock';
import type { Config, Locale } from '../core/types';

export interface DocumentLike {
  uri: string;
  languageId: string;
  version: number;
  getText(): string;
}

export interface AnalysisEntry {
  uri: string;
  version: number;
  generation: number;
  /** False when the file is not checked (not an article); `analysis` is then empty. */
  checked: boolean;
  locale: Locale;
  analysis: FullAnalysis;
  /** How long the analysis took (ms). */
  ms: number;
  /**
   * What edits are paced by (lsp/pace.ts; the debounce is stretched for slow documents): `ms`, or 0
   * for a full first analysis (the document just opened, or settings changed), which costs several
   * times an edit's and says nothing about how fast the user types, and for the process's first
   * analyses after an edit (WARM_UP_EDITS).
   */
  paceMs: number;
  /**
   * The shortest of the document's last three analyses after an edit (this one included, ms; 0 before
   * the first edit): whether the document is slow to analyse, not thrown by one analysis that a
   * collection or a busy machine slowed down, nor by the full first analysis.
   */
  typicalMs: number;
  /** Lazily computed extras (completion names …), valid for this entry only. */
  extras: Map<string, unknown>;
}

export interface CacheEnvironment {
  /** The configuration and locale for a document. */
  configFor(doc: DocumentLike): { config: Config; locale: Locale };
  /** Whether the document is checked at all. */
  shouldCheck(doc: DocumentLike): boolean;
}

const EMPTY_TEXT = '';

/** How many of a document's last analyses typicalMs looks at. */
const RECENT = 3;

/**
 * The process's first analyses after an edit run code the JIT has not compiled yet: 2–4× an edit's
 * usual cost (1 MB article: ~100–400 ms, then 20–40 ms), so they do not judge a document slow (else
 * the next edits in quick succession waited for the debounce). A document slow to analyse is then
 * judged so a few edits later: at most this many more analyses, once per process.
 */
export const WARM_UP_EDITS = 5;

export class AnalysisCache {
  private readonly entries = new Map<string, AnalysisEntry>();
  /** Per document: how long its last analyses after an edit took (ms), oldest first. */
  private readonly durations = new Map<string, number[]>();
  /** Per document: the previous version's per-paragraph results (core/incremental). */
  private readonly incremental = new Map<string, IncrementalAnalyzer>();
  private generationCounter = 0;
  /** How many analyses ran (tests and the status request use it). */
  analyses = 0;
  /** Time spent analysing so far, all documents (ms): edits read after an analysis waited behind it. */
  busyMs = 0;

  /** Analyses after an edit so far, all documents (WARM_UP_EDITS). */
  private edits = 0;

  constructor(
    private readonly env: CacheEnvironment,
    private readonly warmUpEdits = WARM_UP_EDITS,
  ) {}

  get generation(): number {
    return this.generationCounter;
  }

  /** Forget every result (settings or config files changed). */
  invalidateAll(): void {
    this.generationCounter++;
    this.entries.clear();
    this.incremental.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.incremental.delete(uri);
    this.durations.delete(uri);
  }

  peek(uri: string): AnalysisEntry | undefined {
    return this.entries.get(uri);
  }

  get(doc: DocumentLike): AnalysisEntry {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === this.generationCounter) return cached;
    // the outdated result can be collected while the new one is built (a huge document held two at once)
    if (cached) this.entries.delete(doc.uri);
    const { config, locale } = this.env.configFor(doc);
    const checked = this.env.shouldCheck(doc);
    // nothing kept from a previous version: a full analysis, not what an edit costs
    const full = checked && !this.incremental.has(doc.uri);
    const counted = checked && !full && this.edits++ >= this.warmUpEdits;
    const t0 = nowMs();
    const analysis = checked ? this.analyzerFor(doc.uri).analyze(doc.getText(), config) : analyze(EMPTY_TEXT, config);
    const ms = nowMs() - t0;
    this.busyMs += ms;
    const recent = this.durations.get(doc.uri) ?? [];
    if (counted) {
      if (recent.length === RECENT) recent.shift();
      recent.push(ms);
      this.durations.set(doc.uri, recent);
    }
    if (checked) this.analyses++;
    const entry: AnalysisEntry = {
      uri: doc.uri,
      version: doc.version,
      generation: this.generationCounter,
      checked,
      locale,
      analysis,
      ms,
      paceMs: counted ? ms : 0,
      typicalMs: recent.length > 0 ? Math.min(...recent) : 0,
      extras: new Map(),
    };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  private analyzerFor(uri: string): IncrementalAnalyzer {
    let analyzer = this.incremental.get(uri);
    if (!analyzer) this.incremental.set(uri, (analyzer = new IncrementalAnalyzer()));
    return analyzer;
  }
}

/** Memoises a per-entry computation. */
export function extra<T>(entry: AnalysisEntry, key: string, compute: () => T): T {
  if (entry.extras.has(key)) return entry.extras.get(key) as T;
  const value = compute();
  entry.extras.set(key, value);
  return value;
}
