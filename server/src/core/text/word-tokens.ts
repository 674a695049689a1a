// Word tokens of the NFC view for phrase-level rules (confusable-word, repeated-word).
// A token is a run of letters (with combining marks); `linked` says it follows the previous token
// across spaces only (no punctuation, no line break), so that n-grams never span a comma or a
// sentence end. Scanning is by char code (no per-character allocation), linear in the text.

import { LETTER_LIMIT, LETTER_TABLE } from './char-tables';
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

const OTHER_LETTER = /(?:\p{L}|\p{M})/u;

/** Letter or combining mark, with fast paths for ASCII and the Vietnamese ranges. */
export function isLetterCodeSlow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(text[i]);
}

// isLetterCodeSlow tabled for the code units where Vietnamese text lives (below U+2070),
// precomputed in char-tables.ts (test/core/char-tables.test.ts checks it against isLetterCodeSlow).
// (Module constants, read per code unit: an imported binding is a getter call when the sources run
// as CommonJS under tsx, as the tests and `npm run bench` do.)
const TABLE_LIMIT = LETTER_LIMIT;
const LETTERS = LETTER_TABLE;

/** Letter or combining mark. */
export function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < TABLE_LIMIT ? LETTERS[c] === 1 : isLetterCodeSlow(text, i);
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

/**
 * The tokens of a text as parallel arrays (token i: start[i], end[i], …), so that a large document
 * costs a few arrays rather than an object per word.
 */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Token i's word: an index into `words`. */
  word: Int32Array;
  /** The distinct words of the text, NFC lower case (one string per word). */
  words: string[];
  /**
   * words[w]'s stable id, the same in every table of the process (dense from 0, below wordIdLimit()),
   * so that callers can keep per-word facts in arrays across texts; -1 for a word seen after the
   * bound on remembered words.
   */
  wordId: Int32Array;
  /** 1 when the token follows the previous one with only spaces between. */
  linked: Uint8Array;
  /** 1 for a capitalised word that does not start a sentence. */
  nameLike: Uint8Array;
  /**
   * Token i's word as written (case kept): a stable id per distinct spelling, the same in every table
   * of the process (dense from 0, below formIdLimit()), so that callers can keep per-spelling facts in
   * arrays; -1 past the bound on remembered words.
   */
  form: Int32Array;
}

let lastText: string | null = null;
let lastTable: TokenTable | null = null;

/** Tokens of `text`; the last result is reused when the same text is tokenized again (several rules). */
export function tokenTable(text: string): TokenTable {
  if (text === lastText && lastTable) return lastTable;
  const table = scan(text);
  lastText = text;
  lastTable = table;
  return table;
}

/** Tokens of `text` as objects. */
export function tokenize(text: string): Token[] {
  const t = tokenTable(text);
  const tokens: Token[] = [];
  for (let i = 0; i < t.count; i++) tokens.push({ start: t.start[i], end: t.end[i], lower: t.words[t.word[i]], linked: t.linked[i] === 1, nameLike: t.nameLike[i] === 1 });
  return tokens;
}

interface WordInfo {
  lower: string;
  /** First letter changes under lower-casing, the rest does not ("Thị", not "THỊ" or "thị"). */
  capitalised: boolean;
  /** The info of the lower-case word (itself for a lower-case word). */
  canonical: WordInfo;
  /** Scan that last gave the word an index in its table, and that index (canonical infos only). */
  scan: number;
  index: number;
  /** Stable id (canonical infos that are remembered), else -1. */
  id: number;
  /** Stable id of this spelling (infos that are remembered), else -1. */
  form: number;
}

// Objects made inside `scan` (which inlines the word lookups) come from classes, not literals: a
// literal's allocation site carries a pretenuring decision, and when a collection changes it V8
// throws away the optimised code that allocates there. `scan` lost its optimised code that way just
// before a large text (the bench's 10 MB document) and tokenised much of it in baseline code.
class Info implements WordInfo {
  // declared, not initialised here: each field is first written in the constructor, with its type
  // (a class field would start as undefined and change representation, deprecating the map)
  declare lower: string;
  declare capitalised: boolean;
  declare canonical: WordInfo;
  declare scan: number;
  declare index: number;
  declare id: number;
  declare form: number;
  constructor(lower: string, capitalised: boolean, canonical: WordInfo | undefined) {
    this.lower = lower;
    this.capitalised = capitalised;
    this.canonical = canonical ?? this;
    this.scan = -1;
    this.index = -1;
    this.id = -1;
    this.form = -1;
  }
}

