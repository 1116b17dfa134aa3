// Test helper: a tagged PDF as a screen reader gets it, through PDF.js (bundled by unpdf): each page's structure tree
// (getStructTree), the text of each marked-content sequence and of the artifacts, where each link goes, and the
// attributes PDF.js does not hand out (Scope, ColSpan, the /E of an abbreviation), read from the structure elements.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** A node of PDF.js's structure tree: an element (role, children) or a reference to content or an annotation. */
export interface StructureNode {
  readonly role?: string;
  readonly children?: readonly StructureNode[];
  readonly type?: 'content' | 'annotation' | 'object';
  readonly id?: string;
}

/** One page: its structure tree, its tagged text in drawing order (by content id) and its artifacts' text. */
export interface StructurePage {
  readonly tree: StructureNode | null;
  /** The text items outside artifacts, in the order they are drawn. */
  readonly drawn: readonly string[];
  /** The text of each marked-content sequence ("p12R_mc3"). */
  readonly content: Readonly<Record<string, string>>;
  readonly artifacts: readonly string[];
  /** Each link annotation's object id ("40R") and the page (1-based) its destination is on. */
  readonly links: Readonly<Record<string, number>>;
}

/** The attributes of the element a content id belongs to. */
export interface ContentAttributes {
  readonly type: string;
  readonly scope?: string;
  readonly colSpan?: number;
  readonly expansion?: string;
}

/** A bookmark (outline entry) and those under it. */
export interface Bookmark {
  readonly title: string;
  readonly items: readonly Bookmark[];
}

export interface PdfStructure {
  readonly title: string | null;
  readonly language: string | null;
  readonly displayDocTitle: boolean;
  readonly bookmarks: readonly Bookmark[];
  readonly pages: readonly StructurePage[];
  readonly attributes: Readonly<Record<string, ContentAttributes>>;
}

// PDF.js is an ES module, which jest's CommonJS sandbox cannot load: a plain node process reads the PDF.
const READ = `
import { getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const bytes = Buffer.concat(chunks);
const pdf = await getDocumentProxy(new Uint8Array(bytes));
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const tree = await page.getStructTree();
  const { items } = await page.getTextContent({ includeMarkedContent: true });
  const stack = [];
  const drawn = [], artifacts = [], content = {};
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item);
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (typeof item.str === 'string') {
      const str = item.str + (item.hasEOL ? '\\n' : '');
      if (stack.some((mark) => mark.tag === 'Artifact')) { artifacts.push(str); continue; }
      drawn.push(str);
      const id = [...stack].reverse().find((mark) => mark.id)?.id;
      if (id) content[id] = (content[id] ?? '') + str;
    }
  }
  const links = {};
  for (const annotation of await page.getAnnotations()) {
    if (annotation.subtype !== 'Link' || !annotation.dest) continue;
    const dest = typeof annotation.dest === 'string' ? await pdf.getDestination(annotation.dest) : annotation.dest;
    links[annotation.id] = (await pdf.getPageIndex(dest[0])) + 1;
  }
  pages.push({ tree, drawn, content, artifacts, links });
}
// Structure elements are plain objects in the file: their attributes by the content ids they hold.
const text = bytes.toString('latin1');
const attributes = {};
for (const match of text.matchAll(/\\n(\\d+) 0 obj\\n<<\\n\\/S \\/(\\w+)\\n([\\s\\S]*?)\\nendobj/g)) {
  const body = match[3];
  const page = /\\/Pg (\\d+) 0 R/.exec(body);
  const kids = /\\/K \\[([^\\]]*)\\]/.exec(body);
  if (!page || !kids) continue;
  const scope = /\\/Scope \\/(\\w+)/.exec(body)?.[1];
  const colSpan = /\\/ColSpan (\\d+)/.exec(body)?.[1];
  const expansion = /\\/E \\(([^)]*)\\)/.exec(body)?.[1];
  for (const mcid of kids[1].replace(/\\d+ 0 R/g, ' ').split(/\\s+/).filter((kid) => /^\\d+$/.test(kid))) {
    attributes['p' + page[1] + 'R_mc' + mcid] = { type: match[2], scope, colSpan: colSpan ? Number(colSpan) : undefined, expansion };
  }
}
const { info } = await pdf.getMetadata();
const bookmarks = (items) => (items ?? []).map((item) => ({ title: item.title, items: bookmarks(item.items) }));
process.stdout.write(JSON.stringify({
  title: info.Title ?? null,
  language: info.Language ?? null,
  displayDocTitle: /\\/DisplayDocTitle true/.test(text),
  bookmarks: bookmarks(await pdf.getOutline()),
  pages,
  attributes,
}));
`;

/** The structure of a tagged PDF as PDF.js reads it. */
export function pdfStructure(pdf: Buffer): Promise<PdfStructure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', READ], { cwd: WORKSPACE_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Reading the structure failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as PdfStructure);
    });
    child.stdin.end(pdf);
  });
}

/** The elements of a tree in reading order (depth first), with their role. */
export function elementsOf(node: StructureNode | null): StructureNode[] {
  if (!node) return [];
  const own = node.role ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap(elementsOf)];
}

/** The content ids under a node, in reading order. */
export function contentIds(node: StructureNode): string[] {
  if (node.type === 'content' && node.id) return [node.id];
  return (node.children ?? []).flatMap(contentIds);
}

/** The text of a node on its page. */
export function textOf(node: StructureNode, page: StructurePage): string {
  return contentIds(node)
    .map((id) => page.content[id] ?? '')
    .join('');
}
