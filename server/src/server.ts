// The language server: LSP wiring only. Everything it says comes from the pure core
// (server/src/core) through the conversions in server/src/lsp.
//
// Transport: VS Code starts it over IPC (--node-ipc); other clients use --stdio, the default
// when no transport flag is given (scripts/bin/tin-hoi-nghi-ls.js).

import './node/v8-flags'; // first: V8 settings before any module runs a regular expression
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  RAL,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_CHARS } from './core/incremental';
import { problemMessage } from './core/render';
import type { Config, Locale } from './core/types';
import { announceWarm } from './node/code-cache';
import { CONFIG_FILE_NAME, formatConfigProblem, loadConfigFor, WORDS_FILE_NAME } from './node/config-loader';
import { installLanguageModel } from './node/lm-file';
import { AnalysisCache, extra, WARM_UP_EDITS, type AnalysisEntry } from './lsp/cache';
import { nowMs } from './lsp/clock';
import { codeActions } from './lsp/code-actions';
import { completionsAt } from './lsp/completion';
import { EXTRACT_DOCX_REQUEST, FIX_ALL_KIND, SETTINGS_SECTION, SOURCE } from './lsp/constants';
import { toDiagnostics } from './lsp/diagnostics';
import { encodeMessage } from './lsp/encode';
import { shouldCheck } from './lsp/files';
import { EditPace, quietWindow } from './lsp/pace';
import { PullReports } from './lsp/pull-reports';
import { hoverAt } from './lsp/hover';
import { PROVIDERS } from './lsp/providers';
import { buildConfig, defaultSettings, parseSettings, resolveLocale, type ServerSettings } from './lsp/settings';
import { documentSymbols, foldingRanges } from './lsp/symbols';
import { emptyFacts, FACTS_REQUEST, factsOf } from './lsp/facts-panel';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) process.argv.push('--stdio');

installLanguageModel(); // read on the first analysis
// Messages over a stream (stdio, socket, pipe) are encoded into one reused buffer (lsp/encode.ts); the
// stream writer reads the encoder from the runtime layer when the connection is created.
const runtime = RAL();
RAL.install({
  ...runtime,
  applicationJson: {
    ...runtime.applicationJson,
    encoder: {
      name: 'application/json',
      encode: (msg) => {
        try {
          return Promise.resolve(encodeMessage(msg));
        } catch (error) {
          return Promise.reject(error);
        }
      },
    },
  },
});
const connection = createConnection(ProposedFeatures.all);
// A stray rejection must not take the server down (Node exits on unhandled rejections).
process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));
const documents = new TextDocuments(TextDocument);

// --- state -------------------------------------------------------------------------------
let clientLocale: string | undefined;
let pullDiagnostics = false;
let configurationCapability = false;
let dynamicConfiguration = false;
let dynamicWatchedFiles = false;
let diagnosticRefresh = false;
let documentChanges = false;
let hierarchicalSymbols = true;
let snippetSupport = true;
let trusted = true;
let settings: ServerSettings = defaultSettings();
let settingsReady: Promise<void> = Promise.resolve();
/** Settings scoped to a document (workspace-folder and language overrides), fetched with its uri. */
const resourceSettings = new Map<string, ServerSettings>();
const resourceFetches = new Map<string, Promise<void>>();
let settingsGeneration = 0;
let shuttingDown = false;

interface ProjectConfig {
  config?: Config;
}
const projectConfigs = new Map<string, ProjectConfig>();
const warned = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const pace = new EditPace();
const pullReports = new PullReports();

function log(message: string): void {
  try {
    connection.console.log(`[${SOURCE}] ${message}`);
  } catch {
    // no console (connection closing)
  }
}

function projectConfigFor(uri: string): Config | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const cached = projectConfigs.get(uri);
  if (cached) return cached.config;
  let result: ProjectConfig = {};
  try {
    const loaded = loadConfigFor(fileURLToPath(uri), { trusted });
    result = { config: loaded.config };
    for (const p of loaded.problems) {
      const text = formatConfigProblem(p);
      if (warned.has(text)) continue;
      warned.add(text);
      // a notification (window/showMessage): nothing to await, nothing the client can fail to answer
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `tin-hoi-nghi: ${text}` }).catch(() => undefined);
    }
  } catch (error) {
    log(`config: ${String(error)}`);
  }
  projectConfigs.set(uri, result);
  return result.config;
}

