import { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../http/problem';
import { uploadedFile } from './raw-upload';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** True when the request carries a body (a length above 0, or chunked). */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

/**
 * A body in anything but JSON is a 415 problem, before it is read. Without this a form or text body was ignored
 * and the request answered as if it had sent nothing (400 for missing fields).
 */
export function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  // A file an upload route has read (see rawUploads) is its body, not JSON.
  if (!hasBody(request) || request.method === 'GET' || request.method === 'HEAD' || uploadedFile(request)) return next();
  const type = request.headers['content-type'];
  if (type !== undefined && JSON_TYPE.test(type)) return next();
  next(
    new ProblemException({
      status: 415,
      code: 'request.unsupported_media_type',
      title: 'Forkert indholdstype',
      detail: `Indholdet skal sendes som application/json${type ? `, ikke ${type.slice(0, 100)}` : ' (Content-Type mangler)'}.`,
    }),
  );
}
