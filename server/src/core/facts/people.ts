// People named in the article and their titles, for the facts panel:
//   "đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy"
//   "Chủ tịch UBND xã Nguyễn Văn An phát biểu …"
// A title follows the name after a comma, or stands right before it in the same clause, and starts
// with a title word (Bí thư, Chủ tịch, Ủy viên, Trưởng, Phó …). One entry per name (exact text),
// every mention kept. Offsets are NFC. Linear in the text; total.

import type { Span } from '../types';
import { namesOf, type NameMention } from './names';

export interface PersonFact {
  name: string;
  /** The first title found next to one of the mentions. */
  title?: string;
  titleSpan?: Span;
  mentions: Span[];
}

const TITLE_WORD = String.raw`(?:Phó\s+)?(?:Bí\s+thư|Chủ\s+tịch|Ủy\s+viên|Uỷ\s+viên|Trưởng|Giám\s+đốc|Chánh|Thường\s+trực|Tỉnh\s+[uủ]y\s+viên|Huyện\s+[uủ]y\s+viên|Thành\s+[uủ]y\s+viên|Đảng\s+[uủ]y\s+viên|Đại\s+biểu\s+Quốc\s+hội|Chủ\s+nhiệm|Hiệu\s+trưởng|Chỉ\s+huy\s+trưởng|Thủ\s+trưởng|Tổng\s+Bí\s+thư|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+trì)`;
const TITLE_START = new RegExp(`^${TITLE_WORD}(?![\\p{L}])`, 'u');
const TITLE_ANYWHERE = new RegExp(`(?<![\\p{L}])${TITLE_WORD}(?![\\p{L}])`, 'gu');
/** Where a title after a name stops: a clause mark, or a verb that starts the rest of the sentence. */
const TITLE_STOP = /[;.:()\n\r]|\s(?:đã|đến|phát\s+biểu|chủ\s+trì|đề\s+nghị|nhấn\s+mạnh|cho\s+biết|ghi\s+nhận|yêu\s+cầu|trình\s+bày|khẳng\s+định|tới\s+dự|dự|và\s+(?=đồng\s+chí|ông|bà|các))(?![\p{L}])/u;
const CUE_AT_END = /\s*(?:đồng\s+chí|Đồng\s+chí|đ\/c|Đ\/c|ông|Ông|bà|Bà)\s*$/u;
const MAX_TITLE = 160;

function titleAfter(text: string, end: number): Span | undefined {
  const m = /^\s*[,–-]\s*/u.exec(text.slice(end, end + 4));
  if (!m) return undefined;
  const start = end + m[0].length;
  if (!TITLE_START.test(text.slice(start, start + 40))) return undefined;
  const window = text.slice(start, start + MAX_TITLE);
  let stop = window.search(TITLE_STOP);
  if (stop < 0) stop = window.length;
  // keep comma-separated parts only while each starts with a title word ("…, Trưởng Ban …")
  let cut = 0;
  for (let at = 0; at < stop; ) {
    const comma = window.indexOf(',', at);
    const partEnd = comma < 0 || comma > stop ? stop : comma;
    cut = partEnd;
    if (partEnd === stop) break;
    const next = window.slice(partEnd + 1).replace(/^\s+/, '');
    if (!TITLE_START.test(next)) break;
    at = partEnd + 1;
  }
  const title = window.slice(0, cut).trimEnd();
  return title.length >= 3 ? { start, end: start + title.length } : undefined;
}

function titleBefore(text: string, start: number, others: readonly NameMention[]): Span | undefined {
  const from = Math.max(0, start - MAX_TITLE);
  const before = text.slice(from, start);
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(':'), before.lastIndexOf('('));
  const segment = before.slice(clause + 1);
  let last: RegExpExecArray | undefined;
  TITLE_ANYWHERE.lastIndex = 0;
  for (let m = TITLE_ANYWHERE.exec(segment); m; m = TITLE_ANYWHERE.exec(segment)) {
    // "Phó Chủ tịch" matches once; a title word inside an earlier title is not a new start
    if (!last || m.index > last.index + last[0].length) last = m;
  }
  if (!last) return undefined;
  const title = segment.slice(last.index).replace(CUE_AT_END, '').trimEnd();
  if (title.length < 3) return undefined;
  const s = from + clause + 1 + last.index;
  // "Chủ tịch UBND xã Nguyễn Văn A và ông Trần Văn B": that title is A's, not B's
  if (/\svà\s/u.test(title) || others.some((m) => m.kind === 'person' && m.start >= s && m.end <= start)) return undefined;
  return { start: s, end: s + title.length };
}

/** A sentence-initial form of address glued to the name ("Ông Lê Văn Bình"). */
const ADDRESS = /^(?:Ông|Bà|Anh|Chị|Đồng chí)\s+/u;

/** People of the text (NFC), in order of first mention; `names` when already extracted. */
export function extractPeople(text: string, names: readonly NameMention[] = namesOf(text)): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const mention of names) {
    if (mention.kind !== 'person') continue;
    const address = ADDRESS.exec(mention.text);
    const n = address && mention.text.length - address[0].length >= 5 ? { text: mention.text.slice(address[0].length), start: mention.start + address[0].length, end: mention.end } : mention;
    let person = byName.get(n.text);
    if (!person) {
      person = { name: n.text, mentions: [] };
      byName.set(n.text, person);
    }
    person.mentions.push({ start: n.start, end: n.end });
    if (!person.titleSpan) {
      const span = titleAfter(text, n.end) ?? titleBefore(text, n.start, names);
      if (span) {
        person.titleSpan = span;
        person.title = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      }
    }
  }
  return [...byName.values()];
}
