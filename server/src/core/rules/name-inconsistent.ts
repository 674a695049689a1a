// name-inconsistent: the same person or place written two ways in one article — case
// ("Cao Sơn" / "Cao sơn"), a split word ("L ê Văn Trọng" / "Lê Văn Trọng"), or one tone/vowel mark
// ("Lường Văn Khánh" / "Lường Văn Khanh", "Đồng Tâm" / "Đồng Tầm"). The minority form is reported
// and fixed to the majority (or first) form.
//
// Names come from facts/names (people: surname + ≥2 syllables; places after a place noun). Every
// mention is indexed by its diacritic-free skeleton, so the scan is linear. Forms that differ in a
// whole syllable ("Bàn Phúc Ninh" / "Bàn Phúc Nguyên") are different names; forms that differ only
// in tone placement ("Hoà" / "Hòa") are the same (tone-style's business). Two forms that both occur
// at least twice are taken as two different people or places.

import type { Report, Rule, RuleContext } from '../types';
import {
  forEachCapitalStart,
  forEachName,
  isCapitalised,
  isSpaceAt,
  isUpperAt,
  lettersEnd,
  nextWord,
  readWord,
  skeleton,
  skeletonAt,
  syllableSignature,
  type NameMention,
  type Token,
} from '../facts/names';

interface KeyInfo {
  kind: NameMention['kind'];
  size: number;
}

interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** Per-syllable signatures (case- and tone-placement-insensitive). */
  sigs: string[];
  /** sigs joined by spaces. */
  sig: string;
  wellFormed: boolean;
  split: boolean;
  lowerCase: boolean;
}

const MAX_SYLLABLES = 5;
/** Closer than this (in one sentence), two forms are read as two names in a list. */
const NEARBY = 120;
const PLACE_OR_PERSON_CUE =
  /(?:^|[^\p{L}])(?:xã|phường|đặc khu|thị trấn|huyện|tỉnh|thôn|bản|xóm|làng|khu|chợ|suối|sông|đồng chí|đ\/c|Đ\/c|ông|bà)[ \u00a0]+$/iu;

const SENTENCE_END = /[.!?;\n]/;

/** Two mentions in one sentence, close together. */
/** Tone and vowel marks (and the stroke of Đ) in a text. */
function marksOf(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFD')) if ((ch >= '\u0300' && ch <= '\u036f') || ch === 'đ' || ch === 'Đ') n++;
  return n;
}

/** `a` is `b` with one or more marks left out (same letters, a's marks a strict subset of b's). */
function lostMarks(a: string, b: string): boolean {
  const x = a.normalize('NFD');
  const y = b.normalize('NFD');
  const base = (s: string): string => s.replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
  if (base(x) !== base(y) || marksOf(a) >= marksOf(b)) return false;
  // every mark of a, in order, is found in b: walk both
  let j = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x[i];
    while (j < y.length && y[j] !== c) {
      if (!/[\u0300-\u036f]/.test(y[j]) && !(y[j] === 'đ' && c === 'd') && !(y[j] === 'Đ' && c === 'D')) return false;
      j++;
    }
    if (j >= y.length) return false;
    j++;
  }
  return true;
}

function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start - first.end > NEARBY) return false;
  return !SENTENCE_END.test(text.slice(first.end, second.start));
}

const SIGNATURES = new Map<string, string>();

/** syllableSignature, cached per word. */
function signatureOf(word: string): string {
  let sig = SIGNATURES.get(word);
  if (sig === undefined) {
    sig = syllableSignature(word);
    if (SIGNATURES.size < 50_000) SIGNATURES.set(word, sig);
  }
  return sig;
}

const NAME_KEYS = new Map<string, { key: string; size: number; first: string }>();

/** A name's skeleton key ("Cao Sơn" → "cao son"), its syllable count and first skeleton; cached. */
function nameKey(name: string): { key: string; size: number; first: string } {
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    const parts = name.split(/[ \u00a0]/);
    k = { key: parts.map(skeleton).join(' '), size: parts.length, first: skeleton(parts[0]) };
    if (NAME_KEYS.size < 20_000) NAME_KEYS.set(name, k);
  }
  return k;
}

/** parts.map((p) => p.text).join(' '), sliced from the text when that is the same string. */
function joinedText(text: string, parts: Token[]): string {
  for (let k = 0; k < parts.length; k++) {
    if (parts[k].merged || (k > 0 && text.charCodeAt(parts[k].start - 1) !== 32)) return parts.map((p) => p.text).join(' ');
  }
  return text.slice(parts[0].start, parts[parts.length - 1].end);
}

