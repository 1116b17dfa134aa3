import {
  ColumnBalance,
  FundingSource,
  Initiative,
  NegotiationPackage,
  PackageBalance,
  PackageProposal,
  Role,
  Shortfall,
  ShortfallColumn,
  SourceBalance,
  TableCells,
} from '@budgetflow/domain';
import { API_ENUMS, ConsequenceTableView, TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

// A package as the service answers with it: the domain's NegotiationPackage (amounts as integers of thousand kroner,
// the tables' sign) with its balance computed by the domain, never typed.

export class FundingSourceView {
  @ApiProperty({ description: 'Kildens nøgle i pakken («raaderum» for råderummet)' }) key!: string;
  @ApiProperty({ description: 'Navnet i løbende tekst («råderummet», «sundhedspakken»)' }) name!: string;
  @ApiProperty({ description: 'Åbningen pr. kolonne (tusinde kr.); null er tom', ...TABLE_CELLS }) opening!: TableCells;
}

export class PackageProposalView {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ type: ConsequenceTableView, nullable: true, description: 'Pakkens ændrede beløb; null: tabellen i kraft' })
  amendedTable!: ConsequenceTableView | null;
  @ApiProperty({ description: 'Kilden, der finansierer det' }) source!: string;
}

export class InitiativeView {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Aftalens kapitel' }) chapter!: string;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Beløb pr. kolonne (tusinde kr.; udgift positiv, besparelse negativ)', ...TABLE_CELLS }) amounts!: TableCells;
  @ApiProperty({ description: 'Kilden, der finansierer det' }) source!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Fagudvalgets kode' }) committee!: string | null;
  @ApiProperty({ nullable: true, type: String }) area!: string | null;
}

export class NegotiationPackageView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: [Number], description: 'Rundens årskolonner' }) yearColumns!: readonly number[];
  @ApiProperty({ type: [FundingSourceView], description: 'Råderummet først, så de øvrige kilder' }) sources!: readonly FundingSourceView[];
  @ApiProperty({ type: [PackageProposalView] }) proposals!: readonly PackageProposalView[];
  @ApiProperty({ type: [InitiativeView] }) initiatives!: readonly InitiativeView[];
}

export class ColumnBalanceView {
  @ApiProperty({ description: 'Årstal eller «permanent»' }) key!: string;
  @ApiProperty({ description: 'Åbningen (tusinde kr.)' }) opening!: number;
  @ApiProperty({ description: 'Σ posternes beløb, som kilden finansierer' }) financed!: number;
  @ApiProperty({ description: 'Åbning − finansieret; under nul er kilden overskredet' }) balance!: number;
}

export class SourceBalanceView {
  @ApiProperty() source!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ColumnBalanceView] }) columns!: readonly ColumnBalanceView[];
}

export class ShortfallColumnView {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Hvad der mangler (positivt, tusinde kr.)' }) missing!: number;
}

export class ShortfallView {
  @ApiProperty() source!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ShortfallColumnView] }) columns!: readonly ShortfallColumnView[];
  @ApiProperty({ description: 'Fx «Råderummet er overskredet med 1,5 mio. kr. i 2028.»' }) message!: string;
}

export class PackageBalanceView {
  @ApiProperty({ description: 'Ingen kilde er under nul i nogen kolonne' }) balanced!: boolean;
  @ApiProperty({ type: [SourceBalanceView] }) sources!: readonly SourceBalanceView[];
  @ApiProperty({ type: [ColumnBalanceView], description: 'Summen over kilderne pr. kolonne (kun til visning)' }) total!: readonly ColumnBalanceView[];
  @ApiProperty({ type: [ShortfallView] }) shortfalls!: readonly ShortfallView[];
  @ApiProperty({ description: '«Pakken balancerer i alle år og varigt.» eller hvad der mangler' }) message!: string;
}

export class PackageActorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ ...API_ENUMS.Role }) role!: Role;
}

export class PackageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ description: 'Version; send den med, når pakken gemmes (If-Match eller «version»)' }) version!: number;
  @ApiProperty({ type: NegotiationPackageView }) content!: NegotiationPackageView;
  @ApiProperty({ type: PackageBalanceView, description: 'Balancen pr. kilde og kolonne, beregnet' }) balance!: PackageBalanceView;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: PackageActorView }) createdBy!: PackageActorView;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: PackageActorView }) updatedBy!: PackageActorView;
}

export class PackageHistoryEntryView {
  @ApiProperty({ description: 'Versionen, gemningen gav' }) version!: number;
  @ApiProperty({ enum: ['created', 'copied', 'updated'] }) action!: 'created' | 'copied' | 'updated';
  @ApiProperty() at!: string;
  @ApiProperty({ type: PackageActorView }) actor!: PackageActorView;
  @ApiProperty({ type: [String], description: 'Hvad der blev ændret fra versionen før, én sætning pr. ændring' }) changes!: readonly string[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Pakken, en kopi blev lavet af' }) copiedFrom!: string | null;
}

// The domain's types are what the views carry; each view must describe exactly that shape.
type Describes<View, Domain> = [Domain] extends [View] ? true : never;
export const PACKAGE_VIEWS_DESCRIBE_THE_DOMAIN: [
  Describes<FundingSourceView, FundingSource>,
  Describes<PackageProposalView, PackageProposal>,
  Describes<InitiativeView, Initiative>,
  Describes<NegotiationPackageView, NegotiationPackage>,
  Describes<ColumnBalanceView, ColumnBalance>,
  Describes<SourceBalanceView, SourceBalance>,
  Describes<ShortfallColumnView, ShortfallColumn>,
  Describes<ShortfallView, Shortfall>,
  Describes<PackageBalanceView, PackageBalance>,
] = [true, true, true, true, true, true, true, true, true];
