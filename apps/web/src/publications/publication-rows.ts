import type { PublicationStatusView, PublicationView } from '../api/views';

/** Where a publication's public pages stand: being built, on the public site, or not built (with the reason). */
export type PublicationState = 'pending' | 'ready' | 'failed';

/** A publication as the bilag page lists it: the workflow's record beside reporting's state of its pages. */
export interface PublicationRow {
  readonly id: string;
  readonly title: string;
  /** ISO date it is published under. */
  readonly date: string;
  readonly dataVersion: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  /** The round's current publication (the newest), whatever the state of its pages. */
  readonly current: boolean;
  /** The title of the publication that replaced it, when one did. */
  readonly replacedByTitle: string | null;
  readonly state: PublicationState;
  readonly reason: string | null;
  /** Its pages on the public site, once they are built. */
  readonly href: string | null;
}

/**
 * The round's publications, newest first as the workflow lists them, each with the state reporting gives its pages.
 * One reporting has not yet heard of (the event is on its way) is being built, as far as the person can tell.
 */
export function publicationRows(published: readonly PublicationView[], statuses: readonly PublicationStatusView[]): PublicationRow[] {
  const statusOf = new Map(statuses.map((status) => [status.id, status]));
  const titleOf = new Map(published.map((publication) => [publication.id, publication.title]));
  return published.map((publication) => {
    const status = statusOf.get(publication.id);
    return {
      id: publication.id,
      title: publication.title,
      date: publication.date,
      dataVersion: publication.dataVersion,
      publishedAt: publication.publishedAt,
      publishedBy: publication.publishedBy,
      current: publication.current,
      replacedByTitle: publication.replacedBy ? (titleOf.get(publication.replacedBy) ?? null) : null,
      state: status?.status ?? 'pending',
      reason: status?.status === 'failed' ? status.reason : null,
      href: status?.status === 'ready' ? status.href : null,
    };
  });
}

/** Whether the list should be asked again: some publication's pages are still being built. */
export function somePending(rows: readonly PublicationRow[]): boolean {
  return rows.some((row) => row.state === 'pending');
}

/**
 * The round's edition the public reads now: the newest publication whose pages are built (the public site's round
 * page shows that one while a newer one is being built, or when a newer one failed); null when none is.
 */
export function publicEdition(rows: readonly PublicationRow[]): PublicationRow | null {
  return rows.find((row) => row.state === 'ready') ?? null;
}
