import { bearer, binaryBody, flat, pdfText } from '@budgetflow/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** The text of one of a round's bilag, as the reporting service serves it. */
export async function reportText(reporting: INestApplication, roundId: string, report: string): Promise<string> {
  const response = await request(reporting.getHttpServer())
    .get(`/rounds/${roundId}/reports/${report}`)
    .set('Authorization', await bearer({ role: 'reader' }))
    .buffer(true)
    .parse(binaryBody)
    .expect(200);
  return flat(await pdfText(response.body as Buffer));
}
