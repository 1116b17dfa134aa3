import { NextFunction, Request, Response } from 'express';

/** Longest a request's body may take to arrive, by default (REQUEST_TIMEOUT_SECONDS). */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

const PROBLEM = {
  type: 'https://budgetflow.dk/problemer/request.timeout',
  title: 'For langsom forespørgsel',
  status: 408,
  code: 'request.timeout',
};

/**
 * A request's body must arrive within `seconds`: a half-sent body is answered 408 and its connection closed then,
 * instead of being held for Node's default 300 s (a slow client could otherwise tie up memory and sockets).
 */
export function bodyDeadline(seconds: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.complete) return next();
    const timer = setTimeout(() => {
      if (request.complete) return;
      if (!response.headersSent) {
        response.setHeader('Connection', 'close');
        response
          .status(408)
          .type('application/problem+json')
          .json({ ...PROBLEM, detail: `Forespørgslens indhold kom ikke frem inden for ${seconds} sekunder.`, instance: request.originalUrl.slice(0, 2048) });
      }
      response.once('finish', () => request.socket.destroy());
    }, seconds * 1000);
    timer.unref();
    const done = () => clearTimeout(timer);
    request.once('end', done);
    request.once('close', done);
    next();
  };
}
