// Batch checks: worker threads analyse the files ahead of the CLI's own (sequential, in-order) loop,
// and the main thread analyses files too while it waits for theirs.
//
// main.ts keeps doing everything it always did, file by file and in order (read, decode, config,
// stderr messages, reports); only the call to analyze() is answered from a result made ahead of time,
// by a worker or by the main thread itself (work it takes from the queue while the answer it needs is
// not in yet). Each reads and decodes the file and loads its configuration the same way main.ts does;
// main.ts uses the result only when the text and the configuration are exactly those it would analyse
// itself, else it analyses again. Output is therefore byte-identical to a single-threaded run by construction.
//
// Threads pay off only with much text and several free CPUs: each worker compiles the bundle, builds
// its tables and fills its caches (the model's decisions, the rules' per-word memos) on its own, so
// its first few hundred articles cost several times its later ones. On the 2-CPU build machine one
// worker beside the main thread never paid off, even on 3,000 articles (6 MB): 40 % more CPU and
// more wall time (docs/benchmarks.md, "Batch runs"). Workers therefore start by themselves only for
// MIN_FILES files and MIN_BYTES of text with at least MIN_THREADS idle CPUs (one thread per idle
// CPU, the main thread counted). The language model is read once, by the main thread, into shared memory that every
// worker parses in place (its tables are views over the bytes). A bounded number of results wait
// unread (window), so a folder of huge files does not pile up in memory.
//   TIN_HOI_NGHI_WORKERS=0 turns workers off; =N asks for N workers (tests, benchmarks).

import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { analyze, expectManyAnalyses } from '../core/analyze';
import { setLanguageModelSource } from '../core/lm';
import type { Analysis, Config, Locale } from '../core/types';
import { loadConfigFor, type LoadedConfig } from '../node/config-loader';
import { languageModelPath } from '../node/lm-file';
import { decodeArticle } from './decode';

export const MIN_FILES = 16;
/** Total size of the files below which one thread is faster (measured: docs/benchmarks.md, bench:peer). */
export const MIN_BYTES = 4 * 1024 * 1024;
/** Idle CPUs needed before workers start by themselves (the main thread and at least two workers). */
export const MIN_THREADS = 3;
/** Jobs sent to one worker before it answers (keeps it busy while main.ts reads the answers). */
const IN_FLIGHT = 4;
const MAX_WORKERS = 8;

export interface BatchOptions {
  /** Absolute path of --config, if given. */
  explicitConfig?: string;
  /** --locale, if given. */
  locale?: Locale;
}

/** What a worker is started with. */
interface WorkerSetup {
  tinHoiNghiBatch: BatchOptions;
  /** The model's bytes in shared memory; null: no model (TIN_HOI_NGHI_LM= or no file). */
  model: SharedArrayBuffer | null;
}

interface Job {
  id: number;
  path: string;
}

interface Answer {
  id: number;
  /** Absent when the worker could not read or decode the file (main.ts reports that itself). */
  text?: string;
  configKey?: string;
  analysis?: Analysis;
  /** Made by the main thread ahead of time (batchStats). */
  ahead?: true;
}

/**
 * How many workers to start for `files` files (0: analyse in this thread only); `bytes` gives their
 * total size, asked for last (it stats the files) and only when the rest allows workers.
 */
export function workerCount(files: number, bytes: () => number, env: Record<string, string | undefined>): number {
  const asked = env.TIN_HOI_NGHI_WORKERS;
  if (asked !== undefined && asked !== '') {
    const n = Number(asked);
    return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_WORKERS, files) : 0;
  }
  const cpus = availableParallelism();
  if (files < MIN_FILES || cpus < MIN_THREADS) return 0;
  // CPUs other programs leave idle (a busy machine gains nothing from more threads; loadavg is 0 on Windows);
  // the main thread takes one of them
  const idle = Math.ceil(cpus - loadavg()[0]);
  const threads = Math.min(cpus, idle, MAX_WORKERS + 1, Math.floor(files / 4));
  return threads >= MIN_THREADS && bytes() >= MIN_BYTES ? threads - 1 : 0;
}

/**
 * Where main.ts's analyses came from: workers, the main thread ahead of time (taken from the queue
 * while waiting), or main.ts itself at the time (tests, troubleshooting).
 */
export const batchStats = { fromWorkers: 0, ahead: 0, local: 0 };

/** Marks our own workers (set in their environment); worker_threads is loaded only when it is needed. */
const WORKER_ENV = 'TIN_HOI_NGHI_BATCH_WORKER';
const threads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');

const configKey = (config: Config): string => JSON.stringify(config);

