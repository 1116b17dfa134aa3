/**
 * The limits of a proposal, defined once: the API's DTOs, the web editor (through validateProposal), the spreadsheet
 * import and the workflow's amended tables (through validateConsequenceTable) all apply these, so nothing is stored
 * that the API would refuse. Each is far above what the Budget 2026 catalogue uses.
 */
export const PROPOSAL_LIMITS = {
  /** Characters of a title; titles head a PDF page (the catalogue's longest is 67). */
  titleCharacters: 150,
  /** Characters of the hospital/enterprise/area a proposal concerns. */
  areaCharacters: 200,
  /** Characters of a reference (B26-SU-01 is 9). */
  referenceCharacters: 30,
  /** Characters of the funding source of an expansion. */
  fundingSourceCharacters: 500,
  /** Text sections of a proposal (each kind at most once: five kinds). */
  sections: 20,
  /** Characters of a section heading: the one heading limit. */
  sectionHeadingCharacters: 100,
  /** Characters of one section's text (about eight pages of a fact sheet). */
  sectionBodyCharacters: 20_000,
  /** Rows of a consequence table (the catalogue's largest has 4). */
  tableRows: 30,
  /** Characters of a table row's label. */
  rowLabelCharacters: 200,
} as const;
