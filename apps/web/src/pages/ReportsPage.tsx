import { useReports } from '../api/queries';
import { ApiError } from '../api/api-error';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';

/** The round's bilag as PDF links (fetched through the gateway with the person's session). */
export function ReportsPage() {
  const { selected } = useSelectedRound();
  const reports = useReports(selected?.id);
  return (
    <>
      <h1>Bilag</h1>
      {selected ? <p>Bilagene til {selected.round.name} som PDF. De dannes altid ud fra rundens aktuelle forslag.</p> : <p>Vælg en budgetrunde.</p>}
      {reports.isPending && selected ? <Loading text="Henter bilagene …" /> : null}
      {reports.error instanceof ApiError ? <ProblemAlert error={reports.error} heading="Bilagene kunne ikke hentes" /> : null}
      {reports.data ? (
        <ul className="nobullet-list report-list">
          {reports.data.reports.map((report) => (
            <li key={report.key} className="mb-5">
              <a href={`/api/reporting${report.href}`} type="application/pdf">
                {report.title} (PDF)
              </a>
              <br />
              <span className="form-hint">{report.description}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
