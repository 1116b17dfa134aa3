import { ApiProblems, ProblemException, createServiceApp, structuredLogging } from '@budgetflow/platform';
import { Body, Controller, Module, Param, PipeTransform, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IsString, MaxLength } from 'class-validator';
import request from 'supertest';
import { OpenApiDocument, attack } from './attack/openapi-attacks';

// The meta-test of the generated attacks (issue 14): deliberately broken validators must make the attack check
// fail. Without this, an attack generator that never reaches a validator would pass everything.

class NoteDto {
  @ApiProperty({ description: 'Tekst', example: 'Godkendt' })
  @IsString()
  @MaxLength(50)
  text!: string;
}

/** The broken validator: a plain Error (a 500) for a text that does not begin with a letter (it assumed one). */
const asciiOnly: PipeTransform<NoteDto> = {
  transform(value: NoteDto) {
    if (typeof value?.text === 'string' && !/^[A-Za-zÆØÅæøå]/.test(value.text)) throw new Error('validator crashed');
    return value;
  },
};

/** Stands in for a database. */
const stored: string[] = [];

@Controller('notes')
class BrokenController {
  /** A 500 from a broken validator. */
  @Post('crashing')
  @ApiProblems(400)
  crashing(@Body(asciiOnly) dto: NoteDto): string[] {
    stored.push(dto.text);
    return stored;
  }

  /** The same route with the platform's checks only: sound. */
  @Post('sound')
  @ApiProblems(400)
  sound(@Body() dto: NoteDto): { text: string } {
    return { text: dto.text };
  }

  /** Writes first, refuses afterwards: a refusal that leaves a trace. */
  @Post(':id/leaky')
  @ApiProblems(400)
  leaky(@Param('id') id: string, @Body() dto: NoteDto): string[] {
    stored.push(`${id}:${dto.text}`);
    if (dto.text.length > 3) throw ProblemException.invalid([{ code: 'note.too_long', path: 'text', message: 'For lang.' }]);
    return stored;
  }
}

@Module({ imports: [structuredLogging('meta', 'fatal')], controllers: [BrokenController] })
class BrokenModule {}

describe('the generated attacks catch a broken validator (meta-test)', () => {
  let app: NestExpressApplication;
  let document: OpenApiDocument;
  beforeAll(async () => {
    app = await createServiceApp(BrokenModule, { title: 'Meta', description: 'Et bevidst fejlbehæftet API' });
    await app.listen(0, '127.0.0.1');
    document = (await request(app.getHttpServer()).get('/docs/openapi.json').expect(200)).body;
  }, 30_000);
  afterAll(() => app?.close());

  const attackIt = (path: string) =>
    attack({
      server: app.getHttpServer(),
      document: { ...document, paths: { [path]: document.paths[path] } },
      tokens: [undefined],
      snapshot: async () => JSON.stringify(stored),
      validBodies: { [`POST ${path}`]: { text: 'Godkendt' } },
      requestsPerOperation: 60,
      seed: 7,
    });

  it('reports the 500s of a validator that throws a plain Error', async () => {
    const report = await attackIt('/notes/crashing');
    expect(report.findings.filter((finding) => finding.status === 500).length).toBeGreaterThan(0);
    expect(report.findings.find((finding) => finding.status === 500)?.problem).toMatch(/^server error 500/);
  }, 60_000);

  it('reports a refused request that changed the stored state', async () => {
    const report = await attackIt('/notes/{id}/leaky');
    expect(report.findings.map((finding) => finding.problem)).toContain('refused, but the database changed');
  }, 60_000);

  it('finds nothing on the same route without the broken validator (no false alarms)', async () => {
    const report = await attackIt('/notes/sound');
    expect(report.requests).toBe(60);
    expect(report.findings).toEqual([]);
    expect(report.statuses['400']).toBeGreaterThan(0);
  }, 60_000);
});
