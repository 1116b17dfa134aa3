import { PROPOSAL_STATES, ProposalState } from '../workflow/proposal-state';
import { aPackageContext, aPackageInput, aProposalWith, aSourceInput, anInitiativeInput, aNegotiableProposal } from '../testing/package.builder';
import { aRowInput, aTableInput, aTableOf, cellsOf, typedCells } from '../testing/proposal.builder';
import { Validated } from '../validation/validation-issue';
import { INCLUDABLE_STATES, NegotiationPackage, PackageInput, RAADERUM_KEY, RAADERUM_NAME } from './package';
import { PACKAGE_LIMITS } from './package-limits';
import { PackageContext, validatePackage } from './validate-package';

const ambulatory = aNegotiableProposal();
const context = aPackageContext(ambulatory, aProposalWith('p-dns-02', 'B26-DNS-02', [-500, -500, -500, -500], { committee: 'DNS' }));

function valid(input: PackageInput, on: PackageContext = context): NegotiationPackage {
  const result = validatePackage(input, on);
  if (!result.ok) throw new Error(`Expected a valid package, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issuesOf(result: Validated<NegotiationPackage>): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

function messageAt(input: PackageInput, path: string, on: PackageContext = context): string {
  const result = validatePackage(input, on);
  const found = result.ok ? undefined : result.issues.find((issue) => issue.path === path);
  if (!found) throw new Error(`No issue at ${path}: ${JSON.stringify(result)}`);
  return found.message;
}

describe('validatePackage: a valid package', () => {
  it('reads an empty package: the råderum first, with its opening', () => {
    const pkg = valid(aPackageInput({ raaderum: typedCells('-35,0', '-35,0', '-', '0') }));
    expect(pkg).toEqual({
      name: 'Forhandlingsoplæg 1',
      yearColumns: [2026, 2027, 2028],
      sources: [{ key: RAADERUM_KEY, name: RAADERUM_NAME, opening: cellsOf(-35000, -35000, null, 0) }],
      proposals: [],
      initiatives: [],
    });
  });

  it('reads proposals, initiatives and named sources; an item without a source is financed by the råderum', () => {
    const pkg = valid(
      aPackageInput({
        name: '  Forhandlingsoplæg 2 (V, S og K)  ',
        sources: [aSourceInput()],
        proposals: [{ proposalId: 'p-su-01' }, { proposalId: 'p-dns-02', source: 'sundhedspakken' }],
        initiatives: [
          anInitiativeInput(),
          anInitiativeInput({
            key: 'i-akut',
            title: 'Styrkelse af akutberedskabet',
            amounts: typedCells('3,0', '3,0', '-', '-'),
            source: 'sundhedspakken',
            committee: null,
            area: 'Præhospitalet',
          }),
        ],
      }),
    );
    expect(pkg.name).toBe('Forhandlingsoplæg 2 (V, S og K)');
    expect(pkg.sources.map((source) => source.key)).toEqual([RAADERUM_KEY, 'sundhedspakken']);
    expect(pkg.sources[1]?.opening).toEqual(cellsOf(5000, 5000, null, null));
    expect(pkg.proposals).toEqual([
      { proposalId: 'p-su-01', amendedTable: null, source: RAADERUM_KEY },
      { proposalId: 'p-dns-02', amendedTable: null, source: 'sundhedspakken' },
    ]);
    expect(pkg.initiatives[0]).toEqual({
      key: 'i-laeger',
      chapter: 'Hospitaler',
      title: 'Ansættelse af flere læger og mere plejepersonale',
      text: 'Aftaleparterne ønsker at styrke bemandingen på de akutte modtagelser.',
      amounts: cellsOf(2000, 2000, 2000, 2000),
      source: RAADERUM_KEY,
      committee: 'SU',
      area: null,
    });
    expect(pkg.initiatives[1]).toMatchObject({ source: 'sundhedspakken', committee: null, area: 'Præhospitalet', amounts: cellsOf(3000, 3000, null, null) });
  });

  it('names the råderum explicitly too', () => {
    expect(valid(aPackageInput({ proposals: [{ proposalId: 'p-su-01', source: RAADERUM_KEY }] })).proposals[0]?.source).toBe(RAADERUM_KEY);
  });

  it('keeps an amended table that changes the amounts', () => {
    const pkg = valid(
      aPackageInput({ proposals: [{ proposalId: 'p-su-01', amendedTable: aTableInput(aRowInput({ cells: typedCells('-0,5', '-1,0', '-1,0', '-1,0') })) }] }),
    );
    expect(pkg.proposals[0]?.amendedTable).toEqual(aTableOf(-500, -1000, -1000, -1000));
  });

  it('stores an amended table equal to the table in force as no change, so the package follows the table in force', () => {
    const pkg = valid(aPackageInput({ proposals: [{ proposalId: 'p-su-01', amendedTable: aTableInput(aRowInput()) }] }));
    expect(pkg.proposals[0]?.amendedTable).toBeNull();
  });

  it('accepts an initiative of zeros (no economic consequence typed on purpose) and a multi-line text', () => {
    const pkg = valid(
      aPackageInput({ initiatives: [anInitiativeInput({ amounts: typedCells('0', '-', '-', '-'), text: 'Første afsnit.\n\nAndet afsnit.' })] }),
    );
    expect(pkg.initiatives[0]?.amounts).toEqual(cellsOf(0, null, null, null));
    expect(pkg.initiatives[0]?.text).toBe('Første afsnit.\n\nAndet afsnit.');
  });

  it('accepts an initiative that saves (a general frame cut) and one with an area only', () => {
    const pkg = valid(
      aPackageInput({
        initiatives: [
          anInitiativeInput({
            title: 'Generel rammebesparelse på administrationen',
            amounts: typedCells('-5,0', '-5,0', '-5,0', '-5,0'),
            committee: null,
            area: 'Administrationen',
          }),
        ],
      }),
    );
    expect(pkg.initiatives[0]).toMatchObject({ amounts: cellsOf(-5000, -5000, -5000, -5000), committee: null, area: 'Administrationen' });
  });

  it.each(INCLUDABLE_STATES)('includes a proposal in state %s', (state) => {
    const on = aPackageContext(aNegotiableProposal({ state }));
    expect(valid(aPackageInput({ proposals: [{ proposalId: 'p-su-01' }] }), on).proposals).toHaveLength(1);
  });

  it('treats missing lists as empty', () => {
    expect(valid({ name: 'Oplæg', raaderum: typedCells('0', '0', '0', '0') })).toMatchObject({
      sources: [{ key: RAADERUM_KEY }],
      proposals: [],
      initiatives: [],
    });
  });
});

describe('validatePackage: what it refuses, with the field and a Danish reason', () => {
  it.each<[string, PackageInput, string, string]>([
    ['no name', aPackageInput({ name: '   ' }), 'package.name_empty', 'name'],
    ['a name too long', aPackageInput({ name: 'x'.repeat(PACKAGE_LIMITS.nameCharacters + 1) }), 'package.name_too_long', 'name'],
    ['a name with a line break', aPackageInput({ name: 'Oplæg\n2' }), 'text.line_break', 'name'],
    ['a råderum cell that is not an amount', aPackageInput({ raaderum: typedCells('0', '1.5', '0', '0') }), 'package.amount_invalid', 'raaderum.2027'],
    ['a råderum without Permanent', aPackageInput({ raaderum: { '2026': '0', '2027': '0', '2028': '0' } }), 'package.amount_missing', 'raaderum.permanent'],
    [
      'a råderum with a year outside the round',
      aPackageInput({ raaderum: { ...typedCells('0', '0', '0', '0'), '2029': '1,0' } }),
      'package.amount_unknown_column',
      'raaderum.2029',
    ],
    ['a source without a name', aPackageInput({ sources: [aSourceInput({ name: ' ' })] }), 'package.source_name_empty', 'sources[0].name'],
    ['a source called the råderum', aPackageInput({ sources: [aSourceInput({ name: 'Råderummet' })] }), 'package.source_name_duplicate', 'sources[0].name'],
    ['a source with the råderum’s key', aPackageInput({ sources: [aSourceInput({ key: RAADERUM_KEY })] }), 'package.key_duplicate', 'sources[0].key'],
    ['a source without a key', aPackageInput({ sources: [aSourceInput({ key: '' })] }), 'package.key_empty', 'sources[0].key'],
    ['a source with a key too long', aPackageInput({ sources: [aSourceInput({ key: 'k'.repeat(101) })] }), 'package.key_too_long', 'sources[0].key'],
    ['a source with a name too long', aPackageInput({ sources: [aSourceInput({ name: 'n'.repeat(101) })] }), 'package.source_name_too_long', 'sources[0].name'],
    [
      'a source’s amount as a number',
      aPackageInput({ sources: [aSourceInput({ amounts: { ...typedCells('1,0', '-', '-', '-'), '2027': 5 as unknown as string } })] }),
      'package.amount_invalid',
      'sources[0].amounts.2027',
    ],
    [
      'a source without amounts',
      aPackageInput({ sources: [aSourceInput({ amounts: undefined as unknown as Record<string, string> })] }),
      'package.amounts_missing',
      'sources[0].amounts',
    ],
    ['an unknown proposal', aPackageInput({ proposals: [{ proposalId: 'p-nope' }] }), 'package.proposal_unknown', 'proposals[0].proposalId'],
    [
      'a proposal twice',
      aPackageInput({ proposals: [{ proposalId: 'p-su-01' }, { proposalId: 'p-su-01' }] }),
      'package.proposal_duplicate',
      'proposals[1].proposalId',
    ],
    [
      'a proposal financed by an unknown source',
      aPackageInput({ proposals: [{ proposalId: 'p-su-01', source: 'laanet' }] }),
      'package.source_unknown',
      'proposals[0].source',
    ],
    [
      'an amended table with a bad cell',
      aPackageInput({ proposals: [{ proposalId: 'p-su-01', amendedTable: aTableInput(aRowInput({ cells: typedCells('-1,0', 'abc', '-1,0', '-1,0') })) }] }),
      'table.cell_invalid',
      'proposals[0].amendedTable.rows[0].cells.2027',
    ],
    ['an initiative without a key', aPackageInput({ initiatives: [anInitiativeInput({ key: '' })] }), 'package.key_empty', 'initiatives[0].key'],
    [
      'two initiatives with one key',
      aPackageInput({ initiatives: [anInitiativeInput(), anInitiativeInput({ title: 'Andet' })] }),
      'package.key_duplicate',
      'initiatives[1].key',
    ],
    [
      'an initiative without a chapter',
      aPackageInput({ initiatives: [anInitiativeInput({ chapter: '' })] }),
      'package.initiative_chapter_empty',
      'initiatives[0].chapter',
    ],
    [
      'a chapter too long',
      aPackageInput({ initiatives: [anInitiativeInput({ chapter: 'k'.repeat(151) })] }),
      'package.initiative_chapter_too_long',
      'initiatives[0].chapter',
    ],
    [
      'an initiative without a title',
      aPackageInput({ initiatives: [anInitiativeInput({ title: ' ' })] }),
      'package.initiative_title_empty',
      'initiatives[0].title',
    ],
    [
      'a title too long',
      aPackageInput({ initiatives: [anInitiativeInput({ title: 't'.repeat(151) })] }),
      'package.initiative_title_too_long',
      'initiatives[0].title',
    ],
    [
      'a text too long',
      aPackageInput({ initiatives: [anInitiativeInput({ text: 'a'.repeat(20_001) })] }),
      'package.initiative_text_too_long',
      'initiatives[0].text',
    ],
    [
      'a text with an emoji',
      aPackageInput({ initiatives: [anInitiativeInput({ text: 'Flere læger 🙂' })] }),
      'text.unprintable_character',
      'initiatives[0].text',
    ],
    [
      'an area too long',
      aPackageInput({ initiatives: [anInitiativeInput({ area: 'o'.repeat(201) })] }),
      'package.initiative_area_too_long',
      'initiatives[0].area',
    ],
    [
      'an initiative without amounts',
      aPackageInput({ initiatives: [anInitiativeInput({ amounts: typedCells('-', '', '-', '-') })] }),
      'package.initiative_no_amounts',
      'initiatives[0].amounts',
    ],
    [
      'an initiative amount with a unit it does not know',
      aPackageInput({ initiatives: [anInitiativeInput({ amounts: typedCells('2 kr.', '-', '-', '-') })] }),
      'package.amount_invalid',
      'initiatives[0].amounts.2026',
    ],
    [
      'an initiative from an unknown source',
      aPackageInput({ initiatives: [anInitiativeInput({ source: 'puljen' })] }),
      'package.source_unknown',
      'initiatives[0].source',
    ],
    [
      'an initiative of an unknown committee',
      aPackageInput({ initiatives: [anInitiativeInput({ committee: 'XU' })] }),
      'package.initiative_committee_unknown',
      'initiatives[0].committee',
    ],
    [
      'an initiative of FU (not a fagudvalg)',
      aPackageInput({ initiatives: [anInitiativeInput({ committee: 'FU' })] }),
      'package.initiative_committee_unknown',
      'initiatives[0].committee',
    ],
    [
      'an initiative of neither committee nor area',
      aPackageInput({ initiatives: [anInitiativeInput({ committee: null, area: '  ' })] }),
      'package.initiative_owner_missing',
      'initiatives[0].committee',
    ],
  ])('refuses %s', (_, input, code, path) => {
    expect(issuesOf(validatePackage(input, context))).toContainEqual({ code, path });
  });

  it.each(PROPOSAL_STATES.filter((state) => !INCLUDABLE_STATES.includes(state)))(
    'refuses a proposal in state %s, naming it and its state',
    (state: ProposalState) => {
      const on = aPackageContext(aNegotiableProposal({ state }));
      const result = validatePackage(aPackageInput({ proposals: [{ proposalId: 'p-su-01' }] }), on);
      expect(issuesOf(result)).toEqual([{ code: 'package.proposal_not_includable', path: 'proposals[0].proposalId' }]);
    },
  );

  it('says which proposal and state in Danish', () => {
    const on = aPackageContext(aNegotiableProposal({ state: 'rejected_by_fu' }));
    expect(messageAt(aPackageInput({ proposals: [{ proposalId: 'p-su-01' }] }), 'proposals[0].proposalId', on)).toBe(
      'Forslaget B26-SU-01 er «Afvist af FU» og kan ikke indgå i en pakke; kun forslag, som FU har godkendt eller har på dagsordenen, kan.',
    );
  });

  it('names the sources an item may use when it names another', () => {
    const input = aPackageInput({ sources: [aSourceInput()], initiatives: [anInitiativeInput({ source: 'puljen' })] });
    expect(messageAt(input, 'initiatives[0].source')).toBe(
      'Initiativet «Ansættelse af flere læger og mere plejepersonale» finansieres af «puljen», som ikke er en kilde i pakken; kilderne er «råderummet» og «sundhedspakken».',
    );
  });

  it('quotes the typed amount and the column in an amount problem', () => {
    expect(messageAt(aPackageInput({ raaderum: typedCells('0', '1.5', '0', '0') }), 'raaderum.2027')).toMatch(
      /^Råderummet, 2027: «1\.5» er ikke et gyldigt beløb: punktum som decimaltegn/,
    );
  });

  it('asks for «-» when a column is missing', () => {
    expect(
      messageAt(
        aPackageInput({ initiatives: [anInitiativeInput({ amounts: { '2026': '1,0', '2027': '1,0', '2028': '1,0' } })] }),
        'initiatives[0].amounts.permanent',
      ),
    ).toBe('Initiativet «Ansættelse af flere læger og mere plejepersonale» mangler et beløb for Permanent; skriv «-», hvis der intet er.');
  });

  it('does not call unreadable amounts empty', () => {
    const input = aPackageInput({ initiatives: [anInitiativeInput({ amounts: typedCells('abc', '-', '-', '-') })] });
    expect(issuesOf(validatePackage(input, context))).toEqual([{ code: 'package.amount_invalid', path: 'initiatives[0].amounts.2026' }]);
  });

  it('says which text is too long, and by how much', () => {
    expect(messageAt(aPackageInput({ initiatives: [anInitiativeInput({ text: 'a'.repeat(20_001) })] }), 'initiatives[0].text')).toBe(
      'Teksten til initiativet «Ansættelse af flere læger og mere plejepersonale» er 20.001 tegn; højst 20.000 er tilladt.',
    );
  });

  it('refuses a duplicate source name whatever its case and spacing', () => {
    const input = aPackageInput({ sources: [aSourceInput(), aSourceInput({ key: 'sp2', name: 'Sundhedspakken ' })] });
    expect(issuesOf(validatePackage(input, context))).toEqual([{ code: 'package.source_name_duplicate', path: 'sources[1].name' }]);
  });

  it('refuses too many sources, proposals or initiatives once, at the list', () => {
    const sources = Array.from({ length: PACKAGE_LIMITS.sources + 1 }, (_, index) => aSourceInput({ key: `k${index}`, name: `kilde ${index}` }));
    const proposals = Array.from({ length: PACKAGE_LIMITS.proposals + 1 }, () => ({ proposalId: 'p-su-01' }));
    const initiatives = Array.from({ length: PACKAGE_LIMITS.initiatives + 1 }, (_, index) => anInitiativeInput({ key: `i${index}` }));
    expect(issuesOf(validatePackage(aPackageInput({ sources, proposals, initiatives }), context))).toEqual([
      { code: 'package.too_many_sources', path: 'sources' },
      { code: 'package.too_many_proposals', path: 'proposals' },
      { code: 'package.too_many_initiatives', path: 'initiatives' },
    ]);
  });

  it('reports every problem at once', () => {
    const input = aPackageInput({
      name: '',
      raaderum: typedCells('x', '0', '0', '0'),
      proposals: [{ proposalId: 'p-nope' }],
      initiatives: [anInitiativeInput({ chapter: '', amounts: typedCells('-', '-', '-', '-') })],
    });
    expect(issuesOf(validatePackage(input, context))).toEqual([
      { code: 'package.name_empty', path: 'name' },
      { code: 'package.amount_invalid', path: 'raaderum.2026' },
      { code: 'package.proposal_unknown', path: 'proposals[0].proposalId' },
      { code: 'package.initiative_chapter_empty', path: 'initiatives[0].chapter' },
      { code: 'package.initiative_no_amounts', path: 'initiatives[0].amounts' },
    ]);
  });

  it('writes every message in Danish and names no field by its code', () => {
    const result = validatePackage(
      aPackageInput({ name: '', sources: [aSourceInput({ name: '' })], initiatives: [anInitiativeInput({ title: '', committee: 'XU' })] }),
      context,
    );
    expect(result.ok).toBe(false);
    for (const found of result.ok ? [] : result.issues) {
      expect(found.message).toMatch(/[.]$/);
      expect(found.message).not.toMatch(/package\.|initiatives\[|undefined|null/);
    }
  });
});
