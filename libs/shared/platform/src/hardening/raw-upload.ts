import { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { ProblemException } from '../http/problem';

/** A route that takes a file as its raw body (a spreadsheet upload) instead of JSON. */
export interface UploadRoute {
  /** The request path it applies to, e.g. /^\/rounds\/[^/]+\/proposals\/import$/. */
  readonly path: RegExp;
  /** Media types accepted as a file (without parameters), e.g. text/csv. */
  readonly mediaTypes: readonly string[];
  readonly maxBytes: number;
}

/** What the upload middleware leaves on the request. */
export interface UploadedFile {
  readonly mediaType: string;
  /** The Content-Type's charset parameter, lower case, if any. */
  readonly charset: string | undefined;
  readonly bytes: Buffer;
}

const UPLOAD = Symbol('upload');

/** The file an upload route received, or undefined when the request sent none in an accepted media type. */
export function uploadedFile(request: Request): UploadedFile | undefined {
  return (request as Request & { [UPLOAD]?: UploadedFile })[UPLOAD];
}

function tooLarge(maxBytes: number): ProblemException {
  return new ProblemException({
    status: 413,
    code: 'request.too_large',
    title: 'For stor forespørgsel',
    detail: `Filen er større end de tilladte ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  });
}

/**
 * Reads the raw body of a POST to an upload route in one of its media types, up to its limit (413 beyond, before
 * the rest is read), and marks the request so the JSON-only rule lets it through. Every other request is left
 * alone, so the JSON rule and parser still guard every other route. The body becomes a small summary (type, size,
 * SHA-256), so the input checks and the Idempotency-Key hash see the file's identity rather than its bytes.
 */
export function rawUploads(routes: readonly UploadRoute[]) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (request.method !== 'POST') return next();
    const route = routes.find((candidate) => candidate.path.test(request.path));
    const [type = '', ...parameters] = (request.headers['content-type'] ?? '').split(';').map((part) => part.trim());
    const mediaType = type.toLowerCase();
    if (!route || !route.mediaTypes.includes(mediaType)) return next();
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > route.maxBytes) return next(tooLarge(route.maxBytes));
    const charset = parameters
      .find((parameter) => /^charset=/i.test(parameter))
      ?.slice('charset='.length)
      .replace(/"/g, '')
      .toLowerCase();
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > route.maxBytes) {
        failed = true;
        request.pause();
        next(tooLarge(route.maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', (error) => {
      if (!failed) {
        failed = true;
        next(error);
      }
    });
    request.on('end', () => {
      if (failed) return;
      const bytes = Buffer.concat(chunks);
      (request as Request & { [UPLOAD]?: UploadedFile })[UPLOAD] = { mediaType, charset, bytes };
      request.body = { upload: { mediaType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
      // Body parsers skip a request whose body has been read.
      (request as Request & { _body?: boolean })._body = true;
      next();
    });
  };
}
