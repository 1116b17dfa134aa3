import { Amount } from './amount';
import { formatAmount } from './format-amount';
import { parseAmount } from './parse-amount';
import { quote } from '../validation/text';

/** How a pasted block's numbers were read: Danish unless its cells prove English. */
export type PastedNumberFormat = 'danish' | 'english';

/** Why a pasted cell was not taken: it reads as two different amounts, or as none. */
export type PastedCellProblemCode = 'paste.ambiguous' | 'paste.unreadable';

/** One pasted cell: the amount it was read as (null = empty cell), or the problem to show the user. */
export type PastedAmountCell =
  | { readonly ok: true; readonly input: string; readonly value: Amount | null; readonly text: string }
  | { readonly ok: false; readonly input: string; readonly code: PastedCellProblemCode; readonly message: string };

export interface PastedAmounts {
  readonly format: PastedNumberFormat;
  /** True when some cell could only be read one way (so the format is known, not assumed). */
  readonly proven: boolean;
  readonly cells: readonly (readonly PastedAmountCell[])[];
}

const SIGN = /^([+\-\u2212\u2013]\s*)?/;
// An English number: "1234.5", "1,234.5", "1,234", ".5" is not (Excel writes "0.5").
const ENGLISH_NUMBER = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/**
 * A block copied from a spreadsheet (tab-separated, one line per row) as rows of cell texts. Excel quotes a cell
 * that holds a line break or a quote ("a""b"); a trailing line break (Excel always adds one) makes no row.
 */
export function splitPastedBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/\r\n?/g, '\n');
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (quoted) {
      if (char === '"' && source.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The Danish text of an English number ("1,234.5" → "1234,5"), or undefined when it is not one. */
function englishAsDanish(input: string): string | undefined {
  const text = input.trim();
  // An empty cell ("", "-") is the same in both formats.
  if (text === '' || /^[-\u2212\u2013]$/.test(text)) return text;
  const sign = SIGN.exec(text)?.[0] ?? '';
  const rest = text.slice(sign.length);
  const number = ENGLISH_NUMBER.exec(rest)?.[0];
  if (!number) return undefined;
  const tail = rest.slice(number.length);
  // Only a unit may follow, as in Danish ("mio. kr."); the Danish parser judges it.
  if (tail !== '' && !/^\s*mio/i.test(tail)) return undefined;
  return `${sign}${number.replace(/,/g, '').replace('.', ',')}${tail}`;
}

interface Reading {
  readonly input: string;
  readonly danish?: Amount | null;
  readonly english?: Amount | null;
  readonly danishError?: string;
}

function read(input: string): Reading {
  const danish = parseAmount(input);
  const englishText = englishAsDanish(input);
  const english = englishText === undefined ? undefined : parseAmount(englishText);
  return {
    input,
    danish: danish.ok ? danish.value : undefined,
    english: english?.ok ? english.value : undefined,
    danishError: danish.ok ? undefined : danish.error.message,
  };
}

const readsDanish = (reading: Reading) => reading.danish !== undefined;
const readsEnglish = (reading: Reading) => reading.english !== undefined;
const ambiguous = (reading: Reading) => readsDanish(reading) && readsEnglish(reading) && reading.danish !== reading.english;

/**
 * Reads the amount cells of a pasted block. Danish is the default; the block is read as English only when some
 * cell can only be English ("1,234.5", "2.5") and none can only be Danish ("-2,2", "1.234,5"). A cell that reads
 * as two different amounts ("1,000", "1.500") is taken only when the block proved its format, and a cell that
 * cannot be read is never guessed: both are returned as problems with a Danish message.
 */
export function readPastedAmounts(block: readonly (readonly string[])[]): PastedAmounts {
  const readings = block.map((row) => row.map(read));
  const all = readings.flat();
  const danishOnly = all.some((reading) => readsDanish(reading) && !readsEnglish(reading));
  const englishOnly = all.some((reading) => readsEnglish(reading) && !readsDanish(reading));
  const format: PastedNumberFormat = englishOnly && !danishOnly ? 'english' : 'danish';
  const proven = danishOnly !== englishOnly;
  const cells = readings.map((row) => row.map((reading) => cellOf(reading, format, proven)));
  return { format, proven, cells };
}

function cellOf(reading: Reading, format: PastedNumberFormat, proven: boolean): PastedAmountCell {
  const { input } = reading;
  if (ambiguous(reading) && !proven) {
    return {
      ok: false,
      input,
      code: 'paste.ambiguous',
      message: `${quote(input.trim())} kan læses både som ${formatAmount(reading.danish ?? null)} og ${formatAmount(reading.english ?? null)} mio. kr.; skriv beløbet med decimalkomma, fx «${formatAmount(reading.danish ?? null)}».`,
    };
  }
  const value = format === 'english' ? reading.english : reading.danish;
  if (value === undefined) {
    const why =
      format === 'english'
        ? `${quote(input.trim())} kunne ikke læses som et beløb i de indsatte celler (engelsk talformat).`
        : (reading.danishError ?? `${quote(input.trim())} er ikke et gyldigt beløb.`);
    return { ok: false, input, code: 'paste.unreadable', message: why };
  }
  return { ok: true, input, value, text: formatAmount(value) };
}
