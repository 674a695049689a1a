// Unconverted keystrokes of the Telex and VNI input methods left in a text: "nhieemj" (nhiệm),
// "dduwowngf" (đường), "thuwr" (thử), "vie65t" (việt). We replay the keystrokes the way an input
// method would and keep the result only if it is an attested syllable.

import { isAttested } from './syllable';
import { toneIndex, putTone, splitTone, type Tone } from './tone';

const TELEX_TONES: Record<string, Tone> = { f: 1, s: 2, r: 3, x: 4, j: 5 };
const VNI_TONES: Record<string, Tone> = { '2': 1, '1': 2, '3': 3, '4': 4, '5': 5 };
const VOWEL = /[aăâeêioôơuưy]/;

/** Replays lower-case Telex keystrokes; returns null if the keys do not make one syllable. */
export function telexToVietnamese(keys: string): string | null {
  let out = '';
  let tone: Tone = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const hasVowel = VOWEL.test(out);
    if (k in TELEX_TONES && hasVowel) {
      tone = TELEX_TONES[k];
      continue;
    }
    if (k === 'd' && out === 'd') {
      out = 'đ';
      continue;
    }
    if (k === 'a' || k === 'e' || k === 'o') {
      const at = lastVowelRunIndexOf(out, k);
      if (at >= 0) {
        out = out.slice(0, at) + ({ a: 'â', e: 'ê', o: 'ô' } as Record<string, string>)[k] + out.slice(at + 1);
        continue;
      }
    }
    if (k === 'w') {
      const horned = applyHorn(out);
      if (horned === null) return null;
      out = horned;
      continue;
    }
    out += k;
  }
  if (!VOWEL.test(out)) return null;
  return applyTone(out, tone);
}

/** Index of `vowel` inside the last vowel run of `out` (Telex applies aa/ee/oo there), or -1. */
function lastVowelRunIndexOf(out: string, vowel: string): number {
  let end = out.length;
  while (end > 0 && !VOWEL.test(out[end - 1])) end--;
  let start = end;
  while (start > 0 && VOWEL.test(out[start - 1])) start--;
  const at = out.lastIndexOf(vowel, end - 1);
  return at >= start ? at : -1;
}

function applyHorn(out: string): string | null {
  const uo = out.lastIndexOf('uo');
  if (uo >= 0 && uo + 2 >= out.length - 2) return out.slice(0, uo) + 'ươ' + out.slice(uo + 2);
  for (let i = out.length - 1; i >= 0; i--) {
    const ch = out[i];
    if (ch === 'a') return out.slice(0, i) + 'ă' + out.slice(i + 1);
    if (ch === 'o') return out.slice(0, i) + 'ơ' + out.slice(i + 1);
    if (ch === 'u') return out.slice(0, i) + 'ư' + out.slice(i + 1);
    if (VOWEL.test(ch)) break;
  }
  // a lone w types ư
  if (!VOWEL.test(out)) return out + 'ư';
  return null;
}

function applyTone(letters: string, tone: Tone): string {
  if (tone === 0) return letters;
  const at = toneIndex(letters, 'new');
  return at < 0 ? letters : putTone(letters, at, tone);
}

/** Replays lower-case VNI keystrokes (1 sắc 2 huyền 3 hỏi 4 ngã 5 nặng 6 ^ 7 horn 8 breve 9 đ). */
export function vniToVietnamese(keys: string): string | null {
  let out = '';
  let tone: Tone = 0;
  for (const k of keys) {
    if (k in VNI_TONES) {
      if (!VOWEL.test(out)) return null;
      tone = VNI_TONES[k];
    } else if (k === '6') {
      const at = Math.max(out.lastIndexOf('a'), out.lastIndexOf('e'), out.lastIndexOf('o'));
      if (at < 0) return null;
      out = out.slice(0, at) + ({ a: 'â', e: 'ê', o: 'ô' } as Record<string, string>)[out[at]] + out.slice(at + 1);
    } else if (k === '7') {
      const horned = applyHorn(out);
      if (horned === null || horned.endsWith('ư') && !out.endsWith('u')) return null;
      out = horned;
    } else if (k === '8') {
      const at = out.lastIndexOf('a');
      if (at < 0) return null;
      out = out.slice(0, at) + 'ă' + out.slice(at + 1);
    } else if (k === '9') {
      if (!out.startsWith('d')) return null;
      out = 'đ' + out.slice(1);
    } else if (/[a-z]/.test(k)) {
      out += k;
    } else {
      return null;
    }
  }
  if (!VOWEL.test(out)) return null;
  return applyTone(out, tone);
}

