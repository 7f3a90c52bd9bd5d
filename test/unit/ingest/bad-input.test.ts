import { describe, expect, it } from 'vitest';

import { checkFileSize, extractDocument, IngestError, MAX_IMPORT_BYTES, toApiError } from '../../../ingest/index.js';
import { buildPdf } from './build-pdf.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

async function failure(file: { name: string; bytes: Uint8Array }): Promise<IngestError> {
  const error = await extractDocument(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('bad input', () => {
  it('refuses a 50 MB file on its size alone, at once', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024);
    const started = performance.now();
    const error = await failure({ name: '/home/reviewer/archive/big.txt', bytes });
    expect(performance.now() - started).toBeLessThan(100);
    expect(error).toMatchObject({ code: 'too_large', message: 'big.txt is too large (50 MB; the limit is 20 MB).' });
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('lets a caller refuse an oversized file from its size before reading it', () => {
    expect(() => checkFileSize('big.pdf', 21 * 1024 * 1024)).toThrow('big.pdf is too large (21 MB; the limit is 20 MB).');
    expect(() => checkFileSize('ok.pdf', MAX_IMPORT_BYTES)).not.toThrow();
  });

  it('names unsupported file types and says what to do with common ones', async () => {
    expect(await failure({ name: 'notes.xyz', bytes: utf8('text') })).toMatchObject({
      code: 'unsupported_type',
      message:
        'notes.xyz has an unsupported file type (.xyz); Claimtrace imports .txt, .md, .html, .htm, .mhtml, .mht, .pdf and .docx files.',
    });
    expect((await failure({ name: 'old.doc', bytes: OLE })).message).toBe(
      'old.doc is an old-format Word document (.doc), which cannot be imported; save it as .docx and import that.',
    );
  });

  it('says what a mislabelled file really is', async () => {
    const pdf = await buildPdf([{ text: 'A headline', size: 18 }]);
    expect(await failure({ name: 'article.txt', bytes: pdf })).toMatchObject({
      code: 'wrong_extension',
      message: 'article.txt is named like a text file but is a PDF document; give it the right extension and import it again.',
    });
    expect((await failure({ name: 'page.html', bytes: PNG })).message).toBe(
      'page.html is named like a web page but is a PNG image; give it the right extension and import it again.',
    );
    expect((await failure({ name: 'story.docx', bytes: pdf })).code).toBe('wrong_extension');
    expect((await failure({ name: 'scan.pdf', bytes: PNG })).code).toBe('wrong_extension');
  });

  it('refuses a text file named .pdf and an old Word file named .docx with their own messages', async () => {
    expect(await failure({ name: 'notes.pdf', bytes: utf8('Just some notes, not a PDF.') })).toMatchObject({
      code: 'malformed',
      message: 'notes.pdf is not a valid PDF file: it does not start with a PDF header.',
    });
    expect((await failure({ name: 'locked.docx', bytes: OLE })).message).toBe(
      'locked.docx is not a .docx package; it may be password-protected or an old .doc file saved with the wrong extension.',
    );
  });

  it('reads a file without an extension by its content, and refuses an image', async () => {
    const pdf = await buildPdf([
      { text: 'Headline of the story', size: 18 },
      { text: 'Body text of the story.', size: 11 },
    ]);
    expect((await extractDocument({ name: 'download', bytes: pdf })).format).toBe('pdf');
    expect((await extractDocument({ name: 'notes', bytes: utf8('Plain notes.') })).format).toBe('txt');
    expect((await failure({ name: 'photo', bytes: PNG })).code).toBe('unsupported_type');
  });

  it('maps every failure onto an API error with the same message', async () => {
    const error = await failure({ name: 'big.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) });
    const api = toApiError(error);
    expect(api.code).toBe('too_large');
    expect(api.message).toBe(error.message);
    expect(toApiError(new IngestError('wrong_extension', 'x')).code).toBe('unsupported');
  });
});
