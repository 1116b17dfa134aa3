import { PROPOSAL_LIMITS } from '../proposal/proposal-limits';

/**
 * The limits of a negotiation package, defined once for the API's DTOs, the editor and validatePackage. Each is far
 * above a real negotiation (a region's agreement has a few dozen initiatives and two or three sources besides the
 * råderum), and a round of the benchmark's 1,000 proposals fits whole.
 */
export const PACKAGE_LIMITS = {
  /** Characters of a package's name. */
  nameCharacters: 150,
  /** Funding sources besides the råderum. */
  sources: 20,
  /** Characters of a source's name. */
  sourceNameCharacters: 100,
  /** Characters of a key (of a source or an initiative; a UUID is 36). */
  keyCharacters: 100,
  /** Proposals a package includes. */
  proposals: 2_000,
  /** New initiatives of a package. */
  initiatives: 300,
  /** Characters of an agreement chapter's name. */
  chapterCharacters: 150,
  /** Characters of an initiative's title: a proposal's. */
  initiativeTitleCharacters: PROPOSAL_LIMITS.titleCharacters,
  /** Characters of an initiative's text: a proposal section's. */
  initiativeTextCharacters: PROPOSAL_LIMITS.sectionBodyCharacters,
  /** Characters of an initiative's area: a proposal's. */
  initiativeAreaCharacters: PROPOSAL_LIMITS.areaCharacters,
  /** Packages compared side by side. */
  comparedPackages: 3,
} as const;
