import { Block } from './bilag-document';
import { heading, paragraph } from './blocks';

/** The heading of a one-part bilag: its title (H1) and a line saying what it is. */
export function documentHeading(title: string, subtitle: string): Block[] {
  return [heading(1, 'document', title), paragraph('subtitle', subtitle)];
}
