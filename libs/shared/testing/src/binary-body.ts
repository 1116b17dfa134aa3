import request from 'supertest';

type BodyParser = Extract<Parameters<request.Test['parse']>[0], (res: never, callback: never) => void>;

/** A supertest body parser that keeps the answer as bytes (a PDF, a workbook): `.buffer(true).parse(binaryBody)`. */
export const binaryBody: BodyParser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
