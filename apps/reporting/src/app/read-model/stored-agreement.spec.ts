import { aBilagData } from '@budgetflow/reporting/bilag/testing';
import { storedAgreementOf } from './agreement-adopted';
import { parseStoredAgreement } from './stored-agreement';

describe('the stored budget agreement', () => {
  const demo = aBilagData().agreement;
  if (!demo) throw new Error('the demo data has an agreement');

  it('reads back the agreement document it stores, unchanged', () => {
    const stored = JSON.parse(JSON.stringify(storedAgreementOf(demo)));
    expect(parseStoredAgreement(stored, 'agreement')).toEqual(demo);
  });

  it('reads an agreement of agreement.adopted v1 (no document fields) as it was', () => {
    const v1 = { parties: ['Socialdemokratiet'], date: '2025-09-24', proposalIds: ['p1'] };
    expect(parseStoredAgreement(storedAgreementOf(v1), 'agreement')).toEqual(v1);
  });

  it('keeps only the fields the bilag print (an event’s other fields, such as an initiative’s source key, are left out)', () => {
    const chapters = (demo.chapters ?? []).map((chapter) => ({
      ...chapter,
      initiatives: chapter.initiatives.map((initiative) => ({ ...initiative, source: 'raaderum' })),
    }));
    const stored = storedAgreementOf({ ...demo, chapters, agreementId: 'a1', roundId: 'r1' } as Parameters<typeof storedAgreementOf>[0]);
    expect(stored).toEqual(demo);
  });

  it.each([
    [{ ...demo, signatories: [{ kind: 'person', name: 'A' }] }, 'agreement.signatories[0].kind: must be one of party, member'],
    [{ ...demo, chapters: [{ title: 'Hospitalerne', text: '', initiatives: [{ key: 'x' }] }] }, 'agreement.chapters[0].initiatives[0].title: must be a string'],
    [
      { ...demo, chapters: [{ ...demo.chapters?.[0], initiatives: [{ ...demo.chapters?.[0]?.initiatives[0], amounts: { '2026': 1.5 } }] }] },
      'agreement.chapters[0].initiatives[0].amounts.2026: must be an amount',
    ],
    [{ ...demo, packageName: 7 }, 'agreement.packageName: must be a string'],
  ])('names the field of a malformed document: %#', (stored, message) => {
    expect(() => parseStoredAgreement(stored, 'agreement')).toThrow(message);
  });
});
