import { IncomingMessage } from 'node:http';
import { csrfRefusal } from './csrf';

const ORIGIN = 'http://127.0.0.1:3100';
const aRequest = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as unknown as IncomingMessage;

describe('csrfRefusal', () => {
  it('lets reading requests through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(csrfRefusal(aRequest(method), 'token', ORIGIN)).toBeUndefined();
  });

  it('lets a state-changing request through with the session’s token from the gateway’s own origin (or none)', () => {
    expect(csrfRefusal(aRequest('POST', { 'x-csrf-token': 'token', origin: ORIGIN }), 'token', ORIGIN)).toBeUndefined();
    expect(csrfRefusal(aRequest('PUT', { 'x-csrf-token': 'token' }), 'token', ORIGIN)).toBeUndefined();
  });

  it('refuses a missing or wrong token, whatever the cookies say', () => {
    expect(csrfRefusal(aRequest('POST'), 'token', ORIGIN)).toContain('X-CSRF-Token');
    expect(csrfRefusal(aRequest('DELETE', { 'x-csrf-token': 'tokeN' }), 'token', ORIGIN)).toContain('X-CSRF-Token');
    expect(csrfRefusal(aRequest('POST', { 'x-csrf-token': 'token-but-longer' }), 'token', ORIGIN)).toContain('X-CSRF-Token');
  });

  it('refuses another origin, also another port of the same host (cookies would go along there)', () => {
    expect(csrfRefusal(aRequest('POST', { 'x-csrf-token': 'token', origin: 'http://127.0.0.1:3110' }), 'token', ORIGIN)).toContain('anden side');
    expect(csrfRefusal(aRequest('POST', { 'x-csrf-token': 'token', origin: 'null' }), 'token', ORIGIN)).toContain('anden side');
  });
});
