import { danishLongDateTime } from '@budgetflow/domain';
import { useEffect, useRef, useState } from 'react';
import { useConformance, useReports } from '../api/queries';
import { ApiError } from '../api/api-error';
import type { ReportLinkView } from '../api/views';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { PublicEditionLink } from '../publications/PublicEditionLink';
import { PublishSection } from '../publications/PublishSection';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';

/** How often the open page asks whether a bilag changed (a small JSON list with each bilag's ETag). */
const POLL_MS = 5_000;

/**
 * The round's bilag for everyone: each as PDF and spreadsheet, with when its data last changed, and a fact sheet per
 * proposal. The list is polled: when a decision changes a bilag its ETag changes, and the page says so without a reload.
 * The budget office publishes the material on the public site here; everyone sees the link to the public edition.
 */
export function ReportsPage() {
  const { selected } = useSelectedRound();
  const user = useSessionUser();
  const reports = useReports(selected?.id, POLL_MS);
  const [changed, setChanged] = useState<string[]>([]);
  const seen = useRef(new Map<string, string>());
  useEffect(() => {
    if (!reports.data) return;
    const now = [...reports.data.reports, ...reports.data.factSheets];
    const differs = now.filter((report) => seen.current.has(report.href) && seen.current.get(report.href) !== report.etag).map((report) => report.title);
    seen.current = new Map(now.map((report) => [report.href, report.etag]));
    if (differs.length > 0) setChanged(differs);
  }, [reports.data]);
  return (
    <>
      <h1>Bilag</h1>
      {selected ? (
        <p>
          Bilagene til {selected.round.name} som PDF og regneark. De dannes altid ud fra rundens aktuelle forslag og beslutninger, og siden opdaterer sig selv.
        </p>
      ) : (
        <p>Vælg en budgetrunde.</p>
      )}
      {selected ? <PublicEditionLink roundId={selected.id} /> : null}
      <p role="status" className="form-hint" data-testid="bilag-opdateret">
        {changed.length > 0 ? `Nye data i ${changed.join(', ')}. Linkene henter altid den nyeste udgave.` : ''}
      </p>
      {reports.isPending && selected ? <Loading text="Henter bilagene …" /> : null}
      {reports.error instanceof ApiError ? <ProblemAlert error={reports.error} heading="Bilagene kunne ikke hentes" /> : null}
      {reports.data ? (
        <>
          <p className="form-hint">Dataversion {reports.data.dataVersion}.</p>
          <ul className="nobullet-list report-list">
            {reports.data.reports.map((report) => (
              <ReportEntry key={report.key} report={report} />
            ))}
          </ul>
          {user.role === 'budget_office' && selected ? <PublishSection roundId={selected.id} dataVersion={reports.data.dataVersion} /> : null}
          <h2>Faktaark</h2>
          {reports.data.factSheets.length === 0 ? <p>Der er endnu ingen indsendte forslag.</p> : null}
          <ul className="nobullet-list fact-sheets">
            {reports.data.factSheets.map((sheet) => (
              <ReportEntry key={sheet.href} report={sheet} />
            ))}
          </ul>
        </>
      ) : null}
      <ConformanceSection />
    </>
  );
}

/** What the region's tilgængelighedserklæring needs about the PDFs: each bilag's standards and veraPDF's verdict. */
function ConformanceSection() {
  const conformance = useConformance();
  return (
    <section aria-labelledby="pdf-tilgaengelighed">
      <h2 id="pdf-tilgaengelighed">PDF-bilagenes tilgængelighed</h2>
      {conformance.error instanceof ApiError ? <ProblemAlert error={conformance.error} heading="Erklæringen kunne ikke hentes" /> : null}
      {conformance.data ? (
        <ul className="nobullet-list" data-testid="pdf-overensstemmelse">
          {conformance.data.statements.map((statement) => (
            <li key={statement.key} className="mb-3">
              <strong>{statement.title}: </strong>
              {statement.conforms ? 'opfylder' : 'opfylder endnu ikke'} {statement.standards.map((verdict) => verdict.standard).join(' og ')}
              <br />
              <span className="form-hint">{statement.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReportEntry({ report }: { report: ReportLinkView }) {
  // The budget agreement's documents before the agreement: listed, with why there is nothing to fetch yet.
  if (report.notYetAvailable) {
    return (
      <li className="mb-5" data-testid={`bilag-ikke-klar-${report.key}`}>
        <strong>{report.title}</strong>
        <span className="form-hint">Findes endnu ikke. {report.notYetAvailable}</span>
        {report.description ? <span className="form-hint">{report.description}</span> : null}
      </li>
    );
  }
  return (
    <li className="mb-5" data-etag={report.etag}>
      <strong>{report.title}</strong>
      {/* A hint is a block of its own in DKFDS: the time under the title. */}
      {report.changedAt ? <span className="form-hint">Data senest ændret {danishLongDateTime(report.changedAt)}</span> : <br />}
      <a href={`/api/reporting${report.href}`} type="application/pdf">
        {report.title} (PDF)
      </a>
      {report.xlsx ? (
        <>
          {' · '}
          <a href={`/api/reporting${report.xlsx.href}`} download type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            Hent {report.title} som regneark (XLSX)
          </a>
        </>
      ) : null}
      {report.description ? (
        <>
          <br />
          <span className="form-hint">{report.description}</span>
        </>
      ) : null}
    </li>
  );
}
