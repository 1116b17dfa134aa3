// The same document as a plain HTML page, for the Chromium side of the PDF benchmark: it converts the pdfmake
// document definition the bilag library builds (text, stacks, columns, tables, lists, page breaks, styles), so
// both renderers get exactly the same content. The running header and footer become CSS page-margin boxes.
import type { Content, Style, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

type Node = Record<string, unknown>;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pt = (value: number) => `${value}pt`;

function margin(value: unknown): string {
  if (typeof value === 'number') return `margin:${pt(value)};`;
  if (!Array.isArray(value)) return '';
  const [left, top, right, bottom] = value.length === 2 ? [value[0], value[1], value[0], value[1]] : value;
  return `margin:${pt(top)} ${pt(right)} ${pt(bottom)} ${pt(left)};`;
}

/** CSS declarations of a pdfmake style (or of a node's inline style properties). */
function css(style: Style | Node): string {
  const s = style as Node;
  return [
    s['fontSize'] !== undefined ? `font-size:${pt(s['fontSize'] as number)};` : '',
    s['bold'] !== undefined ? `font-weight:${s['bold'] ? 'bold' : 'normal'};` : '',
    s['italics'] ? 'font-style:italic;' : '',
    s['color'] ? `color:${s['color']};` : '',
    s['fillColor'] ? `background:${s['fillColor']};` : '',
    s['alignment'] ? `text-align:${s['alignment']};` : '',
    s['lineHeight'] !== undefined ? `line-height:${s['lineHeight']};` : '',
    s['characterSpacing'] !== undefined ? `letter-spacing:${pt(s['characterSpacing'] as number)};` : '',
    s['noWrap'] ? 'white-space:nowrap;' : '',
    margin(s['margin']),
  ].join('');
}

function attributes(node: Node): string {
  const styles = node['style'] === undefined ? [] : ([] as unknown[]).concat(node['style']).map(String);
  const classes = styles.length ? ` class="${styles.join(' ')}"` : '';
  const inline = css(node);
  const breaks = node['pageBreak'] === 'before' ? 'break-before:page;' : node['pageBreak'] === 'after' ? 'break-after:page;' : '';
  const unbreakable = node['unbreakable'] ? 'break-inside:avoid;' : '';
  const style = `${inline}${breaks}${unbreakable}`;
  return `${classes}${style ? ` style="${style}"` : ''}`;
}

function inlineText(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return escape(String(text));
  if (Array.isArray(text)) return text.map(inlineText).join('');
  const node = text as Node;
  return `<span${attributes(node)}>${inlineText(node['text'])}</span>`;
}

function table(node: Node): string {
  const spec = node['table'] as { body: unknown[][]; widths?: unknown[]; headerRows?: number };
  const headerRows = spec.headerRows ?? 0;
  const widths = (spec.widths ?? []).map((width) => (typeof width === 'number' ? `<col style="width:${pt(width)}">` : '<col>')).join('');
  const row = (cells: unknown[], tag: 'th' | 'td') =>
    `<tr>${cells
      .map((cell) => {
        const value = (typeof cell === 'object' && cell !== null ? cell : { text: cell }) as Node;
        if (Object.keys(value).length === 0) return '';
        const span = value['colSpan'] ? ` colspan="${value['colSpan']}"` : '';
        return `<${tag}${span}${attributes(value)}>${inlineText(value['text'] ?? '')}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = spec.body
    .slice(0, headerRows)
    .map((cells) => row(cells, 'th'))
    .join('');
  const body = spec.body
    .slice(headerRows)
    .map((cells) => row(cells, 'td'))
    .join('');
  return `<table${attributes(node)}><colgroup>${widths}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function tocEntries(content: Content): Node[] {
  if (Array.isArray(content)) return content.flatMap(tocEntries);
  if (typeof content !== 'object' || content === null) return [];
  const node = content as Node;
  const own = node['tocItem'] ? [node] : [];
  const children = (['stack', 'columns'] as const).flatMap((key) => (Array.isArray(node[key]) ? tocEntries(node[key] as Content) : []));
  return [...own, ...children];
}

function block(content: Content, toc: Node[]): string {
  if (typeof content === 'string' || typeof content === 'number') return `<p>${escape(String(content))}</p>`;
  if (Array.isArray(content)) return content.map((child) => block(child, toc)).join('');
  const node = content as Node;
  if (node['stack']) return `<div${attributes(node)}>${block(node['stack'] as Content, toc)}</div>`;
  if (node['columns'])
    return `<div${attributes(node)} class="columns">${(node['columns'] as Content[]).map((child) => `<div>${block(child, toc)}</div>`).join('')}</div>`;
  if (node['table']) return table(node);
  if (node['ul']) return `<ul${attributes(node)}>${(node['ul'] as Content[]).map((item) => `<li>${inlineText(item)}</li>`).join('')}</ul>`;
  if (node['toc']) {
    const title = (node['toc'] as Node)['title'] as Node | undefined;
    // Chromium has no target-counter(), so the contents list the entries without page numbers.
    const entries = toc
      .map((entry) => `<div class="${entry['tocStyle'] ?? ''}" style="${margin(entry['tocMargin'])}">${inlineText(entry['text'])}</div>`)
      .join('');
    return `<div${attributes(node)}>${title ? block(title as Content, toc) : ''}${entries}</div>`;
  }
  if (node['canvas']) return '<hr>';
  if (node['text'] !== undefined) return `<p${attributes(node)}>${inlineText(node['text'])}</p>`;
  return '';
}

// The same Roboto files pdfmake embeds, so both renderers shape the same glyphs.
function fontFaces(fontDirectory: string): string {
  const faces = [
    ['Roboto-Regular', 'normal', 'normal'],
    ['Roboto-Medium', 'bold', 'normal'],
    ['Roboto-Italic', 'normal', 'italic'],
    ['Roboto-MediumItalic', 'bold', 'italic'],
  ];
  return faces
    .map(
      ([file, weight, style]) =>
        `@font-face { font-family: Roboto; src: url("file://${fontDirectory}/${file}.ttf"); font-weight: ${weight}; font-style: ${style}; }`,
    )
    .join('\n');
}

function stylesheet(definition: TDocumentDefinitions, headerLeft: string, headerRight: string, title: string): string {
  const styles = Object.entries((definition.styles ?? {}) as StyleDictionary)
    .map(([name, style]) => `.${name}{${css(style)}}`)
    .join('\n');
  const [left, top, right, bottom] = (definition.pageMargins as number[]) ?? [40, 40, 40, 40];
  const quoted = (text: string) => `"${text.replace(/"/g, '\\"')}"`;
  return `
@page { size: A4; margin: ${pt(top ?? 40)} ${pt(right ?? 40)} ${pt(bottom ?? 40)} ${pt(left ?? 40)};
  @top-left { content: ${quoted(headerLeft)}; font-size: 8pt; color: #5b6670; }
  @top-right { content: ${quoted(headerRight)}; font-size: 8pt; color: #5b6670; }
  @bottom-left { content: ${quoted(title)}; font-size: 8pt; color: #5b6670; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font-size: 8pt; color: #5b6670; } }
body { font-family: Roboto, sans-serif; ${css(definition.defaultStyle ?? {})} margin: 0; }
p { margin: 0; }
table { width: 100%; border-collapse: collapse; border-top: 0.8pt solid #12355b; border-bottom: 0.8pt solid #12355b; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 2.5pt 4pt; border-bottom: 0.25pt solid #b9c4cf; text-align: left; vertical-align: top; }
thead th { border-bottom: 0.8pt solid #12355b; }
.columns { display: flex; justify-content: space-between; }
${styles}`;
}

/** The document definition as one HTML page with print CSS, in the fonts of `fontDirectory`. */
export function documentHtml(definition: TDocumentDefinitions, header: { left: string; right: string }, fontDirectory: string): string {
  const content = definition.content as Content;
  const title = String(definition.info?.title ?? '');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>${fontFaces(fontDirectory)}
${stylesheet(definition, header.left, header.right, title)}</style></head>
<body>${block(content, tocEntries(content))}</body></html>
`;
}
