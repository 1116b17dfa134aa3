import { budget2026Round } from '@budgetflow/domain';
import { EventContext } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { roundRequest } from '@budgetflow/testing';
import { BudgetRound } from '@budgetflow/domain';
import { CreateRoundDto } from './create-round.dto';
import { RoundRepository, StoredRound } from './round.repository';
import { RoundsService } from './rounds.service';

/** Rounds in memory, with the events the Prisma repository would write to the outbox. */
class InMemoryRoundRepository extends RoundRepository {
  readonly rows = new Map<string, StoredRound>();
  readonly events: { roundId: string; context: EventContext }[] = [];
  // Set to simulate another request creating the same round between the check and the insert.
  loseNextRace = false;

  async find(id: string): Promise<StoredRound | null> {
    return this.rows.get(id) ?? null;
  }

  async list(): Promise<StoredRound[]> {
    return [...this.rows.values()];
  }

  async exists(region: string, name: string): Promise<boolean> {
    return [...this.rows.values()].some(({ round }) => round.region === region && round.name === name);
  }

  async create(id: string, round: BudgetRound, _createdBy: string, context: EventContext): Promise<StoredRound | null> {
    if (this.loseNextRace || (await this.exists(round.region, round.name))) return null;
    const stored = { id, round, createdAt: new Date(), closedAt: null, closedBy: null };
    this.rows.set(id, stored);
    this.events.push({ roundId: id, context });
    return stored;
  }

  async closedAmong(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.rows.get(id)?.closedAt));
  }
}

const budgetOffice: AuthenticatedUser = { id: 'ko-1', name: 'Koncernøkonomi', actor: { role: 'budget_office' } };
const request = { correlationId: 'corr-1', requestId: 'req-1' };
const dto = (overrides: Record<string, unknown> = {}) => Object.assign(new CreateRoundDto(), roundRequest(budget2026Round, overrides));

async function problemOf(promise: Promise<unknown>): Promise<{ status: number; code: string; paths: string[] }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProblemException)) throw new Error(`expected a problem, got ${String(error)}`);
  const body = error.getResponse() as { code: string; errors?: { path: string }[] };
  return { status: error.getStatus(), code: body.code, paths: (body.errors ?? []).map((issue) => issue.path) };
}

describe('RoundsService (unit, in-memory repository)', () => {
  let repository: InMemoryRoundRepository;
  let service: RoundsService;

  beforeEach(() => {
    repository = new InMemoryRoundRepository();
    service = new RoundsService(repository);
  });

  it('stores the round with its Danish amounts read exactly, and its event in the caller’s name', async () => {
    const view = await service.create(budgetOffice, dto(), request);
    expect(view.round).toEqual(budget2026Round);
    expect(repository.rows.get(view.id)?.round).toEqual(budget2026Round);
    expect(repository.events).toEqual([
      { roundId: view.id, context: { actor: { id: 'ko-1', role: 'budget_office', name: 'Koncernøkonomi' }, correlationId: 'corr-1', causationId: 'req-1' } },
    ]);
    expect(await service.get(view.id)).toEqual(view);
    expect(await service.list()).toEqual([view]);
  });

  it('refuses a second round of the same name in the region, also when it loses the race for the insert', async () => {
    await service.create(budgetOffice, dto(), request);
    expect(await problemOf(service.create(budgetOffice, dto({ name: ` ${budget2026Round.name} ` }), request))).toMatchObject({
      status: 409,
      code: 'round.duplicate',
    });
    repository.loseNextRace = true;
    expect(await problemOf(service.create(budgetOffice, dto({ name: 'Budget 2027' }), request))).toMatchObject({ status: 409, code: 'round.duplicate' });
    expect(repository.rows.size).toBe(1);
  });

  it('lets only the budget office define a round', async () => {
    const committee: AuthenticatedUser = { id: 'su-1', name: 'SU', actor: { role: 'committee_secretariat', committee: 'SU' } };
    expect(await problemOf(service.create(committee, dto(), request))).toMatchObject({ status: 403, code: 'round.budget_office_only' });
    expect(repository.rows.size).toBe(0);
  });

  it('names every amount that is not a Danish amount, and stores nothing', async () => {
    const [first, second] = Object.keys(budget2026Round.frames);
    const frames = { ...roundRequest().frames, [first]: '1.5', [second]: 'tolv' };
    const problem = await problemOf(service.create(budgetOffice, dto({ frames }), request));
    expect(problem.status).toBe(400);
    expect(problem.paths).toEqual(expect.arrayContaining([`frames.${first}`, `frames.${second}`]));
    expect(repository.rows.size).toBe(0);
  });

  it('answers an unknown round with round.not_found', async () => {
    expect(await problemOf(service.get('00000000-0000-4000-8000-000000000000'))).toMatchObject({ status: 404, code: 'round.not_found' });
  });
});
