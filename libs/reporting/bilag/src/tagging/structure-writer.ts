import { ContentTagger } from './content-tagger';
import { PdfkitDocument, PdfkitRef } from './pdfkit-document';
import { StructureAttributes, StructureElement } from './structure-element';

function attributesOf(attributes: StructureAttributes | undefined): Record<string, unknown> | undefined {
  if (!attributes) return undefined;
  if (attributes.listNumbering) return { O: 'List', ListNumbering: attributes.listNumbering };
  return { O: 'Table', ...(attributes.scope ? { Scope: attributes.scope } : {}), ...(attributes.colSpan ? { ColSpan: attributes.colSpan } : {}) };
}

/**
 * Writes the structure tree under the document's StructTreeRoot: one dictionary per element (type, parent, page, kids
 * in reading order, attributes, expansion), and the parent tree that leads from each marked-content sequence and link
 * annotation back to its element. Written once the pages are drawn, so every element's content is known; pdfkit's own
 * structure elements write an annotation's page as the page current when they are flushed, which here is the last one.
 */
export function writeStructure(document: PdfkitDocument, tagger: ContentTagger): void {
  const root = tagger.structure;
  if (!root) return;
  const refs = new Map<StructureElement, PdfkitRef>();
  const order: StructureElement[] = [];
  const collect = (element: StructureElement) => {
    refs.set(element, document.ref({ S: element.type }));
    order.push(element);
    for (const kid of element.kids) if (kid.kind === 'element') collect(kid);
  };
  collect(root);
  const treeRoot = document.getStructTreeRoot();
  const parentTree = document.getStructParentTree();
  for (const element of order) {
    const ref = refs.get(element) as PdfkitRef;
    const firstContent = element.kids.find((kid) => kid.kind === 'content');
    const page = firstContent?.page;
    const kids = element.kids.map((kid) => {
      if (kid.kind === 'element') return refs.get(kid);
      if (kid.kind === 'annotation') return { Type: 'OBJR', Obj: kid.annotation, Pg: kid.page };
      const pageRef = kid.page as PdfkitRef;
      (parentTree.get(pageRef.data['StructParents'] as number) as unknown[])[kid.mcid] = ref;
      return kid.page === page ? kid.mcid : { Type: 'MCR', Pg: kid.page, MCID: kid.mcid };
    });
    const attributes = attributesOf(element.attributes);
    Object.assign(ref.data, {
      P: element.parent ? refs.get(element.parent) : treeRoot,
      ...(page ? { Pg: page } : {}),
      K: kids,
      ...(attributes ? { A: attributes } : {}),
      ...(element.expansion ? { E: new String(element.expansion) } : {}),
    });
    ref.end();
  }
  for (const { key, element } of tagger.annotations) parentTree.add(key, refs.get(element));
  treeRoot.data['K'] = [refs.get(root)];
}
