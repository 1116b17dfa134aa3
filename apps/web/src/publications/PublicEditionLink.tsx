import { danishIsoDate } from '@budgetflow/domain';
import { usePublications } from '../api/publication-queries';
import { publicEdition } from './publication-rows';

/** The round's edition on the public site, when there is one: the page the public reads now (the round's address). */
export function PublicEditionLink({ roundId }: { roundId: string }) {
  const publications = usePublications(roundId);
  const edition = publications.data ? publicEdition(publications.data) : null;
  if (!edition) return null;
  return (
    <p className="public-edition" data-testid="offentlig-udgave">
      På det offentlige websted: <a href={`/offentligt/runder/${roundId}`}>{edition.title}</a> (udgivet {danishIsoDate(edition.date)}), til alle uden login.
    </p>
  );
}
