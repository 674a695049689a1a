// Scoring an article against its labels (the labels.json format of shared/corpus/dev), shared by
// `npm run eval` and the corpus regression test. A finding matches a label when the rule is the
// same and it starts on the labelled (0-based) line; for missing-section the section must be the
// same instead (the line is not compared).

import { analyze } from '../../server/src/core/analyze';
import { PositionMap } from '../../server/src/core/text/positions';
import type { Finding } from '../../server/src/core/types';

export interface Label {
  rule: string;
  line: number;
  text: string | null;
  section: string | null;
}

export interface LabelledArticle {
  file: string;
  kind: string;
  clean?: boolean;
  errors: Label[];
}

export interface ArticleScore {
  kindRight: boolean;
  kind: string;
  matched: Label[];
  missed: Label[];
  /** Findings that match no label, with their 0-based line. */
  extra: { finding: Finding; line: number }[];
}

/** The labels call the BCH kind "hoi-nghi-bch-mo-rong"; our contract id is "hoi-nghi-bch". */
const KIND_ALIASES: Record<string, string> = { 'hoi-nghi-bch-mo-rong': 'hoi-nghi-bch' };

export function scoreArticle(text: string, article: LabelledArticle, onlyRule?: string): ArticleScore {
  const result = analyze(text);
  const map = new PositionMap(text);
  const unmatched = new Set(
    result.findings.filter((f) => !onlyRule || f.rule === onlyRule).map((finding) => ({ finding, line: map.position(finding.start).line })),
  );
  const matched: Label[] = [];
  const missed: Label[] = [];
  for (const label of article.errors) {
    if (onlyRule && label.rule !== onlyRule) continue;
    const hit = [...unmatched].find(
      ({ finding, line }) => finding.rule === label.rule && (label.rule === 'missing-section' ? finding.section === label.section : line === label.line),
    );
    if (hit) {
      unmatched.delete(hit);
      matched.push(label);
    } else {
      missed.push(label);
    }
  }
  return { kindRight: (KIND_ALIASES[article.kind] ?? article.kind) === result.kind, kind: result.kind, matched, missed, extra: [...unmatched] };
}
