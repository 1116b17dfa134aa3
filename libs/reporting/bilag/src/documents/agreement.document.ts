import { BudgetRound } from '@budgetflow/domain';
import { AGREEMENT_APPENDICES, appendixEntry } from '../content/agreement-appendices';
import { AgreementDocument, agreementDocument } from '../content/agreement-document';
import { requireAgreement } from '../content/agreement-availability';
import { agreementMadeSentence } from '../content/agreement-parties';
import { textBlocks } from '../content/proposal-section';
import { adoptedProposals } from '../content/proposal-selection';
import { BilagDocument, Block, ContentsEntry } from '../document/bilag-document';
import { bulletList, heading, paragraph } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { notesBlock, tableBlock } from '../document/table-blocks';
import { AgreementChapter, BilagAgreement, BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { agreementEconomyTable } from '../tables/agreement.tables';

const ECONOMY_ANCHOR = 'aftalens-oekonomi';
const APPENDICES_ANCHOR = 'bilag';

function chapterAnchor(index: number): string {
  return `kapitel-${index + 1}`;
}

function opening(round: BudgetRound, agreement: BilagAgreement, document: AgreementDocument, adopted: number): Block[] {
  const proposals =
    adopted === 0
      ? 'Aftalen vedtager ingen af udvalgenes forslag.'
      : `Aftalen vedtager ${adopted === 1 ? 'ét af udvalgenes forslag; det fremgår' : `${adopted} af udvalgenes forslag; de fremgår`} med beløb i ord af bilag 2 og år for år af bilag 3.`;
  return [
    paragraph('firstBody', agreementMadeSentence(round, agreement)),
    paragraph('body', `Budgetforslaget for ${round.name} og denne aftale udgør tilsammen budgettet for ${round.budgetYear}.`),
    ...textBlocks(document.introduction).map((block) => (block.kind === 'paragraph' ? { ...block, role: 'body' as const } : block)),
    paragraph('body', `${proposals} Aftalens nye bevillinger fremgår af bilag 1.`),
  ];
}

function chapterBlocks(chapter: AgreementChapter, index: number): Block[] {
  return [
    heading(2, 'chapter', chapter.title, { anchor: chapterAnchor(index), bookmark: {} }),
    ...textBlocks(chapter.text),
    ...chapter.initiatives.flatMap((initiative) => [
      heading(3, 'initiative', initiative.title),
      ...textBlocks(initiative.text),
      // The sentence as RR's secretariat confirmed it: printed as stored, never worded again.
      paragraph('decision', initiative.decisionSentence),
    ]),
  ];
}

/** «Budgetaftale for Budget 2026»: who made it, its chapters with their initiatives and decisions, its economy and appendices. */
export function agreementDocumentReport(data: BilagData): BilagDocument {
  const { round } = data.round;
  const agreement = requireAgreement('budgetaftale', data);
  const document = agreementDocument(agreement);
  const title = reportTitle('budgetaftale', round);
  const economy = agreementEconomyTable(data, document);
  const entries: ContentsEntry[] = [
    ...document.chapters.map((chapter, index) => ({ level: 1 as const, text: chapter.title, anchor: chapterAnchor(index), first: index === 0 })),
    { level: 1, text: 'Aftalens økonomi', anchor: ECONOMY_ANCHOR },
    { level: 1, text: 'Bilag', anchor: APPENDICES_ANCHOR },
  ];
  return reportDocument(data, {
    title,
    blocks: [
      heading(1, 'document', title),
      ...opening(round, agreement, document, adoptedProposals(data).length),
      { kind: 'section', role: 'contents', spaceAbove: 12, blocks: [{ kind: 'contents', title: 'Indhold', entries }] },
      ...document.chapters.flatMap(chapterBlocks),
      heading(2, 'chapter', 'Aftalens økonomi', { anchor: ECONOMY_ANCHOR, bookmark: {} }),
      tableBlock(economy, { keepTogether: true }),
      notesBlock(economy.notes ?? []),
      heading(2, 'chapter', 'Bilag', { anchor: APPENDICES_ANCHOR, bookmark: {} }),
      bulletList('firstBody', AGREEMENT_APPENDICES.map(appendixEntry)),
    ],
  });
}
