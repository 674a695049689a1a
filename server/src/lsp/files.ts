// Which documents the server checks. Documented in docs/which-files.md.

import { looksLikeArticle } from '../core/detect';
import { LANGUAGE_ID } from './constants';

const ARTICLE_SUFFIX = /\.tin\.(txt|md)$/i;
const PROSE_LANGUAGES = new Set(['plaintext', 'markdown']);

export interface FileDecisionInput {
  uri: string;
  languageId: string;
  text: string;
  checkAll: boolean;
}

/**
 * - language id "tin-hoi-nghi" (and files named *.tin.txt / *.tin.md): always;
 * - plaintext / markdown: when `checkAll` is on, or the text looks like a Vietnamese meeting article;
 * - anything else: never.
 */
export function shouldCheck({ uri, languageId, text, checkAll }: FileDecisionInput): boolean {
  if (languageId === LANGUAGE_ID) return true;
  let path = uri;
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  if (ARTICLE_SUFFIX.test(path)) return true;
  if (!PROSE_LANGUAGES.has(languageId)) return false;
  return checkAll || looksLikeArticle(text);
}
