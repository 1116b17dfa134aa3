import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { ProblemDetails, ProblemException } from './problem';
import { withinProblemSize } from './problem-size';

const typeUri = (code: string) => `https://budgetflow.dk/problemer/${code}`;

// Errors raised before a controller runs (body parser, router) carry these shapes.
interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
}

/** Answers every error in one format: RFC 9457 problem details (application/problem+json), Danish texts. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    // Answered already (a body that missed its deadline): nothing more can be sent.
    if (response.headersSent) return;
    // The request's own URL is quoted only as an excerpt; the whole answer stays within MAX_PROBLEM_BYTES.
    const problem = withinProblemSize({ ...this.toProblem(exception), instance: request.originalUrl.slice(0, 2048) });
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.getResponse() as ProblemDetails;
    // Nest wraps the body parser's errors in an HttpException and keeps the original as its cause.
    const parserError = ((exception as BodyParserError)?.type ? exception : (exception as { cause?: unknown })?.cause) as BodyParserError | undefined;
    if (parserError?.type === 'entity.too.large') {
      return this.problem(
        413,
        'request.too_large',
        'For stor forespørgsel',
        `Forespørgslens indhold er større end de tilladte ${parserError.limit ?? ''} bytes.`.replace('  ', ' '),
      );
    }
    if (parserError?.type === 'entity.parse.failed') {
      return this.problem(400, 'request.malformed_json', 'Ugyldig JSON', 'Forespørgslens indhold kunne ikke læses som JSON.');
    }
    if (parserError?.type === 'encoding.unsupported' || parserError?.type === 'charset.unsupported') {
      return this.problem(415, 'request.unsupported_encoding', 'Ukendt tegnsæt', 'Forespørgslen skal sendes som UTF-8.');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return this.problem(404, 'route.not_found', 'Findes ikke', 'Adressen findes ikke i API’et.');
      if (status === 415) return this.problem(415, 'request.unsupported_media_type', 'Forkert indholdstype', 'Indholdet skal sendes som application/json.');
      return this.problem(status, `http.${status}`, exception.message, exception.message);
    }
    return this.problem(500, 'server.error', 'Intern fejl', 'Der opstod en uventet fejl. Prøv igen, og kontakt support hvis det gentager sig.');
  }

  private problem(status: number, code: string, title: string, detail: string): ProblemDetails {
    return { type: typeUri(code), title, status, detail, code };
  }
}
