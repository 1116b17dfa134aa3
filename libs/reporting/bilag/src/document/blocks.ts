import { AmountTableSpec } from './amount-table-spec';
import { BulletList, DescriptionList, Heading, HeadingRole, Paragraph, ParagraphRole, Table } from './bilag-document';
import { richText } from './rich-text';

/** A heading; its text's abbreviations marked. */
export function heading(level: Heading['level'], role: HeadingRole, text: string, extra: Pick<Heading, 'anchor' | 'bookmark'> = {}): Heading {
  return { kind: 'heading', level, role, text: richText(text), ...extra };
}

/** A paragraph; its text's abbreviations marked. */
export function paragraph(role: ParagraphRole, text: string): Paragraph {
  return { kind: 'paragraph', role, text: richText(text) };
}

/** A bulleted list. */
export function bulletList(role: BulletList['role'], items: readonly string[]): BulletList {
  return { kind: 'list', role, items: items.map(richText) };
}

/** Labelled values. */
export function descriptions(role: DescriptionList['role'], items: readonly { label: string; value: string }[]): DescriptionList {
  return { kind: 'descriptions', role, items: items.map(({ label, value }) => ({ label: richText(label), value: richText(value) })) };
}

/** A table of amounts under its caption. */
export function table(caption: string, spec: AmountTableSpec, extra: { label?: string; keepTogether?: boolean; spaced?: boolean } = {}): Table {
  return {
    kind: 'table',
    caption: richText(caption),
    spec,
    ...(extra.label ? { label: richText(extra.label) } : {}),
    ...(extra.keepTogether ? { keepTogether: true } : {}),
    ...(extra.spaced ? { spaced: true } : {}),
  };
}