class Table implements TokenTable {
  declare count: number;
  declare start: Int32Array;
  declare end: Int32Array;
  declare word: Int32Array;
  declare words: string[];
  declare wordId: Int32Array;
  declare linked: Uint8Array;
  declare nameLike: Uint8Array;
  declare form: Int32Array;
  constructor(
    count: number,
    start: Int32Array,
    end: Int32Array,
    word: Int32Array,
    words: string[],
    wordId: Int32Array,
    linked: Uint8Array,
    nameLike: Uint8Array,
    form: Int32Array,
  ) {
    this.count = count;
    this.start = start;
    this.end = end;
    this.word = word;
    this.words = words;
    this.wordId = wordId;
    this.linked = linked;
    this.nameLike = nameLike;
    this.form = form;
  }
}

/** A growable list made without an array literal (see Info). */
function emptyList<T>(): T[] {
  return new Array<T>();
}

let nextWordId = 0;
let nextFormId = 0;

/** One more than the largest stable word id given so far (TokenTable.wordId). */
export function wordIdLimit(): number {
  return nextWordId;
}

/** One more than the largest stable spelling id given so far (TokenTable.form). */
export function formIdLimit(): number {
  return nextFormId;
}

/**
 * A number per stable word id (TokenTable.wordId), computed from the word on first use: an array read
 * per distinct word of a text instead of a map lookup.
 */
export class WordIdMemo {
  private values = new Int32Array(0);
  private known = new Uint8Array(0);

  constructor(private readonly compute: (word: string) => number) {}

  /** The number of `word`, whose stable id is `id` (≥ 0). */
  get(id: number, word: string): number {
    if (id >= this.values.length) this.grow(id);
    if (this.known[id] === 1) return this.values[id];
    const value = this.compute(word);
    this.values[id] = value;
    this.known[id] = 1;
    return value;
  }

  private grow(id: number): void {
    const size = Math.max(1024, 2 * this.values.length, nextWordId, id + 1);
    const values = new Int32Array(size);
    const known = new Uint8Array(size);
    values.set(this.values);
    known.set(this.known);
    this.values = values;
    this.known = known;
  }
}

/** Remembers a canonical (lower-case) info under its word, with a stable id. */
function remember(lower: string, info: WordInfo): void {
  info.id = nextWordId++;
  rememberForm(lower, info);
}

/** Remembers an info under its spelling, with a stable spelling id. */
function rememberForm(word: string, info: WordInfo): void {
  info.form = nextFormId++;
  WORDS.set(word, info);
}

// Per distinct word: its lower case (one shared string per word, so later comparisons and map
// lookups are cheap) and whether it is capitalised. Looked up straight from the text (hash of the
// char codes, open addressing), so a word seen before costs no allocation. Bounded; past the
// bound words are computed each time.
const WORDS = new Map<string, WordInfo>();
const WORDS_MAX = 200_000;

function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info === undefined) {
    const lower = word.toLowerCase();
    if (lower === word) {
      info = new Info(lower, false, undefined);
      if (WORDS.size < WORDS_MAX) remember(word, info);
    } else {
      // share the lower-case word's string (lower-casing is idempotent)
      let own = WORDS.get(lower);
      if (!own) {
        own = new Info(lower, false, undefined);
        if (WORDS.size < WORDS_MAX) remember(lower, own);
      }
      info = new Info(own.lower, word[0] !== lower[0] && word.slice(1) === lower.slice(1), own);
      if (WORDS.size < WORDS_MAX) rememberForm(word, info);
    }
  }
  return info;
}

let slotMask = (1 << 10) - 1; // grows (growSlots): a typical article has a few hundred distinct words
let slotWords: Array<string | undefined> = new Array(slotMask + 1);
let slotHashes = new Int32Array(slotMask + 1);
let slotInfos: Array<WordInfo | undefined> = new Array(slotMask + 1);
let slotCount = 0;

function slotOf(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & slotMask;
}

function insertSlot(word: string, hash: number, info: WordInfo): void {
  let k = slotOf(hash);
  while (slotWords[k] !== undefined) k = (k + 1) & slotMask;
  slotWords[k] = word;
  slotHashes[k] = hash;
  slotInfos[k] = info;
  slotCount++;
}

