// unicode-normalization: words not in precomposed Unicode (NFC) — decomposed NFD or "Unicode tổ
// hợp" (precomposed base + separate tone mark) — legacy TCVN3/VNI mojibake and "Ð" for "Đ".
// NFD/tổ hợp words are found in the ORIGINAL text (the NFC view hides them) and reported with
// original coordinates; mojibake and "Ð" are found in the NFC view.

import { findEthWords, findLegacyRuns, type LegacyRun } from '../text/legacy';
import { isLetterCode } from '../text/word-tokens';
import type { Fix, Report, Rule, RuleContext, Span } from '../types';

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Up to this many non-NFC words, each finding also offers converting them all at once. */
const ALL_AT_ONCE_LIMIT = 50;

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || isLetterCode(text, i);
}

interface NonNfcWord {
  start: number;
  end: number;
  word: string;
  nfc: string;
}

/** Words of `text` that contain a combining mark and change under NFC (original offsets). */
export function findNonNfcWords(text: string): NonNfcWord[] {
  const out: NonNfcWord[] = [];
  COMBINING.lastIndex = 0;
  let covered = -1;
  let m: RegExpExecArray | null;
  while ((m = COMBINING.exec(text)) !== null) {
    if (m.index < covered) continue;
    let start = m.index;
    while (isWordChar(text, start - 1)) start--;
    let end = m.index + 1;
    while (isWordChar(text, end)) end++;
    covered = end;
    COMBINING.lastIndex = end;
    const word = text.slice(start, end);
    const nfc = word.normalize('NFC');
    if (nfc !== word) out.push({ start, end, word, nfc });
  }
  return out;
}

const GAP_BREAKS = /[\p{L}\n\r]/u;

/**
 * Merges non-NFC words separated only by spaces/punctuation on one line into runs, so that
 * "ngân sách" typed in NFD is one finding (and a fully decomposed line is one finding).
 */
export function mergeRuns(text: string, words: NonNfcWord[]): NonNfcWord[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const w of words) {
    const last = spans[spans.length - 1];
    if (last && !GAP_BREAKS.test(text.slice(last.end, w.start))) last.end = w.end;
    else spans.push({ start: w.start, end: w.end });
  }
  return spans.map(({ start, end }) => {
    const word = text.slice(start, end);
    return { start, end, word, nfc: word.normalize('NFC') };
  });
}

function inRuns(runs: readonly Span[], start: number): boolean {
  for (const r of runs) if (start >= r.start && start < r.end) return true;
  return false;
}

/** A legacy mojibake run or an eth word ("Ð" for "Đ") of the NFC view: eth words carry `fixed`. */
type LegacyReading = LegacyRun | (Span & { fixed: string });

/**
 * The legacy runs and eth words of [from, to) of the NFC view, in text order. Both stay inside a
 * line (a run closes at a line break and needs a distinctive legacy character of its own), so
 * reading a paragraph alone finds what reading the whole text finds there.
 */
function scanLegacy(nfc: string, from: number, to: number): LegacyReading[] {
  const text = from === 0 && to === nfc.length ? nfc : nfc.slice(from, to);
  const runs = findLegacyRuns(text);
  const eths = findEthWords(text);
  if (runs.length + eths.length === 0) return [];
  const found: LegacyReading[] = [];
  let i = 0;
  for (const eth of eths) {
    while (i < runs.length && runs[i].start <= eth.start) found.push(moved(runs[i++], from));
    found.push({ start: eth.start + from, end: eth.end + from, fixed: eth.fixed });
  }
  while (i < runs.length) found.push(moved(runs[i++], from));
  return found;
}

function moved(run: LegacyRun, d: number): LegacyRun {
  return { ...run, start: run.start + d, end: run.end + d };
}

