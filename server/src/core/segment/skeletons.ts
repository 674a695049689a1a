// Skeleton paragraphs, one per section: what missing-section inserts and the snippets reuse.
// Each is written so that the segmenter recognises the section it stands for (tested);
// the bracketed parts are placeholders for the writer.

import type { SectionName } from '../types';

export const SECTION_SKELETONS: Record<SectionName, string> = {
  title: '[TÊN ĐƠN VỊ] TỔ CHỨC HỘI NGHỊ [NỘI DUNG]',
  dateline: '08:00 01/01/2024',
  opening: 'Ngày [ngày] tháng [tháng] năm [năm], [đơn vị] tổ chức hội nghị [nội dung hội nghị].',
  attendees: 'Tới dự và chỉ đạo hội nghị có đồng chí [họ tên], [chức vụ]. Tham dự hội nghị có [thành phần tham dự].',
  achievements: 'Báo cáo tại hội nghị cho biết, [kỳ báo cáo] [đơn vị] đã đạt được những kết quả: [kết quả, số liệu].',
  shortcomings: 'Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế: [tồn tại, hạn chế].',
  discussion: 'Các ý kiến thảo luận tại hội nghị [nội dung thảo luận].',
  directives: 'Phát biểu chỉ đạo hội nghị, đồng chí [họ tên], [chức vụ] đề nghị [nội dung chỉ đạo].',
  conclusion: 'Kết luận hội nghị, đồng chí [họ tên], [chức vụ] tiếp thu các ý kiến và [nội dung kết luận].',
  tasks: 'Về phương hướng, nhiệm vụ [thời gian tới], [đơn vị] tập trung [nhiệm vụ, giải pháp].',
  commendations: 'Dịp này, [đơn vị] đã khen thưởng [số] tập thể và [số] cá nhân có thành tích xuất sắc.',
  captions: 'Toàn cảnh hội nghị',
  byline: '[Họ tên tác giả] – [Đơn vị]',
};
