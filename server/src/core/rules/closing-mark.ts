// closing-mark: the body of an article that follows the administrative convention ends with "./.".
// The convention is a house style of commune offices, not a rule of journalism, so the rule only
// speaks when the article is signed by a unit (the byline names an office, station or commune:
// "Dương Tập – UBND xã Cao Sơn", "Văn phòng Đảng ủy xã") and its last body paragraph ends with a
// plain full stop. The fix turns that "." into "./.".

import { BODY_SECTIONS } from '../segment/names';
import type { LocalText, Report, Rule, Section } from '../types';

const messages: Record<string, LocalText> = {
  missingMark: {
    vi: 'Thân bài nên kết thúc bằng dấu “./.” theo thể thức tin của đơn vị.',
    en: 'The body should end with “./.” as the unit\'s news items do.',
  },
  addMark: { vi: 'Thêm “./.” vào cuối thân bài', en: 'End the body with “./.”' },
  garbledMark: {
    vi: 'Dấu kết thúc “{mark}” viết sai; dạng đúng là “./.”.',
    en: 'The closing mark “{mark}” is garbled; it is written “./.”.',
  },
  fixMark: { vi: 'Sửa “{mark}” thành “./.”', en: 'Change “{mark}” to “./.”' },
};

/** A byline that names an office or commune unit, the sign of an administrative portal item. */
const UNIT_BYLINE =
  /(?:^|[\s:–—-])(?:xã|phường|đặc khu|thị trấn|văn phòng|đài truyền thanh|đài|ubnd|hđnd|ủy ban|uỷ ban|đảng ủy|đảng uỷ|ban biên tập|trang thông tin|cổng thông tin|trung tâm|huyện ủy|huyện uỷ)(?=[\s,.]|$)/u;
const PLAIN_STOP = /[^.…/]\.$/u;
/** "./" (last stop lost), ". /." (spaced), "/." (first stop lost) at the very end. */
const GARBLED_MARK = /(?:\.\s*\/|\.\s+\/\s*\.|(?<=\p{L}|\p{N}|[\s)”"])\/\.)$/u;

export const closingMark: Rule = {
  id: 'closing-mark',
  category: 'structure',
  description: { vi: 'Thiếu dấu kết thúc “./.”', en: 'Missing closing mark “./.”' },
  defaultSeverity: 'information',
  fixable: true,
  messages,
  check(ctx) {
    let lastBody: Section | undefined;
    let byline: Section | undefined;
    for (const s of ctx.sections) {
      if (BODY_SECTIONS.has(s.name)) lastBody = s;
      else if (s.name === 'byline' && byline === undefined) byline = s;
    }
    if (!lastBody) return [];
    const body = ctx.doc.nfc.slice(lastBody.start, lastBody.end).trimEnd();
    const tailStart = Math.max(0, body.length - 12);
    const garbled = GARBLED_MARK.exec(body.slice(tailStart));
    if (garbled) {
      // "./" or ". /." or "/.": a mark was meant, whatever the convention
      const start = lastBody.start + tailStart + garbled.index;
      const end = lastBody.start + body.length;
      return [
        {
          start,
          end,
          messageId: 'garbledMark',
          values: { mark: garbled[0] },
          fixes: [{ titleId: 'fixMark', values: { mark: garbled[0] }, edits: [{ start, end, newText: './.' }], safe: true }],
        },
      ];
    }
    if (!byline || byline.start < lastBody.end) return [];
    const signature = ctx.doc.nfc.slice(byline.start, byline.end).toLowerCase();
    if (!UNIT_BYLINE.test(signature)) return [];
    if (!PLAIN_STOP.test(body)) return [];
    const dot = lastBody.start + body.length - 1;
    const report: Report = {
      start: dot,
      end: dot + 1,
      messageId: 'missingMark',
      fixes: [{ titleId: 'addMark', edits: [{ start: dot, end: dot + 1, newText: './.' }], safe: true }],
    };
    return [report];
  },
};
