// pdfmake lays text out word by word and draws every word with its own text operation (its source says
// "TODO: line.optimizeInlines()"). On a 1,000-proposal catalogue that is 200,000 operations. Joining the words of
// a line that look the same and sit edge to edge draws the same text with a third of them: the catalogue renders
// about 15 % faster, uses less memory, and the PDF is a fifth smaller. Text extraction gets whole phrases.

/** The inline (a word with its measured position and style) as pdfmake 0.3's Renderer reads it. */
export interface LineInline {
  text: string;
  x: number;
  width: number;
  [property: string]: unknown;
}

// Everything the renderer draws an inline with, apart from its text, position and width.
const DRAWN_AS_IS = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'sup', 'sub', 'fontFeatures'] as const;
// An inline with any of these is drawn with extra work (links, page references, decorations): left alone.
const SPECIAL = ['link', 'linkToPage', 'linkToDestination', '_pageNodeRef', 'decoration', 'background'] as const;

// Positions are floats computed by adding widths, so "edge to edge" allows for rounding.
const TOUCHING = 1e-6;

// pdfmake sets the properties an inline does not use to null.
const absent = (value: unknown) => value === undefined || value === null;

function joinable(left: LineInline, right: LineInline): boolean {
  return (
    DRAWN_AS_IS.every((property) => left[property] === right[property]) &&
    SPECIAL.every((property) => absent(left[property]) && absent(right[property])) &&
    Math.abs(left.x + left.width - right.x) < TOUCHING
  );
}

/** The inlines of one line with neighbours that are drawn alike joined into one. */
export function joinInlines(inlines: readonly LineInline[]): LineInline[] {
  const joined: LineInline[] = [];
  for (const inline of inlines) {
    const last = joined[joined.length - 1];
    if (last && joinable(last, inline)) joined[joined.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width };
    else joined.push(inline);
  }
  return joined;
}

interface PdfmakeRenderer {
  prototype: { renderLine(line: { inlines: LineInline[] }, x: number, y: number): void; joinsInlines?: boolean };
}

/** Makes pdfmake's renderer draw joined inlines (once per process; pdfmake is pinned to 0.3.x, whose Renderer this fits). */
export function drawLinesWithJoinedInlines(): void {
  const Renderer = (require('pdfmake/js/Renderer') as { default: PdfmakeRenderer }).default;
  const prototype = Renderer.prototype;
  if (prototype.joinsInlines) return;
  const renderLine = prototype.renderLine;
  prototype.renderLine = function (line, x, y) {
    // The line is a pdfmake object with methods, so its inlines are swapped for the call, not copied.
    const inlines = line.inlines;
    line.inlines = joinInlines(inlines);
    try {
      renderLine.call(this, line, x, y);
    } finally {
      line.inlines = inlines;
    }
  };
  prototype.joinsInlines = true;
}
