// The document model of a bilag: what each part is, as plain data, independent of the renderer. The registry builds
// one per report; the PDF renderer (layout/pdf-definition.ts) lays it out with pdfmake and tags it, and a web edition
// can render the same model as HTML. Presentation is named by role ("what kind of heading"), never by style.
import { AmountTableSpec } from './amount-table-spec';

/** An abbreviation a screen reader would read wrongly, with its expansion ("mio. kr." → "millioner kroner"). */
export interface Abbreviation {
  readonly text: string;
  readonly expansion: string;
}

/** A run of text: plain, or an abbreviation with its expansion. */
export type TextRun = string | Abbreviation;

/** Text as runs in reading order. */
export type RichText = readonly TextRun[];

/**
 * Where a heading sits: on a title page, as a document's title, over a proposal, a group or a text section, over a
 * chapter of the budget agreement or one of its initiatives.
 */
export type HeadingRole = 'titlePage' | 'document' | 'contents' | 'part' | 'proposal' | 'committee' | 'group' | 'section' | 'chapter' | 'initiative';

export interface Heading {
  readonly kind: 'heading';
  /** 1 for the document's title; levels never skip. */
  readonly level: 1 | 2 | 3 | 4;
  readonly role: HeadingRole;
  readonly text: RichText;
  /** The anchor a contents entry links to. */
  readonly anchor?: string;
  /** Shown as a bookmark (outline entry), under the bookmark of `outlineParent` if given. */
  readonly bookmark?: { readonly parent?: string };
}

/**
 * What kind of paragraph: body text (the first of a text section sits closer), a note, a line of a title page, the
 * budget agreement's decision sentence …
 */
export type ParagraphRole =
  | 'body'
  | 'firstBody'
  | 'subtitle'
  | 'note'
  | 'tableNote'
  | 'notice'
  | 'decision'
  | 'kicker'
  | 'titlePageRegion'
  | 'titlePageLine'
  | 'titlePageDate'
  | 'generationNote';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly text: RichText;
}

/** A bulleted list. */
export interface BulletList {
  readonly kind: 'list';
  readonly role: 'body' | 'firstBody';
  readonly items: readonly RichText[];
}

/** Labelled values (an HTML description list): the facts of a proposal, a fact sheet's box, the adopted lines. */
export interface DescriptionList {
  readonly kind: 'descriptions';
  readonly role: 'facts' | 'factBox' | 'referenced';
  readonly items: readonly { readonly label: RichText; readonly value: RichText }[];
}

/** A table of amounts under its caption; its rows say which are groups, subtotals and totals. */
export interface Table {
  readonly kind: 'table';
  /** A label above the caption ("Besluttet af FU med ændringer"). */
  readonly label?: RichText;
  readonly caption: RichText;
  readonly spec: AmountTableSpec;
  /** Kept on one page. */
  readonly keepTogether?: boolean;
  /** The caption sits further from what is above it (the adopted overview's summary). */
  readonly spaced?: boolean;
}

/** One entry of the contents: the text of a heading, linked to its anchor. */
export interface ContentsEntry {
  readonly level: 1 | 2;
  readonly text: string;
  readonly anchor: string;
  /** The first entry sits at the top of its list. */
  readonly first?: boolean;
}

export interface Contents {
  readonly kind: 'contents';
  readonly title: string;
  readonly entries: readonly ContentsEntry[];
}

/** A part of a document; `startsPage` and `endsPage` are the printed edition's page breaks. */
export interface Section {
  readonly kind: 'section';
  readonly role: 'titlePage' | 'contents' | 'proposal' | 'proposalHeading' | 'notes' | 'group';
  readonly blocks: readonly Block[];
  readonly startsPage?: boolean;
  readonly endsPage?: boolean;
  /** Spacing above the section in points (notes under a table). */
  readonly spaceAbove?: number;
}

export type Block = Heading | Paragraph | BulletList | DescriptionList | Table | Contents | Section;

/** A whole bilag: its metadata, running header and footer, and its blocks in reading order. */
export interface BilagDocument {
  /** The full title: the window title, the running footer and the metadata. */
  readonly title: string;
  readonly language: 'da-DK';
  readonly orientation: 'portrait' | 'landscape';
  readonly author: string;
  readonly subject: string;
  readonly createdAt: Date;
  /** The running header's two texts; left out on the first page when it is a title page. */
  readonly runningHeader: { readonly left: string; readonly right: string; readonly omitOnFirstPage: boolean };
  readonly blocks: readonly Block[];
}