/** Telex evidence beyond a trailing tone key: dd, a doubled a/e/o, or a w. */
const TELEX_TONE_KEY = /[aeiouy][a-z]*[fsrxj][a-z]*$/;

export interface KeystrokeResidue {
  method: 'telex' | 'vni';
  /** The converted syllable, lower case, new-style tone placement. */
  converted: string;
  /** True when the keys needed one stray key dropped to convert. */
  repaired: boolean;
}

/**
 * Detects an ASCII token (lower case) that is unconverted Telex or VNI input of an attested syllable.
 * `weakEvidenceOk` callers accept weak evidence (only a trailing tone key, as in "cuar"); otherwise at least
 * one of dd / aa / ee / oo / w is required, since many English words end in s, r or x.
 */
export function detectKeystrokeResidue(token: string, weakEvidenceOk: boolean): KeystrokeResidue | null {
  if (token.length < 3 || token.length > 12) return null;
  if (/[0-9]/.test(token)) {
    if (!/^[a-z]+[0-9][a-z0-9]*$/.test(token) || /[0]/.test(token)) return null;
    const converted = vniToVietnamese(token);
    if (converted && converted.length >= 2 && isAttested(converted) && /[a-z]/.test(token.slice(token.search(/[0-9]/)))) {
      return { method: 'vni', converted, repaired: false };
    }
    return null;
  }
  if (!/^[a-z]+$/.test(token) || ENGLISH.has(token)) return null;
  const strong = /dd|aa|ee|oo|w/.test(token);
  const toneKey = TELEX_TONE_KEY.test(token);
  if (!strong && !(toneKey && weakEvidenceOk)) return null;
  const direct = telexToVietnamese(token);
  if (direct && direct !== token && isAttested(direct) && hasVietnameseMark(direct)) return { method: 'telex', converted: direct, repaired: false };
  if (!strong || !toneKey || token.length < 6) return null;
  // One stray consonant key ("nhieemhj"): try dropping each non-key consonant once.
  for (let i = 1; i < token.length; i++) {
    if (!STRAY.test(token[i])) continue;
    const keys = token.slice(0, i) + token.slice(i + 1);
    if (!/dd|aa|ee|oo|w/.test(keys)) continue;
    const conv = telexToVietnamese(keys);
    if (conv && conv.length >= 4 && isAttested(conv) && hasVietnameseMark(conv)) return { method: 'telex', converted: conv, repaired: true };
  }
  return null;
}

/** English words that also replay as Telex syllables ("been" → bên); never treated as residue. */
const ENGLISH = new Set(
  ('bar car far jar tar war bus gas has was yes his its bass boss loss mass pass less kiss miss ' +
    'tax max mix fax fix box six sex lux wax ' +
    'been seen teen keen queen moon soon noon room boom doom seed need feed meet feet sheet sweet ' +
    'boost roof root door poor floor book look cook took good food mood wood tool cool pool ' +
    'see tree free three tee bee lee fee zoo too boo coo moo nee thee ' +
    'new news now how low show view law saw raw row bow cow few dew jaw paw tow ' +
    'wow what when who why win wit wet web week well went were will wish with word work world ' +
    'down town own power tower flower lower newer ' +
    'aaa baas').split(' '),
);

/** Consonants that are neither Telex tone keys nor w: candidates for a stray key. */
const STRAY = /[bcdghklmnpqtvz]/;

function hasVietnameseMark(word: string): boolean {
  const s = splitTone(word);
  return s.marks > 0 || /[ăâêôơưđ]/.test(s.letters);
}