export const unicodeNormalization: Rule = {
  id: 'unicode-normalization',
  category: 'text',
  description: { vi: 'Chữ không ở dạng Unicode dựng sẵn (NFC)', en: 'Text not in precomposed Unicode (NFC)' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    nfd: {
      vi: '“{nfc}” được gõ ở dạng Unicode tổ hợp NFD (chữ cái và dấu tách rời), không phải dạng dựng sẵn NFC; tìm kiếm và kiểm tra chính tả sẽ không nhận ra.',
      en: '“{nfc}” is in decomposed Unicode (NFD: letters and marks apart), not precomposed NFC; search and spell checking will miss it.',
    },
    toHop: {
      vi: '“{nfc}” dùng dấu thanh rời ghép sau chữ dựng sẵn (Unicode tổ hợp, bộ gõ Windows/CP1258), không phải dạng dựng sẵn NFC.',
      en: '“{nfc}” has a separate combining tone mark after a precomposed letter (“Unicode tổ hợp”, Windows keyboard/CP1258), not precomposed NFC.',
    },
    legacyConverted: {
      vi: 'Đoạn chữ bị lỗi phông {encoding} (chưa chuyển sang Unicode): “{text}” — đúng là “{converted}”.',
      en: 'Text in the legacy {encoding} font encoding (not converted to Unicode): “{text}” — it reads “{converted}”.',
    },
    legacyUncertain: {
      vi: 'Đoạn chữ có vẻ bị lỗi phông {encoding} (chưa chuyển sang Unicode): “{text}”. Hãy chuyển mã bằng công cụ (ví dụ Unikey) rồi soát lại.',
      en: 'Text that looks like the legacy {encoding} font encoding: “{text}”. Convert it with a tool (e.g. Unikey) and proofread it.',
    },
    eth: {
      vi: '“{word}” dùng chữ “Ð” (U+00D0, chữ eth của tiếng Iceland) thay cho “Đ” (U+0110).',
      en: '“{word}” uses “Ð” (U+00D0, the Icelandic eth) instead of “Đ” (U+0110).',
    },
    fixNfc: { vi: 'Chuyển “{nfc}” sang dạng dựng sẵn (NFC)', en: 'Convert “{nfc}” to precomposed form (NFC)' },
    fixAllNfc: { vi: 'Chuyển cả văn bản sang NFC ({count} chỗ)', en: 'Convert the whole text to NFC ({count} places)' },
    fixLegacy: { vi: 'Chuyển sang Unicode: “{converted}”', en: 'Convert to Unicode: “{converted}”' },
    fixEth: { vi: 'Thay bằng “{fixed}”', en: 'Replace with “{fixed}”' },
  },
  check(ctx: RuleContext): Report[] {
    const nfc = ctx.doc.nfc;
    return reportsOf(ctx, scanLegacy(nfc, 0, nfc.length));
  },
  // the NFD words are counted over the whole text ("convert all"), found in reportsOf; the rest per paragraph
  paragraphScan: { scan: scanLegacy, reports: (ctx, found) => reportsOf(ctx, found as LegacyReading[]) },
};

function reportsOf(ctx: RuleContext, found: LegacyReading[]): Report[] {
  const reports: Report[] = [];
  const original = ctx.doc.original;

  // 1. NFD / "tổ hợp" words, in original coordinates. When the NFC view is the text itself (no
  // suppression comment), the text is NFC and so is each of its words: no whole-text scan then.
  const words = ctx.doc.nfc === original ? [] : mergeRuns(original, findNonNfcWords(original));
  const allAtOnce: Fix | undefined =
    words.length >= 2 && words.length <= ALL_AT_ONCE_LIMIT
      ? {
          titleId: 'fixAllNfc',
          values: { count: words.length },
          edits: words.map((w) => ({ start: w.start, end: w.end, newText: w.nfc })),
          // the per-word fixes already convert everything under --fix; keep this one on request
          safe: false,
        }
      : undefined;
  for (const w of words) {
    const isNfd = w.word === w.word.normalize('NFD');
    const fixes: Fix[] = [
      { titleId: 'fixNfc', values: { nfc: w.nfc }, edits: [{ start: w.start, end: w.end, newText: w.nfc }], safe: true },
    ];
    if (allAtOnce) fixes.push(allAtOnce);
    reports.push({
      start: w.start,
      end: w.end,
      coords: 'original',
      messageId: isNfd ? 'nfd' : 'toHop',
      values: { nfc: w.nfc },
      fixes,
    });
  }

  // 2. Legacy mojibake runs and "Ð" for "Đ", in NFC coordinates.
  const nfc = ctx.doc.nfc;
  const runs = found.filter((r): r is LegacyRun => !('fixed' in r));
  for (const run of runs) {
    const text = nfc.slice(run.start, run.end);
    const encoding = run.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    if (run.converted !== undefined) {
      reports.push({
        start: run.start,
        end: run.end,
        messageId: 'legacyConverted',
        values: { encoding, text, converted: run.converted },
        fixes: [
          {
            titleId: 'fixLegacy',
            values: { converted: run.converted },
            edits: [{ start: run.start, end: run.end, newText: run.converted }],
            safe: true,
          },
        ],
      });
    } else {
      reports.push({ start: run.start, end: run.end, messageId: 'legacyUncertain', values: { encoding, text } });
    }
  }
  for (const eth of found) {
    if (!('fixed' in eth)) continue;
    if (inRuns(runs, eth.start)) continue;
    reports.push({
      start: eth.start,
      end: eth.end,
      messageId: 'eth',
      values: { word: nfc.slice(eth.start, eth.end), fixed: eth.fixed },
      fixes: [{ titleId: 'fixEth', values: { fixed: eth.fixed }, edits: [{ start: eth.start, end: eth.end, newText: eth.fixed }], safe: true }],
    });
  }
  return reports;
}
