// People and place names of the article, and the helpers name-inconsistent needs to compare them.
//
// A name is a run of capitalised syllables separated by single spaces:
//  - a person: starts with a Vietnamese surname and has ≥3 syllables, or ≥2 after "đồng chí" / "đ/c";
//  - a place: ≥2 syllables after a place noun ("xã Cao Sơn", "thôn Nà Vạc", "chợ Đồng Tâm").
// ALL-CAPS words (headlines) are not names. Offsets are NFC. Linear in the text; total.

import type { TextDoc } from '../text/textdoc';

export interface NameMention {
  text: string;
  start: number;
  end: number;
  kind: 'person' | 'place';
}

export const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Vương Trịnh Trương ' +
    'Mai Cao Lâm Lương Hà Tạ Tô Chu Châu Lục Ma Nông Lò Lường Cầm Bế Bàn Hứa Triệu Mạc Lăng Lưu Quách Thái Tăng ' +
    'Khổng Vi Đàm Lại Phùng Kiều Quan Lã La Hầu Sầm Thân Tống Từ Giáp Doãn Mẫn Nghiêm Ninh Thạch Đồng Phương ' +
    'Diệp Âu Kim Tiêu Viên Khúc Lạc Ông Vàng Giàng Sùng Thào Mùa Hờ Lầu Chẩu Dư Bạch Quàng Điêu Hoàng Khương ' +
    'Lạng Lục Mông Nịnh Nhan Ôn Phí Quản Sơn Thều Thiều Trình Ứng Văn Vy Hứa Hà Lộc Nìm Chảo Tẩn Lù Giang ' +
    'Cù Mã Trịnh Mạch Âu Triệu Lô Lỳ Bàng Hán Yên Đèo Cà Lưu Tòng Xa Lự'
  ).split(' '),
);

const PERSON_CUE = /(?:^|[^\p{L}])(?:đồng chí|Đồng chí|đ\/c|Đ\/c|Đ\/C|ông|Ông|bà|Bà|anh|Anh|chị|Chị)[ \u00a0]+$/u;
const PLACE_CUE =
  /(?:^|[^\p{L}])(?:xã|Xã|phường|Phường|thị trấn|Thị trấn|huyện|Huyện|tỉnh|Tỉnh|thành phố|Thành phố|quận|Quận|thôn|Thôn|bản|Bản|xóm|Xóm|làng|Làng|khu|Khu|tổ dân phố|Tổ dân phố|chợ|Chợ|suối|Suối|sông|Sông|núi|Núi|đường|phố|cầu|hồ|đèo|xứ)[ \u00a0]+$/u;

// Capitalised words that end or start a run without being part of the name (titles, sentence words).
const NOT_NAME = new Set([
  'Bí', 'Phó', 'Chủ', 'Ủy', 'Uỷ', 'Trưởng', 'Chánh', 'Tổ', 'Huyện', 'Tỉnh', 'Đảng', 'Giám', 'Hiệu',
  'Kết', 'Phát', 'Khai', 'Tại', 'Về', 'Và', 'Ban', 'Tới', 'Dự', 'Theo', 'Chi', 'Xã', 'Phường', 'Thị',
  'Thôn', 'Phòng', 'Tham', 'Nguồn', 'Tin', 'Ảnh', 'Bài', 'Tác', 'Chiều', 'Sáng',
  'Tối', 'Ngày', 'Năm', 'Tháng', 'Đại', 'Nghị', 'Chỉ', 'Ủy', 'Thường', 'Cùng', 'Sau', 'Trong',
]);

const WORD = /\p{L}+/gu;

/** A word token; `merged` when a split word ("L ê") was joined. */
export interface Token {
  start: number;
  end: number;
  text: string;
  merged: boolean;
}

export function isCapitalised(w: string): boolean {
  const first = w[0];
  if (first === undefined || first === first.toLowerCase()) return false;
  for (let i = 1; i < w.length; i++) if (w[i] !== w[i].toLowerCase()) return false;
  return true;
}

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/**
 * Word tokens of the text. A single capital letter followed by one space and a lower-case word
 * ("L ê") is joined into one token, so split names can be matched.
 */
export function tokenize(text: string): Token[] {
  const raw: Array<[number, number]> = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) raw.push([m.index, m.index + m[0].length]);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const [s, e] = raw[i];
    const next = raw[i + 1];
    if (
      e - s === 1 &&
      next &&
      next[0] === e + 1 &&
      (text[e] === ' ' || text[e] === '\u00a0') &&
      text[s] !== text[s].toLowerCase() &&
      text[next[0]] !== text[next[0]].toUpperCase() &&
      next[1] - next[0] <= 6
    ) {
      out.push({ start: s, end: next[1], text: text[s] + text.slice(next[0], next[1]), merged: true });
      i++;
      continue;
    }
    out.push({ start: s, end: e, text: text.slice(s, e), merged: false });
  }
  return out;
}

/** Two tokens are adjacent in a name when only one space separates them. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}

export function namesFromTokens(text: string, tokens: Token[]): NameMention[] {
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text) || tokens[i].merged) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j + 1].merged && isCapitalised(tokens[j + 1].text) && adjacent(text, tokens[j], tokens[j + 1])) j++;
    const runEnd = j;
    let a = i;
    let b = j;
    while (b > a && NOT_NAME.has(tokens[b].text)) b--;
    while (a < b && NOT_NAME.has(tokens[a].text) && !SURNAMES.has(tokens[a].text)) a++;
    const count = b - a + 1;
    if (count >= 2 && count <= 5) {
      const start = tokens[a].start;
      const end = tokens[b].end;
      const before = text.slice(Math.max(0, start - 16), start);
      let kind: NameMention['kind'] | undefined;
      if (SURNAMES.has(tokens[a].text) && (count >= 3 || PERSON_CUE.test(before))) kind = 'person';
      else if (PLACE_CUE.test(before) && count <= 3) kind = 'place';
      if (kind && !isAllCaps(tokens[a].text)) names.push({ text: text.slice(start, end), start, end, kind });
    }
    i = runEnd + 1;
  }
  return names;
}

/** People and place names mentioned in the article, in text order (every mention). */
export function extractNames(doc: TextDoc): NameMention[] {
  return namesFromTokens(doc.nfc, tokenize(doc.nfc));
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const ALL_MARKS = /[\u0300-\u036f]/g;

/** Letters without any diacritic, lower case, đ → d: "Lường" → "luong". */
export function skeleton(word: string): string {
  return word.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * A syllable's letters and tone, independent of where the tone mark sits (old "hòa" and new
 * "hoà" agree), lower case: "Thắng" → "thăng1".
 */
export function syllableSignature(word: string): string {
  const nfd = word.normalize('NFD');
  let tone = '0';
  let base = '';
  for (const ch of nfd) {
    if (TONE_MARKS.test(ch)) tone = ch;
    else base += ch;
  }
  return base.normalize('NFC').toLowerCase() + '|' + tone;
}
