// "Tin hội nghị: Tạo bài mới từ mẫu": pick a template, fill its fields, open the article.
// Parsing and rendering live in server/src/templates/render.ts (plain, tested); this file is only
// the VS Code dialogue around them.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import {
  checkSaveTarget,
  describeTemplateError,
  expandDefault,
  KIND_LABELS,
  parseTemplateHeader,
  renderTemplate,
  suggestedFileName,
  templateMessage,
  validateFieldValue,
  type TemplateError,
  type TemplateHeader,
} from '../../server/src/templates/render';
import { currentLocale, fill, t } from './locale';

export const LANGUAGE_ID = 'tin-hoi-nghi';
const DEFAULT_TEMPLATES_FOLDER = '.tin-hoi-nghi/templates';

interface TemplateFile {
  uri: vscode.Uri;
  source: string;
  header: TemplateHeader;
  problems: TemplateError[];
  origin: 'builtin' | 'workspace';
}

interface TemplateItem extends vscode.QuickPickItem {
  template: TemplateFile;
}

const TEXT = {
  pickTemplate: { vi: 'Chọn mẫu bài', en: 'Choose a template' },
  builtin: { vi: 'mẫu có sẵn', en: 'built-in' },
  workspace: { vi: 'mẫu của workspace', en: 'workspace template' },
  noTemplates: { vi: 'Không tìm thấy mẫu bài nào (*.hbs).', en: 'No article templates (*.hbs) found.' },
  fieldProgress: { vi: 'trường', en: 'field' },
  target: { vi: 'Mở bài mới ở đâu?', en: 'Where should the article open?' },
  untitled: { vi: 'Tài liệu mới chưa lưu', en: 'New untitled document' },
  untitledDetail: { vi: 'Lưu sau bằng Ctrl+S', en: 'Save it later with Ctrl+S' },
  saveAs: { vi: 'Lưu thành tệp…', en: 'Save as a file…' },
  saveAsDetail: { vi: 'Không bao giờ ghi đè tệp đã có', en: 'An existing file is never overwritten' },
  saveLabel: { vi: 'Tạo bài', en: 'Create article' },
  filter: { vi: 'Tin hội nghị', en: 'Meeting news' },
  openTemplate: { vi: 'Mở mẫu', en: 'Open template' },
  readFailed: { vi: 'Không đọc được mẫu {file}: {detail}', en: 'Could not read template {file}: {detail}' },
  writeFailed: { vi: 'Không ghi được tệp {file}: {detail}', en: 'Could not write {file}: {detail}' },
};

async function readTemplates(dir: vscode.Uri, origin: TemplateFile['origin']): Promise<TemplateFile[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return []; // a missing folder simply has no templates
  }
  const files = entries.filter(([name, type]) => type !== vscode.FileType.Directory && name.endsWith('.hbs')).map(([name]) => name).sort();
  const templates: TemplateFile[] = [];
  for (const name of files) {
    const uri = vscode.Uri.joinPath(dir, name);
    try {
      const source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const { header, problems } = parseTemplateHeader(source);
      templates.push({ uri, source, header, problems, origin });
    } catch (error) {
      void vscode.window.showWarningMessage(fill(t(TEXT.readFailed), { file: name, detail: String(error) }));
    }
  }
  return templates;
}

/** Built-in templates always; the workspace's own only when the workspace is trusted. */
async function findTemplates(context: vscode.ExtensionContext): Promise<TemplateFile[]> {
  const templates = await readTemplates(vscode.Uri.joinPath(context.extensionUri, 'templates'), 'builtin');
  if (vscode.workspace.isTrusted) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const relative = vscode.workspace.getConfiguration('tinHoiNghi', folder.uri).get<string>('templatesFolder', DEFAULT_TEMPLATES_FOLDER);
      if (!relative || relative.split(/[\\/]/).includes('..')) continue; // stay inside the workspace folder
      templates.push(...(await readTemplates(vscode.Uri.joinPath(folder.uri, relative), 'workspace')));
    }
  }
  return templates;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function showTemplateError(template: TemplateFile, error: TemplateError): Promise<void> {
  const message = describeTemplateError(error, currentLocale(), fileName(template.uri));
  const open = t(TEXT.openTemplate);
  const choice = await vscode.window.showErrorMessage(message, open);
  if (choice === open) {
    const line = Math.max(0, (error.line ?? 1) - 1);
    const column = Math.max(0, (error.column ?? 1) - 1);
    const position = new vscode.Position(line, column);
    await vscode.window.showTextDocument(template.uri, { selection: new vscode.Range(position, position) });
  }
}

