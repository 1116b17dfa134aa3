import { Parser, ParseError } from '@budgetflow/contracts';
import { BilagAgreement } from '@budgetflow/reporting/bilag';

const texts = (value: unknown, path: string): string[] => {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ParseError(path, 'must be a list of strings');
  return value;
};

/** The budget agreement as the read model keeps it (report_round.agreement). */
export const parseStoredAgreement: Parser<BilagAgreement> = (value, path) => {
  if (typeof value !== 'object' || value === null) throw new ParseError(path, 'must be an object');
  const stored = value as Record<string, unknown>;
  if (typeof stored['date'] !== 'string') throw new ParseError(`${path}.date`, 'must be a date');
  return { parties: texts(stored['parties'], `${path}.parties`), date: stored['date'], proposalIds: texts(stored['proposalIds'], `${path}.proposalIds`) };
};
