import { TextKind, textProblem } from '@budgetflow/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The domain's text rule on a DTO field that no domain validator sees (a meeting's title, a budget agreement's
 * parties): one line, only characters the bilag can print. Every string of every body already meets the
 * multi-line rule (InputShapePipe); this adds the one-line part.
 */
export function IsDanishText(kind: TextKind = 'line', options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: kind === 'line' ? 'lineText' : 'multilineText',
      validator: { validate: (value: unknown) => typeof value !== 'string' || textProblem(value, kind, 'Teksten') === undefined },
    },
    options,
  );
}
