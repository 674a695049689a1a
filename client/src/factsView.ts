// The facts panel (Explorer → "Số liệu bài viết" / "Article facts"): asks the server for
// tinHoiNghi/facts about the active article and renders the answer; it follows the active editor
// and edits (debounced), and a click selects the item in the editor. No analysis happens here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FACTS_REQUEST } from '../../server/src/lsp/constants';
import type { FactsResult } from '../../server/src/lsp/facts-panel';
import { factsTree, type FactGroup, type FactNode } from './factsTree';
import { currentLocale, t } from './locale';
import { LANGUAGE_ID } from './newArticle';

export const FACTS_VIEW = 'tinHoiNghi.facts';
export const REVEAL_COMMAND = 'tinHoiNghi.revealFact';
const LANGUAGES = new Set([LANGUAGE_ID, 'plaintext', 'markdown']);
const EDIT_DELAY_MS = 300;

const TEXT = {
  noArticle: { vi: 'Mở một bài viết để xem các số liệu của nó.', en: 'Open an article to see its facts.' },
  notChecked: { vi: 'Tệp này không được kiểm tra như một bài tin hội nghị.', en: 'This file is not checked as a meeting news item.' },
  starting: { vi: 'Đang chờ máy chủ kiểm tra…', en: 'Waiting for the checker…' },
};

const SEVERITY_COLOR = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  information: 'problemsInfoIcon.foreground',
  hint: 'problemsInfoIcon.foreground',
} as const;

export class FactsView implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<FactNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private groups: FactGroup[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(FACTS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(EDIT_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.schedule(EDIT_DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tinHoiNghi')) this.schedule(EDIT_DELAY_MS);
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  /** Ask again soon (the server answers from its cache when nothing changed). */
  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  private show(groups: FactGroup[], message: string | undefined): void {
    this.groups = groups;
    this.view.message = message;
    this.changed.fire(undefined);
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !LANGUAGES.has(document.languageId)) {
      // keep the last article's facts while another kind of editor (output, settings) is focused
      if (this.groups.length === 0) this.show([], t(TEXT.noArticle));
      return;
    }
    if (!this.view.visible) return;
    const client = this.client();
    if (!client || !client.isRunning()) {
      this.show([], t(TEXT.starting));
      this.schedule(1000);
      return;
    }
    const id = ++this.request;
    const version = document.version;
    try {
      const result = (await client.sendRequest(FACTS_REQUEST, { textDocument: { uri: document.uri.toString() } })) as FactsResult | null;
      if (id !== this.request) return; // a newer request is on its way
      if (!result) return;
      if (!result.checked) {
        this.show([], t(TEXT.notChecked));
        return;
      }
      this.show(factsTree(result, currentLocale()), undefined);
      if (result.version !== version || document.version !== version) this.schedule(EDIT_DELAY_MS);
    } catch {
      if (id === this.request) this.schedule(1000);
    }
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    if (node.type === 'group') {
      // sections are in the Outline view already: folded here, so the figures come first
      const open = node.key === 'kind' || (node.key !== 'sections' && node.children.length <= 12);
      const item = new vscode.TreeItem(node.label, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.id = `group:${node.key}`;
      item.contextValue = 'factGroup';
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon, node.severity ? new vscode.ThemeColor(SEVERITY_COLOR[node.severity]) : undefined);
    item.contextValue = node.severity ? 'factWithFinding' : 'fact';
    item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [node.uri, node.range] };
    return item;
  }

  getChildren(node?: FactNode): FactNode[] {
    if (!node) return this.groups;
    return node.type === 'group' ? node.children : [];
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Selects `range` (LSP coordinates) in the document `uri` and scrolls it into view. */
export async function revealFact(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(target));
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
