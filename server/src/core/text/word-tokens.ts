// Word tokens of the NFC view for phrase-level rules (confusable-word, repeated-word).
// A token is a run of letters (with combining marks, and in-word apostrophes/hyphens excluded);
// `linked` says it follows the previous token across spaces only (no punctuation, no line break),
// so that n-grams never span a comma or a sentence end.

export interface Token {
  start: number;
  end: number;
  /** NFC lower case. */
  lower: string;
  /** Follows the previous token with only spaces between (same phrase). */
  linked: boolean;
  /** Capitalised word that does not start a sentence (likely part of a name). */
  nameLike: boolean;
}

const WORD = /[\p{L}\p{M}]+/gu;
const SPACES_ONLY = /^[ \t\u00a0]+$/;
const SENTENCE_OPENERS = /[.!?:;…\n\r"“(\[«–—-]\s*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let prevEnd = -1;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    const word = m[0];
    const end = start + word.length;
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    // a digit or symbol glued to the word ("2023", "HĐND-UBND") breaks phrases too
    const linked = prevEnd >= 0 && gap.length <= 8 && SPACES_ONLY.test(gap);
    const first = word[0];
    const capitalised = first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
    let nameLike = false;
    if (capitalised) {
      const before = text.slice(Math.max(0, start - 3), start);
      nameLike = prevEnd >= 0 && !SENTENCE_OPENERS.test(before) && start > 0;
    }
    tokens.push({ start, end, lower: word.toLowerCase(), linked, nameLike });
    prevEnd = end;
  }
  return tokens;
}
