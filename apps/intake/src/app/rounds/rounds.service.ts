import { IntakeEvent, parseBudgetRound } from '@budgetflow/contracts';
import { BudgetRound, ValidationIssue, parseAmount, validateRound } from '@budgetflow/domain';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { OutboxRelay, appendEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput, isUniqueViolation } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreateRoundDto } from './create-round.dto';
import { RoundView } from './round.view';

@Injectable()
export class RoundsService {
  constructor(
    private readonly db: IntakeDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  /** Only the budget office defines rounds. */
  async create(user: AuthenticatedUser, dto: CreateRoundDto, request: RequestContext): Promise<RoundView> {
    if (user.actor.role !== 'budget_office') throw ProblemException.forbidden('round.budget_office_only', 'Kun Koncernøkonomi kan oprette budgetrunder.');
    const round = this.toRound(dto);
    const duplicate = ProblemException.conflict('round.duplicate', `${round.region} har allerede en budgetrunde ved navn «${round.name}».`);
    if (await this.db.budgetRound.findUnique({ where: { region_name: { region: round.region, name: round.name } } })) throw duplicate;
    const id = randomUUID();
    const created = await this.db
      .$transaction(async (tx) => {
        const row = await tx.budgetRound.create({
          data: { id, name: round.name, region: round.region, budgetYear: round.budgetYear, definition: round as object, createdBy: user.id },
        });
        // A round's only event is its creation: sequence 1.
        const context = { actor: { id: user.id, role: user.actor.role }, correlationId: request.correlationId, causationId: request.requestId };
        await appendEvent(tx, IntakeEvent.RoundCreated, { id, sequence: 1 }, { roundId: id, round }, context);
        return row;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? duplicate : error;
      });
    this.relay.nudge();
    return { id, round, createdAt: created.createdAt.toISOString() };
  }

  async list(): Promise<RoundView[]> {
    const rows = await this.db.budgetRound.findMany({ orderBy: [{ budgetYear: 'desc' }, { name: 'asc' }] });
    return rows.map((row) => ({
      id: row.id,
      round: parseBudgetRound(row.definition, `budget_round ${row.id}.definition`),
      createdAt: row.createdAt.toISOString(),
    }));
  }

  async get(id: string): Promise<RoundView> {
    const row = await this.db.budgetRound.findUnique({ where: { id } });
    if (!row) throw ProblemException.notFound(`Budgetrunden ${id}`, 'round.not_found');
    return { id: row.id, round: parseBudgetRound(row.definition, `budget_round ${row.id}.definition`), createdAt: row.createdAt.toISOString() };
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
