import { FRAME_STATE_GROUPS, formatAmount } from '@budgetflow/domain';
import { YearLinesTable } from '../layout/YearLinesTable';
import type { ColumnOverview, OverviewLine } from './frame-overview';
import { TableScroll } from '../layout/TableScroll';

/** Each committee's frame against its proposals by state, the gap and what no longer counts, in one column. */
export function FrameTable({ overview, columnLabel, priceLevel }: { overview: ColumnOverview; columnLabel: string; priceLevel: string }) {
  const row = (entry: OverviewLine, total = false) => (
    <tr key={entry.code ?? 'i-alt'} className={total ? 'table-total' : undefined}>
      <th scope="row">{entry.name}</th>
      <td className="align-text-right">{formatAmount(entry.frame)}</td>
      {FRAME_STATE_GROUPS.map((group) => (
        <td key={group.key} className="align-text-right">
          {formatAmount(entry.groups[group.key])}
        </td>
      ))}
      <td className="align-text-right">{formatAmount(entry.counted)}</td>
      <td className="align-text-right">{formatAmount(entry.gap)}</td>
      <td className="align-text-right">{formatAmount(entry.uncounted)}</td>
    </tr>
  );
  return (
    <TableScroll label={`Udvalgenes rammer og forslag ${columnLabel}`}>
      <table className="table table--compact">
        <caption>
          Udvalgenes rammer og forslag {columnLabel} ({priceLevel}; mio. kr.)
        </caption>
        <thead>
          <tr>
            <th scope="col">Udvalg</th>
            <th scope="col" className="align-text-right">
              Ramme
            </th>
            {FRAME_STATE_GROUPS.map((group) => (
              <th key={group.key} scope="col" className="align-text-right">
                {group.label}
              </th>
            ))}
            <th scope="col" className="align-text-right">
              Medregnet i alt
            </th>
            <th scope="col" className="align-text-right">
              Rest
            </th>
            <th scope="col" className="align-text-right">
              Ikke medregnet
            </th>
          </tr>
        </thead>
        <tbody>{overview.committees.map((entry) => row(entry))}</tbody>
        <tfoot>{row(overview.total, true)}</tfoot>
      </table>
    </TableScroll>
  );
}

/** The round against its target (råderum), every column. */
export function TargetTable({ overviews, priceLevel }: { overviews: { label: string; overview: ColumnOverview }[]; priceLevel: string }) {
  return (
    <YearLinesTable
      caption={`Runden mod råderummet pr. år (${priceLevel}; mio. kr.)`}
      columns={overviews.map((entry) => entry.label)}
      lines={[
        { label: 'Råderum', amounts: overviews.map((entry) => entry.overview.target) },
        { label: 'Medregnede forslag i alt', amounts: overviews.map((entry) => entry.overview.total.counted) },
        { label: 'Rest', amounts: overviews.map((entry) => entry.overview.targetGap) },
      ]}
    />
  );
}
