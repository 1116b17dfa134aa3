import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';

const root = join(__dirname, '..', '..', '..', '..');

/** Integration test of a service's GET /health with its real database and the real broker. */
export function describeHealth(service: string, createApp: () => Promise<INestApplication>): void {
  describe(`${service} GET /health`, () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await createApp();
      await app.listen(0, '127.0.0.1');
    }, 30_000);
    afterAll(() => app?.close(), 30_000);

    it('answers 200 with the database and Kafka up, says «up» without details (they go to the log), and names the instance with its counts', async () => {
      const response = await request(app.getHttpServer()).get('/health').expect(200);
      expect(response.body).toEqual({
        status: 'up',
        instance: process.env['INSTANCE_ID'] ?? `${hostname()}:${process.pid}`,
        consumedEvents: expect.any(Number),
        servedRequests: expect.any(Number),
      });
      // Another answer counts as served (a refusal too); /health's own do not (a load balancer asks it twice a second).
      await request(app.getHttpServer()).get('/no-such-page');
      await request(app.getHttpServer()).get('/health').expect(200);
      const again = await request(app.getHttpServer()).get('/health').expect(200);
      expect(again.body.servedRequests).toBe(response.body.servedRequests + 1);
    });

    // The checked-in document (written by `npm run openapi` without starting the service; the web app's types are
    // generated from it) must be what the running service serves: a changed view needs its document.
    it('serves exactly its checked-in OpenAPI document (apps/<service>/openapi.json)', async () => {
      const response = await request(app.getHttpServer()).get('/docs/openapi.json').expect(200);
      expect(response.body.paths['/health']).toBeDefined();
      const checkedIn = JSON.parse(readFileSync(join(root, 'apps', service, 'openapi.json'), 'utf8'));
      expect(response.body).toEqual(checkedIn);
    });
  });
}
