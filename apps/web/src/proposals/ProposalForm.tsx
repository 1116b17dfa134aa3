import { AREA_LABEL, PROPOSAL_KINDS, PROPOSAL_KIND_LABELS, SECTION_KINDS, SECTION_KIND_LABELS, roundColumns, tableHeading } from '@budgetflow/domain';
import type { BudgetRound, SectionKind } from '@budgetflow/domain';
import { useMemo } from 'react';
import { ConsequenceTableEditor } from '../consequence-table';
import { Field, describedBy } from '../forms/FieldError';
import { FIELD_IDS, PlacedProblems, ProposalDraft, sectionFieldId } from './proposal-draft';

/** Every field of a proposal in the template's order, the consequence table last; problems next to their fields. */
export function ProposalForm({
  round,
  draft,
  onChange,
  problems,
}: {
  round: BudgetRound;
  draft: ProposalDraft;
  onChange(draft: ProposalDraft): void;
  problems: PlacedProblems;
}) {
  const columns = useMemo(() => roundColumns(round), [round]);
  const update = (patch: Partial<ProposalDraft>) => onChange({ ...draft, ...patch });
  const setSection = (kind: SectionKind, patch: Partial<ProposalDraft['sections'][SectionKind]>) =>
    update({ sections: { ...draft.sections, [kind]: { ...draft.sections[kind], ...patch } } });
  const error = (id: string) => problems.fields[id];

  const text = (id: string, label: string, key: 'title' | 'area' | 'fundingSource', hint?: string) => (
    <Field id={id} label={label} hint={hint} error={error(id)}>
      <input
        className="form-input input-width-xl"
        id={id}
        name={key}
        value={draft[key]}
        onChange={(event) => update({ [key]: event.target.value })}
        {...describedBy(id, Boolean(hint), error(id))}
      />
    </Field>
  );

  return (
    <>
      {text(FIELD_IDS.title, 'Titel', 'title')}
      {text(FIELD_IDS.area, AREA_LABEL, 'area')}
      <Field id={FIELD_IDS.kind} label="Forslagets art" error={error(FIELD_IDS.kind)}>
        <select
          className="form-select"
          id={FIELD_IDS.kind}
          value={draft.kind}
          onChange={(event) => update({ kind: PROPOSAL_KINDS.find((kind) => kind === event.target.value) ?? draft.kind })}
          {...describedBy(FIELD_IDS.kind, false, error(FIELD_IDS.kind))}
        >
          {PROPOSAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PROPOSAL_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      {draft.kind === 'udvidelse'
        ? text(
            FIELD_IDS.fundingSource,
            'Finansiering',
            'fundingSource',
            'Et udvidelsesforslag, der koster penge, skal sige, hvordan det finansieres, fx «finansieres af ulighedspuljen».',
          )
        : null}
      <fieldset>
        <legend className="h3">Tekst</legend>
        <p className="form-hint">Afsnit uden tekst kommer ikke med. Forslaget skal have «Baggrund» eller «Beskrivelse af forslag».</p>
        {SECTION_KINDS.map((kind) => {
          const id = sectionFieldId(kind);
          const headingId = sectionFieldId(kind, 'heading');
          return (
            <div key={kind} className="proposal-section">
              <Field id={headingId} label={`Overskrift (${SECTION_KIND_LABELS[kind]})`} error={error(headingId)}>
                <input
                  className="form-input input-width-l"
                  id={headingId}
                  value={draft.sections[kind].heading}
                  onChange={(event) => setSection(kind, { heading: event.target.value })}
                  {...describedBy(headingId, false, error(headingId))}
                />
              </Field>
              <Field id={id} label={`Tekst (${SECTION_KIND_LABELS[kind]})`} error={error(id)}>
                <textarea
                  className="form-input"
                  id={id}
                  rows={kind === 'baggrund' || kind === 'forslag' ? 6 : 3}
                  value={draft.sections[kind].body}
                  onChange={(event) => setSection(kind, { body: event.target.value })}
                  {...describedBy(id, false, error(id))}
                />
              </Field>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend className="h3">Økonomisk konsekvens</legend>
        <ConsequenceTableEditor
          columns={columns}
          value={draft.table}
          onChange={(table) => update({ table })}
          errors={problems.table}
          caption={tableHeading(round.priceLevel)}
        />
      </fieldset>
    </>
  );
}