function growSlots(): void {
  const words = slotWords;
  const hashes = slotHashes;
  const infos = slotInfos;
  slotMask = slotMask * 2 + 1;
  slotWords = new Array(slotMask + 1);
  slotHashes = new Int32Array(slotMask + 1);
  slotInfos = new Array(slotMask + 1);
  slotCount = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w !== undefined) insertSlot(w, hashes[k], infos[k]!);
  }
}

/** wordInfo of text[start, end) whose char-code hash is `hash`. */
function wordInfoAt(text: string, start: number, end: number, hash: number): WordInfo {
  const len = end - start;
  let k = slotOf(hash);
  for (let w = slotWords[k]; w !== undefined; w = slotWords[(k = (k + 1) & slotMask)]) {
    if (slotHashes[k] !== hash || w.length !== len) continue;
    let same = true;
    for (let q = 0; q < len && same; q++) same = w.charCodeAt(q) === text.charCodeAt(start + q);
    if (same) return slotInfos[k]!;
  }
  const word = text.slice(start, end);
  const info = wordInfo(word);
  if (slotCount < WORDS_MAX) {
    if (2 * (slotCount + 1) > slotMask + 1) growSlots();
    insertSlot(word, hash, info);
  }
  return info;
}

let scans = 0;

function scan(text: string): TokenTable {
  const n = text.length;
  // Vietnamese prose has a token every 4–5 code units; grown when needed
  let capacity = Math.max(64, n >> 2);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let linkedFlags = new Uint8Array(capacity);
  let nameLikeFlags = new Uint8Array(capacity);
  let wordIndex = new Int32Array(capacity);
  let forms = new Int32Array(capacity);
  const words = emptyList<string>();
  const ids = emptyList<number>();
  const scanId = ++scans;
  let count = 0;
  let i = 0;
  let prevEnd = -1;
  // whether every code unit since the previous token was a space (decides `linked`)
  let onlySpaces = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(c < TABLE_LIMIT ? LETTERS[c] === 1 : isLetterCodeSlow(text, i))) {
      if (!isSpaceCode(c)) onlySpaces = false;
      i++;
      continue;
    }
    const start = i;
    let hash = c;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (!(d < TABLE_LIMIT ? LETTERS[d] === 1 : isLetterCodeSlow(text, i))) break;
      hash = (Math.imul(hash, 31) + d) | 0;
    }
    const end = i;
    const linked = prevEnd >= 0 && start > prevEnd && start - prevEnd <= 8 && onlySpaces;
    onlySpaces = true;
    const info = wordInfoAt(text, start, end, hash);
    const capitalised = info.capitalised;
    const canonical = info.canonical;
    if (canonical.scan !== scanId) {
      canonical.scan = scanId;
      canonical.index = words.length;
      words.push(canonical.lower);
      ids.push(canonical.id);
    }
    let nameLike = false;
    if (start > 0 && capitalised) {
      // capitalised: a name unless it opens a sentence (look back over spaces)
      let k = start - 1;
      while (k > 0 && isSpaceCode(text.charCodeAt(k))) k--;
      nameLike = !opensSentence(text.charCodeAt(k)) && prevEnd >= 0;
    }
    if (count === capacity) {
      capacity *= 2;
      starts = growInt(starts, capacity);
      ends = growInt(ends, capacity);
      linkedFlags = growByte(linkedFlags, capacity);
      nameLikeFlags = growByte(nameLikeFlags, capacity);
      wordIndex = growInt(wordIndex, capacity);
      forms = growInt(forms, capacity);
    }
    starts[count] = start;
    ends[count] = end;
    linkedFlags[count] = linked ? 1 : 0;
    nameLikeFlags[count] = nameLike ? 1 : 0;
    wordIndex[count] = canonical.index;
    forms[count] = info.form;
    count++;
    prevEnd = end;
  }
  return new Table(
    count,
    starts.subarray(0, count),
    ends.subarray(0, count),
    wordIndex.subarray(0, count),
    words,
    Int32Array.from(ids),
    linkedFlags.subarray(0, count),
    nameLikeFlags.subarray(0, count),
    forms.subarray(0, count),
  );
}

function growInt(a: Int32Array, capacity: number) {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

function growByte(a: Uint8Array, capacity: number) {
  const b = new Uint8Array(capacity);
  b.set(a);
  return b;
}
