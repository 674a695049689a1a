// The facts panel's tree, as plain data (no vscode import, so tests build it directly): groups in
// a fixed order, each leaf one item of the server's tinHoiNghi/facts answer. The server already
// wrote every label and detail in the right language; only the group names live here.
import type { Locale } from '../../server/src/core/types';
import type { FactItem, FactsResult } from '../../server/src/lsp/facts-panel';

export type FactGroupKey = 'kind' | 'sections' | 'fractions' | 'percentages' | 'counts' | 'dates' | 'terms' | 'unit' | 'people';

export const GROUP_LABELS: Record<FactGroupKey, { vi: string; en: string }> = {
  kind: { vi: 'Loại bài', en: 'Kind' },
  sections: { vi: 'Các phần', en: 'Sections' },
  fractions: { vi: 'Phân số', en: 'Fractions' },
  percentages: { vi: 'Tỷ lệ phần trăm', en: 'Percentages' },
  counts: { vi: 'Số lượng nêu và danh sách', en: 'Announced counts and lists' },
  dates: { vi: 'Ngày tháng', en: 'Dates' },
  terms: { vi: 'Nhiệm kỳ', en: 'Terms' },
  unit: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
  people: { vi: 'Người và chức danh', en: 'People and titles' },
};

const GROUP_ICONS: Record<FactGroupKey, string> = {
  kind: 'file-text',
  sections: 'list-tree',
  fractions: 'symbol-number',
  percentages: 'percentage',
  counts: 'list-ordered',
  dates: 'calendar',
  terms: 'history',
  unit: 'location',
  people: 'person',
};

export interface FactLeaf {
  type: 'leaf';
  group: FactGroupKey;
  label: string;
  description?: string;
  /** Codicon id: the worst finding's severity when a finding touches the item, else the group's icon. */
  icon: string;
  /** Set when a finding touches the item: its severity (the icon's colour). */
  severity?: 'error' | 'warning' | 'information' | 'hint';
  /** Markdown-free tooltip lines: the item, then one line per finding. */
  tooltip: string;
  uri: string;
  range: FactItem['range'];
}

export interface FactGroup {
  type: 'group';
  key: FactGroupKey;
  label: string;
  icon: string;
  children: FactLeaf[];
}

export type FactNode = FactGroup | FactLeaf;

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;
const SEVERITY_ICON = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' } as const;

function leaf(group: FactGroupKey, item: FactItem, uri: string): FactLeaf {
  const worst = [...item.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  const head = item.detail ? `${item.label} — ${item.detail}` : item.label;
  return {
    type: 'leaf',
    group,
    label: item.label,
    ...(item.detail ? { description: item.detail } : {}),
    icon: worst ? SEVERITY_ICON[worst.severity] : GROUP_ICONS[group],
    ...(worst ? { severity: worst.severity } : {}),
    tooltip: [head, ...item.findings.map((f) => `• ${f.message} (${f.rule})`)].join('\n'),
    uri,
    range: item.range,
  };
}

/** The tree for one answer; empty groups are left out. */
export function factsTree(result: FactsResult, locale: Locale): FactGroup[] {
  if (!result.checked) return [];
  const uri = result.uri;
  const groups: [FactGroupKey, FactItem[]][] = [
    ['kind', [{ label: result.kind.label, detail: result.kind.id, range: result.sections[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, findings: [] }]],
    ['sections', result.sections],
    ['fractions', result.fractions],
    ['percentages', result.percentages],
    ['counts', result.counts],
    ['dates', result.dates.length ? result.dates : result.dateline ? [result.dateline] : []],
    ['terms', result.terms],
    ['unit', result.unit ? [result.unit] : []],
    ['people', result.people],
  ];
  return groups
    .filter(([, items]) => items.length > 0)
    .map(([key, items]) => ({
      type: 'group',
      key,
      label: key === 'kind' ? GROUP_LABELS[key][locale] : `${GROUP_LABELS[key][locale]} (${items.length})`,
      icon: GROUP_ICONS[key],
      children: items.map((item) => leaf(key, item, uri)),
    }));
}
