// fraction-total-mismatch: one indicator set counted against two totals — against the total the
// paragraph announced ("Nghị quyết đề ra 26 chỉ tiêu … 17/28 chỉ tiêu"), against a known national set
// (config.knownTotals, "tiêu chí nông thôn mới" = 19 by default), or between the complementary parts
// of one list ("18/20 chỉ tiêu đạt, 02/21 chỉ tiêu chưa đạt"), or across the article (a lone
// "8/24 chỉ tiêu còn lại" after "Trong số 25 chỉ tiêu … 17/25" elsewhere). The quick fix uses the announced,
// known or majority total. Different indicators may have different totals ("18/31 chỉ tiêu", "3/16 chi bộ").
import { countedFamily } from '../facts/fractions';
import type { CountFact, FractionFact } from '../facts/types';
import { paragraphIndexAt, sentenceEnd, sentenceStart } from '../text/numbers';
import type { Fix, Report, Rule } from '../types';

const NESTING_RE = /trong đó|riêng|bao gồm|gồm có/u;
const SUBSET_RE = /(?<!(?:\p{L}|\p{N}))\d+\s+(?:chỉ tiêu|mục tiêu|tiêu chí)|nhóm|lĩnh vực/u;

/** "chỉ tiêu kinh tế – xã hội" names the whole set, not a domain subset. */
const WHOLE_SET_RE = /^\s*(?:chủ yếu\s+)?(?:về\s+|thuộc\s+|trên\s+)?(?:(?:các\s+)?lĩnh vực\s+)?kinh tế\s*(?:[–—-]|,|và)\s*xã hội/u;
/** A domain after the noun marks a subset: "chỉ tiêu kinh tế", "chỉ tiêu về văn hóa". */
const DOMAIN_RE =
  /^\s*(?:chủ yếu\s+)?(?:về\s+|thuộc\s+|trên\s+)?(?:(?:các\s+)?(?:lĩnh vực|khối)\s+)?(kinh tế|văn hóa|văn hoá|xã hội|môi trường|quốc phòng|an ninh|xây dựng đảng|đảng|chính quyền|mặt trận|đoàn thể|y tế|giáo dục|nông nghiệp|công nghiệp|dịch vụ|ngân sách|thu chi|nông thôn mới)(?!(?:\p{L}|\p{M}))/u;
const PERIOD_RE =
  /(?<!(?:\p{L}|\p{M}|\p{N}))(?:năm\s+((?:19|20)\d\d)|nhiệm kỳ\s+(?:((?:19|20)\d\d)|(mới|tới|tiếp theo|sau)|(qua|trước|vừa qua|cũ))|(nhiệm kỳ)|(6|sáu|9|chín)\s+tháng|quý\s+([ivx]+|\d))(?!(?:\p{L}|\p{M}|\p{N}))/gu;
/** Wording of a new set being adopted rather than results of the current one. */
const PLAN_RE = /thông qua|(?:nhiệm kỳ|giai đoạn|năm)\s+(?:mới|tới|tiếp theo)|đến năm\s+20\d\d|cho\s+(?:cả\s+)?(?:nhiệm kỳ|giai đoạn)/u;
const HDND_RE = /hđnd|hội đồng nhân dân/u;
const PARTY_RE = /đại hội|đảng bộ|chi bộ|đảng ủy|đảng uỷ/u;

/** Words that end a criteria set's name. */
const NAME_STOP = new Set(['đạt', 'chưa', 'còn', 'lại', 'và', 'đã', 'được', 'theo', 'của', 'trên', 'so', 'là', 'có', 'trong', 'đề', 'ra', 'cơ', 'bản', 'hoàn', 'thành', 'đang', 'vượt', 'không', 'để', 'cho', 'với', 'gồm']);
const NAME_WORD_RE = /^\s*((?:\p{L}|\p{M}|\d)+)/u;

