// Word drafts (.docx) → the article's text, with where each line came from in the document.
//
// A .docx is a ZIP archive whose main part (word/document.xml, named in _rels/.rels) holds the
// paragraphs (<w:p>) and their runs of text (<w:t>). We read exactly that with node:zlib and a
// small ZIP reader instead of a library: the checker needs paragraph text only, with exact
// paragraph:column positions, and the readers on npm (mammoth and its JSZip/lop/bluebird/underscore
// tree) would add ~600 KB to every bundle for formatting we throw away. Limits keep hostile
// archives cheap: 64 MiB for the main part, CRC-checked, stored or deflated entries only.
//
// Text layout: Word paragraphs are separated by a blank line (so the core sees them as paragraphs);
// a line break inside a paragraph (<w:br/>, <w:cr/>) becomes "\n"; <w:tab/> a tab. `lineOrigins`
// maps each line of the text back to its paragraph (0-based) and the column it starts at.
//
// Not .docx: an old binary .doc (an OLE compound file with a WordDocument stream), a
// password-protected .docx (an OLE file with an EncryptedPackage stream), or anything that is not a
// ZIP with a main document part — each a clear message, never a crash.

import { inflateRawSync } from 'node:zlib';

export interface LineOrigin {
  /** 0-based paragraph of the Word document. */
  paragraph: number;
  /** UTF-16 column inside that paragraph where the line starts. */
  column: number;
}

export interface DocxText {
  ok: true;
  text: string;
  lineOrigins: LineOrigin[];
  /** Paragraphs of the document (empty ones included). */
  paragraphs: number;
}

export type DocxFailureReason = 'doc' | 'encrypted' | 'corrupt' | 'not-word' | 'too-large';

export interface DocxFailure {
  ok: false;
  reason: DocxFailureReason;
  message: { vi: string; en: string };
}

export type DocxResult = DocxText | DocxFailure;

const MAX_PART = 64 * 1024 * 1024;
const WORD_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm', '.doc', '.dot'];

/** Whether a file name is a Word file by its extension. */
export function isWordFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORD_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether the bytes look like a Word container (ZIP or OLE), whatever the file is called. */
export function looksLikeWordContainer(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC);
}

