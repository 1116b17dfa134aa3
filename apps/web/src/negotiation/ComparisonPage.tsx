import { columnLabel, formatAmount, joinDanish } from '@budgetflow/domain';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { usePackageComparison } from '../api/package-queries';
import type { PackageComparisonView } from '../api/views';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { TableScroll } from '../layout/TableScroll';
import { YearLinesTable } from '../layout/YearLinesTable';
import { useSelectedRound } from '../rounds/SelectedRound';

type ComparedItem = PackageComparisonView['items'][number];
type ComparedEntry = NonNullable<ComparedItem['entries']>[number];

const DIFFERENCE_LABELS: Record<ComparedItem['differences'][number], string> = {
  inclusion: 'ikke med i alle pakker',
  amounts: 'beløb',
  source: 'finansiering',
  description: 'kapitel, tekst, udvalg eller område',
};

/** Two or three packages side by side: per year their totals and balance, then item by item what differs. */
export function ComparisonPage() {
  const { selected } = useSelectedRound();
  const [search] = useSearchParams();
  const ids = (search.get('pakker') ?? '').split(',').filter(Boolean);
  const comparison = usePackageComparison(selected?.id, ids);
  return (
    <>
      <h1>Sammenligning af pakker</h1>
      <p>
        <Link to="/forhandling">Alle pakker i runden</Link>
      </p>
      {ids.length < 2 ? <p>Vælg to eller tre pakker på siden med rundens pakker.</p> : null}
      {comparison.error instanceof ApiError ? <ProblemAlert error={comparison.error} heading="Pakkerne kunne ikke sammenlignes" /> : null}
      {ids.length >= 2 && !comparison.data && !comparison.error ? <Loading text="Sammenligner pakkerne …" /> : null}
      {comparison.data && selected ? <Comparison view={comparison.data} priceLevel={selected.round.priceLevel} /> : null}
    </>
  );
}

function Comparison({ view, priceLevel }: { view: PackageComparisonView; priceLevel: string }) {
  const columns = view.columns.map(columnLabel);
  const totalsOf = (index: number) => view.packages[index]?.totals ?? [];
  const differing = view.items.filter((item) => item.differences.length > 0);
  const sources = view.sources.filter((source) => source.differingColumns.length > 0);
  return (
    <>
      <h2>Balance</h2>
      <ul>
        {view.packages.map((pkg) => (
          <li key={pkg.id}>
            <Link to={`/forhandling/${pkg.id}`}>{pkg.name}</Link> (version {pkg.version}):{' '}
            {pkg.balanced ? 'balancerer.' : `balancerer ikke. ${pkg.shortfalls.map((shortfall) => shortfall.message).join(' ')}`}
          </li>
        ))}
      </ul>
      <YearLinesTable
        caption={`Pr. år (${priceLevel}; mio. kr.)`}
        columns={columns}
        lines={view.packages.flatMap((pkg, index) => [
          { label: `${pkg.name}: udgifter`, amounts: totalsOf(index).map((column) => column.spending) },
          { label: `${pkg.name}: besparelser`, amounts: totalsOf(index).map((column) => column.savings) },
          { label: `${pkg.name}: finansiering`, amounts: totalsOf(index).map((column) => column.opening) },
          { label: `${pkg.name}: balance`, amounts: totalsOf(index).map((column) => column.balance) },
        ])}
      />
      {sources.length > 0 ? (
        <>
          <h2>Finansieringskilder, der er forskellige</h2>
          {sources.map((source) => (
            <YearLinesTable
              key={source.name}
              className="mt-4"
              caption={`${source.name}: åbning (mio. kr.)`}
              columns={columns}
              lines={view.packages.map((pkg, index) => ({
                label: source.openings[index] ? pkg.name : `${pkg.name} (ikke i pakken)`,
                amounts: view.columns.map((column) => source.openings[index]?.[column] ?? null),
              }))}
            />
          ))}
        </>
      ) : null}
      <h2>Poster, der er forskellige</h2>
      <p>
        {differing.length === 0 ? 'Pakkerne har de samme poster med de samme beløb.' : `${differing.length} af ${view.items.length} poster er forskellige;`}{' '}
        {differing.length > 0 ? `${view.items.length - differing.length} er ens i alle pakker.` : null}
      </p>
      {differing.length > 0 ? (
        <TableScroll label="Poster, der er forskellige">
          <table className="table table--compact">
            <caption>Poster, der er forskellige (beløb i mio. kr. i de kolonner, der er forskellige)</caption>
            <thead>
              <tr>
                <th scope="col">Post</th>
                {view.packages.map((pkg) => (
                  <th key={pkg.id} scope="col">
                    {pkg.name}
                  </th>
                ))}
                <th scope="col">Forskel</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((item) => (
                <tr key={item.key}>
                  <th scope="row">
                    {item.reference ? `${item.reference} ` : 'Initiativ: '}
                    {item.title}
                  </th>
                  {view.packages.map((pkg, index) => (
                    <td key={pkg.id}>{entryText(item.entries?.[index] ?? null, item.differingColumns)}</td>
                  ))}
                  <td>{joinDanish(item.differences.map((difference) => DIFFERENCE_LABELS[difference]))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}

/** One package's entry of an item: «Ikke med», or its amounts in the differing columns and its source. */
function entryText(entry: ComparedEntry | null, columns: readonly string[]): string {
  if (!entry) return 'Ikke med';
  const amounts = columns.map((column) => `${columnLabel(column)}: ${formatAmount(entry.amounts[column] ?? null)}`);
  return [...amounts, `finansieret af ${entry.sourceName}`, ...(entry.changed ? ['ændrede beløb'] : [])].join('; ');
}
