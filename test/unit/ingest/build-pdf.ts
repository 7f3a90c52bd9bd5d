import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A block of a test PDF: a headline, a date line or a paragraph wrapped the way a PDF wraps it. */
export interface PdfBlock {
  text: string;
  size: number;
}

const LEFT = 56;
const TOP = 780;
const BOTTOM = 70;
const WIDTH = 480;

/**
 * Lays out blocks as a word processor would: lines wrapped to the page width, a little extra
 * space between paragraphs, a page number at the foot of every page, new pages as needed.
 */
export async function buildPdf(blocks: PdfBlock[], options: { title?: string; hyphenate?: string } = {}): Promise<Uint8Array> {
  return (await layOutPdf(blocks, options)).bytes;
}

/** The PDF and how many blocks the layout had to continue on a following page. */
export async function layOutPdf(
  blocks: PdfBlock[],
  options: { title?: string; hyphenate?: string } = {},
): Promise<{ bytes: Uint8Array; blocksSplitAcrossPages: number }> {
  const pdf = await PDFDocument.create();
  if (options.title) pdf.setTitle(options.title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let pageNumber = 1;
  let y = TOP;
  const newPage = (): void => {
    page.drawText(String(pageNumber), { x: 297, y: 40, size: 9, font });
    page = pdf.addPage([595, 842]);
    pageNumber++;
    y = TOP;
  };
  let blocksSplitAcrossPages = 0;
  for (const block of blocks) {
    const leading = block.size * 1.25;
    let first = true;
    for (const line of wrap(block.text, (text) => font.widthOfTextAtSize(text, block.size), options.hyphenate)) {
      if (y < BOTTOM) {
        newPage();
        if (!first) blocksSplitAcrossPages++;
      }
      first = false;
      page.drawText(line, { x: LEFT, y, size: block.size, font });
      y -= leading;
    }
    y -= block.size;
  }
  page.drawText(String(pageNumber), { x: 297, y: 40, size: 9, font });
  return { bytes: await pdf.save(), blocksSplitAcrossPages };
}

function wrap(text: string, widthOf: (text: string) => number, hyphenate: string | undefined): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (hyphenate && word === hyphenate) {
      // Break this word across two lines with a hyphen, as justified layouts do.
      const half = Math.ceil(word.length / 2);
      lines.push(`${line} ${word.slice(0, half)}-`);
      line = word.slice(half);
      continue;
    }
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= WIDTH) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The same PDF with its last bytes cut off, as an interrupted download leaves it. */
export function truncate(bytes: Uint8Array, keep: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}
