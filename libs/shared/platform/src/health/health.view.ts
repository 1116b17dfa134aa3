import { ApiProperty } from '@nestjs/swagger';

/** /health's answer: up or down (what failed goes to the log), which instance answers, and what it did since it started. */
export class HealthView {
  @ApiProperty({ enum: ['up', 'down'], description: '«up» når tjenestens afhængigheder svarer (200), ellers «down» (503)' })
  status!: 'up' | 'down';

  @ApiProperty({
    description: 'Instansens navn (INSTANCE_ID; som standard værtsnavn:proces-id), når flere kører bag en lastbalancer',
    example: 'reporting-1:4211',
  })
  instance!: string;

  @ApiProperty({ description: 'Hændelser, instansen har modtaget og behandlet siden start', example: 1200 })
  consumedEvents!: number;

  @ApiProperty({ description: 'Forespørgsler, instansen har besvaret siden start (dens egne /health-svar ikke medregnet)', example: 5400 })
  servedRequests!: number;
}
