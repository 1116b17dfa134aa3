import { MaterialPublishedV1 } from '@budgetflow/contracts';
import { SqlExecutor } from '@budgetflow/messaging';

/** The publications the workflow announced (public_publication), each waiting for its snapshot until it is built. */
export class PublicationRepository {
  constructor(private readonly tx: SqlExecutor) {}

  /** Records new publications as pending; one received again (a redelivery) changes nothing. */
  async receiveMany(publications: readonly MaterialPublishedV1[]): Promise<void> {
    if (publications.length === 0) return;
    const records = publications.map((publication) => ({
      id: publication.publicationId,
      round_id: publication.roundId,
      title: publication.title,
      date: publication.date,
      data_version: publication.dataVersion,
      published_at: publication.publishedAt,
      replaces_id: publication.replaces,
    }));
    await this.tx.$executeRawUnsafe(
      `INSERT INTO public_publication (id, round_id, title, date, data_version, published_at, replaces_id)
       SELECT p.id, p.round_id, p.title, p.date, p.data_version, p.published_at, p.replaces_id
         FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, round_id uuid, title text, date text, data_version int, published_at timestamptz, replaces_id uuid)
       ON CONFLICT (id) DO NOTHING`,
      JSON.stringify(records),
    );
  }
}
