import { formatAmount, roundColumns } from '@budgetflow/domain';
import type { RoundColumn } from '@budgetflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { ChangeEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, intake } from '../api/clients';
import type { ImportResultView, ProblemIssue, RoundView } from '../api/views';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useProposals } from '../api/queries';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { importTotals } from './import-totals';
import { SubmitAllDrafts } from './SubmitAllDrafts';
import { TableScroll } from '../layout/TableScroll';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's media type as the service reads it; a browser may send none, or Excel's for a .csv. */
function mediaType(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return XLSX;
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return file.type || 'application/octet-stream';
}

function upload(roundId: string, file: File, dryRun: boolean, idempotencyKey?: string): Promise<ImportResultView> {
  return answer(
    intake.POST('/rounds/{roundId}/proposals/import', {
      params: { path: { roundId }, query: dryRun ? { dryRun: 'true' } : {}, header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} },
      headers: { 'content-type': mediaType(file) },
      // The file itself is the body, as it is.
      body: file,
      bodySerializer: (body) => body,
    }),
  );
}

/**
 * /forslag/indlaes: a committee's proposals from a spreadsheet in the round's template. The file is first previewed
 * (nothing saved): what would be created or updated, or every mistake with its cell; then imported on confirmation.
 */
export function ImportProposalsPage() {
  const user = useSessionUser();
  const { selected } = useSelectedRound();
  if (user.role !== 'committee_secretariat' || !selected) {
    return (
      <>
        <h1>Indlæs forslag fra regneark</h1>
        <p>{selected ? 'Kun et udvalgssekretariat indlæser forslag her.' : 'Vælg en budgetrunde.'}</p>
      </>
    );
  }
  return <ImportForm key={selected.id} round={selected} />;
}

