import { aProposalInput, aRowInput, aTableInput, cellsOf, typedCells } from '../testing/proposal.builder';
import { aRound } from '../testing/round.builder';
import { ValidationIssue } from '../validation/validation-issue';
import { ProposalDraftInput } from './proposal';
import { validateProposal } from './validate-proposal';

const round = aRound();

function issuesOf(input: ProposalDraftInput): ValidationIssue[] {
  const result = validateProposal(input, round);
  return result.ok ? [] : [...result.issues];
}

function codesAndPaths(input: ProposalDraftInput): [string, string][] {
  return issuesOf(input).map(({ code, path }) => [code, path]);
}

const expansion = aTableInput(aRowInput({ cells: typedCells('1,5', '1,5', '1,5', '1,5') }));

describe('validateProposal', () => {
  it('returns the parsed, trimmed content', () => {
    const result = validateProposal(
      aProposalInput({
        title: '  Effektiv ambulatoriedrift ',
        sections: [
          { kind: 'beskrivelse', body: ' Forslaget går ud på … ' },
          { kind: 'forslag', heading: 'Prioriteringsforslag', body: 'Systematisk eftersyn af kontrolbesøg.' },
        ],
        table: aTableInput(aRowInput({ label: 'Effektiv ambulatoriedrift – diverse initiativer', cells: typedCells('-10,0', '-10,0', '-10,0', '-10,0') })),
      }),
      round,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        reference: 'B26-SU-01',
        roundName: 'Budget 2026',
        committee: 'SU',
        title: 'Effektiv ambulatoriedrift',
        area: 'Aalborg Universitetshospital og Regionshospital Nordjylland',
        kind: 'omstilling',
        sections: [
          { kind: 'beskrivelse', heading: 'Beskrivelse af forslag', body: 'Forslaget går ud på …' },
          { kind: 'forslag', heading: 'Prioriteringsforslag', body: 'Systematisk eftersyn af kontrolbesøg.' },
        ],
        fundingSource: null,
        table: {
          columns: ['2026', '2027', '2028', 'permanent'],
          rows: [{ label: 'Effektiv ambulatoriedrift – diverse initiativer', category: 'drift', cells: cellsOf(-10000, -10000, -10000, -10000) }],
        },
      },
    });
  });

  it('accepts an expansion with a funding source', () => {
    const result = validateProposal(aProposalInput({ kind: 'udvidelse', table: expansion, fundingSource: ' finansieres af ulighedspuljen ' }), round);
    expect(result.ok && result.value.fundingSource).toBe('finansieres af ulighedspuljen');
  });

  it('does not ask a saving expansion or an omstilling with costs for a funding source', () => {
    expect(validateProposal(aProposalInput({ kind: 'udvidelse' }), round).ok).toBe(true);
    expect(validateProposal(aProposalInput({ kind: 'omstilling', table: expansion }), round).ok).toBe(true);
  });

  it.each<[string, Partial<ProposalDraftInput>, [string, string][]]>([
    ['an empty title', { title: ' ' }, [['proposal.title_empty', 'title']]],
    ['a too long title', { title: 'x'.repeat(151) }, [['proposal.title_too_long', 'title']]],
    ['an empty area', { area: '' }, [['proposal.area_empty', 'area']]],
    ['a too long area', { area: 'x'.repeat(201) }, [['proposal.area_too_long', 'area']]],
    ['an empty committee', { committee: '' }, [['proposal.committee_empty', 'committee']]],
    ['an unknown committee', { committee: 'PSU', reference: 'B26-PSU-01' }, [['proposal.committee_unknown', 'committee']]],
    ['a committee that is not a fagudvalg', { committee: 'FU', reference: 'B26-FU-01' }, [['proposal.committee_not_fagudvalg', 'committee']]],
    ['an unknown kind', { kind: 'besparelse' }, [['proposal.kind_invalid', 'kind']]],
    ['an empty reference', { reference: '' }, [['proposal.reference_empty', 'reference']]],
    ['a malformed reference', { reference: 'SU-1' }, [['proposal.reference_invalid', 'reference']]],
    ['a reference of another year', { reference: 'B25-SU-01' }, [['proposal.reference_mismatch', 'reference']]],
    ['a reference of another committee', { reference: 'B26-DNS-01' }, [['proposal.reference_mismatch', 'reference']]],
    [
      'an unknown section kind',
      {
        sections: [
          { kind: 'baggrund', body: 'x' },
          { kind: 'resume', body: 'x' },
        ],
      },
      [['proposal.section_kind_invalid', 'sections[1].kind']],
    ],
    ['an empty section', { sections: [{ kind: 'baggrund', body: '  ' }] }, [['proposal.section_body_empty', 'sections[0].body']]],
    [
      'a duplicate section',
      {
        sections: [
          { kind: 'baggrund', body: 'a' },
          { kind: 'baggrund', body: 'b' },
        ],
      },
      [['proposal.section_duplicate', 'sections[1].kind']],
    ],
    [
      'a too long heading',
      { sections: [{ kind: 'baggrund', heading: 'x'.repeat(101), body: 'a' }] },
      [['proposal.section_heading_too_long', 'sections[0].heading']],
    ],
    ['no Baggrund or Beskrivelse', { sections: [{ kind: 'oekonomi', body: 'a' }] }, [['proposal.description_missing', 'sections']]],
    ['no sections', { sections: [] }, [['proposal.description_missing', 'sections']]],
    ['an expansion without funding source', { kind: 'udvidelse', table: expansion }, [['proposal.funding_source_missing', 'fundingSource']]],
    [
      'an expansion with a blank funding source',
      { kind: 'udvidelse', table: expansion, fundingSource: '  ' },
      [['proposal.funding_source_missing', 'fundingSource']],
    ],
    ['a too long funding source', { fundingSource: 'x'.repeat(501) }, [['proposal.funding_source_too_long', 'fundingSource']]],
    [
      'a year that is not in the round',
      { table: aTableInput(aRowInput({ cells: { ...typedCells('-1', '-1', '-1', '-1'), '2029': '-1' } })) },
      [['table.unknown_column', 'table.rows[0].cells.2029']],
    ],
    ['no rows', { table: { rows: [] } }, [['table.no_rows', 'table.rows']]],
  ])('reports %s', (_why, overrides, expected) => {
    expect(codesAndPaths(aProposalInput(overrides))).toEqual(expected);
  });

  it('funds an expansion only where it costs: a saving in 2026 and a cost in 2028 still needs funding', () => {
    const table = aTableInput(aRowInput({ cells: typedCells('-1,0', '-', '0,5', '-') }));
    expect(issuesOf(aProposalInput({ kind: 'udvidelse', table }))).toEqual([
      {
        code: 'proposal.funding_source_missing',
        path: 'fundingSource',
        message: 'Udvidelsesforslaget koster 0,5 mio. kr. (2028) og skal derfor angive finansieringen, fx «finansieres af ulighedspuljen».',
      },
    ]);
  });

  it('reports every problem at once, proposal fields and table cells together', () => {
    const input = aProposalInput({
      title: '',
      area: '',
      committee: 'XX',
      reference: 'B26-XX-01',
      kind: 'udvidelse',
      table: aTableInput(
        aRowInput({ cells: typedCells('1,0', '-', '-', '-') }),
        aRowInput({ label: ' DRIFT', cells: { ...typedCells('1,2345', '-', '-', '-'), '2029': '1' } }),
      ),
    });
    expect(codesAndPaths(input)).toEqual([
      ['proposal.committee_unknown', 'committee'],
      ['proposal.title_empty', 'title'],
      ['proposal.area_empty', 'area'],
      ['table.duplicate_row_label', 'table.rows[1].label'],
      ['table.cell_invalid', 'table.rows[1].cells.2026'],
      ['table.unknown_column', 'table.rows[1].cells.2029'],
    ]);
  });

  it('explains problems in Danish', () => {
    expect(issuesOf(aProposalInput({ committee: 'FU', reference: 'B26-FU-01' }))[0]?.message).toBe(
      'Forretningsudvalget kan ikke stille forslag; kun fagudvalg (SU og DNS) kan.',
    );
    expect(issuesOf(aProposalInput({ reference: 'B25-SU-01' }))[0]?.message).toBe(
      'Referencen «B25-SU-01» passer ikke til Budget 2026 og udvalget «SU»; den skal have formen «B26-SU-nn».',
    );
    expect(issuesOf(aProposalInput({ title: 'x'.repeat(151) }))[0]?.message).toBe('Forslagets titel er 151 tegn; højst 150 er tilladt.');
  });

  it('tolerates fields that are not text (e.g. from JSON) by reporting them as empty', () => {
    const input = { ...aProposalInput(), title: null, sections: null } as unknown as ProposalDraftInput;
    expect(codesAndPaths(input)).toEqual([
      ['proposal.title_empty', 'title'],
      ['proposal.description_missing', 'sections'],
    ]);
  });
});
