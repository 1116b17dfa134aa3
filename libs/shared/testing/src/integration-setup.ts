// jest setupFilesAfterEnv: every integration test file (*.int-spec.ts) gets its own databases and topics.
import { useIsolatedEnvironment } from './isolated-environment';

if (expect.getState().testPath?.endsWith('.int-spec.ts')) useIsolatedEnvironment();