function currentLocale(): Locale {
  return resolveLocale(settings.locale, clientLocale);
}

function settingsFor(uri: string): ServerSettings {
  return resourceSettings.get(uri) ?? settings;
}

/** Fetches the document's own settings once (until the settings change); never rejects. */
function ensureSettings(uri: string): Promise<void> {
  if (!configurationCapability) return settingsReady;
  let pending = resourceFetches.get(uri);
  if (!pending) {
    const generation = settingsGeneration;
    pending = (async () => {
      try {
        const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
        if (generation === settingsGeneration && raw !== null && raw !== undefined) {
          resourceSettings.set(uri, parseSettings(raw));
          cache.delete(uri); // an analysis made meanwhile with the general settings is outdated
        }
      } catch (error) {
        log(`workspace/configuration failed for ${uri}: ${String(error)}`);
      }
    })();
    resourceFetches.set(uri, pending);
  }
  return Promise.all([settingsReady, pending]).then(() => undefined);
}

const cache = new AnalysisCache(
  {
    configFor(doc) {
      const own = settingsFor(doc.uri);
      const locale = resolveLocale(own.locale, clientLocale);
      return { config: buildConfig(own, locale, projectConfigFor(doc.uri)), locale };
    },
    shouldCheck(doc) {
      return shouldCheck({ uri: doc.uri, languageId: doc.languageId, text: doc.getText(), checkAll: settingsFor(doc.uri).checkAll });
    },
  },
  // the protocol tests of pacing set it to 0 (lsp/cache.ts)
  Number(process.env.TIN_HOI_NGHI_WARM_UP_EDITS ?? WARM_UP_EDITS),
);

function diagnosticsOf(doc: TextDocument, entry: AnalysisEntry): Diagnostic[] {
  if (!entry.checked) return [];
  announceWarm(); // the code cache, if missing, is written with what the first analysis compiled
  return extra(entry, 'diagnostics', () => toDiagnostics(entry.analysis.findings, doc, entry.locale));
}

/**
 * In pull mode, bursts of edits are coalesced only for documents whose analysis is slower than this
 * (big documents); a quick one answers every pull at once. The protocol tests lower it through the
 * environment to exercise the slow path on a small article.
 */
const SLOW_ANALYSIS_MS = Number(process.env.TIN_HOI_NGHI_SLOW_ANALYSIS_MS || 50);
const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How close edits of the document must come to count as typing, and the quiet spell that ends it. */
function windowFor(uri: string): number {
  return quietWindow(settingsFor(uri).debounceMs, cache.peek(uri)?.paceMs ?? 0);
}

/** Whether the document, analysed last at an older version, is slow to analyse (read without holding on to the entry: a huge result is freed during the next analysis). */
function lastWasSlow(uri: string, version: number): boolean {
  const last = cache.peek(uri);
  return last !== undefined && last.version !== version && last.typicalMs > SLOW_ANALYSIS_MS;
}

const reportedProblems = new Set<string>();
/** Logs analysis problems (a rule that crashed) once each. */
function reportProblems(entry: AnalysisEntry): void {
  for (const p of entry.analysis.problems) {
    const text = problemMessage(p, 'en');
    if (reportedProblems.has(text) || reportedProblems.size > 100) continue;
    reportedProblems.add(text);
    log(text);
  }
}

// --- request guards ----------------------------------------------------------------------

function invalid(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `tin-hoi-nghi: invalid params (${what})`);
}

function documentOf(params: unknown): TextDocument | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalid('textDocument.uri');
  return documents.get(uri);
}

function positionOf(params: unknown): Position {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null | undefined)?.position;
  if (!p || typeof p.line !== 'number' || typeof p.character !== 'number' || p.line < 0 || p.character < 0) throw invalid('position');
  return { line: p.line, character: p.character };
}

