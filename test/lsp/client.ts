/// <reference path="../../server/src/lsp/node-shims.d.ts" />
// A minimal LSP client for the protocol tests and the latency benchmark: spawns the bundled
// server over stdio and talks JSON-RPC to it. Waits on events, never on fixed sleeps.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SERVER_EXEC_ARGV, serverEnv } from '../../server/src/lsp/constants';
import {
  CancellationTokenSource,
  type CancellationToken,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const SERVER_BUNDLE = process.env.TIN_HOI_NGHI_SERVER_BUNDLE ?? join(ROOT, 'server', 'dist', 'server.js');

/** How VS Code starts the server (client/src/extension.ts): its Node flags and environment; for StartOptions. */
export const AS_VS_CODE = { execArgv: SERVER_EXEC_ARGV, env: serverEnv(process.env) };

export interface StartOptions {
  pull: boolean;
  /** The "tinHoiNghi" settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  locale?: string;
  initializationOptions?: Record<string, unknown>;
  /** Whether the client answers workspace/configuration (Neovim 0.7 style clients may not). Default true. */
  configuration?: boolean;
  /** Node flags for the server process (the VS Code client passes SERVER_EXEC_ARGV). */
  execArgv?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /**
   * Talk to the server over a TCP socket (`--socket=PORT`) instead of stdio, its standard output
   * passed through: for V8 traces (--trace-gc, --trace-opt …), which Node writes to standard output.
   */
  socket?: boolean;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  settings: Record<string, unknown>;
  /** Settings of one document (a workspace-folder override), by uri. */
  scoped: Record<string, Record<string, unknown>> = {};
  readonly exited: Promise<number | null>;
  warnings: string[] = [];
  readonly messageListeners = new Set<(message: string) => void>();
  /** Extra observers of every publishDiagnostics (a connection has one handler per method). */
  readonly listeners = new Set<(p: PublishDiagnosticsParams) => void>();

  private constructor(readonly child: ChildProcess, options: StartOptions, streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(streams?.input ?? child.stdout!), new StreamMessageWriter(streams?.output ?? child.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
      params.items.map((item) => (item.scopeUri && this.scoped[item.scopeUri]) || this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.warnings.push(p.message);
      for (const listener of this.messageListeners) listener(p.message);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      for (const listener of this.listeners) listener(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<TestClient> {
    let client: TestClient;
    const env = options.env ? { ...process.env, ...options.env } : process.env;
    if (options.socket) {
      const listener = createServer();
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
      const port = (listener.address() as AddressInfo).port;
      const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_BUNDLE, `--socket=${port}`], { stdio: ['ignore', 'inherit', 'inherit'], env });
      const socket = await new Promise<Socket>((resolve) => listener.once('connection', resolve));
      listener.close();
      client = new TestClient(child, options, { input: socket, output: socket });
    } else {
      const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
      client = new TestClient(child, options);
    }
    const capabilities: ClientCapabilities = {
      workspace:
        options.configuration === false
          ? {}
          : { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale ?? 'vi',
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first publishDiagnostics for `uri` (already received or future) passing `test`. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const last = this.published.get(uri);
    if (last && test(last)) return Promise.resolve(last);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** Resolves with the first window/showMessage (already received or future). */
  nextMessage(): Promise<string> {
    if (this.warnings.length > 0) return Promise.resolve(this.warnings[0]);
    return new Promise((resolve) => {
      const listener = (message: string): void => {
        this.messageListeners.delete(listener);
        resolve(message);
      };
      this.messageListeners.add(listener);
    });
  }

  async pull(uri: string, previousResultId?: string): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  /** Per document: the result id and diagnostics this client shows, kept as VS Code's client keeps them (pullShown). */
  private readonly shown = new Map<string, { resultId?: string; items: Diagnostic[] }>();

  /**
   * Pulls as VS Code's client does: with the result id of the diagnostics it shows, keeping them when
   * the server answers "unchanged". Resolves with the report and the diagnostics now shown.
   */
  async pullShown(uri: string, token?: CancellationToken): Promise<{ kind: string; items: Diagnostic[] }> {
    const held = this.shown.get(uri);
    const params = { textDocument: { uri }, previousResultId: held?.resultId };
    // an undefined token would go out as a second, positional parameter
    const answer = token ? this.connection.sendRequest('textDocument/diagnostic', params, token) : this.connection.sendRequest('textDocument/diagnostic', params);
    const report = (await answer) as { kind: string; items?: Diagnostic[]; resultId?: string };
    const items = report.kind === 'unchanged' && held ? held.items : (report.items ?? []);
    this.shown.set(uri, { resultId: report.resultId, items });
    return { kind: report.kind, items };
  }

  /**
   * Sends `changes` one by one, `gapMs` apart, from version `fromVersion + 1` on, and pulls as VS Code's
   * client does (pullShown): a pull after every change, at most one in flight; a change cancels the pull in flight,
   * which is sent again once it settles (so is one the server cancelled because the document changed).
   * Resolves, once no pull is left, with the report answered last and when the last change was sent.
   */
  async typeAndPull(uri: string, fromVersion: number, changes: TextDocumentContentChangeEvent[], gapMs: number): Promise<{ report: { items?: Diagnostic[] }; lastSent: number }> {
    let inflight: Promise<void> | undefined;
    let cancel: CancellationTokenSource | undefined;
    let again = false;
    let report: { items?: Diagnostic[] } = {};
    const pull = (): void => {
      cancel = new CancellationTokenSource();
      inflight = this.pullShown(uri, cancel.token)
        .then(
          (answer) => {
            report = answer as { items?: Diagnostic[] };
          },
          (error: { code?: number }) => {
            if (error.code === -32802) again = true; // ServerCancelled: the server asks for a retrigger
          },
        )
        .then(() => {
          inflight = undefined;
          if (again) {
            again = false;
            pull();
          }
        });
    };
    let lastSent = 0;
    for (let i = 0; i < changes.length; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      lastSent = performance.now();
      await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: fromVersion + i + 1 }, contentChanges: [changes[i]] });
      if (inflight) {
        cancel!.cancel();
        again = true;
      } else pull();
    }
    while (inflight) await inflight;
    return { report, lastSent };
  }

  open(uri: string, text: string, languageId = 'tin-hoi-nghi', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
