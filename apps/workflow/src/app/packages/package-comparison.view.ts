import {
  ComparedEntry,
  ComparedItem,
  ComparedPackage,
  ComparedSource,
  ItemDifference,
  PackageColumnTotals,
  PackageComparison,
  PackageItemKind,
  TableCells,
} from '@budgetflow/domain';
import { TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ShortfallView } from './package.view';

// Two or three packages side by side, as the domain's comparePackages gives them (amounts in thousand kroner).

export class PackageColumnTotalsView {
  @ApiProperty({ description: 'Årstal eller «permanent»' }) key!: string;
  @ApiProperty({ description: 'Σ posternes udgifter' }) spending!: number;
  @ApiProperty({ description: 'Σ posternes besparelser (negativ eller 0)' }) savings!: number;
  @ApiProperty({ description: 'Udgifter + besparelser' }) net!: number;
  @ApiProperty({ description: 'Σ kildernes åbninger' }) opening!: number;
  @ApiProperty({ description: 'Åbning − netto' }) balance!: number;
}

export class ComparedPackageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() name!: string;
  @ApiProperty() balanced!: boolean;
  @ApiProperty({ type: [ShortfallView] }) shortfalls!: readonly ShortfallView[];
  @ApiProperty({ type: [PackageColumnTotalsView] }) totals!: readonly PackageColumnTotalsView[];
}

export class ComparedSourceView {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Åbningen pr. pakke; null, hvor pakken ikke har kilden', type: 'array', items: { ...TABLE_CELLS, nullable: true } })
  openings!: readonly (TableCells | null)[];
  @ApiProperty({ type: [String], description: 'Kolonner, hvor åbningerne er forskellige' }) differingColumns!: readonly string[];
}

export class ComparedDescriptionView {
  @ApiProperty() chapter!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String }) committee!: string | null;
  @ApiProperty({ nullable: true, type: String }) area!: string | null;
}

export class ComparedEntryView {
  @ApiProperty() title!: string;
  @ApiProperty({ ...TABLE_CELLS }) amounts!: TableCells;
  @ApiProperty({ description: 'Kilden, der finansierer posten' }) sourceName!: string;
  @ApiProperty({ description: 'Et forslag, hvis beløb pakken har ændret' }) changed!: boolean;
  @ApiProperty({ type: ComparedDescriptionView, nullable: true, description: 'Et initiativs kapitel, tekst, udvalg og område; null for et forslag' })
  description!: ComparedDescriptionView | null;
}

export class ComparedItemView {
  @ApiProperty({ description: '«proposal:<id>» eller «initiative:<nøgle>»' }) key!: string;
  @ApiProperty({ enum: ['proposal', 'initiative'] }) kind!: PackageItemKind;
  @ApiProperty({ nullable: true, type: String, description: 'Forslagets reference' }) reference!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [ComparedEntryView], description: 'Pr. pakke i den givne rækkefølge; null, hvor pakken ikke har posten', nullable: true })
  entries!: readonly (ComparedEntryView | null)[];
  @ApiProperty({ enum: ['inclusion', 'amounts', 'source', 'description'], isArray: true }) differences!: readonly ItemDifference[];
  @ApiProperty({ type: [String] }) differingColumns!: readonly string[];
}

export class PackageComparisonView {
  @ApiProperty({ type: [String], description: 'Kolonnerne: årstallene og «permanent»' }) columns!: readonly string[];
  @ApiProperty({ type: [ComparedPackageView] }) packages!: readonly ComparedPackageView[];
  @ApiProperty({ type: [ComparedSourceView] }) sources!: readonly ComparedSourceView[];
  @ApiProperty({ type: [ComparedItemView], description: 'Hver post i en af pakkerne, i den rækkefølge de først optræder' }) items!: readonly ComparedItemView[];
}

// The domain's types are what the views carry; each view must describe exactly that shape.
type Describes<View, Domain> = [Domain] extends [View] ? true : never;
export const COMPARISON_VIEWS_DESCRIBE_THE_DOMAIN: [
  Describes<PackageColumnTotalsView, PackageColumnTotals>,
  Describes<Omit<ComparedPackageView, 'id' | 'version'>, ComparedPackage>,
  Describes<ComparedSourceView, ComparedSource>,
  Describes<ComparedEntryView, ComparedEntry>,
  Describes<ComparedItemView, ComparedItem>,
  Describes<Omit<PackageComparisonView, 'packages'>, Omit<PackageComparison, 'packages'>>,
] = [true, true, true, true, true, true];
