export * from './topics';
export * from './envelope';
export * from './event-definition';
export * from './parse-envelope';
export * from './events/intake-events';
export * from './events/workflow-events';
export * from './events/reporting-events';
export * from './parse';
