// Builds small but real .docx files for tests: a ZIP (deflated entries, CRC-32, central directory)
// holding [Content_Types].xml, _rels/.rels and word/document.xml, the way Word lays them out.
// Each blank-line-separated paragraph of the text becomes a <w:p>; a single line break inside a
// paragraph becomes <w:br/>; the text is cut into several runs (some bold), with entities escaped.

import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { crc32 as ourCrc32 } from '../../server/src/node/docx';

const crc32 = (data: Uint8Array): number => {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  return native ? native(data) >>> 0 : ourCrc32(data);
};

export interface ZipFile {
  name: string;
  data: string | Uint8Array;
  /** Store instead of deflate. */
  stored?: boolean;
}

export function zip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const data = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
    const body = f.stored ? data : deflateRawSync(data);
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(f.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(f.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs of a line: every third word starts a new run, alternately bold. */
function runs(line: string): string {
  const words = line.split(/(?<= )/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 3) {
    const chunk = words.slice(i, i + 3).join('');
    const props = (i / 3) % 2 === 1 ? '<w:rPr><w:b/><w:lang w:val="vi-VN"/></w:rPr>' : '';
    out.push(`<w:r>${props}<w:t xml:space="preserve">${escapeXml(chunk)}</w:t></w:r>`);
  }
  return out.join('<w:proofErr w:type="spellStart"/>');
}

export function documentXml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split(/\n[ \t]*\n/);
  const body = paragraphs
    .map((p, i) => {
      const lines = p.split('\n').map(runs).join('<w:r><w:br/></w:r>');
      return `<w:p w:rsidR="00A1${i}"><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:jc w:val="both"/></w:pPr>${i === 0 ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/>' : ''}${lines}${i === 0 ? '<w:bookmarkEnd w:id="0"/>' : ''}</w:p>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose paragraphs are the blank-line-separated paragraphs of `text`. */
export function buildDocx(text: string): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml(text) },
  ]);
}

/** A minimal OLE compound file (header + one directory sector) naming the given streams. */
export function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(dir, i * 128);
    dir.writeUInt16LE(encoded.length, i * 128 + 64);
    dir[i * 128 + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, dir]);
}