function differingSyllables(a: string[], b: string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

export const nameInconsistent: Rule = {
  id: 'name-inconsistent',
  category: 'text',
  description: { vi: 'Tên riêng viết không thống nhất', en: 'Name written two ways' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    caseVariant: {
      vi: '“{found}” viết hoa khác với “{expected}” ở chỗ khác trong bài.',
      en: '“{found}” is capitalised differently from “{expected}” elsewhere in the article.',
    },
    splitVariant: {
      vi: '“{found}” bị tách chữ; ở chỗ khác viết “{expected}”.',
      en: '“{found}” has a broken word; elsewhere it is written “{expected}”.',
    },
    markVariant: {
      vi: '“{found}” khác dấu với “{expected}” ở chỗ khác trong bài — cùng một tên?',
      en: '“{found}” differs by a mark from “{expected}” elsewhere in the article — the same name?',
    },
    replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    // the keys straight from the scan: no mention objects kept through the rule (263k on 10 MB)
    const keys = keysOf((add) => forEachName(text, (start, end, kind) => add(text.slice(start, end), kind)));
    if (!keys) return [];
    const found: KeyedOccurrence[] = [];
    forEachCapitalStart(text, occurrenceVisitor(text, keys, found));
    return nameReports(text, keys, found);
  },
};

/** The skeleton keys of the article's names, and what the scan for their mentions looks up. */
export interface NameKeys {
  keys: Map<string, KeyInfo>;
  /** First syllables (skeletons) of the keys. */
  firsts: Set<string>;
  /** The second syllables of the keys, by first syllable. */
  seconds: Map<string, Set<string>>;
  /** Every proper prefix (in whole syllables) of a key: a mention that leaves them cannot match. */
  prefixes: Set<string>;
}

/** A mention of a name key (any case, split words joined). */
export interface KeyedOccurrence extends Occurrence {
  key: string;
}

/** The keys of the names (undefined when there are none). What the mention scan finds depends on the set of keys only. */
export function nameKeys(names: readonly NameMention[]): NameKeys | undefined {
  return keysOf((add) => {
    for (const n of names) add(n.text, n.kind);
  });
}

/** nameKeys over the names a scan adds. */
function keysOf(scan: (add: (name: string, kind: NameMention['kind']) => void) => void): NameKeys | undefined {
  const keys = new Map<string, KeyInfo>();
  const firsts = new Set<string>();
  scan((name, kind) => {
    const { key, size, first } = nameKey(name);
    const known = keys.get(key);
    if (!known) keys.set(key, { kind, size });
    else if (kind === 'place') known.kind = 'place';
    firsts.add(first);
  });
  if (keys.size === 0) return undefined;
  const seconds = new Map<string, Set<string>>();
  for (const key of keys.keys()) {
    const [a, b] = key.split(' ');
    if (b === undefined) continue;
    let set = seconds.get(a);
    if (!set) seconds.set(a, (set = new Set()));
    set.add(b);
  }
  const prefixes = new Set<string>();
  for (const key of keys.keys()) {
    for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
  }
  return { keys, firsts, seconds, prefixes };
}

/** A visitor for forEachCapitalStart(In) that pushes every mention of a key, in text order. */
export function occurrenceVisitor(text: string, names: NameKeys, out: KeyedOccurrence[]): (i: number, e: number, capitalised: boolean) => number {
  const { keys, firsts, seconds, prefixes } = names;
  const forms = new Map<string, Form>();
  return (i, e, capitalised) => {
    // most capital words start no name: settle them without building tokens
    if (e - i > 1) {
      if (!capitalised) return e;
      const first = skeletonAt(text, i, e);
      if (!firsts.has(first)) return e;
      // a name key needs a second word (one space, then letters) that some key has after this one
      if (!isSpaceAt(text, e)) return e;
      const e2 = lettersEnd(text, e + 1);
      if (e2 === e + 1) return e;
      if (e2 - (e + 1) > 1 && !seconds.get(first)?.has(skeletonAt(text, e + 1, e2))) return e;
    }
    const t0 = readWord(text, i);
    if (!t0) return i + 1;
    if (!isCapitalised(t0.text)) return t0.end;
    const s0 = skeleton(t0.text);
    if (!firsts.has(s0)) return t0.end;
    const parts: Token[] = [t0];
    let key = s0;
    // the longest key found so far (no object per find)
    let foundKey: string | undefined;
    let foundSize = 0;
    for (let t = nextWord(text, t0); t && parts.length < MAX_SYLLABLES; t = nextWord(text, t)) {
      parts.push(t);
      key += ' ' + skeleton(t.text);
      const info = keys.get(key);
      if (info && info.size === parts.length) {
        foundKey = key;
        foundSize = parts.length;
      }
      if (!prefixes.has(key)) break; // no longer key extends this one
    }
    if (foundKey === undefined) return t0.end;
    parts.length = foundSize;
    const end = parts[parts.length - 1].end;
    const form = formOf(text, parts, end, forms);
    out.push({ key: foundKey, start: t0.start, end, text: form.text, sigs: form.sigs, sig: form.sig, split: form.split, lowerCase: form.lowerCase, wellFormed: form.wellFormed });
    return end;
  };
}

/** What a mention's words say about its form (shared by the mentions written alike: read-only). */
type Form = Pick<Occurrence, 'text' | 'sigs' | 'sig' | 'split' | 'lowerCase' | 'wellFormed'>;

/**
 * A mention's form, from `forms` (one scan's, by the mention's text) for mentions of plain words one
 * space apart, whose text alone gives the words: a name recurs all through an article, and each
 * mention built its signatures anew. Kept per scan, so no cache holds slices of a text.
 */
function formOf(text: string, parts: Token[], end: number, forms: Map<string, Form>): Form {
  let plain = true;
  for (let k = 0; k < parts.length && plain; k++) plain = !parts[k].merged && (k === 0 || text.charCodeAt(parts[k].start - 1) === 32);
  if (!plain) return computeForm(text, parts);
  const written = text.slice(parts[0].start, end);
  let form = forms.get(written);
  if (form === undefined) {
    form = computeForm(text, parts, written);
    forms.set(written, form);
  }
  return form;
}

function computeForm(text: string, parts: Token[], written = joinedText(text, parts)): Form {
  const sigs = parts.map((p) => signatureOf(p.text));
  const split = parts.some((p) => p.merged);
  // p.text[0] === p.text[0].toLowerCase(), without building strings
  const lowerCase = parts.some((p) => !isUpperAt(p.text, 0));
  return {
    text: written,
    sigs,
    sig: sigs.join(' '),
    split,
    lowerCase,
    wellFormed: !split && !lowerCase && parts.every((p) => isCapitalised(p.text)),
  };
}

/** The rule's reports from every mention of the keys (in text order). */
export function nameReports(text: string, names: NameKeys, occurrences: readonly KeyedOccurrence[]): Report[] {
  const { keys } = names;
  const byKey = new Map<string, KeyedOccurrence[]>();
  // indexed loops over the mentions: see core/incremental on for…of in the interpreter
  for (let i = 0; i < occurrences.length; i++) {
    const occ = occurrences[i];
    let list = byKey.get(occ.key);
    if (!list) byKey.set(occ.key, (list = []));
    list.push(occ);
  }

  const reports: Report[] = [];
  for (const [key, occs] of byKey) {
    const info = keys.get(key)!;
    // Count the well-formed forms by signature.
    const forms = new Map<string, { count: number; first: Occurrence }>();
    for (let i = 0; i < occs.length; i++) {
      const o = occs[i];
      if (!o.wellFormed) continue;
      const sig = o.sig;
      const f = forms.get(sig);
      if (f) f.count++;
      else forms.set(sig, { count: 1, first: o });
    }
    let major: { sig: string; count: number; first: Occurrence } | undefined;
    for (const [sig, f] of forms) {
      // on a tie the form with more marks is the intended one ("Đông Sơn" over "Đong Sơn"), then the first
      const more = major && f.count === major.count ? marksOf(f.first.text) - marksOf(major.first.text) : 0;
      if (!major || f.count > major.count || (f.count === major.count && (more > 0 || (more === 0 && f.first.start < major.first.start)))) major = { sig, ...f };
    }
    if (!major) continue;
    const expected = major.first.text;
    const majorSigs = major.first.sigs;
    for (let i = 0; i < occs.length; i++) {
      const o = occs[i];
      const sig = o.sig;
      let messageId: string | undefined;
      if (o.split && sig === major.sig) messageId = 'splitVariant';
      else if (!o.wellFormed && !o.split && sig === major.sig) {
        // "Cao sơn": only with a cue before it, or for long (person) names
        const before = text.slice(Math.max(0, o.start - 16), o.start);
        if (info.size >= 3 || PLACE_OR_PERSON_CUE.test(before)) messageId = 'caseVariant';
      } else if (o.wellFormed && sig !== major.sig && differingSyllables(o.sigs, majorSigs) === 1) {
        const own = forms.get(sig)!;
        if (own.count >= 2) continue; // two names that both recur: different people/places
        // a name written once without a mark it carries elsewhere ("Đong Sơn" / "Đông Sơn") is a slip even 1 to 1
        const dropped = own.count === 1 && lostMarks(o.text, expected);
        if (!dropped && info.size < 3 && major.count < 2) continue; // short names need a clear majority
        if (!dropped && own.count === major.count && own.first.start < major.first.start) continue;
        // two forms side by side ("Nguyễn Văn Hùng, Nguyễn Văn Hưng") are a list of two people
        if (occs.some((x) => x !== o && x.sig === major.sig && sameSentence(text, x, o))) continue;
        messageId = 'markVariant';
      }
      if (!messageId) continue;
      reports.push({
        start: o.start,
        end: o.end,
        messageId,
        values: { found: text.slice(o.start, o.end), expected },
        fixes: [
          {
            titleId: 'replace',
            values: { expected },
            edits: [{ start: o.start, end: o.end, newText: expected }],
            safe: messageId !== 'markVariant',
          },
        ],
      });
    }
  }
  return reports.sort((a, b) => a.start - b.start);
}
