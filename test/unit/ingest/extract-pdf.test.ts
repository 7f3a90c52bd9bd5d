import { describe, expect, it } from 'vitest';

import { extractDocument, prepareDocument } from '../../../ingest/index.js';
import { buildPdf, layOutPdf, type PdfBlock, truncate } from './build-pdf.js';
import { ingestFailure } from './ingest-failure.js';

const PARAGRAPHS = [
  'Turkish-backed militants in northern Syria refused to withdraw from a demilitarized zone around the province and opposed the deployment of Russian military police to the area, a spokesman said on Sunday.',
  'The National Liberation Front told Agence France-Presse that it had raised objections to the deal after a long meeting with Turkish officers, and that its fighters would keep their heavy weapons for now.',
  '"We discussed the issue, and we took a clear position rejecting this matter," the spokesman said, adding that Ankara had pledged that Russian troops would not be deployed inside the zone.',
];

const ARTICLE: PdfBlock[] = [
  { text: 'Militants Refuse to Implement Ankara-Moscow Deal', size: 18 },
  { text: 'Monday 1 October 2018', size: 10 },
  ...PARAGRAPHS.map((text) => ({ text, size: 11 })),
];

describe('PDF files', () => {
  it('joins wrapped lines into paragraphs and separates headline, date and paragraphs', async () => {
    const bytes = await buildPdf(ARTICLE, { title: 'Militants refuse deal' });
    const extracted = await extractDocument({ name: 'idlib.pdf', bytes });
    expect(extracted.format).toBe('pdf');
    expect(extracted.text).toBe(['Militants Refuse to Implement Ankara-Moscow Deal', 'Monday 1 October 2018', ...PARAGRAPHS].join('\n\n'));
    expect(extracted.hints.title).toBe('Militants refuse deal');
    const prepared = prepareDocument(extracted, 'idlib.pdf');
    expect(prepared.metadata.publishedAt).toBe('2018-10-01');
  });

  it('drops page numbers, keeps a paragraph whole across a page break and rejoins a hyphenated word', async () => {
    const paragraph = (i: number): string =>
      `Paragraph ${i + 1} of the report describes the shelling of the town and the response of the monitoring group, which counted casualties on both sides of the line.${i % 3 === 0 ? ' It then reported them to the authorities in writing, as it has done since the truce began.' : ''}`;
    const hyphenated = 'The observers described the demilitarization process as slow and uneven, citing several field commanders.';
    const blocks: PdfBlock[] = [
      { text: 'Monitoring report', size: 18 },
      ...Array.from({ length: 24 }, (_, i) => ({ text: paragraph(i), size: 11 })),
      { text: hyphenated, size: 11 },
    ];
    const { bytes, blocksSplitAcrossPages } = await layOutPdf(blocks, { hyphenate: 'demilitarization' });
    expect(blocksSplitAcrossPages).toBeGreaterThan(0);
    const { text } = await extractDocument({ name: 'report.pdf', bytes });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(blocks.length);
    expect(paragraphs).toEqual(blocks.map((block) => block.text));
    expect(text).not.toMatch(/^\d+$/m);
  });

  it('refuses a truncated PDF', async () => {
    const bytes = truncate(await buildPdf(ARTICLE), 0.6);
    const error = await ingestFailure(extractDocument({ name: 'cut.pdf', bytes }));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^cut\.pdf is damaged or truncated/);
  });

  it('refuses a PDF whose body is garbage behind a valid header and end marker', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(500)}\n%%EOF\n`);
    const error = await ingestFailure(extractDocument({ name: 'broken.pdf', bytes }));
    expect(error).toMatchObject({ code: 'malformed', message: 'broken.pdf is not a valid PDF file or is damaged.' });
  });

  it('says a PDF without any text layer holds no text', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const empty = await PDFDocument.create();
    empty.addPage();
    const error = await ingestFailure(extractDocument({ name: 'scan.pdf', bytes: await empty.save() }));
    expect(error.code).toBe('no_text');
    expect(error.message).toMatch(/^scan\.pdf contains no text layer/);
  });

  it('gives up with a timeout instead of hanging when reading takes longer than the limit', async () => {
    const blocks = Array.from({ length: 400 }, (_, i) => ({ text: `Line ${i} of a long document that takes a while to read.`, size: 11 }));
    const bytes = await buildPdf(blocks);
    const started = performance.now();
    const error = await ingestFailure(extractDocument({ name: 'slow.pdf', bytes }, { timeLimitMs: 5 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('slow.pdf took longer than 5 ms to read and was skipped.');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
