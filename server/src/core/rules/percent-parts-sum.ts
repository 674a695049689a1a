// percent-parts-sum: shares of one whole that add up to more than 100%:
// - disjoint rating categories ("98% đảng viên hoàn thành tốt nhiệm vụ trở lên, 4% đảng viên hoàn
//   thành nhiệm vụ" = 102%); sums use exact decimals (×1000); "trên/hơn 95%" counts as 95,
//   "dưới/khoảng" values are not counted; nested shares ("100% … trở lên, trong đó 89% …") are skipped;
// - the sectors of one structure ("cơ cấu lao động: nông nghiệp 48%, công nghiệp 31%, dịch vụ 26%");
// - a share and its complement ("91% hộ đạt …, 12% hộ chưa đạt").
// The last two allow for rounding: half a unit of the last written digit per part.
import { clauseStart, formatViMilli, lowerSameLength } from '../text/numbers';
import type { PercentFact } from '../facts/types';
import type { Report, Rule } from '../types';

/** Nested parts, or another period ("năm 2021 …, năm 2022 …"), end a list. */
const NESTING_RE = /trong đó|riêng|bao gồm|gồm có|(?<!(?:\p{L}|\p{N}))(?:năm|quý|tháng|kỳ|(?:19|20)\d\d)(?!(?:\p{L}|\p{N}))/u;

function disjoint(items: PercentFact[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i].rating!;
      const b = items[j].rating!;
      if (a.from <= b.to && b.from <= a.to) return false;
    }
  }
  return true;
}

const milliOf = (p: PercentFact): number => p.milli ?? Math.round(p.value * 1000);

/** Rounding slack of a written percentage, ×1000: half a unit of its last digit ("48%" → 500, "30,5%" → 50). */
function slack(p: PercentFact): number {
  const decimals = /,(\d+)/.exec(p.text)?.[1].length ?? 0;
  return 500 / 10 ** Math.min(decimals, 3);
}

/** "cơ cấu kinh tế", "tỷ trọng": a structure whose sectors are listed next. */
const STRUCTURE_RE =
  /(?<![\p{L}])(?:cơ cấu|tỷ trọng|tỉ trọng)(?:\s+(?:kinh tế|lao động|giá trị sản xuất|giá trị|thu nhập|ngành kinh tế|các ngành|ngành))?(?![\p{L}])/gu;
/** Economic sectors: the disjoint parts of a structure. */
const SECTOR_RE =
  /(?<![\p{L}])(?:nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|ngư nghiệp|nông, lâm|công nghiệp|xây dựng|thương mại|dịch vụ|du lịch|khu vực (?:i{1,3}|[123])|trồng trọt|chăn nuôi)(?![\p{L}])/u;
/** A change or another period inside a sector's label: not a share of the structure. */
const NOT_A_PART_RE = /\d|tăng|giảm|(?<![\p{L}])(?:từ|lên|xuống|so với|còn|tỷ lệ|tỉ lệ|đã|được|chuyển|sang|của|trên)(?![\p{L}])/u;
/** A sector's label is a short noun phrase ("công nghiệp – tiểu thủ công nghiệp chiếm"). */
const MAX_LABEL_WORDS = 12;

const sectorLabel = (label: string): boolean =>
  SECTOR_RE.test(label) && !NOT_A_PART_RE.test(label) && label.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= MAX_LABEL_WORDS;

