// Real-word confusions: each wrong form is made of real syllables, so a syllable spell checker
// accepts it. `right` is the standard spelling as listed in the source; `reason` says why.
// Sources:
//   HP   = Từ điển tiếng Việt, Hoàng Phê chủ biên (Viện Ngôn ngữ học, Vietlex)
//   ĐDA  = Hán-Việt từ điển, Đào Duy Anh (for the Sino-Vietnamese morpheme behind the spelling)
//   STCT = Sổ tay chính tả tiếng Việt (the usual school handbook rules: s/x, tr/ch, d/gi/r, hỏi/ngã)
// Matching is on whole words, case-insensitive, NFC. `notBefore` / `notAfter` list words that make
// the "wrong" form legitimate when they stand just before / after it.

export interface Confusable {
  wrong: string;
  right: string;
  reason: { vi: string; en: string };
  source: string;
  /** Safe to fix automatically (the wrong form has no legitimate reading in this genre). */
  safe: boolean;
  notBefore?: readonly string[];
  notAfter?: readonly string[];
}

const HP = 'Từ điển tiếng Việt (Hoàng Phê chủ biên)';
const HP_DDA = 'Từ điển tiếng Việt (Hoàng Phê chủ biên); Hán-Việt từ điển (Đào Duy Anh)';
const STCT = 'Sổ tay chính tả tiếng Việt; Từ điển tiếng Việt (Hoàng Phê chủ biên)';

const c = (
  wrong: string,
  right: string,
  vi: string,
  en: string,
  source: string,
  extra: Partial<Pick<Confusable, 'safe' | 'notBefore' | 'notAfter'>> = {},
): Confusable => ({ wrong, right, reason: { vi, en }, source, safe: extra.safe ?? true, ...extra });

