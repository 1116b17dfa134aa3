import { aProposalInput, aRowInput, aTableInput } from '../testing/proposal.builder';
import { aRound } from '../testing/round.builder';
import { PROPOSAL_LIMITS } from './proposal-limits';
import { validateProposal } from './validate-proposal';
import { validateConsequenceTable } from './validate-table';

const codes = (result: ReturnType<typeof validateProposal>) => (result.ok ? [] : result.issues.map((issue) => `${issue.code} ${issue.path}`));

// Issue 25: the limits are the domain's, so the import and the amended tables cannot store what the API refuses.
describe('the limits of a proposal', () => {
  const round = aRound();

  it('takes a section of exactly the limit and refuses one character more', () => {
    const at = (length: number) => aProposalInput({ sections: [{ kind: 'baggrund', body: 'x'.repeat(length) }] });
    expect(codes(validateProposal(at(PROPOSAL_LIMITS.sectionBodyCharacters), round))).toEqual([]);
    expect(codes(validateProposal(at(PROPOSAL_LIMITS.sectionBodyCharacters + 1), round))).toEqual(['proposal.section_too_long sections[0].body']);
    expect(codes(validateProposal(at(195_000), round))).toEqual(['proposal.section_too_long sections[0].body']);
  });

  it('refuses more sections than the limit', () => {
    const sections = Array.from({ length: PROPOSAL_LIMITS.sections + 1 }, () => ({ kind: 'baggrund', body: 'Tekst.' }));
    expect(codes(validateProposal(aProposalInput({ sections }), round))).toEqual(['proposal.too_many_sections sections']);
  });

  it('has one heading limit', () => {
    const heading = (length: number) => aProposalInput({ sections: [{ kind: 'baggrund', heading: 'H'.repeat(length), body: 'Tekst.' }] });
    expect(codes(validateProposal(heading(PROPOSAL_LIMITS.sectionHeadingCharacters), round))).toEqual([]);
    expect(codes(validateProposal(heading(PROPOSAL_LIMITS.sectionHeadingCharacters + 1), round))).toEqual([
      'proposal.section_heading_too_long sections[0].heading',
    ]);
  });

  it('refuses more table rows than the limit, in a proposal and in an amended table alike', () => {
    const rows = Array.from({ length: PROPOSAL_LIMITS.tableRows + 1 }, (_row, index) => aRowInput({ label: `Række ${index + 1}` }));
    expect(codes(validateProposal(aProposalInput({ table: aTableInput(...rows) }), round))).toEqual(['table.too_many_rows table.rows']);
    const amended = validateConsequenceTable(aTableInput(...rows), round, 'amendedTable');
    expect(amended.ok ? [] : amended.issues.map((issue) => issue.code)).toEqual(['table.too_many_rows']);
    expect(validateConsequenceTable(aTableInput(...rows.slice(1)), round).ok).toBe(true);
  });
});
