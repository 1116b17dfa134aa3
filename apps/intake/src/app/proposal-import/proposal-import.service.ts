import {
  Actor,
  BudgetRound,
  ImportDecision,
  ProposalContent,
  ProposalState,
  decideImport,
  fagudvalg,
  nextProposalReferences,
  tableTotals,
  validateProposal,
} from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException, RequestContext, UploadedFile, actorOnRecord, isUniqueViolation } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ProposalRepository } from '../proposals/proposal.repository';
import { StoredProposal } from '../proposals/stored-proposal';
import { RoundRepository } from '../rounds/round.repository';
import { ImportIssue } from './import-issue';
import { ImportLock } from './import-lock';
import { LISTED_REFERENCES, TemplateReferences, importTemplate } from './import-template';
import { ImportResultView, ImportedProposalView } from './proposal-import.view';
import { SheetProposal, readProposals } from './proposal-rows';
import { readSpreadsheet } from './sheet-reader';

/** Most problems one answer lists; a file full of mistakes gets the first ones and the count. */
const MAX_IMPORT_ISSUES = 500;
// A thousand proposals are a few thousand statements: far more than an ordinary request's 20 s.
const IMPORT_TRANSACTION = { maxWait: 20_000, timeout: 300_000 };

interface Existing {
  id: string;
  state: ProposalState;
  version: number;
  committee: string;
}

interface Planned {
  proposal: SheetProposal;
  content: ProposalContent;
  decision: Extract<ImportDecision, { ok: true }>;
  existing: Existing | null;
}

function invalidFile(issues: readonly ImportIssue[], detail?: string): ProblemException {
  const listed = issues.slice(0, MAX_IMPORT_ISSUES);
  return new ProblemException({
    status: 422,
    code: 'import.invalid',
    title: 'Filen kan ikke indlæses',
    detail: detail ?? `Filen har ${issues.length} fejl; intet er gemt. Ret fejlene og indlæs filen igen.`,
    errors: listed,
    ...(issues.length > listed.length ? { errorCount: issues.length } : {}),
  });
}

/**
 * Proposals from a spreadsheet, all or nothing: the file is read, every proposal checked by the domain's rules
 * (validateProposal, decideImport, the version of a draft it updates), and either every problem is answered,
 * located by sheet, row and column, or every proposal is written in one transaction, each with its history line
 * and event as if typed through the API. A preview (dry run) does everything but the writing.
 */