function criteriaName(after: string): string | undefined {
  const words: string[] = [];
  let rest = after;
  for (let k = 0; k < 4; k++) {
    const w = NAME_WORD_RE.exec(rest);
    if (!w || NAME_STOP.has(w[1])) break;
    words.push(w[1]);
    rest = rest.slice(w[0].length);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** What set an indicator mention belongs to, as far as its sentence tells. */
interface Scope {
  /** For criteria: the set's name after the noun ("tiêu chí đô thị văn minh" → "đô thị văn minh"). */
  name?: string;
  domain?: string;
  period?: string;
  owner?: string;
  plan: boolean;
  named: boolean;
}

/** `year`: the meeting's year; a term starting then or later is the next one ("nhiệm kỳ 2025 – 2030" at a 2025 congress). */
function periodKey(m: RegExpExecArray, year: number): string {
  if (m[1]) return `y:${m[1]}`;
  if (m[2]) return Number(m[2]) >= year ? 'term:next' : `term:${m[2]}`;
  if (m[3]) return 'term:next';
  if (m[4]) return 'term:prev';
  if (m[5]) return 'term';
  if (m[6]) return `m:${m[6] === 'sáu' ? '6' : m[6] === 'chín' ? '9' : m[6]}`;
  return `q:${m[7]}`;
}

function ownerOf(s: string): string | undefined {
  const h = HDND_RE.exec(s);
  const p = PARTY_RE.exec(s);
  if (h && (!p || h.index < p.index)) return 'hđnd';
  return p ? 'party' : undefined;
}

/** The scope of a mention spanning [start, nounEnd): words after the noun, then the sentence before it. */
function scopeAt(text: string, paraStart: number, start: number, nounEnd: number, year: number, family: string): Scope {
  const sStart = sentenceStart(text, start, Math.max(paraStart, start - 240));
  const sEnd = sentenceEnd(text, nounEnd, Math.min(text.length, nounEnd + 240));
  const before = text.slice(sStart, start).toLowerCase();
  const after = text.slice(nounEnd, sEnd).toLowerCase();
  // a new set may be announced a sentence earlier ("Đại hội thông qua Nghị quyết … Trong đó có 13 chỉ tiêu")
  const paraBefore = text.slice(Math.max(paraStart, start - 400), start).toLowerCase();
  const scope: Scope = { plan: PLAN_RE.test(paraBefore) || PLAN_RE.test(after), named: false };
  if (family === 'tiêu chí') {
    const name = criteriaName(after);
    if (name) scope.name = name;
  } else if (!WHOLE_SET_RE.test(after)) {
    const d = DOMAIN_RE.exec(after);
    if (d) scope.domain = d[1] === 'văn hoá' ? 'văn hóa' : d[1];
  }
  let period: string | undefined;
  PERIOD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERIOD_RE.exec(before)) !== null) period = periodKey(m, year);
  PERIOD_RE.lastIndex = 0;
  const a = PERIOD_RE.exec(after.slice(0, 100));
  if (a && (!period || a.index < 40)) period = periodKey(a, year);
  if (period) scope.period = period;
  if (period === 'term:next') scope.plan = true;
  const near = after.slice(0, 60);
  const owner = ownerOf(near) ?? ownerOf(before.slice(-80));
  if (owner) scope.owner = owner;
  scope.named = near.includes('nghị quyết') || before.slice(-60).includes('nghị quyết');
  return scope;
}

function periodsAgree(p?: string, q?: string): boolean {
  if (!p || !q || p === q) return true;
  // a bare "nhiệm kỳ" is any term named elsewhere, except one being adopted
  if (p === 'term') return q.startsWith('term:') && q !== 'term:next';
  if (q === 'term') return p.startsWith('term:') && p !== 'term:next';
  return false;
}

function sameSet(a: Scope, b: Scope): boolean {
  if (a.domain !== b.domain || a.plan !== b.plan) return false;
  if (a.name && b.name && a.name !== b.name) return false;
  if (a.owner && b.owner && a.owner !== b.owner) return false;
  return periodsAgree(a.period, b.period);
}

function fixTo(f: FractionFact, total: number): Fix[] {
  if (!f.denominatorSpan) return [];
  return [
    {
      titleId: 'useTotal',
      values: { fraction: f.text, fixed: `${f.text.slice(0, f.denominatorSpan.start - f.start)}${total}`, total },
      edits: [{ start: f.denominatorSpan.start, end: f.denominatorSpan.end, newText: String(total) }],
      safe: false,
    },
  ];
}

