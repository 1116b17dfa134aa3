import { NextFunction, Request, Response } from 'express';

// The API answers JSON and PDFs only: nothing may run, load or frame it.
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// Swagger UI at /docs: its own scripts and styles (one inline <style>), icons as data: URLs, the document from here.
const DOCS_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/**
 * Security headers on every answer (what helmet would set, in the few lines this API needs): no MIME sniffing, no
 * framing, a content security policy (one that lets Swagger UI work at /docs), no referrer, no cross-origin
 * opener. Express's X-Powered-By is switched off where the app is built.
 */
export function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Content-Security-Policy', request.path === '/docs' || request.path.startsWith('/docs/') ? DOCS_POLICY : API_POLICY);
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-site');
  response.setHeader('X-DNS-Prefetch-Control', 'off');
  response.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
  next();
}
