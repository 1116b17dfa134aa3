import { ROUND_DATE_LABELS, ROUND_DATE_ORDER, columnLabel, fagudvalg, formatAmount, formatMio, sumAmounts } from '@budgetflow/domain';
import type { Role } from '@budgetflow/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { TableScroll } from '../layout/TableScroll';

const TASKS: Record<Role, string[]> = {
  committee_secretariat: ['Skriv udvalgets budgetforslag og deres økonomiske konsekvenser.', 'Indsend forslagene til Koncernøkonomi, og svar på bemærkninger.'],
  budget_office: [
    'Tjek de indsendte forslag (formalia), og send dem tilbage med bemærkninger, når noget mangler.',
    'Hold forslagene op mod udvalgenes rammer, og sæt dem på FU’s dagsorden.',
  ],
  fu_secretariat: ['Registrér Forretningsudvalgets beslutninger om forslagene på dagsordenen.'],
  rr_secretariat: ['Registrér Regionsrådets vedtagelse og budgetaftalen.'],
  reader: ['Læs forslagene og bilagene (PDF) til budgetrunden.'],
  // A member of the regional council reads what a reader reads (its budget questions get pages of their own later).
  politician: ['Læs forslagene og bilagene (PDF) til budgetrunden.'],
};

/** The start page: the selected round with its frames, and what the person's role does here. */
export function StartPage() {
  const user = useSessionUser();
  const { selected, loading, error } = useSelectedRound();
  return (
    <>
      <h1>Velkommen, {user.name}</h1>
      <p className="font-lead">
        Du er logget ind som <strong>{user.roleLabel}</strong>
        {user.committee ? ` for udvalget ${user.committee}` : ''}
        {user.party ? ` (${user.party})` : ''}.
      </p>
      <h2>Det kan du her</h2>
      <ul>
        {TASKS[user.role].map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ul>
      {loading ? <Loading text="Henter budgetrunden …" /> : null}
      {error ? <ProblemAlert error={error} heading="Budgetrunderne kunne ikke hentes" /> : null}
      {!loading && !error && !selected ? <p>Der er endnu ingen budgetrunder. Koncernøkonomi opretter rundens rammer.</p> : null}
      {selected ? <RoundSummary /> : null}
    </>
  );
}

function RoundSummary() {
  const user = useSessionUser();
  const { selected } = useSelectedRound();
  if (!selected) return null;
  const { round } = selected;
  const committees = fagudvalg(round.committees);
  const frames = committees.map((committee) => round.frames[committee.code] ?? 0);
  return (
    <section aria-labelledby="runde-overskrift" className="mt-7">
      <h2 id="runde-overskrift">{round.name}</h2>
      <dl className="round-facts">
        <Fact term="Region">{round.region}</Fact>
        <Fact term="Budgetår">{round.budgetYear}</Fact>
        <Fact term="Prisniveau">{round.priceLevel}</Fact>
        <Fact term="Årskolonner">{[...round.yearColumns.map((year) => String(year)), columnLabel('permanent')].join(', ')}</Fact>
        <Fact term="Råderum">{round.target === null ? 'Intet råderum' : formatMio(round.target)}</Fact>
        {ROUND_DATE_ORDER.filter((key) => round.dates?.[key]).map((key) => (
          <Fact key={key} term={ROUND_DATE_LABELS[key]}>
            {new Date(`${round.dates?.[key]}T12:00:00`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' })}
          </Fact>
        ))}
      </dl>
      <TableScroll label={`Rammer pr. udvalg (${round.priceLevel}; mio. kr.)`}>
        <table className="table table--compact">
          <caption>Rammer pr. udvalg ({round.priceLevel}; mio. kr.)</caption>
          <thead>
            <tr>
              <th scope="col">Udvalg</th>
              <th scope="col" className="align-text-right">
                Ramme
              </th>
            </tr>
          </thead>
          <tbody>
            {committees.map((committee, index) => (
              <tr key={committee.code} className={committee.code === user.committee ? 'own-committee' : undefined}>
                <th scope="row">
                  {committee.name} ({committee.code}){committee.code === user.committee ? <span className="sr-only"> (dit udvalg)</span> : null}
                </th>
                <td className="align-text-right">{formatAmount(frames[index])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">I alt</th>
              <td className="align-text-right">{formatAmount(sumAmounts(frames))}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p>
        <Link to="/forslag">Se rundens forslag</Link> · <Link to="/bilag">Hent bilagene</Link>
      </p>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="round-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
