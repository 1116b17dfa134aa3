import { ReportKey } from '@budgetflow/reporting/bilag';

/** What a publication's front page lists, kept with it (public_publication.summary) once its snapshot is built. */
export interface PublicationSummary {
  readonly region: string;
  readonly roundName: string;
  readonly bilag: readonly { readonly key: ReportKey; readonly title: string; readonly description: string }[];
  readonly committees: readonly { readonly code: string; readonly name: string; readonly proposals: number }[];
}

/** A publication as the front pages show it: the workflow's facts and, once ready, its summary. */
export interface ReadyPublication {
  readonly id: string;
  readonly roundId: string;
  readonly title: string;
  /** ISO date it is published under. */
  readonly date: string;
  readonly publishedAt: Date;
  readonly summary: PublicationSummary;
}
