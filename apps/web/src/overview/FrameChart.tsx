import { FRAME_STATE_GROUPS, formatAmount } from '@budgetflow/domain';
import type { FrameStateGroupKey } from '@budgetflow/domain';
import { useElementWidth } from '../layout/use-element-width';
import { savingOf } from './frame-overview';
import type { ColumnOverview } from './frame-overview';

// Drawn at the figure's own width, one unit a CSS pixel, so that its text keeps its size (14–15 px) on a phone too.
const MAX_WIDTH = 760;
const WIDE_BAR_WIDTH = 520;
/** Below this width each figure under a bar gets a line of its own. */
const NARROW = 560;
const BAR_HEIGHT = 22;
const LINE_HEIGHT = 18;
/** A generous width of a character of a name (15 px, bold): a name is wrapped before it would be cut off. */
const NAME_CHAR_WIDTH = 9;

/** The words of a text in lines of at most `width` characters (a longer word stands on a line of its own). */
function wrapped(text: string, width: number): string[] {
  return text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

/** Each state's pattern: readable without colour (hatched, dotted, solid), in black and white. */
const FILL: Record<FrameStateGroupKey, string> = { pending: 'url(#moenster-behandling)', approved: 'url(#moenster-godkendt)', adopted: '#1a1a1a' };

/**
 * The savings found per committee against its frame, as bars with patterns and the amounts written next to them
 * (the same figures as the table). A cost (a positive amount) counts as no saving in the bar; the text says it.
 */
export function FrameChart({ overview, columnLabel }: { overview: ColumnOverview; columnLabel: string }) {
  const [figureRef, measured] = useElementWidth<HTMLElement>();
  const width = Math.min(MAX_WIDTH, measured ?? MAX_WIDTH);
  const narrow = width < NARROW;
  const barWidth = narrow ? width - 4 : WIDE_BAR_WIDTH;
  const lines = overview.committees;
  const found = (entry: (typeof lines)[number]) => FRAME_STATE_GROUPS.reduce((sum, group) => sum + savingOf(entry.groups[group.key]), 0);
  // Bar lengths only (pixels); every amount shown as text is the domain's exact figure.
  const scale = Math.max(1, ...lines.map((entry) => Math.max(entry.frame ?? 0, found(entry))));
  const x = (amount: number) => (amount / scale) * barWidth;
  const rows = lines.map((entry) => {
    const words = [
      ...FRAME_STATE_GROUPS.filter((group) => entry.groups[group.key] !== 0).map((group) => `${group.label} ${formatAmount(entry.groups[group.key])}`),
      `Ramme ${formatAmount(entry.frame)}`,
      `Rest ${formatAmount(entry.gap)}`,
    ];
    return { entry, names: narrow ? wrapped(entry.name, Math.floor(width / NAME_CHAR_WIDTH)) : [entry.name], texts: narrow ? words : [words.join(' · ')] };
  });
  // Each committee: its name, the bar, then its figures (one line, or one line each on a phone).
  const rowHeight = (row: (typeof rows)[number]) => BAR_HEIGHT + 36 + (row.names.length - 1 + row.texts.length) * LINE_HEIGHT;
  const tops = rows.map((_, index) => 20 + rows.slice(0, index).reduce((sum, row) => sum + rowHeight(row), 0));
  const height = 20 + rows.reduce((sum, row) => sum + rowHeight(row), 0);
  return (
    <figure className="frame-chart" aria-labelledby="diagram-titel" ref={figureRef}>
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
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="diagram-titel" className="frame-chart-svg">
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
        {rows.map(({ entry, names, texts }, index) => {
          const nameTop = tops[index] ?? 0;
          // The bar and its figures below the name's last line.
          const top = nameTop + (names.length - 1) * LINE_HEIGHT;
          let start = 0;
          const segments = FRAME_STATE_GROUPS.map((group) => {
            const width = x(savingOf(entry.groups[group.key]));
            const segment = { key: group.key, from: start, width };
            start += width;
            return segment;
          });
          const frameX = entry.frame === null ? null : x(entry.frame);
          return (
            <g key={entry.code ?? entry.name}>
              <text x="0" y={nameTop} className="frame-chart-name">
                {names.map((name, line) => (
                  <tspan key={name} x="0" dy={line === 0 ? 0 : LINE_HEIGHT}>
                    {name}
                  </tspan>
                ))}
              </text>
              <rect x="0" y={top + 6} width={barWidth} height={BAR_HEIGHT} fill="#f5f5f5" />
              {segments.map((segment) =>
                segment.width > 0 ? (
                  <rect key={segment.key} x={segment.from} y={top + 6} width={segment.width} height={BAR_HEIGHT} fill={FILL[segment.key]} stroke="#1a1a1a" />
                ) : null,
              )}
              {frameX === null ? null : (
                <line x1={frameX} y1={top + 1} x2={frameX} y2={top + 11 + BAR_HEIGHT} stroke="#1a1a1a" strokeWidth="3" strokeDasharray="4 2" />
              )}
              <text x="0" y={top + BAR_HEIGHT + 26} className="frame-chart-values">
                {texts.map((text, line) => (
                  <tspan key={text} x="0" dy={line === 0 ? 0 : LINE_HEIGHT}>
                    {text}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
