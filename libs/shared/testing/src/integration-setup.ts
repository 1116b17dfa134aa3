// jest setupFilesAfterEnv: every integration test file (*.int-spec.ts) gets its own databases and topics.
import { useIsolatedEnvironment } from './isolated-environment';

if (expect.getState().testPath?.endsWith('.int-spec.ts')) {
  // A hook or test without its own timeout gets 30 s, not jest's 5 s: leaving a consumer group or deleting a topic on a
  // busy broker takes seconds (CI failed an afterAll that had passed every test). Never a speed assertion.
  jest.setTimeout(30_000);
  useIsolatedEnvironment();
}
