// Section skeletons offered by completion at the start of a paragraph. segment/skeletons.ts
// (SECTION_SKELETONS) supersedes this table when it exists; these are the fallback.
// Bodies are LSP snippets (${n:placeholder}).

import type { SectionName } from '../core/types';

export interface Skeleton {
  section: SectionName;
  body: string;
}

export const FALLBACK_SKELETONS: readonly Skeleton[] = [
  { section: 'opening', body: '${1:Sáng} ngày ${2:25/4/2023}, ${3:Đảng bộ xã …} tổ chức ${4:hội nghị …}, nhiệm kỳ ${5:2020 – 2025}.' },
  { section: 'attendees', body: 'Tới dự và chỉ đạo hội nghị có đồng chí ${1:họ tên}, ${2:chức vụ}. Chủ trì hội nghị có đồng chí ${3:họ tên}, ${4:chức vụ}.' },
  { section: 'achievements', body: 'Trong ${1:năm 2023}, ${2:…} đạt ${3:a}/${4:b} chỉ tiêu, ${5:…}.' },
  { section: 'shortcomings', body: 'Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế như: ${1:…}.' },
  { section: 'discussion', body: 'Tại hội nghị, các đại biểu đã thảo luận, ${1:…}.' },
  { section: 'directives', body: 'Phát biểu chỉ đạo tại hội nghị, đồng chí ${1:họ tên}, ${2:chức vụ} đề nghị ${3:…}.' },
  { section: 'conclusion', body: 'Kết luận hội nghị, đồng chí ${1:họ tên}, ${2:chức vụ} tiếp thu các ý kiến và ${3:…}.' },
  { section: 'tasks', body: 'Về phương hướng, nhiệm vụ ${1:năm 2024}, ${2:…}.' },
  { section: 'commendations', body: 'Dịp này, ${1:…} đã khen thưởng ${2:…} tập thể và ${3:…} cá nhân có thành tích xuất sắc.' },
  { section: 'byline', body: '${1:Tác giả} – ${2:Đài truyền thanh xã …}' },
];

/** The snippet body with placeholders replaced by their default text. */
export function plainText(body: string): string {
  return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}
