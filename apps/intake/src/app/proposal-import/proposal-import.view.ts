import { TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

/** One proposal of an import: what it will be (preview) or has become. */
export class ImportedProposalView {
  @ApiProperty({ description: 'Reference' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Oprettes som ny kladde eller opdaterer en eksisterende kladde', enum: ['create', 'update'] }) change!: 'create' | 'update';
  @ApiProperty({
    description: 'Forslagets id (efter indlæsning; ved opdatering også i forhåndsvisningen)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  id!: string | null;
  @ApiProperty({ description: 'Versionen efter indlæsningen (forhåndsvisning: den nuværende version ved opdatering)', nullable: true, type: Number })
  version!: number | null;
  @ApiProperty({ description: 'Antal rækker i tabellen over økonomisk konsekvens' }) tableRows!: number;
  @ApiProperty({
    description: 'Summen pr. kolonne («Samlet, prioriteringsforslag») i hele 1.000 kr.; null er en tom kolonne',
    ...TABLE_CELLS,
  })
  totals!: Record<string, number | null>;
  @ApiProperty({ description: 'Arkets linjer med forslaget', type: [Number] }) sheetRows!: number[];
}

/** The answer of an import or its preview. */
export class ImportResultView {
  @ApiProperty({ description: 'Sand for en forhåndsvisning (dryRun=true): intet er gemt' }) dryRun!: boolean;
  @ApiProperty({ description: 'Arket, der er læst («CSV» for en CSV-fil)' }) sheet!: string;
  @ApiProperty({ description: 'Antal nye kladder' }) created!: number;
  @ApiProperty({ description: 'Antal opdaterede kladder' }) updated!: number;
  @ApiProperty({ type: [ImportedProposalView], description: 'Forslagene i filens rækkefølge' }) proposals!: ImportedProposalView[];
}