/** Runs a handler; a ResponseError is the reply, any other exception is logged and answered with `empty`. */
function guard<P, R>(name: string, empty: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the error data type differs per request
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<any>> => {
    try {
      await settingsReady;
      const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
      if (typeof uri === 'string' && documents.get(uri)) await ensureSettings(uri);
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  };
}

// --- settings ----------------------------------------------------------------------------

async function fetchSettings(): Promise<void> {
  if (!configurationCapability) return;
  try {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    // a client without the section (null) keeps what initializationOptions.settings gave
    if (raw !== null && raw !== undefined) settings = parseSettings(raw);
  } catch (error) {
    log(`workspace/configuration failed: ${String(error)}`);
  }
}

function revalidateAll(): void {
  if (pullDiagnostics) {
    if (diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
    return;
  }
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

function settingsChanged(): void {
  settingsGeneration++;
  resourceSettings.clear();
  resourceFetches.clear();
  projectConfigs.clear();
  cache.invalidateAll();
  revalidateAll();
}

// --- push diagnostics (clients without pull support) ---------------------------------------

async function publish(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || shuttingDown) return;
  const version = doc.version;
  await ensureSettings(uri);
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // stale; the newer version publishes
  try {
    const entry = cache.get(current);
    reportProblems(entry);
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(current, entry) });
  } catch (error) {
    log(`diagnostics failed for ${uri}: ${String(error)}`);
  }
}

function schedule(uri: string, delay: number): void {
  const pending = timers.get(uri);
  if (pending) clearTimeout(pending);
  if (delay <= 0) {
    timers.delete(uri);
    void publish(uri);
    return;
  }
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      void publish(uri);
    }, delay),
  );
}

// --- lifecycle ---------------------------------------------------------------------------

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { trusted?: unknown; settings?: unknown; locale?: unknown };
  clientLocale = typeof params.locale === 'string' ? params.locale : typeof options.locale === 'string' ? options.locale : undefined;
  const caps = params.capabilities ?? {};
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  configurationCapability = !!caps.workspace?.configuration;
  dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  dynamicWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
  documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
  hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  trusted = options.trusted !== false;
  if (options.settings !== undefined) settings = parseSettings(options.settings);

  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      documentSymbolProvider: { label: 'Tin hội nghị' },
      foldingRangeProvider: true,
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'tin-hoi-nghi-ls', version: '0.1.0' },
  };
  if (pullDiagnostics) {
    result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
});

