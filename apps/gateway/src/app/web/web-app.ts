import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built single-page application: its hashed assets cached for long, every other path answered with
 * index.html (the application's router decides), never cached.
 */
export function webApp(root: string, serverPaths: string[]) {
  const directory = resolve(root);
  const index = join(directory, 'index.html');
  const assets = express.static(directory, { index: false, immutable: true, maxAge: '365d', fallthrough: true });
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (serverPaths.some((path) => request.path === path || request.path.startsWith(path))) return next();
    if (request.path.startsWith('/assets/')) return assets(request, response, next);
    if (!existsSync(index)) {
      response.status(503).type('text/plain; charset=utf-8').send('Webapplikationen er ikke bygget (npx nx run web:build).');
      return;
    }
    response.setHeader('Cache-Control', 'no-store');
    response.sendFile(index);
  };
}

/** Security headers on every answer: no framing, no foreign scripts, no sniffing. */
export function securityHeaders(providerOrigin: string) {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${providerOrigin}`,
  ].join('; ');
  return (_request: Request, response: Response, next: NextFunction): void => {
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Referrer-Policy', 'same-origin');
    next();
  };
}
