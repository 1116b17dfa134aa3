import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { parseStrictInt } from './strict-int';

/** Highest page number a list accepts: far beyond any round, and safe as an SQL offset. */
export const MAX_PAGE = 100_000;
export const MAX_PAGE_SIZE = 100;

// A text that is not a plain decimal integer becomes NaN, which @IsInt refuses ("skal være et heltal").
const strictInteger = () =>
  Transform(({ value }) => {
    if (value === undefined) return undefined;
    return parseStrictInt(value, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) ?? Number.NaN;
  });

/** `page`: 1..MAX_PAGE, written as a plain decimal number ("16", not "0x10" or "1e1"). */
export function PageNumber() {
  return applyDecorators(
    ApiPropertyOptional({ description: `Side (fra 1, højst ${MAX_PAGE})`, default: 1, minimum: 1, maximum: MAX_PAGE, type: 'integer' }),
    IsOptional(),
    strictInteger(),
    IsInt(),
    Min(1),
    Max(MAX_PAGE),
  );
}

/** `pageSize`: 1..MAX_PAGE_SIZE, written as a plain decimal number. */
export function PageSize() {
  return applyDecorators(
    ApiPropertyOptional({ description: `Forslag pr. side (1-${MAX_PAGE_SIZE})`, default: 20, minimum: 1, maximum: MAX_PAGE_SIZE, type: 'integer' }),
    IsOptional(),
    strictInteger(),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );
}
