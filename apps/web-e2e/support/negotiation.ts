import { Page } from '@playwright/test';
import { expect } from './fixtures';

// The package editor as a negotiator types in it: the råderum, the other sources and the initiatives of a package
// written as the main job's scenario writes them (amounts as Danish text per column).

export interface TypedSource {
  name: string;
  amounts: Record<string, string>;
}

export interface TypedInitiative {
  chapter: string;
  title: string;
  text: string;
  amounts: Record<string, string>;
  /** The name of its source («sundhedspakken»); the råderum when left out. */
  sourceName?: string;
  committee?: string;
  area?: string;
}

const label = (column: string) => (column === 'permanent' ? 'Permanent' : column);

export async function typeAmounts(page: Page, what: string, amounts: Record<string, string>): Promise<void> {
  for (const [column, amount] of Object.entries(amounts)) await page.getByLabel(`${what}, ${label(column)}`, { exact: true }).fill(amount);
}

export async function addSource(page: Page, source: TypedSource): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj finansieringskilde' }).click();
  const part = page.getByRole('group', { name: /^Kilde: / }).last();
  await part.getByLabel('Navn, som det skrives i løbende tekst').fill(source.name);
  await typeAmounts(page, `Hvad ${source.name} bringer`, source.amounts);
}

export async function addInitiative(page: Page, initiative: TypedInitiative): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj initiativ' }).click();
  const part = page.getByRole('group', { name: /^Initiativ: / }).last();
  await part.getByLabel('Titel', { exact: true }).fill(initiative.title);
  await expect(part).toHaveAccessibleName(`Initiativ: ${initiative.title}`);
  await part.getByLabel('Kapitel i aftalen').fill(initiative.chapter);
  await part.getByLabel('Aftalens tekst om initiativet').fill(initiative.text);
  await typeAmounts(page, `Beløb til ${initiative.title}`, initiative.amounts);
  if (initiative.sourceName) await part.getByLabel(`Finansiering af ${initiative.title}`).selectOption({ label: upperFirst(initiative.sourceName) });
  if (initiative.committee) await part.getByLabel('Fagudvalg').selectOption(initiative.committee);
  if (initiative.area) await part.getByLabel('Område (hvis intet udvalg)').fill(initiative.area);
}

/** Saves the package and waits for the confirmation that names its new version. */
export async function savePackage(page: Page, name: string, version: number): Promise<void> {
  await page.getByRole('button', { name: 'Gem pakken' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Pakken «${name}» er gemt (version ${version}).` })).toBeAttached();
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
