import { StoredPublication } from '../store/stored-publication';
import { PublicationView } from './publication.view';

export function toPublicationView(publication: StoredPublication): PublicationView {
  return {
    id: publication.id,
    roundId: publication.roundId,
    title: publication.title,
    date: publication.date,
    dataVersion: publication.dataVersion,
    publishedAt: publication.publishedAt.toISOString(),
    publishedBy: publication.publishedByName,
    current: publication.replacedById === null,
    replaces: publication.replacesId,
    replacedBy: publication.replacedById,
    replacedAt: publication.replacedAt?.toISOString() ?? null,
  };
}
