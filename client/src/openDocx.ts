// "Tin hội nghị: Mở bản thảo Word (.docx)": the server extracts the draft's text
// (tinHoiNghi/extractDocx) and it opens as a new, unsaved article to review. The Word file itself
// is never written. No analysis happens here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXTRACT_DOCX_REQUEST } from '../../server/src/lsp/constants';
import { fill, t } from './locale';
import { LANGUAGE_ID } from './newArticle';

const TEXT = {
  pick: { vi: 'Mở bản thảo Word', en: 'Open Word draft' },
  filter: { vi: 'Tài liệu Word', en: 'Word documents' },
  notRunning: { vi: 'Tin hội nghị: máy chủ kiểm tra chưa chạy.', en: 'Tin hội nghị: the checker is not running.' },
  readFailed: { vi: 'Tin hội nghị: không đọc được {file}: {detail}', en: 'Tin hội nghị: cannot read {file}: {detail}' },
  failed: { vi: 'Tin hội nghị: {file}: {detail}', en: 'Tin hội nghị: {file}: {detail}' },
};

type ExtractAnswer = { ok: true; text: string; paragraphs: number } | { ok: false; reason: string; message: { vi: string; en: string } };

export async function openDocx(client: LanguageClient | undefined, target?: unknown): Promise<vscode.TextEditor | undefined> {
  let uri = target instanceof vscode.Uri ? target : undefined;
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      canSelectFiles: true,
      canSelectFolders: false,
      openLabel: t(TEXT.pick),
      title: t(TEXT.pick),
      filters: { [t(TEXT.filter)]: ['docx'] },
    });
    uri = picked?.[0];
  }
  if (!uri) return undefined;
  const name = uri.path.split('/').pop() ?? uri.toString();
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(t(TEXT.notRunning));
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(fill(t(TEXT.readFailed), { file: name, detail: String(error) }));
    return undefined;
  }
  const answer = (await client.sendRequest(EXTRACT_DOCX_REQUEST, { data: Buffer.from(bytes).toString('base64') })) as ExtractAnswer | null;
  if (!answer || !answer.ok) {
    void vscode.window.showErrorMessage(fill(t(TEXT.failed), { file: name, detail: answer ? t(answer.message) : '?' }));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: answer.text });
  return vscode.window.showTextDocument(document);
}
