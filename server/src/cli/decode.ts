// Bytes of an article file -> text, or a clear reason why not. Node-free (Uint8Array + TextDecoder).
//   UTF-8 with or without BOM; UTF-16 LE/BE with BOM. The BOM is not part of the text: positions
//   (line/character) count from the first character after it, and --fix writes it back.
//   NUL bytes without a UTF-16 BOM: a binary file. Invalid UTF-8: guess a legacy Vietnamese
//   8-bit encoding (TCVN3/ABC, VNI, Windows-1258) from byte patterns, to say what to convert.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  ok: true;
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

export interface DecodeFailure {
  ok: false;
  reason: 'binary' | 'invalid-utf8' | 'invalid-utf16';
  /** Best guess at a legacy Vietnamese 8-bit encoding, when the bytes look like one. */
  legacy?: LegacyEncoding;
  /** Byte offset of the first offending byte. */
  byteOffset: number;
  message: { vi: string; en: string };
}

export type DecodeResult = DecodedText | DecodeFailure;

const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, phông .Vn…)',
  vni: 'VNI (phông VNI-…)',
  'windows-1258': 'Windows-1258',
};
const LEGACY_NAMES_EN: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, .Vn… fonts)',
  vni: 'VNI (VNI-… fonts)',
  'windows-1258': 'Windows-1258',
};

/** Offset of the first byte where a UTF-8 sequence is malformed, or -1. Linear. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const VOWEL = new Uint8Array(256);
for (const ch of 'aeiouyAEIOUY') VOWEL[ch.charCodeAt(0)] = 1;
// VNI: an ASCII vowel followed by a tone/diacritic byte (ø ù û õ ï for huyền sắc hỏi ngã nặng,
// â ê ô ö for hats and horns); đ/Đ are ñ/Ñ. Upper-case variants sit 0x20 lower.
const VNI_MARK = new Uint8Array(256);
for (const b of [0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe2, 0xea, 0xf4, 0xf6, 0xd8, 0xd9, 0xdb, 0xd5, 0xcf, 0xc2, 0xca, 0xd4, 0xd6]) VNI_MARK[b] = 1;
// Windows-1258: combining tone bytes after a vowel (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot).
const CP1258_TONE = new Uint8Array(256);
for (const b of [0xcc, 0xec, 0xd2, 0xde, 0xf2]) CP1258_TONE[b] = 1;

/** Guesses a legacy Vietnamese 8-bit encoding from byte statistics (a hint for the message only). */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  let high = 0;
  let tcvn = 0;
  let vni = 0;
  let cp1258 = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    const prev = i > 0 ? bytes[i - 1] : 0x20;
    const next = i + 1 < n ? bytes[i + 1] : 0x20;
    // TCVN3: one byte per precomposed letter, so a high byte sits between ASCII consonants or
    // spaces ("t\xE6 ch\xF8c"); its symbols range 0xA1–0xBF holds đ (0xAE), ư (0xAD), Đ (0xA7)…
    if (prev < 0x80 && !VOWEL[prev] && next < 0x80) tcvn++;
    if (b >= 0xa1 && b <= 0xbf) tcvn++;
    // VNI: an ASCII vowel followed by a mark byte; đ/Đ are 0xF1/0xD1.
    if (VOWEL[prev] && VNI_MARK[b]) vni += 2;
    if (b === 0xf1 || b === 0xd1) vni++;
    // Windows-1258: a vowel followed by a combining tone byte.
    if (VOWEL[prev] && CP1258_TONE[b]) cp1258 += 2;
  }
  if (high < 3) return undefined;
  const best = Math.max(tcvn, vni, cp1258);
  if (best < 3 || best < high * 0.3) return undefined;
  if (best === vni) return 'vni';
  if (best === tcvn) return 'tcvn3';
  return 'windows-1258';
}

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b);
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (hasBom(bytes, 0xff, 0xfe) || hasBom(bytes, 0xfe, 0xff)) {
    const encoding: Encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
      return { ok: true, text, encoding, bom: true };
    } catch {
      return {
        ok: false,
        reason: 'invalid-utf16',
        byteOffset: 0,
        message: { vi: `tệp ${encoding.toUpperCase()} bị hỏng`, en: `malformed ${encoding.toUpperCase()} file` },
      };
    }
  }
  const bom = hasBom(bytes, 0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      reason: 'binary',
      byteOffset: nul + (bom ? 3 : 0),
      message: { vi: 'tệp nhị phân, bỏ qua', en: 'binary file skipped' },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(body)) + (bom ? 3 : 0);
    const legacy = guessLegacyEncoding(body);
    const vi = legacy
      ? `tệp không phải UTF-8 (byte ${at}); có vẻ là mã cũ ${LEGACY_NAMES[legacy]} — hãy chuyển sang Unicode UTF-8 (ví dụ Unikey: Công cụ chuyển mã)`
      : `tệp không phải UTF-8 hợp lệ (byte ${at}) — hãy lưu lại với mã Unicode UTF-8`;
    const en = legacy
      ? `not UTF-8 (byte ${at}); looks like the legacy ${LEGACY_NAMES_EN[legacy]} encoding — convert it to Unicode UTF-8 (e.g. Unikey's converter)`
      : `not valid UTF-8 (byte ${at}) — save the file as Unicode UTF-8`;
    return { ok: false, reason: 'invalid-utf8', ...(legacy ? { legacy } : {}), byteOffset: at, message: { vi, en } };
  }
}

/** The bytes to write back for `text`, in the file's original encoding and BOM. */
export function encodeArticle(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const le = encoding === 'utf-16le';
  out[0] = le ? 0xff : 0xfe;
  out[1] = le ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}