@Injectable()
export class ProposalImportService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly rounds: RoundRepository,
    private readonly lock: ImportLock,
  ) {}

  /**
   * The round's template for the caller: a committee's with its own code and next free references; the budget
   * office's (which imports on any committee's behalf) with every fagudvalg's, the example for the first.
   */
  async template(user: AuthenticatedUser, roundId: string): Promise<{ round: BudgetRound; bytes: Buffer }> {
    const { round } = await this.round(roundId);
    const committees = user.actor.role === 'committee_secretariat' ? [user.actor.committee] : fagudvalg(round.committees).map((committee) => committee.code);
    const used = await this.proposals.referencesIn(roundId);
    const references: TemplateReferences = committees.map((committee) => ({
      committee,
      next: nextProposalReferences(round.budgetYear, committee, used, LISTED_REFERENCES),
    }));
    return { round, bytes: await importTemplate(round, references) };
  }

  async import(user: AuthenticatedUser, roundId: string, file: UploadedFile, dryRun: boolean, request: RequestContext): Promise<ImportResultView> {
    return this.lock.whileHeld(user.id, () => this.importHeld(user, roundId, file, dryRun, request));
  }

  private async importHeld(user: AuthenticatedUser, roundId: string, file: UploadedFile, dryRun: boolean, request: RequestContext): Promise<ImportResultView> {
    const { round, closed } = await this.round(roundId);
    const actor = user.actor;
    if (closed) throw ProblemException.conflict('workflow.round_closed', `${round.name} er afsluttet med budgetaftalen; der kan ikke indlæses forslag.`);

    const read = await readSpreadsheet(file.bytes, file.mediaType, file.charset);
    if (!read.ok) {
      const { refusal } = read;
      if (refusal.issues) throw invalidFile(refusal.issues, refusal.detail);
      throw ProblemException.of(refusal.code, refusal.detail);
    }
    const sheet = read.grid.sheet;
    const { proposals, issues: sheetIssues, located } = readProposals(read.grid, round, actor.role === 'committee_secretariat' ? actor.committee : null);
    const issues: ImportIssue[] = [...sheetIssues];
    const existing = byReference(
      await this.proposals.byReferences(
        roundId,
        proposals.map((proposal) => proposal.input.reference.trim()),
      ),
    );
    const planned: Planned[] = [];
    for (const proposal of proposals) {
      const result = validateProposal(proposal.input, round);
      if (!result.ok) {
        issues.push(...result.issues.map((issue) => located(proposal, issue)));
        continue;
      }
      const content = result.value;
      const found = existing.get(content.reference) ?? null;
      const plan = this.plan(actor, proposal, content, found, false, located);
      if ('issue' in plan) issues.push(plan.issue);
      else planned.push(plan);
    }
    if (issues.length > 0) throw invalidFile(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));

    const preview = (plan: Planned): ImportedProposalView => ({
      reference: plan.content.reference,
      committee: plan.content.committee,
      title: plan.content.title,
      change: plan.decision.change,
      id: plan.existing?.id ?? null,
      version: plan.existing?.version ?? null,
      tableRows: plan.content.table.rows.length,
      totals: tableTotals(plan.content.table),
      sheetRows: [...plan.proposal.rows],
    });
    const counts = (plans: readonly Planned[]) => ({
      created: plans.filter((plan) => plan.decision.change === 'create').length,
      updated: plans.filter((plan) => plan.decision.change === 'update').length,
    });
    if (dryRun) return { dryRun: true, sheet, ...counts(planned), proposals: planned.map(preview) };

    const cause = { correlationId: request.correlationId, causationId: request.requestId };
    const written = await this.proposals
      .transaction(async (tx) => {
        if (await tx.lockRound(roundId))
          throw ProblemException.conflict('workflow.round_closed', `${round.name} er afsluttet med budgetaftalen; der kan ikke indlæses forslag.`);
        // Judged again on the locked rows: a draft submitted or edited since the check is not overwritten.
        const locked = byReference(
          await tx.byReferences(
            roundId,
            planned.map((plan) => plan.content.reference),
            true,
          ),
        );
        const raced: ImportIssue[] = [];
        const current: Planned[] = [];
        for (const plan of planned) {
          const now = this.plan(actor, plan.proposal, plan.content, locked.get(plan.content.reference) ?? null, true, located);
          if ('issue' in now) raced.push(now.issue);
          else current.push(now);
        }
        const creates = current.filter((plan) => plan.existing === null);
        const updates = current.filter((plan) => plan.existing !== null);
        if (raced.length > 0) throw invalidFile(raced, `Forslag i filen er ændret, mens den blev indlæst; intet er gemt. ${raced.length} fejl.`);
        // New drafts in one statement; updates one by one (each its own content). Then history and events in two.
        const created = await tx.insertDrafts(creates.map((plan) => ({ id: randomUUID(), roundId, content: plan.content, createdBy: user.id })));
        const rows = new Map(created.map((row) => [row.reference, row]));
        for (const plan of updates) {
          if (plan.existing) rows.set(plan.content.reference, await tx.applyStep(plan.existing.id, { changesState: false, content: plan.content }));
        }
        const changes = current.map((plan) => {
          const row = rows.get(plan.content.reference);
          if (!row) throw new Error(`Import: ${plan.content.reference} was neither created nor updated`);
          const update = plan.existing !== null;
          return {
            plan,
            row,
            change: {
              row,
              action: update ? ('edit' as const) : ('create' as const),
              fromState: plan.existing?.state ?? null,
              remark: null,
              historyAction: plan.decision.historyAction,
            },
          };
        });
        await tx.record(
          actorOnRecord(user),
          changes.map(({ change }) => change),
          cause,
        );
        return changes.map(({ plan, row }) => ({ ...preview(plan), id: row.id, version: row.version }));
      }, IMPORT_TRANSACTION)
      .catch((error: unknown) => {
        // Another request created a proposal with one of the references meanwhile: nothing of this file is written.
        if (isUniqueViolation(error))
          throw ProblemException.conflict(
            'proposal.duplicate_reference',
            'Et forslag med en af filens referencer er oprettet imens; intet er gemt. Indlæs filen igen.',
          );
        throw error;
      });
    return { dryRun: false, sheet, ...counts(planned), proposals: written };
  }

  /** The domain's decision for one proposal and the version guard of an update, or the located problem. */
  private plan(
    actor: Actor,
    proposal: SheetProposal,
    content: ProposalContent,
    existing: Existing | null,
    locked: boolean,
    located: (proposal: SheetProposal, issue: { code: string; path: string; message: string }) => ImportIssue,
  ): Planned | { issue: ImportIssue } {
    const decision = decideImport(actor, { committee: content.committee, existingState: existing?.state ?? null, roundClosed: false });
    const at = (code: string, path: string, message: string) => ({ issue: located(proposal, { code, path, message }) });
    if (!decision.ok) return at(decision.code, decision.code === 'workflow.not_owner' ? 'committee' : 'reference', `${content.reference}: ${decision.reason}`);
    if (existing && existing.committee !== content.committee)
      return at('proposal.duplicate_reference', 'reference', `Runden har allerede et forslag med referencen «${content.reference}».`);
    if (decision.change === 'update') {
      if (proposal.version === null) {
        return at(
          'proposal.version_required',
          'version',
          `Forslaget ${content.reference} findes allerede som kladde (version ${existing?.version}); skriv den version, opdateringen bygger på, i kolonnen «Version».`,
        );
      }
      if (proposal.version !== existing?.version) {
        const hint = locked ? ' (det blev ændret under indlæsningen)' : '';
        return at(
          'proposal.version_conflict',
          'version',
          `Forslaget er ændret siden version ${proposal.version}; den aktuelle version er ${existing?.version}${hint}. Hent forslaget igen og gentag ændringen.`,
        );
      }
    }
    return { proposal, content, decision, existing };
  }

  private async round(roundId: string): Promise<{ round: BudgetRound; closed: boolean }> {
    const stored = await this.rounds.find(roundId);
    if (!stored) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    return { round: stored.round, closed: stored.closedAt !== null };
  }
}

/** The proposals of a file's references that already exist, by reference. */
function byReference(rows: readonly StoredProposal[]): Map<string, Existing> {
  return new Map(rows.map((row) => [row.reference, { id: row.id, state: row.state, version: row.version, committee: row.committee }]));
}