function ImportForm({ round }: { round: RoundView }) {
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportResultView>();
  const [problems, setProblems] = useState<{ issues: ProblemIssue[]; count: number }>();
  const [failure, setFailure] = useState<ApiError>();
  const [imported, setImported] = useState<ImportResultView>();
  const [busy, setBusy] = useState(false);
  // One key per confirmed file: pressing «Indlæs» twice imports once.
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Once imported, the drafts as the service lists them (version, allowed actions), for «Indsend alle».
  const listed = useProposals(imported ? round.id : undefined, user.committee);
  const importedIds = new Set(imported?.proposals.map((proposal) => proposal.id));

  const reset = () => {
    setPreview(undefined);
    setProblems(undefined);
    setFailure(undefined);
    setImported(undefined);
  };

  async function send(chosen: File, dryRun: boolean) {
    setBusy(true);
    reset();
    try {
      const result = await upload(round.id, chosen, dryRun, dryRun ? undefined : idempotencyKey);
      if (dryRun) setPreview(result);
      else {
        setImported(result);
        await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.errors?.length) setProblems({ issues: error.problem.errors, count: error.problem.errorCount ?? error.problem.errors.length });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(chosen);
    setIdempotencyKey(crypto.randomUUID());
    reset();
    if (chosen) void send(chosen, true);
  };

  const columns = roundColumns(round.round);
  return (
    <>
      <p className="back-link">
        <Link to="/forslag">Til udvalgets forslag</Link>
      </p>
      <h1>Indlæs forslag fra regneark</h1>
      <p>
        Udvalget {user.committee}s forslag til {round.round.name} fra en XLSX- eller CSV-fil i rundens skabelon: én linje pr. række i tabellen over økonomisk
        konsekvens; linjer med samme reference er samme forslag. Forslagene bliver kladder, som du derefter kan rette og indsende. Først vises, hvad filen
        giver; intet gemmes, før du bekræfter.
      </p>
      <p>
        <a href={`/api/intake/rounds/${round.id}/proposals/import-template.xlsx`} download>
          Hent skabelonen til {round.round.name} (XLSX)
        </a>{' '}
        med udvalgets næste ledige referencer: eksemplet har den første, og arket «Vejledning» nævner de næste fem.
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor="regneark">
          Regneark (XLSX eller CSV, højst 10 MB)
        </label>
        <span className="form-hint" id="regneark-hint">
          Når du vælger filen, læses og kontrolleres den med det samme.
        </span>
        <input className="form-file-input" type="file" id="regneark" accept=".xlsx,.csv" aria-describedby="regneark-hint" onChange={choose} />
      </div>
      <div role="status" aria-live="polite" data-testid="indlaes-status">
        {busy ? <p>Læser {file?.name} …</p> : null}
        {preview ? (
          <p>
            {file?.name}: {preview.created === 1 ? 'én ny kladde' : `${preview.created} nye kladder`}
            {preview.updated > 0 ? ` og ${preview.updated === 1 ? 'én opdateret kladde' : `${preview.updated} opdaterede kladder`}` : ''}. Intet er gemt endnu.
          </p>
        ) : null}
        {problems ? (
          <p>
            {file?.name} kan ikke indlæses: {problems.count === 1 ? 'én fejl' : `${problems.count} fejl`}. Intet er gemt.
          </p>
        ) : null}
        {imported ? (
          <p>{imported.created + imported.updated === 1 ? 'Ét forslag er indlæst' : `${imported.created + imported.updated} forslag er indlæst`} som kladde.</p>
        ) : null}
      </div>
      {failure ? <ProblemAlert error={failure} heading="Filen kunne ikke indlæses" /> : null}
      {problems ? <ImportProblems issues={problems.issues} count={problems.count} /> : null}
      {preview ? (
        <section aria-labelledby="forhaandsvisning">
          <h2 id="forhaandsvisning">Det giver filen</h2>
          <ImportTable result={preview} columns={columns} />
          <button type="button" className="button button-primary" disabled={busy || !file} onClick={() => file && void send(file, false)}>
            Indlæs {preview.proposals.length === 1 ? 'forslaget' : `de ${preview.proposals.length} forslag`}
          </button>
        </section>
      ) : null}
      {imported ? (
        <section aria-labelledby="indlaest">
          <h2 id="indlaest">Indlæst</h2>
          <ImportTable result={imported} columns={columns} />
          <SubmitAllDrafts proposals={(listed.data?.items ?? []).filter((proposal) => importedIds.has(proposal.id))} round={round.round} />
        </section>
      ) : null}
    </>
  );
}

/** The proposals of the file with every column of the round, and what they add up to. */
function ImportTable({ result, columns }: { result: ImportResultView; columns: readonly RoundColumn[] }) {
  const totals = importTotals(
    result.proposals,
    columns.map((column) => column.key),
  );
  return (
    <TableScroll label={result.dryRun ? 'Forslag i filen (forhåndsvisning)' : 'Indlæste forslag'}>
      <table className="table table--compact">
        <caption>{result.dryRun ? 'Forslag i filen (forhåndsvisning)' : 'Indlæste forslag'}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Titel</th>
            <th scope="col">Sker</th>
            <th scope="col">Linjer i arket</th>
            {columns.map((column) => (
              <th scope="col" key={column.key} className="align-text-right">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.proposals.map((proposal) => (
            <tr key={proposal.reference}>
              <th scope="row">{proposal.id && !result.dryRun ? <Link to={`/forslag/${proposal.id}`}>{proposal.reference}</Link> : proposal.reference}</th>
              <td>{proposal.title}</td>
              <td>{proposal.change === 'create' ? 'Ny kladde' : `Opdaterer kladden (version ${proposal.version})`}</td>
              <td>{proposal.sheetRows.join(', ')}</td>
              {columns.map((column) => (
                <td key={column.key} className="align-text-right" data-column={column.key}>
                  {formatAmount(proposal.totals[column.key] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              I alt ({result.proposals.length === 1 ? 'ét forslag' : `${result.proposals.length} forslag`})
            </th>
            {columns.map((column) => (
              <td key={column.key} className="align-text-right" data-column={column.key} data-testid={`i-alt-${column.key}`}>
                {formatAmount(totals[column.key] ?? null)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** Every mistake at its place in the sheet: cell, column, the value read, and what is wrong. */
function ImportProblems({ issues, count }: { issues: ProblemIssue[]; count: number }) {
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="importfejl">
      <div className="alert-body">
        <p className="alert-heading" id="importfejl">
          Filen har {count === 1 ? 'en fejl' : `${count} fejl`}; ret {count === 1 ? 'den' : 'dem'} i regnearket, og vælg filen igen
        </p>
        <TableScroll label="Fejl i regnearket">
          <table className="table table--compact">
            <caption className="sr-only">Fejl i regnearket</caption>
            <thead>
              <tr>
                <th scope="col">Celle</th>
                <th scope="col">Kolonne</th>
                <th scope="col">Værdi</th>
                <th scope="col">Fejl</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue, index) => (
                <tr key={`${issue.path}-${index}`}>
                  <th scope="row">{issue.path}</th>
                  <td>{issue.columnName ?? issue.column ?? ''}</td>
                  <td>{issue.value ?? ''}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {count > issues.length ? (
          <p className="alert-text">
            De første {issues.length} af {count} fejl er vist.
          </p>
        ) : null}
      </div>
    </div>
  );
}
