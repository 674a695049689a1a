// Names the language server shows to clients, in one place.

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

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
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
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=2', '--no-regexp-tier-up', '--v8-pool-size=1'];
