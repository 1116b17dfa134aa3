import { csvTextField, spreadsheetText } from './spreadsheet-text';

describe('texts written to a spreadsheet export (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\r=1'])('keeps %p text with a leading apostrophe', (text) => {
    expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves every other text as it is', () => {
    for (const text of ['Sundhedsudvalget', ' =1', "'=1", 'Omstilling – 2,2 mio. kr.', '', '1+1', 'Æ=Ø']) expect(spreadsheetText(text)).toBe(text);
  });

  it('quotes a CSV field with the separator, a quote or a line break, after neutralising it', () => {
    expect(csvTextField('=1;2')).toBe(`"'=1;2"`);
    expect(csvTextField('sagde "hej"')).toBe('"sagde ""hej"""');
    expect(csvTextField('a\nb')).toBe('"a\nb"');
    expect(csvTextField('a,b')).toBe('a,b');
    expect(csvTextField('a,b', ',')).toBe('"a,b"');
    expect(csvTextField('-5 stillinger')).toBe("'-5 stillinger");
  });
});
