// Vietnamese tone marks: where they go, in which of the two accepted styles.
//
// Tones are numbered 0 none (ngang), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. A "toneless" word keeps
// its vowel marks (ă â ê ô ơ ư đ) and case but has no tone mark.
//
// Placement (DOMAIN.md "Tone placement"): qu/gi+vowel count as onset; a vowel with a hat/horn/breve
// (ă â ê ô ơ ư) takes the mark (ươ → ơ); else with a final consonant the last vowel; else in a
// three-vowel cluster the middle one; else the first vowel — except that the new style puts it on
// the second vowel of oa/oe/uy. The two styles differ only for the open rhymes oa, oe, uy.

export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
export type ToneStyleName = 'old' | 'new';

/** Each row: the base vowel followed by its five toned forms (huyền sắc hỏi ngã nặng). */
const ROWS = [
  'aàáảãạ',
  'ăằắẳẵặ',
  'âầấẩẫậ',
  'eèéẻẽẹ',
  'êềếểễệ',
  'iìíỉĩị',
  'oòóỏõọ',
  'ôồốổỗộ',
  'ơờớởỡợ',
  'uùúủũụ',
  'ưừứửữự',
  'yỳýỷỹỵ',
];

/** toned char → [base char, tone]; for both cases. */
const DECOMPOSE = new Map<string, [string, Tone]>();
/** base char → its six forms, indexed by tone. */
const COMPOSE = new Map<string, string[]>();
for (const row of ROWS) {
  for (const variant of [row, row.toUpperCase()]) {
    const forms = [...variant];
    COMPOSE.set(forms[0], forms);
    for (let t = 0; t < forms.length; t++) DECOMPOSE.set(forms[t], [forms[0], t as Tone]);
  }
}

const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);

export function isVowel(ch: string): boolean {
  return VOWELS.has(ch.toLowerCase());
}

export interface ToneSplit {
  /** The word with tone marks removed (vowel marks and case kept). */
  letters: string;
  /** The tone found (the last one if several). */
  tone: Tone;
  /** Index (in `letters`) of the character that carried the tone, or -1. */
  at: number;
  /** Number of characters that carried a tone mark (more than one is malformed). */
  marks: number;
}

/** Removes tone marks from an NFC word. */
export function splitTone(word: string): ToneSplit {
  let letters = '';
  let tone: Tone = 0;
  let at = -1;
  let marks = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const d = DECOMPOSE.get(ch);
    if (d && d[1] !== 0) {
      letters += d[0];
      tone = d[1];
      at = i;
      marks++;
    } else {
      letters += ch;
    }
  }
  return { letters, tone, at, marks };
}

/** Puts `tone` on the character at `index` of a toneless word (no-op for tone 0 or a non-vowel). */
export function putTone(letters: string, index: number, tone: Tone): string {
  if (tone === 0 || index < 0 || index >= letters.length) return letters;
  const forms = COMPOSE.get(letters[index]);
  if (!forms) return letters;
  return letters.slice(0, index) + forms[tone] + letters.slice(index + 1);
}

export interface VowelCluster {
  /** Start of the vowel nucleus (after qu/gi onsets). -1 if the word has no vowel. */
  start: number;
  /** End (exclusive) of the vowel run. */
  end: number;
}

/** Locates the vowel cluster that carries the tone in a toneless word (case-insensitive). */
export function vowelCluster(letters: string): VowelCluster {
  const lower = letters.toLowerCase();
  let i = 0;
  while (i < lower.length && !VOWELS.has(lower[i])) i++;
  if (i >= lower.length) return { start: -1, end: -1 };
  // qu + vowel and gi + vowel: the u / i belongs to the onset.
  if ((lower[i] === 'u' && i > 0 && lower[i - 1] === 'q') || (lower[i] === 'i' && i === 1 && lower[0] === 'g')) {
    if (i + 1 < lower.length && VOWELS.has(lower[i + 1])) i++;
  }
  let j = i;
  while (j < lower.length && VOWELS.has(lower[j])) j++;
  return { start: i, end: j };
}

/** Index in `letters` of the vowel that takes the tone mark in `style`, or -1 (no vowel). */
export function toneIndex(letters: string, style: ToneStyleName): number {
  const { start, end } = vowelCluster(letters);
  if (start < 0) return -1;
  const lower = letters.toLowerCase();
  let marked = -1;
  for (let k = start; k < end; k++) if (MARKED_VOWELS.has(lower[k])) marked = k;
  if (marked >= 0) return marked;
  const hasCoda = end < lower.length;
  const n = end - start;
  if (hasCoda) return end - 1;
  if (n === 3) return start + 1;
  if (n === 2 && style === 'new') {
    const pair = lower.slice(start, end);
    if (pair === 'oa' || pair === 'oe' || pair === 'uy') return start + 1;
  }
  return start;
}

/** True if the toneless word has an open oa/oe/uy rhyme, where the two styles differ. */
export function hasStyleDependentRhyme(letters: string): boolean {
  return toneIndex(letters, 'old') !== toneIndex(letters, 'new');
}

/** Re-places the tone of an NFC word in `style`. Words with several marks or no vowel are returned unchanged. */
export function placeTone(word: string, style: ToneStyleName): string {
  const s = splitTone(word);
  if (s.marks !== 1) return word;
  const index = toneIndex(s.letters, style);
  if (index < 0) return word;
  return putTone(s.letters, index, s.tone);
}

/**
 * The placement style of a word:
 * - 'old' / 'new': an oa/oe/uy open rhyme marked the old or the new way;
 * - 'neutral': correctly placed, the same in both styles (or no tone);
 * - 'misplaced': a single tone mark on a vowel that is wrong in both styles;
 * - 'malformed': several tone marks.
 */
export type WordStyle = 'old' | 'new' | 'neutral' | 'misplaced' | 'malformed';

export function styleOf(word: string): WordStyle {
  const s = splitTone(word);
  if (s.marks === 0) return 'neutral';
  if (s.marks > 1) return 'malformed';
  const oldAt = toneIndex(s.letters, 'old');
  const newAt = toneIndex(s.letters, 'new');
  if (oldAt === newAt) return s.at === oldAt ? 'neutral' : 'misplaced';
  if (s.at === oldAt) return 'old';
  if (s.at === newAt) return 'new';
  return 'misplaced';
}
