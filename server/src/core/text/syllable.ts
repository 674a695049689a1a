// Vietnamese syllables: the shape grammar (onset + rhyme + tone) and the attested syllable list.
//
// A syllable is onset + optional medial (o/u) + nucleus + optional coda (c ch m n ng nh p t) + tone.
// Codas p t c ch take only sắc or nặng; k/gh/ngh only before e ê i y; c/g/ng never before e ê i;
// q only as qu; gi + vowel is an onset. The attested list (hunspell-vi, see data/syllables.ts) also
// rejects well-formed non-words ("thười").

import { SYLLABLE_LIST } from '../data/syllables';
import { placeTone, splitTone, toneIndex, vowelCluster, type Tone } from './tone';

const ONSETS = new Set([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
]);

/** Toneless rhymes (medial + nucleus + coda). */
const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ' +
    'ăc ăm ăn ăng ăp ăt ' +
    'âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ' +
    'ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu ' +
    'iêc iêm iên iêng iêp iêt iêu ' +
    'y yêm yên yêng yêt yêu ynh yt ych ' +
    'o oc oi om on ong op ot oong ooc ' +
    'ô ôc ôi ôm ôn ông ôp ôt ' +
    'ơ ơi ơm ơn ơp ơt ' +
    'u ua uc ui um un ung up ut ' +
    'uôc uôi uôm uôn uông uôt ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ' +
    'ươc ươi ươm ươn ương ươp ươt ươu ' +
    'oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt ' +
    'oao oe oen oet oeo oem ' +
    'uân uâng uât uây uê uêch uênh uơ uy uych uyên uyêt uynh uyp uyt uyu uya'
  ).split(' '),
);

/** Rhymes with a medial u are written with q (qu) instead of c/k. */
const STOP_CODAS = /(?:p|t|c|ch)$/;
const FRONT = /^[eêiy]/;

export interface Syllable {
  onset: string;
  rhyme: string;
  tone: Tone;
}

/**
 * Parses a lower-case NFC syllable; returns null if its shape is not Vietnamese
 * (impossible onset/rhyme, spelling-rule violation, stop coda with the wrong tone, or tone misplaced).
 * `tonePlacement: 'any'` accepts a mark on any vowel of the word (for shape-only checks).
 */
export function parseSyllable(word: string, tonePlacement: 'strict' | 'any' = 'strict'): Syllable | null {
  if (word.length === 0 || word.length > 8) return null;
  const split = splitTone(word);
  if (split.marks > 1) return null;
  const letters = split.letters;
  const cluster = vowelCluster(letters);
  if (cluster.start < 0) return null;
  const onset = letters.slice(0, cluster.start);
  const rhyme = letters.slice(cluster.start);
  // "giếng": gi + iêng is written with one i
  const giMerged = onset === 'gi' && rhyme.startsWith('ê') && RHYMES.has('i' + rhyme);
  if (!ONSETS.has(onset) || (!RHYMES.has(rhyme) && !giMerged)) return null;
  // Spelling conventions of the onset.
  const front = FRONT.test(rhyme);
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return null;
  if ((onset === 'c' || onset === 'ng') && front) return null;
  if (onset === 'g' && front && !rhyme.startsWith('i')) return null;
  if (onset === 'gi' && rhyme.startsWith('i')) return null;
  if (onset === 'qu' && (rhyme.startsWith('u') || rhyme.startsWith('o'))) return null;
  if (rhyme.startsWith('y') && rhyme.length > 1 && onset !== '' && onset !== 'qu') return null;
  if ((onset === 'c' || onset === 'k') && rhyme.startsWith('u') && rhyme.length > 1 && /^u[yâêơ]/.test(rhyme)) return null;
  // Stop codas take only sắc or nặng.
  if (STOP_CODAS.test(rhyme) && split.tone !== 0 && split.tone !== 2 && split.tone !== 5) return null;
  if (STOP_CODAS.test(rhyme) && split.tone === 0) return null;
  if (split.marks === 1 && tonePlacement === 'strict') {
    const oldAt = toneIndex(letters, 'old');
    const newAt = toneIndex(letters, 'new');
    if (split.at !== oldAt && split.at !== newAt) return null;
  }
  return { onset, rhyme, tone: split.tone };
}

/** True if the letters before the vowel nucleus of a lower-case word form a Vietnamese onset. */
export function hasValidOnset(lower: string): boolean {
  const letters = splitTone(lower).letters;
  const cluster = vowelCluster(letters);
  return cluster.start >= 0 && ONSETS.has(letters.slice(0, cluster.start));
}

/** True if `word` (any case) has the shape of a Vietnamese syllable with a well-placed tone. */
export function isValidShape(word: string): boolean {
  return parseSyllable(word.toLowerCase()) !== null;
}

/** Real syllables missing from the hunspell-vi list (new style, lower case). */
const SUPPLEMENT =
  'mẩu ngoẹo kểnh chõe rôn tuýp tuýt gẫy xoóc ngoạy ' +
  // syllables of place names in the northern uplands (Nậm Pồ, Sìn Hồ, Khuổi, Phìn Hồ…), seen in ALL-CAPS titles
  'nậm nặm phiềng sìn phìn khuổi xín cang mần hồng sủng piềng pìn';
const ATTESTED: ReadonlySet<string> = new Set([...SYLLABLE_LIST.split(' '), ...SUPPLEMENT.split(' ')]);
/** Onsets after which i and y are interchangeable spellings of an open syllable (kì/kỳ, lí/lý, quí/quý, sĩ/sỹ). */
const I_Y_ONSET = /^(?:h|k|l|m|s|t|qu)$/;

const I_Y_FORMS: Record<string, string[]> = { i: [...'iìíỉĩị'], y: [...'yỳýỷỹỵ'] };

/** The i/y twin of an open syllable (kì ↔ kỳ, quí ↔ quý), or null. */
export function iyVariant(lower: string): string | null {
  const split = splitTone(lower);
  const m = /^(h|k|l|m|s|t|qu)([iy])$/.exec(split.letters);
  if (!m || !I_Y_ONSET.test(m[1])) return null;
  return m[1] + I_Y_FORMS[m[2] === 'i' ? 'y' : 'i'][split.tone];
}

/** True if the lower-case NFC word is an attested syllable (either tone style; i/y variants accepted). */
export function isAttested(lower: string): boolean {
  if (ATTESTED.has(lower)) return true;
  // p (not ph) opens only loanwords and minority-language names (pin, Pồ, Pắc): any well-formed one is accepted
  if (lower.startsWith('p') && !lower.startsWith('ph') && parseSyllable(lower) !== null) return true;
  const normalised = placeTone(lower, 'new');
  if (normalised !== lower && ATTESTED.has(normalised)) return true;
  const twin = iyVariant(lower);
  return twin !== null && ATTESTED.has(twin);
}

/** True if the lower-case word is in the attested list exactly (new style). For candidate generation. */
export function inList(lower: string): boolean {
  return ATTESTED.has(lower);
}

export const ATTESTED_COUNT = ATTESTED.size;
