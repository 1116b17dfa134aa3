import { columnLabel } from '../round/round-columns';
import { joinDanish, lowerFirst, quote } from '../validation/text';
import { ComparedItem, comparePackages } from './compare-packages';
import { NegotiableProposal, NegotiationPackage } from './package';

/**
 * What changed from one version of a package to the next, one Danish sentence a change, for the version guard: when
 * two negotiators edit one package, the second save is refused with these lines (the version it was based on against
 * the one stored). Empty when nothing a reader sees changed.
 */
export function describePackageChanges(before: NegotiationPackage, after: NegotiationPackage, proposals: readonly NegotiableProposal[]): string[] {
  const comparison = comparePackages([before, after], proposals);
  const lines: string[] = [];
  if (before.name !== after.name) lines.push(`Pakken er omdøbt fra ${quote(before.name)} til ${quote(after.name)}.`);
  for (const source of comparison.sources) {
    const [was, is] = source.openings;
    if (!was) lines.push(`Kilden ${quote(source.name)} er tilføjet.`);
    else if (!is) lines.push(`Kilden ${quote(source.name)} er fjernet.`);
    else if (source.differingColumns.length > 0) lines.push(`Beløbene for kilden ${quote(source.name)} er ændret (${columns(source.differingColumns)}).`);
  }
  for (const item of comparison.items) lines.push(...itemChanges(item));
  return lines;
}

function columns(keys: readonly string[]): string {
  return joinDanish(keys.map(columnLabel));
}

function itemChanges(item: ComparedItem): string[] {
  const name = item.kind === 'proposal' ? `Forslaget ${item.reference}` : `Initiativet ${quote(item.title)}`;
  const [was, is] = item.entries;
  if (!was) return [item.kind === 'proposal' ? `${name} er taget med.` : `${name} er tilføjet.`];
  if (!is) return [item.kind === 'proposal' ? `${name} er taget ud.` : `${name} er fjernet.`];
  const lines: string[] = [];
  if (item.differences.includes('description')) lines.push(`${name} har fået ændret titel, kapitel, tekst, udvalg eller område.`);
  if (item.differences.includes('amounts')) lines.push(`Beløbene for ${lowerFirst(name)} er ændret (${columns(item.differingColumns)}).`);
  if (item.differences.includes('source')) lines.push(`${name} finansieres nu af ${is.sourceName} i stedet for ${was.sourceName}.`);
  return lines;
}
