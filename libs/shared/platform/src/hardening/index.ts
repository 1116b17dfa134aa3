// Limits and defences every service shares (issue 14): input shape, strict numbers, headers, rate limits, idempotency.
export * from './body-shape.pipe';
export * from './strict-int';
export * from './page-query';
export * from './security-headers';
export * from './content-type';
export * from './raw-upload';
export * from './client-errors';
export * from './rate-limit';
export * from './hardening-config';
export * from './idempotency.interceptor';
export * from './role-gate';
export * from './text-validators';
export * from './token-before-body';
export * from './body-deadline';
