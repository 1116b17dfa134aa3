export * from './workflow-database';
export * from './generated/prisma/client';
