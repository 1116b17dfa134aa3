import { BudgetRound, ValidationIssue, parseAmount, validateRound } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException, RequestContext, actorOnRecord, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreateRoundDto } from './create-round.dto';
import { RoundRepository, StoredRound } from './round.repository';
import { RoundView } from './round.view';

@Injectable()
export class RoundsService {
  constructor(private readonly rounds: RoundRepository) {}

  /** Only the budget office defines rounds. */
  async create(user: AuthenticatedUser, dto: CreateRoundDto, request: RequestContext): Promise<RoundView> {
    if (user.actor.role !== 'budget_office') throw ProblemException.forbidden('round.budget_office_only', 'Kun Koncernøkonomi kan oprette budgetrunder.');
    const round = this.toRound(dto);
    const duplicate = ProblemException.conflict('round.duplicate', `${round.region} har allerede en budgetrunde ved navn «${round.name}».`);
    if (await this.rounds.exists(round.region, round.name)) throw duplicate;
    const context = { actor: actorOnRecord(user), correlationId: request.correlationId, causationId: request.requestId };
    const created = await this.rounds.create(randomUUID(), round, user.id, context);
    if (!created) throw duplicate;
    return toView(created);
  }

  async list(): Promise<RoundView[]> {
    return (await this.rounds.list()).map(toView);
  }

  async get(id: string): Promise<RoundView> {
    const stored = await this.rounds.find(id);
    if (!stored) throw ProblemException.notFound(`Budgetrunden ${id}`, 'round.not_found');
    return toView(stored);
  }

  // Amounts arrive as Danish text ("35,0"); every problem is reported together with the round's own.
  private toRound(dto: CreateRoundDto): BudgetRound {
    const issues: ValidationIssue[] = [];
    const amount = (text: string, path: string) => {
      const parsed = parseAmount(text);
      if (!parsed.ok) issues.push({ code: parsed.error.code, path, message: parsed.error.message });
      else if (parsed.value === null) issues.push({ code: 'amount.missing', path, message: `Feltet «${path}» skal have et beløb.` });
      return parsed.ok ? (parsed.value ?? 0) : 0;
    };
    const frames: Record<string, number> = {};
    for (const [code, text] of Object.entries(dto.frames)) {
      if (typeof text !== 'string') issues.push({ code: 'request.isString', path: `frames.${code}`, message: `Feltet «frames.${code}» skal være en tekst.` });
      else frames[code] = amount(text, `frames.${code}`);
    }
    const round: BudgetRound = {
      // Trimmed, so "Budget 2026 " is the same round as "Budget 2026".
      name: dto.name?.trim(),
      region: dto.region?.trim(),
      budgetYear: dto.budgetYear,
      priceLevel: dto.priceLevel,
      yearColumns: dto.yearColumns,
      target: dto.target === undefined || dto.target === null ? null : amount(dto.target, 'target'),
      frames,
      committees: dto.committees.map(({ code, name, kind }) => ({ code, name, kind })),
      dates: dto.dates ? Object.fromEntries(Object.entries(dto.dates).filter(([, value]) => value !== undefined)) : undefined,
    };
    const validated = validateRound(round);
    if (!validated.ok) issues.push(...validated.issues);
    if (issues.length > 0) throw invalidInput(issues);
    return validated.ok ? validated.value : round;
  }
}

function toView(stored: StoredRound): RoundView {
  return { id: stored.id, round: stored.round, createdAt: stored.createdAt.toISOString() };
}
