import type { Page } from '@playwright/test';

// The overflow check of the phone and tablet widths (screen-widths.e2e.ts, public-site.e2e.ts): nothing wider than the
// viewport except inside a table's own scroll area, every element that scrolls sideways such an area (a focusable
// region with a name holding a table), and a chart's text at least 12 px as drawn and inside its chart.

/** What does not fit the screen: each offending element described by its tag, classes and text. */
export async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${Array.from(element.classList)
        .map((name) => `.${name}`)
        .join('')} «${(element.textContent ?? '').trim().slice(0, 40)}»`;
    const isScrollArea = (element: Element) =>
      element.getAttribute('role') === 'region' &&
      element.getAttribute('tabindex') === '0' &&
      !!element.getAttribute('aria-label') &&
      !!element.querySelector('table');
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(style.overflowX) && !isScrollArea(element)) {
        found.push(`${describe(element)} scrolls sideways but is no table's named, focusable scroll area`);
      }
      const inScrollArea = element.parentElement?.closest('[role="region"][tabindex="0"]');
      // An absolutely placed element escapes its scroll area when its containing block lies outside it.
      const escapes = !!inScrollArea && ['absolute', 'fixed'].includes(style.position) && !inScrollArea.contains((element as HTMLElement).offsetParent);
      if ((!inScrollArea || escapes) && (box.right > width + 1 || box.left < -1)) {
        found.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
      if (element instanceof SVGTextElement) {
        const svg = element.ownerSVGElement;
        const scale = svg && svg.viewBox.baseVal.width > 0 ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        const size = parseFloat(style.fontSize) * scale;
        if (size < 12) found.push(`${describe(element)} is drawn at ${size.toFixed(1)} px`);
        const frame = svg?.getBoundingClientRect();
        if (frame && (box.right > frame.right + 1 || box.left < frame.left - 1)) found.push(`${describe(element)} is cut off by its chart`);
      }
    }
    return found;
  });
}
