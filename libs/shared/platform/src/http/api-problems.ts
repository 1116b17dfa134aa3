import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

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

/** Documents the problem-details answers (RFC 9457, application/problem+json) an endpoint can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsSchema, ProblemIssueSchema),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
  );
}
