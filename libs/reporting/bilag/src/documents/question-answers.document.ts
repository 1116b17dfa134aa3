import { BudgetRound, danishLongDate, danishLongDateTime, joinDanish, questionTitle } from '@budgetflow/domain';
import { AnsweredQuestion, AnswererGroup, answererGroups } from '../content/question-groups';
import { requireApprovedAnswer } from '../content/question-availability';
import { printableQuestions } from '../content/question-selection';
import { textBlocks } from '../content/proposal-section';
import { BilagDocument, Block, ContentsEntry } from '../document/bilag-document';
import { descriptions, heading, paragraph, table } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { BilagData, BilagQuestion, BilagQuestionWindow } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { answerTableCaption, answerTableSpec, answeredWithText, askerText } from '../tables/question-answers.tables';

const INTRODUCTION_ANCHOR = 'indledning';

function groupAnchor(group: AnswererGroup): string {
  return `besvaret-af-${group.key}`;
}

function questionAnchor(question: BilagQuestion): string {
  return `spoergsmaal-${question.number}`;
}

function titlePage(round: BudgetRound, title: string, generatedAt: Date): Block {
  return {
    kind: 'section',
    role: 'titlePage',
    endsPage: true,
    blocks: [
      paragraph('titlePageRegion', round.region),
      heading(1, 'titlePage', title),
      paragraph('titlePageLine', `Regionsrådsmedlemmernes spørgsmål til administrationen om ${round.name} og de godkendte svar`),
      paragraph('titlePageLine', `Alle beløb i mio. kr. i ${round.priceLevel}`),
      paragraph('titlePageDate', danishLongDate(generatedAt)),
    ],
  };
}

function windowSentence(window: BilagQuestionWindow | null): string {
  if (!window) return 'Regionsrådets medlemmer har stillet budgetspørgsmål til administrationen.';
  const asked = `Regionsrådets medlemmer kunne stille budgetspørgsmål til administrationen fra ${danishLongDateTime(window.opensAt)} til ${danishLongDateTime(window.closesAt)}`;
  const closedEarly = window.closedEarlyAt !== null && Date.parse(window.closedEarlyAt) < Date.parse(window.closesAt);
  return closedEarly ? `${asked}; Koncernøkonomi lukkede for spørgsmål ${danishLongDateTime(window.closedEarlyAt as string)}.` : `${asked}.`;
}

function introduction(round: BudgetRound, data: BilagData, printable: readonly BilagQuestion[]): Block[] {
  const approved = printable.filter((question) => question.state === 'approved').length;
  const merged = printable.length - approved;
  const these = (count: number) => (count === 1 ? 'det spørgsmål' : `de ${count} spørgsmål`);
  return [
    heading(2, 'part', 'Indledning', { anchor: INTRODUCTION_ANCHOR, bookmark: {} }),
    paragraph('firstBody', windowSentence(data.questionWindow)),
    paragraph(
      'body',
      `Koncernøkonomi har nummereret spørgsmålene i den rækkefølge, de kom, og fordelt dem til besvarelse i udvalgenes sekretariater eller i Koncernøkonomi selv. Bilaget indeholder ${these(approved)}, hvis svar Koncernøkonomi har godkendt, ordnet efter hvem der har besvaret dem${merged > 0 ? `, og ${these(merged)}, der er lagt sammen med et af dem og besvaret sammen med det` : ''}. Spørgsmål, som endnu ikke er besvaret og godkendt, er ikke med.`,
    ),
    paragraph(
      'body',
      `Spørgsmålene er gengivet, som Koncernøkonomi har formuleret dem. Beløb i svarene er i mio. kr. i ${round.priceLevel}; besparelser er negative.`,
    ),
  ];
}

function facts(question: BilagQuestion, references: ReadonlyMap<string, string>): Block {
  const concerns = question.proposalIds.map((id) => references.get(id)).filter((reference): reference is string => reference !== undefined);
  return descriptions('facts', [
    { label: 'Stillet af', value: askerText(question) },
    { label: 'Stillet', value: danishLongDate(question.askedAt) },
    ...(concerns.length > 0 ? [{ label: 'Vedrører', value: concerns.join('; ') }] : []),
    ...(question.bilag.length > 0 ? [{ label: 'Bilag', value: question.bilag.join('; ') }] : []),
  ]);
}

function answeredBlocks(round: BudgetRound, entry: AnsweredQuestion, group: AnswererGroup, references: ReadonlyMap<string, string>): Block[] {
  const { question, merged } = entry;
  const answer = question.answer;
  if (!answer) return [];
  return [
    heading(3, 'proposal', questionTitle(question.number), { anchor: questionAnchor(question), bookmark: { parent: groupAnchor(group) } }),
    facts(question, references),
    ...textBlocks(question.text),
    ...merged.flatMap((other) => [
      heading(4, 'section', questionTitle(other.number), { anchor: questionAnchor(other) }),
      facts(other, references),
      ...textBlocks(other.text),
      paragraph('note', answeredWithText(other)),
    ]),
    heading(4, 'section', merged.length > 0 ? `Svar på spørgsmål nr. ${joinDanish([question, ...merged].map((one) => String(one.number)))}` : 'Svar'),
    ...textBlocks(answer.text),
    ...(answer.table ? [table(answerTableCaption(round), answerTableSpec(round, answer.table), { keepTogether: true })] : []),
    paragraph(
      'note',
      `Besvaret ${danishLongDate(answer.answeredAt)} af ${answer.answeredBy}. Godkendt ${danishLongDate(answer.approvedAt)} af ${answer.approvedBy}.`,
    ),
  ];
}

/**
 * «Svar på budgetspørgsmål, Budget 2026»: title page, contents, an introduction (the window, what is printed), then
 * by answerer (each committee's secretariat in the round's order, Koncernøkonomi's own answers last) every approved
 * question with its number, asker and party, date and wording, the questions merged into it, the answer with its
 * table, who wrote it and who approved it when. Nothing else: no unapproved answer reaches this document.
 */
export function questionAnswersDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  requireApprovedAnswer(data);
  const title = reportTitle('budgetspoergsmaal', round);
  const printable = printableQuestions(data.questions);
  const groups = answererGroups(round, printable);
  const references = new Map(data.proposals.map((proposal) => [proposal.id, `${proposal.content.reference} ${proposal.content.title}`]));
  const entries: ContentsEntry[] = [
    { level: 1, text: 'Indledning', anchor: INTRODUCTION_ANCHOR, first: true },
    ...groups.flatMap((group) => [
      { level: 1 as const, text: group.title, anchor: groupAnchor(group) },
      ...group.questions.flatMap(({ question, merged }) => [
        { level: 2 as const, text: `${questionTitle(question.number)}: ${askerText(question)}`, anchor: questionAnchor(question) },
        ...merged.map((other) => ({
          level: 2 as const,
          text: `${questionTitle(other.number)}: besvaret med nr. ${question.number}`,
          anchor: questionAnchor(other),
        })),
      ]),
    ]),
  ];
  return reportDocument(data, {
    title,
    titlePage: true,
    blocks: [
      titlePage(round, title, data.generatedAt),
      { kind: 'section', role: 'contents', endsPage: true, blocks: [{ kind: 'contents', title: 'Indhold', entries }] },
      ...introduction(round, data, printable),
      ...groups.flatMap((group) => [
        heading(2, 'committee', group.title, { anchor: groupAnchor(group), bookmark: {} }),
        ...group.questions.flatMap((entry) => answeredBlocks(round, entry, group, references)),
      ]),
    ],
  });
}
