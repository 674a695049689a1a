// Word tokens of the NFC view for phrase-level rules (confusable-word, repeated-word).
// A token is a run of letters (with combining marks); `linked` says it follows the previous token
// across spaces only (no punctuation, no line break), so that n-grams never span a comma or a
// sentence end. Scanning is by char code (no per-character allocation), linear in the text.

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

const OTHER_LETTER = /[\p{L}\p{M}]/u;

/** Letter or combining mark, with fast paths for ASCII and the Vietnamese ranges. */
export function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(text[i]);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Characters after which a capitalised word starts a sentence or a quotation. */
function opensSentence(c: number): boolean {
  // . ! ? : ; … newline CR " “ ( [ « – — -
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2026 || c === 10 || c === 13 ||
    c === 0x22 || c === 0x201c || c === 0x28 || c === 0x5b || c === 0xab || c === 0x2013 || c === 0x2014 || c === 0x2d
  );
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/** Tokens of `text`; the last result is reused when the same text is tokenized again (several rules). */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens = scan(text);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

interface WordInfo {
  lower: string;
  /** First letter changes under lower-casing, the rest does not ("Thị", not "THỊ" or "thị"). */
  capitalised: boolean;
}

// Per distinct word: its lower case (one shared string per word, so later comparisons and map
// lookups are cheap) and whether it is capitalised. Bounded; past the bound words are computed.
const WORDS = new Map<string, WordInfo>();
const WORDS_MAX = 200_000;

function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info === undefined) {
    let lower = word.toLowerCase();
    if (lower !== word) {
      // share the lower-case word's string (lower-casing is idempotent)
      const own = WORDS.get(lower);
      if (own) lower = own.lower;
      else if (WORDS.size < WORDS_MAX) WORDS.set(lower, { lower, capitalised: false });
    }
    info = { lower, capitalised: word[0] !== lower[0] && word.slice(1) === lower.slice(1) };
    if (WORDS.size < WORDS_MAX) WORDS.set(word, info);
  }
  return info;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    if (!isLetterCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterCode(text, i)) i++;
    const end = i;
    let linked = prevEnd >= 0 && start > prevEnd && start - prevEnd <= 8;
    for (let k = prevEnd; linked && k < start; k++) if (!isSpaceCode(text.charCodeAt(k))) linked = false;
    const { lower, capitalised } = wordInfo(text.slice(start, end));
    let nameLike = false;
    if (start > 0 && capitalised) {
      // capitalised: a name unless it opens a sentence (look back over spaces)
      let k = start - 1;
      while (k > 0 && isSpaceCode(text.charCodeAt(k))) k--;
      nameLike = !opensSentence(text.charCodeAt(k)) && prevEnd >= 0;
    }
    tokens.push({ start, end, lower, linked, nameLike });
    prevEnd = end;
  }
  return tokens;
}
