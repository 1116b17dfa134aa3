// Runs before each test file: its own Kafka topic prefix, so parallel files and earlier runs never share topics.
const { randomBytes } = require('node:crypto');

process.env.KAFKA_TOPIC_PREFIX = `test.${randomBytes(4).toString('hex')}.`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'warn';
process.env.JWT_SECRET = process.env.JWT_SECRET || 'budgetflow-test-secret-at-least-32-characters';
// The tests sign their tokens with JWT_SECRET: development tokens are switched on explicitly, as npm start does.
process.env.JWT_DEV_TOKENS = 'true';
// Intake forwards a committee's withdrawal of a submitted proposal to the workflow; tests that start a workflow point it there.
process.env.WORKFLOW_URL = process.env.WORKFLOW_URL || 'http://127.0.0.1:9';
