// Display names of sections and article kinds (outline, hovers, completion), Vietnamese and English.

import type { ArticleKind, LocalText, Locale, SectionName } from '../core/types';

export const SECTION_LABELS: Record<SectionName, LocalText> = {
  title: { vi: 'Tiêu đề', en: 'Title' },
  dateline: { vi: 'Thời gian đăng', en: 'Dateline' },
  opening: { vi: 'Mở đầu', en: 'Opening' },
  attendees: { vi: 'Thành phần tham dự', en: 'Attendees' },
  achievements: { vi: 'Kết quả đạt được', en: 'Achievements' },
  shortcomings: { vi: 'Tồn tại, hạn chế', en: 'Shortcomings' },
  discussion: { vi: 'Thảo luận', en: 'Discussion' },
  directives: { vi: 'Phát biểu chỉ đạo', en: 'Directives' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  tasks: { vi: 'Phương hướng, nhiệm vụ', en: 'Tasks ahead' },
  commendations: { vi: 'Khen thưởng', en: 'Commendations' },
  captions: { vi: 'Chú thích ảnh', en: 'Photo captions' },
  byline: { vi: 'Tác giả, nguồn', en: 'Byline' },
};

/** What each section holds (hover text). */
export const SECTION_ABOUT: Record<SectionName, LocalText> = {
  title: { vi: 'dòng tiêu đề, thường viết hoa.', en: 'the headline, usually in capitals.' },
  dateline: { vi: 'giờ và ngày đăng tin, đứng riêng một dòng.', en: 'the publication time and date on a line of its own.' },
  opening: { vi: 'thời gian, đơn vị tổ chức, sự kiện, nhiệm kỳ.', en: 'when, who organised it, what event, which term.' },
  attendees: { vi: 'ai chủ trì, ai tới dự và chỉ đạo.', en: 'who presided, who attended and directed.' },
  achievements: { vi: 'kết quả đạt được, kèm số liệu.', en: 'the results, with figures.' },
  shortcomings: { vi: 'những tồn tại, hạn chế.', en: 'limits and weaknesses.' },
  discussion: { vi: 'ý kiến thảo luận của đại biểu.', en: "the delegates' contributions." },
  directives: { vi: 'ý kiến chỉ đạo của lãnh đạo cấp trên.', en: "the superior official's instructions." },
  conclusion: { vi: 'kết luận của chủ trì hội nghị.', en: "the chair's closing remarks." },
  tasks: { vi: 'phương hướng, nhiệm vụ kỳ tới.', en: 'plans for the next period.' },
  commendations: { vi: 'khen thưởng tập thể, cá nhân.', en: 'awards to units and people.' },
  captions: { vi: 'chú thích ảnh, mỗi chú thích một dòng ngắn.', en: 'photo captions, one short line each.' },
  byline: { vi: 'tác giả và đơn vị, hoặc nguồn tin.', en: 'the author and unit, or the source.' },
};

export const KIND_LABELS: Record<ArticleKind, LocalText> = {
  'so-ket-giua-nhiem-ky': { vi: 'Sơ kết giữa nhiệm kỳ', en: 'Mid-term review' },
  'tong-ket-nam': { vi: 'Tổng kết năm', en: 'Year-end review' },
  'lam-viec-doan-cong-tac': { vi: 'Đoàn công tác làm việc', en: 'Working visit of a delegation' },
  'hoi-nghi-bch': { vi: 'Hội nghị Ban Chấp hành', en: 'Executive Committee meeting' },
  'ky-hop-hdnd': { vi: 'Kỳ họp HĐND', en: "People's Council session" },
  'dai-hoi-chi-bo': { vi: 'Đại hội chi bộ', en: 'Party cell congress' },
  'so-ket-dinh-ky': { vi: 'Sơ kết 6 tháng, 9 tháng, quý', en: 'Periodic review' },
  'giao-ban': { vi: 'Giao ban', en: 'Briefing' },
  'dai-hoi-dang-bo': { vi: 'Đại hội Đảng bộ', en: 'Party committee congress' },
  'tiep-xuc-cu-tri': { vi: 'Tiếp xúc cử tri', en: 'Meeting with voters' },
  'bau-cu': { vi: 'Bầu cử', en: 'Election day' },
  other: { vi: 'Khác', en: 'Other' },
};

export function sectionLabel(name: string, locale: Locale): string {
  const label = (SECTION_LABELS as Record<string, LocalText | undefined>)[name];
  return label ? label[locale] : name;
}

export function kindLabel(kind: string, locale: Locale): string {
  const label = (KIND_LABELS as Record<string, LocalText | undefined>)[kind];
  return label ? label[locale] : kind;
}
