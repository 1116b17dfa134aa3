// Test helper: spreadsheets an attacker would send to the import (issue 25): zip bombs, a zip that lies about its
// sizes, thousands of entries, a million empty rows, a cell in the last column, a CSV of a million empty lines.
// Written with a minimal zip writer of its own, so each file is exactly as hostile as described.
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One zip entry: its name, its deflated bytes, its real size and CRC, and optionally the size its directory claims. */
export interface ZipEntry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly size: number;
  readonly crc: number;
  readonly declaredSize?: number;
}

export function zipEntry(name: string, content: Buffer | string): ZipEntry {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** An entry of `times` repetitions of `chunk`, deflated as a stream (a 1 GiB entry never exists in memory). */
export async function repeatedEntry(name: string, chunk: Buffer, times: number, declaredSize?: number): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const ended = once(deflate, 'end');
  let crc = 0;
  for (let index = 0; index < times; index++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { name, deflated: Buffer.concat(parts), size: chunk.length * times, crc, ...(declaredSize === undefined ? {} : { declaredSize }) };
}

/** A zip archive of these entries (deflate, no ZIP64), its directory claiming each entry's declaredSize if given. */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    directory.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook («Forslag») around its sheet XML entry. */
function workbookParts(): ZipEntry[] {
  return [
    zipEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    zipEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    zipEntry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Forslag" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    zipEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}

const SHEET_START = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

/** A workbook whose sheet XML is this text (between <sheetData> and </sheetData>). */
export function workbookWithSheetData(sheetData: string): Buffer {
  return zipArchive([...workbookParts(), zipEntry('xl/worksheets/sheet1.xml', SHEET_START + sheetData + SHEET_END)]);
}

/** A workbook of a header and `rows` numbered empty rows (a million: about 1 MB that exceljs makes 540 MB of). */
export async function emptyRowsWorkbook(rows: number): Promise<Buffer> {
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Reference</t></is></c></row>';
  const row = (index: number) => `<row r="${index + 2}"/>`;
  const sheet = await joinedEntry('xl/worksheets/sheet1.xml', Buffer.from(SHEET_START + header), row, rows, Buffer.from(SHEET_END));
  return zipArchive([...workbookParts(), sheet]);
}

// One deflate stream of start, `times` parts and end, written in chunks of a thousand parts.
async function joinedEntry(name: string, start: Buffer, part: (index: number) => string, times: number, end: Buffer): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  };
  await write(start);
  for (let from = 0; from < times; from += 1000)
    await write(Buffer.from(Array.from({ length: Math.min(times - from, 1000) }, (_part, offset) => part(from + offset)).join('')));
  await write(end);
  deflate.end();
  await ended;
  return { name, deflated: Buffer.concat(parts), size, crc };
}

/**
 * A zip bomb: a workbook whose sheet unpacks to `bytes` of XML whitespace. With `lie`, the zip's directory claims
 * the sheet unpacks to 1 KB, so only bounding the inflation itself finds it.
 */
export async function unpackBombWorkbook(bytes: number, lie = false): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const sheet = await repeatedEntry('xl/worksheets/sheet1.xml', chunk, Math.ceil(bytes / chunk.length), lie ? 1024 : undefined);
  return zipArchive([...workbookParts(), sheet]);
}

/** A workbook with `count` extra (tiny) entries beside its parts. */
export function manyEntriesWorkbook(count: number): Buffer {
  const extra = Array.from({ length: count }, (_entry, index) => zipEntry(`xl/media/image${index}.png`, 'x'));
  return zipArchive([...workbookParts(), zipEntry('xl/worksheets/sheet1.xml', SHEET_START + SHEET_END), ...extra]);
}

/** A workbook with a header and `rows` rows each with one cell in the last column (XFD) exceljs fills up to. */
export function farColumnWorkbook(rows: number): Buffer {
  const lines = Array.from({ length: rows }, (_row, index) => `<row r="${index + 1}"><c r="XFD${index + 1}"><v>1</v></c></row>`);
  return workbookWithSheetData(lines.join(''));
}

/** A CSV of a header and `lines` empty lines. */
export function emptyLinesCsv(lines: number): Buffer {
  return Buffer.from('Reference;Titel\r\n' + '\r\n'.repeat(lines));
}
