import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

// Inflated on libuv's thread pool: the event loop keeps answering while a large entry unpacks.
const inflate = promisify(inflateRaw);

/** Most bytes a workbook's zip entries may unpack to, together (declared and actual). */
export const MAX_WORKBOOK_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Most entries (files) a workbook's zip may hold; the template has 12. */
export const MAX_WORKBOOK_ENTRIES = 100;
/** Most cells the workbook's sheets may hold together (5,001 lines of the template's 22 columns fit twice). */
export const MAX_WORKBOOK_CELLS = 250_000;
/** Highest column a cell may stand in (CV; the template ends near V). */
export const MAX_WORKBOOK_COLUMNS = 100;

/** Why a workbook is refused before it is parsed. */
export type WorkbookBound =
  | { readonly kind: 'not_a_zip' }
  | { readonly kind: 'too_many_entries'; readonly entries: number }
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'too_many_rows'; readonly sheet: string; readonly rows: number }
  | { readonly kind: 'too_many_cells'; readonly cells: number }
  | { readonly kind: 'too_many_columns'; readonly sheet: string; readonly column: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeader: number;
}

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535: look no further back.
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/** The zip's own directory, read without unpacking anything; null when it is no zip this reader takes. */
function directory(bytes: Buffer): Entry[] | WorkbookBound {
  if (bytes.length < 22) return { kind: 'not_a_zip' };
  const end = endOfDirectory(bytes);
  if (end < 0) return { kind: 'not_a_zip' };
  const entries = bytes.readUInt16LE(end + 10);
  if (entries > MAX_WORKBOOK_ENTRIES) return { kind: 'too_many_entries', entries };
  let offset = bytes.readUInt32LE(end + 16);
  const found: Entry[] = [];
  let declared = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return { kind: 'not_a_zip' };
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const declaredSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    // ZIP64 sizes are beyond 4 GB: far past any limit here.
    if (compressedSize === ZIP64_MARK || declaredSize === ZIP64_MARK) return { kind: 'too_large', bytes: ZIP64_MARK };
    declared += declaredSize;
    if (declared > MAX_WORKBOOK_UNPACKED_BYTES) return { kind: 'too_large', bytes: declared };
    found.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize,
      declaredSize,
      localHeader: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return found;
}

/** An entry's bytes, inflated with at most `budget` bytes of output (null beyond it or when it cannot be read). */
async function unpack(bytes: Buffer, entry: Entry, budget: number): Promise<Buffer | 'too_large' | null> {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? 'too_large' : data;
  if (entry.method !== 8) return null;
  try {
    // maxOutputLength stops the inflation itself at the budget: a bomb never unpacks beyond it.
    return await inflate(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : null;
  }
}

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/**
 * Checks a workbook (an XLSX zip) against the limits before exceljs parses it, which would unpack every entry and
 * build every row and cell in memory: the directory's entry count and declared sizes first, then each entry inflated
 * within what is left of the size limit, then the sheets' rows (empty ones too, and the highest row number), cells
 * and columns counted in their XML. Returns the first limit passed, or null when the workbook is within them.
 */
export async function workbookBound(bytes: Buffer, maxRows: number): Promise<WorkbookBound | null> {
  const entries = directory(bytes);
  if (!Array.isArray(entries)) return entries;
  let budget = MAX_WORKBOOK_UNPACKED_BYTES;
  let cells = 0;
  for (const entry of entries) {
    const unpacked = await unpack(bytes, entry, budget);
    if (unpacked === 'too_large') return { kind: 'too_large', bytes: MAX_WORKBOOK_UNPACKED_BYTES - budget + entry.declaredSize };
    if (unpacked === null) return { kind: 'not_a_zip' };
    budget -= unpacked.length;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.exec(entry.name);
    if (!sheet) continue;
    // Tags are ASCII: latin1 reads them without decoding the text between them.
    const xml = unpacked.toString('latin1');
    const name = entry.name.slice('xl/worksheets/'.length, -'.xml'.length);
    let rows = 0;
    let highestRow = 0;
    for (const match of xml.matchAll(/<(?:\w+:)?row\b([^>]*)>/g)) {
      rows++;
      const number = Number(/\br="(\d+)"/.exec(match[1] ?? '')?.[1] ?? rows);
      highestRow = Math.max(highestRow, number);
      if (rows > maxRows + 1 || highestRow > maxRows + 1) return { kind: 'too_many_rows', sheet: name, rows: Math.max(rows, highestRow) - 1 };
    }
    for (const match of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) {
      if (++cells > MAX_WORKBOOK_CELLS) return { kind: 'too_many_cells', cells };
      const column = /\br="([A-Z]+)\d+"/.exec(match[1] ?? '')?.[1];
      if (column && columnNumber(column) > MAX_WORKBOOK_COLUMNS) return { kind: 'too_many_columns', sheet: name, column };
    }
  }
  return null;
}
