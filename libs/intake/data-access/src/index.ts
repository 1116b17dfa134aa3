export * from './intake-database';
export * from './generated/prisma/client';