/** The configuration main.ts's configFor gives a file (same loader, same options, no messages). */
function configLoader(options: BatchOptions): (path: string) => Config {
  const cache = new Map<string, LoadedConfig>();
  return (path) => {
    const dir = path.replace(/[\\/][^\\/]*$/, '');
    let loaded = cache.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(path, options.explicitConfig !== undefined ? { explicitFile: options.explicitConfig } : {});
      cache.set(dir, loaded);
    }
    return options.locale ? { ...loaded.config, locale: options.locale } : loaded.config;
  };
}

/**
 * An analysis without its text views (`FullAnalysis.doc`: NFC copy, offset maps, lines), which the
 * report formats never read: what crosses threads, and what a report keeps until the output is
 * written (a run over many files does not hold every file's views at once).
 */
export function withoutViews(a: Analysis): Analysis {
  return { kind: a.kind, sections: a.sections, facts: a.facts, findings: a.findings, problems: a.problems };
}

function entryFile(): { file: string; execArgv?: string[] } {
  // The bundle (server/dist/cli.js) runs itself as the worker; from sources (tests) tsx loads batch.ts.
  if (__filename.endsWith('.ts')) return { file: __filename, execArgv: ['--require', 'tsx/cjs'] };
  return { file: __filename };
}

export class Batch {
  private readonly workers: Worker[] = [];
  private readonly inFlight: number[] = [];
  private readonly answers = new Map<number, Answer>();
  private readonly waiting = new Map<number, (answer: Answer | undefined) => void>();
  private readonly index = new Map<string, number[]>();
  /** Job id → the worker doing it (until answered). */
  private readonly assigned = new Map<number, number>();
  private readonly dead = new Set<number>();
  private next = 0;
  /** Files main.ts has asked for (every file before this index is done with). */
  private consumed = 0;
  private closed = false;
  /** The configuration of a file, loaded as the workers load it (for jobs the main thread takes). */
  private readonly configFor: (path: string) => Config;

  constructor(
    private readonly paths: readonly string[],
    options: BatchOptions,
    count: number,
  ) {
    this.configFor = configLoader(options);
    paths.forEach((p, i) => {
      const list = this.index.get(p);
      if (list) list.push(i);
      else this.index.set(p, [i]);
    });
    const { file, execArgv } = entryFile();
    const setup: WorkerSetup = { tinHoiNghiBatch: options, model: shareLanguageModel() };
    for (let w = 0; w < count; w++) {
      const worker = new (threads().Worker)(file, { workerData: setup, env: { ...process.env, [WORKER_ENV]: '1' }, ...(execArgv ? { execArgv } : {}) });
      worker.on('message', (answer: Answer) => this.receive(w, answer));
      worker.on('error', () => this.lose(w));
      worker.on('exit', () => this.lose(w));
      this.workers.push(worker);
      this.inFlight.push(0);
    }
    this.pump();
  }

  /** Results waiting unread, at most. */
  private get window(): number {
    return Math.max(16, this.workers.length * IN_FLIGHT * 2);
  }

  private pump(): void {
    if (this.closed) return;
    for (let w = 0; w < this.workers.length; w++) {
      if (this.dead.has(w)) continue;
      while (this.inFlight[w] < IN_FLIGHT && this.next < this.paths.length && this.next < this.consumed + this.window) {
        const job: Job = { id: this.next, path: this.paths[this.next] };
        this.next++;
        this.inFlight[w]++;
        this.assigned.set(job.id, w);
        this.workers[w].postMessage(job);
      }
    }
  }

  private receive(w: number, answer: Answer): void {
    this.inFlight[w]--;
    this.assigned.delete(answer.id);
    const resolve = this.waiting.get(answer.id);
    if (resolve) {
      this.waiting.delete(answer.id);
      resolve(answer);
    } else if (answer.id >= this.consumed) {
      this.answers.set(answer.id, answer);
    }
    this.pump();
  }

  /** A worker died: its jobs are answered locally by main.ts. */
  private lose(w: number): void {
    if (this.dead.has(w)) return;
    this.dead.add(w);
    for (const [id, worker] of this.assigned) {
      if (worker !== w) continue;
      this.assigned.delete(id);
      this.answers.set(id, { id }); // no result: main.ts analyses it
      const resolve = this.waiting.get(id);
      if (resolve) {
        this.waiting.delete(id);
        resolve(undefined);
      }
    }
    if (this.dead.size === this.workers.length) this.close();
    else this.pump();
  }

