import { Link } from 'react-router';

/** A proposal's reference (the row's header) and title, each a link to its page: how every list of proposals opens a row. */
export function ProposalLinkCells({ id, reference, title }: { id: string; reference: string; title: string }) {
  const page = `/forslag/${id}`;
  return (
    <>
      <th scope="row">
        <Link to={page}>{reference}</Link>
      </th>
      <td>
        <Link to={page}>{title}</Link>
      </td>
    </>
  );
}
