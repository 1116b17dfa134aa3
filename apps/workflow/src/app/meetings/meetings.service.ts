import { DECISION_BODY_LABELS, isIsoDate, quote } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreateMeetingDto, MeetingQueryDto } from './meeting.dto';
import { MeetingRecord, MeetingRepository } from './meeting.repository';
import { MeetingView } from './meeting.view';

/** Who may call a meeting of each body: the budget office, and the body's own secretariat. */
const MAY_CALL: Record<'FU' | 'RR', readonly string[]> = { FU: ['budget_office', 'fu_secretariat'], RR: ['budget_office', 'rr_secretariat'] };

@Injectable()
export class MeetingsService {
  constructor(private readonly meetings: MeetingRepository) {}

  async create(user: AuthenticatedUser, dto: CreateMeetingDto): Promise<MeetingView> {
    if (!MAY_CALL[dto.body].includes(user.actor.role)) {
      throw ProblemException.forbidden(
        'meeting.forbidden',
        `Kun Koncernøkonomi og ${dto.body === 'FU' ? 'FU-sekretariatet' : 'RR-sekretariatet'} kan oprette møder i ${DECISION_BODY_LABELS[dto.body]}.`,
      );
    }
    if (!isIsoDate(dto.date)) {
      throw ProblemException.invalid([
        { code: 'meeting.date_invalid', path: 'date', message: `Mødedatoen ${quote(dto.date)} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` },
      ]);
    }
    const status = await this.meetings.roundStatus(dto.roundId);
    if (status === 'unknown') {
      throw ProblemException.notFound(`Budgetrunden ${dto.roundId} (endnu ikke modtaget fra indsendelsen)`, 'round.not_found');
    }
    if (status === 'closed') {
      throw ProblemException.conflict('workflow.round_closed', 'Budgetrunden er afsluttet med budgetaftalen; der kan ikke oprettes flere møder i den.');
    }
    const created = await this.meetings.create({
      id: randomUUID(),
      roundId: dto.roundId,
      body: dto.body,
      date: dto.date,
      title: dto.title?.trim() || null,
      createdBy: user.id,
    });
    return meetingView(created);
  }

  async list(query: MeetingQueryDto): Promise<MeetingView[]> {
    return (await this.meetings.list({ roundId: query.roundId, body: query.body })).map(meetingView);
  }

  async get(id: string): Promise<MeetingView> {
    const meeting = await this.meetings.find(id);
    if (!meeting) throw meetingNotFound(id);
    return meetingView(meeting);
  }
}

export function meetingNotFound(id: string): ProblemException {
  return ProblemException.notFound(`Mødet ${id}`, 'meeting.not_found');
}

function meetingView(meeting: MeetingRecord): MeetingView {
  return {
    id: meeting.id,
    roundId: meeting.roundId,
    body: meeting.body,
    bodyLabel: DECISION_BODY_LABELS[meeting.body],
    date: meeting.date,
    title: meeting.title,
    agenda: meeting.agenda,
    createdAt: meeting.createdAt.toISOString(),
    createdBy: meeting.createdBy,
  };
}
