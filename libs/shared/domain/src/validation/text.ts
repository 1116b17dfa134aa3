import { excerpt } from './excerpt';
import { issue, ValidationIssue } from './validation-issue';

/**
 * What a Danish text field may contain. One rule for every text a person types (names, titles, labels, text
 * sections, remarks, decision texts), because every one of them can end up in a bilag (PDF):
 * - only characters the bilag font has a glyph for (libs/reporting/bilag tests every range below against the
 *   font's cmap), so nothing ever prints as an empty box: emoji, Hebrew, Arabic, CJK and the like are refused;
 * - no NUL, no lone UTF-16 surrogate (PostgreSQL refuses both), no control character (BEL, ESC, TAB, ...);
 * - a line break only in a multi-line text (a text section, a remark, a decision text); a name or a title is one
 *   line. CR LF and CR are read as LF;
 * - no invisible characters (zero-width space, joiners, BOM, soft hyphen), so no text can look empty but be set.
 * Text is compared in Unicode NFC, so a letter typed as a base letter plus a combining mark counts as one letter.
 */
export type TextKind = 'line' | 'multiline';

/** Code point ranges (inclusive) a text may contain, besides LF in a multi-line text. */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xac], // Latin-1 Supplement (soft hyphen U+00AD left out: invisible)
  [0xae, 0xff],
  [0x100, 0x17f], // Latin Extended-A
  [0x2010, 0x2011], // hyphens
  [0x2013, 0x2015], // en and em dashes
  [0x2018, 0x201e], // quotation marks
  [0x2020, 0x2022], // daggers, bullet
  [0x2026, 0x2026], // ellipsis
  [0x2030, 0x2030], // per mille
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a], // single guillemets
  [0x20ac, 0x20ac], // euro
  [0x2122, 0x2122], // trade mark
  [0x2212, 0x2212], // minus sign (amounts may be typed with it)
  [0x2248, 0x2248], // almost equal
  [0x2260, 0x2260], // not equal
  [0x2264, 0x2265], // less/greater than or equal
];

/** Characters that show nothing; refused everywhere (and a text made only of them is empty). */
const INVISIBLE = new Set([
  0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff,
]);

const LF = 0x0a;

/** True for a code point the rule accepts in any text (LF aside). */
export function isPrintableCodePoint(codePoint: number): boolean {
  for (const [from, to] of PRINTABLE_RANGES) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

/** Trimmed text of a user-typed field in NFC, line breaks as LF; anything that is not a string counts as empty. */
export function cleanText(value: unknown): string {
  // Services pass JSON bodies through; a number or null in a text field is treated as missing.
  if (typeof value !== 'string') return '';
  return normalizeText(value).trim();
}

/** NFC and LF line breaks; a string with a lone surrogate is left as it is (the rule refuses it). */
export function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** What is wrong with a text, if anything: a stable code and a Danish sentence about «label». */
export function textProblem(value: string, kind: TextKind, label: string): { code: string; message: string } | undefined {
  const text = normalizeText(value);
  let visible = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        return { code: 'text.broken_character', message: `${label} indeholder et ødelagt tegn (en halv UTF-16-surrogat, U+${hex(unit)}); skriv teksten igen.` };
      }
      const codePoint = text.codePointAt(index) as number;
      return {
        code: 'text.unprintable_character',
        message: `${label} indeholder tegnet «${String.fromCodePoint(codePoint)}» (U+${hex(codePoint)}), som ikke kan vises i bilagene; fjern det.`,
      };
    }
    if (unit === 0) return { code: 'text.nul_character', message: `${label} indeholder et nul-tegn (U+0000), som ikke er tilladt i en tekst.` };
    if (unit === LF) {
      if (kind === 'line') return { code: 'text.line_break', message: `${label} skal stå på én linje; fjern linjeskiftet.` };
      continue;
    }
    if (unit < 0x20 || (unit >= 0x7f && unit < 0xa0)) {
      return { code: 'text.control_character', message: `${label} indeholder et styretegn (U+${hex(unit)}), som ikke er tilladt i en tekst.` };
    }
    if (INVISIBLE.has(unit)) continue;
    if (!isPrintableCodePoint(unit)) {
      return {
        code: 'text.unprintable_character',
        message: `${label} indeholder tegnet «${text[index]}» (U+${hex(unit)}), som ikke kan vises i bilagene; fjern det.`,
      };
    }
    if (unit !== 0x20 && unit !== 0xa0) visible += 1;
  }
  const invisible = [...text].find((character) => INVISIBLE.has(character.charCodeAt(0)));
  if (invisible !== undefined) {
    if (visible === 0) return { code: 'text.invisible_only', message: `${label} består kun af usynlige tegn; skriv en tekst.` };
    return { code: 'text.invisible_character', message: `${label} indeholder et usynligt tegn (U+${hex(invisible.charCodeAt(0))}); fjern det.` };
  }
  return undefined;
}

/** The rule as a validation issue for the field at `path`, described to the user as `label` (e.g. «Titlen»). */
export function checkText(value: unknown, path: string, label: string, kind: TextKind = 'line'): ValidationIssue[] {
  if (typeof value !== 'string') return [];
  const problem = textProblem(value, kind, label);
  return problem ? [issue(problem.code, path, problem.message)] : [];
}

function hex(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/** Wraps a value in Danish quotation marks for messages, at most an excerpt of it: «value». */
export function quote(value: unknown): string {
  return `«${excerpt(String(value))}»`;
}

/** Joins Danish list items: "a", "a og b", "a, b og c" (or "eller"). */
export function joinDanish(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The text with a small first letter, to stand inside a sentence: «Initiativet «X»» → «initiativet «X»». */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('da') + text.slice(1);
}

/** The text with a capital first letter, to begin a sentence or head a column: «sundhedspakken» → «Sundhedspakken». */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
