// js-yaml ships no types (and @types/js-yaml would be one more package): the one function the compose check uses.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
