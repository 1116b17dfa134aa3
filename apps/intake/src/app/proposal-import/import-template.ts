import { BudgetRound, joinDanish, roundColumns } from '@budgetflow/domain';
import { Workbook } from 'exceljs';
import { importColumns } from './import-columns';
import { EXPLANATION_SHEET, PROPOSAL_SHEET } from './sheet-reader';

/** How many of a committee's next free references the template lists. */
export const LISTED_REFERENCES = 5;

/**
 * Whom the template is for: the committees whose next free references it lists (in the round's order, each with up
 * to LISTED_REFERENCES), the first of which the example is written for, at its first free reference.
 */
export type TemplateReferences = readonly { readonly committee: string; readonly next: readonly string[] }[];

/** The example proposal of the template: two table rows, so the grouping by reference shows. */
export function templateExample(round: BudgetRound, committee: string, reference: string): Record<string, string | number | null>[] {
  const amounts = (values: (number | null)[]) =>
    Object.fromEntries(roundColumns(round).map((column, index) => [column.label, values[index] ?? values[values.length - 1] ?? null]));
  const first = {
    Reference: reference,
    Udvalg: committee,
    Version: null,
    Titel: 'Effektiv ambulatoriedrift',
    'Hospital/virksomhed/område forslaget vedrører': 'Aalborg Universitetshospital',
    Forslagstype: 'Omstilling/besparelse',
    Finansiering: null,
    Baggrund: 'Effektiv ambulatoriedrift er et vedblivende fokusområde.\n\nMålet er færre unødvendige kontakter.',
    'Beskrivelse af forslag': null,
    Omstillingsforslag: 'Systematisk eftersyn af kontrolbesøg.',
    Økonomi: 'Besparelsen vurderes til ca. 1,125 mio. kr. årligt.',
    'Øvrige forhold': null,
    'Overskrift til forslagsafsnit': 'Prioriteringsforslag',
    Afsnitsrækkefølge: null,
    Række: 'Færre kontrolbesøg',
    Kategori: 'Drift',
    ...amounts([-1, -1, -1, -1]),
  };
  const second = { Reference: reference, Række: 'Indkøb', Kategori: 'Drift', ...amounts([-0.125, -0.125, -0.125, -0.125]) };
  return [first, second];
}

/**
 * The import template of a round as XLSX: the sheet «Forslag» with the headings (frozen) and an example proposal
 * of two lines, and the sheet «Vejledning» that explains each column. Amount cells are numbers in mio. kr. with a
 * Danish number format, as the bilag's spreadsheets have them.
 */
export async function importTemplate(round: BudgetRound, references: TemplateReferences): Promise<Buffer> {
  const columns = importColumns(round);
  const workbook = new Workbook();
  workbook.creator = 'Budgetflow';
  workbook.title = `Skabelon til indlæsning af forslag, ${round.name}`;
  const sheet = workbook.addWorksheet(PROPOSAL_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6ECF2' } }));
  const [exampleFor] = references;
  const exampleReference = exampleFor?.next[0];
  const examples = exampleFor && exampleReference ? templateExample(round, exampleFor.committee, exampleReference) : [];
  for (const example of examples) {
    const row = sheet.addRow(columns.map((column) => example[column.header] ?? null));
    columns.forEach((column, index) => {
      if (column.field.startsWith('amount:')) row.getCell(index + 1).numFmt = '#,##0.0##;-#,##0.0##';
      if (column.field.startsWith('section:')) row.getCell(index + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  }
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.field.startsWith('section:')
      ? 40
      : column.field.startsWith('amount:')
        ? 11
        : Math.max(12, Math.min(30, column.header.length + 2));
  });

  const explanation = workbook.addWorksheet(EXPLANATION_SHEET);
  explanation.addRow([`Indlæsning af forslag til ${round.name} (${round.priceLevel})`]).font = { bold: true, size: 14 };
  for (const line of [
    'Skriv én linje pr. række i forslagets tabel over økonomisk konsekvens. Linjer med samme reference er samme forslag; forslagets øvrige felter skrives på dets første linje (eller gentages ens).',
    'Indlæsningen er alt eller intet: er der fejl, gemmes intet, og svaret nævner hver fejl med ark, række, kolonne og celleværdi. Forslagene oprettes som kladder; en eksisterende kladde med samme reference opdateres, når kolonnen «Version» har dens aktuelle version.',
    'Eksemplet har udvalgets næste ledige reference: skriv det første forslag over det, eller slet det, før du indlæser. Flettede celler og formler uden beregnet værdi kan ikke indlæses. Højst 5.000 linjer og 10 MB. Filen kan også gemmes som CSV (semikolon; UTF-8 eller Windows-1252).',
  ]) {
    explanation.addRow([line]);
  }
  for (const { committee, next } of references) explanation.addRow([nextReferencesLine(round, committee, next)]);
  explanation.addRow([]);
  const headings = explanation.addRow(['Kolonne', 'Skal udfyldes', 'Forklaring']);
  headings.font = { bold: true };
  for (const column of columns) {
    explanation.addRow([
      column.header,
      column.required ? (column.level === 'proposal' ? 'Ja (på forslagets første linje)' : 'Ja (på hver linje)') : 'Nej',
      column.explanation,
    ]);
  }
  explanation.getColumn(1).width = 32;
  explanation.getColumn(2).width = 30;
  explanation.getColumn(3).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** «Næste ledige referencer for udvalget PSU i Budget 2026: B26-PSU-03, B26-PSU-04 og B26-PSU-05 (…)». */
export function nextReferencesLine(round: BudgetRound, committee: string, next: readonly string[]): string {
  if (next.length === 0) return `Udvalget ${committee} har brugt alle referencenumre i ${round.name}.`;
  return `Næste ledige referencer for udvalget ${committee} i ${round.name}: ${joinDanish([...next])} (numre, der er brugt af kladder og tilbagetrukne forslag, gives ikke igen).`;
}
