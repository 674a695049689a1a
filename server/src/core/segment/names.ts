// Section names as an editor says them, for messages (Vietnamese and English).

import { SECTION_NAMES, type LocalText, type SectionName } from '../types';

export const SECTION_WORDS: Record<SectionName, LocalText> = {
  title: { vi: 'tiêu đề', en: 'title' },
  dateline: { vi: 'thời gian đăng', en: 'dateline' },
  opening: { vi: 'mở đầu', en: 'opening' },
  attendees: { vi: 'thành phần tham dự', en: 'attendees' },
  achievements: { vi: 'kết quả đạt được', en: 'achievements' },
  shortcomings: { vi: 'tồn tại, hạn chế', en: 'shortcomings' },
  discussion: { vi: 'ý kiến thảo luận', en: 'discussion' },
  directives: { vi: 'ý kiến chỉ đạo', en: 'directives' },
  conclusion: { vi: 'kết luận', en: 'conclusion' },
  tasks: { vi: 'phương hướng, nhiệm vụ', en: 'tasks ahead' },
  commendations: { vi: 'khen thưởng', en: 'commendations' },
  captions: { vi: 'chú thích ảnh', en: 'photo captions' },
  byline: { vi: 'dòng tác giả', en: 'byline' },
};

/** Sections that are part of the running text (not title, dateline, captions or byline). */
export const BODY_SECTIONS: ReadonlySet<SectionName> = new Set(
  SECTION_NAMES.slice(SECTION_NAMES.indexOf('opening'), SECTION_NAMES.indexOf('commendations') + 1),
);