  /** The analysis of `text` (the file at `path`) with `config`: one made ahead when it matches, else a local one. */
  async analyze(path: string, text: string, config: Config): Promise<Analysis> {
    const id = (this.index.get(path) ?? []).find((i) => i >= this.consumed);
    if (id === undefined || this.closed) return analyze(text, config);
    // every file before this one is done with: forget answers main.ts will never ask for
    for (let i = this.consumed; i < id; i++) this.answers.delete(i);
    this.consumed = id + 1;
    const queued = id < this.next;
    if (!queued) this.next = id + 1; // nobody has it: main.ts analyses it below
    this.pump();
    const answer = queued ? await this.answerOf(id) : undefined;
    if (answer?.analysis && answer.text === text && answer.configKey === configKey(config)) {
      if (answer.ahead) batchStats.ahead++;
      else batchStats.fromWorkers++;
      return answer.analysis;
    }
    batchStats.local++;
    return analyze(text, config);
  }

  /**
   * The answer for a queued job: taken when it is in; until then this thread analyses the next queued
   * jobs itself (their answers wait for main.ts), letting the workers' messages in between.
   */
  private answerOf(id: number): Promise<Answer | undefined> {
    const inHand = this.answers.get(id);
    if (inHand) {
      this.answers.delete(id);
      return Promise.resolve(inHand);
    }
    return new Promise<Answer | undefined>((resolve) => {
      this.waiting.set(id, resolve); // receive(), lose() or close() resolves it
      const work = (): void => {
        if (this.waiting.has(id) && this.takeAhead()) setImmediate(work);
      };
      work();
    });
  }

  /** Analyses the next job nobody has on this thread; false when there is none within the window. */
  private takeAhead(): boolean {
    if (this.closed || this.next >= this.paths.length || this.next >= this.consumed + this.window) return false;
    const id = this.next++;
    this.answers.set(id, { ...answerJob({ id, path: this.paths[id] }, this.configFor), ahead: true });
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
    this.answers.clear();
    for (let w = 0; w < this.workers.length; w++) {
      this.dead.add(w);
      void this.workers[w].terminate();
    }
  }
}

/**
 * Reads the model file into shared memory and makes this thread use those bytes too, so the file is
 * read once and held once for all threads. null when there is no model (or it cannot be read: the
 * first analysis then reports that as it always did, from the file).
 */
function shareLanguageModel(): SharedArrayBuffer | null {
  const path = languageModelPath();
  if (path === undefined) return null;
  try {
    const bytes = readFileSync(path);
    const shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(shared).set(bytes);
    setLanguageModelSource(() => new Uint8Array(shared));
    return shared;
  } catch {
    return null;
  }
}

/** The files' total size, counted until it reaches `enough` (unreadable files count 0). */
function sizeUpTo(paths: readonly string[], enough: number): number {
  let bytes = 0;
  for (let i = 0; i < paths.length && bytes < enough; i++) {
    try {
      bytes += statSync(paths[i]).size;
    } catch {
      // main.ts reports it when it reads the file
    }
  }
  return bytes;
}

/** Starts workers for `paths` when there are enough files and CPUs; undefined otherwise. */
export function startBatch(paths: readonly string[], options: BatchOptions, env: Record<string, string | undefined>): Batch | undefined {
  const count = workerCount(paths.length, () => sizeUpTo(paths, MIN_BYTES), env);
  if (count === 0) return undefined;
  try {
    return new Batch(paths, options, count);
  } catch {
    return undefined; // no worker threads here: main.ts analyses every file itself
  }
}

// ---------- the worker side ----------

function serve({ tinHoiNghiBatch: options, model }: WorkerSetup): void {
  const port = threads().parentPort;
  if (!port) return;
  // the main thread's model bytes, shared (results made with another model would differ and be discarded)
  setLanguageModelSource(model === null ? null : () => new Uint8Array(model));
  const configFor = configLoader(options);
  expectManyAnalyses(); // a worker starts only for many files
  port.on('message', (job: Job) => port.postMessage(answerJob(job, configFor)));
}

/** Reads, decodes and analyses a job's file as main.ts would; no result when it cannot (main.ts reports that). */
function answerJob(job: Job, configFor: (path: string) => Config): Answer {
  try {
    const decoded = decodeArticle(readFileSync(job.path));
    if (!decoded.ok) return { id: job.id };
    const config = configFor(job.path);
    return { id: job.id, text: decoded.text, configKey: configKey(config), analysis: withoutViews(analyze(decoded.text, config)) };
  } catch {
    return { id: job.id };
  }
}

/** True in a batch worker thread (main.ts's entry point must not run there). */
export const IN_BATCH_WORKER =
  process.env[WORKER_ENV] === '1' && !threads().isMainThread && Boolean((threads().workerData as { tinHoiNghiBatch?: unknown } | null)?.tinHoiNghiBatch);

if (IN_BATCH_WORKER) serve(threads().workerData as WorkerSetup);