export const fractionTotalMismatch: Rule = {
  id: 'fraction-total-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một chỉ tiêu nhưng tổng số khác nhau', en: 'One indicator with two totals' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    announcedTotal: {
      vi: '{fraction} {counted}: tổng số {denominator} khác với {total} {counted} đã nêu trước đó trong đoạn.',
      en: '{fraction} {counted}: the total {denominator} differs from the {total} {counted} announced earlier in the paragraph.',
    },
    articleTotal: {
      vi: '{fraction} {counted}: tổng số {denominator} khác với {total} {counted} ở chỗ khác trong bài.',
      en: '{fraction} {counted}: the total {denominator} differs from the {total} {counted} used elsewhere in the article.',
    },
    knownTotal: {
      vi: '{fraction} {counted}: bộ {set} có {total} tiêu chí (theo cấu hình), không phải {denominator}.',
      en: '{fraction} {counted}: the {set} set has {total} criteria (per configuration), not {denominator}.',
    },
    listTotal: {
      vi: '{fraction} {counted}: các phần của cùng một danh sách dùng tổng số khác nhau ({denominator} và {total}).',
      en: '{fraction} {counted}: parts of one list use different totals ({denominator} and {total}).',
    },
    useTotal: {
      vi: 'Sửa {fraction} thành {fixed}',
      en: 'Change {fraction} to {fixed}',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const reported = new Set<FractionFact>();
    const { fractions, counts } = ctx.facts;
    const text = ctx.doc.nfc;
    const paragraphs = ctx.doc.paragraphs;
    const known = new Map<string, number>();
    for (const [key, value] of Object.entries(ctx.config.knownTotals ?? {})) {
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) known.set(key.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' '), value);
    }

    // 1. Known set sizes ("tiêu chí nông thôn mới" = 19).
    for (const f of fractions) {
      if (!f.setKey) continue;
      const total = known.get(f.setKey);
      if (total === undefined || f.denominator === total) continue;
      reported.add(f);
      reports.push({
        start: f.start,
        end: f.end,
        messageId: 'knownTotal',
        values: { fraction: f.text, counted: f.counted, set: f.setKey, total, denominator: f.denominator },
        fixes: fixTo(f, total),
      });
    }

    // 2. An announced total binds the next list of the same indicator in its paragraph.
    const totals = counts.filter((c) => c.role === 'total');
    const nextSame: number[] = new Array<number>(totals.length);
    const seen = new Map<string, number>();
    for (let k = totals.length - 1; k >= 0; k--) {
      const family = countedFamily(totals[k].noun);
      nextSame[k] = seen.get(family) ?? Number.POSITIVE_INFINITY;
      seen.set(family, totals[k].start);
    }
    let fi = 0;
    for (let k = 0; k < totals.length; k++) {
      const c = totals[k];
      const family = countedFamily(c.noun);
      const paragraph = paragraphIndexAt(paragraphs, c.start);
      const limit = paragraph >= 0 ? paragraphs[paragraph].end : c.end + 600;
      const stop = Math.min(limit, nextSame[k]);
      while (fi < fractions.length && fractions[fi].start < c.end) fi++;
      let first: FractionFact | undefined;
      let j = fi;
      for (; j < fractions.length && fractions[j].start < stop; j++) {
        if (countedFamily(fractions[j].counted) === family) {
          first = fractions[j];
          break;
        }
      }
      if (!first || first.setKey) continue;
      // "Trong 26 chỉ tiêu, có 10 chỉ tiêu kinh tế … 8/10": a subset is counted in between
      const gap = text.slice(c.end, first.start).toLowerCase();
      if (NESTING_RE.test(gap) || SUBSET_RE.test(gap)) continue;
      for (; j < fractions.length && fractions[j].start < stop; j++) {
        const f = fractions[j];
        if (countedFamily(f.counted) !== family || f.sentence?.start !== first.sentence?.start) continue;
        if (f.denominator === c.count || reported.has(f)) continue;
        reported.add(f);
        reports.push({
          start: f.start,
          end: f.end,
          messageId: 'announcedTotal',
          values: { fraction: f.text, counted: f.counted, total: c.count, denominator: f.denominator },
          fixes: fixTo(f, c.count),
        });
      }
    }

    // 3. One indicator set keeps one total across the article ("Trong số 25 chỉ tiêu …" in one paragraph,
    // "… 8/24 chỉ tiêu còn lại" in another): a lone fraction against the announced or majority total.
    let year = ctx.facts.dateline?.year ?? 0;
    if (!year) for (const d of ctx.facts.dates) if (d.year && d.year > year) year = d.year;
    reportArticleTotals(ctx.doc.nfc, paragraphs, fractions, totals, year || Number.POSITIVE_INFINITY, reported, reports);

    // 4. Complementary parts of one list with different totals.
    const strict = fractions.filter((f) => !f.mayExceed);
    for (let i = 0; i + 1 < strict.length; i++) {
      const a = strict[i];
      const b = strict[i + 1];
      if (a.denominator === b.denominator || countedFamily(a.counted) !== countedFamily(b.counted)) continue;
      if (a.sentence?.start !== b.sentence?.start || b.start - a.end > 200) continue;
      if (NESTING_RE.test(text.slice(a.end, b.start).toLowerCase())) continue;
      const aDone = !a.remainder && (a.qualifier === 'đạt' || a.qualifier === 'vượt');
      const bRest = b.remainder === true || b.qualifier === 'chưa đạt' || b.qualifier === 'đang thực hiện';
      if (!aDone || !bRest || reported.has(b) || reported.has(a)) continue;
      // The majority of the sentence's fractions of this family decides which total is right.
      const family = countedFamily(a.counted);
      const votes = new Map<number, number>();
      const vote = (f: FractionFact): void => {
        if (countedFamily(f.counted) === family) votes.set(f.denominator, (votes.get(f.denominator) ?? 0) + 1);
      };
      for (let j = i; j >= 0 && strict[j].sentence?.start === a.sentence?.start && i - j < 50; j--) vote(strict[j]);
      for (let j = i + 1; j < strict.length && strict[j].sentence?.start === a.sentence?.start && j - i < 50; j++) vote(strict[j]);
      const odd = (votes.get(b.denominator) ?? 0) > (votes.get(a.denominator) ?? 0) ? a : b;
      const right = odd === a ? b.denominator : a.denominator;
      reported.add(odd);
      reports.push({
        start: odd.start,
        end: odd.end,
        messageId: 'listTotal',
        values: { fraction: odd.text, counted: odd.counted, total: right, denominator: odd.denominator },
        fixes: fixTo(odd, right),
      });
    }
    reports.sort((x, y) => x.start - y.start);
    return reports;
  },
};

