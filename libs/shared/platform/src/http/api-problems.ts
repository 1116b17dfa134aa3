import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_REGISTRY, ProblemCode } from './problem-registry';

export class ProblemIssueSchema {
  @ApiProperty({ description: 'Stabil fejlkode', example: 'amount.too_many_decimals' })
  code!: string;
  @ApiProperty({ description: 'Feltets sti', example: 'table.rows[0].cells.2026' })
  path!: string;
  @ApiProperty({ description: 'Fejlen på dansk', example: '«-0,1255» har mere end 3 decimaler; beløb angives med højst 3 decimaler (1.000 kr.).' })
  message!: string;
  // An import's problems are located in the sheet as well.
  @ApiPropertyOptional({ description: 'Indlæsning: arket' }) sheet?: string;
  @ApiPropertyOptional({ description: 'Indlæsning: arkets række (fra 1); null for hele filen', nullable: true, type: Number }) row?: number | null;
  @ApiPropertyOptional({ description: 'Indlæsning: kolonnens bogstav; null for en hel række', nullable: true, type: String }) column?: string | null;
  @ApiPropertyOptional({ description: 'Indlæsning: kolonnens overskrift i arket', nullable: true, type: String }) columnName?: string | null;
  @ApiPropertyOptional({ description: 'Indlæsning: cellens værdi som læst; null for en tom celle', nullable: true, type: String }) value?: string | null;
}

export class ProblemDetailsSchema {
  @ApiProperty({ description: 'Fejltypens URI' })
  type!: string;
  @ApiProperty({ description: 'Kort overskrift' })
  title!: string;
  @ApiProperty({ description: 'HTTP-status' })
  status!: number;
  @ApiProperty({ description: 'Forklaring' })
  detail!: string;
  @ApiProperty({ description: 'Stabil fejlkode', example: 'request.invalid' })
  code!: string;
  @ApiPropertyOptional({ description: 'Adressen der fejlede' })
  instance?: string;
  @ApiPropertyOptional({ description: 'Alle fejl i forespørgslen (ved 400)', type: [ProblemIssueSchema] })
  errors?: ProblemIssueSchema[];
  @ApiPropertyOptional({ description: 'Antal fejl i alt, når der er flere end de viste (højst 50 vises)' })
  errorCount?: number;
}

const DESCRIPTIONS: Record<number, string> = {
  500: 'Intern fejl',
  400: 'Ugyldige data: alle fejl med kode, felt og dansk tekst',
  401: 'Manglende eller ugyldig adgangsbillet',
  403: 'Rollen eller udvalget må ikke dette',
  404: 'Findes ikke',
  409: 'Konflikt: forældet version, arbejdsgangen tillader ikke handlingen, eller dublet',
  413: 'For stor forespørgsel',
  415: 'Indholdet skal sendes som application/json',
  422: 'Idempotency-Key genbrugt til en anden forespørgsel',
  428: 'Versionen mangler: angiv If-Match eller «version»',
  429: 'For mange forespørgsler; prøv igen om lidt (se Retry-After og RateLimit)',
  503: 'En tjeneste, svaret afhænger af, svarer ikke lige nu; intet er ændret, prøv igen om lidt',
};

/**
 * Documents the problem-details answers (RFC 9457, application/problem+json) an endpoint can give: a status for the
 * answers every endpoint of its kind gives (invalid input, no token), a code of the registry for the endpoint's own
 * (its status comes from the registry). Each status lists its codes, and the operation carries them all as
 * `x-problem-codes`, so a client can switch on them.
 */
export function ApiProblems(...answers: (number | ProblemCode)[]) {
  const codes = answers.filter((answer): answer is ProblemCode => typeof answer === 'string');
  const statuses = [...new Set(answers.map((answer) => (typeof answer === 'number' ? answer : PROBLEM_REGISTRY[answer].status)))].sort((a, b) => a - b);
  const codesOf = (status: number) => codes.filter((code) => PROBLEM_REGISTRY[code].status === status);
  const describe = (status: number) => {
    const own = codesOf(status);
    return own.length === 0 ? DESCRIPTIONS[status] : `${DESCRIPTIONS[status]}. Koder: ${own.map((code) => `\`${code}\``).join(', ')}`;
  };
  return applyDecorators(
    ApiExtraModels(ProblemDetailsSchema, ProblemIssueSchema),
    ...(codes.length > 0 ? [ApiExtension('x-problem-codes', codes)] : []),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: describe(status),
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
  );
}
