// Decides whether a plain-text or Markdown file is a Vietnamese meeting news item worth checking.
// Pure and total; looks only at the first few thousand characters so it stays cheap on big files.

const SAMPLE = 6000;

// Letters that only Vietnamese writing uses (precomposed, NFC), lower case.
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/g;
const LETTER = /\p{L}/gu;

/** Words that name the event itself; at least one must be present. */
const EVENT_CUES: readonly RegExp[] = [
  /hội nghị/,
  /k[ỳìý] họp/,
  /đại hội/,
  /giao ban/,
  /sơ kết/,
  /tổng kết/,
  /buổi làm việc|làm việc với/,
  /phiên họp|cuộc họp/,
];

/** Words of the genre's organisations and places. */
const SETTING_CUES: readonly RegExp[] = [
  /đảng [uủ][yỷ]/,
  /\bubnd\b|ủy ban nhân dân|uỷ ban nhân dân/,
  /\bhđnd\b|hội đồng nhân dân/,
  /\bmttq\b|mặt trận tổ quốc/,
  /xã(?! hội)/,
  /phường|thị trấn|đặc khu/,
  /chi bộ|đảng bộ/,
  /ban chấp hành|\bbch\b|ban thường vụ/,
  /đồng chí|(?:^|[^\p{L}])đ\/c(?!\p{L})/u,
  /chủ trì|chỉ đạo|tham dự|tới dự/,
  /nhiệm kỳ|nghị quyết/,
];

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * True when `text` clearly is a Vietnamese meeting article: enough Vietnamese letters, at least
 * one event word ("hội nghị", "kỳ họp", …) and at least two words of the setting ("Đảng ủy",
 * "UBND", "xã", "đồng chí", …). An English README gets false.
 */
export function looksLikeArticle(text: unknown): boolean {
  if (typeof text !== 'string' || text.length < 40) return false;
  const sample = text.slice(0, SAMPLE).normalize('NFC').replace(/\u00d0/g, 'Đ').toLowerCase();
  const letters = count(LETTER, sample);
  if (letters < 60) return false;
  const vietnamese = count(VIETNAMESE_LETTER, sample);
  if (vietnamese / letters < 0.08) return false;
  if (!EVENT_CUES.some((re) => re.test(sample))) return false;
  let setting = 0;
  for (const re of SETTING_CUES) if (re.test(sample)) setting++;
  return setting >= 2;
}