/** Families whose sets keep one size across an article (other nouns, like "chi bộ", are often subsets). */
const ARTICLE_FAMILIES = new Set(['chỉ tiêu', 'tiêu chí']);

interface Mention {
  total: number;
  start: number;
  nounEnd: number;
  announced: boolean;
  fraction?: FractionFact;
}

function reportArticleTotals(
  text: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  fractions: readonly FractionFact[],
  totals: readonly CountFact[],
  year: number,
  reported: Set<FractionFact>,
  reports: Report[],
): void {
  const byFamily = new Map<string, Mention[]>();
  const add = (family: string, m: Mention): void => {
    if (!ARTICLE_FAMILIES.has(family)) return;
    const list = byFamily.get(family);
    if (list) list.push(m);
    else byFamily.set(family, [m]);
  };
  for (const c of totals) add(countedFamily(c.noun), { total: c.count, start: c.start, nounEnd: c.end, announced: true });
  for (const f of fractions) {
    if (f.setKey || f.mayExceed) continue;
    add(countedFamily(f.counted), { total: f.denominator, start: f.start, nounEnd: f.end + 1 + f.counted.length, announced: false, fraction: f });
  }
  for (const [family, mentions] of byFamily) {
    if (mentions.length < 2 || mentions.length > 60) continue;
    const votes = new Map<number, { votes: number; announced: number; items: Mention[] }>();
    for (const m of mentions) {
      const v = votes.get(m.total) ?? { votes: 0, announced: 0, items: [] };
      v.votes += m.announced ? 2 : 1;
      if (m.announced) v.announced++;
      v.items.push(m);
      votes.set(m.total, v);
    }
    // exactly two totals: the announced/majority one and one lone fraction
    if (votes.size !== 2) continue;
    const [x, y] = [...votes.entries()];
    const [major, odd] = x[1].votes >= y[1].votes ? [x, y] : [y, x];
    if (odd[1].announced > 0 || odd[1].items.length !== 1 || major[1].votes < 2) continue;
    const f = odd[1].items[0].fraction;
    if (!f || reported.has(f) || major[1].items.some((m) => m.fraction && reported.has(m.fraction))) continue;
    const para = paragraphIndexAt(paragraphs, f.start);
    if (major[1].items.some((m) => paragraphIndexAt(paragraphs, m.start) === para)) continue;
    // a subset introduced in its own sentence ("Trong đó, có 10 chỉ tiêu kinh tế … 8/10")
    const head = text.slice(sentenceStart(text, f.start, Math.max(0, f.start - 240)), f.start).toLowerCase();
    if (NESTING_RE.test(head) || SUBSET_RE.test(head)) continue;
    const scope = scopeAt(text, paragraphs[para]?.start ?? 0, f.start, odd[1].items[0].nounEnd, year, family);
    const majorScopes = major[1].items.map((m) => ({ m, scope: scopeAt(text, paragraphs[paragraphIndexAt(paragraphs, m.start)]?.start ?? 0, m.start, m.nounEnd, year, family) }));
    if (!majorScopes.every((s) => sameSet(s.scope, scope))) continue;
    const close = Math.abs(major[0] - f.denominator) <= 2;
    // or the set is named on both sides ("Trong 24 chỉ tiêu Nghị quyết đề ra" … "12/28 chỉ tiêu nghị quyết")
    const named = scope.named && scope.period === undefined && majorScopes.some((s) => s.m.announced && s.scope.named && s.scope.period === undefined);
    if (!close && !named) continue;
    reported.add(f);
    reports.push({
      start: f.start,
      end: f.end,
      messageId: 'articleTotal',
      values: { fraction: f.text, counted: f.counted, total: major[0], denominator: f.denominator },
      fixes: fixTo(f, major[0]),
    });
  }
}
