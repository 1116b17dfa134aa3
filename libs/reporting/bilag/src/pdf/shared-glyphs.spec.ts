import { flat, pdfText } from '@budgetflow/testing';
import { paragraph } from '../document/blocks';
import { reportDocument } from '../document/report-document';
import { pdfDefinition } from '../layout/pdf-definition';
import { aBilagData } from '../testing/bilag-data.builder';
import { renderToBuffer } from './render-to-buffer';

// As parsed-fonts.spec.ts: the memoized create is handed to pdfkit in jest's registry, so the renders share fonts.
jest.mock('fontkit', () => {
  const actual = jest.requireActual('fontkit');
  const { memoizedCreate: memoize } = jest.requireActual('./parsed-fonts');
  return { ...actual, create: memoize(actual.create) };
});

const render = (title: string, text: string) =>
  renderToBuffer(pdfDefinition(reportDocument(aBilagData(), { title, blocks: [paragraph('body', text), paragraph('notice', text)] })).definition);

describe('glyphs of a font shared between documents', () => {
  it('keep the characters they stand for when a document before drew them only as part of another glyph', async () => {
    // «;» is drawn with the comma as a component: the first document's subset reads the comma glyph without a character.
    await render('Semikolon', 'Aftalen vedtager ét forslag; det fremgår af bilag 2.');
    const text = flat(await pdfText(await render('Komma', 'Socialdemokratiet, Venstre og SF er enige; 3,0 mio. kr.')));
    expect(text).toContain('Socialdemokratiet, Venstre og SF er enige; 3,0 mio. kr. Socialdemokratiet, Venstre og SF er enige; 3,0 mio. kr.');
  }, 60_000);
});
