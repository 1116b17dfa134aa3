import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs (pino) with the service name on every line; request logs carry a request id. */
export function structuredLogging(service: string, level: string) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      redact: ['req.headers.authorization'],
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  });
}
