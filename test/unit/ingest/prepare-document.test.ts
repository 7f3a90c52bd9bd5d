import { describe, expect, it } from 'vitest';

import { extractDocument, extractPastedText, prepareDocument } from '../../../ingest/index.js';
import { readImportFixture } from '../../fixtures/import/read-import-fixture.js';
import { buildDocx } from './build-docx.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('prepareDocument', () => {
  it('turns a saved page with a comment thread into text, metadata and the thread boundary', async () => {
    const extracted = await extractDocument({ name: 'meridian.txt', bytes: utf8(readImportFixture('meridian-header-article.txt')) });
    const prepared = prepareDocument(extracted, 'meridian.txt');
    expect(prepared.text).toBe(extracted.text);
    expect(prepared.metadata).toMatchObject({
      title: 'Rebel Factions Reject Ankara-Moscow Plan for Northern Hama',
      outlet: 'Meridian',
      publishedAt: '2018-10-09',
      language: 'en',
      direction: 'ltr',
    });
    expect(prepared.commentsStart).not.toBeNull();
    expect(prepared.text.slice(prepared.commentsStart!)).toMatch(/^Comments\nName :/);
    expect(prepared.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('recognises the same article pasted, saved with Windows line endings and re-typed quotes as one document', async () => {
    const original = readImportFixture('frontline-thread-article.txt');
    const resaved = `\uFEFF${original.replace(/\n/g, '\r\n').replace(/[“”]/g, '"').replace(/[’]/g, "'")}`;
    const fromFile = prepareDocument(await extractDocument({ name: 'frontline.txt', bytes: utf8(resaved) }), 'frontline.txt');
    const fromPaste = prepareDocument(extractPastedText(original), null);
    expect(fromFile.contentHash).toBe(fromPaste.contentHash);
    expect(fromPaste.metadata.title).toBe(fromFile.metadata.title);
  });

  it('names an untitled file after itself', async () => {
    const bytes = await buildDocx({ heading: 'short', paragraphs: ['The minister said the talks would resume next week after a pause.'] });
    const prepared = prepareDocument(await extractDocument({ name: 'desk-notes_2019.docx', bytes }), 'desk-notes_2019.docx');
    expect(prepared.metadata.title).toBe('desk notes 2019');
  });
});
