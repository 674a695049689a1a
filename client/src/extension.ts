// The VS Code extension: starts the language server, registers the new-article and Word-draft
// commands, the status bar item and the facts panel. Everything that understands an article lives
// in the server and the core.
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { newArticle, LANGUAGE_ID } from './newArticle';
import { contributedRuleIds, SECTION, serverSettings } from './settings';
import { ArticleStatus } from './statusBar';
import { FactsView, REVEAL_COMMAND, revealFact } from './factsView';
import { openDocx } from './openDocx';
import { SERVER_EXEC_ARGV, serverEnv } from '../../server/src/lsp/constants';

let client: LanguageClient | undefined;

const CHECKED_LANGUAGES = [LANGUAGE_ID, 'plaintext', 'markdown'];

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const ruleIds = contributedRuleIds(context.extension.packageJSON);
  const module = context.asAbsolutePath('server/dist/server.js');
  const env = serverEnv(process.env); // (the client adds these to its own environment)
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: CHECKED_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { trusted: vscode.workspace.isTrusted, locale: vscode.env.language, settings: serverSettings(ruleIds) },
    synchronize: { configurationSection: SECTION },
    middleware: {
      workspace: {
        // Pull model: answer the server's workspace/configuration requests for our section.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return params.items.map((item, i) =>
            item.section === SECTION ? serverSettings(ruleIds, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : result[i],
          );
        },
        // Push model: send the same shape (explicit rule severities only) on every change.
        didChangeConfiguration: async (sections, next) => {
          if (!sections?.includes(SECTION) || !client) return next(sections);
          await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: serverSettings(ruleIds) } });
        },
      },
    },
  };
  return new LanguageClient('tinHoiNghi', 'Tin hội nghị', serverOptions, clientOptions);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`Tin hội nghị: ${String(error)}`);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('tinHoiNghi.newArticle', (folder?: unknown) => newArticle(context, folder)),
    vscode.commands.registerCommand('tinHoiNghi.openDocx', (uri?: unknown) => openDocx(client, uri)),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealFact),
    new ArticleStatus(),
    // Trust decides whether the server loads workspace config files: restart it with the new flag.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop().catch(() => undefined);
      await startClient(context);
    }),
  );
  await startClient(context);
  context.subscriptions.push(new FactsView(() => client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
