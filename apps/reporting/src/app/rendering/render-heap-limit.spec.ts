import { demoBilagData, generatedBilagData } from '@budgetflow/reporting/bilag/testing';
import { OWN_WORKER_FROM_MB, renderHeapLimitMb } from './render-heap-limit';

describe('renderHeapLimitMb', () => {
  const big = generatedBilagData(1000);

  it('gives the catalogue of a large round a cap sized by its proposals and their text', () => {
    const limit = renderHeapLimitMb({ key: 'katalog', format: 'pdf', bilag: big, proposalId: null });
    // 96 + 0.12 × 1,000 + 120 × 1.13 MB of text.
    expect(limit).toBe(352);
    const larger = renderHeapLimitMb({ key: 'katalog', format: 'pdf', bilag: generatedBilagData(2000), proposalId: null });
    // Above the base, the cap grows with the round: twice the proposals and text, twice the cap.
    expect(Math.abs((larger ?? 0) - 96 - 2 * (352 - 96))).toBeLessThanOrEqual(2);
  });

  it('leaves small catalogues, other reports and spreadsheets to the lasting workers', () => {
    expect(renderHeapLimitMb({ key: 'katalog', format: 'pdf', bilag: demoBilagData(), proposalId: null })).toBeUndefined();
    // 300 proposals: about 170 MB, under OWN_WORKER_FROM_MB.
    expect(OWN_WORKER_FROM_MB).toBe(256);
    expect(renderHeapLimitMb({ key: 'katalog', format: 'pdf', bilag: generatedBilagData(300), proposalId: null })).toBeUndefined();
    expect(renderHeapLimitMb({ key: 'rammeopfoelgning', format: 'pdf', bilag: big, proposalId: null })).toBeUndefined();
    expect(renderHeapLimitMb({ key: 'katalog', format: 'xlsx', bilag: big, proposalId: null })).toBeUndefined();
  });
});
