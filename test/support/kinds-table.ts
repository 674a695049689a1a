// What each article kind requires, derived from the labelled real corpus
// (test/corpus/real/labels.json). For every kind and content section, the share of the kind's real
// articles that have the section, counted over the articles where its presence can be decided:
// complete articles, and cut ones (the store keeps ~2,000 bytes) that have already reached a
// section that comes after it in the usual order (the byline: complete ones only). A section that ≥ 90% have is required (missing → warning); one that more than half have
// is recommended (missing → information); others are not asked for. A cell decided by fewer than
// MIN_DECIDED articles keeps the prior, hand-calibrated expectation (PRIOR, from the 2023 survey
// of portal articles in DOMAIN.md; new kinds have none but the opening) — unless CONTRADICTED of
// those few articles lack a section it requires, or the real articles of all kinds pooled have it
// less often than REQUIRED_SHARE: then it is only recommended (few articles are no ground for a warning).
// The labels: test/corpus/real/labels.json plus holdout-odd.json (the odd half of a later set of
// unseen articles, ho-NNN; its even half stays unseen and unlabelled here).
// `npm run gen:kinds` writes the table to docs/kinds.md and the lists into segment/kinds.ts;
// test/meta/kinds.test.ts checks that both agree with it.

import { STANDARD_ORDER } from '../../server/src/core/segment/kinds';
import { ARTICLE_KINDS, SECTION_NAMES, type ArticleKind, type SectionName } from '../../server/src/core/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUsable, type RealLabel } from './real-corpus';

/** The labels the expectations are derived from: labels.json and holdout-odd.json of test/corpus/real. */
export function expectationLabels(root: string): RealLabel[] {
  const dir = join(root, 'test', 'corpus', 'real');
  const read = (name: string): RealLabel[] => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return [...read('labels.json'), ...read('holdout-odd.json')];
}

/** Content sections the expectations speak about (title, dateline and captions are layout). */
const LAYOUT_SECTIONS: readonly SectionName[] = ['title', 'dateline', 'captions'];
export const EXPECTED_SECTIONS: readonly SectionName[] = SECTION_NAMES.filter((name) => !LAYOUT_SECTIONS.includes(name));
export const REQUIRED_SHARE = 0.9;
/** "Most": more than half. */
export const RECOMMENDED_SHARE = 0.5;
export const MIN_DECIDED = 10;
/** A prior requirement that this many of the kind's few real articles lack is only recommended. */
export const CONTRADICTED = 2;

