// Where each detected field came from travels with the document: import records it, a person's
// edit or confirmation replaces the guess, and bundles carry it to another desk.
import { afterEach, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle } from '../../../core/bundle/format.js';
import { type DocumentDetail, type DocumentSummary, isGuessed } from '../../../core/domain.js';
import { detectMetadata } from '../../../core/metadata/detect-metadata.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const GUESSED_DATE = [
  'Pilots refuse night shifts at the northern quay',
  '',
  'The harbour pilots said the radar had been broken since a storm on March 3, 2021, and that no ship should enter after dark.',
  'The union wrote to the harbour master on April 9, 2021.',
].join('\n');

const DATED = [
  'Pilots refuse night shifts at the northern quay',
  'By Lena Brandt',
  'March 12, 2021',
  '',
  'The harbour pilots said the radar was broken.',
].join('\n');

let harnesses: ServiceHarness[] = [];
const open = (name: string) => {
  const h = openServiceHarness(name);
  harnesses.push(h);
  return h;
};
afterEach(() => {
  for (const h of harnesses) h.close();
  harnesses = [];
});

describe('where detected fields come from', () => {
  it('tells a date printed with the article from one merely mentioned in the body', () => {
    const guessed = detectMetadata(GUESSED_DATE, {}, { plain: true });
    expect(guessed.publishedAt).toBe('2021-03-03');
    expect(guessed.provenance.publishedAt).toEqual({ origin: 'body', confirmed: false });
    expect(isGuessed(guessed.provenance, 'publishedAt')).toBe(true);
    expect(guessed.provenance.title).toEqual({ origin: 'headline', confirmed: false });

    const dated = detectMetadata(DATED, {}, { plain: true });
    expect(dated.provenance).toMatchObject({
      publishedAt: { origin: 'date-line' },
      author: { origin: 'byline' },
      title: { origin: 'headline' },
    });
    expect(isGuessed(dated.provenance, 'publishedAt')).toBe(false);

    const declared = detectMetadata(GUESSED_DATE, {
      publishedTime: '2021-03-14T08:00:00Z',
      siteName: 'Harbour Courier',
      byline: 'Lena Brandt',
    });
    expect(declared.provenance).toMatchObject({
      publishedAt: { origin: 'declared' },
      outlet: { origin: 'declared' },
      author: { origin: 'declared' },
    });

    const fromFile = detectMetadata(
      'the radar was broken, they said, and nobody came.',
      { fileName: 'pilots-refuse.txt' },
      { plain: true },
    );
    expect(fromFile.provenance.title).toEqual({ origin: 'file-name', confirmed: false });
  });

  it('is stored on import, kept until a person confirms, and replaced by what a person types', async () => {
    const h = open('Desk');
    const id = await h.importText(GUESSED_DATE);
    let doc = await h.call<DocumentDetail>('documents.get', { id });
    expect(doc.provenance.publishedAt).toEqual({ origin: 'body', confirmed: false });
    const listed = await h.call<{ items: DocumentSummary[] }>('documents.list', {});
    expect(isGuessed(listed.items[0]!.provenance, 'publishedAt')).toBe(true);

    doc = await h.call<DocumentDetail>('documents.confirmField', { id, field: 'publishedAt' });
    expect(doc.provenance.publishedAt).toEqual({ origin: 'body', confirmed: true });
    expect(isGuessed(doc.provenance, 'publishedAt')).toBe(false);

    doc = await h.call<DocumentDetail>('documents.update', { id, patch: { outlet: 'Harbour Courier', author: null } });
    expect(doc.provenance.outlet).toEqual({ origin: 'reviewer', confirmed: true });
    expect(doc.provenance.title).toEqual({ origin: 'headline', confirmed: false });

    // Clearing a guessed value leaves nothing to call a guess.
    const other = await h.importText(GUESSED_DATE.replace('Pilots', 'Tug crews'));
    doc = await h.call<DocumentDetail>('documents.update', { id: other, patch: { publishedAt: null } });
    expect(doc.publishedAt).toBeNull();
    expect(doc.provenance.publishedAt).toBeUndefined();

    const history = h.workbench.db.prepare("SELECT action, field FROM history WHERE entity_id = ? AND action = 'confirm'").all(id);
    expect(history).toEqual([{ action: 'confirm', field: 'publishedAt' }]);
  });

  it('refuses to confirm a field that has no value', async () => {
    const h = open('Desk');
    const id = await h.importText('Pilots refuse night shifts\n\nThe harbour pilots said the radar was broken.');
    const failure = await h.failure('documents.confirmField', { id, field: 'author' });
    expect(failure).toMatchObject({ code: 'invalid_arguments' });
    expect(failure.message).toBe('The document has no author to confirm.');
    expect((await h.failure('documents.confirmField', { id, field: 'colour' })).code).toBe('invalid_arguments');
  });

  it('travels in bundles, and a bundle from before it existed records none', async () => {
    const a = open('Desk A');
    const id = await a.importText(GUESSED_DATE);
    await a.call('documents.confirmField', { id, field: 'publishedAt' });
    const file = await a.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' });
    const bundle = JSON.parse(file.content) as Bundle;
    expect(bundle.documents[0]!.provenance).toMatchObject({ publishedAt: { origin: 'body', confirmed: true } });

    const b = open('Desk B');
    await b.call('bundles.import', { json: file.content });
    expect((await b.call<DocumentDetail>('documents.get', { id })).provenance.publishedAt).toEqual({ origin: 'body', confirmed: true });

    const c = open('Desk C');
    const older = { ...bundle, documents: bundle.documents.map(({ provenance: _p, ...rest }) => rest) };
    await c.call('bundles.import', { json: JSON.stringify(older) });
    expect((await c.call<DocumentDetail>('documents.get', { id })).provenance).toEqual({});

    const d = open('Desk D');
    const forged = {
      ...bundle,
      documents: bundle.documents.map((doc) => ({ ...doc, provenance: { publishedAt: { origin: 'oracle', confirmed: true } } })),
    };
    expect((await d.failure('bundles.import', { json: JSON.stringify(forged) })).code).toBe('invalid_arguments');
  });
});
