import { columnLabel, sourceHeading } from '@budgetflow/domain';
import type { PackageBalance } from '@budgetflow/domain';
import { YearLinesTable } from '../layout/YearLinesTable';

/**
 * The package's balance per source and column (the domain's, computed from what is typed): what the source opens
 * with, what its items take (savings give), and what is left; below zero the source is overdrawn. The verdict is
 * announced politely when it changes; `stale` says the figures are those of the last draft without errors.
 */
export function BalancePanel({ balance, stale, priceLevel }: { balance: PackageBalance; stale: boolean; priceLevel: string }) {
  const columns = balance.total.map((column) => columnLabel(column.key));
  return (
    <section className="balance-panel" aria-labelledby="balancen">
      <h2 id="balancen" className="h3">
        Balancen
      </h2>
      <div className={`alert ${balance.balanced && !stale ? 'alert-success' : 'alert-warning'}`} role="status" data-testid="balance-message">
        <div className="alert-body">
          <p className="alert-text">
            {stale ? 'Ret fejlene i pakken; tallene er fra før den seneste ændring. ' : ''}
            {balance.message}
          </p>
        </div>
      </div>
      {balance.sources.map((source) => (
        <YearLinesTable
          key={source.source}
          className="mt-4"
          caption={`${sourceHeading(source)} (${priceLevel}; mio. kr.)`}
          columns={columns}
          lines={[
            { label: 'Åbning', amounts: source.columns.map((column) => column.opening) },
            { label: 'Finansierer', amounts: source.columns.map((column) => column.financed) },
            { label: 'Balance', amounts: source.columns.map((column) => column.balance) },
          ]}
        />
      ))}
    </section>
  );
}
