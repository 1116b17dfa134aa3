// pdfmake looks up about twenty style properties for every word it measures, each time by pushing the word's styles
// onto its style stack, walking the stack and resolving named styles anew (with a closure and a Set per lookup).
// On a 1,000-proposal catalogue that was an eighth of the render. Named styles do not change while a document is
// laid out, so their resolved values are cached per style dictionary, and a word's own styles are read where they
// are instead of being pushed and popped; the stack's answers are kept until it changes. The answers are the same as pdfmake's (see the spec).

type Style = Record<string, unknown> & { extends?: string | string[] };
type StyleDictionary = Record<string, Style | undefined>;
type Override = string | Record<string, unknown>;

/** pdfmake 0.3's StyleContextStack, as far as this module reads and replaces it. */
export interface StyleStack {
  styleDictionary: StyleDictionary;
  defaultStyle: Record<string, unknown> | undefined;
  styleOverrides: Override[];
  /** The stack's answers since its last push or pop (added here). */
  answers?: Map<string, unknown>;
  getProperty(property: string): unknown;
  push(item: Override): void;
  pop(howMany?: number): void;
}

interface StyleStackClass {
  prototype: StyleStack & { cachesNamedStyles?: boolean };
  getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}

const isValue = (value: unknown) => value !== undefined && value !== null;

/** A named style's value of a property, following `extends` as pdfmake does (the last parent first; cycles end). */
function resolveNamed(dictionary: StyleDictionary, name: string, property: string, visited: Set<string>): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  const parents = style.extends === undefined ? [] : Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let index = parents.length - 1; index >= 0; index -= 1) {
    const value = resolveNamed(dictionary, parents[index], property, visited);
    if (isValue(value)) return value;
  }
  return undefined;
}

// Per style dictionary: style name → property → resolved value.
const resolvedByDictionary = new WeakMap<StyleDictionary, Map<string, Map<string, unknown>>>();

/** A named style's value, resolved once per style dictionary. */
export function namedStyleValue(dictionary: StyleDictionary, name: string, property: string): unknown {
  let byName = resolvedByDictionary.get(dictionary);
  if (!byName) resolvedByDictionary.set(dictionary, (byName = new Map()));
  let byProperty = byName.get(name);
  if (!byProperty) byName.set(name, (byProperty = new Map()));
  if (byProperty.has(property)) return byProperty.get(property);
  const value = resolveNamed(dictionary, name, property, new Set());
  byProperty.set(property, value);
  return value;
}

/** StyleContextStack.getProperty: the top of the stack first, then the default style; remembered until the stack changes. */
export function stackValue(stack: StyleStack, property: string): unknown {
  const answers = (stack.answers ??= new Map());
  if (answers.has(property)) return answers.get(property);
  const value = walkStack(stack, property);
  answers.set(property, value);
  return value;
}

function walkStack(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let index = overrides.length - 1; index >= 0; index -= 1) {
    const item = overrides[index];
    const value = typeof item === 'string' ? namedStyleValue(stack.styleDictionary, item, property) : item[property];
    if (isValue(value)) return value;
  }
  return stack.defaultStyle?.[property];
}

/** StyleContextStack.getStyleProperty: the item's own value, its named styles (the last first), then the stack. */
export function itemStyleValue(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown {
  // Read as pdfmake reads it, also from a string (whose prototype has methods such as `bold`).
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  const node = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
  // pdfmake pushes nothing for a string or a section node, and the node itself (already read) after its styles.
  if (node && node['section'] === undefined && node['style'] !== undefined && node['style'] !== null) {
    const names = Array.isArray(node['style']) ? (node['style'] as string[]) : [node['style'] as string];
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const value = namedStyleValue(stack.styleDictionary, names[index], property);
      if (isValue(value)) return value;
    }
  }
  const value = stackValue(stack, property);
  return isValue(value) ? value : defaultValue;
}

/** Makes pdfmake's style stack use the cached lookups (once per process; pdfmake is pinned to 0.3.x). */
export function cacheNamedStyles(): void {
  const StyleContextStack = (require('pdfmake/js/StyleContextStack') as { default: StyleStackClass }).default;
  if (StyleContextStack.prototype.cachesNamedStyles) return;
  const { push, pop } = StyleContextStack.prototype;
  // The words of a paragraph are measured against one unchanged stack: twenty answers each, the same every time.
  StyleContextStack.prototype.push = function (this: StyleStack, item: Override) {
    this.answers = undefined;
    push.call(this, item);
  };
  StyleContextStack.prototype.pop = function (this: StyleStack, howMany?: number) {
    this.answers = undefined;
    pop.call(this, howMany);
  };
  StyleContextStack.prototype.getProperty = function (this: StyleStack, property: string) {
    return stackValue(this, property);
  };
  StyleContextStack.getStyleProperty = itemStyleValue;
  StyleContextStack.prototype.cachesNamedStyles = true;
}
