// PLACEHOLDER: replaced by the segmenter (paragraphs -> sections, article kind).
import type { TextDoc } from '../text/textdoc';
import type { ArticleKind, Config, Section } from '../types';

export interface Segmentation {
  kind: ArticleKind;
  /** Sections in text order, NFC offsets. */
  sections: Section[];
}

export function segment(_doc: TextDoc, _config: Config): Segmentation {
  return { kind: 'other', sections: [] };
}
