import { XLSX_MEDIA_TYPE } from '@budgetflow/reporting/bilag';
import { ApiHeaderOptions } from '@nestjs/swagger';

/** The Accept header of the routes that answer with a PDF or, when asked, the same bilag as a workbook. */
export const ACCEPT_HEADER: ApiHeaderOptions = {
  name: 'Accept',
  required: false,
  description: `${XLSX_MEDIA_TYPE} giver bilaget som regneark (XLSX); ellers PDF. Samme som at tilføje «.xlsx» til stien.`,
};

/** PDF unless the caller asks for the workbook: by a ".xlsx" path or an Accept header naming XLSX (and not preferring PDF). */
export function requestedFormat(path: string, accept: string | undefined): { name: string; format: 'pdf' | 'xlsx' } {
  if (path.endsWith('.xlsx')) return { name: path.slice(0, -'.xlsx'.length), format: 'xlsx' };
  if (path.endsWith('.pdf')) return { name: path.slice(0, -'.pdf'.length), format: 'pdf' };
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const xlsx = types.indexOf(XLSX_MEDIA_TYPE);
  const pdf = types.indexOf('application/pdf');
  return { name: path, format: xlsx !== -1 && (pdf === -1 || xlsx < pdf) ? 'xlsx' : 'pdf' };
}
