export * from './topics';
export * from './envelope';
export * from './parse-envelope';
