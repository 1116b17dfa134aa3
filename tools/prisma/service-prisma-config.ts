// The one place for the Prisma CLI set-up every service shares (see docs/toolchain notes in the README):
// Prisma 6.19's JavaScript schema engine through the pg driver adapter, with two upstream workarounds.
import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import { defineConfig } from 'prisma/config';

// Workaround 1 (prisma/orm#27403): the adapter cannot read catalog columns of type name (19) and "char" (18);
// read them as text.
const Result = require('pg/lib/result');
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
  for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

function pgConfig(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
    // The CLI exits only when the pool is empty: let idle connections go at once instead of after 10 s.
    idleTimeoutMillis: 50,
  };
}

/** The prisma.config.ts of one service, whose schema and migrations live in `directory`. */
export function servicePrismaConfig(directory: string) {
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    async adapter() {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error('DATABASE_URL is not set: the Prisma CLI needs the service database URL.');
      const config = pgConfig(url);
      const main = new PrismaPg(config);
      return {
        provider: main.provider,
        adapterName: main.adapterName,
        connect: () => main.connect(),
        // Workaround 2: a real, separate shadow database (the adapter's own would connect to the main one),
        // dropped even while connections linger.
        async connectToShadowDb() {
          const database = `shadow_${Date.now()}`;
          const admin = new Client(config);
          await admin.connect();
          await admin.query(`CREATE DATABASE "${database}"`);
          const shadow = await new PrismaPg({ ...config, database }).connect();
          const dispose = shadow.dispose.bind(shadow);
          shadow.dispose = async () => {
            await dispose();
            await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
            await admin.end();
          };
          return shadow;
        },
      };
    },
    schema: `${directory}/prisma/schema.prisma`,
    migrations: { path: `${directory}/prisma/migrations` },
  });
}
