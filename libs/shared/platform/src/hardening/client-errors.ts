import { Server } from 'node:http';
import { Socket } from 'node:net';

/** Largest request head Node accepts (its default --max-http-header-size). */
export const MAX_HEADER_BYTES = 16 * 1024;

function problemResponse(status: number, reason: string, code: string, title: string, detail: string): string {
  const body = JSON.stringify({ type: `https://budgetflow.dk/problemer/${code}`, title, status, detail, code });
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Answers what Node's HTTP parser refuses before Express sees it as problem details too: headers over 16 KB
 * (431), a request that is not HTTP (400), a request too slow to arrive (408). Node's own answer is a bare status
 * line; a 'clientError' listener replaces it.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const response =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? problemResponse(
            431,
            'Request Header Fields Too Large',
            'request.headers_too_large',
            'For store headere',
            `Forespørgslens headere fylder mere end ${MAX_HEADER_BYTES / 1024} KB.`,
          )
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? problemResponse(408, 'Request Timeout', 'request.timeout', 'For langsom forespørgsel', 'Forespørgslen kom ikke frem i tide.')
          : problemResponse(400, 'Bad Request', 'request.malformed_http', 'Ugyldig forespørgsel', 'Forespørgslen er ikke gyldig HTTP.');
    socket.end(response);
  });
}
