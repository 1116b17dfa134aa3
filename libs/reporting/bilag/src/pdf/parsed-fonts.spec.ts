import { memoizedCreate } from './parsed-fonts';
import { renderToBuffer } from './render-to-buffer';
import { aBilagData, demoBilagData } from '../testing/bilag-data.builder';
import { pdfDefinition } from '../layout/pdf-definition';
import { reportDefinition } from '../report-registry';

// Jest loads pdfkit through its own module registry, which the require-cache swap does not reach: the memoized
// create is handed to pdfkit here the same way, so that every render of this file after the first shares the fonts.
jest.mock('fontkit', () => {
  const actual = jest.requireActual('fontkit');
  const { memoizedCreate: memoize } = jest.requireActual('./parsed-fonts');
  return { ...actual, create: memoize(actual.create) };
});

describe('fonts parsed once per process', () => {
  it('keeps one parsed font per file and face', () => {
    const parse = jest.fn((buffer: Uint8Array, face?: string) => ({ bytes: buffer.length, face }));
    const create = memoizedCreate(parse);
    const regular = new Uint8Array([1, 2, 3]);
    expect(create(regular)).toBe(create(new Uint8Array([1, 2, 3])));
    expect(create(regular, 'Roboto-Medium')).not.toBe(create(regular));
    expect(create(new Uint8Array([1, 2, 4]))).not.toBe(create(regular));
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('renders the same bytes with a font another document used as with a freshly parsed one', async () => {
    const frameStatus = pdfDefinition(reportDefinition('rammeopfoelgning').document(demoBilagData(), '')).definition;
    // The first render of this file parses the fonts; the catalogue then lays out many more glyphs with them.
    const fresh = await renderToBuffer(frameStatus);
    await renderToBuffer(pdfDefinition(reportDefinition('katalog').document(aBilagData(), '')).definition);
    const shared = await renderToBuffer(frameStatus);
    expect(shared.equals(fresh)).toBe(true);
  }, 60_000);
});
