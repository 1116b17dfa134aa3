import { PACKAGE_LIMITS } from './package-limits';

/**
 * The limits of a budget agreement's texts, defined once for the API's DTO and the agreement form. A region's
 * agreement runs to a few pages: an introduction of a page or two, a chapter text of about as much.
 */
export const AGREEMENT_LIMITS = {
  /** Characters of a signatory's name (a party's or a member's). */
  signatoryNameCharacters: 200,
  /** Characters of the introduction. */
  introductionCharacters: 20_000,
  /** Characters of a chapter's title: a package chapter's. */
  chapterTitleCharacters: PACKAGE_LIMITS.chapterCharacters,
  /** Characters of a chapter's text. */
  chapterTextCharacters: 20_000,
  /** Characters of an initiative's decision sentence. */
  decisionSentenceCharacters: 2_000,
  /** Characters of RR's decision text for the adopted proposals. */
  decisionTextCharacters: 10_000,
} as const;
