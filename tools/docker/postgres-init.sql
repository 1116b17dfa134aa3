-- Run once by the postgres image when its data volume is empty (mounted into /docker-entrypoint-initdb.d by
-- docker-compose.yml): one database per service, as tools/infra/postgres.mjs creates them without Docker.
-- The tables come from each service's Prisma migrations (the *-migrate jobs in docker-compose.yml).
CREATE DATABASE budgetflow_intake;
CREATE DATABASE budgetflow_workflow;
CREATE DATABASE budgetflow_reporting;