connection.onInitialized(() => {
  if (dynamicConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
  }
  if (dynamicWatchedFiles) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/${WORDS_FILE_NAME}` }],
      })
      .catch(() => undefined);
  }
  if (configurationCapability) {
    // every request and publication waits for the first answer, so nothing is analysed with defaults
    settingsReady = fetchSettings();
  }
});

connection.onShutdown(() => {
  shuttingDown = true;
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
});

connection.onDidChangeConfiguration(async (change) => {
  try {
    if (configurationCapability) {
      await fetchSettings();
    } else {
      const raw = (change?.settings ?? {}) as Record<string, unknown>;
      settings = parseSettings(raw[SETTINGS_SECTION] ?? raw);
    }
    settingsChanged();
  } catch (error) {
    log(`didChangeConfiguration failed: ${String(error)}`);
  }
});

connection.onDidChangeWatchedFiles(() => {
  warned.clear();
  settingsChanged();
});

documents.onDidChangeContent((event) => {
  const uri = event.document.uri;
  const quiet = windowFor(uri);
  const now = nowMs();
  // opening counts as an edit: typing right after it is a burst too
  pace.changed(uri, now, cache.busyMs, quiet);
  if (pullDiagnostics) return;
  // at once after a pause; while typing, when the edits pause (a slow document waits at least as long
  // as its last analysis took, so typing never queues analyses)
  schedule(uri, pace.delay(uri, now, quiet));
});

documents.onDidClose((event) => {
  const uri = event.document.uri;
  const pending = timers.get(uri);
  if (pending) clearTimeout(pending);
  timers.delete(uri);
  pace.forget(uri);
  pullReports.forget(uri);
  cache.delete(uri);
  projectConfigs.delete(uri);
  resourceSettings.delete(uri);
  resourceFetches.delete(uri);
  if (!pullDiagnostics && !shuttingDown) connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
});

// --- features ----------------------------------------------------------------------------

connection.languages.diagnostics.on(
  guard<{ textDocument: { uri: string }; previousResultId?: string }, DocumentDiagnosticReport>(
    'diagnostic',
    { kind: DocumentDiagnosticReportKind.Full, items: [] },
    async (params, token) => {
      const doc = documentOf(params);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // let queued messages ($/cancelRequest, didChange) in before the analysis runs; a document whose
      // last analysis was slow and that is being typed in waits for the typing to pause first (the
      // next keystroke cancels or outdates this request), a lone edit is analysed at once
      const wait = lastWasSlow(doc.uri, doc.version) ? pace.delay(doc.uri, nowMs(), windowFor(doc.uri)) : 0;
      await (wait > 0 ? sleep(wait) : nextTick());
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const current = documents.get(doc.uri);
      if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (current.version !== doc.version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
      }
      const entry = cache.get(current);
      reportProblems(entry);
      const resultId = `${entry.generation}:${entry.version}`;
      return pullReports.report(current.uri, resultId, params.previousResultId, diagnosticsOf(current, entry), current.getText().length <= MAX_CHARS);
    },
  ),
);

connection.onCodeAction(
  guard('codeAction', [], (params) => {
    const doc = documentOf(params);
    if (!doc) return [];
    const entry = cache.get(doc);
    return codeActions(doc, entry, params, { locale: entry.locale, documentChanges });
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', [], (params) => {
    const doc = documentOf(params);
    if (!doc) return [];
    const symbols = documentSymbols(doc, cache.get(doc));
    if (hierarchicalSymbols) return symbols;
    // old clients: flat SymbolInformation
    return symbols.map((s) => ({ name: s.name, kind: s.kind, location: { uri: doc.uri, range: s.range } }));
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', [], (params) => {
    const doc = documentOf(params);
    return doc ? foldingRanges(doc, cache.get(doc)) : [];
  }),
);

connection.onHover(
  guard('hover', null, (params) => {
    const doc = documentOf(params);
    const position = positionOf(params);
    if (!doc) return null;
    const entry = cache.get(doc);
    const config = buildConfig(settingsFor(doc.uri), entry.locale, projectConfigFor(doc.uri));
    return hoverAt(doc, entry, doc.offsetAt(position), { locale: entry.locale, config, expectationFor: PROVIDERS.expectationFor });
  }),
);

connection.onCompletion(
  guard('completion', [], (params) => {
    const doc = documentOf(params);
    const position = positionOf(params);
    if (!doc) return [];
    return completionsAt(doc, cache.get(doc), doc.offsetAt(position), { ...PROVIDERS, snippets: snippetSupport });
  }),
);

/** The facts panel: what the article claims, with ranges and the findings touching each item (docs/facts-request.md). */
connection.onRequest(
  FACTS_REQUEST,
  guard<{ textDocument: { uri: string } }, unknown>(FACTS_REQUEST, null, (params) => {
    const doc = documentOf(params);
    if (!doc) return emptyFacts(params.textDocument.uri, -1, currentLocale());
    return factsOf(doc, cache.get(doc));
  }),
);

/**
 * Word drafts: the text of a .docx, given as base64 `data` or a file: `uri` (docs/facts-request.md).
 * The client opens it as a new article; the server only extracts, it keeps nothing.
 */
connection.onRequest(
  EXTRACT_DOCX_REQUEST,
  guard<{ data?: unknown; uri?: unknown }, unknown>('extractDocx', null, async (params) => {
    let bytes: Uint8Array;
    if (typeof params?.data === 'string') bytes = Buffer.from(params.data, 'base64');
    else if (typeof params?.uri === 'string' && params.uri.startsWith('file:')) {
      try {
        bytes = readFileSync(fileURLToPath(params.uri));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        return { ok: false, reason: 'unreadable', message: { vi: `không đọc được tệp (${code})`, en: `cannot read the file (${code})` } };
      }
    } else throw invalid('data or uri');
    // loaded on the first Word draft only (it brings node:zlib, which the diagnostics never need)
    const { extractDocx } = await import('./node/docx');
    const result = extractDocx(bytes);
    return result.ok ? { ok: true, text: result.text, paragraphs: result.paragraphs } : { ok: false, reason: result.reason, message: result.message };
  }),
);

/** Custom request for tests and troubleshooting: how many analyses ran, and the mode. */
connection.onRequest('tinHoiNghi/status', () => ({
  analyses: cache.analyses,
  documents: documents.all().length,
  pullDiagnostics,
  locale: currentLocale(),
  trusted,
  memory: process.memoryUsage(),
}));

documents.listen(connection);
connection.listen();
