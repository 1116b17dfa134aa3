// The text rule where text is validated: rounds, proposals and their tables (issue 14).
import { validateProposal } from '../proposal/validate-proposal';
import { validateRound } from '../round/validate-round';
import { aProposalInput, aRowInput, aTableInput } from '../testing/proposal.builder';
import { aRound, someCommittees } from '../testing/round.builder';

const codes = (result: { ok: boolean; issues?: readonly { code: string; path: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map(({ code, path }) => `${path}: ${code}`);

describe('the text rule in the domain validators', () => {
  const round = aRound();

  it('refuses a title made only of zero-width characters', () => {
    expect(codes(validateProposal(aProposalInput({ title: '\u200b\u200b\u200b' }), round))).toEqual(['title: text.invisible_only']);
  });

  it('refuses control characters and line breaks in one-line fields, and names the field', () => {
    const result = validateProposal(
      aProposalInput({ title: 'Ny\nlinje', area: 'Bip\u0007', table: aTableInput(aRowInput({ label: 'Drift\r\nmere' })) }),
      round,
    );
    expect(codes(result)).toEqual(['title: text.line_break', 'area: text.control_character', 'table.rows[0].label: text.line_break']);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'Titlen skal stå på én linje; fjern linjeskiftet.',
      'Angivelsen af hospital/virksomhed/område indeholder et styretegn (U+0007), som ikke er tilladt i en tekst.',
      'Teksten i række 1 skal stå på én linje; fjern linjeskiftet.',
    ]);
  });

  it('keeps line breaks in a text section, but refuses emoji, Hebrew, NUL and lone surrogates there', () => {
    const sections = (body: string) => [{ kind: 'baggrund', heading: '', body }];
    expect(codes(validateProposal(aProposalInput({ sections: sections('Første afsnit.\r\n\r\nAndet afsnit.') }), round))).toEqual([]);
    const ok = validateProposal(aProposalInput({ sections: sections('Første afsnit.\r\n\r\nAndet afsnit.') }), round);
    expect(ok.ok && ok.value.sections[0].body).toBe('Første afsnit.\n\nAndet afsnit.');
    expect(codes(validateProposal(aProposalInput({ sections: sections('Godt 😀') }), round))).toEqual(['sections[0].body: text.unprintable_character']);
    expect(codes(validateProposal(aProposalInput({ sections: sections('שלום') }), round))).toEqual(['sections[0].body: text.unprintable_character']);
    expect(codes(validateProposal(aProposalInput({ sections: sections('a\u0000b') }), round))).toEqual(['sections[0].body: text.nul_character']);
    expect(codes(validateProposal(aProposalInput({ sections: sections('a\ud800b') }), round))).toEqual(['sections[0].body: text.broken_character']);
  });

  it('refuses the same in a round: its name, region and committee names', () => {
    const committees = someCommittees().map((committee, index) => (index === 0 ? { ...committee, name: 'Sundheds\u0007udvalget' } : committee));
    expect(codes(validateRound(aRound({ name: 'Budget\n2026', region: 'Region 😀', committees })))).toEqual([
      'name: text.line_break',
      'region: text.unprintable_character',
      'committees[0].name: text.control_character',
    ]);
  });
});
