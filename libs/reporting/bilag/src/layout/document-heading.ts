import type { Content } from 'pdfmake/interfaces';

/** The heading of a one-part bilag: its title and a grey line saying what it is. */
export function documentHeading(title: string, subtitle: string): Content[] {
  return [
    { text: title, style: 'documentTitle' },
    { text: subtitle, style: 'documentSubtitle' },
  ];
}
