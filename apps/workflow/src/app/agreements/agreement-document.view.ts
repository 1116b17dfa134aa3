import { AgreementChapter, AgreementDocument, AgreementInitiative, AgreementSignatory } from '@budgetflow/contracts';
import { TableCells } from '@budgetflow/domain';
import { TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

// The agreement as the document the region signs (the contracts' AgreementDocument, as agreement.adopted.v2 carries it).

export class AgreementSignatoryView {
  @ApiProperty({ enum: ['party', 'member'], description: 'party: et parti; member: et medlem, der skriver under alene' }) kind!: 'party' | 'member';
  @ApiProperty() name!: string;
}

export class AgreementInitiativeView {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Beløb pr. kolonne (tusinde kr.; udgift positiv, besparelse negativ)', ...TABLE_CELLS }) amounts!: TableCells;
  @ApiProperty({ nullable: true, type: String, description: 'Finansieringskilden i løbende tekst; null er råderummet' }) sourceName!: string | null;
  @ApiProperty({ nullable: true, type: String }) committee!: string | null;
  @ApiProperty({ nullable: true, type: String }) area!: string | null;
  @ApiProperty({ description: '«Aftaleparterne er enige om at afsætte …», som bekræftet' }) decisionSentence!: string;
  @ApiProperty({ description: 'Linjen i aftalens første bilag' }) appendixLine!: string;
}

export class AgreementChapterView {
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [AgreementInitiativeView] }) initiatives!: AgreementInitiativeView[];
}

export class AgreementDocumentView {
  @ApiProperty({ type: [AgreementSignatoryView] }) signatories!: AgreementSignatoryView[];
  @ApiProperty({ description: 'ÅÅÅÅ-MM-DD' }) date!: string;
  @ApiProperty() introduction!: string;
  @ApiProperty({ type: [AgreementChapterView], description: 'I aftalens rækkefølge' }) chapters!: AgreementChapterView[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Forslagene, aftalen vedtager' }) proposalIds!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Forhandlingspakken, aftalen er lavet af' }) packageName!: string | null;
}

// The contract's types are what the views carry; each view must describe exactly that shape.
type Describes<View, Contract> = [Contract] extends [View] ? true : never;
export const AGREEMENT_VIEWS_DESCRIBE_THE_CONTRACT: [
  Describes<AgreementSignatoryView, AgreementSignatory>,
  Describes<AgreementInitiativeView, AgreementInitiative>,
  Describes<AgreementChapterView, AgreementChapter>,
  Describes<AgreementDocumentView, AgreementDocument>,
] = [true, true, true, true];
