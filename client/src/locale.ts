// The locale of the extension's own messages: the tinHoiNghi.locale setting, or VS Code's
// display language when it is "auto" (the server resolves its messages the same way).
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/core/types';

export function currentLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('tinHoiNghi').get<string>('locale', 'auto');
  if (setting === 'vi' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Picks the Vietnamese or English text of a pair. */
export function t(text: { vi: string; en: string }): string {
  return text[currentLocale()];
}

/** Puts values into a message's {placeholders} (unknown ones stay as written). */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
