export * from './reporting-database';
export * from './generated/prisma/client';
