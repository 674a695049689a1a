// Spelling suggestions for a Vietnamese syllable: candidates one edit away (tone, vowel mark,
// onset convention, one letter deleted / inserted / replaced / swapped) that are attested, ranked by
// the kind of edit and then by how common the syllable is in news text.

import { inList, parseSyllable } from './syllable';
import { putTone, splitTone, toneIndex, type Tone } from './tone';

/** Common syllables of Vietnamese news, most frequent first (a tie-breaker for suggestions). */
const COMMON = (
  'của và các có được trong là cho những với đã người này một không để năm xã đến về theo từ tại ' +
  'thực hiện đồng chí hội nghị công tác đảng ủy uỷ ban nhân dân kết quả nhiệm vụ phát triển kinh tế ' +
  'thời gian tốt tổ chức lãnh đạo chỉ quản lý trên đó cũng như khi đề tiếp tục tăng cường giải pháp ' +
  'sản xuất nông mới văn hoá xây dựng chính quyền cán bộ viên chi tình hình ra vào sự việc làm nhiều ' +
  'đạt hoàn thành tiêu kế hoạch vượt còn hạn chế tuy nhiên đánh giá triển khai thảo luận ý kiến phương ' +
  'hướng trọng tâm biểu dương khen thưởng tập thể cá an ninh trật tự quốc phòng y giáo dục môi trường ' +
  'đất đai thu ngân sách nhà nước đầu tư phong trào thi đua dự chủ trì phó bí thư tịch huyện tỉnh thôn ' +
  'bản tổng sơ giữa quý tháng ngày sáng chiều đại thường trực vấn đề cơ sở hệ thống toàn bộ mặt trận ' +
  'đoàn thể nội dung báo cáo số lượng chất tỷ lệ mức thu nhập bình quân hộ nghèo cao sơn trung ương ' +
  'đúng luật pháp cấp ủy quan tâm hỗ trợ vốn đường giao thông điện nước sạch lớn nhỏ đầy đủ rất hơn ' +
  'năng lực trách cao học sinh trường lớp bệnh viện sức khoẻ an toàn đồng thời bảo đảm thuận lợi khó ' +
  'khăn tồn tại yếu kém nguyên nhân biện tích cực chủ động phối hợp'
).split(' ');
const RANK = new Map<string, number>();
COMMON.forEach((w, i) => {
  if (!RANK.has(w)) RANK.set(w, i);
});

const MARK_VARIANTS: Record<string, string> = {
  a: 'ăâ', ă: 'aâ', â: 'aă', e: 'ê', ê: 'e', o: 'ôơ', ô: 'oơ', ơ: 'oô', u: 'ư', ư: 'u', d: 'đ', đ: 'd', i: 'y', y: 'i',
};
const ALPHABET = [...'abcdđeêghiklmnoôơpqrstuưvxyaăâ'];

export interface Suggestion {
  word: string;
  cost: number;
}

/** Builds a syllable from toneless letters and a tone, mark placed in the new style. */
function build(letters: string, tone: Tone): string {
  if (tone === 0) return letters;
  const at = toneIndex(letters, 'new');
  return at < 0 ? letters : putTone(letters, at, tone);
}

/**
 * Attested syllables near `lower` (a lower-case NFC token), best first, at most `limit`.
 * Cost: onset spelling convention 0.5, tone 1, vowel mark 1, delete 1, swap 1.2, insert 1.4, replace 1.5.
 */
export function suggest(lower: string, limit = 3): Suggestion[] {
  if (lower.length === 0 || lower.length > 10) return [];
  const { letters, tone } = splitTone(lower);
  const best = new Map<string, number>();
  const add = (l: string, t: Tone, cost: number): void => {
    const w = build(l, t);
    if (w === lower || !inList(w) || parseSyllable(w) === null) return;
    const prev = best.get(w);
    if (prev === undefined || cost < prev) best.set(w, cost);
  };
  const tones: Tone[] = [0, 1, 2, 3, 4, 5];
  // Onset conventions: ngi → nghi, ngh/gh before a back vowel, k/c.
  const onsetFixes: Array<[RegExp, string]> = [
    [/^ng(?=[iêe])/, 'ngh'],
    [/^g(?=[êe])/, 'gh'],
    [/^ngh(?=[^iêey])/, 'ng'],
    [/^gh(?=[^iêey])/, 'g'],
    [/^k(?=[^iêey])/, 'c'],
    [/^c(?=[iêey])/, 'k'],
    [/^q(?=[^u])/, 'qu'],
  ];
  for (const [re, rep] of onsetFixes) {
    if (re.test(letters)) {
      const l = letters.replace(re, rep);
      add(l, tone, 0.5);
      for (const t of tones) add(l, t, 1.5);
    }
  }
  // Same letters, misplaced tone (build re-places it).
  add(letters, tone, 0.2);
  for (const t of tones) if (t !== tone) add(letters, t, 1);
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    const variants = MARK_VARIANTS[ch] ?? '';
    for (const v of variants) {
      const l = letters.slice(0, i) + v + letters.slice(i + 1);
      add(l, tone, 1);
      for (const t of tones) if (t !== tone) add(l, t, 2);
    }
    const deleted = letters.slice(0, i) + letters.slice(i + 1);
    add(deleted, tone, 1);
    for (const t of tones) if (t !== tone) add(deleted, t, 2);
    if (i + 1 < letters.length) add(letters.slice(0, i) + letters[i + 1] + letters[i] + letters.slice(i + 2), tone, 1.2);
    for (const c of ALPHABET) {
      if (c !== ch) add(letters.slice(0, i) + c + letters.slice(i + 1), tone, 1.5);
      add(letters.slice(0, i) + c + letters.slice(i), tone, 1.4);
    }
  }
  for (const c of ALPHABET) add(letters + c, tone, 1.4);
  return [...best.entries()]
    .map(([word, cost]) => ({ word, cost }))
    .sort((a, b) => a.cost - b.cost || (RANK.get(a.word) ?? 1e6) - (RANK.get(b.word) ?? 1e6) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit);
}

/** Gives `word` the case pattern of `model` (ALL CAPS, Capitalised or lower). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0] ?? '';
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
