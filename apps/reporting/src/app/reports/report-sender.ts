import { XLSX_MEDIA_TYPE } from '@budgetflow/reporting/bilag';
import { Injectable } from '@nestjs/common';
import { Response } from 'express';
import { StoredKey } from '../rendering/render-job';
import { RoundData } from './report-data.service';
import { ReportFormat } from './report-input';
import { ReportStore } from './report-store.service';

const MEDIA_TYPES: Record<ReportFormat, string> = { pdf: 'application/pdf', xlsx: XLSX_MEDIA_TYPE, csv: 'text/csv; charset=utf-8' };

/** What a report is sent as: the stored file, or 304 when the caller has it. */
export interface ReportRequest {
  roundId: string;
  key: StoredKey;
  proposalId: string | null;
  data: RoundData;
  ifNoneMatch: string | undefined;
  fileName: string;
  format: ReportFormat;
}

/** Answers with a stored report: its ETag and data version, 304 for an ETag the caller has, else the file. */
@Injectable()
export class ReportSender {
  constructor(private readonly store: ReportStore) {}

  async send(response: Response, { roundId, key, proposalId, data, ifNoneMatch, fileName, format }: ReportRequest): Promise<void> {
    const stored = await this.store.ensure(roundId, key, proposalId, data, format);
    // The same URL answers with a PDF or a workbook by the Accept header: caches must keep them apart.
    response.setHeader('Vary', 'Accept');
    response.setHeader('ETag', stored.etag);
    response.setHeader('X-Data-Version', String(stored.dataVersion));
    // An unchanged report is answered without reading its bytes.
    if (
      ifNoneMatch
        ?.split(',')
        .map((tag) => tag.trim())
        .includes(stored.etag)
    ) {
      response.status(304).end();
      return;
    }
    const bytes = await stored.pdf();
    const name = fileName.replace(/\.pdf$/, `.${format}`);
    response
      .status(200)
      .type(MEDIA_TYPES[format])
      .setHeader('Content-Disposition', `${format === 'pdf' ? 'inline' : 'attachment'}; filename="${name}"`);
    response.end(bytes);
  }
}
