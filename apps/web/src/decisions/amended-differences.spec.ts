import { budget2026Round } from '@budgetflow/domain';
import type { ConsequenceTable } from '@budgetflow/domain';
import { differences } from './amended-differences';

// «Godkendt med ændringer»: every amount FU's amended table changes, listed from → to (docs/web.md, /fu).

const original: ConsequenceTable = {
  columns: ['2026', '2027', '2028', 'permanent'],
  rows: [{ label: 'Færre vikarer', category: 'drift', cells: { '2026': -2200, '2027': -2200, '2028': -2200, permanent: -2200 } }],
};
const typed = (cells: Record<string, string>, label = 'Færre vikarer') => ({ label, category: 'drift', cells });

describe('differences', () => {
  it('lists nothing for the submitted table as it was typed back', () => {
    expect(differences(original, { rows: [typed({ '2026': '-2,2', '2027': '-2,2', '2028': '-2,2', permanent: '-2,2' })] }, budget2026Round)).toEqual([]);
  });

  it('lists each changed amount by row and column, from → to', () => {
    const amended = { rows: [typed({ '2026': '-1,5', '2027': '-2,2', '2028': '-2,2', permanent: '-' })] };
    expect(differences(original, amended, budget2026Round)).toEqual([
      { where: 'Færre vikarer, 2026', before: '-2,2', after: '-1,5' },
      { where: 'Færre vikarer, Permanent', before: '-2,2', after: '-' },
    ]);
  });

  it('shows a cell that is not an amount as typed', () => {
    const amended = { rows: [typed({ '2026': 'to', '2027': '-2,2', '2028': '-2,2', permanent: '-2,2' })] };
    expect(differences(original, amended, budget2026Round)).toEqual([{ where: 'Færre vikarer, 2026', before: '-2,2', after: '«to»' }]);
  });

  it('lists a new row and a removed one', () => {
    const added = { rows: [typed({ '2026': '-2,2', '2027': '-2,2', '2028': '-2,2', permanent: '-2,2' }), typed({ '2026': '0,5' }, 'Ny udgift')] };
    expect(differences(original, added, budget2026Round)).toEqual([{ where: 'Ny udgift, 2026', before: 'ingen række', after: '0,5' }]);
    expect(differences(original, { rows: [] }, budget2026Round).map((difference) => difference.after)).toEqual(['fjernet', 'fjernet', 'fjernet', 'fjernet']);
  });
});
