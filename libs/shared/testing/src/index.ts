export * from './expect-eventually';
export * from './test-environment';
export * from './read-topic';
export * from './describe-messaging-tables';
export * from './describe-health';
export * from './isolated-environment';
export * from './test-tokens';
export * from './demo-requests';
