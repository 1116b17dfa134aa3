import { DECISION_BODY_LABELS, isIsoDate } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { fromDbDate, toDbDate } from '../shared/iso-dates';
import { CreateMeetingDto, MeetingQueryDto } from './meeting.dto';
import { MeetingView } from './meeting.view';
import { DecisionRow, toDecisionView } from './to-decision-view';

const WITH_AGENDA = {
  agendaItems: {
    orderBy: { number: 'asc' },
    include: { proposal: true, decision: { include: { agendaItem: { include: { meeting: true } }, proposal: true } } },
  },
} as const satisfies Prisma.MeetingInclude;

type MeetingWithAgenda = Prisma.MeetingGetPayload<{ include: typeof WITH_AGENDA }>;

/** Who may call a meeting of each body: the budget office, and the body's own secretariat. */
const MAY_CALL: Record<'FU' | 'RR', readonly string[]> = { FU: ['budget_office', 'fu_secretariat'], RR: ['budget_office', 'rr_secretariat'] };

@Injectable()
export class MeetingsService {
  constructor(private readonly db: WorkflowDatabase) {}

  async create(user: AuthenticatedUser, dto: CreateMeetingDto): Promise<MeetingView> {
    if (!MAY_CALL[dto.body].includes(user.actor.role)) {
      throw ProblemException.forbidden(
        'meeting.forbidden',
        `Kun Koncernøkonomi og ${dto.body === 'FU' ? 'FU-sekretariatet' : 'RR-sekretariatet'} kan oprette møder i ${DECISION_BODY_LABELS[dto.body]}.`,
      );
    }
    if (!isIsoDate(dto.date)) {
      throw ProblemException.invalid([
        { code: 'meeting.date_invalid', path: 'date', message: `Mødedatoen «${dto.date}» skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` },
      ]);
    }
    if (!(await this.db.budgetRound.findUnique({ where: { id: dto.roundId } }))) {
      throw ProblemException.notFound(`Budgetrunden ${dto.roundId} (endnu ikke modtaget fra indsendelsen)`, 'round.not_found');
    }
    if (await this.db.budgetAgreement.findUnique({ where: { roundId: dto.roundId } })) {
      throw ProblemException.conflict('round.closed', 'Budgetrunden er afsluttet med budgetaftalen; der kan ikke oprettes flere møder i den.');
    }
    const created = await this.db.meeting.create({
      data: { id: randomUUID(), roundId: dto.roundId, body: dto.body, date: toDbDate(dto.date), title: dto.title?.trim() || null, createdBy: user.id },
      include: WITH_AGENDA,
    });
    return meetingView(created);
  }

  async list(query: MeetingQueryDto): Promise<MeetingView[]> {
    const rows = await this.db.meeting.findMany({
      where: { roundId: query.roundId, body: query.body },
      include: WITH_AGENDA,
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map(meetingView);
  }

  async get(id: string): Promise<MeetingView> {
    const row = await this.db.meeting.findUnique({ where: { id }, include: WITH_AGENDA });
    if (!row) throw meetingNotFound(id);
    return meetingView(row);
  }
}

export function meetingNotFound(id: string): ProblemException {
  return ProblemException.notFound(`Mødet ${id}`, 'meeting.not_found');
}

function meetingView(row: MeetingWithAgenda): MeetingView {
  return {
    id: row.id,
    roundId: row.roundId,
    body: row.body,
    bodyLabel: DECISION_BODY_LABELS[row.body as 'FU' | 'RR'],
    date: fromDbDate(row.date),
    title: row.title,
    agenda: row.agendaItems.map((item) => ({
      number: item.number,
      proposalId: item.proposalId,
      reference: item.proposal.reference,
      committee: item.proposal.committee,
      title: item.proposal.title,
      state: item.proposal.state,
      decision: item.decision ? toDecisionView(item.decision as DecisionRow) : null,
    })),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
