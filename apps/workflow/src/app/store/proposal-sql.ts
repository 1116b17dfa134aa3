import { Prisma } from '@budgetflow/workflow/data-access';

// The followers' hot path (every intake event) in SQL: Prisma's query compiler (the JavaScript/WASM engine used here)
// cost more CPU than the queries themselves. Rows still leave through readProposal, which parses the snapshot.

/** Every column of a proposal but the snapshot under its model field's name, so a row has the shape of Prisma's Proposal. */
const SCALAR_COLUMNS = `id, round_id AS "roundId", reference, committee, title, state, state_sequence AS "stateSequence", ever_submitted AS "everSubmitted",
   version, intake_version AS "intakeVersion", remark, event_count AS "eventCount", created_at AS "createdAt", updated_at AS "updatedAt"`;

const COLUMNS = Prisma.raw(`${SCALAR_COLUMNS}, snapshot`);

/** What a write returns: the columns it may change, not the snapshot it was given. */
const RETURNED = Prisma.raw(SCALAR_COLUMNS);

export function selectProposalForUpdate(id: string): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS} FROM proposal WHERE id = ${id}::uuid FOR UPDATE`;
}

/** A proposal as intake's snapshot shows it, first seen by the workflow. */
export interface FollowedRow {
  id: string;
  roundId: string;
  reference: string;
  committee: string;
  title: string;
  state: string;
  stateSequence: number;
  everSubmitted: boolean;
  snapshot: string;
  intakeVersion: number;
}

export function insertFollowed(row: FollowedRow): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO proposal (id, round_id, reference, committee, title, state, state_sequence, ever_submitted, snapshot, intake_version, updated_at)
    VALUES (${row.id}::uuid, ${row.roundId}::uuid, ${row.reference}, ${row.committee}, ${row.title}, ${row.state}, ${row.stateSequence},
            ${row.everSubmitted}, ${row.snapshot}::jsonb, ${row.intakeVersion}, now())
    RETURNING ${RETURNED}`;
}

/** Intake's newer snapshot: its title, content and version always, its state when it is newer, a version counted. */
export interface SnapshotUpdate {
  title: string;
  snapshot: string;
  intakeVersion: number;
  everSubmitted: boolean;
  state: { state: string; stateSequence: number } | null;
}

export function updateSnapshot(id: string, update: SnapshotUpdate): Prisma.Sql {
  const sets = [
    Prisma.sql`title = ${update.title}`,
    Prisma.sql`snapshot = ${update.snapshot}::jsonb`,
    Prisma.sql`intake_version = ${update.intakeVersion}`,
    Prisma.sql`version = version + 1`,
    Prisma.sql`updated_at = now()`,
  ];
  if (update.everSubmitted) sets.push(Prisma.sql`ever_submitted = true`);
  if (update.state) sets.push(Prisma.sql`state = ${update.state.state}`, Prisma.sql`state_sequence = ${update.state.stateSequence}`);
  return Prisma.sql`UPDATE proposal SET ${Prisma.join(sets)} WHERE id = ${id}::uuid RETURNING ${RETURNED}`;
}

/** One history line; the tables as JSON text (or null). */
export interface HistoryRow {
  proposalId: string;
  at: Date;
  actorId: string;
  actorRole: string;
  actorCommittee: string | null;
  actorName: string | null;
  action: string;
  fromState: string | null;
  toState: string;
  version: number;
  remark: string | null;
  meetingId: string | null;
  agendaItem: number | null;
  outcome: string | null;
  decisionText: string | null;
  originalTable: string | null;
  decidedTable: string | null;
  eventId: string;
}

export function insertHistory(line: HistoryRow): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO proposal_history (proposal_id, at, actor_id, actor_role, actor_committee, actor_name, action, from_state, to_state, version, remark,
                                  meeting_id, agenda_item, outcome, decision_text, original_table, decided_table, event_id)
    VALUES (${line.proposalId}::uuid, ${line.at.toISOString()}::timestamptz, ${line.actorId}, ${line.actorRole}, ${line.actorCommittee}, ${line.actorName}, ${line.action},
            ${line.fromState}, ${line.toState}, ${line.version}, ${line.remark}, ${line.meetingId}::uuid, ${line.agendaItem}, ${line.outcome},
            ${line.decisionText}, ${line.originalTable}::jsonb, ${line.decidedTable}::jsonb, ${line.eventId}::uuid)`;
}
