import { Cell, CellErrorValue, CellRichTextValue, ValueType, Workbook, Worksheet } from 'exceljs';
import { quote } from '@budgetflow/domain';
import { ProblemCode } from '@budgetflow/platform';
import { ImportIssue, importIssue } from './import-issue';
import { decodeCsv } from './windows-1252';
import { MAX_WORKBOOK_CELLS, MAX_WORKBOOK_COLUMNS, MAX_WORKBOOK_ENTRIES, MAX_WORKBOOK_UNPACKED_BYTES, WorkbookBound, workbookBound } from './workbook-bounds';

/** One cell as read: its text, and its number where the cell holds one. */
export interface SheetCell {
  readonly text: string;
  readonly number?: number;
}

/** A sheet as rows of cells (rows[0] is sheet row 1; null is an empty cell). */
export interface SheetGrid {
  readonly sheet: string;
  readonly rows: readonly (readonly (SheetCell | null)[])[];
}

/** Why a file cannot be read at all, as a problem: status, code, Danish detail and any located problems. */
export interface FileRefusal {
  /** A code of the problem registry, which gives the status and title. */
  readonly code: ProblemCode;
  readonly detail: string;
  readonly issues?: readonly ImportIssue[];
}

export type ReadSheet = { readonly ok: true; readonly grid: SheetGrid } | { readonly ok: false; readonly refusal: FileRefusal };

/** Most lines a file may have below its header. */
export const MAX_IMPORT_ROWS = 5000;
/** Largest file accepted. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The sheet the template's proposals are on (else the first sheet that is not the explanation). */
export const PROPOSAL_SHEET = 'Forslag';
export const EXPLANATION_SHEET = 'Vejledning';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: the old .xls format, or an OOXML file encrypted with a password (Excel stores those so).
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function refusal(code: ProblemCode, detail: string, issues?: ImportIssue[]): ReadSheet {
  return { ok: false, refusal: { code, detail, ...(issues ? { issues } : {}) } };
}

function tooManyRows(rows: number | 'more'): ReadSheet {
  const counted = rows === 'more' ? `mere end ${MAX_IMPORT_ROWS}` : String(rows);
  return refusal(
    'import.too_many_rows',
    `Filen har ${counted} linjer under overskriftsrækken (tomme linjer tæller med); højst ${MAX_IMPORT_ROWS} kan indlæses ad gangen. Del filen op.`,
  );
}

const MB = 1024 * 1024;

/** A workbook past one of the limits checked before parsing, as its refusal. */
function boundRefusal(bound: WorkbookBound): ReadSheet {
  switch (bound.kind) {
    case 'not_a_zip':
      return notASpreadsheet();
    case 'too_many_entries':
      return refusal(
        'import.workbook_too_many_entries',
        `Regnearket består af ${bound.entries} dele (filer i zip-arkivet); højst ${MAX_WORKBOOK_ENTRIES} kan læses. Gem arket som en ny projektmappe med kun skabelonens ark.`,
      );
    case 'too_large':
      return refusal(
        'import.workbook_too_large',
        `Regnearket fylder mere end ${MAX_WORKBOOK_UNPACKED_BYTES / MB} MB, når det pakkes ud; så meget kan ikke læses. Del filen op, eller fjern ark, billeder og formatering, der ikke hører til skabelonen.`,
      );
    case 'too_many_rows':
      return tooManyRows(bound.rows > MAX_IMPORT_ROWS + 1 ? bound.rows : 'more');
    case 'too_many_cells':
      return refusal(
        'import.too_many_cells',
        `Regnearket har mere end ${MAX_WORKBOOK_CELLS.toLocaleString('da-DK')} celler; så mange kan ikke indlæses ad gangen. Del filen op.`,
      );
    case 'too_many_columns':
      return refusal(
        'import.too_many_columns',
        `Regnearket har værdier i kolonne ${bound.column}; skabelonens kolonner slutter længe før, og højst ${MAX_WORKBOOK_COLUMNS} kolonner kan læses. Slet kolonnerne til højre for skabelonens.`,
      );
  }
}

