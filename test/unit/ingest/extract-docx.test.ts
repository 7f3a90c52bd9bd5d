import { deflateRawSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { DOCX_ARCHIVE_LIMITS, extractDocument, IngestError } from '../../../ingest/index.js';
import { ArchiveTooLargeError, guardArchive, readZipDirectory, readZipEntry } from '../../../ingest/zip-directory.js';
import { buildDocx } from './build-docx.js';
import { buildZip } from './build-zip.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const PARAGRAPHS = [
  'Turkish-backed militants refused to withdraw from the demilitarized zone, a spokesman told Agence France-Presse.',
  '"We discussed the issue, and we took a clear position rejecting this matter," he said.',
];

async function failure(file: { name: string; bytes: Uint8Array }): Promise<IngestError> {
  const error = await extractDocument(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('DOCX files', () => {
  it('extracts headings, paragraphs and list items as separate paragraphs, with the document title', async () => {
    const bytes = await buildDocx({
      title: 'Militants refuse deal',
      heading: 'Militants Refuse to Implement the Deal',
      paragraphs: PARAGRAPHS,
      bullets: ['No foreign patrols', 'No withdrawal of weapons'],
    });
    const extracted = await extractDocument({ name: 'story.docx', bytes });
    expect(extracted.format).toBe('docx');
    expect(extracted.text).toBe(
      ['Militants Refuse to Implement the Deal', ...PARAGRAPHS, 'No foreign patrols', 'No withdrawal of weapons'].join('\n\n'),
    );
    expect(extracted.hints).toEqual({ title: 'Militants refuse deal' });
  });

  it('refuses a .docx that is not a ZIP package', async () => {
    const error = await failure({ name: 'fake.docx', bytes: utf8('This is plain text saved with a .docx extension.') });
    expect(error).toMatchObject({ code: 'malformed', message: 'fake.docx is not a valid Word document (.docx): it is not a ZIP package.' });
  });

  it('refuses a ZIP package that is not a Word document', async () => {
    const bytes = buildZip([{ name: 'content.xml', content: utf8('<office:document/>') }]);
    const error = await failure({ name: 'sheet.docx', bytes });
    expect(error).toMatchObject({ code: 'malformed', message: 'sheet.docx is not a Word document (.docx): it has no document body.' });
  });

  it('refuses a truncated package', async () => {
    const bytes = await buildDocx({ heading: 'Headline', paragraphs: PARAGRAPHS });
    const error = await failure({ name: 'cut.docx', bytes: bytes.slice(0, Math.floor(bytes.length / 2)) });
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^cut\.docx is damaged or truncated/);
  });

  it('refuses a package whose document part is not valid XML', async () => {
    const bytes = buildZip([
      {
        name: '[Content_Types].xml',
        content: utf8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      },
      { name: 'word/document.xml', content: utf8('<w:document><w:body><w:p>unclosed') },
    ]);
    const error = await failure({ name: 'broken.docx', bytes });
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^broken\.docx /);
  });

  it('refuses a package that declares more unpacked data than the limit, without unpacking it', async () => {
    const bytes = buildZip([
      { name: 'word/document.xml', content: utf8('<w:document/>'), declaredSize: DOCX_ARCHIVE_LIMITS.maxTotalBytes + 1 },
    ]);
    const error = await failure({ name: 'bomb.docx', bytes });
    expect(error).toMatchObject({ code: 'too_large', message: 'bomb.docx is too large to read: it is more than 100 MB when unpacked.' });
  });

  it('refuses a bomb whose main part the relationships name without ".xml"', async () => {
    // 120 MB of zeros deflate to about 120 KB; the part is named as _rels/.rels could point to it.
    const zeros = new Uint8Array(120 * 1024 * 1024);
    const bytes = buildZip([
      {
        name: '_rels/.rels',
        content: utf8('<Relationships><Relationship Id="r" Type="officeDocument" Target="word/document"/></Relationships>'),
      },
      { name: 'word/document.xml', content: utf8('<w:document/>') },
      { name: 'word/document', content: zeros, declaredSize: 1000 },
    ]);
    const error = await failure({ name: 'renamed-bomb.docx', bytes });
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('renamed-bomb.docx is too large to read: it is more than 100 MB when unpacked.');
  });

  it('limits the number of entries and their total, whatever they are called', () => {
    const many = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `media/${i}.bin`, content: new Uint8Array(100) })));
    const entries = readZipDirectory(many);
    expect(() => guardArchive(many, entries, { maxEntries: 4, maxEntryBytes: 1000, maxTotalBytes: 10_000 })).toThrow(ArchiveTooLargeError);
    expect(() => guardArchive(many, entries, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 450 })).toThrow(
      /unpacks to more than 450 bytes/,
    );
    expect(() => guardArchive(many, entries, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 500 })).not.toThrow();
  });

  it('stops unpacking an entry that is bigger than it declared', () => {
    const content = new Uint8Array(1_000_000);
    const bytes = buildZip([{ name: 'word/document.xml', content, declaredSize: 10 }]);
    const [entry] = readZipDirectory(bytes);
    expect(entry).toMatchObject({ name: 'word/document.xml', uncompressedSize: 10, compressedSize: deflateRawSync(content).length });
    expect(() => readZipEntry(bytes, entry!, 4096)).toThrow(RangeError);
    expect(readZipEntry(bytes, entry!, 2_000_000)).toHaveLength(1_000_000);
  });
});
