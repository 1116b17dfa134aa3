// The tag tree of the bilag as a screen reader gets it (PDF.js's getStructTree): headings in order, tables with their
// header cells and scopes, the contents' links, page furniture as artifacts, and the tree's text in reading order equal
// to the page's text without its running header and footer.
import { REPORT_REGISTRY } from '../report-registry';
import { ReportKey, reportTitle } from '../reports';
import { renderReportPdf } from '../render';
import { demoBilagData, demoId } from '../testing/bilag-data.builder';
import { generatedBilagData } from '../testing/generated-round';
import { PdfStructure, StructureNode, StructurePage, contentIds, elementsOf, pdfStructure, textOf } from '../testing/pdf-structure';

const KEYS: readonly ReportKey[] = REPORT_REGISTRY.map((report) => report.key);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function headings(structure: PdfStructure): [number, string][] {
  return structure.pages.flatMap((page) =>
    elementsOf(page.tree)
      .filter((node) => /^H\d$/.test(node.role ?? ''))
      .map((node): [number, string] => [Number(node.role?.slice(1)), flat(textOf(node, page))]),
  );
}

function childrenOf(node: StructureNode, role: string): StructureNode[] {
  return (node.children ?? []).filter((child) => child.role === role);
}

function attributesOf(structure: PdfStructure, node: StructureNode) {
  const [id] = contentIds(node);
  return id ? structure.attributes[id] : undefined;
}

