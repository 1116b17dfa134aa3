import { AREA_LABEL, PROPOSAL_KIND_LABELS, SECTION_KINDS, SECTION_KIND_LABELS, roundColumns, tableHeading } from '@budgetflow/domain';
import type { BudgetRound, ProposalKind } from '@budgetflow/domain';
import type { ProposalView } from '../api/views';
import { ConsequenceTableEditor } from '../consequence-table';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ProposalDraft, draftOf } from './proposal-draft';
import { TableScroll } from '../layout/TableScroll';

/**
 * Someone else saved the proposal while this person typed: their save was refused (the version guard), and here
 * they compare what differs, field by field, and choose which version counts. Nothing is overwritten unasked.
 */
export function ConflictDialog({
  mine,
  theirs,
  round,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  mine: ProposalDraft;
  theirs: ProposalView;
  round: BudgetRound;
  onKeepMine(): void;
  onTakeTheirs(): void;
  busy: boolean;
}) {
  const saved = draftOf(theirs.content, round);
  const kindLabel = (kind: ProposalKind) => PROPOSAL_KIND_LABELS[kind];
  const differences = [
    { label: 'Titel', mine: mine.title, theirs: saved.title },
    { label: AREA_LABEL, mine: mine.area, theirs: saved.area },
    { label: 'Forslagets art', mine: kindLabel(mine.kind), theirs: kindLabel(saved.kind) },
    { label: 'Finansiering', mine: mine.fundingSource, theirs: saved.fundingSource },
    ...SECTION_KINDS.map((kind) => ({ label: SECTION_KIND_LABELS[kind], mine: mine.sections[kind].body, theirs: saved.sections[kind].body })),
  ].filter((row) => row.mine.trim() !== row.theirs.trim());
  const tableDiffers = JSON.stringify(mine.table) !== JSON.stringify(saved.table);
  const columns = roundColumns(round);
  const when = new Date(theirs.updatedAt).toLocaleString('da-DK', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <ConfirmDialog
      open
      title="En anden har gemt forslaget, mens du skrev"
      confirmLabel="Behold min version"
      cancelLabel="Brug den gemte version"
      onConfirm={onKeepMine}
      onCancel={onTakeTheirs}
      busy={busy}
    >
      <p>
        Dine ændringer er ikke gemt: forslaget blev gemt af en anden {when} (version {theirs.version}). Sammenlign, og vælg hvilken version der skal gælde.
        «Behold min version» gemmer din over den anden; «Brug den gemte version» henter den, og dine ændringer forkastes.
      </p>
      {differences.length > 0 ? (
        <TableScroll label="Felter, der er forskellige">
          <table className="table table--compact conflict-table">
            <caption>Felter, der er forskellige</caption>
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">Din version</th>
                <th scope="col">Gemt version {theirs.version}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.mine || '(tom)'}</td>
                  <td>{row.theirs || '(tom)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {tableDiffers ? (
        <>
          <ConsequenceTableEditor
            columns={columns}
            value={mine.table}
            caption={`Din version: ${tableHeading(round.priceLevel)}`}
            readOnly
            idPrefix="konflikt-min"
          />
          <ConsequenceTableEditor
            columns={columns}
            value={saved.table}
            caption={`Gemt version ${theirs.version}: ${tableHeading(round.priceLevel)}`}
            readOnly
            idPrefix="konflikt-gemt"
          />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
