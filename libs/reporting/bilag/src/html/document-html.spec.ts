import { REPORT_REGISTRY, availableRoundReportKeys, reportDefinition } from '../index';
import { demoBilagData, demoId } from '../testing/bilag-data.builder';
import { documentHtml, documentText } from './document-html';
import { renderReportHtml } from './render-html';

const levels = (html: string) => [...html.matchAll(/<h([1-4])\b/g)].map((match) => Number(match[1]));

describe('the web edition of the bilag (HTML from the document model)', () => {
  const data = demoBilagData();
  const reports = REPORT_REGISTRY.map((report) => ({ key: report.key, id: report.perProposal ? demoId('B26-DNS-01') : '' }));

  it('gives every report one H1 and headings that never skip a level', () => {
    for (const { key, id } of reports) {
      const found = levels(renderReportHtml(key, data, id));
      expect([key, found.filter((level) => level === 1).length]).toEqual([key, 1]);
      found.forEach((level, index) => expect([key, level - (found[index - 1] ?? 0) <= 1]).toEqual([key, true]));
    }
  });

  it('prints every amount of every table as the PDF does, row for row, with headers, a foot for the totals and named scroll areas', () => {
    for (const { key, id } of reports) {
      const html = renderReportHtml(key, data, id);
      const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((match) => match[0]);
      const modelTables: { spec: { rows: readonly { amounts: readonly unknown[] }[] } }[] = [];
      const visit = (block: { kind: string; blocks?: unknown[] }) => {
        if (block.kind === 'table') modelTables.push(block as never);
        (block.blocks ?? []).forEach((child) => visit(child as never));
      };
      reportDefinition(key)
        .document(data, id)
        .blocks.forEach((block) => visit(block as never));
      expect([key, tables.length]).toEqual([key, modelTables.length]);
      tables.forEach((table, index) => {
        expect(table).toMatch(/<thead><tr>(<td><\/td>)?<th scope="col"/);
        const rows = [...table.matchAll(/<tr class="bf-/g)].length;
        expect(rows).toBe(modelTables[index]?.spec.rows.length);
      });
      expect(html.match(/role="region" aria-label="[^"]+"/g)?.length ?? 0).toBe(tables.length);
    }
    const catalogue = renderReportHtml('katalog', data);
    expect(catalogue).toContain('<tfoot><tr class="bf-total"><th scope="row" colspan="3">I alt</th>');
    expect(catalogue).toContain('<abbr title="millioner kroner">mio. kr.</abbr>');
  });

  it('links each of the catalogue’s proposals to its own page when the page says where, and escapes what was typed', () => {
    const [first] = data.proposals;
    if (!first) throw new Error('the demo round has proposals');
    const typed = { ...first, content: { ...first.content, title: 'Færre <script>-tags & "citater"' } };
    const html = renderReportHtml('katalog', { ...data, proposals: [typed] }, '', { proposalHref: (reference) => `/offentligt/forslag/${reference}` });
    expect(html).toContain(`<a href="/offentligt/forslag/${first.content.reference}">${first.content.reference} på forslagets egen side</a>`);
    expect(html).toContain('Færre &lt;script&gt;-tags &amp; &quot;citater&quot;');
    expect(html).not.toContain('<script>');
  });

  it('gives a search index every text of a document', () => {
    const text = documentText(reportDefinition('faktaark').document(data, demoId('B26-DNS-01')));
    expect(text).toContain('B26-DNS-01');
    expect(text.split('\n').length).toBeGreaterThan(5);
    expect(availableRoundReportKeys(data).every((key) => documentHtml(reportDefinition(key).document(data, '')).startsWith('<div class="bf-document'))).toBe(
      true,
    );
  });
});
