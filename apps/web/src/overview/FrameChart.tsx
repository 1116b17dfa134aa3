import { FRAME_STATE_GROUPS, formatAmount } from '@budgetflow/domain';
import type { FrameStateGroupKey } from '@budgetflow/domain';
import { savingOf } from './frame-overview';
import type { ColumnOverview } from './frame-overview';

const WIDTH = 760;
const BAR_WIDTH = 520;
const ROW_HEIGHT = 78;
const BAR_HEIGHT = 22;

/** Each state's pattern: readable without colour (hatched, dotted, solid), in black and white. */
const FILL: Record<FrameStateGroupKey, string> = { pending: 'url(#moenster-behandling)', approved: 'url(#moenster-godkendt)', adopted: '#1a1a1a' };

/**
 * The savings found per committee against its frame, as bars with patterns and the amounts written next to them
 * (the same figures as the table). A cost (a positive amount) counts as no saving in the bar; the text says it.
 */
export function FrameChart({ overview, columnLabel }: { overview: ColumnOverview; columnLabel: string }) {
  const lines = overview.committees;
  const found = (entry: (typeof lines)[number]) => FRAME_STATE_GROUPS.reduce((sum, group) => sum + savingOf(entry.groups[group.key]), 0);
  // Bar lengths only (pixels); every amount shown as text is the domain's exact figure.
  const scale = Math.max(1, ...lines.map((entry) => Math.max(entry.frame ?? 0, found(entry))));
  const x = (amount: number) => (amount / scale) * BAR_WIDTH;
  const height = 40 + lines.length * ROW_HEIGHT;
  return (
    <figure className="frame-chart" aria-labelledby="diagram-titel">
      <figcaption id="diagram-titel">Besparelser fundet pr. udvalg mod rammen, {columnLabel} (mio. kr.). Tallene er de samme som i tabellen.</figcaption>
      <ul className="frame-chart-legend nobullet-list" aria-hidden="true">
        {FRAME_STATE_GROUPS.map((group) => (
          <li key={group.key}>
            <svg width="28" height="16">
              <rect x="1" y="1" width="26" height="14" fill={FILL[group.key]} stroke="#1a1a1a" />
            </svg>
            {group.label}
          </li>
        ))}
        <li>
          <svg width="28" height="16">
            <line x1="14" y1="0" x2="14" y2="16" stroke="#1a1a1a" strokeWidth="3" strokeDasharray="4 2" />
          </svg>
          Ramme
        </li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="diagram-titel" className="frame-chart-svg">
        <defs>
          <pattern id="moenster-behandling" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#1a1a1a" strokeWidth="3" />
          </pattern>
          <pattern id="moenster-godkendt" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#fff" />
            <circle cx="3" cy="3" r="1.6" fill="#1a1a1a" />
          </pattern>
        </defs>
        {lines.map((entry, index) => {
          const top = 20 + index * ROW_HEIGHT;
          let start = 0;
          const segments = FRAME_STATE_GROUPS.map((group) => {
            const width = x(savingOf(entry.groups[group.key]));
            const segment = { key: group.key, from: start, width };
            start += width;
            return segment;
          });
          const frameX = entry.frame === null ? null : x(entry.frame);
          const words = [
            ...FRAME_STATE_GROUPS.filter((group) => entry.groups[group.key] !== 0).map((group) => `${group.label} ${formatAmount(entry.groups[group.key])}`),
            `Ramme ${formatAmount(entry.frame)}`,
            `Rest ${formatAmount(entry.gap)}`,
          ];
          return (
            <g key={entry.code ?? entry.name}>
              <text x="0" y={top} className="frame-chart-name">
                {entry.name}
              </text>
              <rect x="0" y={top + 6} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#f5f5f5" />
              {segments.map((segment) =>
                segment.width > 0 ? (
                  <rect key={segment.key} x={segment.from} y={top + 6} width={segment.width} height={BAR_HEIGHT} fill={FILL[segment.key]} stroke="#1a1a1a" />
                ) : null,
              )}
              {frameX === null ? null : (
                <line x1={frameX} y1={top + 1} x2={frameX} y2={top + 11 + BAR_HEIGHT} stroke="#1a1a1a" strokeWidth="3" strokeDasharray="4 2" />
              )}
              <text x="0" y={top + BAR_HEIGHT + 26} className="frame-chart-values">
                {words.join(' · ')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
