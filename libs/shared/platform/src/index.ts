export * from './config/config-schema';
export * from './health/health-probes';
export * from './health/health.module';
export * from './database/database.module';
export * from './logging/logger.module';
export * from './service/service-config';
export * from './service/create-service-app';
export * from './service/run-service';
