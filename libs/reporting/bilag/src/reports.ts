import { BudgetRound } from '@budgetflow/domain';

/** The bilag. */
export type ReportKey =
  'katalog' | 'faktaark' | 'rammeopfoelgning' | 'udmoentning' | 'vedtaget' | 'ikke-medregnet' | 'budgetaftale' | 'nye-bevillinger' | 'budgetspoergsmaal';

/** What a bilag is called and how its file is named. */
export interface ReportDescription {
  readonly key: ReportKey;
  /** Danish title without the round, e.g. "Forslag til omstillingstemaer". */
  readonly title: string;
  /** File name without the round, e.g. "katalog.pdf". */
  readonly fileName: string;
  /** True for the fact sheet, which is rendered for one proposal. */
  readonly perProposal: boolean;
  /** One Danish sentence on what the bilag shows. */
  readonly description: string;
  /** The printed title names the round after «for» («Budgetaftale for Budget 2026»), not after a comma. */
  readonly titleForRound?: true;
}

/** The bilag, in the order of the budget process. */
export const REPORTS: readonly ReportDescription[] = [
  {
    key: 'katalog',
    title: 'Forslag til omstillingstemaer',
    fileName: 'katalog.pdf',
    perProposal: false,
    description: 'Udvalgenes forslag som indsendt, med oversigt pr. udvalg og ét afsnit pr. forslag.',
  },
  {
    key: 'faktaark',
    title: 'Faktaark',
    fileName: 'faktaark.pdf',
    perProposal: true,
    description: 'Ét forslag med status og, hvis beløbene er ændret, den besluttede tabel.',
  },
  {
    key: 'rammeopfoelgning',
    title: 'Rammeopfølgning',
    fileName: 'rammeopfoelgning.pdf',
    perProposal: false,
    description: 'Hvert udvalgs forslag efter status mod rammen, og runden mod målet.',
  },
  {
    key: 'udmoentning',
    title: 'Udmøntning',
    fileName: 'udmoentning.pdf',
    perProposal: false,
    description: 'De medregnede forslag år for år, med rest til udmøntning som rammebesparelse.',
  },
  {
    key: 'vedtaget',
    title: 'Vedtagne forslag',
    fileName: 'vedtaget.pdf',
    perProposal: false,
    description: 'Bilag til budgetaftalen: de vedtagne forslag pr. udvalg med deres beløb i ord.',
  },
  {
    key: 'ikke-medregnet',
    title: 'Forslag, der ikke medregnes',
    fileName: 'ikke-medregnet.pdf',
    perProposal: false,
    description: 'De indsendte forslag, der er afvist, ikke vedtaget eller bortfaldet, pr. udvalg med deres beløb år for år.',
  },
  {
    key: 'budgetaftale',
    title: 'Budgetaftale',
    fileName: 'budgetaftale.pdf',
    perProposal: false,
    description: 'Aftalen mellem partierne: kapitlerne med deres initiativer og aftaleparternes beslutning om hvert af dem.',
    titleForRound: true,
  },
  {
    key: 'nye-bevillinger',
    title: 'Nye bevillinger',
    fileName: 'nye-bevillinger.pdf',
    perProposal: false,
    description: 'Bilag 1 til budgetaftalen: aftalens nye bevillinger pr. kapitel med beløb år for år og i alt pr. finansieringskilde.',
  },
  {
    key: 'budgetspoergsmaal',
    title: 'Svar på budgetspørgsmål',
    fileName: 'budgetspoergsmaal.pdf',
    perProposal: false,
    description: 'Regionsrådsmedlemmernes budgetspørgsmål med de svar, Koncernøkonomi har godkendt, ordnet efter hvem der har besvaret dem.',
  },
];

/** The description of a report key. */
export function reportDescription(key: ReportKey): ReportDescription {
  const report = REPORTS.find((candidate) => candidate.key === key);
  if (!report) throw new RangeError(`Bilaget «${key}» findes ikke.`);
  return report;
}

/** The printed title: "Forslag til omstillingstemaer, Budget 2026"; a fact sheet names its proposal. */
export function reportTitle(key: ReportKey, round: Pick<BudgetRound, 'name'>, reference?: string): string {
  const { title, titleForRound } = reportDescription(key);
  if (titleForRound) return `${title} for ${round.name}`;
  return reference ? `${title} ${reference}, ${round.name}` : `${title}, ${round.name}`;
}

function slug(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A download file name: "budget-2026-katalog.pdf", "budget-2026-faktaark-b26-dns-01.pdf". */
export function reportFileName(key: ReportKey, round: Pick<BudgetRound, 'name'>, reference?: string): string {
  const base = reportDescription(key).fileName.replace(/\.pdf$/, '');
  return `${[slug(round.name), base, ...(reference ? [slug(reference)] : [])].join('-')}.pdf`;
}
