import { quote } from '@budgetflow/domain';
import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemException, ProblemIssue } from './problem';

// Danish messages for the class-validator constraints the DTOs use.
const MESSAGES: Record<string, string> = {
  isString: 'skal være en tekst',
  isInt: 'skal være et heltal',
  isArray: 'skal være en liste',
  isObject: 'skal være et objekt',
  isIn: 'har en ukendt værdi',
  isUuid: 'skal være et UUID',
  isNotEmpty: 'må ikke være tom',
  isDefined: 'mangler',
  isDateString: 'skal være en dato (ÅÅÅÅ-MM-DD)',
  isBoolean: 'skal være sand eller falsk',
  arrayMaxSize: 'har for mange elementer',
  arrayMinSize: 'har for få elementer',
  maxLength: 'er for lang',
  min: 'er for lille',
  max: 'er for stor',
  whitelistValidation: 'er ikke et kendt felt',
  lineText: 'skal stå på én linje og må kun indeholde tegn, der kan vises i bilagene (ingen styretegn eller usynlige tegn)',
  multilineText: 'må kun indeholde tegn, der kan vises i bilagene (ingen styretegn eller usynlige tegn)',
  nestedValidation: 'har en forkert opbygning',
};

// When a field has the wrong type, that is the one thing to say about it (not also that it is "too long").
const TYPE_CONSTRAINTS = ['whitelistValidation', 'isDefined', 'isString', 'isInt', 'isArray', 'isObject', 'isBoolean', 'isUuid', 'isIn', 'nestedValidation'];

function flatten(errors: ValidationError[], parent = ''): ProblemIssue[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const failed = Object.keys(error.constraints ?? {});
    const typeFailures = failed.filter((constraint) => TYPE_CONSTRAINTS.includes(constraint));
    const own = (typeFailures.length > 0 ? typeFailures.slice(0, 1) : failed).map((constraint) => ({
      code: constraint === 'whitelistValidation' ? 'request.unknown_field' : `request.${constraint}`,
      path,
      message: `Feltet ${quote(path)} ${MESSAGES[constraint] ?? 'er ugyldigt'}.`,
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Leaves path parameters as the text the client sent: Nest would turn "0x10" or "1e3" into a number with `+value`
 * before the route's own pipe (uuidParam, intParam) could refuse it.
 */
class RequestValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/** The one validation pipe: whitelist, unknown fields refused, every problem reported at once in Danish. */
export function requestValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ProblemException.invalid(flatten(errors)),
  });
}
