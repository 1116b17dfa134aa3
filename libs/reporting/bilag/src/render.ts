import { adoptedOverviewDocument } from './documents/adopted-overview.document';
import { catalogueDocument } from './documents/catalogue.document';
import { factSheetDocument } from './documents/fact-sheet.document';
import { frameStatusDocument } from './documents/frame-status.document';
import { yearTableDocument } from './documents/year-table.document';
import { BilagData } from './model/bilag-data';
import { renderToBuffer } from './pdf/render-to-buffer';

/** "Forslag til omstillingstemaer, <runde>": every submitted proposal as submitted, with its status. */
export async function renderCatalogue(data: BilagData): Promise<Buffer> {
  return renderToBuffer(catalogueDocument(data));
}

/** The fact sheet of one proposal; rejects with a RangeError when the proposal is unknown. */
export async function renderFactSheet(data: BilagData, proposalId: string): Promise<Buffer> {
  return renderToBuffer(factSheetDocument(data, proposalId));
}

/** Rammeopfølgning: frames against the proposals' decided amounts by status, and the round against its target. */
export async function renderFrameStatus(data: BilagData): Promise<Buffer> {
  return renderToBuffer(frameStatusDocument(data));
}

/** Udmøntning: the counted proposals' decided amounts year by year, "I alt", rest and "Samlet". */
export async function renderYearTable(data: BilagData): Promise<Buffer> {
  return renderToBuffer(yearTableDocument(data));
}

/** The adopted proposals (bilag to the budget agreement), each in one line of words. */
export async function renderAdoptedOverview(data: BilagData): Promise<Buffer> {
  return renderToBuffer(adoptedOverviewDocument(data));
}