/** Reads the proposals sheet of an XLSX file or a CSV file; what cannot be read is refused with a clear reason. */
export async function readSpreadsheet(bytes: Buffer, mediaType: string, charset: string | undefined): Promise<ReadSheet> {
  if (bytes.length === 0) return refusal('import.empty_file', 'Filen er tom.');
  if (bytes.length > MAX_IMPORT_BYTES) return refusal('request.too_large', `Filen er større end de tilladte ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (startsWith(bytes, COMPOUND_FILE)) {
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted
      ? refusal('import.encrypted', 'Filen er beskyttet med en adgangskode (krypteret) og kan ikke læses. Gem den i Excel uden adgangskode og prøv igen.')
      : refusal('import.legacy_xls', 'Filen er i det gamle Excel-format (.xls). Gem den som «Excel-projektmappe (.xlsx)» eller som CSV og prøv igen.');
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  // Text: CSV. A NUL byte means it is some other binary file.
  if (bytes.subarray(0, 4096).includes(0) || mediaType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return notASpreadsheet();
  return readCsv(bytes, charset);
}

function notASpreadsheet(): ReadSheet {
  return refusal(
    'import.not_a_spreadsheet',
    'Filen er hverken et Excel-regneark (.xlsx) eller en CSV-fil. Brug skabelonen, gem den som .xlsx eller CSV, og prøv igen.',
  );
}

async function readXlsx(bytes: Buffer): Promise<ReadSheet> {
  // exceljs unpacks and builds everything in memory: what it may be given is bounded first.
  const bound = await workbookBound(bytes, MAX_IMPORT_ROWS);
  if (bound) return boundRefusal(bound);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return notASpreadsheet();
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((candidate) => candidate.name.toLocaleLowerCase('da') === PROPOSAL_SHEET.toLocaleLowerCase('da')) ??
    sheets.find((candidate) => candidate.name !== EXPLANATION_SHEET);
  if (!sheet) return refusal('import.no_sheet', `Regnearket har intet ark «${PROPOSAL_SHEET}» med forslag.`);
  if (sheet.rowCount - 1 > MAX_IMPORT_ROWS) return tooManyRows(sheet.rowCount - 1);

  const issues: ImportIssue[] = [];
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).slice().sort();
  for (const range of merges) {
    const [first = ''] = range.split(':');
    const match = /^([A-Z]+)(\d+)$/.exec(first);
    issues.push(
      importIssue(
        'import.merged_cells',
        `Cellerne ${range} er flettet. Ophæv fletningen, så hver værdi står i sin egen celle (gentag værdien i hver linje eller lad cellerne stå tomme).`,
        {
          sheet: sheet.name,
          row: match ? Number(match[2]) : null,
          column: match?.[1] ?? null,
          value: cellText(sheet, range) ?? null,
        },
      ),
    );
  }
  const rows: (SheetCell | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: (SheetCell | null)[] = [];
    // Only the cells the file has (includeEmpty would create every cell up to the row's last one).
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = readCell(sheet, cell, issues);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  if (issues.length > 0) return refusal('import.invalid', `Regnearket har ${issues.length} fejl; intet er gemt.`, issues);
  return { ok: true, grid: { sheet: sheet.name, rows: Array.from(rows, (row) => row ?? []) } };
}

function cellText(sheet: Worksheet, range: string): string | undefined {
  const [first = ''] = range.split(':');
  const text = sheet.getCell(first).text;
  return text === '' ? undefined : text;
}

function fromValue(value: unknown): SheetCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'boolean') return { text: value ? 'SAND' : 'FALSK' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  const text = String(value);
  return text.trim() === '' ? null : { text };
}

// exceljs's cell.value leaves out a formula's cached 0 (it copies only truthy fields): cell.result keeps it.
function readCell(sheet: Worksheet, cell: Cell, issues: ImportIssue[]): SheetCell | null {
  const column = cell.address.replace(/\d+$/, '');
  const at = { sheet: sheet.name, row: Number(cell.row), column };
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
    case ValueType.Date:
      return fromValue(cell.value);
    case ValueType.RichText:
      return fromValue((cell.value as CellRichTextValue).richText.map((run) => run.text).join(''));
    case ValueType.Hyperlink:
    case ValueType.SharedString:
      return fromValue(cell.text);
    case ValueType.Error:
      issues.push(
        importIssue('import.cell_error', `Cellen indeholder fejlen ${(cell.value as CellErrorValue).error}; ret cellen eller skriv værdien i stedet.`, {
          ...at,
          value: (cell.value as CellErrorValue).error,
        }),
      );
      return null;
    case ValueType.Formula: {
      const formula = `=${cell.formula}`;
      const result: unknown = cell.result;
      if (result === undefined || result === null) {
        issues.push(
          importIssue(
            'import.formula_without_value',
            `Cellen indeholder formlen ${quote(formula)}, men filen har ingen beregnet værdi. Åbn og gem filen i Excel (så gemmes værdien), eller skriv værdien i stedet for formlen.`,
            {
              ...at,
              value: formula,
            },
          ),
        );
        return null;
      }
      if (typeof result === 'object' && result !== null && 'error' in result) {
        issues.push(
          importIssue(
            'import.formula_error',
            `Formlen ${quote(formula)} giver fejlen ${String((result as CellErrorValue).error)}; ret formlen eller skriv værdien i stedet.`,
            { ...at, value: formula },
          ),
        );
        return null;
      }
      return fromValue(result);
    }
    default:
      return fromValue(cell.text);
  }
}

/** Splits CSV text (RFC 4180 quoting) on the delimiter its header line uses most: ";" as Danish Excel writes, "," or tab. */
export function parseCsv(text: string, maxRows = Infinity): { rows: string[][]; unterminatedQuoteAt: number | null; truncated: boolean } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    [';', ',', '\t'].map((candidate) => ({ candidate, count: firstLine.split(candidate).length })).sort((a, b) => b.count - a.count)[0]?.candidate ?? ';';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteStartLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      // Empty lines count: a file of a million line breaks stops here, not after a million rows in memory.
      if (rows.length > maxRows) return { rows, unterminatedQuoteAt: null, truncated: true };
      row = [];
      field = '';
      line++;
    } else field += char;
  }
  if (quoted) return { rows, unterminatedQuoteAt: quoteStartLine, truncated: false };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, unterminatedQuoteAt: null, truncated: false };
}

function readCsv(bytes: Buffer, charset: string | undefined): ReadSheet {
  const decoded = decodeCsv(bytes, charset);
  if (!decoded.ok)
    return refusal(
      'import.encoding',
      'Filen er ikke gyldig UTF-8. Gem den som «CSV UTF-8» i Excel, eller send den som Windows-1252 (Content-Type: text/csv; charset=windows-1252).',
    );
  // The header and one line past the limit are enough to know the file is too long.
  const { rows, unterminatedQuoteAt, truncated } = parseCsv(decoded.text, MAX_IMPORT_ROWS + 2);
  if (truncated) return tooManyRows('more');
  const sheet = 'CSV';
  if (unterminatedQuoteAt !== null) {
    return refusal('import.invalid', 'CSV-filen kan ikke læses; intet er gemt.', [
      importIssue('import.csv_unterminated_quote', `Et citationstegn (") i linje ${unterminatedQuoteAt} afsluttes aldrig; tjek citationstegnene i linjen.`, {
        sheet,
        row: unterminatedQuoteAt,
      }),
    ]);
  }
  if (rows.length - 1 > MAX_IMPORT_ROWS) return tooManyRows(rows.length - 1);
  return { ok: true, grid: { sheet, rows: rows.map((row) => row.map((text) => (text.trim() === '' ? null : { text }))) } };
}
