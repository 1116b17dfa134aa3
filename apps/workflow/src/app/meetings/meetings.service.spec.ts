import { DECISION_BODY_LABELS, DecisionBody } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { CreateMeetingDto } from './meeting.dto';
import { MeetingRecord, MeetingRepository, NewMeeting, RoundStatus } from './meeting.repository';
import { MeetingsService } from './meetings.service';
import { problemOf } from '../testing/problem-of';

/** Meetings and round states in memory. */
class InMemoryMeetingRepository extends MeetingRepository {
  readonly rounds = new Map<string, RoundStatus>();
  readonly meetings: MeetingRecord[] = [];

  async roundStatus(roundId: string): Promise<RoundStatus> {
    return this.rounds.get(roundId) ?? 'unknown';
  }

  async create(meeting: NewMeeting): Promise<MeetingRecord> {
    const record = { ...meeting, createdAt: new Date(), agenda: [] };
    this.meetings.push(record);
    return record;
  }

  async list(filter: { roundId?: string; body?: DecisionBody }): Promise<MeetingRecord[]> {
    return this.meetings.filter((meeting) => (!filter.roundId || meeting.roundId === filter.roundId) && (!filter.body || meeting.body === filter.body));
  }

  async find(id: string): Promise<MeetingRecord | null> {
    return this.meetings.find((meeting) => meeting.id === id) ?? null;
  }
}

const user = (actor: AuthenticatedUser['actor']): AuthenticatedUser => ({ id: `${actor.role}-1`, name: actor.role, actor });
const budgetOffice = user({ role: 'budget_office' });
const OPEN = '11111111-1111-4111-8111-111111111111';
const CLOSED = '22222222-2222-4222-8222-222222222222';
const dto = (fields: Partial<CreateMeetingDto>) => Object.assign(new CreateMeetingDto(), { roundId: OPEN, body: 'FU', date: '2025-05-01', ...fields });

describe('MeetingsService (unit, in-memory repository)', () => {
  let repository: InMemoryMeetingRepository;
  let service: MeetingsService;

  beforeEach(() => {
    repository = new InMemoryMeetingRepository();
    repository.rounds.set(OPEN, 'open').set(CLOSED, 'closed');
    service = new MeetingsService(repository);
  });

  it("calls a meeting in the body's name, with the title trimmed and an empty one left out", async () => {
    const view = await service.create(budgetOffice, dto({ body: 'RR', title: '  Budgetmøde  ' }));
    expect(view).toMatchObject({ roundId: OPEN, body: 'RR', bodyLabel: DECISION_BODY_LABELS.RR, date: '2025-05-01', title: 'Budgetmøde', agenda: [] });
    expect((await service.create(budgetOffice, dto({ title: '   ' }))).title).toBeNull();
    expect(await service.get(view.id)).toEqual(view);
    expect((await service.list({ roundId: OPEN, body: 'RR' })).map((meeting) => meeting.id)).toEqual([view.id]);
  });

  it("lets a body's own secretariat call its meetings, and nobody else's", async () => {
    await expect(service.create(user({ role: 'fu_secretariat' }), dto({ body: 'FU' }))).resolves.toMatchObject({ body: 'FU' });
    expect(await problemOf(service.create(user({ role: 'fu_secretariat' }), dto({ body: 'RR' })))).toEqual({ status: 403, code: 'meeting.forbidden' });
    expect(await problemOf(service.create(user({ role: 'committee_secretariat', committee: 'SU' }), dto({})))).toEqual({
      status: 403,
      code: 'meeting.forbidden',
    });
    expect(repository.meetings).toHaveLength(1);
  });

  it('refuses an impossible date, an unknown round and a round the agreement closed, storing nothing', async () => {
    expect(await problemOf(service.create(budgetOffice, dto({ date: '2025-02-30' })))).toEqual({ status: 400, code: 'request.invalid' });
    expect(await problemOf(service.create(budgetOffice, dto({ roundId: '33333333-3333-4333-8333-333333333333' })))).toEqual({
      status: 404,
      code: 'round.not_found',
    });
    expect(await problemOf(service.create(budgetOffice, dto({ roundId: CLOSED })))).toEqual({ status: 409, code: 'workflow.round_closed' });
    expect(repository.meetings).toHaveLength(0);
  });

  it('answers an unknown meeting with meeting.not_found', async () => {
    expect(await problemOf(service.get('44444444-4444-4444-8444-444444444444'))).toEqual({ status: 404, code: 'meeting.not_found' });
  });
});
