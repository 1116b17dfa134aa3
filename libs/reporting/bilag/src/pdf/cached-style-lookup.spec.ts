import fc from 'fast-check';
import { StyleStack, itemStyleValue, stackValue } from './cached-style-lookup';

// pdfmake's own implementation, untouched in this test file (cacheNamedStyles is never called here).
interface OriginalStack extends StyleStack {
  push(item: unknown): void;
}
const StyleContextStack = (
  require('pdfmake/js/StyleContextStack') as {
    default: {
      new (dictionary: object, defaultStyle?: object): OriginalStack;
      getStyleProperty(item: unknown, stack: unknown, property: string, fallback: unknown): unknown;
    };
  }
).default;

const NAMES = ['a', 'b', 'c', 'd', 'missing'];
const PROPERTIES = ['font', 'fontSize', 'bold', 'color'];
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('Roboto', '#111', 0, 9, true, false));
const properties = fc.record({ font: value, fontSize: value, bold: value, color: value }, { requiredKeys: [] });
// Named styles that may extend one another, in cycles too.
const style = fc.record({ props: properties, extends: fc.option(fc.oneof(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }))) });
const dictionary = fc
  .dictionary(fc.constantFrom('a', 'b', 'c', 'd'), style)
  .map((entries) =>
    Object.fromEntries(
      Object.entries(entries).map(([name, { props, extends: parents }]) => [name, parents === null ? { ...props } : { ...props, extends: parents }]),
    ),
  );
const styleRef = fc.oneof(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }));
const node = fc.record({ props: properties, style: fc.option(styleRef), section: fc.option(fc.constant('s')) }).map(({ props, style: names, section }) => ({
  ...props,
  ...(names === null ? {} : { style: names }),
  ...(section === null ? {} : { section }),
}));
const override = fc.oneof(fc.constantFrom(...NAMES), properties);
const item = fc.oneof(node, fc.constant('plain text'));

describe('the cached style lookup', () => {
  it('answers every property as pdfmake does, for any styles, stack and item', () => {
    fc.assert(
      fc.property(
        dictionary,
        properties,
        fc.array(override, { maxLength: 5 }),
        item,
        fc.constantFrom(...PROPERTIES),
        (styles, defaults, overrides, word, property) => {
          const stack = new StyleContextStack(styles, defaults);
          for (const entry of overrides) stack.push(entry);
          expect(stackValue(stack, property)).toEqual(stack.getProperty(property));
          expect(itemStyleValue(word, stack, property, 'fallback')).toEqual(StyleContextStack.getStyleProperty(word, stack, property, 'fallback'));
          expect(itemStyleValue(word, undefined, property, 'fallback')).toEqual(StyleContextStack.getStyleProperty(word, undefined, property, 'fallback'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves the stack as it found it', () => {
    const stack = new StyleContextStack({ a: { bold: true } }, {});
    stack.push('a');
    itemStyleValue({ style: ['a', 'b'] }, stack, 'bold', false);
    expect(stack.styleOverrides).toEqual(['a']);
  });
});