type Lists = { required: SectionName[]; recommended: SectionName[] };
/** The expectations before the real corpus was labelled (kept where it has too few articles). */
export const PRIOR: Record<ArticleKind, Lists> = {
  'so-ket-giua-nhiem-ky': { required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'], recommended: [] },
  'tong-ket-nam': { required: ['opening', 'attendees', 'achievements', 'byline'], recommended: ['shortcomings'] },
  'lam-viec-doan-cong-tac': { required: ['opening', 'achievements', 'shortcomings', 'directives', 'byline'], recommended: [] },
  'hoi-nghi-bch': { required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'], recommended: [] },
  'ky-hop-hdnd': { required: ['opening', 'attendees', 'achievements', 'byline'], recommended: [] },
  'dai-hoi-chi-bo': { required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'], recommended: [] },
  'so-ket-dinh-ky': { required: ['opening'], recommended: [] },
  'giao-ban': { required: ['opening'], recommended: [] },
  'dai-hoi-dang-bo': { required: ['opening'], recommended: [] },
  'tiep-xuc-cu-tri': { required: ['opening'], recommended: [] },
  'bau-cu': { required: ['opening'], recommended: [] },
  other: { required: ['opening'], recommended: ['byline'] },
};

export interface Cell {
  have: number;
  decided: number;
  /** Whether the data decides (else the prior does). */
  fromData: boolean;
}

export interface KindRow {
  kind: ArticleKind;
  /** Complete labelled articles of the kind, and all labelled ones. */
  complete: number;
  all: number;
  cells: Map<SectionName, Cell>;
  required: SectionName[];
  recommended: SectionName[];
}

const RANK = new Map<SectionName, number>(STANDARD_ORDER.map((n, i): [SectionName, number] => [n, i]));

function decides(l: RealLabel & { complete: boolean; sections: { name: SectionName }[] }, name: SectionName): { decided: boolean; present: boolean } {
  const names: SectionName[] = l.sections.map((s) => s.name).filter((n) => n !== 'captions');
  const reached = Math.max(-1, ...names.map((n) => RANK.get(n) ?? -1));
  return { decided: l.complete || (name !== 'byline' && reached > RANK.get(name)!), present: names.includes(name) };
}

/** Share of the real articles of every kind that have each section (over those that decide it). */
export function pooledShares(labels: RealLabel[]): Map<SectionName, number> {
  const out = new Map<SectionName, number>();
  const usable = labels.filter(isUsable);
  for (const name of EXPECTED_SECTIONS) {
    let have = 0;
    let decided = 0;
    for (const l of usable) {
      const d = decides(l, name);
      if (!d.decided) continue;
      decided++;
      if (d.present) have++;
    }
    out.set(name, decided === 0 ? 0 : have / decided);
  }
  return out;
}

export function kindTable(labels: RealLabel[]): KindRow[] {
  const usable = labels.filter(isUsable);
  const pooled = pooledShares(usable);
  return ARTICLE_KINDS.map((kind) => {
    const ofKind = usable.filter((l) => l.kind === kind);
    const cells = new Map<SectionName, Cell>();
    const required: SectionName[] = [];
    const recommended: SectionName[] = [];
    for (const name of EXPECTED_SECTIONS) {
      let have = 0;
      let decided = 0;
      for (const l of ofKind) {
        const names: SectionName[] = l.sections.map((s) => s.name).filter((n) => n !== 'captions');
        const present = names.includes(name);
        const reached = Math.max(-1, ...names.map((n) => RANK.get(n) ?? -1));
        if (l.complete || (name !== 'byline' && reached > RANK.get(name)!)) {
          decided++;
          if (present) have++;
        }
      }
      const fromData = decided >= MIN_DECIDED;
      cells.set(name, { have, decided, fromData });
      if (fromData) {
        const share = have / decided;
        if (share >= REQUIRED_SHARE) required.push(name);
        else if (share > RECOMMENDED_SHARE) recommended.push(name);
      } else if (PRIOR[kind].required.includes(name)) {
        // the few real articles already contradict the prior: two without it and ≥ 90% would take 20
        // and a section real articles of all kinds often lack is not required on the word of a few
        if (decided - have >= CONTRADICTED || (pooled.get(name) ?? 0) < REQUIRED_SHARE) recommended.push(name);
        else required.push(name);
      } else if (PRIOR[kind].recommended.includes(name)) recommended.push(name);
    }
    return { kind, complete: ofKind.filter((l) => l.complete).length, all: ofKind.length, cells, required, recommended };
  });
}

const pct = (x: number): string => `${Math.round(100 * x)}%`;

/** docs/kinds.md, generated. */
export function renderKindsDoc(labels: RealLabel[]): string {
  const rows = kindTable(labels);
  const usable = labels.filter(isUsable);
  const out: string[] = [];
  out.push('# Loại tin và các phần của bài / Article kinds and their sections');
  out.push('');
  out.push('<!-- Generated by `npm run gen:kinds` from test/corpus/real/labels.json and holdout-odd.json; do not edit by hand. -->');
  out.push('');
  out.push(
    `Tỷ lệ bài thật (đã đăng) của mỗi loại có từng phần, theo nhãn của ${usable.length} bài ` +
      `(${usable.filter((l) => l.complete).length} bài đủ toàn văn). Chỉ tính những bài mà việc có hay không có phần đó ` +
      'xác định được: bài đủ toàn văn, và bài bị cắt đã sang một phần đứng sau nó (dòng tác giả: chỉ bài ' +
      `đủ toàn văn); số trong ngoặc là số bài đó. Phần có ở ≥ ${pct(REQUIRED_SHARE)} số bài là **bắt buộc** (thiếu → cảnh báo), ` +
      `có ở quá nửa số bài là *nên có* (thiếu → thông tin), còn lại không đòi. Ô có dưới ${MIN_DECIDED} bài (†) giữ mức cũ ` +
      `(khảo sát bằng tay; loại mới chỉ đòi phần mở đầu), nhưng phần bắt buộc cũ chỉ còn *nên có* khi đã có ≥ ${CONTRADICTED} bài thật của loại đó không có, hoặc khi bài thật mọi loại gộp lại có nó dưới ${pct(REQUIRED_SHARE)}.`,
  );
  out.push('');
  out.push(
    `Share of the real published articles of each kind that have each section, from the labels of ${usable.length} articles ` +
      `(${usable.filter((l) => l.complete).length} complete). Only articles where the presence can be decided count: complete ones, ` +
      'and cut ones (the store keeps about 2,000 bytes) that have already reached a section that comes after it ' +
      'in the usual order (the byline: complete ones only); the number in brackets is how many. A section that ' +
      `≥ ${pct(REQUIRED_SHARE)} have is **required** (missing → warning); one that more than half have is *recommended* ` +
      `(missing → information); others are not asked for. A cell decided by fewer than ${MIN_DECIDED} articles (†) keeps the ` +
      `earlier hand-calibrated expectation (new kinds: the opening only), except that a section it required is only recommended when ≥ ${CONTRADICTED} ` +
      `of those real articles lack it, or when fewer than ${pct(REQUIRED_SHARE)} of the real articles of all kinds together have it. ` +
      'Title, dateline and captions are layout, not asked for. ' +
      '`missing-section` uses these lists (server/src/core/segment/kinds.ts, generated; a test keeps them equal to this table); ' +
      '`sections` in `.tin-hoi-nghi.json` overrides them.',
  );
  out.push('');
  out.push(`| kind | complete / all | ${EXPECTED_SECTIONS.join(' | ')} |`);
  out.push(`|---|---|${EXPECTED_SECTIONS.map(() => '---').join('|')}|`);
  for (const r of rows) {
    const cells = EXPECTED_SECTIONS.map((n) => {
      const c = r.cells.get(n)!;
      const text = c.decided === 0 ? '—' : `${pct(c.have / c.decided)} (${c.decided})${c.fromData ? '' : '†'}`;
      return r.required.includes(n) ? `**${text}**` : r.recommended.includes(n) ? `*${text}*` : text;
    });
    out.push(`| \`${r.kind}\` | ${r.complete} / ${r.all} | ${cells.join(' | ')} |`);
  }
  out.push('');
  out.push('**bold** = required / bắt buộc, *italic* = recommended / nên có, † = too few articles, earlier expectation kept / quá ít bài, giữ mức cũ.');
  out.push('');
  out.push('| kind | required | recommended |');
  out.push('|---|---|---|');
  for (const r of rows) out.push(`| \`${r.kind}\` | ${r.required.join(', ') || '—'} | ${r.recommended.join(', ') || '—'} |`);
  out.push('');
  return out.join('\n');
}

const BEGIN = '  // <generated by npm run gen:kinds>';
const END = '  // </generated>';

/** kinds.ts with the DEFAULTS entries between its markers rewritten from the table. */
export function kindsSource(current: string, labels: RealLabel[]): string {
  const from = current.indexOf(BEGIN);
  const to = current.indexOf(END);
  if (from < 0 || to < from) throw new Error('segment/kinds.ts: generated markers not found');
  const list = (names: SectionName[]): string => `[${names.map((n) => `'${n}'`).join(', ')}]`;
  const body = kindTable(labels)
    .map((r) => {
      const key = /^[a-z]+$/u.test(r.kind) ? r.kind : `'${r.kind}'`;
      return `  ${key}: { required: ${list(r.required)}, recommended: ${list(r.recommended)} }, // ${r.complete} complete / ${r.all}`;
    })
    .join('\n');
  return `${current.slice(0, from)}${BEGIN}\n${body}\n${current.slice(to)}`;
}
