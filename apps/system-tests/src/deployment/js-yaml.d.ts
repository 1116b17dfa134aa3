// js-yaml (in node_modules through the build tools) ships no types: the one function the compose check uses.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
