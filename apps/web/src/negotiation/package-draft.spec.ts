import { budget2026Round, columnKeys, formatAmount } from '@budgetflow/domain';
import type { NegotiationPackageView } from '../api/views';
import { amountsDraftOf, keyFromName, packageBodyOf, packageDraftOf } from './package-draft';

describe('package draft', () => {
  const columns = columnKeys(budget2026Round);

  it('makes a key from a Danish name, unique among those taken', () => {
    expect(keyFromName('Pulje til bedre arbejdsmiljø', [])).toBe('pulje-til-bedre-arbejdsmiljoe');
    expect(keyFromName('Sundhedspakken', ['sundhedspakken', 'sundhedspakken-2'])).toBe('sundhedspakken-3');
    expect(keyFromName('!!!', [])).toBe('post');
  });

  it('writes stored amounts as the tables are typed, an empty cell as «-»', () => {
    expect(amountsDraftOf({ 2026: -20_000, 2027: 125, 2028: null }, columns)).toEqual({
      2026: formatAmount(-20_000),
      2027: formatAmount(125),
      2028: '-',
      permanent: '-',
    });
  });

  it('reads a stored package back into the body it came from', () => {
    const stored: NegotiationPackageView = {
      name: 'Forhandlingsoplæg 1',
      yearColumns: [...budget2026Round.yearColumns],
      sources: [
        { key: 'raaderum', name: 'råderummet', opening: { 2026: -20_000, 2027: -20_000, 2028: -20_000, permanent: null } },
        { key: 'sundhedspakken', name: 'sundhedspakken', opening: { 2026: 4_000, 2027: 4_000, 2028: 4_000, permanent: null } },
      ],
      proposals: [{ proposalId: '0b9f6c52-8c2e-4d57-9d53-1a5d1f3c2a10', amendedTable: null, source: 'raaderum' }],
      initiatives: [
        {
          key: 'akut',
          chapter: 'Hospitaler',
          title: 'Flere ansatte på akutmodtagelserne',
          text: '',
          amounts: { 2026: 4_000, 2027: 4_000, 2028: 6_000, permanent: null },
          source: 'sundhedspakken',
          committee: null,
          area: 'Akutmodtagelserne',
        },
      ],
    };
    const body = packageBodyOf(packageDraftOf(stored, columns));
    expect(body.raaderum).toEqual({ 2026: '-20,0', 2027: '-20,0', 2028: '-20,0', permanent: '-' });
    expect(body.sources).toEqual([{ key: 'sundhedspakken', name: 'sundhedspakken', amounts: { 2026: '4,0', 2027: '4,0', 2028: '4,0', permanent: '-' } }]);
    expect(body.proposals).toEqual([{ proposalId: '0b9f6c52-8c2e-4d57-9d53-1a5d1f3c2a10', amendedTable: null, source: 'raaderum' }]);
    expect(body.initiatives?.[0]).toMatchObject({ key: 'akut', source: 'sundhedspakken', area: 'Akutmodtagelserne', amounts: { 2028: '6,0', permanent: '-' } });
  });
});