export const CONFUSABLES: readonly Confusable[] = [
  c('sảy ra', 'xảy ra', '“xảy ra” là diễn ra, xuất hiện; “sảy” là sàng sảy, sảy thai', '“xảy ra” means to happen; “sảy” means to winnow or miscarry', HP),
  c('sẩy ra', 'xảy ra', '“xảy ra” là diễn ra, xuất hiện', '“xảy ra” means to happen', HP),
  c('chuẩn đoán', 'chẩn đoán', '“chẩn” (診) là khám bệnh; “chẩn đoán” là xác định bệnh', '“chẩn” (診) means to examine a patient', HP_DDA),
  c('sát nhập', 'sáp nhập', '“sáp” (插) là cắm vào, nhập vào; “sáp nhập” là gộp vào', '“sáp” (插) means to insert; “sáp nhập” means to merge', HP_DDA),
  c('xát nhập', 'sáp nhập', '“sáp nhập” là gộp vào', '“sáp nhập” means to merge', HP_DDA),
  c('tinh sảo', 'tinh xảo', '“xảo” (巧) là khéo', '“xảo” (巧) means skilful', HP_DDA),
  c('suất sắc', 'xuất sắc', '“xuất” (出) là vượt lên', '“xuất” (出) means to stand out', HP_DDA),
  c('xuất xắc', 'xuất sắc', '“sắc” (色) trong “xuất sắc”', '“sắc” (色) as in “xuất sắc”', HP_DDA),
  c('xắp xếp', 'sắp xếp', 'viết “sắp xếp” (s trước, x sau)', 'spelled “sắp xếp” (s, then x)', STCT),
  c('sắp sếp', 'sắp xếp', 'viết “sắp xếp” (s trước, x sau)', 'spelled “sắp xếp” (s, then x)', STCT),
  c('chỉnh chu', 'chỉn chu', '“chỉn chu” là chu đáo, cẩn thận; không có “chỉnh chu”', '“chỉn chu” means neat and careful', HP),
  c('vô hình chung', 'vô hình trung', '“trung” (中) là trong: “vô hình trung” là một cách không ngờ tới', '“trung” (中) means within', HP_DDA),
  c('chau chuốt', 'trau chuốt', '“trau chuốt” là sửa sang cho đẹp; “chau” là chau mày', '“trau chuốt” means to polish; “chau” is to frown', HP),
  c('chau dồi', 'trau dồi', '“trau dồi” là rèn luyện cho giỏi hơn', '“trau dồi” means to cultivate', HP),
  c('bàng quang', 'bàng quan', '“bàng quan” (旁觀) là đứng ngoài, thờ ơ; “bàng quang” là bọng đái', '“bàng quan” (旁觀) means indifferent; “bàng quang” is the bladder', HP_DDA, {
    safe: false,
    notBefore: ['ung', 'thư', 'viêm', 'sỏi', 'túi', 'bệnh', 'nang', 'khối', 'cơ', 'thành', 'nội', 'soi', 'siêu', 'âm'],
    notAfter: ['tăng', 'hoạt', 'thần', 'kinh', 'bị', 'bệnh', 'của'],
  }),
  c('đói với', 'đối với', '“đối với” là quan hệ từ chỉ đối tượng; “đói” là thiếu ăn', '“đối với” means towards/regarding; “đói” means hungry', HP, {
    safe: false,
    notBefore: ['no', 'nghèo', 'bị', 'chịu', 'cơn', 'cảnh', 'nạn'],
  }),
  c('nhận dân', 'nhân dân', '“nhân dân” là người dân nói chung', '“nhân dân” means the people', HP, {
    safe: false,
    notBefore: ['tiếp', 'xác', 'công', 'thừa', 'ghi', 'cảm', 'nhìn', 'được', 'giao', 'bàn', 'tiếp'],
  }),
  c('sử lý', 'xử lý', '“xử” (處) là giải quyết; “xử lý” là giải quyết', '“xử” (處) means to handle', HP_DDA),
  c('xử dụng', 'sử dụng', '“sử” (使) là dùng', '“sử” (使) means to use', HP_DDA),
  c('sử phạt', 'xử phạt', '“xử phạt” là xét xử và phạt', '“xử phạt” means to sanction', HP_DDA),
  c('sơ xuất', 'sơ suất', '“sơ suất” (疏率) là thiếu cẩn thận', '“sơ suất” (疏率) means careless', HP_DDA),
  c('bổ xung', 'bổ sung', '“sung” (充) là làm cho đầy', '“sung” (充) means to fill up', HP_DDA),
  c('chia xẻ', 'chia sẻ', '“chia sẻ” là cùng hưởng, cùng chịu', '“chia sẻ” means to share', HP),
  c('tranh dành', 'tranh giành', '“giành” là tranh lấy về mình; “dành” là để riêng ra', '“giành” means to seize; “dành” means to set aside', HP),
  c('giành cho', 'dành cho', '“dành cho” là để riêng cho', '“dành cho” means reserved for', HP, {
    safe: false,
    notAfter: ['được', 'bằng'],
  }),
  c('dành giật', 'giành giật', '“giành giật” là tranh lấy', '“giành giật” means to grab', HP),
  c('năng xuất', 'năng suất', '“suất” (率) là tỉ lệ, mức', '“suất” (率) means rate', HP_DDA),
  c('công xuất', 'công suất', '“công suất” (功率) là sức làm việc', '“công suất” (功率) means capacity/power', HP_DDA),
  c('sản suất', 'sản xuất', '“xuất” (出) là làm ra', '“xuất” (出) means to put out', HP_DDA),
  c('suất khẩu', 'xuất khẩu', '“xuất” (出) là đưa ra', '“xuất” (出) means out', HP_DDA),
  c('suất xứ', 'xuất xứ', '“xuất xứ” (出處) là nơi sinh ra', '“xuất xứ” (出處) means origin', HP_DDA),
  c('đột suất', 'đột xuất', '“đột xuất” (突出) là bất ngờ, ngoài kế hoạch', '“đột xuất” (突出) means unscheduled', HP_DDA),
  c('cọ sát', 'cọ xát', '“cọ xát” là chà đi chà lại, va chạm', '“cọ xát” means to rub', HP),
  c('sâu chuỗi', 'xâu chuỗi', '“xâu” là xuyên qua thành chuỗi', '“xâu” means to thread', HP),
  c('sát xao', 'sát sao', '“sát sao” là sâu sát, chặt chẽ', '“sát sao” means close and careful', HP),
  c('xát sao', 'sát sao', '“sát sao” là sâu sát, chặt chẽ', '“sát sao” means close and careful', HP),
  c('chặt chẻ', 'chặt chẽ', '“chẽ” mang dấu ngã', '“chẽ” takes the ngã tone', STCT),
  c('lảng phí', 'lãng phí', '“lãng” (浪) mang dấu ngã', '“lãng” (浪) takes the ngã tone', HP_DDA),
  c('lảnh đạo', 'lãnh đạo', '“lãnh” (領) mang dấu ngã', '“lãnh” (領) takes the ngã tone', HP_DDA),
  c('kỹ luật', 'kỷ luật', '“kỷ” (紀) trong kỷ luật, kỷ niệm mang dấu hỏi', '“kỷ” (紀) takes the hỏi tone', HP_DDA),
  c('kỹ niệm', 'kỷ niệm', '“kỷ” (紀) mang dấu hỏi', '“kỷ” (紀) takes the hỏi tone', HP_DDA),
  c('kỷ thuật', 'kỹ thuật', '“kỹ” (技) trong kỹ thuật, kỹ năng mang dấu ngã', '“kỹ” (技) takes the ngã tone', HP_DDA),
  c('kỷ năng', 'kỹ năng', '“kỹ” (技) mang dấu ngã', '“kỹ” (技) takes the ngã tone', HP_DDA),
  c('trú trọng', 'chú trọng', '“chú” (注) là dồn vào', '“chú” (注) means to focus', HP_DDA),
  c('chẩn bị', 'chuẩn bị', '“chuẩn” (準) là sẵn sàng', '“chuẩn” (準) means to get ready', HP_DDA),
  c('dám sát', 'giám sát', '“giám” (監) là trông coi', '“giám” (監) means to oversee', HP_DDA, { notAfter: ['cánh'] }),
  c('chăn trở', 'trăn trở', '“trăn trở” là day dứt, suy nghĩ nhiều', '“trăn trở” means to be troubled', HP),
  c('xâu sắc', 'sâu sắc', '“sâu sắc” là sâu, thấu đáo', '“sâu sắc” means profound', HP),
  c('suyên suốt', 'xuyên suốt', '“xuyên” (穿) là đi qua', '“xuyên” (穿) means through', HP_DDA),
  c('ứng sử', 'ứng xử', '“xử” (處) là đối xử', '“xử” (處) means to behave', HP_DDA),
  c('cư sử', 'cư xử', '“xử” (處) là đối xử', '“xử” (處) means to behave', HP_DDA),
  c('tuyên chuyền', 'tuyên truyền', '“truyền” (傳) là truyền đi', '“truyền” (傳) means to transmit', HP_DDA),
  c('chuyền thống', 'truyền thống', '“truyền” (傳) là trao lại', '“truyền” (傳) means to hand down', HP_DDA),
  c('dữ gìn', 'giữ gìn', '“giữ gìn” là bảo vệ cho khỏi mất', '“giữ gìn” means to preserve', HP),
  c('dàng buộc', 'ràng buộc', '“ràng buộc” là buộc chặt, hạn chế', '“ràng buộc” means to bind', HP),
  c('khuyếch trương', 'khuếch trương', '“khuếch” (擴) là mở rộng', '“khuếch” (擴) means to expand', HP_DDA),
  c('khuyếch đại', 'khuếch đại', '“khuếch” (擴) là mở rộng', '“khuếch” (擴) means to expand', HP_DDA),
  c('xúc tích', 'súc tích', '“súc tích” (蓄積) là ngắn gọn mà nhiều ý', '“súc tích” means concise', HP_DDA),
  c('súc tiến', 'xúc tiến', '“xúc” (促) là thúc đẩy', '“xúc” (促) means to promote', HP_DDA),
  c('xáng lập', 'sáng lập', '“sáng” (創) là lập ra', '“sáng” (創) means to found', HP_DDA),
  c('sắc xảo', 'sắc sảo', '“sắc sảo” là tinh nhanh', '“sắc sảo” means sharp-witted', HP),
  c('rõ dàng', 'rõ ràng', '“ràng” viết với r', '“ràng” is spelled with r', STCT),
  c('rỏ ràng', 'rõ ràng', '“rõ” mang dấu ngã', '“rõ” takes the ngã tone', STCT),
  c('dản dị', 'giản dị', '“giản” (簡) là đơn giản', '“giản” (簡) means simple', HP_DDA),
  c('sơ xài', 'sơ sài', '“sơ sài” là qua loa', '“sơ sài” means sketchy', HP),
  c('xơ sài', 'sơ sài', '“sơ sài” là qua loa', '“sơ sài” means sketchy', HP),
  c('dành thắng lợi', 'giành thắng lợi', '“giành” là tranh lấy về mình', '“giành” means to win/seize', HP),
  c('thảo thuận', 'thảo luận', '“thảo luận” (討論) là bàn bạc, trao đổi ý kiến', '“thảo luận” (討論) means to discuss', HP_DDA),
  c('tiếp tục cử tri', 'tiếp xúc cử tri', '“tiếp xúc cử tri” là gặp gỡ, lắng nghe cử tri; “tiếp tục” là làm tiếp', '“tiếp xúc cử tri” means meeting voters; “tiếp tục” means to continue', HP, { safe: false }),
];
