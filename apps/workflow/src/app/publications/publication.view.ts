import { ApiProperty } from '@nestjs/swagger';

/** A publication of a round's material, as the budget office's list and the publish act answer with it. */
export class PublicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'Budgetrunden' }) roundId!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Udgivelsesdato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ description: 'Bilagenes dataversion' }) dataVersion!: number;
  @ApiProperty({ description: 'Hvornår den blev udgivet (ISO 8601)' }) publishedAt!: string;
  @ApiProperty({ description: 'Hvem der udgav den (navn, eller rolle og login-id)' }) publishedBy!: string;
  @ApiProperty({ description: 'Om den er rundens aktuelle udgivelse (den nyeste)' }) current!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Udgivelsen, den erstattede som den aktuelle; null for rundens første' })
  replaces!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Udgivelsen, der har erstattet den; null for den aktuelle' })
  replacedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Hvornår den blev erstattet (ISO 8601); null for den aktuelle' })
  replacedAt!: string | null;
}
