import { ReportKey, selectReportData } from '@budgetflow/reporting/bilag';
import { createHash } from 'node:crypto';
import { RoundData } from './report-data.service';

/** The formats a report is served in; the flat round export comes as XLSX or CSV. */
export type ReportFormat = 'pdf' | 'xlsx' | 'csv';

/**
 * The data one report shows, as a stable hash: its ETag and storage key. A fact sheet depends on its round and
 * its proposal only; the other reports on the whole round (the registry's selection). So an ETag changes exactly
 * when its data does.
 */
export function reportInputHash(key: ReportKey | 'eksport', data: RoundData, proposalId: string | null, format: ReportFormat = 'pdf'): string {
  // The service loads a round's data once per data version (frozen), so each hash is computed once per version.
  const remembered = hashesOf(data);
  const name = `${key} ${proposalId ?? ''} ${format}`;
  const known = remembered.get(name);
  if (known) return known;
  const hash = computedHash(key, data, proposalId, format);
  remembered.set(name, hash);
  return hash;
}

const hashes = new WeakMap<RoundData, Map<string, string>>();

function hashesOf(data: RoundData): Map<string, string> {
  let remembered = hashes.get(data);
  if (!remembered) hashes.set(data, (remembered = new Map()));
  return remembered;
}

function computedHash(key: ReportKey | 'eksport', data: RoundData, proposalId: string | null, format: ReportFormat): string {
  const { proposals, agreement, questions, questionWindow } = shownData(key, data, proposalId);
  // A PDF's input is hashed as before (its ETags stay valid); the other formats of the same data get their own. Only
  // the answers to budget questions show questions (the registry's selection): the other reports' hashes leave them out.
  const shownQuestions = questions.length > 0 || questionWindow !== null ? { questions, questionWindow } : {};
  const input = { key, round: data.round, proposals, agreement, ...shownQuestions, ...(format === 'pdf' ? {} : { format }) };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/** The ETag of a report in a format: a quoted prefix of its input hash. */
export function reportEtag(key: ReportKey | 'eksport', data: RoundData, proposalId: string | null, format: ReportFormat = 'pdf'): string {
  return `"${reportInputHash(key, data, proposalId, format).slice(0, 32)}"`;
}

/** The data a report shows, by the registry's selection (a fact sheet its proposal; the round export every proposal, no question). */
export function shownData(key: ReportKey | 'eksport', data: RoundData, proposalId: string | null): RoundData {
  return key === 'eksport' ? { ...data, questions: [], questionWindow: null } : selectReportData(key, data, proposalId);
}
