// Status bar: the active article's kind and its problem counts; a click opens the Problems view.
//
// The kind comes from the pure segmenter run here on the active document (a few microseconds for
// an article); very large documents skip it rather than block the extension host.
import * as vscode from 'vscode';
import { defaultConfig } from '../../server/src/core/config';
import { segment } from '../../server/src/core/segment';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import type { ArticleKind } from '../../server/src/core/types';
import { KIND_LABELS } from '../../server/src/templates/render';
import { currentLocale, fill, t } from './locale';
import { LANGUAGE_ID } from './newArticle';

export const DIAGNOSTIC_SOURCE = 'tin-hoi-nghi';
const LANGUAGES = new Set([LANGUAGE_ID, 'plaintext', 'markdown']);
/** Above this size the kind is not computed in the extension host. */
const MAX_KIND_LENGTH = 200_000;
const KIND_DELAY_MS = 300;

const TEXT = {
  tooltip: { vi: 'Tin hội nghị: loại bài và số vấn đề. Bấm để mở bảng Problems.', en: 'Meeting news: article kind and problem counts. Click to open the Problems view.' },
  counts: { vi: '{errors} lỗi, {warnings} cảnh báo, {infos} gợi ý', en: '{errors} errors, {warnings} warnings, {infos} suggestions' },
};

function articleKind(document: vscode.TextDocument): ArticleKind | undefined {
  const text = document.getText();
  if (text.length > MAX_KIND_LENGTH) return undefined;
  try {
    return segment(createTextDoc(text), defaultConfig()).kind;
  } catch {
    return undefined;
  }
}

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tinHoiNghi.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private kind: ArticleKind | undefined;
  private kindTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.item.name = 'Tin hội nghị';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshKind(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshKind(KIND_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.render();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tinHoiNghi.locale')) this.render();
      }),
    );
    this.refreshKind(0);
  }

  private refreshKind(delay: number): void {
    if (this.kindTimer) clearTimeout(this.kindTimer);
    this.kindTimer = setTimeout(() => {
      this.kindTimer = undefined;
      const document = vscode.window.activeTextEditor?.document;
      this.kind = document && LANGUAGES.has(document.languageId) ? articleKind(document) : undefined;
      this.render();
    }, delay);
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !LANGUAGES.has(document.languageId)) {
      this.item.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    // Plain text and Markdown that the server does not check (not an article) get no status.
    if (document.languageId !== LANGUAGE_ID && ours.length === 0 && (this.kind === undefined || this.kind === 'other')) {
      this.item.hide();
      return;
    }
    const count = (severity: vscode.DiagnosticSeverity): number => ours.filter((d) => d.severity === severity).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const infos = count(vscode.DiagnosticSeverity.Information) + count(vscode.DiagnosticSeverity.Hint);
    const label = KIND_LABELS[this.kind ?? 'other'][currentLocale()];
    this.item.text = `$(note) ${label}  $(error) ${errors}  $(warning) ${warnings}  $(info) ${infos}`;
    const counts = fill(t(TEXT.counts), { errors: String(errors), warnings: String(warnings), infos: String(infos) });
    this.item.tooltip = `${t(TEXT.tooltip)}\n${counts}`;
    this.item.show();
  }

  dispose(): void {
    if (this.kindTimer) clearTimeout(this.kindTimer);
    for (const d of this.disposables) d.dispose();
  }
}