/** Shares listed as sectors of a structure in one sentence. */
function structureGroups(text: string, percentages: readonly PercentFact[]): Array<{ label: string; items: PercentFact[] }> {
  const groups: Array<{ label: string; items: PercentFact[] }> = [];
  // lower-case only the windows read (the whole text would cost more than the rule)
  const low = (from: number, to: number): string => lowerSameLength(text.slice(from, to));
  let i = 0;
  while (i < percentages.length) {
    const first = percentages[i];
    const sStart = first.sentence?.start ?? Math.max(0, first.start - 200);
    // the last cue in the 160 characters before the first share (a bounded window keeps this linear)
    const windowStart = Math.max(sStart, first.start - 160);
    const window = low(windowStart, first.start);
    STRUCTURE_RE.lastIndex = 0;
    let cue: { index: number; label: string } | undefined;
    for (let m = STRUCTURE_RE.exec(window); m !== null; m = STRUCTURE_RE.exec(window)) cue = { index: windowStart + m.index, label: m[0] };
    if (!cue) {
      i++;
      continue;
    }
    const items: PercentFact[] = [];
    let from = cue.index;
    let j = i;
    for (; j < percentages.length; j++) {
      const p = percentages[j];
      if (p.sentence?.start !== first.sentence?.start || p.role === 'change' || p.role === 'performance' || p.bound === 'upper') break;
      const between = low(from, p.start);
      if (items.length > 0 && (between.length > 80 || NESTING_RE.test(between))) break;
      // the sector named before the number ("nông nghiệp chiếm 48%") or right after it ("48% nông nghiệp")
      const before = low(Math.max(from, clauseStart(text, p.start, from)), p.start);
      const after = low(p.end, Math.min(p.end + 40, p.sentence?.end ?? p.end + 40)).split(/[,;.:(]/u)[0];
      const labelled = SECTOR_RE.test(before) ? sectorLabel(before) : sectorLabel(after);
      if (!labelled) break;
      items.push(p);
      from = p.end;
    }
    i = Math.max(j, i + 1);
    if (items.length >= 2) groups.push({ label: cue.label, items });
  }
  return groups;
}

interface Predicate {
  negated: boolean;
  /** The words of the predicate up to the end of its clause ("đạt", "chuẩn", "gia", …). */
  words: string[];
}

function predicate(text: string, p: PercentFact): Predicate | undefined {
  const after = text.slice(p.end, Math.min(text.length, p.end + 80)).toLowerCase().split(/[,;:.()\n]/u)[0];
  const whole = p.whole ?? '';
  const counted = after.replace(/^\s*(?:(?:tổng\s+)?số\s+|các\s+)?/u, '');
  if (whole && !counted.startsWith(whole)) return undefined;
  const rest = whole ? counted.slice(whole.length) : after;
  const m = /^\s*(?:gia đình\s+)?(?:(?:đã|đều)\s+)?(?:(chưa|không)\s+)?(?:được\s+)?(\p{L}.*)$/u.exec(rest);
  if (!m) return undefined;
  return { negated: m[1] !== undefined, words: m[2].split(/\s+/u).filter((w) => w !== '') };
}

/** "chưa đạt" completes "đạt danh hiệu …": the negated words repeat the start of the positive ones. */
function completes(negated: Predicate, positive: Predicate): boolean {
  return negated.words.length > 0 && negated.words.length <= positive.words.length && negated.words.every((w, i) => positive.words[i] === w);
}

/** "91% hộ đạt …, 12% hộ chưa đạt": a share of a whole followed by its negated complement. */
function complementPairs(text: string, percentages: readonly PercentFact[]): Array<[PercentFact, PercentFact]> {
  const pairs: Array<[PercentFact, PercentFact]> = [];
  for (let i = 0; i + 1 < percentages.length; i++) {
    const a = percentages[i];
    const b = percentages[i + 1];
    if (a.role !== 'share' || !a.whole || a.rating || b.rating || a.bound === 'upper' || b.bound === 'upper') continue;
    if (b.role === 'change' || b.role === 'performance' || (b.whole && b.whole !== a.whole)) continue;
    if (!a.sentence || a.sentence.start !== b.sentence?.start) continue;
    const between = text.slice(a.end, b.start).toLowerCase();
    if (between.length > 160 || NESTING_RE.test(between)) continue;
    const pa = predicate(text, a);
    const pb = predicate(text, b);
    if (!pa || !pb || pa.negated || !pb.negated || !completes(pb, pa)) continue;
    pairs.push([a, b]);
  }
  return pairs;
}

export const percentPartsSum: Rule = {
  id: 'percent-parts-sum',
  category: 'numbers',
  description: { vi: 'Tổng các tỷ lệ vượt 100%', en: 'Shares of one whole sum above 100%' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    sumAbove100: {
      vi: 'Các tỷ lệ {parts} của cùng tổng số {whole} cộng lại bằng {sum}%, vượt 100%.',
      en: 'The shares {parts} of the same {whole} add up to {sum}%, more than 100%.',
    },
    structureAbove100: {
      vi: 'Các tỷ trọng trong {structure} ({parts}) cộng lại bằng {sum}%, vượt 100%.',
      en: 'The shares in the {structure} ({parts}) add up to {sum}%, more than 100%.',
    },
    complementAbove100: {
      vi: 'Hai phần bù nhau của cùng tổng số {whole} ({parts}) cộng lại bằng {sum}%, vượt 100%.',
      en: 'Two complementary shares of the same {whole} ({parts}) add up to {sum}%, more than 100%.',
    },
  },
  check(ctx) {
    const text = ctx.doc.nfc;
    const reports: Report[] = [];
    const rated = ctx.facts.percentages.filter((p) => p.rating && p.whole && p.role === 'share');
    let i = 0;
    while (i < rated.length) {
      const group = [rated[i]];
      let j = i + 1;
      while (j < rated.length) {
        const prev = group[group.length - 1];
        const next = rated[j];
        if (next.whole !== prev.whole || next.rating!.ladder !== prev.rating!.ladder) break;
        if (!next.sentence || !prev.sentence || next.sentence.start !== prev.sentence.start) break;
        const between = text.slice(prev.end, next.start).toLowerCase();
        if (between.length > 160 || NESTING_RE.test(between)) break;
        group.push(next);
        j++;
      }
      i = j;
      if (group.length < 2 || !disjoint(group)) continue;
      let sum = 0;
      for (const p of group) if (p.bound !== 'upper') sum += p.milli ?? Math.round(p.value * 1000);
      if (sum <= 100000) continue;
      reports.push({
        start: group[0].start,
        end: group[group.length - 1].end,
        messageId: 'sumAbove100',
        values: { parts: group.map((p) => p.text).join(' + '), whole: group[0].whole ?? '', sum: formatViMilli(sum) },
      });
    }
    const reported = new Set(reports.map((r) => r.start));
    for (const { label, items } of structureGroups(text, ctx.facts.percentages)) {
      if (reported.has(items[0].start)) continue;
      const sum = items.reduce((acc, p) => acc + milliOf(p), 0);
      if (sum <= 100000 + items.reduce((acc, p) => acc + slack(p), 0)) continue;
      reported.add(items[0].start);
      reports.push({
        start: items[0].start,
        end: items[items.length - 1].end,
        messageId: 'structureAbove100',
        values: { parts: items.map((p) => p.text).join(' + '), structure: label, sum: formatViMilli(sum) },
      });
    }
    for (const [a, b] of complementPairs(text, ctx.facts.percentages)) {
      if (reported.has(a.start)) continue;
      const sum = milliOf(a) + milliOf(b);
      if (sum <= 100000 + slack(a) + slack(b)) continue;
      reported.add(a.start);
      reports.push({
        start: a.start,
        end: b.end,
        messageId: 'complementAbove100',
        values: { parts: `${a.text} + ${b.text}`, whole: a.whole ?? '', sum: formatViMilli(sum) },
      });
    }
    return reports;
  },
};
