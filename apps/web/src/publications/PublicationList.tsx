import { danishIsoDate, danishLongDateTime } from '@budgetflow/domain';
import type { PublicationRow } from './publication-rows';

/** The round's publications, newest first: the current one marked, each with the state of its public pages in words. */
export function PublicationList({ rows }: { rows: readonly PublicationRow[] }) {
  if (rows.length === 0) return <p>Rundens materiale er endnu ikke udgivet.</p>;
  return (
    <ul className="nobullet-list publication-list" aria-labelledby="rundens-udgivelser" data-testid="udgivelser">
      {rows.map((row) => (
        <li key={row.id} className="publication-entry" data-state={row.state}>
          <strong>{row.title}</strong>
          {row.current ? <span className="publication-current"> · Aktuel udgivelse</span> : null}
          <span className="form-hint">
            Dato {danishIsoDate(row.date)} · dataversion {row.dataVersion} · udgivet {danishLongDateTime(row.publishedAt)} af {row.publishedBy}
            {row.replacedByTitle ? ` · afløst af «${row.replacedByTitle}»` : ''}
          </span>
          <PublicationState row={row} />
        </li>
      ))}
    </ul>
  );
}

function PublicationState({ row }: { row: PublicationRow }) {
  if (row.state === 'ready' && row.href) {
    return (
      <p className="publication-state">
        <a href={row.href}>Se «{row.title}» på det offentlige websted</a>
      </p>
    );
  }
  if (row.state === 'failed') {
    return (
      <p className="publication-state publication-failed">
        <strong>Kunne ikke dannes:</strong> {row.reason ?? 'Prøv at udgive igen.'}
      </p>
    );
  }
  return <p className="publication-state">Dannes … Siderne til det offentlige websted bliver lavet; det tager normalt få sekunder.</p>;
}
