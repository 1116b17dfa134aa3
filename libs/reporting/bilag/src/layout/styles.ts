import type { Style, StyleDictionary } from 'pdfmake/interfaces';
import { FONT_FAMILY } from '../pdf/fonts';

/** The few colours of the bilag: a sober navy for headings and rules, greys for secondary text. */
export const COLORS = {
  heading: '#12355b',
  muted: '#5b6670',
  rule: '#12355b',
  hairline: '#b9c4cf',
  headerFill: '#e3eaf2',
  subtotalFill: '#f1f4f8',
} as const;

/** Body text style. */
export const DEFAULT_STYLE: Style = { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2, color: '#1a1a1a' };

/**
 * Named styles used by the document builders. Spacing is put above elements, not below: pdfmake
 * moves a bottom margin that does not fit onto a new page, which before a page break leaves a blank page.
 */
export const STYLES: StyleDictionary = {
  titlePageRegion: { fontSize: 12, color: COLORS.muted, characterSpacing: 0.5 },
  titlePageTitle: { fontSize: 26, bold: true, color: COLORS.heading, lineHeight: 1.1 },
  titlePageLine: { fontSize: 12, color: COLORS.muted },
  documentTitle: { fontSize: 18, bold: true, color: COLORS.heading, lineHeight: 1.1, margin: [0, 0, 0, 4] },
  documentSubtitle: { fontSize: 11, color: COLORS.muted, margin: [0, 0, 0, 6] },
  heading1: { fontSize: 15, bold: true, color: COLORS.heading, margin: [0, 0, 0, 4] },
  heading2: { fontSize: 11.5, bold: true, color: COLORS.heading, margin: [0, 12, 0, 3] },
  committeeLabel: { fontSize: 9.5, bold: true, color: COLORS.muted, characterSpacing: 0.3, margin: [0, 0, 0, 4] },
  sectionHeading: { fontSize: 10.5, bold: true, margin: [0, 12, 0, 0] },
  paragraph: { margin: [0, 6, 0, 0] },
  firstParagraph: { margin: [0, 3, 0, 0] },
  facts: { fontSize: 9.5, margin: [0, 2, 0, 0] },
  factLabel: { color: COLORS.muted },
  caption: { fontSize: 9.5, bold: true, margin: [0, 14, 0, 4] },
  tableLabel: { fontSize: 9, bold: true, color: COLORS.heading, margin: [0, 14, 0, 1] },
  table: { fontSize: 9, lineHeight: 1.1 },
  tableHeader: { bold: true, color: COLORS.heading },
  note: { fontSize: 8.5, color: COLORS.muted, margin: [0, 4, 0, 0] },
  tocTitle: { fontSize: 15, bold: true, color: COLORS.heading, margin: [0, 0, 0, 10] },
  tocCommittee: { fontSize: 10, bold: true },
  tocProposal: { fontSize: 9.5 },
  generationNote: { fontSize: 8, color: COLORS.muted },
  pageHeader: { fontSize: 8, color: COLORS.muted },
  pageFooter: { fontSize: 8, color: COLORS.muted },
};