describe('the tag tree of every bilag', () => {
  const structures = new Map<ReportKey, PdfStructure>();

  beforeAll(async () => {
    const data = demoBilagData();
    for (const key of KEYS) structures.set(key, await pdfStructure(await renderReportPdf(key, data, key === 'faktaark' ? demoId('B26-SU-02') : '')));
  }, 120_000);

  it.each(KEYS)('%s: titled for the window, in Danish', (key) => {
    const structure = structures.get(key) as PdfStructure;
    expect(structure.title).toBe(reportTitle(key, demoBilagData().round.round, key === 'faktaark' ? 'B26-SU-02' : undefined));
    expect(structure.language).toBe('da-DK');
    expect(structure.displayDocTitle).toBe(true);
  });

  it.each(KEYS)('%s: headings start at H1 and never skip a level', (key) => {
    const levels = headings(structures.get(key) as PdfStructure).map(([level]) => level);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1));
  });

  it('the catalogue: title, contents, overview, then each committee and its proposals with their text sections', () => {
    const found = headings(structures.get('katalog') as PdfStructure);
    expect(found.slice(0, 5)).toEqual([
      [1, 'Forslag til omstillingstemaer, Budget 2026'],
      [2, 'Indhold'],
      [2, 'Oversigt'],
      [2, 'Sundhedsudvalget'],
      [3, 'Effektiv ambulatoriedrift'],
    ]);
    expect(found.filter(([level]) => level === 2).map(([, text]) => text)).toEqual([
      'Indhold',
      'Oversigt',
      'Sundhedsudvalget',
      'Udvalg for Det Nære Sundhedsvæsen',
      'Psykiatri- og Socialudvalget',
      'Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering',
    ]);
    expect(found.filter(([level]) => level === 3)).toHaveLength(10);
  });

  it('the catalogue has a bookmark for the overview and each committee, with its proposals under it', () => {
    const { bookmarks } = structures.get('katalog') as PdfStructure;
    expect(bookmarks.map((bookmark) => bookmark.title)).toEqual([
      'Oversigt',
      'Sundhedsudvalget',
      'Udvalg for Det Nære Sundhedsvæsen',
      'Psykiatri- og Socialudvalget',
      'Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering',
    ]);
    expect(bookmarks[1]?.items.map((bookmark) => bookmark.title)).toEqual([
      'Effektiv ambulatoriedrift',
      'Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet',
    ]);
    expect(bookmarks.flatMap((bookmark) => bookmark.items)).toHaveLength(10);
  });

  it.each(KEYS)('%s: every table has a caption, column headers (TH, Scope Column) and a row header (TH, Scope Row) in each row', (key) => {
    const structure = structures.get(key) as PdfStructure;
    const tables = structure.pages.flatMap((page) =>
      elementsOf(page.tree)
        .filter((node) => node.role === 'Table')
        .map((table) => ({ table, page })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { table, page } of tables) {
      // PDF.js lists a table's elements on each page it is on; only those with content on this page are checked here.
      const onPage = (node: StructureNode) => contentIds(node).length > 0;
      const [caption] = childrenOf(table, 'Caption');
      expect(caption).toBeDefined();
      if (onPage(caption as StructureNode)) expect(flat(textOf(caption as StructureNode, page))).toMatch(/mio\. kr\.|Vedtagne|Økonomisk/);
      for (const head of childrenOf(table, 'THead')
        .flatMap((section) => childrenOf(section, 'TR'))
        .filter(onPage)) {
        const headers = childrenOf(head, 'TH');
        expect(headers.length).toBeGreaterThan(0);
        headers.forEach((cell) => expect(attributesOf(structure, cell)?.scope).toBe('Column'));
      }
      const rows = [...childrenOf(table, 'TBody'), ...childrenOf(table, 'TFoot')].flatMap((section) => childrenOf(section, 'TR')).filter(onPage);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const [first] = row.children ?? [];
        expect(first?.role).toBe('TH');
        expect(attributesOf(structure, first as StructureNode)?.scope).toBe('Row');
      }
    }
  });

  it('marks the sums: each table ends in a TFoot with its total rows, subtotals close their committee', () => {
    const structure = structures.get('udmoentning') as PdfStructure;
    const page = structure.pages[0] as StructurePage;
    const [table] = elementsOf(page.tree).filter((node) => node.role === 'Table');
    const rowLabels = (section: StructureNode) => childrenOf(section, 'TR').map((row) => flat(textOf((row.children ?? [])[0] as StructureNode, page)));
    expect(childrenOf(table as StructureNode, 'TFoot').map(rowLabels)).toEqual([['I alt', 'Generel rammebesparelse (rest)', 'Samlet']]);
    const bodies = childrenOf(table as StructureNode, 'TBody').map(rowLabels);
    expect(bodies.map((labels) => labels.at(-1))).toEqual(expect.arrayContaining(['I alt, Sundhedsudvalget']));
    // The amended proposal's title is one cell; the label spans reference and title.
    expect(Object.values(structure.attributes).some((attributes) => attributes.type === 'TH' && attributes.colSpan === 2)).toBe(true);
  });

  it("the catalogue's contents: each entry a TOCI whose link goes to the page its number says", () => {
    const structure = structures.get('katalog') as PdfStructure;
    const page = structure.pages[1] as StructurePage;
    const links = elementsOf(page.tree).filter((node) => node.role === 'Link');
    expect(links).toHaveLength(15);
    for (const link of links) {
      const number = Number(/(\d+)$/.exec(flat(textOf(link, page)))?.[1]);
      const annotations = (link.children ?? []).filter((child) => child.type === 'object' || child.type === 'annotation');
      expect(annotations.length).toBeGreaterThan(0);
      annotations.forEach((annotation) => expect(page.links[annotation.id as string]).toBe(number));
    }
    expect(elementsOf(page.tree).filter((node) => node.role === 'TOCI')).toHaveLength(15);
  });

  it.each(KEYS)('%s: running header and footer with «Side x af y» are artifacts, on every page', (key) => {
    const structure = structures.get(key) as PdfStructure;
    structure.pages.forEach((page, index) => {
      expect(flat(page.artifacts.join(' '))).toContain(`Side ${index + 1} af ${structure.pages.length}`);
      expect(flat(page.drawn.join(''))).not.toContain('Side ');
    });
  });

  it.each(KEYS)("%s: the tree's text in reading order is the page's text without its header and footer", (key) => {
    const structure = structures.get(key) as PdfStructure;
    for (const page of structure.pages) {
      const tree = contentIds(page.tree ?? {}).map((id) => page.content[id] ?? '');
      expect(tree.join('')).toBe(page.drawn.join(''));
      expect(page.drawn.join('').trim()).not.toBe('');
    }
  });

  it('gives «mio. kr.» its expansion', () => {
    const structure = structures.get('katalog') as PdfStructure;
    const spans = structure.pages.flatMap((page) =>
      elementsOf(page.tree)
        .filter((node) => node.role === 'Span')
        .map((span) => ({ span, page })),
    );
    expect(spans.length).toBeGreaterThan(0);
    for (const { span, page } of spans) {
      expect(textOf(span, page).trim()).toBe('mio. kr.');
      expect(attributesOf(structure, span)?.expansion).toBe('millioner kroner');
    }
  });

  it("repeats a long table's header on the next page as an artifact, not as content", async () => {
    const structure = await pdfStructure(await renderReportPdf('udmoentning', generatedBilagData(60)));
    expect(structure.pages.length).toBeGreaterThan(1);
    const second = structure.pages[1] as StructurePage;
    expect(second.artifacts.join(' ')).toContain('Reference');
    // The header's elements have their content on the first page only.
    expect(
      elementsOf(second.tree)
        .filter((node) => node.role === 'THead')
        .flatMap(contentIds),
    ).toEqual([]);
    expect(
      contentIds(second.tree ?? {})
        .map((id) => second.content[id] ?? '')
        .join(''),
    ).toBe(second.drawn.join(''));
  }, 60_000);
});
