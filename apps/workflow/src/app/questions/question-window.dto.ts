import { ANSWERING_DAYS } from '@budgetflow/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString } from 'class-validator';

// The body's shape only; the domain's validateQuestionWindow checks the moments and the answering time, in Danish.

/** The budget office sets the round's question window: Danish dates and clock times, and the answering time. */
export class QuestionWindowDto {
  @ApiProperty({ description: 'Dato for åbningen (ÅÅÅÅ-MM-DD, dansk tid)', example: '2025-08-15' })
  @IsString()
  opensOn!: string;

  @ApiProperty({ description: 'Klokkeslæt for åbningen (TT:MM, dansk tid)', example: '08:00' })
  @IsString()
  opensAt!: string;

  @ApiProperty({ description: 'Dato for fristen (ÅÅÅÅ-MM-DD, dansk tid)', example: '2025-08-24' })
  @IsString()
  closesOn!: string;

  @ApiProperty({ description: 'Klokkeslæt for fristen (TT:MM, dansk tid); et spørgsmål skal være modtaget før', example: '12:00' })
  @IsString()
  closesAt!: string;

  @ApiProperty({
    description: `Svarfrist i kalenderdage fra fordelingen (${ANSWERING_DAYS.min}-${ANSWERING_DAYS.max}); fristen er samme klokkeslæt så mange dage senere`,
    example: 6,
  })
  @IsInt()
  answeringDays!: number;
}
