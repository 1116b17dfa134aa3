// The Budget 2026 demo round's budget questions as the appendix gets them: three approved answers (a committee's with a
// table, the budget office's own, one reworded), one question merged into another, in the window of August 2025.
import { AnswerTable } from '@budgetflow/domain';
import { BilagQuestion, BilagQuestionWindow } from '../model/bilag-data';
import { typedAmounts } from './demo-agreement';
import type { TypedCells } from './bilag-data.builder';

const METTE = { name: 'Mette Lund', party: 'Socialdemokratiet' };
const JENS = { name: 'Jens Krogh', party: 'Venstre' };
const OFFICE = 'Karen Holm, Koncernøkonomi';

/** 15 August 2025 kl. 8.00 until 24 August kl. 12.00, closed early by the budget office on 22 August kl. 15.30. */
export const DEMO_QUESTION_WINDOW: BilagQuestionWindow = {
  opensAt: '2025-08-15T06:00:00.000Z',
  closesAt: '2025-08-24T10:00:00.000Z',
  closedEarlyAt: '2025-08-22T13:30:00.000Z',
};

function answerTable(...rows: { label: string; cells: TypedCells }[]): AnswerTable {
  return { rows: rows.map(({ label, cells }) => ({ label, cells: typedAmounts(cells) })) };
}

/** The demo questions; `proposalId` names a proposal by reference (the builders' ids). */
export function demoQuestions(proposalId: (reference: string) => string): BilagQuestion[] {
  return [
    {
      id: 'question-1',
      number: 1,
      state: 'approved',
      asker: METTE,
      askedAt: '2025-08-15T07:12:00.000Z',
      text: 'Hvad betyder forslaget om færre lægevikarer (B26-PSU-01) for bemandingen af nattevagterne i Psykiatrien i Aalborg, og hvordan fordeler besparelsen sig på årene?',
      proposalIds: [proposalId('B26-PSU-01')],
      bilag: [],
      answerer: { kind: 'committee', committee: 'PSU' },
      mergedInto: null,
      answer: {
        text: 'Nattevagterne i Aalborg bemandes fortsat med speciallæger. Besparelsen kommer af, at faste speciallæger erstatter langtidsvikarer; antallet af læger på vagt er det samme.\n\nTabellen viser de forventede udgifter til langtidsvikarer med og uden forslaget.',
        table: answerTable(
          { label: 'Langtidsvikarer uden forslaget', cells: ['12,0', '12,0', '12,0', '12,0'] },
          { label: 'Langtidsvikarer med forslaget', cells: ['9,5', '9,5', '9,5', '9,5'] },
          { label: 'Besparelse', cells: ['-2,5', '-2,5', '-2,5', '-2,5'] },
        ),
        answeredBy: 'Peter Sørensen, Udvalgssekretariatet for PSU',
        answeredAt: '2025-08-19T12:40:00.000Z',
        approvedBy: OFFICE,
        approvedAt: '2025-08-20T08:05:00.000Z',
      },
    },
    {
      id: 'question-2',
      number: 2,
      state: 'approved',
      asker: JENS,
      askedAt: '2025-08-15T09:30:00.000Z',
      text: 'Hvor meget brugte regionen i 2024 på vikarlæger, fordelt på hospitalerne og psykiatrien?',
      proposalIds: [],
      bilag: ['Forslag til omstillingstemaer'],
      answerer: { kind: 'budget_office' },
      mergedInto: null,
      answer: {
        text: 'Regionen brugte i 2024 i alt 61,4 mio. kr. på vikarlæger: 44,9 mio. kr. på hospitalerne og 16,5 mio. kr. i psykiatrien.',
        table: null,
        answeredBy: OFFICE,
        answeredAt: '2025-08-18T10:00:00.000Z',
        approvedBy: OFFICE,
        approvedAt: '2025-08-18T13:15:00.000Z',
      },
    },
    {
      id: 'question-3',
      number: 3,
      state: 'merged',
      asker: METTE,
      askedAt: '2025-08-16T18:02:00.000Z',
      text: 'Hvad har vikarlæger kostet regionen i de seneste år?',
      proposalIds: [],
      bilag: [],
      answerer: null,
      mergedInto: { questionId: 'question-2', number: 2 },
      answer: null,
    },
    {
      id: 'question-4',
      number: 4,
      state: 'approved',
      asker: JENS,
      askedAt: '2025-08-18T06:45:00.000Z',
      // The budget office's wording; the member asked «Hvad koster det, hvis klinikkerne overdrages et år senere?».
      text: 'Hvad koster det at udskyde overdragelsen af regionsklinikkerne og udbudsklinikkerne (B26-DNS-02) et år?',
      proposalIds: [proposalId('B26-DNS-02')],
      bilag: [],
      answerer: { kind: 'committee', committee: 'DNS' },
      mergedInto: null,
      answer: {
        text: 'En udskydelse med et år betyder, at besparelsen i 2026 ikke opnås, og at klinikkerne skal drives videre i regionens regi det år.',
        table: answerTable({ label: 'Mistet besparelse ved udskydelse', cells: ['1,4', '-', '-', '-'] }),
        answeredBy: 'Dorthe Nielsen, Udvalgssekretariatet for DNS',
        answeredAt: '2025-08-21T09:20:00.000Z',
        approvedBy: OFFICE,
        approvedAt: '2025-08-22T07:50:00.000Z',
      },
    },
  ];
}