async function askFields(template: TemplateFile, title: string): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  const today = new Date();
  const fields = template.header.fields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const value = await vscode.window.showInputBox({
      title: `${title} (${t(TEXT.fieldProgress)} ${i + 1}/${fields.length})`,
      prompt: field.label,
      placeHolder: field.label,
      value: expandDefault(field.defaultValue, today, values), // defaults may derive from a date entered earlier
      ignoreFocusOut: true,
      validateInput: (text) => validateFieldValue(field, text, currentLocale()),
    });
    if (value === undefined) return undefined; // Escape cancels the whole command
    values[field.name] = value.trim();
  }
  return values;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes a new file and refuses to replace an existing one (atomic 'wx' for local files). */
async function writeNewFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const path = uri.scheme === 'file' ? uri.fsPath : uri.toString();
  const refuse = (): boolean => {
    void vscode.window.showErrorMessage(templateMessage('targetExists', currentLocale(), { path }));
    return false;
  };
  const taken = await exists(uri);
  if (!checkSaveTarget(path, () => taken).ok) return refuse();
  try {
    if (uri.scheme === 'file') await fs.writeFile(uri.fsPath, text, { encoding: 'utf8', flag: 'wx' });
    else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return refuse();
    void vscode.window.showErrorMessage(fill(t(TEXT.writeFailed), { file: fileName(uri), detail: String(error) }));
    return false;
  }
}

async function openArticle(text: string, template: TemplateFile, values: Record<string, string>, folderHint?: vscode.Uri): Promise<void> {
  const untitled = { label: t(TEXT.untitled), detail: t(TEXT.untitledDetail), save: false };
  const saveAs = { label: t(TEXT.saveAs), detail: t(TEXT.saveAsDetail), save: true };
  const target = await vscode.window.showQuickPick([untitled, saveAs], { title: t(TEXT.target), ignoreFocusOut: true });
  if (!target) return;
  if (!target.save) {
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(doc);
    return;
  }
  const folder = folderHint ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = suggestedFileName(template.header.kind, values.date, new Date());
  const uri = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { [t(TEXT.filter)]: ['txt', 'md'] },
    saveLabel: t(TEXT.saveLabel),
  });
  if (!uri) return;
  // The save dialog may already have asked "replace?"; this command never replaces.
  if (!(await writeNewFile(uri, text))) return;
  const doc = await vscode.workspace.openTextDocument(uri);
  const shown = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(shown);
}

/** Runs the command; `folder` is the Explorer folder it was started from, proposed as the save location. */
export async function newArticle(context: vscode.ExtensionContext, folder?: unknown): Promise<void> {
  const folderHint = folder instanceof vscode.Uri ? folder : undefined;
  const locale = currentLocale();
  const templates = await findTemplates(context);
  if (templates.length === 0) {
    void vscode.window.showWarningMessage(t(TEXT.noTemplates));
    return;
  }
  const items: TemplateItem[] = templates.map((template) => ({
    label: template.header.title ?? fileName(template.uri),
    description: `${template.header.kind ? KIND_LABELS[template.header.kind][locale] + ' · ' : ''}${t(template.origin === 'builtin' ? TEXT.builtin : TEXT.workspace)}`,
    detail: template.header.description,
    template,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: t(TEXT.pickTemplate), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  if (!picked) return;
  const template = picked.template;
  if (template.problems.length > 0) return showTemplateError(template, template.problems[0]);
  const values = await askFields(template, picked.label);
  if (!values) return;
  const result = renderTemplate(template.source, values);
  if (!result.ok) return showTemplateError(template, result.error);
  await openArticle(result.text, template, values, folderHint);
}
