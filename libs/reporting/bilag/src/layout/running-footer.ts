import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { PAGE_MARGINS } from './page-margins';
import { COLORS } from './styles';

/** "Side 3 af 12". */
export function pageNumberText(currentPage: number, pageCount: number): string {
  return `Side ${currentPage} af ${pageCount}`;
}

/** The running footer: a hairline, the report title on the left and "Side x af y" on the right. */
export function runningFooter(title: string): DynamicContent {
  return (currentPage, pageCount, pageSize): Content => {
    const width = pageSize.width - PAGE_MARGINS.left - PAGE_MARGINS.right;
    return {
      margin: [PAGE_MARGINS.left, 22, PAGE_MARGINS.right, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: COLORS.hairline }] },
        {
          margin: [0, 5, 0, 0],
          columns: [
            { text: title, style: 'pageFooter', width: '*' },
            { text: pageNumberText(currentPage, pageCount), style: 'pageFooter', width: 'auto', alignment: 'right' },
          ],
        },
      ],
    };
  };
}

/** The running header: the region and the round, small and grey; left out on a title page. */
export function runningHeader(region: string, roundName: string, plainFirstPage: boolean): DynamicContent {
  return (currentPage): Content =>
    plainFirstPage && currentPage === 1
      ? ''
      : {
          margin: [PAGE_MARGINS.left, 28, PAGE_MARGINS.right, 0],
          columns: [
            { text: region, style: 'pageHeader', width: '*' },
            { text: roundName, style: 'pageHeader', width: 'auto', alignment: 'right' },
          ],
        };
}