function utf16Includes(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

const FAIL: Record<DocxFailureReason, { vi: string; en: string }> = {
  doc: {
    vi: 'tệp Word cũ (.doc, định dạng nhị phân) — hãy mở bằng Word và lưu thành .docx (Lưu thành… → Tài liệu Word)',
    en: 'old binary Word file (.doc) — open it in Word and save it as .docx (Save As… → Word Document)',
  },
  encrypted: {
    vi: 'tệp Word có mật khẩu (đã mã hóa) — hãy gỡ mật khẩu trong Word (Tệp → Thông tin → Bảo vệ tài liệu) rồi kiểm tra lại',
    en: 'password-protected (encrypted) Word file — remove the password in Word (File → Info → Protect Document) and check again',
  },
  corrupt: { vi: 'tệp .docx bị hỏng, không đọc được', en: 'corrupt .docx file, cannot be read' },
  'not-word': { vi: 'không phải tài liệu Word (.docx)', en: 'not a Word document (.docx)' },
  'too-large': { vi: 'tệp .docx quá lớn (phần văn bản trên 64 MiB)', en: '.docx too large (main part above 64 MiB)' },
};

function fail(reason: DocxFailureReason, detail?: string): DocxFailure {
  const m = FAIL[reason];
  return { ok: false, reason, message: detail ? { vi: `${m.vi} (${detail})`, en: `${m.en} (${detail})` } : m };
}

class ZipError extends Error {
  constructor(
    readonly reason: DocxFailureReason,
    detail: string,
  ) {
    super(detail);
  }
}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The central directory of a ZIP archive. */
function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'no ZIP end record');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('corrupt', 'ZIP64 archives are not supported');
  if (offset + size > eocd) throw new ZipError('corrupt', 'central directory out of range');
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw new ZipError('corrupt', 'bad central directory entry');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > eocd) throw new ZipError('corrupt', 'bad central directory entry');
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, nameLength).toString('utf8');
    entries.set(name, {
      name,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxPart = MAX_PART): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
  if (entry.size > maxPart) throw new ZipError('too-large', `${entry.name}`);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipError('corrupt', `no local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('corrupt', `${entry.name} is truncated`);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: maxPart });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ZipError(code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'corrupt', `${entry.name}: ${code ?? 'inflate failed'}`);
    }
  } else throw new ZipError('corrupt', `${entry.name}: compression method ${entry.method}`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError('corrupt', `${entry.name}: checksum mismatch`);
  return data;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/** The namespace prefix of WordprocessingML in a part ("w" almost always; "" for a default namespace). */
function mainPrefix(xml: string): string {
  const head = xml.slice(0, 20000);
  for (const ns of MAIN_NAMESPACES) {
    const m = new RegExp(`xmlns(?::([\\w.-]+))?="${ns.replace(/[.]/g, '\\.')}"`).exec(head);
    if (m) return m[1] ?? '';
  }
  return 'w';
}

/** Paragraph texts of a WordprocessingML part, in document order. Linear; total. */
export function paragraphsOfDocumentXml(xml: string): string[] {
  const prefix = mainPrefix(xml);
  const q = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  const P = q('p');
  const R = q('r');
  const T = q('t');
  const TAB = q('tab');
  const BR = q('br');
  const CR = q('cr');
  const NB_HYPHEN = q('noBreakHyphen');
  const MOVE_FROM = q('moveFrom');
  const paragraphs: string[] = [];
  const open: string[][] = [];
  let inText = false;
  let runDepth = 0;
  let skipDepth = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (inText && skipDepth === 0 && open.length > 0 && textEnd > i) open[open.length - 1].push(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (inText && skipDepth === 0 && open.length > 0) open[open.length - 1].push(xml.slice(lt + 9, close < 0 ? n : close));
      i = close < 0 ? n : close + 3;
      continue;
    }
    // the tag's end: the first ">" outside quoted attribute values
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    const tag = xml.slice(lt + 1, j);
    i = j + 1;
    if (tag[0] === '?' || tag[0] === '!') continue;
    const closing = tag[0] === '/';
    const selfClosing = tag.endsWith('/');
    const nameEnd = tag.search(/[\s/>]|$/);
    const name = closing ? tag.slice(1).trim() : tag.slice(0, nameEnd === 0 ? tag.length : nameEnd);
    if (name === MOVE_FROM) {
      if (closing) skipDepth = Math.max(0, skipDepth - 1);
      else if (!selfClosing) skipDepth++;
      continue;
    }
    if (name === P) {
      if (closing) {
        const parts = open.pop();
        if (parts) paragraphs.push(parts.join(''));
      } else if (selfClosing) paragraphs.push('');
      else open.push([]);
      inText = false;
      continue;
    }
    if (name === R) {
      if (closing) runDepth = Math.max(0, runDepth - 1);
      else if (!selfClosing) runDepth++;
      continue;
    }
    if (name === T) {
      inText = !closing && !selfClosing;
      continue;
    }
    if (runDepth > 0 && skipDepth === 0 && open.length > 0 && !closing) {
      const current = open[open.length - 1];
      if (name === TAB) current.push('\t');
      else if (name === BR || name === CR) current.push('\n');
      else if (name === NB_HYPHEN) current.push('-');
    }
  }
  // an unclosed paragraph at the end of a truncated part still counts
  while (open.length > 0) paragraphs.push(open.shift()!.join(''));
  return paragraphs;
}

/** Paragraphs → the article text (a blank line between paragraphs) and each line's origin. */
export function layoutParagraphs(paragraphs: readonly string[]): { text: string; lineOrigins: LineOrigin[] } {
  const lines: string[] = [];
  const lineOrigins: LineOrigin[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) {
      lines.push('');
      lineOrigins.push({ paragraph: index - 1, column: paragraphs[index - 1].length });
    }
    let column = 0;
    for (const line of paragraph.split('\n')) {
      lines.push(line.replace(/\r/g, ' '));
      lineOrigins.push({ paragraph: index, column });
      column += line.length + 1;
    }
  });
  return { text: lines.length ? `${lines.join('\n')}\n` : '', lineOrigins };
}

/** Where _rels/.rels says the main document part is (default word/document.xml). */
function mainPartName(entries: Map<string, ZipEntry>, bytes: Uint8Array): string | undefined {
  const rels = entries.get('_rels/.rels');
  if (rels) {
    const xml = Buffer.from(readZipEntry(bytes, rels)).toString('utf8');
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (target && /\/officeDocument$/.test(type)) {
        const name = decodeEntities(target).replace(/^\/+/, '').replace(/^\.\//, '');
        if (entries.has(name)) return name;
      }
    }
  }
  return entries.has('word/document.xml') ? 'word/document.xml' : undefined;
}

/** The text of a Word draft, or why it cannot be read. Never throws. `maxPart` (bytes) is for tests. */
export function extractDocx(bytes: Uint8Array, maxPart = MAX_PART): DocxResult {
  if (startsWith(bytes, OLE_MAGIC)) {
    if (utf16Includes(bytes, 'EncryptedPackage') || utf16Includes(bytes, 'EncryptionInfo')) return fail('encrypted');
    if (utf16Includes(bytes, 'WordDocument')) return fail('doc');
    return fail('not-word', 'OLE');
  }
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf') {
    return fail('not-word', 'RTF — lưu thành .docx / save as .docx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return fail(bytes.length === 0 ? 'corrupt' : 'not-word', bytes.length === 0 ? 'empty' : undefined);
  try {
    const entries = readZipDirectory(bytes);
    const main = mainPartName(entries, bytes);
    if (!main) return fail('not-word', 'no word/document.xml');
    const xml = Buffer.from(readZipEntry(bytes, entries.get(main)!, maxPart)).toString('utf8');
    const paragraphs = paragraphsOfDocumentXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
    return { ok: true, ...layoutParagraphs(paragraphs), paragraphs: paragraphs.length };
  } catch (error) {
    if (error instanceof ZipError) return fail(error.reason, error.message);
    return fail('corrupt', String(error));
  }
}
