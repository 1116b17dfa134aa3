import { quote, textProblem } from '@budgetflow/domain';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemException, ProblemIssue } from '../http/problem';

/** Deepest nesting of a JSON body or query: a proposal needs 5 levels (table.rows[0].cells.2026). */
export const MAX_INPUT_DEPTH = 16;
/** Most values (object keys and array items together) in one body: a full proposal has a few hundred. */
export const MAX_INPUT_NODES = 4000;
// Keys that name the object machinery rather than data: refused like any unknown field, never dropped silently.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ISSUES = 20;

/**
 * Checks the shape of a parsed body or query before class-transformer sees it (which recurses, and overflows the
 * stack on deep input): depth, number of values, keys such as `__proto__`, and every string against the domain's
 * text rule (no NUL, lone surrogate, control character or character the bilag font cannot print). Iterative, so
 * any depth is cheap to refuse. Runs after the guards: authentication comes first.
 */
@Injectable()
export class InputShapePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const issues = inspectInput(value);
    if (issues === 'too_deep') {
      throw new ProblemException({
        status: 400,
        code: 'request.too_deep',
        title: 'For dybt indhold',
        detail: `Indholdet er indlejret i mere end ${MAX_INPUT_DEPTH} niveauer.`,
      });
    }
    if (issues === 'too_many_values') {
      throw new ProblemException({
        status: 413,
        code: 'request.too_many_values',
        title: 'For stor forespørgsel',
        detail: `Indholdet har mere end ${MAX_INPUT_NODES} felter og listeelementer.`,
      });
    }
    if (issues.length > 0) throw ProblemException.invalid(issues);
    return value;
  }
}

/** The problems of a parsed JSON value, or which limit it exceeds. */
export function inspectInput(root: unknown): ProblemIssue[] | 'too_deep' | 'too_many_values' {
  const issues: ProblemIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (issues.length < MAX_ISSUES) {
        const problem = textProblem(value, 'multiline', `Feltet ${quote(path || 'indhold')}`);
        if (problem) issues.push({ code: problem.code, path, message: problem.message });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return 'too_deep';
    if (Array.isArray(value)) {
      nodes += value.length;
      if (nodes > MAX_INPUT_NODES) return 'too_many_values';
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: `${path}[${index}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    nodes += keys.length;
    if (nodes > MAX_INPUT_NODES) return 'too_many_values';
    const children: { value: unknown; path: string; depth: number }[] = [];
    for (const key of keys) {
      const child = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        if (issues.length < MAX_ISSUES) issues.push({ code: 'request.unknown_field', path: child, message: `Feltet ${quote(child)} er ikke et kendt felt.` });
        continue;
      }
      const keyProblem = textProblem(key, 'line', `Feltnavnet ${quote(child)}`);
      if (keyProblem && issues.length < MAX_ISSUES) issues.push({ code: keyProblem.code, path: child, message: keyProblem.message });
      children.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
    // Reversed onto the stack, so problems are reported in the order of the document.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return issues;
}
