import { columnKeys, columnLabel, frameStatus, isIsoDate } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import type { MeetingView, WorkflowProposalView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { YearLinesTable } from '../layout/YearLinesTable';
import { formatDate } from '../routing/MeetingAgenda';

type Problems = Record<string, string>;

/**
 * The budget agreement: parties, date, text and the proposals it adopts (every FU-approved one preselected). Before
 * it is confirmed the page shows what the round then adds up to per year against the target (the domain's frame
 * status, with the chosen proposals counted as adopted); confirming closes the round.
 */
export function AgreementForm({ round, meetings, proposals }: { round: BudgetRound; meetings: MeetingView[]; proposals: WorkflowProposalView[] }) {
  const approved = proposals.filter((proposal) => proposal.state === 'approved_by_fu');
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [parties, setParties] = useState('');
  const [date, setDate] = useState(round.dates?.rrAdoption ?? '');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(approved.map((proposal) => proposal.id)));
  const [reviewing, setReviewing] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const partyList = parties
    .split('\n')
    .map((party) => party.trim())
    .filter(Boolean);
  const confirm = useWorkflowAction(
    () =>
      answer(
        workflow.POST('/meetings/{meetingId}/budget-agreement', {
          params: { path: { meetingId } },
          body: {
            parties: partyList,
            date,
            text: text.trim() || undefined,
            proposalIds: approved.filter((proposal) => chosen.has(proposal.id)).map((proposal) => proposal.id),
          },
        }),
      ),
    () => 'Budgetaftalen er bekræftet, og runden er afsluttet.',
  );
  const serverProblems: Problems = {};
  if (confirm.error instanceof ApiError) {
    for (const [field, path] of [
      ['parter', 'parties'],
      ['aftaledato', 'date'],
      ['aftaletekst', 'text'],
      ['aftale-forslag', 'proposalIds'],
    ] as const) {
      const message = confirm.error.issuesFor(path)[0]?.message;
      if (message) serverProblems[field] = message;
    }
  }
  const shown = { ...serverProblems, ...problems };

  // What the round adds up to once the agreement adopts the chosen proposals (and what RR already adopted).
  const afterAgreement = proposals
    .filter((proposal) => proposal.state === 'adopted' || chosen.has(proposal.id))
    .map((proposal) => ({ committee: proposal.committee, status: 'adopted' as const, table: proposal.decidedTable }));
  const columns = columnKeys(round).map((column) => ({ column, status: frameStatus(round, afterAgreement, column) }));

  function review(event: FormEvent) {
    event.preventDefault();
    const found: Problems = {};
    if (!meetingId) found['aftale-moede'] = 'Opret først Regionsrådets møde.';
    if (partyList.length === 0) found['parter'] = 'Skriv aftalens parter, én pr. linje.';
    if (!isIsoDate(date)) found['aftaledato'] = 'Skriv aftalens dato, fx 24.09.2025.';
    if (chosen.size === 0) found['aftale-forslag'] = 'Vælg mindst ét forslag, aftalen vedtager.';
    setProblems(found);
    if (Object.keys(found).length === 0) setReviewing(true);
  }

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form onSubmit={review} noValidate>
      <ErrorSummary problems={Object.entries(shown).map(([fieldId, message]) => ({ fieldId, message }))} />
      <Field id="aftale-moede" label="Regionsrådets møde" error={shown['aftale-moede']}>
        <select
          className="form-select select-fit"
          id="aftale-moede"
          value={meetingId}
          onChange={(event) => setMeetingId(event.target.value)}
          {...describedBy('aftale-moede', false, shown['aftale-moede'])}
        >
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {formatDate(meeting.date)}
              {meeting.title ? ` – ${meeting.title}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field id="parter" label="Aftalens parter" hint="Ét parti pr. linje." error={shown['parter']}>
        <textarea
          className="form-input"
          id="parter"
          rows={4}
          value={parties}
          onChange={(event) => setParties(event.target.value)}
          {...describedBy('parter', true, shown['parter'])}
        />
      </Field>
      <Field id="aftaledato" label="Aftalens dato" error={shown['aftaledato']}>
        <input
          className="form-input input-width-s"
          id="aftaledato"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          {...describedBy('aftaledato', false, shown['aftaledato'])}
        />
      </Field>
      <Field id="aftaletekst" label="Aftalens tekst" error={shown['aftaletekst']}>
        <textarea
          className="form-input"
          id="aftaletekst"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...describedBy('aftaletekst', false, shown['aftaletekst'])}
        />
      </Field>
      <fieldset className={shown['aftale-forslag'] ? 'form-error' : undefined}>
        <legend className="form-label" id="aftale-forslag">
          Forslag aftalen vedtager (alle godkendt af FU er valgt)
        </legend>
        {shown['aftale-forslag'] ? <span className="form-error-message">{shown['aftale-forslag']}</span> : null}
        {approved.length === 0 ? <p>Ingen forslag er godkendt af FU.</p> : null}
        {approved.map((proposal) => (
          <div className="form-group-checkbox" key={proposal.id}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`aftale-${proposal.id}`}
              checked={chosen.has(proposal.id)}
              onChange={() => toggle(proposal.id)}
            />
            <label htmlFor={`aftale-${proposal.id}`}>
              {proposal.reference} {proposal.title}
            </label>{' '}
            <Link to={`/forslag/${proposal.id}`}>Læs {proposal.reference}</Link>
          </div>
        ))}
      </fieldset>
      <YearLinesTable
        className="mt-6"
        caption={`Hvad aftalen giver pr. år mod råderummet (${round.priceLevel}; mio. kr.)`}
        columns={columns.map((entry) => columnLabel(entry.column))}
        lines={[
          { label: 'Råderum', amounts: columns.map((entry) => entry.status.target) },
          { label: `Vedtaget med aftalen i alt (${chosen.size} forslag)`, amounts: columns.map((entry) => entry.status.byState.adopted) },
          { label: 'Rest', amounts: columns.map((entry) => entry.status.gap) },
        ]}
      />
      {!reviewing ? (
        <button type="submit" className="button button-primary">
          Gennemse aftalen
        </button>
      ) : (
        <div className="alert alert-warning" role="region" aria-label="Bekræft budgetaftalen">
          <div className="alert-body">
            <p className="alert-heading">Bekræft budgetaftalen</p>
            <p className="alert-text">
              Aftalen mellem {partyList.join(', ')} vedtager {chosen.size} forslag og afslutter runden: forslag, der ikke er med, bliver ikke vedtaget eller
              bortfalder. Det kan ikke gøres om.
            </p>
            {confirm.error instanceof ApiError && Object.keys(serverProblems).length === 0 ? (
              <ProblemAlert error={confirm.error} heading="Budgetaftalen blev ikke registreret" />
            ) : null}
            <button type="button" className="button button-primary" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
              Bekræft budgetaftalen
            </button>{' '}
            <button type="button" className="button button-tertiary" onClick={() => setReviewing(false)}>
              Ret aftalen
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
