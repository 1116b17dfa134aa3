import { budget2026Round } from '@budgetflow/domain';
import { aShapedProposal, amended, parseTable, ShapedProposal } from '../testing/bilag-data.builder';
import { amountSentence } from './amount-sentence';

function sentence(shape: Omit<ShapedProposal, 'reference'>): string {
  return amountSentence(budget2026Round, aShapedProposal({ reference: 'B26-SU-09', ...shape }));
}

describe('amountSentence (one line of the adopted overview)', () => {
  it.each([
    ['the same saving every year and for good', ['-1,5', '-1,5', '-1,5', '-1,5'], 'Besparelse på 1,5 mio. kr. årligt: Forslaget'],
    ['one year only', ['-', '-2,0', '-', '-'], 'Besparelse på 2,0 mio. kr. i 2027: Forslaget'],
    ['some consecutive years with the same amount', ['-0,8', '-0,8', '-0,8', '-'], 'Besparelse på 0,8 mio. kr. årligt i 2026-2028: Forslaget'],
    [
      'a saving that rises',
      ['-4,2', '-5,0', '-6,0', '-6,0'],
      'Besparelse på 4,2 mio. kr. i 2026 stigende til 5,0 mio. kr. i 2027, 6,0 mio. kr. i 2028 og varigt: Forslaget',
    ],
    ['an amount that needs three decimals', ['-0,125', '-0,125', '-0,125', '-0,125'], 'Besparelse på 0,125 mio. kr. årligt: Forslaget'],
    ['no consequence', ['0', '0', '0', '0'], 'Ingen økonomisk konsekvens: Forslaget'],
  ] as const)('words %s', (_shape, cells, expected) => {
    expect(sentence({ title: 'Forslaget', cells: [...cells] })).toBe(expected);
  });

  it('words an expansion with its funding', () => {
    expect(
      sentence({ title: 'Flere lægevagter', kind: 'udvidelse', cells: ['1,0', '1,0', '1,0', '1,0'], fundingSource: 'finansieres af ulighedspuljen' }),
    ).toBe('Udgift på 1,0 mio. kr. årligt: Flere lægevagter (finansieres af ulighedspuljen)');
  });

  it('words a row that both costs and saves as a net effect with minus signs, keeping year ranges', () => {
    expect(
      sentence({
        title: 'Investering i digital kompetenceudvikling',
        kind: 'udvidelse',
        fundingSource: 'finansieres af egne midler',
        cells: ['1,0', '-2,0', '-2,0', '-2,0'],
      }),
    ).toBe('Nettovirkning på 1,0 mio. kr. i 2026 og \u22122,0 mio. kr. årligt fra 2027: Investering i digital kompetenceudvikling');
  });

  it('uses the decided amounts and says who changed them', () => {
    const proposal = amended(
      aShapedProposal({ reference: 'B26-SU-09', title: 'Forslaget', cells: ['-2,0', '-2,0', '-2,0', '-2,0'] }),
      parseTable({ label: 'Drift', cells: ['-1,0', '-1,0', '-1,0', '-1,0'] }),
      'RR',
    );
    expect(amountSentence(budget2026Round, proposal)).toBe('Besparelse på 1,0 mio. kr. årligt: Forslaget (ændret af RR)');
  });
});
