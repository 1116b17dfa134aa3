import { PACKAGE_LIMITS } from '@budgetflow/domain';
import { ConsequenceTableDto } from '@budgetflow/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';

// The body's shape only; the domain's validatePackage checks every value against the round, with Danish messages.

const AMOUNTS = {
  description: 'Beløb pr. kolonne i mio. kr., dansk format («3,0», «-0,5»); «-» er tom. Nøgler: rundens årstal og «permanent».',
  example: { '2026': '3,0', '2027': '3,0', '2028': '-', permanent: '-' },
  type: 'object',
  additionalProperties: { type: 'string' },
} as const;

export class FundingSourceDto {
  @ApiProperty({ description: 'Kildens nøgle i pakken; posterne henviser til den', example: 'sundhedspakken' })
  @IsString()
  key!: string;

  @ApiProperty({ description: 'Navnet, som det skrives i løbende tekst', example: 'sundhedspakken' })
  @IsString()
  name!: string;

  @ApiProperty({ ...AMOUNTS, description: 'Hvad kilden bringer pr. kolonne (mio. kr.)' })
  @IsObject()
  amounts!: Record<string, string>;
}

export class PackageProposalDto {
  @ApiProperty({ format: 'uuid', description: 'Forslaget (godkendt af FU eller på FU’s dagsorden)' })
  @IsString()
  proposalId!: string;

  @ApiPropertyOptional({ type: ConsequenceTableDto, nullable: true, description: 'Pakkens ændrede beløb; udeladt eller null: tabellen i kraft' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsequenceTableDto)
  amendedTable?: ConsequenceTableDto | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Kilden, der finansierer det; udeladt: råderummet', example: 'raaderum' })
  @IsOptional()
  @IsString()
  source?: string | null;
}

export class InitiativeDto {
  @ApiProperty({ description: 'Initiativets nøgle; bevares, når pakken kopieres', example: 'medicinreserve' })
  @IsString()
  key!: string;

  @ApiProperty({ description: 'Aftalens kapitel', example: 'Hospitaler' })
  @IsString()
  chapter!: string;

  @ApiProperty({ example: 'Reserve til medicinudgifter' })
  @IsString()
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Aftalens tekst om initiativet' })
  @IsOptional()
  @IsString()
  text?: string | null;

  @ApiProperty({ ...AMOUNTS, description: 'Beløb pr. kolonne (mio. kr.; udgift positiv, besparelse negativ)' })
  @IsObject()
  amounts!: Record<string, string>;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Kilden, der finansierer det; udeladt: råderummet' })
  @IsOptional()
  @IsString()
  source?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Fagudvalgets kode', example: 'SU' })
  @IsOptional()
  @IsString()
  committee?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Området (et hospital, «Regional udvikling»); et udvalg eller et område skal angives' })
  @IsOptional()
  @IsString()
  area?: string | null;
}

/** A negotiation package as typed: the domain's PackageInput. */
export class PackageDto {
  @ApiProperty({ example: 'Forhandlingsoplæg 2' })
  @IsString()
  name!: string;

  @ApiProperty({ ...AMOUNTS, description: 'Råderummets åbning pr. kolonne: rummet før nogen post (0, eller negativt, hvor besparelser skal lukke et hul)' })
  @IsObject()
  raaderum!: Record<string, string>;

  @ApiPropertyOptional({ type: [FundingSourceDto], description: 'Andre finansieringskilder end råderummet' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PACKAGE_LIMITS.sources + 1)
  @ValidateNested({ each: true })
  @Type(() => FundingSourceDto)
  sources?: FundingSourceDto[];

  @ApiPropertyOptional({ type: [PackageProposalDto], description: 'Udvalgenes forslag i pakken' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PACKAGE_LIMITS.proposals + 1)
  @ValidateNested({ each: true })
  @Type(() => PackageProposalDto)
  proposals?: PackageProposalDto[];

  @ApiPropertyOptional({ type: [InitiativeDto], description: 'Parternes nye initiativer' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PACKAGE_LIMITS.initiatives + 1)
  @ValidateNested({ each: true })
  @Type(() => InitiativeDto)
  initiatives?: InitiativeDto[];
}

/** A save of a package: the whole new content and the version it builds on (or an If-Match header). */
export class UpdatePackageDto extends PackageDto {
  @ApiPropertyOptional({ description: 'Versionen ændringen bygger på (alternativ til If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** A copy of a package, under a new name (by default «Kopi af …»). */
export class CopyPackageDto {
  @ApiPropertyOptional({ description: 'Kopiens navn; som standard «Kopi af …»', example: 'Forhandlingsoplæg 3' })
  @IsOptional()
  @IsString()
  name?: string;
}

/** The packages to compare, two or three, in the order to show them. */
export class ComparePackagesQueryDto {
  @ApiProperty({ description: 'To eller tre pakker i runden (gentaget, `ids=…&ids=…`, eller adskilt af komma)', type: [String], format: 'uuid' })
  // One id arrives as a string; «a,b» is read as two.
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(PACKAGE_LIMITS.comparedPackages)
  @IsUUID('all', { each: true })
  ids!: string[];
}
