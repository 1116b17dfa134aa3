-- Run once by the postgres image when its data volume is empty (mounted into /docker-entrypoint-initdb.d by
-- docker-compose.yml): one database per service, as tools/infra/postgres.mjs creates them without Docker.
-- The services' tables come from their Prisma migrations (the *-migrate jobs in docker-compose.yml).
CREATE DATABASE budgetflow_intake;
CREATE DATABASE budgetflow_workflow;
CREATE DATABASE budgetflow_reporting;
-- The gateway's sessions (it makes its tables itself).
CREATE DATABASE budgetflow_gateway;
