import type { Role } from '@budgetflow/domain';
import type { QuestionView } from '../api/views';

/** A part of the questions page: its heading, its questions (by number) and what it says when empty. */
export interface QueueSection {
  id: string;
  heading: string;
  questions: QuestionView[];
  empty: string;
}

const byNumber = (a: QuestionView, b: QuestionView) => a.number - b.number;

/**
 * The questions as a role works through them: what waits for the person's act first (overdue ones first within it),
 * then what others are doing, then every published answer. Each question stands in one section only.
 */
export function queueOf(questions: readonly QuestionView[], role: Role): { sections: QueueSection[] } {
  const approved = questions.filter((question) => question.state === 'approved').sort(byNumber);
  const published: QueueSection = { id: 'besvarede', heading: 'Besvarede spørgsmål', questions: approved, empty: 'Der er endnu ingen godkendte svar.' };
  const open = questions.filter((question) => question.state !== 'approved' && question.state !== 'merged');
  const waitingForMe = open.filter((question) => question.allowedActs.length > 0).sort((a, b) => Number(b.overdue) - Number(a.overdue) || byNumber(a, b));
  const elsewhere = open.filter((question) => question.allowedActs.length === 0).sort(byNumber);
  const merged = questions.filter((question) => question.state === 'merged').sort(byNumber);
  if (role === 'politician') {
    const mine = questions.filter((question) => question.mine && question.state !== 'approved').sort(byNumber);
    return {
      sections: [
        { id: 'mine', heading: 'Mine spørgsmål, der venter på svar', questions: mine, empty: 'Du har ingen spørgsmål, der venter på svar.' },
        published,
      ],
    };
  }
  if (role === 'budget_office') {
    return {
      sections: [
        { id: 'til-dig', heading: 'Venter på Koncernøkonomi', questions: waitingForMe, empty: 'Intet venter på Koncernøkonomi.' },
        { id: 'hos-andre', heading: 'Hos den, der svarer', questions: elsewhere, empty: 'Intet er hos et udvalg lige nu.' },
        published,
        ...(merged.length > 0 ? [{ id: 'sammenlagte', heading: 'Lagt sammen med andre', questions: merged, empty: '' }] : []),
      ],
    };
  }
  if (role === 'committee_secretariat') {
    return {
      sections: [
        { id: 'til-dig', heading: 'Spørgsmål, udvalget skal svare på', questions: waitingForMe, empty: 'Udvalget har ingen spørgsmål at svare på.' },
        { id: 'hos-andre', heading: 'Svar, der venter på Koncernøkonomi', questions: elsewhere, empty: 'Ingen af udvalgets svar venter på godkendelse.' },
        published,
      ],
    };
  }
  return { sections: [published] };
}
