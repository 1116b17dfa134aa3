import { aTableOf } from '../testing/proposal.builder';
import { amountInForce, tableInForce } from './table-in-force';

const submitted = aTableOf(-1500, -2000, -2000, -2000);
const decided = aTableOf(-1200, -2000, -2000, -2000);

describe('tableInForce', () => {
  it('is the decided table where FU or RR changed the amounts', () => {
    expect(tableInForce({ content: { table: submitted }, decidedTable: decided })).toBe(decided);
  });

  it('is the submitted table where no decision changed them', () => {
    expect(tableInForce({ content: { table: submitted }, decidedTable: null })).toBe(submitted);
  });
});

describe('amountInForce', () => {
  it('gives the decided amount and the submitted one beside it where they differ', () => {
    expect(amountInForce({ content: { table: submitted }, decidedTable: decided }, '2026')).toEqual({ inForce: -1200, submitted: -1500 });
  });

  it('gives no submitted amount where the column did not change', () => {
    expect(amountInForce({ content: { table: submitted }, decidedTable: decided }, '2027')).toEqual({ inForce: -2000, submitted: null });
    expect(amountInForce({ content: { table: submitted }, decidedTable: null }, '2026')).toEqual({ inForce: -1500, submitted: null });
  });
});
