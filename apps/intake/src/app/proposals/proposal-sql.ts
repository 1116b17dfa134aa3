import { Prisma } from '@budgetflow/intake/data-access';
import { EventActor } from '@budgetflow/contracts';
import { OutboxRow } from '@budgetflow/messaging';

// The hot paths (create, submit, follow) in SQL: Prisma's query compiler (the JavaScript/WASM engine used here) cost
// more CPU than the queries themselves. Rows still leave through readProposal, which parses every JSON column.

/** Every column of a proposal under its model field's name, so a row has the shape of Prisma's Proposal. */
const COLUMNS = Prisma.raw(
  `id, round_id AS "roundId", reference, committee, state, state_sequence AS "stateSequence", version, content, remark, decisions,
   event_count AS "eventCount", created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt",
   submitted_at AS "submittedAt", submitted_by AS "submittedBy"`,
);

export function selectProposal(id: string, forUpdate: boolean): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS} FROM proposal WHERE id = ${id}::uuid ${forUpdate ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
}

/** A new draft's row: version 1, state sequence 1, its one event counted. */
export interface DraftRow {
  id: string;
  roundId: string;
  reference: string;
  committee: string;
  content: object;
  createdBy: string;
}

/** New drafts; a reference the round already has is a unique violation, or, with skipTakenReference, no row returned. */
export function insertDrafts(drafts: readonly DraftRow[], { skipTakenReference = false } = {}): Prisma.Sql {
  const rows = drafts.map(
    (draft) =>
      Prisma.sql`(${draft.id}::uuid, ${draft.roundId}::uuid, ${draft.reference}, ${draft.committee}, 'draft', 1, 1, ${JSON.stringify(draft.content)}::jsonb, ${draft.createdBy}, 1, now())`,
  );
  return Prisma.sql`
    INSERT INTO proposal (id, round_id, reference, committee, state, state_sequence, version, content, created_by, event_count, updated_at)
    VALUES ${Prisma.join(rows)} ${skipTakenReference ? Prisma.sql`ON CONFLICT (round_id, reference) DO NOTHING` : Prisma.empty} RETURNING ${COLUMNS}`;
}

/** A step's change: a version and an event always; the state, its sequence, the content and the submission when given. */
export interface StepChange {
  state?: string;
  changesState: boolean;
  content?: object;
  submittedBy?: string;
}

export function updateStep(id: string, step: StepChange): Prisma.Sql {
  const sets = [Prisma.sql`version = version + 1`, Prisma.sql`event_count = event_count + 1`, Prisma.sql`updated_at = now()`];
  if (step.state) sets.push(Prisma.sql`state = ${step.state}`);
  if (step.changesState) sets.push(Prisma.sql`state_sequence = state_sequence + 1`);
  if (step.content) sets.push(Prisma.sql`content = ${JSON.stringify(step.content)}::jsonb`);
  if (step.submittedBy) sets.push(Prisma.sql`submitted_at = now()`, Prisma.sql`submitted_by = ${step.submittedBy}`);
  return Prisma.sql`UPDATE proposal SET ${Prisma.join(sets)} WHERE id = ${id}::uuid RETURNING ${COLUMNS}`;
}

/** One history line of a change by `actor`. */
export interface HistoryRow {
  proposalId: string;
  action: string;
  fromState: string | null;
  toState: string;
  version: number;
  remark: string | null;
}

/** The history lines of changes by `actor` and their events in the outbox, in one statement (one round trip). */
export function insertHistoryWithEvents(actor: EventActor, lines: readonly HistoryRow[], events: readonly OutboxRow[]): Prisma.Sql {
  const outbox = events.map((event) => Prisma.sql`(${event.eventId}::uuid, ${event.topic}, ${event.key}, ${event.envelope}::jsonb)`);
  return Prisma.sql`
    WITH history AS (${insertHistory(actor, lines)})
    INSERT INTO outbox_event (event_id, topic, key, envelope) VALUES ${Prisma.join(outbox)}`;
}

function insertHistory(actor: EventActor, lines: readonly HistoryRow[]): Prisma.Sql {
  const rows = lines.map(
    (line) =>
      Prisma.sql`(${line.proposalId}::uuid, ${actor.id}, ${actor.role}, ${actor.committee ?? null}, ${actor.name ?? null}, ${line.action}, ${line.fromState}, ${line.toState}, ${line.version}, ${line.remark})`,
  );
  return Prisma.sql`
    INSERT INTO proposal_history (proposal_id, actor_id, actor_role, actor_committee, actor_name, action, from_state, to_state, version, remark)
    VALUES ${Prisma.join(rows)}`;
}
