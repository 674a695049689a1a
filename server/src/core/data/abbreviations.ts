// Abbreviations common in commune meeting news, with their full forms (hover text and completion).
// Pure data plus a total lookup. Keys are written as in the press; lookups also accept an en dash
// or hyphen in compounds (KT-XH, KT–XH) and "Ð" (U+00D0) standing in for "Đ".

export interface Abbreviation {
  abbr: string;
  /** The Vietnamese full form. */
  vi: string;
  /** An English gloss. */
  en: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbr: 'HĐND', vi: 'Hội đồng nhân dân', en: "People's Council" },
  { abbr: 'UBND', vi: 'Ủy ban nhân dân', en: "People's Committee" },
  { abbr: 'MTTQ', vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  { abbr: 'UBMTTQ', vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front Committee' },
  { abbr: 'BCH', vi: 'Ban Chấp hành', en: 'Executive Committee' },
  { abbr: 'BTV', vi: 'Ban Thường vụ', en: 'Standing Committee' },
  { abbr: 'TT', vi: 'Thường trực (cũng có thể là: thị trấn, trung tâm)', en: 'Standing body (also: township, centre)' },
  { abbr: 'HU', vi: 'Huyện ủy', en: 'District Party Committee' },
  { abbr: 'ĐU', vi: 'Đảng ủy', en: 'Party Committee' },
  { abbr: 'TU', vi: 'Tỉnh ủy (cũng có thể là: Thành ủy, Thị ủy)', en: 'Provincial Party Committee (also: city / town Party Committee)' },
  { abbr: 'CB', vi: 'cán bộ', en: 'official(s)' },
  { abbr: 'ĐV', vi: 'đảng viên', en: 'Party member(s)' },
  { abbr: 'TCCSĐ', vi: 'tổ chức cơ sở đảng', en: 'grassroots Party organisation' },
  { abbr: 'CCHC', vi: 'cải cách hành chính', en: 'administrative reform' },
  { abbr: 'TTHC', vi: 'thủ tục hành chính', en: 'administrative procedures' },
  { abbr: 'NTM', vi: 'nông thôn mới', en: 'new countryside (national programme)' },
  { abbr: 'HTXSNV', vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'completed duties with distinction' },
  { abbr: 'HTTNV', vi: 'hoàn thành tốt nhiệm vụ', en: 'completed duties well' },
  { abbr: 'HTNV', vi: 'hoàn thành nhiệm vụ', en: 'completed duties' },
  { abbr: 'KHTNV', vi: 'không hoàn thành nhiệm vụ', en: 'did not complete duties' },
  { abbr: 'LLCT', vi: 'lý luận chính trị', en: 'political theory' },
  { abbr: 'KT-XH', vi: 'kinh tế – xã hội', en: 'socio-economic' },
  { abbr: 'QP-AN', vi: 'quốc phòng – an ninh', en: 'defence and security' },
  { abbr: 'ANTT', vi: 'an ninh trật tự', en: 'security and order' },
  { abbr: 'BHYT', vi: 'bảo hiểm y tế', en: 'health insurance' },
  { abbr: 'BHXH', vi: 'bảo hiểm xã hội', en: 'social insurance' },
  { abbr: 'CCB', vi: 'Cựu chiến binh', en: "Veterans' Association" },
  { abbr: 'ĐTN', vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  { abbr: 'HLHPN', vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" },
  { abbr: 'HND', vi: 'Hội Nông dân', en: "Farmers' Association" },
  { abbr: 'CT-XH', vi: 'chính trị – xã hội', en: 'socio-political' },
  { abbr: 'UBKT', vi: 'Ủy ban Kiểm tra', en: 'Inspection Committee' },
  { abbr: 'BCĐ', vi: 'Ban Chỉ đạo', en: 'Steering Committee' },
  { abbr: 'HTX', vi: 'hợp tác xã', en: 'cooperative' },
  { abbr: 'ANQP', vi: 'an ninh – quốc phòng', en: 'security and defence' },
];

function key(text: string): string {
  return text.normalize('NFC').replace(/\u00d0/g, 'Đ').replace(/[\u2013\u2014\u2012]/g, '-');
}

const BY_KEY: ReadonlyMap<string, Abbreviation> = new Map(ABBREVIATIONS.map((a) => [key(a.abbr), a]));

/** The abbreviation written as `text` (exact case), or undefined. Total. */
export function lookupAbbreviation(text: unknown): Abbreviation | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 12) return undefined;
  return BY_KEY.get(key(text));
}
