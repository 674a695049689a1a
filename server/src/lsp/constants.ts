// Names the language server shows to clients, in one place.

import V8_FLAGS from '../node/v8-flags.json';

export const SOURCE = 'tin-hoi-nghi';
export const LANGUAGE_ID = 'tin-hoi-nghi';
export const SETTINGS_SECTION = 'tinHoiNghi';
/** Where each rule's documentation lives: DOCS_BASE + <rule id> + ".md". */
export const DOCS_BASE = 'https://github.com/tin-hoi-nghi/tin-hoi-nghi/blob/main/docs/rules/';
export const FIX_ALL_KIND = 'source.fixAll.tin-hoi-nghi';
export const DEFAULT_DEBOUNCE_MS = 150;
/** Custom requests (docs/facts-request.md): the facts panel, and the text of a Word draft. */
export const FACTS_REQUEST = 'tinHoiNghi/facts';
export const EXTRACT_DOCX_REQUEST = 'tinHoiNghi/extractDocx';

const DOCS_URLS = new Map<string, string>();

/** A rule's documentation address (one string per rule: a big document has thousands of diagnostics). */
export function docsUrl(ruleId: string): string {
  let url = DOCS_URLS.get(ruleId);
  if (url === undefined) DOCS_URLS.set(ruleId, (url = `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`));
  return url;
}

/**
 * Node flags for the server process. Every keystroke makes a new copy of the document text; with
 * V8's default young generation (semi-spaces up to 16 MB) a burst of edits on a large article
 * leaves RSS tens of MB higher after each burst. A small young generation keeps the long-running
 * process lean at a negligible cost in collection time (test/e2e/storm.e2e.ts measures it).
 * `--no-regexp-tier-up` is what node/v8-flags.ts would set at start; given here, the server does not
 * load node:v8 to set it. `--v8-pool-size=1`: one V8 helper thread instead of four; on the loaded
 * 2-core test machine the server's CPU to its first diagnostics fell from ~650 to ~560 ms (concurrent
 * compile and GC threads cost CPU the main thread then waits for), RSS ~1 MB less.
 * `--interrupt-budget=540672` (V8's default is 67584, the CLI's batch child uses the same) and
 * `--no-sparkplug`: a server spends most of its life on one small article, where optimised or
 * baseline machine code saves little, yet the first analysis made V8 compile its hot functions
 * with TurboFan and Sparkplug, which faulted in ~4.5 MB of the compilers' own pages and code.
 * With a larger budget only functions that stay hot (a 1 MB article, a long edit session) are
 * optimised. bench:lsp, interleaved on a loaded machine (2026-12-02): RSS after the typical
 * article 65.4–65.5 → 60.3–60.4 MB, cold-start CPU 310–350 → 260–310 ms, typical edit CPU
 * 3.3–3.5 → 2.1–2.5 ms, 1 MB edit CPU the same within noise (back to back 97 → 89–93 ms,
 * after a pause 44–58 → 52 ms); the edit storm's RSS check passes.
 * `--max-inlined-bytecode-size-cumulative=250` (V8's default 920, as the CLI's batch child): TurboFan
 * inlines less into the big functions a 1 MB article makes hot, so compiling them on the helper
 * thread costs less CPU (1 MB article in process, 4 interleaved pairs: CPU per edit 41.6–44.4 →
 * 38.1–40.5 ms, main thread the same or less; docs/benchmarks.md, 2026-12-02 night).
 * The four flags the CLI's batch child has too are listed once, in node/v8-flags.json, which the
 * bin (scripts/bin/tin-hoi-nghi.js, plain JavaScript that runs before any bundle) reads as well.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=2', ...V8_FLAGS.batchAndServer, '--no-sparkplug'];

/**
 * glibc malloc settings for the server process (ignored by other C libraries): freed memory at the
 * top of the heap is given back from 64 KB on (the default threshold is 128 KB and grows with every
 * large block freed, so the startup tables' garbage stays resident). bench:lsp, RSS after loading the
 * typical article: 66.3 → 65.6 MB (2026-12-02), cold-start CPU unchanged. MALLOC_ARENA_MAX=1
 * took another ~0.1–0.2 MB but the cold-start CPU seemed to rise 10–20 ms (V8's helper thread then
 * shares the main thread's arena): not used.
 */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '65536' };

/** SERVER_MALLOC_ENV's variables that `env` does not set already (a user's own setting wins). */
export function serverEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(SERVER_MALLOC_ENV)) if (env[name] === undefined) extra[name] = value;
  return extra;
}
